/** Writes sitemap.xml listing every HTML page of the built site (print editions and letters excluded: they are noindex). */
import { readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { SITE as site } from './site-url.mjs';

const dist = process.argv[2] ?? 'dist';
const pages = [];
(function walk(dir) {
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walk(p);
    else if (name === 'index.html') pages.push('/' + relative(dist, dir).split('\\').join('/'));
  }
})(dist);
const urls = pages
  .map((p) => (p === '/' ? '/' : p + '/'))
  .filter((p) => !p.endsWith('/print/') && !/\/brief\/[^/]+\/$/.test(p) && !p.startsWith('/pagefind'))
  .sort();
const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.map((u) => `  <url><loc>${site}${u}</loc></url>`).join('\n')}\n</urlset>\n`;
writeFileSync(join(dist, 'sitemap.xml'), xml);
console.log(`sitemap.xml: ${urls.length} pagina's`);
