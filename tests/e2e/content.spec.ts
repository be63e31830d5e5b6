/** The five regions are complete on the built site, with their exact figures. */
import { expect, test } from '@playwright/test';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { loadContent } from '../../src/model/load.ts';
import { DIST, html } from './helpers.ts';

const { model, errors } = loadContent('content', { compileMdx: false });

test('the content is valid', () => {
  expect(errors).toEqual([]);
  expect(model.regions.map((r) => r.localId).sort()).toEqual([
    'gooi-en-vechtstreek',
    'noord-limburg',
    'rijnmond',
    'rivierenland',
    'zuid-kennemerland-en-ijmond',
  ]);
});

const FIGURES: Record<string, string[]> = {
  rivierenland: ['94,9', '€ 4.111.805', '€ 4.211.696', '364.000'],
  'noord-limburg': ['€ 947.500', '€ 927.500', '€ 650.000', '290.000'],
  'gooi-en-vechtstreek': ['12.106', '1.034.173', '2.914', '74%'],
  rijnmond: ['720.900', '732.300', '28.500', '71,4%'],
  'zuid-kennemerland-en-ijmond': ['8.387', '212.000', '150.900', '12.840'],
};

for (const [region, figures] of Object.entries(FIGURES)) {
  test(`${region}: exact figures on the figures page`, async ({ page }) => {
    await page.goto(`/${region}/cijfers/`);
    const text = (await page.locator('main').innerText()).replace(/\u00a0/g, ' ');
    for (const f of figures) expect(text, f).toContain(f);
  });

  test(`${region}: every document and chapter is published`, async ({ page }) => {
    const docs = model.documents.filter((d) => d.region === region);
    expect(docs.length).toBeGreaterThan(0);
    await page.goto(`/${region}/`);
    for (const d of docs) {
      await expect(page.getByRole('region', { name: 'Documenten' }).getByRole('link', { name: d.data.title, exact: true })).toBeVisible();
      const chapters = model.chapters.filter((c) => c.document === d.id);
      for (const c of chapters) {
        const path = `/${region}/documenten/${d.localId}/${c.localId}/`;
        expect(existsSync(join(DIST, path, 'index.html')), path).toBe(true);
        expect(html(path)).toContain(c.data.title.replace(/&/g, '&amp;').slice(0, 20));
      }
    }
    for (const t of model.tables.filter((x) => x.region === region))
      expect(html(`/${region}/cijfers/`)).toContain(`id="tabel-${t.localId}"`);
    for (const a of model.actions.filter((x) => x.region === region))
      expect(html(`/${region}/uitvoering/`)).toContain(`id="actie-${a.localId.replace(/\./g, '-')}"`);
    for (const b of model.bodies.filter((x) => x.region === region))
      expect(html(`/${region}/organisatie/`)).toContain(`id="overleg-${b.localId}"`);
  });
}

test('Noord-Limburg keeps the stated € 947.500 and shows the difference with the rows', async ({ page }) => {
  await page.goto('/noord-limburg/cijfers/');
  const diff = page.locator('[data-total-difference]').filter({ hasText: '947.500' });
  await expect(diff).toContainText('927.500');
});

test('every glossary term is on the glossary page', () => {
  const g = html('/begrippen/');
  for (const t of model.glossary) expect(g).toContain(`id="begrip-${t.region}-${t.localId}"`);
});

test('Gooi en Vechtstreek: 21 memo items and the 2026 meeting line-up', async ({ page }) => {
  await page.goto('/gooi-en-vechtstreek/uitvoering/');
  for (let i = 1; i <= 21; i++) await expect(page.locator(`#actie-${i}`)).toHaveCount(1);
  await page.goto('/gooi-en-vechtstreek/organisatie/');
  await expect(page.locator('#vergadering-rb-2026-05-07')).toContainText('7 mei 2026');
});

test('Rivierenland: the intended effects (Beoogde effecten) of all 22 activities are on the actions page', () => {
  const withEffects = model.actions.filter((a) => a.region === 'rivierenland' && a.data.effects.length > 0);
  expect(withEffects.length).toBe(22);
  const page = html('/rivierenland/uitvoering/');
  expect(page.match(/<dt>Beoogde effecten<\/dt>/g)?.length).toBe(22);
  expect(page).toContain('Minder discriminatie op de arbeidsmarkt in de regio');
});

test('national tables stand with their national document, not among a region’s figures', async ({ page }) => {
  const national = model.tables.filter((t) => t.region === 'landelijk');
  expect(national.map((t) => t.localId).sort()).toEqual([
    'handreiking-bijlage-2-programmas',
    'handreiking-tabel-1-aanbod',
    'handreiking-tabel-2-vraag',
    'handreiking-tabel-3-mismatch',
    'kamerbrief-financiering',
  ]);
  for (const t of national) {
    const doc = String(t.data.document);
    const marker = `id="tabel-${t.localId}"`;
    expect(html(`/landelijk/documenten/${doc}/${t.data.chapter}/`), t.localId).toContain(marker);
    expect(html(`/landelijk/documenten/${doc}/print/`), t.localId).toContain(marker);
    expect(existsSync(join(DIST, 'landelijk/cijfers', `${t.localId}.csv`)), t.localId).toBe(true);
    for (const r of model.regions) expect(html(`/${r.localId}/cijfers/`), `${r.localId}: ${t.localId}`).not.toContain(marker);
  }
  // the Kamerbrief's amounts in millions, in its chapter on governance
  await page.goto('/landelijk/documenten/kamerbrief-2024/04-governance/');
  const table = page.getByRole('table', { name: /Landelijke financiering arbeidsmarktinfrastructuur/ });
  await expect(table.getByRole('row', { name: /Bestaande structurele middelen/ })).toContainText('€ 23,5 mln.');
  // Handreiking bijlage 1: each source with the address the Handreiking gives, as a link
  await page.goto('/landelijk/documenten/handreiking-meerjarenagenda-2024/06-bijlage-1/');
  const aanbod = page.getByRole('table', { name: /Bronnen voor 'het aanbod'/ });
  await expect(aanbod.getByRole('row', { name: /Dashboard Regiobeeld/ }).getByRole('link')).toHaveAttribute(
    'href',
    'https://www.regiobeeld.nl',
  );
  await expect(aanbod.getByRole('row', { name: /Cijfers banenafspraak/ }).getByRole('link')).toHaveCount(2);
});

test('a link to another site shows its address on paper, not on screen', async ({ page }) => {
  await page.goto('/landelijk/documenten/kamerbrief-2024/03-ondersteuningsbehoefte/');
  const address = page.locator('.prose .print-address').first();
  const url = 'https://www.rijksoverheid.nl/documenten/vergaderstukken/2023/12/07/memo-inzicht-werkzoekendenbestand-bijstandsgerechtigden';
  await expect(address).toHaveText(` (${url})`);
  await expect(address).toBeHidden();
  await page.emulateMedia({ media: 'print' });
  await expect(address).toBeVisible();
  // the print edition (and so its PDF) has it as text of the page
  await page.emulateMedia({ media: 'screen' });
  await page.goto('/landelijk/documenten/kamerbrief-2024/print/');
  await expect(page.locator('.print-address', { hasText: url })).toBeVisible();
});
