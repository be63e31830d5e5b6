/** Opens every generated PDF and checks what councils rely on. */
import { expect, test } from '@playwright/test';
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDocument, PDFName, PDFDict } from 'pdf-lib';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { DIST } from './helpers.ts';
import { loadContent } from '../../src/lib/content/load.ts';

const manifest: Record<string, { file: string; bytes: number; pages: number; letters?: { gemeente: string; file: string }[] }> = JSON.parse(
  readFileSync(join(DIST, 'pdf/manifest.json'), 'utf8'),
);

async function open(file: string) {
  const data = new Uint8Array(readFileSync(join(DIST, file)));
  const pdf = await getDocument({ data: data.slice(), isEvalSupported: false }).promise;
  const texts: string[] = [];
  const items: string[][] = [];
  for (let i = 1; i <= pdf.numPages; i++) {
    const strs = (await (await pdf.getPage(i)).getTextContent()).items.map((x: any) => x.str as string).filter((x) => x.trim());
    items.push(strs);
    texts.push(strs.join(' ').replace(/\s+/g, ' '));
  }
  const outline: any[] = [];
  const flat = (items: any[] | null) => (items ?? []).forEach((o) => (outline.push(o), flat(o.items)));
  flat(await pdf.getOutline());
  const meta = await pdf.getMetadata();
  const lib = await PDFDocument.load(data, { updateMetadata: false });
  return { pdf, texts, items, outline, meta, lib };
}

test('every document has a PDF edition, linked with its size and page count', () => {
  const { model } = loadContent('content', { compileMdx: false });
  expect(Object.keys(manifest).sort()).toEqual(model.documents.map((d) => d.id).sort());
  for (const [id, e] of Object.entries(manifest)) {
    expect(existsSync(join(DIST, e.file)), e.file).toBe(true);
    const [owner, doc] = id.split('/');
    const page = readFileSync(join(DIST, owner, 'documenten', doc, 'index.html'), 'utf8');
    expect(page).toContain(`<span data-pdf-info="${id}"> (`);
    expect(page).toContain(`${e.pages} pagina`);
  }
});

for (const [id, entry] of Object.entries(manifest)) {
  test(`PDF ${id}: tagged, title, language, outline per chapter, TOC page numbers match`, async () => {
    const { pdf, texts, items, outline, meta, lib } = await open(entry.file);
    expect(pdf.numPages).toBe(entry.pages);
    expect(pdf.numPages).toBeGreaterThan(1);
    expect((meta.info as any).Title).toBeTruthy();
    const catalog = lib.catalog;
    expect(catalog.get(PDFName.of('Lang'))?.toString()).toMatch(/nl/);
    const markInfo = catalog.lookupMaybe(PDFName.of('MarkInfo'), PDFDict);
    expect(markInfo?.get(PDFName.of('Marked'))?.toString()).toBe('true');
    expect(catalog.get(PDFName.of('StructTreeRoot'))).toBeTruthy();
    // chapters as rendered in the print edition
    const printHtml = readFileSync(join(DIST, id.split('/')[0], 'documenten', id.split('/')[1], 'print/index.html'), 'utf8');
    const chapters = [...printHtml.matchAll(/<h1 id="(h-\d+)" data-chapter-title>(.*?)<\/h1>/g)].map((m) => ({ id: m[1], title: m[2].replace(/<[^>]+>/g, '').replace(/&amp;/g, '&').replace(/&#39;|&#x27;/g, "'") }));
    // Chromium drops the space where a heading wraps: compare without whitespace
    const key = (s: string) => s.replace(/\s+/g, '');
    const titles = outline.map((o: any) => key(o.title));
    for (const c of chapters) expect(titles.includes(key(c.title)), `outline has ${c.title}`).toBe(true);
    if (chapters.length) {
      // the TOC page lists "title .... N"; N must be the page where the chapter heading stands
      const tocPage = texts.findIndex((t) => t.includes('Inhoud'));
      expect(tocPage).toBeGreaterThanOrEqual(0);
      // truth: the page Chromium's outline points at for each chapter heading
      let checked = 0;
      const afterToc = outline.slice(outline.findIndex((o) => o.title === 'Inhoud') + 1);
      for (const o of afterToc) {
        const c = chapters.find((ch) => key(o.title) === key(ch.title));
        if (!c) continue;
        const dest = typeof o.dest === 'string' ? await pdf.getDestination(o.dest) : o.dest;
        const page = (await pdf.getPageIndex(dest[0])) + 1;
        // walk the TOC page's text items: the title (whitespace-insensitive: pdf.js splits ligatures
        // such as "fi nanciering"), then the page number as its own item
        let acc = '';
        let m: RegExpMatchArray | null = null;
        const list = items[tocPage];
        for (let k = 0; k < list.length; k++) {
          acc += key(list[k]);
          if (acc.endsWith(key(c.title)) && /^\d+$/.test(list[k + 1]?.trim() ?? '')) {
            m = [list[k + 1], list[k + 1].trim()] as any;
            break;
          }
        }
        expect(m, `TOC entry for ${c.title}`).toBeTruthy();
        expect(Number(m![1]), `TOC page of ${c.title}`).toBe(page);
        checked++;
      }
      expect(checked).toBeGreaterThan(0);
    }
  });
}

test('one raadsinformatiebrief per gemeente, each naming its gemeente', async () => {
  const withLetters = Object.values(manifest).filter((e) => e.letters?.length);
  expect(withLetters.length).toBeGreaterThanOrEqual(1);
  for (const e of withLetters) {
    const ids = e.letters!.map((l) => l.gemeente);
    expect(new Set(ids).size).toBe(ids.length);
    for (const l of e.letters!) {
      const { texts } = await open(l.file);
      const all = texts.join(' ');
      expect(all).toContain('Aan de leden van de gemeenteraad van');
      expect(all).toMatch(/Burgemeester/);
      expect(all).toMatch(/Secretaris/);
    }
  }
});
