/**
 * The site as residents, partners and council members use it: figure tables on a phone, the action
 * filters (in the address, with an empty state), the help route per region, the glossary with one
 * entry per term, the organisatie page ordered by who decides, the print edition on screen, the
 * accessibility statement's contact route and small text details.
 */
import { expect, test, type Page } from '@playwright/test';
import { html } from './helpers.ts';

const phone = { width: 390, height: 844 };
const RL = '/rivierenland/';

/** Every table box on the page: the table fits, or it says that it scrolls (a visible line of text above it). */
async function tableBoxes(page: Page) {
  return page.locator('.table-wrap').evaluateAll((ws) =>
    ws.map((w) => {
      const cue = getComputedStyle(w, '::before');
      return {
        name: w.querySelector('caption')?.textContent?.trim().slice(0, 40) ?? w.getAttribute('aria-label') ?? '',
        overflows: w.scrollWidth > w.clientWidth + 1,
        cue: cue.content.includes('Schuif de tabel opzij') && parseFloat(cue.maxHeight) > 10 && cue.display !== 'none',
      };
    }),
  );
}

test.describe('on a phone', () => {
  test.use({ viewport: phone });

  test('figure tables show their values, or a visible cue that they scroll', async ({ page }) => {
    await page.goto(RL + 'cijfers/');
    // Figuur 10 and 14 (two columns): the values are on screen next to their row labels
    for (const id of ['uitbreidingsvraag-2028', 'pendelbestemmingen']) {
      const rows = page.locator(`#tabel-${id} tbody tr`);
      expect(await rows.count()).toBeGreaterThan(2);
      for (const cell of await rows.locator('td').all()) {
        const box = (await cell.boundingBox())!;
        expect(box.x + box.width, `${id}: value "${await cell.textContent()}" inside the screen`).toBeLessThanOrEqual(phone.width);
      }
    }
    // every table: fits, or shows the scroll cue; a table that fits shows none
    for (const path of [RL + 'cijfers/', '/gooi-en-vechtstreek/cijfers/']) {
      await page.goto(path);
      const boxes = await tableBoxes(page);
      expect(
        boxes.some((b) => b.overflows),
        `${path}: some table is wider than a phone`,
      ).toBe(true);
      for (const b of boxes) expect(b.cue, `${path} "${b.name}": cue shown exactly when it scrolls`).toBe(b.overflows);
    }
  });

  test('a column chart lies down on a phone, its labels whole and level', async ({ page }) => {
    await page.goto(RL + 'cijfers/#tabel-uitbreidingsvraag-2028');
    const canvas = page.locator('#tabel-uitbreidingsvraag-2028 canvas');
    await expect(canvas).toHaveAttribute('data-drawn', '');
    const cfg = JSON.parse((await canvas.getAttribute('data-chart-config'))!);
    const shown: string[] = JSON.parse((await canvas.getAttribute('data-axis-labels'))!);
    expect(shown).toEqual(cfg.labels);
    // drawn over the full width (no figure margins)
    expect((await canvas.boundingBox())!.width).toBeGreaterThan(phone.width - 40);
  });
});

test('action filters: the choice is in the address, survives a reload and can be shared', async ({ page, context }) => {
  await page.goto(RL + 'uitvoering/');
  const all = await page.locator('[data-action]').count();
  await page.getByLabel('Thema').selectOption('llo');
  await expect(page).toHaveURL(/\?thema=llo$/);
  const shown = await page.locator('[data-action]:visible').count();
  expect(shown).toBeGreaterThan(0);
  expect(shown).toBeLessThan(all);
  await expect(page.locator('#action-count')).toHaveText(`${shown} acties`);
  await page.reload();
  await expect(page.getByLabel('Thema')).toHaveValue('llo');
  await expect(page.locator('[data-action]:visible')).toHaveCount(shown);
  // the address opened elsewhere gives the same list
  const other = await context.newPage();
  await other.goto(page.url());
  await expect(other.locator('[data-action]:visible')).toHaveCount(shown);
  // sub-actions are marked as such
  const sub = page.locator('[data-action][data-sub]:visible').first();
  await expect(sub.locator('.action__kind')).toContainText('Deelactie van');
});

test('action filters: nothing matches → an explanation and a way back to all actions', async ({ page }) => {
  await page.goto(RL + 'uitvoering/?thema=sectorale-transformatie&soort=uitvoeren');
  await expect(page.locator('[data-action]:visible')).toHaveCount(0);
  const empty = page.locator('#action-empty');
  await expect(empty).toBeVisible();
  await expect(empty).toContainText('Geen acties gevonden');
  const all = await page.locator('[data-action]').count();
  await page.getByRole('button', { name: 'Alle acties tonen' }).click();
  await expect(page.locator('[data-action]:visible')).toHaveCount(all);
  await expect(empty).toBeHidden();
  expect(new URL(page.url()).search).toBe('');
});

test('a theme page links to the action list filtered by that theme', async ({ page }) => {
  await page.goto('/themas/');
  const themes = await page.locator('main a[href^="/themas/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
  let checked = 0;
  for (const href of themes) {
    await page.goto(href);
    for (const link of await page.locator('a[data-theme-actions]').all()) {
      const n = Number((await link.textContent())!.match(/^\d+/)![0]);
      const target = (await link.getAttribute('href'))!;
      expect(target).toMatch(/\/uitvoering\/\?thema=[a-z0-9-]+$/);
      const p2 = await page.context().newPage();
      await p2.goto(target);
      await expect(p2.locator('[data-action]:visible'), `${href} → ${target}`).toHaveCount(n);
      await p2.close();
      checked++;
      if (checked >= 4) return;
    }
  }
  expect(checked).toBeGreaterThan(0);
});

test('help route per region: UWV, the gemeente and the werkcentrum only where the sources name one', async ({ page }) => {
  await page.goto(RL);
  await page.getByRole('link', { name: /Zoekt u werk, een uitkering of bijstand/ }).click();
  await expect(page).toHaveURL(/\/rivierenland\/hulp\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hulp bij werk en inkomen in Rivierenland');
  const main = page.locator('main');
  for (const word of ['werk zoeken', 'uitkering', 'bijstand']) await expect(main).toContainText(word);
  await expect(main.getByRole('link', { name: 'werk.nl' })).toHaveAttribute('href', 'https://www.werk.nl/');
  await expect(main.getByRole('link', { name: 'uwv.nl' })).toHaveAttribute('href', 'https://www.uwv.nl/');
  await expect(page.locator('[data-help-gemeenten] li')).toHaveText(['Gemeente Buren', 'Gemeente Tiel']);
  await expect(page.locator('[data-help="werkcentrum"] h2')).toHaveText('In de regio: Werkcentrum Rivierenland');
  // no invented contact details: no phone number or e-mail address on the page
  expect(await main.textContent()).not.toMatch(/\b0\d{2,3}[- ]?\d{6,7}\b|@/);
  // a gemeente's website only where a source gives it (Venray, source 002)
  await page.goto('/noord-limburg/hulp/');
  await expect(page.getByRole('link', { name: /Gemeente Venray/ })).toHaveAttribute('href', 'http://www.venray.nl/');
  await expect(page.locator('[data-help-gemeenten] a')).toHaveCount(1);
  // a region whose sources name no loket for residents says so
  await page.goto('/zuid-kennemerland-en-ijmond/hulp/');
  await expect(page.locator('[data-help="geen-werkcentrum"]')).toContainText('noemen nog geen regionaal loket');
  await expect(page.locator('[data-help="werkcentrum"]')).toHaveCount(0);
  // linked from the home page and from the footer of every page
  await page.goto('/');
  await page.locator('#hulp ~ ul a', { hasText: 'Noord-Limburg' }).click();
  await expect(page).toHaveURL(/\/noord-limburg\/hulp\/$/);
  await page.goto('/begrippen/');
  await expect(page.locator('footer [data-help-link]')).toHaveAttribute('href', '/#hulp');
  await page.goto('/rijnmond/organisatie/');
  await expect(page.locator('footer [data-help-link]')).toHaveAttribute('href', '/rijnmond/hulp/');
});

test('the search index finds the help route for a resident’s words', async ({ page }) => {
  await page.goto('/zoeken/');
  const found = await page.evaluate(async () => {
    const out: Record<string, string[]> = {};
    for (const q of ['bijstand aanvragen', 'uitkering werk zoeken'])
      out[q] = (await (window as any).mjaSearch(q)).map((r: { url: string }) => r.url);
    return out;
  });
  for (const [q, urls] of Object.entries(found))
    expect(
      urls.some((u) => /\/hulp\/$/.test(u)),
      `${q} → ${urls.join(', ')}`,
    ).toBe(true);
});

test('glossary: one entry per term with its regions, a region filter in the address and a letter index', async ({ page }) => {
  await page.goto('/begrippen/');
  const terms = await page.locator('.glossary__entry > dt > strong').allTextContents();
  const keys = terms.map((t) => t.toLocaleLowerCase('nl'));
  expect(new Set(keys).size, 'each term once').toBe(keys.length);
  const ai = page.locator('.glossary__entry[data-term="AI"]');
  await expect(ai).toHaveCount(1);
  expect((await ai.getAttribute('data-regions'))!.split(' ').length).toBeGreaterThan(1);
  await expect(page.getByRole('navigation', { name: 'Per letter' }).getByRole('link', { name: 'A', exact: true })).toBeVisible();
  // the old per-region anchors (abbreviations in the text link to them) still exist
  expect(await page.locator('[id^="begrip-rivierenland-"]').count()).toBeGreaterThan(5);
  await page.getByLabel('Regio').selectOption('rivierenland');
  await expect(page).toHaveURL(/\?regio=rivierenland$/);
  const visible = await page.locator('.glossary__entry:visible').count();
  expect(visible).toBeLessThan(terms.length);
  for (const r of await page.locator('.glossary__entry:visible').evaluateAll((es) => es.map((e) => (e as HTMLElement).dataset.regions!)))
    expect(r.split(' ')).toContain('rivierenland');
  await page.reload();
  await expect(page.locator('.glossary__entry:visible')).toHaveCount(visible);
});

test('organisatie answers "who decides?" first: the Regionaal Beraad on top, no alias lists, abbreviations explained', async ({ page }) => {
  for (const [region, first] of [
    ['rivierenland', 'Regionaal Beraad'],
    ['gooi-en-vechtstreek', 'Regionaal Beraad'],
    ['noord-limburg', 'Regionaal Beraad Noord-Limburg'],
    ['rijnmond', 'Regionaal Beraad'],
    ['zuid-kennemerland-en-ijmond', 'Regionaal Beraad Arbeidsmarkt'],
  ]) {
    await page.goto(`/${region}/organisatie/`);
    const headings = await page.locator('main section[data-body] > h3').allTextContents();
    expect(headings[0], region).toBe(first);
    for (const h of headings) expect(h, `${region}: heading without alias list`).not.toMatch(/\(.*,.*\)/);
    // the meeting calendar (where there is one) is linked from the top of the page
    if (html(`${region}/organisatie`).includes('id="vergaderkalender"'))
      await expect(page.getByRole('navigation', { name: 'Op deze pagina' }).getByRole('link', { name: /Vergaderkalender/ })).toBeVisible();
    // stopped bodies come last
    const statuses = await page
      .locator('main section[data-body]')
      .evaluateAll((ss) => ss.map((s) => (s.closest('[data-body-group]') as HTMLElement).dataset.bodyGroup));
    expect(statuses.indexOf('gestopt') === -1 || statuses.slice(statuses.indexOf('gestopt')).every((s) => s === 'gestopt'), region).toBe(
      true,
    );
  }
  await page.goto(RL + 'organisatie/');
  await expect(page.locator('#overleg-bo [data-abbr-note]')).toHaveText('BO is een afkorting die de bron niet voluit schrijft.');
  await expect(page.locator('#overleg-regionaal-beraad .meta-list')).toContainText('Ook genoemd');
});

test('reading details: themes 1..6 in order, contents numbered once, no stray separator, counts in Dutch', async ({ page }) => {
  await page.goto(RL);
  const themes = await page.locator('main h2:has-text("Thema’s en opgaven") + ul > li > strong').allTextContents();
  const numbers = themes.map((t) => t.match(/^(\d+)\. /)?.[1]).filter(Boolean);
  expect(numbers).toEqual(['1', '2', '3', '4', '5', '6']);
  await page.goto(RL + 'documenten/meerjarenagenda-2026-2030/');
  await expect(page.locator('ol.toc-list').first()).toHaveCSS('list-style-type', 'none');
  for (const li of await page.locator('ol.route > li').allTextContents()) expect(li.trim()).not.toMatch(/^[·:]/);
  await page.goto('/');
  const rijnmond = page.locator('.cards > li', { has: page.getByRole('link', { name: 'Rijnmond', exact: true }) });
  await expect(rijnmond).toContainText('1 gemeente met naam genoemd');
  await expect(page.locator('main')).not.toContainText(/\b1 (gemeenten|documenten|acties)\b/);
});

test('print edition on screen: a way back and a print button, neither on paper', async ({ page }) => {
  await page.goto(RL + 'documenten/meerjarenagenda-2026-2030/');
  await page.getByRole('link', { name: 'Afdrukversie' }).click();
  const bar = page.getByRole('navigation', { name: 'Afdrukversie' });
  await expect(bar.getByRole('button', { name: 'Afdrukken' })).toBeVisible();
  await bar.getByRole('link', { name: /Terug naar/ }).click();
  await expect(page).toHaveURL(/\/meerjarenagenda-2026-2030\/$/);
  await page.goBack();
  await page.emulateMedia({ media: 'print' });
  await expect(bar).toBeHidden();
});

test('accessibility statement: a true feedback route, no placeholder address', async ({ page }) => {
  await page.goto('/toegankelijkheid/');
  const contact = page.locator('#contact');
  await expect(contact).toHaveText('Contact en meldingen');
  const main = (await page.locator('main').textContent())!;
  expect(main).not.toMatch(/@|example|voorbeeld\.nl|xxx/i);
  // this build has no contact set up (MJA_CONTACT_*): the statement says so and names what does exist
  await expect(page.locator('main [data-no-contact]').first()).toContainText('nog geen contactadres');
  expect(await page.locator('main [data-no-contact] a[href$="/hulp/"]').count()).toBe(5);
  await expect(page.locator('footer').getByRole('link', { name: 'Contact' })).toHaveAttribute('href', '/toegankelijkheid/#contact');
});

test.describe('at 200% zoom (a 1280 × 900 window is 640 × 450 CSS pixels)', () => {
  test.use({ viewport: { width: 640, height: 450 } });
  test('header and region menu leave most of the window to the text', async ({ page }) => {
    await page.goto(RL + 'organisatie/');
    const top = await page.evaluate(
      () =>
        document.querySelector('.site-header')!.getBoundingClientRect().height +
        document.querySelector('.region-nav')!.getBoundingClientRect().height,
    );
    expect(top).toBeLessThanOrEqual(120);
    // the Menu button stays inside the header
    const header = (await page.locator('.site-header').boundingBox())!;
    const button = (await page.locator('.site-menu__button').boundingBox())!;
    expect(button.y + button.height).toBeLessThanOrEqual(header.y + header.height);
  });
});
