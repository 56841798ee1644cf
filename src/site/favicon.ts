// The portal's icon, written into every page's head (Base.astro) rather than served from public/:
// that folder is the content's own (src/content/settings.ts), which has no Milepost icon.
const ICON =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><title>Milepost</title><rect width="32" height="32" rx="7" fill="#1d4ed8"/><path d="M9 24V8h3l4 7 4-7h3v16h-3V13l-4 7-4-7v11z" fill="#fff"/></svg>';

/** The icon as a data: address, which the Content Security Policy allows for images. */
export const FAVICON_URL = `data:image/svg+xml,${encodeURIComponent(ICON)}`;
