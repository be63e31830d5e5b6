/**
 * Reflow (WCAG 1.4.10) and small screens, on every built page:
 * - at 320 CSS px the document never scrolls sideways; only a wide table may scroll, inside its own
 *   named, keyboard-reachable region (role="region", a name, tabindex="0");
 * - on a 390 × 844 phone the page title and the start of the text are on the first screen.
 * Plus the menu: a button on a phone (works without JavaScript), always open on a wide screen.
 */
import { expect, test, type Page } from '@playwright/test';
import { pages } from './helpers.ts';

const all = [...pages(), '/bestaat-niet/'];
const BATCHES = 2;
// letters (raadsinformatiebrief per gemeente) follow the printed letter: no h1, the addressee comes first
const noTitle = (p: string) => /\/brief\/[^/]+\/$/.test(p);

/** What overflows sideways at the current width, and which scroll containers are not a named, focusable region. */
const overflow = (page: Page) =>
  page.evaluate(() => {
    const vw = document.documentElement.clientWidth;
    const bad: string[] = [];
    const name = (el: Element) =>
      `${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''}${el.className && typeof el.className === 'string' ? '.' + el.className.trim().split(/\s+/).join('.') : ''}`;
    for (const el of document.querySelectorAll<HTMLElement>('body *')) {
      const cs = getComputedStyle(el);
      if (!/auto|scroll/.test(cs.overflowX) || el.scrollWidth <= el.clientWidth + 1 || el.clientWidth === 0) continue;
      const ok =
        el.getAttribute('role') === 'region' &&
        el.tabIndex === 0 &&
        (el.getAttribute('aria-label') || el.getAttribute('aria-labelledby')) &&
        el.querySelector('table');
      if (!ok)
        bad.push(`${name(el)} scrolls sideways (${el.scrollWidth} > ${el.clientWidth}) but is not a named, focusable region with a table`);
    }
    return { scrollWidth: document.documentElement.scrollWidth, vw, bad };
  });

/** Where the title and the first text of the main content are, at the top of the page. */
const firstScreen = (page: Page) =>
  page.evaluate(() => {
    const h1 = document.querySelector('h1');
    // text: a paragraph, list item, description or cell of the main content; a search page starts with its search box;
    // a print edition with its cover (title, then the document's details)
    const texts = [
      ...document.querySelectorAll<HTMLElement>(
        'main p, main li, main dd, main td, main input[type="search"], body.print-edition p, body.print-edition td, .cover dd',
      ),
    ].filter(
      (el) =>
        !el.closest('nav, header, [hidden], .visually-hidden, .sr-only') &&
        (el.tagName === 'INPUT' || el.matches('.cover dd') || (el.innerText ?? '').trim().length >= 20) &&
        el.getBoundingClientRect().height > 0,
    );
    const afterTitle = texts.find((el) => !h1 || h1.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING);
    return {
      h1: h1 ? { top: h1.getBoundingClientRect().top, bottom: h1.getBoundingClientRect().bottom } : undefined,
      text: afterTitle
        ? { top: afterTitle.getBoundingClientRect().top, what: (afterTitle.innerText || afterTitle.tagName).slice(0, 40) }
        : undefined,
    };
  });

for (let b = 0; b < BATCHES; b++) {
  const batch = all.filter((_, i) => i % BATCHES === b);
  test(`reflow at 320 px and first screen at 390 × 844, pages ${b + 1}/${BATCHES} (${batch.length})`, async ({ page }) => {
    test.setTimeout(60_000 + batch.length * 2_000);
    const problems: string[] = [];
    for (const path of batch) {
      await page.setViewportSize({ width: 320, height: 640 });
      await page.goto(path);
      const o = await overflow(page);
      if (o.scrollWidth > 320) problems.push(`${path}: at 320 px the page is ${o.scrollWidth} px wide`);
      for (const x of o.bad) problems.push(`${path}: ${x}`);

      await page.setViewportSize({ width: 390, height: 844 });
      const f = await firstScreen(page);
      if (!f.h1 && !noTitle(path)) problems.push(`${path}: no h1`);
      if (f.h1 && f.h1.bottom > 844)
        problems.push(`${path}: at 390 × 844 the title ends at ${Math.round(f.h1.bottom)} px, below the first screen`);
      if (!f.text) problems.push(`${path}: no text in the main content`);
      else if (f.text.top >= 844)
        problems.push(`${path}: at 390 × 844 the text ("${f.text.what}") starts at ${Math.round(f.text.top)} px, below the first screen`);
    }
    expect(problems).toEqual([]);
  });
}

test('phone: menu and search behind a Menu button, also without JavaScript; wide screen: always shown', async ({ browser }) => {
  for (const javaScriptEnabled of [true, false]) {
    const ctx = await browser.newContext({ javaScriptEnabled, viewport: { width: 390, height: 844 } });
    const page = await ctx.newPage();
    await page.goto(new URL('/noord-limburg/', test.info().project.use.baseURL).href);
    const menu = page.getByRole('navigation', { name: 'Hoofdmenu' });
    const search = page.getByRole('searchbox', { name: 'Zoeken op de site' });
    await expect(menu).toBeHidden();
    await expect(search).toBeHidden();
    const button = page.locator('summary', { hasText: 'Menu' });
    await expect(button).toBeVisible();
    expect((await button.boundingBox())!.height).toBeGreaterThanOrEqual(44);
    await button.focus();
    await page.keyboard.press('Enter');
    await expect(menu).toBeVisible();
    await expect(menu.getByRole('link', { name: 'Begrippen' })).toBeInViewport();
    await expect(search).toBeVisible();
    await page.keyboard.press('Enter');
    await expect(menu).toBeHidden();
    // the region's own menu stays in view
    await expect(page.getByRole('navigation', { name: 'Menu Noord-Limburg' }).getByRole('link', { name: 'Cijfers' })).toBeInViewport();

    await page.setViewportSize({ width: 1280, height: 800 });
    await expect(menu).toBeVisible();
    await expect(search).toBeVisible();
    await expect(button).toBeHidden();
    await ctx.close();
  }
});

test('phone: a chapter starts on the first screen, its list of chapters follows the text', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/noord-limburg/documenten/adviesrapport-hervorming/05-governance-en-structuur/');
  const toc = page.getByRole('navigation', { name: 'Inhoudsopgave' });
  const article = page.locator('article.prose');
  expect((await toc.boundingBox())!.y).toBeGreaterThan((await article.boundingBox())!.y + (await article.boundingBox())!.height - 1);
  await page.setViewportSize({ width: 1280, height: 800 });
  await expect(toc).toBeInViewport();
});
