// A static file server for the built site on 127.0.0.1, started by the browser tests themselves.
// It serves dist/ the way static hosts do: directory index.html, 404.html, correct content types.
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
};

export interface StaticSite {
  url: string;
  /** Bytes sent per request path, for transfer budgets. */
  sent: Map<string, number>;
  close(): Promise<void>;
}

async function fileFor(root: string, pathname: string): Promise<string | undefined> {
  const safe = normalize(decodeURIComponent(pathname)).replace(/^(\.\.[/\\])+/, '');
  const candidate = join(root, safe);
  if (!candidate.startsWith(root)) return undefined;
  const info = await stat(candidate).catch(() => undefined);
  if (info?.isFile()) return candidate;
  if (info?.isDirectory()) {
    const index = join(candidate, 'index.html');
    if (await stat(index).catch(() => undefined)) return index;
  }
  return undefined;
}

/** Serves `root` (a built site) under `base` ("/" or "/docs/") on a free port. */
export async function serveStatic(root: string, base = '/'): Promise<StaticSite> {
  const sent = new Map<string, number>();
  const server: Server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const inside = url.pathname.startsWith(base) ? `/${url.pathname.slice(base.length)}` : undefined;
    const file = inside === undefined ? undefined : await fileFor(root, inside);
    const body = file ? await readFile(file) : await readFile(join(root, '404.html')).catch(() => Buffer.from('Not found'));
    response.writeHead(file ? 200 : 404, { 'content-type': TYPES[extname(file ?? '404.html')] ?? 'application/octet-stream' });
    response.end(body);
    sent.set(url.pathname, (sent.get(url.pathname) ?? 0) + body.length);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}${base}`,
    sent,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
