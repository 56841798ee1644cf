// turndown's DOM for Node.js: its own declarations name the module "domino", not the package.
declare module '@mixmark-io/domino' {
  export function createDocument(html?: string, force?: boolean): Document;
}
