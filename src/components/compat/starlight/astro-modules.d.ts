// For `tsc`, which does not read .astro files: a component imported into a .ts file (index.ts
// here) is a component. `astro check` reads the files themselves and does not need this.
declare module '*.astro' {
  const Component: (props: Record<string, unknown>) => unknown;
  export default Component;
}
