/**
 * Printing a page of the public site (Ctrl+P): A4, no navigation, link targets shown, tables not
 * cut (a short table on one page with its caption, a long table with its header on every page),
 * charts replaced by their tables, page numbers in the footer.
 */
import { expect, test, type Page } from '@playwright/test';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

const key = (s: string) => s.replace(/\s+/g, '');

async function printed(page: Page) {
  const buf = await page.pdf({ preferCSSPageSize: true, tagged: true });
  const pdf = await getDocument({ data: new Uint8Array(buf), isEvalSupported: false }).promise;
  const pages: { text: string; footer: string; width: number }[] = [];
  for (let i = 1; i <= pdf.numPages; i++) {
    const p = await pdf.getPage(i);
    const items = (await p.getTextContent()).items.filter((x: any) => x.str?.trim()) as any[];
    pages.push({
      text: items.map((x) => x.str).join(' '),
      footer: items
        .filter((x) => x.transform[5] < 22 * (72 / 25.4))
        .map((x) => x.str)
        .join(' '),
      width: p.view[2],
    });
  }
  await pdf.destroy();
  return pages;
}

test('a chapter page prints on A4 without navigation, with page numbers', async ({ page }) => {
  await page.goto('/rivierenland/documenten/meerjarenagenda-2026-2030/01-inleiding/');
  const title = (await page.locator('h1').first().innerText()).trim();
  const pages = await printed(page);
  expect(Math.round(pages[0].width)).toBe(595); // A4: 210 mm
  const all = pages.map((p) => p.text).join(' ');
  expect(key(all)).toContain(key(title));
  for (const nav of ['Naar de inhoud', 'Afdrukversie', 'Vorige', 'Volgende']) expect(all, nav).not.toContain(nav);
  pages.forEach((p, i) => expect(p.footer).toContain(`pagina ${i + 1} van ${pages.length}`));
});

test('a figures page prints its tables whole or with the header on every page, and no charts', async ({ page }) => {
  await page.goto('/rivierenland/cijfers/');
  const tables = await page.locator('table').evaluateAll((ts) =>
    (ts as HTMLTableElement[]).map((t) => ({
      caption: t.caption?.textContent?.trim() ?? '',
      head: [...t.querySelectorAll('thead th')].map((th) => th.textContent!.trim()),
      // a row by all its cells: distinctive enough to find its page
      rows: [...t.querySelectorAll('tbody tr')].map((r) => [...r.querySelectorAll('th, td')].map((c) => c.textContent!.trim()).join(' ')),
    })),
  );
  const pages = await printed(page);
  const keyed = pages.map((p) => key(p.text));
  let short = 0;
  let long = 0;
  for (const t of tables) {
    if (t.rows.length < 12 && t.caption) {
      // the caption, the header and every row on one page
      const at = keyed.findIndex((p) => p.includes(key(t.caption)));
      expect(at, t.caption).toBeGreaterThanOrEqual(0);
      // the whole header: a table wider than the page would lose its last columns
      expect(keyed[at], `header of ${t.caption}`).toContain(key(t.head.join('')));
      for (const r of t.rows) expect(keyed[at], `row "${r}" of ${t.caption} on the caption's page`).toContain(key(r));
      short++;
    } else if (t.rows.length >= 12) {
      // every page that holds rows of this table starts them with its header
      const on = new Set(t.rows.map((r) => keyed.findIndex((p) => p.includes(key(r)))).filter((i) => i >= 0));
      expect(on.size, 'the long table spans pages').toBeGreaterThan(1);
      for (const i of on) expect(keyed[i], `header repeated on page ${i + 1}`).toContain(key(t.head.join('')));
      long++;
    }
  }
  expect(short).toBeGreaterThan(5);
  expect(long).toBeGreaterThan(0);
  // charts are screen-only: printed as their tables
  await page.emulateMedia({ media: 'print' });
  for (const c of await page.locator('.chart-box').all()) await expect(c).toBeHidden();
});
