/** A small static server for the built site (tests, PDFs): loopback only, 404 page, no caching. */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

// compressed like any production web server would (text, JS, wasm); Pagefind's index files are already compressed
const GZIP = new Set(['.html', '.css', '.js', '.json', '.csv', '.xml', '.svg', '.wasm', '.pagefind', '.txt']);

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.csv': 'text/csv; charset=utf-8',
  '.xml': 'application/xml',
  '.pdf': 'application/pdf',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pagefind': 'application/octet-stream',
  '.txt': 'text/plain',
};

/** The file a request path is answered with: a folder's index.html, or the 404 page (status 404). */
export function lookup(root: string, urlPath: string): { file: string; status: 200 | 403 | 404; type: string } {
  const path = decodeURIComponent(new URL(urlPath, 'http://x').pathname);
  let file = normalize(join(root, path));
  if (!file.startsWith(root)) return { file: '', status: 403, type: TYPES['.txt'] };
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  if (!existsSync(file)) return { file: join(root, '404.html'), status: 404, type: TYPES['.html'] };
  return { file, status: 200, type: TYPES[extname(file)] ?? 'application/octet-stream' };
}

export function serve(dir: string, port = 0): Promise<Server> {
  const root = resolve(dir);
  const server = createServer((req, res) => {
    const { file, status, type } = lookup(root, req.url ?? '/');
    if (status === 403) return res.writeHead(403).end();
    if (status === 404) {
      res.writeHead(404, { 'Content-Type': type });
      return createReadStream(file)
        .on('error', () => res.end('404'))
        .pipe(res);
    }
    if (GZIP.has(extname(file)) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
      const body = gzipSync(readFileSync(file));
      res.writeHead(200, { 'Content-Type': type, 'Content-Encoding': 'gzip', 'Content-Length': body.length, 'Cache-Control': 'no-store' });
      return res.end(body);
    }
    res.writeHead(200, { 'Content-Type': type, 'Content-Length': statSync(file).size, 'Cache-Control': 'no-store' });
    createReadStream(file).pipe(res);
  });
  return new Promise((ok) => server.listen(port, '127.0.0.1', () => ok(server)));
}

/** The address of a listening server, as the browser uses it. */
export const origin = (server: Server) => `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

if (import.meta.url === `file://${process.argv[1]}`) {
  const s = await serve(process.argv[2] ?? 'dist', Number(process.argv[3] ?? 4329));
  console.log(`${origin(s)}/`);
}
