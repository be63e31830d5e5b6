/**
 * PDFs from the print editions, with Playwright and Chromium: tagged, with an outline per
 * chapter, title and language set. The table of contents gets real page numbers in two
 * passes: render, find on which page each chapter starts (pdfjs-dist), fill in, render again.
 * Also one PDF per gemeente for every raadsinformatiebrief. Writes pdf/manifest.json and puts
 * size and page count next to every PDF link in the HTML.
 */
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { chromium } from 'playwright';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { serve } from './serve.mjs';
import { findChromium, launchArgs } from './browser.mjs';

const dist = process.argv[2] ?? 'dist';
const outDir = join(dist, 'pdf');
mkdirSync(outDir, { recursive: true });

const prints = [];
const letters = [];
(function walk(dir) {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (!statSync(p).isDirectory()) continue;
    const rel = relative(dist, p).split('\\').join('/');
    if (/^[^/]+\/documenten\/[^/]+\/print$/.test(rel)) prints.push(rel);
    else if (/^[^/]+\/documenten\/[^/]+\/brief\/[^/]+$/.test(rel)) letters.push(rel);
    else walk(p);
  }
})(dist);

const server = await serve(dist, 0);
const base = `http://127.0.0.1:${server.address().port}/`;
const browser = await chromium.launch({ executablePath: await findChromium(), args: launchArgs });
const page = await browser.newPage();

async function pageCount(buf) {
  const pdf = await getDocument({ data: new Uint8Array(buf), isEvalSupported: false }).promise;
  const n = pdf.numPages;
  await pdf.destroy();
  return n;
}

const norm = (s) => s.replace(/\s+/g, ' ').trim();

/** The PDF outline (Chromium builds it from the headings), flattened in document order, with page numbers. */
async function outlinePages(buf) {
  const pdf = await getDocument({ data: new Uint8Array(buf), isEvalSupported: false }).promise;
  const out = [];
  async function visit(items) {
    for (const o of items ?? []) {
      const dest = typeof o.dest === 'string' ? await pdf.getDestination(o.dest) : o.dest;
      if (dest) out.push({ title: norm(o.title), page: (await pdf.getPageIndex(dest[0])) + 1 });
      await visit(o.items);
    }
  }
  await visit(await pdf.getOutline());
  await pdf.destroy();
  return out;
}
const manifest = {};

async function render(url, { toc }) {
  await page.goto(base + url, { waitUntil: 'load' });
  const title = await page.title();
  const opts = {
    format: 'A4',
    printBackground: true,
    tagged: true,
    outline: true,
    displayHeaderFooter: true,
    headerTemplate: `<div style="font-size:8px;width:100%;padding:0 18mm;color:#444;font-family:sans-serif">${title.replace(/</g, '&lt;')}</div>`,
    footerTemplate: '<div style="font-size:8px;width:100%;padding:0 18mm;text-align:right;color:#444;font-family:sans-serif">pagina <span class="pageNumber"></span> van <span class="totalPages"></span></div>',
    margin: { top: '22mm', bottom: '20mm', left: '18mm', right: '18mm' },
  };
  let buf = await page.pdf(opts);
  if (toc) {
    // pass 2: page numbers in the table of contents
    const headings = await page.$$eval('[data-chapter-title]', (els) => els.map((e) => ({ id: e.id, text: e.textContent })));
    // Chromium drops the space where a heading wraps; compare titles without whitespace.
    // Start after the table of contents, so a chapter titled like the cover is not matched to page 1.
    const key = (s) => s.replace(/\s+/g, '');
    const entries = await outlinePages(buf);
    const found = {};
    let from = entries.findIndex((e) => e.title === 'Inhoud') + 1;
    for (const h of headings) {
      const needle = key(h.text);
      const i = entries.findIndex((e, k) => k >= from && key(e.title) === needle);
      if (i >= 0) {
        found[h.id] = entries[i].page;
        from = i + 1;
      }
    }
    await page.$$eval('[data-toc-page]', (els, f) => els.forEach((e) => (e.textContent = f[e.dataset.tocPage] ?? '')), found);
    buf = await page.pdf(opts);
  }
  return buf;
}

const t0 = Date.now();
for (const rel of prints) {
  const [owner, , doc] = rel.split('/');
  const buf = await render(rel + '/', { toc: true });
  const name = `${owner}-${doc}.pdf`;
  writeFileSync(join(outDir, name), buf);
  const pages = await pageCount(buf);
  manifest[`${owner}/${doc}`] = { file: `pdf/${name}`, bytes: buf.length, pages };
}
for (const rel of letters) {
  const [owner, , doc, , gemeente] = rel.split('/');
  const buf = await render(rel + '/', { toc: false });
  const name = `${owner}-${doc}-${gemeente}.pdf`;
  writeFileSync(join(outDir, name), buf);
  (manifest[`${owner}/${doc}`].letters ??= []).push({ gemeente, file: `pdf/${name}`, bytes: buf.length });
}
await browser.close();
server.close();
writeFileSync(join(outDir, 'manifest.json'), JSON.stringify(manifest, null, 2));

// size and page count next to every PDF link
const kb = (n) => `${new Intl.NumberFormat('nl-NL').format(Math.round(n / 1024))} kB`;
(function walk(dir) {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) { if (name !== 'pdf' && name !== '_astro') walk(p); continue; }
    if (!name.endsWith('.html')) continue;
    const html = readFileSync(p, 'utf8');
    if (!html.includes('data-pdf-info=')) continue;
    writeFileSync(p, html.replace(/<span data-pdf-info="([^"]+)"><\/span>/g, (m, id) => {
      const e = manifest[id];
      return e ? `<span data-pdf-info="${id}"> (${kb(e.bytes)}, ${e.pages} ${e.pages === 1 ? 'pagina' : 'pagina’s'})</span>` : m;
    }));
  }
})(dist);
console.log(`pdf: ${prints.length} edities en ${letters.length} brieven in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
