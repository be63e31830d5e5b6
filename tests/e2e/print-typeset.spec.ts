/**
 * The print editions read as typeset documents, checked on the real PDFs in dist/pdf: no nearly
 * empty pages, no word or number broken across the lines of a table, footnotes on the page of
 * their reference (and no web back arrows), figures where the text discusses them with chart text
 * of at least 8 pt, and a convenant that prints like one.
 */
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';
import type { Element, Root } from 'hast';
import { DIST } from './helpers.ts';
import { pdfPages, type PdfPage } from '../../src/integration/pdf-text.ts';
import { loadContent } from '../../src/model/load.ts';

const { model } = loadContent('content', { compileMdx: false });
const manifest: Record<string, { file: string; pages: number }> = JSON.parse(readFileSync(join(DIST, 'pdf/manifest.json'), 'utf8'));
// the documents' print editions (letters are PDFs of their own, listed under their document)
const editions = Object.entries(manifest).filter(([id]) => model.documents.some((d) => d.id === id));
const printHtml = (id: string) => readFileSync(join(DIST, id.split('/')[0], 'documenten', id.split('/')[1], 'print/index.html'), 'utf8');

/** Text compared across line breaks: no whitespace, soft hyphens or hyphens (a word hyphenated at a line end reads whole). */
const key = (s: string) => s.replace(/[\s\u00ad\u2010\-‐]+/g, '').toLowerCase();

const cache = new Map<string, Promise<PdfPage[]>>();
const pagesOf = (file: string) => {
  if (!cache.has(file)) cache.set(file, pdfPages(join(DIST, file)));
  return cache.get(file)!;
};
const elements = (n: Root | Element, test: (e: Element) => boolean, out: Element[] = []): Element[] => {
  for (const c of n.children) if (c.type === 'element') (test(c) && out.push(c), elements(c, test, out));
  return out;
};

test('no page of an edition holds fewer than 40 words, but its cover and its last page', async () => {
  const thin: string[] = [];
  for (const [id, e] of editions) {
    const pages = await pagesOf(e.file);
    for (const p of pages.slice(1, -1)) if (p.words < 40) thin.push(`${id} p${p.number}: ${p.words} woorden ("${p.text.slice(0, 60)}")`);
  }
  expect(thin).toEqual([]);
});

test('no word or number in a table is broken across lines', async () => {
  const broken: string[] = [];
  let checked = 0;
  for (const [id, e] of editions) {
    const root = fromHtml(printHtml(id), { fragment: false });
    // a web address may break anywhere (it is not a word or a number); columns of addresses are left out
    const isLinks = (x: Element) =>
      String(x.properties?.className ?? '')
        .split(/[\s,]+/)
        .includes('links');
    const cells = elements(root, (x) => (x.tagName === 'th' || x.tagName === 'td') && !isLinks(x));
    // every word of a cell (a hyphen may end a line: "15-" / "75") stands whole on one line of the PDF
    const words = new Set(
      cells
        .flatMap((c) => toText(c).split(/[\s\-‐–/]+/))
        .map((w) => w.replace(/^[(“"']+|[)”"'.,:;]+$/g, ''))
        .filter((w) => w.length >= 3),
    );
    const pages = await pagesOf(e.file);
    const tokens = new Set(
      pages.flatMap((p) =>
        p.lines.flatMap((l) =>
          l.text
            .replace(/\u00ad/g, '')
            .split(/[\s\-‐–/]+/)
            .map((w) => w.replace(/^[(“"']+|[)”"'.,:;]+$/g, '')),
        ),
      ),
    );
    for (const w of words) {
      checked++;
      if (!tokens.has(w)) broken.push(`${id}: "${w}"`);
    }
  }
  expect(checked).toBeGreaterThan(500);
  expect(broken).toEqual([]);
});

test('footnotes stand on the page of their reference, without back arrows', async () => {
  let notes = 0;
  for (const [id, e] of editions) {
    const html = printHtml(id);
    if (!html.includes('class="footnote"')) continue;
    const root = fromHtml(html);
    const pages = await pagesOf(e.file);
    const keyed = pages.map((p) => key(p.text));
    let from = 0;
    expect(
      pages.some((p) => p.text.includes('↩')),
      `${id}: back arrow`,
    ).toBe(false);
    for (const note of elements(root, (x) => x.tagName === 'p' && String(x.properties.className).includes('footnote'))) {
      const id2 = String(note.properties.id);
      const ref = elements(root, (x) => x.tagName === 'a' && x.properties.href === `#${id2}`)[0];
      expect(ref, `${id}: reference to ${id2}`).toBeTruthy();
      // the words just before the reference, and the start of the note
      const block = elements(root, (x) =>
        x.children.some((c) => c.type === 'element' && c.tagName === 'sup' && c.children.includes(ref)),
      )[0];
      const before = toText(block).split(toText(ref))[0].trim().split(/\s+/).slice(-6).join(' ');
      const start = toText(note).trim().split(/\s+/).slice(0, 8).join(' ');
      // notes in document order (the same note text can come back in a later chapter)
      const notePage = keyed.findIndex((p, k) => k >= from && p.includes(key(start))) + 1;
      expect(notePage, `${id}: note "${start}" in the PDF`).toBeGreaterThan(0);
      expect(keyed[notePage - 1], `${id}: note "${start}" on the page of its reference "${before}"`).toContain(key(before));
      from = notePage - 1;
      notes++;
    }
  }
  expect(notes).toBeGreaterThan(20);
});

test('figures stand in their chapter near the text that discusses them, with one caption and chart text of at least 8 pt', async ({
  page,
}) => {
  const id = 'rivierenland/meerjarenagenda-2026-2030';
  const html = printHtml(id);
  // the first figure of chapter 2 follows right after the paragraph with its numbers
  const quoted = html.indexOf('in 2040 is dat 94,9%');
  expect(quoted).toBeGreaterThan(0);
  expect(html.slice(html.indexOf('</p>', quoted) + 4)).toMatch(/^\s*<section class="figure" id="tabel-demografische-druk"/);
  const e = manifest[id];
  const pages = await pagesOf(e.file);
  // one caption per figure: its title once in the PDF
  const title = 'Figuur 1. Demografische druk';
  expect(
    pages
      .map((p) => p.text)
      .join('\n')
      .split(title).length - 1,
    title,
  ).toBe(1);
  // the figure on the same page as, or the page after, the paragraph that quotes its numbers
  const keyed = pages.map((p) => key(p.text));
  const textPage = keyed.findIndex((p) => p.includes(key('in 2040 is dat 94,9%')));
  const figPage = keyed.findIndex((p) => p.includes(key(title)));
  expect(figPage - textPage).toBeGreaterThanOrEqual(0);
  expect(figPage - textPage).toBeLessThanOrEqual(1);
  // chart text as printed: the PDF step's viewport (the width of an A4 page between its margins)
  await page.setViewportSize({ width: 658, height: 930 });
  await page.emulateMedia({ media: 'print' });
  await page.goto('/rivierenland/documenten/meerjarenagenda-2026-2030/print/');
  await page.waitForFunction(() =>
    [...document.querySelectorAll<HTMLCanvasElement>('canvas[data-chart-config]')].every((c) => 'drawn' in c.dataset),
  );
  const sizes = await page
    .locator('canvas[data-chart-config]')
    .evaluateAll((cs) => cs.map((c) => Number((c as HTMLElement).dataset.fontPt)));
  expect(sizes.length).toBeGreaterThan(5);
  for (const s of sizes) expect(s).toBeGreaterThanOrEqual(8);
  // no web furniture: abbreviations and links print as text
  const decorations = await page.evaluate(() =>
    [...document.querySelectorAll('abbr[title], .prose a')].map((x) => getComputedStyle(x).textDecorationLine).filter((d) => d !== 'none'),
  );
  expect(decorations).toEqual([]);
});

test('a convenant prints like one: articles run on, leden numbered, contents of articles, a signature block per party', async () => {
  const doc = model.documents.find((d) => d.data.type === 'convenant')!;
  const e = manifest[doc.id];
  const pages = await pagesOf(e.file);
  const starts = pages.map((p) => p.lines.filter((l) => /^Artikel \d+\.? /.test(l.text)).length);
  // several articles begin on one page
  expect(Math.max(...starts)).toBeGreaterThanOrEqual(2);
  // leden as numbered paragraphs, not as headings "Lid 1"
  expect(pages.some((p) => p.lines.some((l) => /^Lid \d+$/.test(l.text)))).toBe(false);
  const html = printHtml(doc.id);
  const toc = html.slice(html.indexOf('<nav class="print-toc'), html.indexOf('</nav>', html.indexOf('<nav class="print-toc')));
  expect(toc).not.toContain('toc-section');
  // a signature block for each party, as the document names them; no names filled in
  // (two blocks side by side: the PDF's lines hold both, so the HTML names each block's party)
  const all = pages.map((p) => p.text).join('\n');
  const signing = all.slice(all.lastIndexOf('Ondertekening'), all.lastIndexOf('Toelichting'));
  expect((signing.match(/Namens /g) ?? []).length).toBe(doc.data.authors.length);
  const blocks = [...html.matchAll(/<p class="signature__party">Namens ([^<]*)<\/p>/g)].map((m) => m[1].replace(/&amp;/g, '&'));
  expect(blocks).toEqual(doc.data.authors);
  for (const party of doc.data.authors) for (const w of party.split(' ')) expect(signing, party).toContain(w);
  expect(html.slice(html.indexOf('data-signatures'))).not.toMatch(/<dd[^>]*>[^<]+<\/dd>/);
  // fewer pages than one per article: about 3,000 words on at most 16 pages
  expect(pages.length).toBeLessThanOrEqual(16);
});
