// Astro's content config: Milepost's collections (src/content/collections.ts).
// They are imported by Node itself, not through Vite's module runner, which would transform the
// loaders, the schemas and the 28 modules they import once more at every build (the integration
// has loaded them already, to validate): a warm build of the 400-article help center spent 0.25 s
// of its 4 s there. `import()` inside a Function is left alone by Vite's transform.
const importByNode = new Function('url', 'return import(url)') as (url: string) => Promise<typeof import('./content/collections.ts')>;

export const { collections } = await importByNode(new URL('./content/collections.ts', import.meta.url).href);
