/**
 * PDFs from the print editions and letters in the list of outputs, with Playwright and Chromium:
 * tagged, with an outline per chapter, title and language set. The table of contents gets real
 * page numbers in two passes: render, find on which page each entry starts (pdfjs-dist), fill
 * in, render again. Running headers and "pagina X van Y" come from the page's own CSS (@page
 * margin boxes, see src/core/print.ts). Document properties (author, subject, keywords) come
 * from the output's metadata in the model. Writes pdf/manifest.json and fills in size and page
 * count next to every PDF link in the pages.
 *
 * Content that the structure tree leaves out (header, footer, borders) is marked as artifact
 * (pdf-artifacts.ts). Reproducible: the creation and modification dates in every PDF are
 * SOURCE_DATE_EPOCH, else the time of the last commit that touched the content folder, so two
 * builds of the same input give the same bytes.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { chromium, type Page } from 'playwright';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { origin, serve } from './serve.ts';
import { findChromium, launchArgs } from './browser.ts';
import { finishPdf } from './pdf-artifacts.ts';
import type { Output } from '../model/outputs.ts';
import type { Settings } from '../settings.ts';
import { formatBytes, pagesLabel } from '../i18n/strings.ts';

export interface ManifestEntry {
  file: string;
  bytes: number;
  pages: number;
  letters?: { gemeente: string; file: string; bytes: number; pages: number }[];
}

const norm = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Seconds since 1970 that stand as the PDFs' creation date. */
function sourceDate(s: Settings): number {
  if (s.sourceDateEpoch !== undefined) return s.sourceDateEpoch;
  try {
    const t = execFileSync('git', ['log', '-1', '--format=%ct', '--', s.contentDir], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    if (t) return Number(t);
  } catch {
    // not a git checkout: the epoch
  }
  return 0;
}

interface OutlineItem {
  title: string;
  dest: string | unknown[] | null;
  items?: OutlineItem[];
}

/** The PDF outline (Chromium builds it from the headings), flattened in document order, with page numbers. */
async function outlinePages(buf: Uint8Array) {
  const pdf = await getDocument({ data: new Uint8Array(buf), isEvalSupported: false }).promise;
  const out: { title: string; page: number }[] = [];
  async function visit(items: OutlineItem[] | undefined) {
    for (const o of items ?? []) {
      const dest = typeof o.dest === 'string' ? await pdf.getDestination(o.dest) : o.dest;
      if (dest) out.push({ title: norm(o.title), page: (await pdf.getPageIndex(dest[0] as never)) + 1 });
      await visit(o.items);
    }
  }
  await visit((await pdf.getOutline()) as OutlineItem[]);
  await pdf.destroy();
  return out;
}

/** One PDF: render, fill in the table of contents' page numbers, render again, finish. */
async function render(page: Page, address: string, output: Output, date: Date) {
  await page.goto(address, { waitUntil: 'load' });
  await page.waitForFunction(() => [...document.querySelectorAll<HTMLCanvasElement>('canvas[data-chart-config]')].every((c) => 'drawn' in c.dataset), null, {
    timeout: 15_000,
  });
  // size, margins, running header and footer: the page's own @page rules
  const opts = { preferCSSPageSize: true, printBackground: true, tagged: true, outline: true };
  let buf = await page.pdf(opts);
  // every table-of-contents entry (chapters and their paragraphs) in document order; pages
  // without a table of contents (forms, letters) are done after one pass
  const headings = await page.$$eval('[data-toc-page]', (els) =>
    els.map((e) => ({ id: (e as HTMLElement).dataset.tocPage!, text: (e as HTMLElement).dataset.tocTitle ?? '' })),
  );
  if (headings.length) {
    // pass 2: page numbers in the table of contents, matched in order against the outline
    // Chromium drops the space where a heading wraps; compare titles without whitespace.
    // Start after the table of contents, so a chapter titled like the cover is not matched to page 1;
    // titles that occur more than once ("Inleiding") are matched in order.
    const key = (s: string) => s.replace(/\s+/g, '');
    const entries = await outlinePages(buf);
    const found: Record<string, number> = {};
    let from = entries.findIndex((e) => e.title === 'Inhoud') + 1;
    for (const h of headings) {
      const needle = key(h.text);
      const i = entries.findIndex((e, k) => k >= from && key(e.title) === needle);
      if (i >= 0) {
        found[h.id] = entries[i].page;
        from = i + 1;
      } else console.warn(`pdf: ${output.path}: geen paginanummer gevonden voor "${h.text}" in de inhoudsopgave`);
    }
    await page.$$eval(
      '[data-toc-page]',
      (els, f) => els.forEach((e) => (e.textContent = String(f[(e as HTMLElement).dataset.tocPage!] ?? ''))),
      found,
    );
    buf = await page.pdf(opts);
  }
  // untagged content (running header and footer, borders) marked as artifact; properties and dates
  const meta = output.pdf!.meta;
  return finishPdf(buf, { date, author: meta.author, subject: meta.subject, keywords: meta.keywords });
}

/**
 * Writes every PDF of the list into `out` and returns the manifest (per document: file, bytes,
 * pages and its letters).
 */
export async function buildPdfs(out: string, list: Output[], s: Settings, log: (msg: string) => void) {
  const sources = list.filter((o) => o.pdf);
  mkdirSync(join(out, 'pdf'), { recursive: true });
  const stamp = new Date(sourceDate(s) * 1000);
  const server = await serve(out, 0);
  const local = origin(server);
  const browser = await chromium.launch({ executablePath: await findChromium(), args: launchArgs });
  const manifest: Record<string, ManifestEntry> = {};
  const took = { editions: 0, letters: 0 };
  const t0 = Date.now();
  try {
    // the width of an A4 page between its margins (210 - 2 × 18 mm at 96 px per inch), so charts are laid out as printed
    const page = await browser.newPage({ viewport: { width: 658, height: 930 } });
    // Pages load under the site's public address, so links in the PDFs point there and not at this
    // temporary server; the files come from the build. Nothing else is fetched.
    const publicBase = `${s.site}${s.base}`;
    await page.route('**/*', (route) => route.abort());
    await page.route(`${s.site}/**`, async (route) => {
      const { pathname, search } = new URL(route.request().url());
      const rel = pathname.startsWith(s.base) ? pathname.slice(s.base.length) : pathname.slice(1);
      await route.fulfill({ response: await route.fetch({ url: `${local}/${rel}${search}` }) });
    });
    // editions first: each letter is listed under its document
    const ordered = [...sources.filter((o) => o.kind !== 'letter'), ...sources.filter((o) => o.kind === 'letter')];
    for (const o of ordered) {
      const t = Date.now();
      const pdf = o.pdf!;
      const { bytes, pages } = await render(page, publicBase + o.path, o, stamp);
      const file = join(out, pdf.file);
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, bytes);
      if (pdf.gemeente) {
        (manifest[pdf.doc].letters ??= []).push({ gemeente: pdf.gemeente, file: pdf.file, bytes: bytes.length, pages });
        took.letters += Date.now() - t;
      } else {
        manifest[pdf.doc] = { file: pdf.file, bytes: bytes.length, pages };
        took.editions += Date.now() - t;
      }
    }
  } finally {
    await browser.close();
    server.close();
  }
  writeFileSync(join(out, 'pdf/manifest.json'), JSON.stringify(manifest, null, 2));
  fillPdfInfo(out, list, manifest);
  const sec = (ms: number) => (ms / 1000).toFixed(1);
  const editions = sources.filter((o) => o.kind !== 'letter').length;
  log(`pdf: ${editions} edities (${sec(took.editions)} s) en ${sources.length - editions} brieven (${sec(took.letters)} s), samen ${sec(Date.now() - t0)} s`);
  return manifest;
}

/**
 * Size and page count next to every PDF link: pages mark the place with an empty
 * `<span data-pdf-info="doc">` (or "doc#gemeente" for a letter) that is filled in here, since the
 * PDFs are made from pages that are built first.
 */
export function fillPdfInfo(out: string, list: Output[], manifest: Record<string, ManifestEntry>) {
  for (const o of list) {
    if (!o.file.endsWith('.html')) continue;
    const file = join(out, o.file);
    const html = readFileSync(file, 'utf8');
    if (!html.includes('data-pdf-info=')) continue;
    writeFileSync(
      file,
      html.replace(/<span data-pdf-info="([^"]+)"><\/span>/g, (m, id: string) => {
        const [doc, gemeente] = id.split('#');
        const e = gemeente ? manifest[doc]?.letters?.find((l) => l.gemeente === gemeente) : manifest[doc];
        return e ? `<span data-pdf-info="${id}"> (${formatBytes(e.bytes)}, ${pagesLabel(e.pages)})</span>` : m;
      }),
    );
  }
}
