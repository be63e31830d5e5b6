/**
 * Versions of the real documents from the git history of content/: each document with a history
 * links its versions page; every later version has a comparison chapter by chapter whose
 * changes carry text labels (not colour alone); axe on both pages. The diff itself is tested on
 * a temporary repository (tests/unit/versions.test.ts).
 */
import { expect, test } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { getModel } from '../../src/model/index.ts';
import { outputs } from '../../src/model/outputs.ts';
import { versionsOf } from '../../src/model/versions.ts';

const { model } = getModel('content');
const list = outputs(model);
const diffs = list.filter((o) => o.kind === 'version-diff');
const withHistory = model.documents.filter((d) => versionsOf('content', d.id).length > 0);

test('every document with a history lists its versions with date and status', async ({ page }) => {
  test.skip(withHistory.length === 0, 'content/ has no git history here');
  for (const d of withHistory.slice(0, 3)) {
    const versions = versionsOf('content', d.id);
    await page.goto(`/${d.region}/documenten/${d.localId}/`);
    await expect(page.getByRole('link', { name: 'Versies en wijzigingen' })).toHaveAttribute(
      'href',
      `/${d.region}/documenten/${d.localId}/versies/`,
    );
    await page.goto(`/${d.region}/documenten/${d.localId}/versies/`);
    await expect(page.locator('[data-versions] tbody tr')).toHaveCount(versions.length);
    await expect(page.locator('[data-versions] tbody tr').first()).toContainText(versions[0].subject);
  }
});

test('a comparison names each chapter’s change in words and marks passages with labels', async ({ page }) => {
  test.skip(diffs.length === 0, 'no document has two versions here');
  const o = diffs[diffs.length - 1];
  await page.goto(`/${o.path}`);
  await expect(page.locator('h1')).toContainText('Wat is er veranderd in');
  const items = await page.locator('[data-chapter-changes] li').allInnerTexts();
  for (const t of items) expect(t).toMatch(/: (nieuw hoofdstuk|hoofdstuk verwijderd|gewijzigd|ongewijzigd)/);
  for (const p of await page.locator('[data-passage]').all()) {
    const kind = await p.getAttribute('data-passage');
    await expect(p.locator('.passage__label')).toHaveText(
      kind === 'toegevoegd' ? 'Toegevoegd:' : kind === 'verwijderd' ? 'Verwijderd:' : /^Gewijzigd/,
    );
  }
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

test('the print edition of a document with an earlier version lists the changes since that version on its cover', async ({ page }) => {
  const doc = withHistory.find((d) => versionsOf('content', d.id).length > 1);
  test.skip(!doc, 'no document has two versions here');
  await page.goto(`/${doc!.region}/documenten/${doc!.localId}/print/`);
  await expect(page.locator('.cover [data-changes-since]')).toHaveText(
    new RegExp(`^Versie ${versionsOf('content', doc!.id).length} \\(.+\\), ten opzichte van versie \\d+: .+\\.$`),
  );
});
