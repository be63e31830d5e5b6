/**
 * sitemap.xml from the list of outputs: every HTML page that search engines may index (print
 * editions and letters are noindex; CSV, feed and PDFs are not pages).
 *
 * Not @astrojs/sitemap: it would find the pages again from Astro's routes and need its own copy
 * of the noindex rule as a filter, and it writes a sitemap index plus numbered parts; the list of
 * outputs already knows every page and whether it is indexed.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Output } from '../model/outputs.ts';

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The sitemap of a site served at `siteAndBase` ("https://example.nl/" or "https://example.nl/agenda/"). */
export function sitemapXml(list: Output[], siteAndBase: string): string {
  const urls = list
    .filter((o) => !o.noindex && o.file.endsWith('index.html'))
    .map((o) => siteAndBase + o.path)
    .sort();
  const body = urls.map((u) => `  <url><loc>${escapeXml(u)}</loc></url>`).join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${body}\n</urlset>\n`;
}

export function writeSitemap(out: string, list: Output[], siteAndBase: string): number {
  const xml = sitemapXml(list, siteAndBase);
  writeFileSync(join(out, 'sitemap.xml'), xml);
  return xml.split('<url>').length - 1;
}
