/**
 * Lighthouse (mobile, its default simulated throttling) on one page of every page type of the built
 * site. Accessibility, best practices and SEO must score 100 (on an indexable page; print editions
 * and letters are noindex on purpose, so SEO is not asserted there). Performance is a timing figure
 * and this machine is shared, so the test asserts what makes it, on bytes and requests: no
 * render-blocking resources, no script before the first paint beyond the page's own, and a total
 * transfer within budget; the scores themselves are reported by `npm run lighthouse` (medians).
 */
import { test, expect, chromium } from '@playwright/test';
import { lighthousePages, runLighthouse, type LhResult } from '../lighthouse.ts';
import { launchArgs } from '../../src/integration/browser.ts';

const port = Number(process.env.MJA_PORT ?? 4329);
const origin = `http://127.0.0.1:${port}`;
const list = lighthousePages();

test.describe.configure({ mode: 'parallel' });

for (const { kind, path, indexable } of list) {
  test(`Lighthouse: ${kind} (${path})`, async () => {
    test.setTimeout(120_000);
    const debugPort = 9300 + (port % 100) + test.info().parallelIndex;
    const browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
      args: [...launchArgs, `--remote-debugging-port=${debugPort}`],
    });
    let r: LhResult;
    try {
      r = await runLighthouse(`${origin}${path}`, debugPort);
    } finally {
      await browser.close();
    }
    const failing = (cat: string) => r.failedAudits[cat]?.join(', ') || '';
    expect(r.scores.accessibility, `toegankelijkheid: ${failing('accessibility')}`).toBe(1);
    expect(r.scores['best-practices'], `best practices: ${failing('best-practices')}`).toBe(1);
    if (indexable) expect(r.scores.seo, `SEO: ${failing('seo')}`).toBe(1);
    expect(r.audits['render-blocking-resources'] ?? 1, 'bronnen die het eerste beeld ophouden').toBe(1);
    expect(r.audits['errors-in-console'], 'fouten in de console').toBe(1);
    expect(r.totalBytes, 'totale overdracht (bytes)').toBeLessThan(kind === 'figures' ? 160_000 : 120_000);
  });
}

test('every HTML page type has a page in the Lighthouse list', () => {
  expect(new Set(list.map((p) => p.kind)).size).toBe(list.length);
  expect(list.length).toBeGreaterThanOrEqual(15);
});
