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
 *
 * Parallel: several pages of one browser render at once (MJA_PDF_WORKERS, default the number of
 * cores). Incremental: a PDF is reused from a cache (MJA_PDF_CACHE, default
 * node_modules/.astro/pdf-cache) when nothing it is made from changed, see PdfCache.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { availableParallelism } from 'node:os';
import { createRequire } from 'node:module';
import { chromium, type Page, type Route } from 'playwright';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { lookup } from './serve.ts';
import { findChromium, launchArgs } from './browser.ts';
import { finishPdf } from './pdf-artifacts.ts';
import { pdfPages, THIN_PAGE_WORDS } from './pdf-text.ts';
import type { Output } from '../model/outputs.ts';
import type { Settings } from '../settings.ts';
import { formatBytes, pagesLabel } from '../i18n/strings.ts';
import { letterDocx, readLetter, zip } from './letter-files.ts';
import { fileSafe, letterFileName, letterFor } from '../core/letters.ts';
import { paths } from '../core/urls.ts';
import { getModel } from '../model/index.ts';

export interface ManifestEntry {
  file: string;
  bytes: number;
  pages: number;
  letters?: { gemeente: string; file: string; bytes: number; pages: number; docx?: string; docxBytes?: number }[];
  /** All letters in one PDF, and in one zip (with the DOCX files). */
  allLetters?: { file: string; bytes: number; pages: number; zip?: string; zipBytes?: number };
}

const norm = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Seconds since 1970 that stand as the PDFs' creation date. */
function sourceDate(s: Settings): number {
  if (s.sourceDateEpoch !== undefined) return s.sourceDateEpoch;
  try {
    const t = execFileSync('git', ['log', '-1', '--format=%ct', '--', s.contentDir], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
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

/** One PDF as Chromium prints it: render, fill in the table of contents' page numbers, render again. */
async function render(page: Page, address: string, output: Output): Promise<Uint8Array> {
  await page.goto(address, { waitUntil: 'load' });
  await page.waitForFunction(
    () => [...document.querySelectorAll<HTMLCanvasElement>('canvas[data-chart-config]')].every((c) => 'drawn' in c.dataset),
    null,
    {
      timeout: 15_000,
    },
  );
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
    const fillToc = async (from: Uint8Array, warn: boolean) => {
      const entries = await outlinePages(from);
      const found: Record<string, number> = {};
      let at = entries.findIndex((e) => e.title === 'Inhoud') + 1;
      for (const h of headings) {
        const needle = key(h.text);
        const i = entries.findIndex((e, k) => k >= at && key(e.title) === needle);
        if (i >= 0) {
          found[h.id] = entries[i].page;
          at = i + 1;
        } else if (warn) console.warn(`pdf: ${output.path}: geen paginanummer gevonden voor "${h.text}" in de inhoudsopgave`);
      }
      await page.$$eval(
        '[data-toc-page]',
        (els, f) => els.forEach((e) => (e.textContent = String(f[(e as HTMLElement).dataset.tocPage!] ?? ''))),
        found,
      );
      return found;
    };
    const found = await fillToc(buf, true);
    buf = await page.pdf(opts);
    // pass 3: a chapter whose last page holds only a few lines is set a little tighter
    // (print-edition.css, .chapter.tight), then tighter still (.tighter), so those lines join
    // its previous page; each step is kept only when the edition gets shorter by it
    const thinEnds = (pages: { words: number }[], at: Record<string, number>) => {
      const starts = Object.keys(at)
        .filter((id) => /^h-\d+$/.test(id))
        .map((id) => ({ chapter: Number(id.slice(2)), page: at[id] }))
        .sort((a, b) => a.page - b.page);
      return starts
        .filter((c, k) => {
          const next = starts[k + 1];
          const last = next ? next.page - 1 : pages.length;
          return next && last > c.page && last < pages.length && pages[last - 1].words < THIN_PAGE_WORDS;
        })
        .map((c) => c.chapter);
    };
    let pages = await pdfPages(buf);
    let thin = thinEnds(pages, found);
    for (const step of ['tight', 'tighter']) {
      if (!thin.length) break;
      const mark = (list: number[], on: boolean) =>
        page.$$eval(
          'section.chapter[data-chapter]',
          (els, a) => els.forEach((e, i) => a.list.includes(i + 1) && e.classList.toggle(a.step, a.on)),
          { list, on, step },
        );
      await mark(thin, true);
      await fillToc(await page.pdf(opts), false);
      const tighter = await page.pdf(opts);
      const tighterPages = await pdfPages(tighter);
      if (tighterPages.length < pages.length) {
        buf = tighter;
        pages = tighterPages;
        thin = thinEnds(pages, await fillToc(buf, false));
      } else {
        await mark(thin, false);
        await fillToc(buf, false);
      }
    }
  }
  return buf;
}

/** Untagged content (running header and footer, borders) marked as artifact; properties and dates. */
function finish(raw: Uint8Array, output: Output, date: Date) {
  const meta = output.pdf!.meta;
  return finishPdf(raw, { date, author: meta.author, subject: meta.subject, keywords: meta.keywords, lang: output.lang });
}

const sha = (...parts: (string | Uint8Array)[]) => {
  const h = createHash('sha256');
  for (const p of parts) h.update(p).update('\0');
  return h.digest('hex');
};

/** Version of an installed package, for the cache key. */
function versionOf(name: string): string {
  try {
    const require = createRequire(import.meta.url);
    return JSON.parse(readFileSync(require.resolve(`${name}/package.json`), 'utf8')).version;
  } catch {
    return '?';
  }
}

/** The fonts Chromium can use (fontconfig's list of files with their sizes), for the cache key. */
function fontsFingerprint(): string {
  try {
    const files = execFileSync('fc-list', ['--format', '%{file}\n'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })
      .split('\n')
      .filter(Boolean)
      .sort();
    return sha(files.map((f) => `${f}\0${existsSync(f) ? statSync(f).size : '?'}`).join('\n'));
  } catch {
    return 'no fc-list';
  }
}

/**
 * The PDF cache, in two levels:
 * - raw: what Chromium printed, keyed by the print page's HTML, the browser's version, the fonts,
 *   the public address, and the code of the rendering (this file, Playwright's and pdf.js'
 *   versions); the entry lists every file the page loaded (CSS, scripts, images) with its hash,
 *   and is used only when all of them are unchanged;
 * - finished: the PDF as written, keyed by the raw PDF, the date, the document properties and the
 *   code that finishes it (pdf-artifacts.ts, pdf-lib's version). A new commit to the content
 *   changes the date of every PDF: then only the finishing runs again, not the browser.
 * Files are written to a temporary name and renamed, so a stopped build leaves no half entry.
 */
class PdfCache {
  readonly dir: string;
  /** Entries this build read or wrote. */
  readonly used = new Set<string>();
  constructor(dir: string) {
    this.dir = dir;
    mkdirSync(dir, { recursive: true });
  }
  private path = (name: string) => join(this.dir, name.slice(0, 2), name);
  read(name: string): Buffer | undefined {
    const p = this.path(name);
    if (!existsSync(p)) return undefined;
    this.used.add(name);
    return readFileSync(p);
  }
  write(name: string, data: string | Uint8Array) {
    this.used.add(name);
    const p = this.path(name);
    mkdirSync(dirname(p), { recursive: true });
    const tmp = `${p}.${process.pid}.tmp`;
    writeFileSync(tmp, data);
    renameSync(tmp, p);
  }
  /** Removes every entry this build did not use (the cache then holds one build's PDFs). */
  prune() {
    let removed = 0;
    for (const sub of readdirSync(this.dir)) {
      for (const name of readdirSync(join(this.dir, sub))) {
        if (this.used.has(name)) continue;
        rmSync(join(this.dir, sub, name), { force: true });
        removed++;
      }
    }
    return removed;
  }
}

/** The code of the PDF step, for the cache keys: this file and the finishing step, with the versions of the libraries they use. */
const CODE = {
  render: sha(
    readFileSync(new URL(import.meta.url)),
    readFileSync(new URL('./pdf-text.ts', import.meta.url)),
    versionOf('playwright'),
    versionOf('pdfjs-dist'),
  ),
  finish: sha(readFileSync(new URL('./pdf-artifacts.ts', import.meta.url)), versionOf('pdf-lib')),
};

/**
 * Writes every PDF of the list into `out` and returns the manifest (per document: file, bytes,
 * pages and its letters).
 */
export async function buildPdfs(out: string, list: Output[], s: Settings, log: (msg: string) => void) {
  const sources = list.filter((o) => o.pdf);
  mkdirSync(join(out, 'pdf'), { recursive: true });
  const stamp = new Date(sourceDate(s) * 1000);
  // answered from the build's files, without a server in between (no connection to drop on a busy machine)
  const root = resolve(out);
  const fromBuild = (route: Route, rel: string) => {
    const { file, status, type } = lookup(root, `/${rel}`);
    return status === 403 ? route.abort() : route.fulfill({ status, contentType: type, body: readFileSync(file) });
  };
  const browser = await chromium.launch({ executablePath: await findChromium(), args: launchArgs });
  const cache = s.pdfCache ? new PdfCache(resolve(s.pdfCache)) : undefined;
  const workers = Math.max(1, Math.min(s.pdfWorkers ?? availableParallelism(), sources.length));
  const took = { editions: 0, letters: 0, render: 0, finish: 0 };
  const count = { rendered: 0, finished: 0, reused: 0 };
  const t0 = Date.now();
  // the width of an A4 page between its margins (210 - 2 × 18 mm at 96 px per inch), so charts are laid out as printed
  const viewport = { width: 658, height: 930 };
  // Pages load under the site's public address, so links in the PDFs point there and not at this
  // temporary server; the files come from the build. Nothing else is fetched.
  const publicBase = `${s.site}${s.base}`;
  const relOf = (url: string) => {
    const { pathname, search } = new URL(url);
    return (pathname.startsWith(s.base) ? pathname.slice(s.base.length) : pathname.slice(1)) + search;
  };
  // hash of a file of the build as the server would send it (folder → its index.html)
  const fileHashes = new Map<string, string>();
  const hashOfFile = (rel: string) => {
    let h = fileHashes.get(rel);
    if (h === undefined) {
      let file = join(out, decodeURIComponent(rel.replace(/[?#].*$/, '')));
      if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
      h = existsSync(file) ? sha(readFileSync(file)) : 'missing';
      fileHashes.set(rel, h);
    }
    return h;
  };
  const environment = sha(browser.version(), fontsFingerprint(), publicBase, JSON.stringify(viewport), CODE.render);
  const results = new Map<Output, { bytes: number; pages: number }>();
  // editions first: each letter is listed under its document
  const isLetter = (o: Output) => o.kind === 'letter' || o.kind === 'letters';
  const ordered = [...sources.filter((o) => !isLetter(o)), ...sources.filter(isLetter)];
  const docxFiles = new Map<Output, Uint8Array>();
  let next = 0;
  try {
    const worker = async () => {
      const page = await browser.newPage({ viewport });
      // files this page loaded for the PDF it is rendering
      let loaded = new Set<string>();
      await page.route('**/*', (route) => route.abort());
      await page.route(`${s.site}/**`, async (route) => {
        const rel = relOf(route.request().url());
        loaded.add(rel);
        await fromBuild(route, rel);
      });
      while (next < ordered.length) {
        const o = ordered[next++];
        const t = Date.now();
        const pdf = o.pdf!;
        const rawKey = sha(environment, readFileSync(join(out, o.file)));
        let raw: Uint8Array | undefined;
        let rendered = false;
        let assets = '';
        const entry = cache?.read(`${rawKey}.json`);
        if (entry) {
          const e: { files: [string, string][]; raw: string } = JSON.parse(entry.toString('utf8'));
          if (e.files.every(([rel, h]) => hashOfFile(rel) === h)) {
            raw = cache!.read(`${e.raw}.raw.pdf`);
            assets = sha(JSON.stringify(e.files));
          }
        }
        if (!raw) {
          loaded = new Set();
          const tr = performance.now();
          raw = await render(page, publicBase + o.path, o);
          took.render += performance.now() - tr;
          const files = [...loaded].sort().map((rel): [string, string] => [rel, hashOfFile(rel)]);
          assets = sha(JSON.stringify(files));
          count.rendered++;
          rendered = true;
          if (cache) {
            const rawName = sha(raw);
            cache.write(`${rawName}.raw.pdf`, raw);
            cache.write(`${rawKey}.json`, JSON.stringify({ files, raw: rawName }));
          }
        }
        const finalKey = sha(rawKey, assets, sha(raw), String(stamp.getTime()), JSON.stringify(pdf.meta), CODE.finish);
        let done: { bytes: Uint8Array; pages: number } | undefined;
        const hit = cache?.read(`${finalKey}.pdf`);
        const info = cache?.read(`${finalKey}.json`);
        if (hit && info) {
          done = { bytes: hit, pages: JSON.parse(info.toString('utf8')).pages };
          count.reused++;
        } else {
          const tf = performance.now();
          done = await finish(raw, o, stamp);
          took.finish += performance.now() - tf;
          if (!rendered) count.finished++;
          if (cache) {
            cache.write(`${finalKey}.pdf`, done.bytes);
            cache.write(`${finalKey}.json`, JSON.stringify({ pages: done.pages }));
          }
        }
        const file = join(out, pdf.file);
        mkdirSync(dirname(file), { recursive: true });
        writeFileSync(file, done.bytes);
        results.set(o, { bytes: done.bytes.length, pages: done.pages });
        if (pdf.gemeente) took.letters += Date.now() - t;
        else took.editions += Date.now() - t;
      }
      await page.close();
    };
    await Promise.all(Array.from({ length: workers }, worker));
    // each letter as DOCX, read from the same page as its PDF
    const t = Date.now();
    const page = await browser.newPage({ viewport });
    await page.route('**/*', (route) => route.abort());
    await page.route(`${s.site}/**`, (route) => fromBuild(route, relOf(route.request().url())));
    for (const o of ordered.filter((x) => x.kind === 'letter')) {
      await page.goto(publicBase + o.path, { waitUntil: 'load' });
      docxFiles.set(o, await letterDocx(await readLetter(page), o.pdf!.meta, stamp));
    }
    await page.close();
    took.letters += Date.now() - t;
  } finally {
    await browser.close();
  }
  // a cache of its own (one per content folder) keeps only what this build used; a shared one keeps everything
  if (cache && s.pdfCacheOwn) cache.prune();
  // the manifest in the order of the list, whatever order the workers finished in
  const manifest: Record<string, ManifestEntry> = {};
  for (const o of ordered) {
    const pdf = o.pdf!;
    const r = results.get(o)!;
    if (pdf.gemeente) (manifest[pdf.doc].letters ??= []).push({ gemeente: pdf.gemeente, file: pdf.file, bytes: r.bytes, pages: r.pages });
    else if (pdf.all) manifest[pdf.doc].allLetters = { file: pdf.file, bytes: r.bytes, pages: r.pages };
    else manifest[pdf.doc] = { file: pdf.file, bytes: r.bytes, pages: r.pages };
  }
  writeLetterFiles(out, ordered, manifest, docxFiles, stamp);
  writeFileSync(join(out, 'pdf/manifest.json'), JSON.stringify(manifest, null, 2));
  fillPdfInfo(out, list, manifest);
  const sec = (ms: number) => (ms / 1000).toFixed(1);
  const editions = sources.filter((o) => !isLetter(o)).length;
  log(
    `pdf: ${editions} edities (${sec(took.editions)} s) en ${sources.length - editions} brieven (${sec(took.letters)} s), samen ${sec(Date.now() - t0)} s` +
      ` met ${workers} tegelijk (browser ${sec(took.render)} s, afwerken ${sec(took.finish)} s); ${count.rendered} gerenderd, ${count.finished} alleen afgewerkt, ${count.reused} uit de cache` +
      (cache ? '' : ' (geen cache)'),
  );
  return manifest;
}

/**
 * The DOCX of every letter next to its PDF, and per document one zip with every letter as PDF and
 * DOCX under a name for a records system (src/core/letters.ts) plus the merged PDF.
 */
function writeLetterFiles(
  out: string,
  list: Output[],
  manifest: Record<string, ManifestEntry>,
  docx: Map<Output, Uint8Array>,
  stamp: Date,
) {
  const model = getModel().model;
  const byDoc = new Map<string, Output[]>();
  for (const o of list) if (o.kind === 'letter') byDoc.set(o.pdf!.doc, [...(byDoc.get(o.pdf!.doc) ?? []), o]);
  for (const [docId, letters] of byDoc) {
    const doc = model.documents.find((d) => d.id === docId)!;
    const region = model.regions.find((r) => r.localId === doc.region)!;
    const files: { name: string; data: Uint8Array }[] = [];
    for (const o of letters) {
      const g = region.data.municipalities.find((m: { id: string }) => m.id === o.pdf!.gemeente)!;
      const mine = letterFor(doc.data, g);
      const bytes = docx.get(o)!;
      const file = paths.letterDocx(docId, g.id);
      writeFileSync(join(out, file), bytes);
      const entry = manifest[docId].letters!.find((l) => l.gemeente === g.id)!;
      Object.assign(entry, { docx: file, docxBytes: bytes.length });
      files.push({ name: letterFileName(g.name, mine, 'pdf'), data: readFileSync(join(out, o.pdf!.file)) });
      files.push({ name: letterFileName(g.name, mine, 'docx'), data: bytes });
    }
    const all = manifest[docId].allLetters;
    if (all)
      files.push({
        name: `Raadsinformatiebrieven_${fileSafe(region.data.name)}_alle-gemeenten.pdf`,
        data: readFileSync(join(out, all.file)),
      });
    const zipFile = paths.lettersZip(docId);
    const bytes = zip(files, stamp);
    writeFileSync(join(out, zipFile), bytes);
    if (all) Object.assign(all, { zip: zipFile, zipBytes: bytes.length });
  }
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
        const all = manifest[doc]?.allLetters;
        const e =
          gemeente === 'alle'
            ? all
            : gemeente === 'zip'
              ? all?.zipBytes !== undefined
                ? { bytes: all.zipBytes }
                : undefined
              : gemeente
                ? manifest[doc]?.letters?.find((l) => l.gemeente === gemeente)
                : manifest[doc];
        if (!e) return m;
        return `<span data-pdf-info="${id}"> (${formatBytes(e.bytes)}${'pages' in e ? `, ${pagesLabel(e.pages)}` : ''})</span>`;
      }),
    );
  }
}
