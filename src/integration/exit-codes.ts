// How the Astro process tells `npm run build` why it stopped.

/** Invalid content: every problem, the summary and the hint are already printed (EX_DATAERR). */
export const INVALID_CONTENT_EXIT = 65;
