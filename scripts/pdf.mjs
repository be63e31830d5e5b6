/**
 * PDFs from the print editions, with Playwright and Chromium: tagged, with an outline per
 * chapter, title and language set. The table of contents gets real page numbers in two
 * passes: render, find on which page each entry starts (pdfjs-dist), fill in, render again.
 * Running headers and "pagina X van Y" come from the page's own CSS (@page margin boxes, see
 * src/lib/print.ts). Also one PDF per gemeente for every raadsinformatiebrief. Writes
 * pdf/manifest.json and puts size and page count next to every PDF link in the HTML.
 *
 * Content that the structure tree leaves out (header, footer, borders) is marked as artifact
 * (scripts/pdf-artifacts.mjs). Reproducible: the creation and modification dates in every PDF
 * are SOURCE_DATE_EPOCH, else the time of the last commit that touched the content folder, so two
 * builds of the same input give the same bytes.
 */
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { execFileSync } from 'node:child_process';
import { chromium } from 'playwright';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { serve } from './serve.mjs';
import { findChromium, launchArgs } from './browser.mjs';
import { SITE } from './site-url.mjs';
import { finishPdf } from './pdf-artifacts.mjs';

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
const local = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({ executablePath: await findChromium(), args: launchArgs });
// the width of an A4 page between its margins (210 - 2 × 18 mm at 96 px per inch), so charts are laid out as printed
const page = await browser.newPage({ viewport: { width: 658, height: 930 } });
// Pages load under the site's public address, so links in the PDFs point there and not at this
// temporary server; the files come from the build. Nothing else is fetched.
const base = `${SITE}/`;
await page.route('**/*', (route) => route.abort());
await page.route(`${SITE}/**`, async (route) => {
  const { pathname, search } = new URL(route.request().url());
  await route.fulfill({ response: await route.fetch({ url: local + pathname + search }) });
});

const norm = (s) => s.replace(/\s+/g, ' ').trim();

/** Seconds since 1970 that stand as the PDFs' creation date. */
function sourceDate() {
  if (process.env.SOURCE_DATE_EPOCH) return Number(process.env.SOURCE_DATE_EPOCH);
  try {
    const t = execFileSync('git', ['log', '-1', '--format=%ct', '--', process.env.MJA_CONTENT ?? 'content'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    if (t) return Number(t);
  } catch {}
  return 0;
}
const stamp = new Date(sourceDate() * 1000);

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

async function render(url) {
  await page.goto(base + url, { waitUntil: 'load' });
  await page.waitForFunction(() => [...document.querySelectorAll('canvas[data-chart-config]')].every((c) => 'drawn' in c.dataset), null, { timeout: 15_000 });
  // size, margins, running header and footer: the page's own @page rules
  const opts = { preferCSSPageSize: true, printBackground: true, tagged: true, outline: true };
  let buf = await page.pdf(opts);
  // every table-of-contents entry (chapters and their paragraphs) in document order; pages
  // without a table of contents (forms, letters) are done after one pass
  const headings = await page.$$eval('[data-toc-page]', (els) => els.map((e) => ({ id: e.dataset.tocPage, text: e.dataset.tocTitle })));
  if (headings.length) {
    // pass 2: page numbers in the table of contents, matched in order against the outline
    // Chromium drops the space where a heading wraps; compare titles without whitespace.
    // Start after the table of contents, so a chapter titled like the cover is not matched to page 1;
    // titles that occur more than once ("Inleiding") are matched in order.
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
      } else console.warn(`pdf: ${url}: geen paginanummer gevonden voor "${h.text}" in de inhoudsopgave`);
    }
    await page.$$eval('[data-toc-page]', (els, f) => els.forEach((e) => (e.textContent = f[e.dataset.tocPage] ?? '')), found);
    buf = await page.pdf(opts);
  }
  // untagged content (running header and footer, borders) marked as artifact; properties and dates
  const meta = await page.$$eval('meta[name]', (ms) => Object.fromEntries(ms.map((m) => [m.getAttribute('name'), m.getAttribute('content')])));
  const info = { date: stamp, author: meta.author, subject: meta.description, keywords: meta.keywords?.split(', ') };
  return finishPdf(buf, info); // { bytes, pages }
}

const t0 = Date.now();
const took = { editions: 0, letters: 0 };
for (const rel of prints) {
  const t = Date.now();
  const [owner, , doc] = rel.split('/');
  const { bytes: buf, pages } = await render(rel + '/');
  const name = `${owner}-${doc}.pdf`;
  writeFileSync(join(outDir, name), buf);
  manifest[`${owner}/${doc}`] = { file: `pdf/${name}`, bytes: buf.length, pages };
  took.editions += Date.now() - t;
}
for (const rel of letters) {
  const [owner, , doc, , gemeente] = rel.split('/');
  const t = Date.now();
  const { bytes: buf, pages } = await render(rel + '/');
  const name = `${owner}-${doc}-${gemeente}.pdf`;
  writeFileSync(join(outDir, name), buf);
  (manifest[`${owner}/${doc}`].letters ??= []).push({ gemeente, file: `pdf/${name}`, bytes: buf.length, pages });
  took.letters += Date.now() - t;
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
      const [doc, gemeente] = id.split('#');
      const e = gemeente ? manifest[doc]?.letters?.find((l) => l.gemeente === gemeente) : manifest[doc];
      return e ? `<span data-pdf-info="${id}"> (${kb(e.bytes)}, ${e.pages} ${e.pages === 1 ? 'pagina' : 'pagina’s'})</span>` : m;
    }));
  }
})(dist);
const sec = (ms) => (ms / 1000).toFixed(1);
console.log(`pdf: ${prints.length} edities (${sec(took.editions)} s) en ${letters.length} brieven (${sec(took.letters)} s), samen ${sec(Date.now() - t0)} s`);
