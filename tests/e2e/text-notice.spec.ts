/**
 * Texts in our own words (bewerking) say so: the notice with the original's title and where to find
 * it stands on the document page, on every chapter page, in the print edition (so in the PDF) and in
 * every letter. Inside an article nothing is added: explanations stand on a separate Toelichting page.
 */
import { expect, test } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { loadContent } from '../../src/model/load.ts';
import { DIST, html } from './helpers.ts';

const { model } = loadContent('content', { compileMdx: false });
const adapted = model.documents.filter((d) => d.data.text?.kind === 'bewerking');
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
const notice = (page: string) => {
  const m = page.match(/<aside class="text-notice"[\s\S]*?<\/aside>/);
  return m ? m[0] : '';
};
/** Chapter pages carry one line that links to the full notice on the document's page. */
const shortNotice = (page: string) => {
  const m = page.match(/<p class="text-notice text-notice--compact"[\s\S]*?<\/p>/);
  return m ? m[0] : '';
};

test('every document says whether its text is the original or an adaptation', () => {
  expect(model.documents.length).toBeGreaterThan(0);
  for (const d of model.documents) expect(d.data.text?.kind, d.id).toBe('bewerking');
});

test('an adapted document carries the notice on its page, its chapter pages, its print edition and its letters', () => {
  expect(adapted.length).toBeGreaterThan(0);
  for (const d of adapted) {
    const base = `/${d.region}/documenten/${d.localId}/`;
    const paths = [base, `${base}print/`];
    for (const c of model.chapters.filter((x) => x.document === d.id)) {
      const n = shortNotice(html(`${base}${c.localId}/`));
      expect(n, c.id).toMatch(/Bewerkte weergave; de (vastgestelde|oorspronkelijke) tekst is leidend\./);
      expect(n, c.id).toContain(`href="${base}#over-de-tekst"`);
    }
    expect(notice(html(base)), base).toContain('id="over-de-tekst"');
    if (d.data.letter) {
      const region = model.regions.find((r) => r.localId === d.region)!;
      for (const g of region.data.municipalities)
        if (existsSync(join(DIST, `${base}brief/${g.id}/index.html`))) paths.push(`${base}brief/${g.id}/`);
    }
    for (const p of paths) {
      const n = notice(html(p));
      expect(n, p).toMatch(/Bewerkte weergave; de (vastgestelde|oorspronkelijke) tekst is leidend\./);
      expect(n, p).toContain(esc(d.data.text!.source).slice(0, 30));
      expect(n, p).toContain('Vindplaats:');
    }
  }
});

test('the signed convenant says the adopted text is leading, with its date, on screen', async ({ page }) => {
  await page.goto('/gooi-en-vechtstreek/documenten/convenant-regionaal-beraad/');
  const n = page.getByRole('note', { name: 'Bewerkte weergave' });
  await expect(n).toBeVisible();
  await expect(n).toContainText('Bewerkte weergave; de vastgestelde tekst is leidend.');
  await expect(n).toContainText('Convenant Regionaal Beraad Gooi en Vechtstreek, 12 december 2025');
});

test('the notice is on the first page of the PDF of an adapted document and of a letter', async () => {
  for (const file of ['pdf/gooi-en-vechtstreek-convenant-regionaal-beraad.pdf', 'pdf/noord-limburg-raadsinformatiebrief-2025-venlo.pdf']) {
    const data = new Uint8Array(readFileSync(join(DIST, file)));
    const pdf = await getDocument({ data, isEvalSupported: false }).promise;
    const first = (await (await pdf.getPage(1)).getTextContent()).items
      .map((x: any) => x.str)
      .join(' ')
      .replace(/\s+/g, ' ');
    await pdf.destroy();
    expect(first, file).toContain('Bewerkte weergave');
  }
});

test('articles of the convenant add nothing; reader explanations stand on a separate Toelichting page', () => {
  const base = '/gooi-en-vechtstreek/documenten/convenant-regionaal-beraad/';
  const art14 = html(`${base}14-artikel-14-inwerkingtreding/`);
  expect(art14).not.toContain('Wat merkt een inwoner');
  expect(art14).toContain('12 december 2025');
  const art5 = html(`${base}05-artikel-5-regionaal-beraad/`);
  expect(art5).not.toContain('Omdat Hilversum de centrumgemeente is');
  const toelichting = html(`${base}16-toelichting/`);
  expect(toelichting).toContain('geen onderdeel van het convenant');
});
