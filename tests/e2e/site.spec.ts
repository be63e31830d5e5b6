import { expect, test } from '@playwright/test';
import { parseCsv } from '../../src/core/csv.ts';
import { html, pages, watchForeignRequests } from './helpers.ts';

const GV = '/gooi-en-vechtstreek/';

test('home lists every region with its key figures, in Dutch', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Meerjarenagenda’s van de arbeidsmarktregio’s');
  const regions = page
    .locator('.cards')
    .first()
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { level: 3 }) });
  await expect(regions.getByRole('link', { name: 'Gooi en Vechtstreek' })).toBeVisible();
  for (const name of ['Rijnmond', 'Rivierenland', 'Noord-Limburg', 'Zuid-Kennemerland en IJmond', 'Gooi en Vechtstreek']) {
    await expect(page.locator('.cards').first().getByRole('link', { name, exact: true })).toBeVisible();
  }
  await expect(page.locator('.cards').first().locator(':scope > li')).toHaveCount(5);
  await expect(page.getByRole('search').first()).toBeVisible();
});

test('region page: key figures, documents with status, werkcentrum and gemeenten', async ({ page }) => {
  await page.goto(GV);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Arbeidsmarktregio Gooi en Vechtstreek');
  await expect(page.locator('.tile').first()).toBeVisible();
  const docs = page.getByRole('region', { name: 'Documenten' }).locator('tbody tr');
  expect(await docs.count()).toBeGreaterThanOrEqual(3);
  await expect(docs.filter({ hasText: 'Convenant' }).locator('.badge')).toBeVisible();
  await expect(page.getByText('Hilversum (centrumgemeente)')).toBeVisible();
  await expect(page.getByText('Werkcentrum Gooi en Vechtstreek').first()).toBeVisible();
});

test('document page: status badge, decision history, table of contents, print and PDF links', async ({ page }) => {
  await page.goto(GV);
  await page
    .getByRole('region', { name: 'Documenten' })
    .getByRole('link', { name: /Convenant/ })
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Convenant');
  await expect(page.locator('.badge').first()).toBeVisible();
  const decisions = page.getByRole('region', { name: 'Besluitvorming' });
  await expect(decisions).toContainText('12 december 2025');
  await expect(decisions).toContainText('Regionaal Beraad');
  await expect(page.locator('ol.toc li').first()).toBeVisible();
  await expect(page.getByRole('link', { name: 'Afdrukversie' })).toBeVisible();
  await expect(page.getByRole('breadcrumb' as any).or(page.getByRole('navigation', { name: 'Kruimelpad' }))).toContainText('Documenten');
});

test('a concept document says so unmistakably', async ({ page }) => {
  const concept = pages().find(
    (p) => /\/documenten\/[^/]+\/$/.test(p) && /<\/h1>\s*(<p class="lead">.*?<\/p>\s*)?<p><span class="badge badge--concept"/.test(html(p)),
  );
  test.skip(!concept, 'no concept document in the content');
  await page.goto(concept!);
  await expect(page.locator('.concept-banner')).toContainText('nog niet vastgesteld');
});

test('chapter page: numbered heading, breadcrumbs, table of contents and previous/next', async ({ page }) => {
  await page.goto(GV + 'documenten/convenant-regionaal-beraad/');
  const first = page.locator('ol.toc a').first();
  await first.click();
  await expect(page.getByRole('navigation', { name: 'Inhoudsopgave' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Kruimelpad' })).toContainText('Gooi en Vechtstreek');
  await expect(page.locator('.toc a[aria-current="page"]')).toHaveCount(1);
  const next = page.getByRole('link', { name: /Volgende/ });
  await expect(next).toBeVisible();
  const target = await next.getAttribute('href');
  await next.click();
  await expect(page).toHaveURL(new RegExp(target!.replace(/\//g, '\\/') + '$'));
  await expect(page.getByRole('link', { name: /Vorige/ })).toBeVisible();
  expect((await page.locator('article.prose').innerText()).length).toBeGreaterThan(200);
});

test('figures page: chart canvas with text alternative, table and CSV with the same numbers', async ({ page, request }) => {
  const withChart = pages().filter((p) => p.endsWith('/cijfers/') && html(p).includes('data-chart-config'));
  expect(withChart.length).toBeGreaterThan(0);
  for (const path of withChart) {
    await page.goto(path);
    // charts are drawn when they come near the screen
    for (const c of await page.locator('canvas[data-chart-config]').all()) await c.scrollIntoViewIfNeeded();
    await expect
      .poll(() => page.locator('canvas[data-chart-config]').evaluateAll((cs) => cs.every((c) => 'drawn' in (c as HTMLElement).dataset)))
      .toBe(true);
    const figure = page
      .locator('section.figure')
      .filter({ has: page.locator('canvas') })
      .first();
    const canvas = figure.locator('canvas');
    await expect(canvas).toHaveAttribute('role', 'img');
    expect((await canvas.getAttribute('aria-label'))!.length).toBeGreaterThan(20);
    // chart.js drew something
    await expect
      .poll(async () =>
        canvas.evaluate((c: HTMLCanvasElement) => {
          const d = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
          for (let i = 3; i < d.length; i += 4) if (d[i] > 0) return true;
          return false;
        }),
      )
      .toBe(true);
    // the category axis of every chart shows the rows' labels (not their index numbers)
    const axes = await page
      .locator('canvas[data-chart-config]')
      .evaluateAll((cs) =>
        cs.map((c) => ({ cfg: JSON.parse((c as HTMLElement).dataset.chartConfig!), shown: (c as HTMLElement).dataset.axisLabels })),
      );
    for (const { cfg, shown } of axes) {
      if (cfg.type === 'pie' || cfg.type === 'doughnut') continue;
      const ticks = JSON.parse(shown ?? '[]').map(String);
      expect(ticks.length, `${path}: axis labels`).toBeGreaterThan(0);
      for (const t of ticks) expect(cfg.labels, `${path}: axis label "${t}"`).toContain(t);
    }
    const cells = await figure
      .locator('tbody tr')
      .evaluateAll((rows) =>
        rows.map((r) => [...r.querySelectorAll('th, td')].map((c) => (c as HTMLElement).dataset.value ?? c.textContent!.trim())),
      );
    const href = await figure.getByRole('link', { name: /Download de gegevens/ }).getAttribute('href');
    const csv = parseCsv(await (await request.get(href!)).text());
    const body = csv.slice(1, 1 + cells.length);
    expect(body.length).toBe(cells.length);
    body.forEach((row, i) => {
      row.forEach((v, j) => {
        // numbers as Dutch Excel reads them: decimal comma, no thousands separator
        if (j > 0) expect(v, `${path} row ${i} col ${j}: no decimal point`).not.toMatch(/^-?\d+\.\d+$/);
        if (/^-?\d+(,\d+)?$/.test(v)) expect(Number(cells[i][j]), `${path} row ${i} col ${j}`).toBe(Number(v.replace(',', '.')));
      });
    });
  }
});

test('charts: chart.js loads only when a chart comes near the screen; the tables are always there', async ({ page }) => {
  const path = pages().find((p) => p.endsWith('/cijfers/') && (html(p).match(/data-chart-config/g) ?? []).length > 1)!;
  const scripts: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.push(r.url());
  });
  // a low window: no chart is near the first screen
  await page.setViewportSize({ width: 1280, height: 300 });
  await page.goto(path);
  await page.waitForLoadState('networkidle');
  const canvases = page.locator('canvas[data-chart-config]');
  const drawn = () => canvases.evaluateAll((cs) => cs.map((c) => 'drawn' in (c as HTMLElement).dataset));
  const before = await drawn();
  // the last chart is far below the first screen: not drawn yet
  expect(before.at(-1)).toBe(false);
  const loadedBefore = scripts.filter((u) => /chart/i.test(u.split('/').pop()!)).length;
  expect(before.some(Boolean)).toBe(false);
  expect(loadedBefore, `chart.js geladen zonder grafiek in beeld: ${scripts.join(', ')}`).toBe(1); // only the small loader
  await expect(page.locator('table.data-table').last()).toBeAttached();
  await canvases.last().scrollIntoViewIfNeeded();
  await expect.poll(async () => (await drawn()).at(-1)).toBe(true);
  expect(scripts.filter((u) => /chart/i.test(u.split('/').pop()!)).length).toBeGreaterThan(loadedBefore);
});

test('stated totals that differ from the rows are flagged', async ({ page }) => {
  const path = pages().find((p) => p.endsWith('/cijfers/') && html(p).includes('data-total-difference'));
  test.skip(!path, 'no table with a differing total');
  await page.goto(path!);
  await expect(page.locator('[data-total-difference]').first()).toContainText('wijkt af van de som van de rijen');
});

test('actions page: filter by theme and type, everything listed without JavaScript', async ({ page, browser }) => {
  const path = pages().find((p) => p.endsWith('/uitvoering/') && (html(p).match(/data-action /g) ?? []).length > 3)!;
  await page.goto(path);
  const all = await page.locator('[data-action]').count();
  const form = page.getByRole('form', { name: 'Acties filteren' });
  await expect(form).toBeVisible();
  const options = await form
    .getByLabel('Thema')
    .locator('option')
    .evaluateAll((o) => o.map((x) => (x as HTMLOptionElement).value).filter(Boolean));
  await form.getByLabel('Thema').selectOption(options[0]);
  const shown = page.locator('[data-action]:visible');
  const n = await shown.count();
  expect(n).toBeGreaterThan(0);
  expect(n).toBeLessThanOrEqual(all);
  for (const themes of await shown.evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.themes!)))
    expect(themes.split(' ')).toContain(options[0]);
  await expect(page.locator('#action-count')).toHaveText(new RegExp(`^${n} acties?$`));
  const types = await form
    .getByLabel('Soort')
    .locator('option')
    .evaluateAll((o) => o.map((x) => (x as HTMLOptionElement).value).filter(Boolean));
  await form.getByLabel('Thema').selectOption('');
  await form.getByLabel('Soort').selectOption(types[0]);
  for (const t of await page.locator('[data-action]:visible').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.type)))
    expect(t).toBe(types[0]);

  const ctx = await browser.newContext({ javaScriptEnabled: false });
  const p2 = await ctx.newPage();
  await p2.goto(new URL(path, page.url()).href);
  await expect(p2.locator('[data-action]:visible')).toHaveCount(all);
  await expect(p2.getByRole('form', { name: 'Acties filteren' })).toBeHidden();
  await ctx.close();
});

test('governance page: bodies with decision rules, meeting calendar and routes', async ({ page }) => {
  await page.goto(GV + 'organisatie/');
  await expect(page.getByRole('heading', { name: /^Regionaal Beraad/ }).first()).toBeVisible();
  await expect(page.locator('#vergaderkalender')).toBeVisible();
  expect(await page.locator('table.calendar tbody tr').count()).toBeGreaterThanOrEqual(10);
  await expect(page.getByText('Besluitvorming').first()).toBeVisible();
});

test('themes compare regions side by side', async ({ page }) => {
  await page.goto('/themas/');
  await page.getByRole('link', { name: 'Sociale opgave' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sociale opgave');
  const cols = page.locator('.compare > section');
  expect(await cols.count()).toBeGreaterThanOrEqual(1);
  await expect(cols.filter({ hasText: 'Gooi en Vechtstreek' }).locator('li').first()).toBeVisible();
});

test('glossary, accessibility statement, open data, feed, sitemap and 404', async ({ page, request }) => {
  await page.goto('/begrippen/');
  expect(await page.locator('.glossary__entry').count()).toBeGreaterThan(5);
  await page.goto('/toegankelijkheid/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Toegankelijkheidsverklaring');
  await page.goto('/open-data/');
  const csvLinks = page.locator('a[href$=".csv"]');
  expect(await csvLinks.count()).toBeGreaterThan(5);
  const feed = await (await request.get('/feed.xml')).text();
  expect(feed).toContain('<feed xmlns="http://www.w3.org/2005/Atom"');
  expect(feed).toContain('Convenant');
  const sitemap = await (await request.get('/sitemap.xml')).text();
  expect(sitemap).toContain('/gooi-en-vechtstreek/cijfers/</loc>');
  // print editions and letters are noindex and stay out of the sitemap
  expect(sitemap).not.toMatch(/\/(print|brief\/[^/<]+)\/<\/loc>/);
  expect(sitemap).toContain('/noord-limburg/documenten/raadsinformatiebrief-2025/01-brief/</loc>');
  const missing = await page.goto('/bestaat-niet/');
  expect(missing!.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Pagina niet gevonden');
});

test('Open Graph metadata on every page type', async ({ page }) => {
  await page.goto(GV);
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', /Gooi en Vechtstreek/);
  await expect(page.locator('meta[property="og:locale"]')).toHaveAttribute('content', 'nl_NL');
});

test('pages without interaction load no JavaScript', () => {
  // (the glossary has a region filter since it lists each term once; the organisatie page marks the
  // meetings that have been held by the reader's own date)
  for (const p of ['/', GV, GV + 'documenten/', '/themas/']) {
    expect(html(p), p).not.toMatch(/<script(?![^>]*type="application\/(ld\+)?json")/);
  }
});

test('no request leaves the site', async ({ page }) => {
  const origin = new URL(test.info().project.use.baseURL!).origin;
  const foreign = watchForeignRequests(page, origin);
  for (const p of pages()
    .filter((x) => /cijfers|uitvoering|documenten\/[^/]+\/[^/]+\/$/.test(x))
    .slice(0, 12)
    .concat(['/', '/zoeken/?q=werk'])) {
    await page.goto(p);
    await page.waitForLoadState('networkidle');
  }
  expect(foreign).toEqual([]);
});

test('keyboard: skip link first, focus visible', async ({ page }) => {
  await page.goto(GV);
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Naar de inhoud' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
  expect(outline).not.toBe('none');
});

test('abbreviations in chapter text are marked and linked to their glossary entry', async ({ page }) => {
  await page.goto(GV + 'documenten/memo-rwc-2026/01-doel/');
  const abbr = page.locator('article abbr[title]').first();
  await expect(abbr).toBeVisible();
  const term = await abbr.innerText();
  const expansion = (await abbr.getAttribute('title'))!;
  const link = page
    .locator('a.abbr-link')
    .filter({ has: page.locator('abbr') })
    .first();
  const href = await link.getAttribute('href');
  expect(href).toMatch(/^\/begrippen\/#begrip-/);
  await link.click();
  const entry = page.locator(href!.replace('/begrippen/', ''));
  await expect(entry).toContainText(term);
  await expect(entry).toContainText(expansion);
});
