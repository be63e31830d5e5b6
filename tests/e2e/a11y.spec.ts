/**
 * axe (WCAG 2.0, 2.1 and 2.2, levels A and AA) on every built page, in a few batches that run in
 * parallel workers. axe-core runs in the page itself (the same engine @axe-core/playwright uses, without
 * its extra page per run, which took twice as long; the site has no frames to follow).
 */
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { pages } from './helpers.ts';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const require = createRequire(createRequire(import.meta.url).resolve('@axe-core/playwright'));
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
// every page, plus the 404 page (served for any unknown address)
const all = [...pages(), '/bestaat-niet/'];
const BATCHES = 4;

test('axe covers every page type', () => {
  expect(all.length).toBeGreaterThan(100);
  for (const re of [
    /^\/$/,
    /\/cijfers\/$/,
    /\/uitvoering\/$/,
    /\/organisatie\/$/,
    /\/documenten\/[^/]+\/[^/]+\/$/,
    /\/print\/$/,
    /\/brief\/[^/]+\/$/,
    /^\/zoeken\/$/,
    /^\/themas\/[^/]+\/$/,
  ])
    expect(
      all.some((p) => re.test(p)),
      String(re),
    ).toBe(true);
});

for (let b = 0; b < BATCHES; b++) {
  const batch = all.filter((_, i) => i % BATCHES === b);
  test(`axe: no WCAG 2.2 AA violations, pages ${b + 1}/${BATCHES} (${batch.length})`, async ({ page }) => {
    test.setTimeout(60_000 + batch.length * 3_000);
    const problems: string[] = [];
    for (const path of batch) {
      await page.goto(path);
      await page.evaluate(AXE);
      const violations = await page.evaluate(
        async (tags) =>
          (await (window as any).axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] })).violations.map(
            (v: any) =>
              `${v.id}: ${v.nodes
                .slice(0, 3)
                .map((n: any) => n.target.join(' '))
                .join(' | ')}`,
          ),
        TAGS,
      );
      for (const v of violations) problems.push(`${path} ${v}`);
    }
    expect(problems).toEqual([]);
  });
}
