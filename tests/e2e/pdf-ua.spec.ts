/**
 * PDF/UA-1 and PDF/A-2a as far as a machine can check them without veraPDF (not installable from
 * the registries here), on every PDF of the real build: XMP with the identifications, output
 * intent, structure (tables with scoped header cells, lists, figures with alt text, links in the
 * structure), embedded fonts, no untagged content, and every link inside a PDF resolving (see
 * tests/support/pdf-ua.ts). Also the downloads next to the letters: merged PDF, zip and DOCX.
 */
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { DIST } from './helpers.ts';
import { checkPdfUa } from '../support/pdf-ua.ts';
import { readSettings } from '../../src/settings.ts';
import type { ManifestEntry } from '../../src/integration/pdf.ts';

const SITE = `${readSettings().site}${readSettings().base}`;
const manifest: Record<string, ManifestEntry> = JSON.parse(readFileSync(join(DIST, 'pdf/manifest.json'), 'utf8'));
const files = Object.values(manifest).flatMap((e) => [
  e.file,
  ...(e.letters ?? []).map((l) => l.file),
  ...(e.allLetters ? [e.allLetters.file] : []),
]);

test('every PDF: PDF/UA-1 and PDF/A-2a identification, structure, fonts, tagged content and links', async () => {
  expect(files.length).toBeGreaterThan(20);
  const totals = { pdfs: 0, pages: 0, tables: 0, th: 0, lists: 0, figures: 0, links: 0 };
  const problems: string[] = [];
  for (const file of files) {
    const r = await checkPdfUa(new Uint8Array(readFileSync(join(DIST, file))), { dist: DIST, site: SITE });
    problems.push(...r.problems.map((p) => `${file}: ${p}`));
    totals.pdfs++;
    for (const k of ['pages', 'tables', 'th', 'lists', 'figures', 'links'] as const) totals[k] += r.counts[k];
  }
  expect(problems).toEqual([]);
  // the checks saw what they check: real tables, lists, figures and links
  expect(totals.tables).toBeGreaterThan(10);
  expect(totals.lists).toBeGreaterThan(10);
  expect(totals.figures).toBeGreaterThan(3);
  expect(totals.links).toBeGreaterThan(50);
  console.log(`pdf-ua: ${JSON.stringify(totals)}`);
});

test('the letters of a raadsinformatiebrief: one merged PDF, a zip with named files, a DOCX per gemeente with its text', async () => {
  const docs = Object.entries(manifest).filter(([, e]) => e.letters?.length);
  expect(docs.length).toBeGreaterThan(0);
  for (const [, e] of docs) {
    const all = e.allLetters!;
    expect(all.pages).toBe(e.letters!.reduce((n, l) => n + l.pages, 0));
    const zip = unzipSync(new Uint8Array(readFileSync(join(DIST, all.zip!))));
    const names = Object.keys(zip);
    expect(names).toHaveLength(e.letters!.length * 2 + 1);
    for (const n of names) expect(n).toMatch(/^[A-Za-z0-9._-]+\.(pdf|docx)$/);
    for (const l of e.letters!) {
      const docx = unzipSync(new Uint8Array(readFileSync(join(DIST, l.docx!))));
      const body = strFromU8(docx['word/document.xml']).replace(/<[^>]+>/g, '');
      const pdfText = readFileSync(join(DIST, l.file.replace(/\.pdf$/, '.docx'))).length;
      expect(pdfText).toBe(l.docxBytes);
      const gemeente = body.match(/Gemeente ([^<]+?)Datum/)?.[1];
      expect(gemeente, 'the DOCX opens with the gemeente').toBeTruthy();
      expect(body).toContain('Geachte leden van de gemeenteraad');
      expect(body).toContain(`van ${gemeente},`);
      expect(strFromU8(docx['docProps/core.xml'])).toContain('<dc:title>Raadsinformatiebrief');
    }
  }
});
