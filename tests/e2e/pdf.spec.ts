/** Opens every generated PDF and checks what councils rely on. */
import { expect, test } from '@playwright/test';
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDocument, PDFName, PDFDict, PDFArray, PDFString, PDFHexString } from 'pdf-lib';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { DIST } from './helpers.ts';
import { loadContent } from '../../src/model/load.ts';
import { resolveRef } from '../../src/model/check.ts';
import { FORM_EDITIONS, FORM_TEMPLATES } from '../../src/core/forms.ts';
import { readSettings } from '../../src/settings.ts';
const SITE = readSettings().site;

type Letter = { gemeente: string; file: string; bytes: number; pages: number };
const { model } = loadContent('content', { compileMdx: false });

const built: Record<string, { file: string; bytes: number; pages: number; letters?: Letter[] }> = JSON.parse(
  readFileSync(join(DIST, 'pdf/manifest.json'), 'utf8'),
);
// the documents' editions; voortgangsrapportages ("<regio>/voortgang-<periode>") are checked on the fixture (tests/build/monitoring-site.test.ts)
const manifest = Object.fromEntries(Object.entries(built).filter(([id]) => !/\/voortgang-/.test(id)));

async function open(file: string) {
  const data = new Uint8Array(readFileSync(join(DIST, file)));
  const pdf = await getDocument({ data: data.slice(), isEvalSupported: false }).promise;
  const texts: string[] = [];
  const items: string[][] = [];
  // running header and footer: the text in the top and bottom page margins (22 mm and 20 mm)
  const headers: string[] = [];
  const footers: string[] = [];
  // the last line of body text on each page (to find headings left alone at the bottom)
  const bottoms: string[] = [];
  // text outside any marked content; header/footer text not marked as artifact, or body text that is
  const untagged: string[] = [];
  const misplaced: string[] = [];
  const mm = 72 / 25.4;
  for (let i = 1; i <= pdf.numPages; i++) {
    const page = await pdf.getPage(i);
    const height = page.view[3];
    // text items with the marked-content tags around them (structure tags, or Artifact)
    const all: any[] = [];
    const stack: string[] = [];
    for (const it of (await page.getTextContent({ includeMarkedContent: true })).items as any[]) {
      if (it.type === 'beginMarkedContent' || it.type === 'beginMarkedContentProps') stack.push(it.tag);
      else if (it.type === 'endMarkedContent') stack.pop();
      else if (it.str?.trim()) all.push({ ...it, marks: [...stack] });
    }
    const margin = (x: any) => x.transform[5] > height - 22 * mm || x.transform[5] < 20 * mm;
    for (const x of all) {
      if (!x.marks.length) untagged.push(`page ${i}: "${x.str}"`);
      else if (margin(x) !== x.marks.includes('Artifact')) misplaced.push(`page ${i}: "${x.str}" (${x.marks.join(' > ')})`);
    }
    const strs = all.map((x) => x.str as string);
    items.push(strs);
    texts.push(strs.join(' ').replace(/\s+/g, ' '));
    headers.push(
      all
        .filter((x) => x.transform[5] > height - 22 * mm)
        .map((x) => x.str)
        .join(' ')
        .replace(/\s+/g, ' '),
    );
    footers.push(
      all
        .filter((x) => x.transform[5] < 20 * mm)
        .map((x) => x.str)
        .join(' ')
        .replace(/\s+/g, ' '),
    );
    const body = all.filter((x) => x.transform[5] >= 20 * mm && x.transform[5] <= height - 22 * mm);
    const lowest = Math.min(...body.map((x) => x.transform[5]));
    bottoms.push(
      body
        .filter((x) => Math.abs(x.transform[5] - lowest) < 2)
        .map((x) => x.str)
        .join(''),
    );
  }
  const outline: any[] = [];
  const flat = (items: any[] | null) => (items ?? []).forEach((o) => (outline.push(o), flat(o.items)));
  flat(await pdf.getOutline());
  const meta = await pdf.getMetadata();
  const lib = await PDFDocument.load(data, { updateMetadata: false });
  return { pdf, texts, items, headers, footers, bottoms, untagged, misplaced, outline, meta, lib };
}

/** Every font in the file is embedded: each font descriptor carries its font program, no font goes without a descriptor. */
function assertFontsEmbedded(lib: PDFDocument, file: string) {
  const descriptors = dicts(lib, 'Type', '/FontDescriptor');
  expect(descriptors.length, `${file}: fonts`).toBeGreaterThan(0);
  for (const d of descriptors) {
    const program = ['FontFile', 'FontFile2', 'FontFile3'].some((k) => d.has(PDFName.of(k)));
    expect(program, `${file}: font ${d.get(PDFName.of('FontName'))} embedded`).toBe(true);
  }
  for (const f of dicts(lib, 'Type', '/Font')) {
    const sub = f.get(PDFName.of('Subtype'))?.toString();
    if (sub === '/Type0')
      expect(f.lookupMaybe(PDFName.of('DescendantFonts'), PDFArray), `${file}: Type0 font with descendants`).toBeTruthy();
    else if (sub !== '/Type3')
      expect(f.has(PDFName.of('FontDescriptor')), `${file}: ${f.get(PDFName.of('BaseFont'))} has a descriptor (not a standard font)`).toBe(
        true,
      );
  }
}

const key = (s: string) => s.replace(/\s+/g, '');

const decode = (t: string) =>
  t
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

/** The dictionaries in the PDF whose `key` is the name `value` (/S /Figure, /Subtype /Link). */
function dicts(lib: PDFDocument, key: string, value: string): PDFDict[] {
  const out: PDFDict[] = [];
  for (const [, obj] of lib.context.enumerateIndirectObjects())
    if (obj instanceof PDFDict && obj.get(PDFName.of(key))?.toString() === value) out.push(obj);
  return out;
}
const textOf = (v: unknown) => (v instanceof PDFString || v instanceof PDFHexString ? v.decodeText() : undefined);
const defined = (xs: (string | undefined)[]) => xs.filter((x): x is string => x !== undefined);

/** The text alternatives of the figures in the PDF's structure tree. */
const figureAlts = (lib: PDFDocument) => defined(dicts(lib, 'S', '/Figure').map((d) => textOf(d.get(PDFName.of('Alt')))));

/** The web addresses that links in the PDF open. */
const linkTargets = (lib: PDFDocument) =>
  defined(dicts(lib, 'Subtype', '/Link').map((d) => textOf(d.lookupMaybe(PDFName.of('A'), PDFDict)?.get(PDFName.of('URI')))));

/** The named targets of links inside the PDF (table of contents, footnotes). */
const internalTargets = (lib: PDFDocument) => defined(dicts(lib, 'Subtype', '/Link').map((d) => textOf(d.get(PDFName.of('Dest')))));

/** Author, subject and keywords set; the viewer shows the document title rather than the file name. */
function assertProperties(lib: PDFDocument, file: string) {
  expect(lib.getAuthor(), `${file}: author`).toBeTruthy();
  expect(lib.getSubject(), `${file}: subject`).toBeTruthy();
  expect(lib.getKeywords(), `${file}: keywords`).toBeTruthy();
  const prefs = lib.catalog.lookupMaybe(PDFName.of('ViewerPreferences'), PDFDict);
  expect(prefs?.get(PDFName.of('DisplayDocTitle'))?.toString(), `${file}: DisplayDocTitle`).toBe('true');
}

/** Links in a PDF lead to the public site or elsewhere on the web, never to the machine that made it. */
function assertPublicLinks(lib: PDFDocument, file: string) {
  for (const u of linkTargets(lib)) expect(u, `${file}: link`).not.toMatch(/^https?:\/\/(127\.0\.0\.1|localhost)[:/]/);
}

test('every document has a PDF edition, linked with its size and page count', () => {
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
  test(`PDF ${id}: tagged, title, language, fonts embedded, outline per chapter, TOC page numbers, running header`, async () => {
    const { pdf, texts, items, headers, footers, bottoms, untagged, misplaced, outline, meta, lib } = await open(entry.file);
    // every piece of text is tagged; the running header and footer are artifacts, the body is not
    expect(untagged, 'text outside the structure').toEqual([]);
    expect(misplaced, 'artifacts').toEqual([]);
    const doc = model.documents.find((d) => d.id === id)!;
    const form = FORM_EDITIONS.has(doc.data.type) && doc.data.form.length > 0;
    const printHtml = readFileSync(join(DIST, id.split('/')[0], 'documenten', id.split('/')[1], 'print/index.html'), 'utf8');
    // every chart is a figure with its text alternative in the structure tree
    const charts = [...printHtml.matchAll(/<canvas[^>]*\saria-label="([^"]*)"/g)].map((m) => key(decode(m[1])));
    const alts = figureAlts(lib).map(key);
    const expectedCharts = model.tables.filter(
      (t) => t.data.chart && t.data.document && resolveRef(t.data.document, t.region) === id,
    ).length;
    expect(charts.length, 'one chart per table with a chart').toBe(form ? 0 : expectedCharts);
    for (const c of charts) expect(alts, 'chart with its text alternative').toContain(c);
    // no heading left alone at the bottom of a page (after the table of contents)
    const headings = [...printHtml.matchAll(/<h([1-4])[^>]*>([\s\S]*?)<\/h\1>/g)].map((m) =>
      key(
        m[2]
          .replace(/<[^>]+>/g, '')
          .replace(/&amp;/g, '&')
          .replace(/&#39;|&#x27;/g, "'")
          .replace(/&quot;/g, '"'),
      ),
    );
    const firstBody = texts.findIndex((t) => t.includes('Inhoud')) + 1;
    bottoms.forEach((line, i) => {
      if (i < firstBody || key(line).length < 6) return;
      expect(
        headings.find((h) => h.endsWith(key(line))),
        `heading alone at the bottom of page ${i + 1}`,
      ).toBeUndefined();
    });
    expect(pdf.numPages).toBe(entry.pages);
    expect((meta.info as any).Title).toBeTruthy();
    assertProperties(lib, entry.file);
    expect((meta.info as any).Subject).toBe(doc.data.summary.replace(/\s+/g, ' ').trim());
    assertFontsEmbedded(lib, entry.file);
    assertPublicLinks(lib, entry.file);
    // internal links have stable names (not the browser's node numbers) and lead somewhere
    for (const name of internalTargets(lib)) {
      expect(name).toMatch(/^d\d{6}$/);
      expect(await pdf.getDestination(name), `target ${name}`).toBeTruthy();
    }
    // text is selectable on every page
    texts.forEach((t, i) => expect(t.length, `text on page ${i + 1}`).toBeGreaterThan(0));
    // "pagina X van Y" on every page but the cover of an edition
    footers.forEach((f, i) => {
      if (i === 0 && !form) expect(f, 'no footer on the cover').not.toMatch(/pagina/);
      else expect(f, `footer of page ${i + 1}`).toContain(`pagina ${i + 1} van ${pdf.numPages}`);
    });
    const catalog = lib.catalog;
    expect(catalog.get(PDFName.of('Lang'))?.toString()).toMatch(/nl/);
    const markInfo = catalog.lookupMaybe(PDFName.of('MarkInfo'), PDFDict);
    expect(markInfo?.get(PDFName.of('Marked'))?.toString()).toBe('true');
    expect(catalog.get(PDFName.of('StructTreeRoot'))).toBeTruthy();
    // chapters as rendered in the print edition
    const chapters = [...printHtml.matchAll(/<h1 id="(h-\d+)" data-chapter-title>(.*?)<\/h1>/g)].map((m) => ({
      id: m[1],
      title: m[2]
        .replace(/<[^>]+>/g, '')
        .replace(/&amp;/g, '&')
        .replace(/&#39;|&#x27;/g, "'"),
    }));
    // Chromium drops the space where a heading wraps: compare without whitespace
    const titles = outline.map((o: any) => key(o.title));
    for (const c of chapters) expect(titles.includes(key(c.title)), `outline has ${c.title}`).toBe(true);
    if (form) {
      // the form itself, its fields in the order of the form template
      // each label stands as text of its own (a row header or a heading, possibly wrapped over
      // a few lines), not inside a sentence, and after the label before it
      const labels = FORM_TEMPLATES[doc.data.type].fields.map((f) => f.label);
      const flat = items.flat().map(key);
      const standsAt = (label: string, from: number) => {
        for (let k = from; k < flat.length; k++) {
          let acc = '';
          for (let m = k; m < Math.min(k + 4, flat.length) && key(label).startsWith(acc + flat[m]); m++) {
            acc += flat[m];
            if (acc === key(label)) return k;
          }
        }
        return -1;
      };
      let at = -1;
      for (const l of labels) {
        const next = standsAt(l, at + 1);
        expect(next, `field "${l}" after the previous one`).toBeGreaterThan(at);
        at = next;
      }
    } else expect(pdf.numPages).toBeGreaterThan(1);
    if (chapters.length && !form) {
      // running header: each chapter's title stands in the header of every page of that chapter
      // (a convenant's articles run on: its pages carry the document's title)
      const starts: { title: string; page: number }[] = [];
      for (const o of outline.slice(outline.findIndex((o) => o.title === 'Inhoud') + 1)) {
        const c = chapters.find((ch) => key(o.title) === key(ch.title));
        if (!c || starts.some((s) => s.title === c.title)) continue;
        const dest = typeof o.dest === 'string' ? await pdf.getDestination(o.dest) : o.dest;
        starts.push({ title: c.title, page: (await pdf.getPageIndex(dest[0])) + 1 });
      }
      expect(starts.length).toBe(chapters.length);
      starts.forEach((s, i) => {
        const end = i + 1 < starts.length ? starts[i + 1].page - 1 : s.page;
        const running = doc.data.type === 'convenant' ? doc.data.title : s.title;
        for (let p = s.page; p <= end; p++) expect(key(headers[p - 1]), `header of page ${p}`).toContain(key(running));
      });
      expect(headers[0], 'no header on the cover').toBe('');
      // a table of contents when there is more than one chapter (one chapter: its paragraphs are the PDF's bookmarks)
      expect(printHtml.includes('class="print-toc'), 'table of contents').toBe(chapters.length > 1);
      if (chapters.length > 1) {
        // The table of contents lists every chapter and its paragraphs as "title .... N". N must be the
        // page that Chromium's outline points at for that heading. Entries are matched in order, since
        // titles can repeat ("Inleiding"); the text is compared without whitespace (pdf.js splits
        // ligatures such as "fi nanciering"), and the page number is its own text item.
        const tocEntries = [...printHtml.matchAll(/data-toc-title="([^"]*)"/g)].map((m) => decode(m[1]));
        expect(tocEntries.length).toBeGreaterThanOrEqual(chapters.length);
        const tocFirst = texts.findIndex((t) => t.includes('Inhoud'));
        expect(tocFirst).toBeGreaterThanOrEqual(0);
        const list = items.slice(tocFirst, starts[0].page - 1).flat();
        const afterToc = outline.slice(outline.findIndex((o: any) => o.title === 'Inhoud') + 1);
        let o = 0;
        let k = 0;
        let checked = 0;
        for (const title of tocEntries) {
          while (o < afterToc.length && key(afterToc[o].title) !== key(title)) o++;
          expect(o, `outline entry for ${title}`).toBeLessThan(afterToc.length);
          const dest = typeof afterToc[o].dest === 'string' ? await pdf.getDestination(afterToc[o].dest) : afterToc[o].dest;
          const page = (await pdf.getPageIndex(dest[0])) + 1;
          o++;
          let acc = '';
          let shown: string | undefined;
          for (; k < list.length; k++) {
            acc += key(list[k]);
            if (acc.endsWith(key(title)) && /^\d+$/.test(list[k + 1]?.trim() ?? '')) {
              shown = list[k + 1].trim();
              k += 2;
              break;
            }
          }
          expect(shown, `TOC entry for ${title}`).toBeDefined();
          expect(Number(shown), `TOC page of ${title}`).toBe(page);
          checked++;
        }
        expect(checked).toBeGreaterThan(0);
      }
    }
  });
}

test('one raadsinformatiebrief per gemeente, each naming its gemeente, with its letterhead and signatories', async () => {
  const letterDocs = model.documents.filter((d) => d.data.letter);
  expect(letterDocs.length).toBeGreaterThanOrEqual(1);
  for (const d of letterDocs) {
    const region = model.regions.find((r) => r.localId === d.region)!;
    const rec = d.data.letter.recipients;
    const expected = region.data.municipalities.filter((g: any) => rec === 'alle' || rec.includes(g.id));
    const letters = manifest[d.id].letters!;
    expect(letters.map((l) => l.gemeente).sort()).toEqual(expected.map((g: any) => g.id).sort());
    if (d.id === 'noord-limburg/raadsinformatiebrief-2025') expect(letters.length).toBe(7);
    for (const g of expected) {
      const l = letters.find((x) => x.gemeente === g.id)!;
      const { pdf, texts, headers, footers, untagged, misplaced, lib } = await open(l.file);
      expect(untagged, 'text outside the structure').toEqual([]);
      expect(misplaced, 'artifacts').toEqual([]);
      expect(pdf.numPages).toBe(l.pages);
      assertFontsEmbedded(lib, l.file);
      assertPublicLinks(lib, l.file);
      assertProperties(lib, l.file);
      expect(lib.getAuthor()).toBe(`Gemeente ${g.name}`);
      // compared without whitespace: a line may wrap anywhere
      const all = key(texts.join(' '));
      expect(all).toContain(key(`Gemeente ${g.name}`));
      expect(all).toContain(key(`Aan de leden van de gemeenteraad van ${g.name}`));
      expect(all).toContain(key(d.data.letter.onderwerp));
      for (const line of g.address) expect(all).toContain(key(line));
      for (const s of g.signatories) {
        expect(all).toContain(key(s.role.charAt(0).toUpperCase() + s.role.slice(1)));
        if (s.name) expect(all).toContain(key(s.name));
      }
      // no other gemeente's letterhead
      for (const other of expected) if (other.id !== g.id) expect(all).not.toContain(key(`gemeenteraad van ${other.name},`));
      // letterhead page without running header; later pages name the gemeente; every page numbered
      expect(headers[0]).toBe('');
      headers.slice(1).forEach((h) => expect(h).toContain(`Gemeente ${g.name}`));
      footers.forEach((f, i) => expect(f).toContain(`pagina ${i + 1} van ${pdf.numPages}`));
    }
  }
});

test('links inside the PDFs point at the public site', async () => {
  // the glossary links in chapter text become links to the public glossary page
  const { lib } = await open(manifest['rivierenland/meerjarenagenda-2026-2030'].file);
  const links = linkTargets(lib);
  expect(links.filter((u) => u.startsWith(`${SITE}/begrippen/#begrip-`)).length).toBeGreaterThan(0);
});

test('the raadsinformatiebrief page links the letter of every gemeente, with size and page count', () => {
  for (const d of model.documents.filter((x) => x.data.letter)) {
    const page = readFileSync(join(DIST, d.region, 'documenten', d.localId, 'index.html'), 'utf8');
    for (const l of manifest[d.id].letters!) {
      expect(page).toContain(`href="/${d.region}/documenten/${d.localId}/brief/${l.gemeente}/"`);
      expect(page).toContain(`href="/${l.file}"`);
      expect(page).toContain(`<span data-pdf-info="${d.id}#${l.gemeente}"> (`);
      expect(page).toMatch(new RegExp(`data-pdf-info="${d.id}#${l.gemeente}"> \\(\\d+ kB, ${l.pages} pagina`));
    }
  }
});
