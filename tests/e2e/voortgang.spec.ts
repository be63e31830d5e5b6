/**
 * The Voortgang pages of the real regions: the sources hold no realisations or status updates,
 * so every region says so honestly ("nog geen voortgangsrapportage", "nog geen meting") and shows
 * its targets as the sources state them. The full views are tested on the fixture
 * (tests/build/monitoring-site.test.ts).
 */
import { expect, test } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadContent } from '../../src/model/load.ts';
import { DIST } from './helpers.ts';

const { model } = loadContent('content', { compileMdx: false });

for (const r of model.regions) {
  const reports = model.monitoring.filter((m) => m.region === r.localId);
  test(`Voortgang ${r.localId}: linked from the region page, no invented stands or measurements`, async ({ page }) => {
    expect(readFileSync(join(DIST, r.localId, 'index.html'), 'utf8')).toContain(`href="/${r.localId}/voortgang/"`);
    await page.goto(`/${r.localId}/voortgang/`);
    await expect(page.locator('h1')).toHaveText(`Voortgang ${r.data.name}`);
    if (reports.length === 0) {
      await expect(page.locator('[data-no-report]')).toContainText('Nog geen voortgangsrapportage');
      await expect(page.locator('[data-stand]')).toHaveCount(0);
    }
    const measured = model.monitoring.some((m) => m.region === r.localId && m.data.indicators.length > 0);
    // every target of the region is listed; without reports each says "nog geen meting"
    const targets = model.indicators.filter((i) => i.region === r.localId && (i.data.kind === 'doel' || i.data.target || i.data.baseline));
    await expect(page.locator('[data-kpi-row]')).toHaveCount(targets.length);
    if (!measured) {
      for (const row of await page.locator('[data-kpi-row] td:nth-child(3)').allInnerTexts()) expect(row).toBe('nog geen meting');
      await expect(page.locator('.kpi-progress')).toHaveCount(0);
    }
    const csv = readFileSync(join(DIST, r.localId, 'voortgang', 'acties.csv'), 'utf8')
      .trim()
      .split('\n');
    expect(csv.length - 1).toBe(reports.reduce((n, m) => n + m.data.actions.length, 0));
  });
}

test('the national view says per opgave which regions have no report yet', async ({ page }) => {
  await page.goto('/voortgang/');
  await expect(page.locator('[data-opgave]')).toHaveCount(4);
  for (const r of model.regions.filter((x) => !model.monitoring.some((m) => m.region === x.localId))) {
    for (const cell of await page.locator(`tr[data-region="${r.localId}"] td:nth-child(2)`).allInnerTexts())
      expect(cell).toBe('nog geen voortgangsrapportage');
  }
});

test('axe: no WCAG 2.2 AA violations on the Voortgang page of a region with many targets', async ({ page }) => {
  await page.goto('/rivierenland/voortgang/');
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  expect(
    results.violations.map(
      (v) =>
        `${v.id}: ${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(' '))
          .join(' | ')}`,
    ),
  ).toEqual([]);
});
