/**
 * The preview (npm run dev) tells the truth about content:
 * - a change to any content file (YAML or MDX) re-reads the model; the content collections reload
 *   their entries (src/content.config.ts) and the browser reloads the page;
 * - while the content has errors, every page shows the writer's list of problems (file, line,
 *   field, reason) instead of the last good version, and the terminal prints it too;
 * - search uses the index of the last `npm run build` (dist/pagefind/); the search page says so
 *   when there is none.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, resolve, sep } from 'node:path';
import type { ViteDevServer } from 'vite';
import { getModel } from '../model/index.ts';
import { formatError } from '../model/errors.ts';
import { forgetHistory } from '../model/history.ts';
import { settings } from '../settings.ts';

const esc = (s: string) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/** The page shown instead of any page while content has errors. */
export function errorPage(errors: ReturnType<typeof getModel>['errors']): string {
  const items = errors.map((e) => `<li><pre>${esc(formatError(e))}</pre></li>`).join('\n');
  return `<!doctype html>
<html lang="nl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Fouten in de inhoud</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a}h1{color:#a00}pre{white-space:pre-wrap;background:#fff4f4;border-left:4px solid #a00;padding:.5rem 1rem;margin:0}li{margin:0 0 1rem}</style>
<script type="module" src="/@vite/client"></script></head>
<body><main><h1>Fouten in de inhoud</h1>
<p>De inhoud bevat ${errors.length === 1 ? '1 fout' : `${errors.length} fouten`}. Deze voorbeeldweergave laat de pagina weer zien zodra ${errors.length === 1 ? 'hij is' : 'ze zijn'} opgelost; hij herlaadt vanzelf na elke wijziging. Dezelfde lijst geeft <code>npm run validate</code>.</p>
<ol class="content-errors">${items}</ol></main></body></html>`;
}

const TYPES: Record<string, string> = {
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.css': 'text/css',
  '.wasm': 'application/wasm',
};

export function setupDevServer(server: ViteDevServer, log: (msg: string) => void) {
  const s = settings();
  const root = resolve(s.contentDir);
  let lastReport = '';
  const report = () => {
    const { errors } = getModel(s.contentDir);
    const text = errors.map(formatError).join('\n\n');
    if (text !== lastReport) log(errors.length ? `Fouten in de inhoud:\n\n${text}\n` : 'Inhoud weer in orde.');
    lastReport = text;
  };
  server.watcher.add(root);
  let timer: ReturnType<typeof setTimeout> | undefined;
  server.watcher.on('all', (_event, file) => {
    if (!resolve(file).startsWith(root + sep)) return;
    clearTimeout(timer);
    // after the collections had their turn: reload the page with what the content is now
    timer = setTimeout(() => {
      forgetHistory();
      report();
      server.ws.send({ type: 'full-reload' });
    }, 300);
  });
  report();

  server.middlewares.use((req, res, next) => {
    const url = req.url ?? '/';
    // search: the index of the last build
    const m = url.match(/^(?:\/[^?]*)?\/pagefind\/([^?]+)/);
    if (m) {
      const file = join(resolve(s.distDir), 'pagefind', m[1]);
      if (file.startsWith(resolve(s.distDir) + sep) && existsSync(file) && statSync(file).isFile()) {
        res.setHeader('Content-Type', TYPES[extname(file)] ?? 'application/octet-stream');
        res.end(readFileSync(file));
        return;
      }
      res.statusCode = 404;
      res.setHeader('Content-Type', 'text/plain; charset=utf-8');
      res.end('Nog geen zoekindex: zoeken in de voorbeeldweergave gebruikt de index van de laatste npm run build.');
      return;
    }
    // pages, not Vite's own modules and assets
    const accept = String(req.headers.accept ?? '');
    if (req.method === 'GET' && accept.includes('text/html') && !url.startsWith('/@')) {
      const { errors } = getModel(s.contentDir);
      if (errors.length) {
        res.statusCode = 500;
        res.setHeader('Content-Type', 'text/html; charset=utf-8');
        res.end(errorPage(errors));
        return;
      }
    }
    next();
  });
}
