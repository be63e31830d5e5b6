/**
 * Questions residents, council members and partners would type, each with the page they should
 * find. Runs Pagefind in the browser the way the search page does.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { expect, test } from '@playwright/test';
import { parse } from 'yaml';

const QUESTIONS: [string, RegExp][] = [
  ['wie zit er in het regionaal beraad', /organisatie|convenant-regionaal-beraad|governance/],
  ['begroting 2027', /rivierenland\/(cijfers|documenten\/uitvoeringsagenda-2026-2027\/09-begroting)/],
  ['convenant regionaal beraad gooi en vechtstreek', /gooi-en-vechtstreek\/documenten\/convenant-regionaal-beraad/],
  ['artikel 13 slotbepalingen', /convenant-regionaal-beraad\/13-artikel-13/],
  ['memo werkcentrum 2026', /gooi-en-vechtstreek\/documenten\/memo-rwc-2026/],
  ['RWC', /werkcentrum|memo-rwc|gooi-en-vechtstreek/],
  ['regionaal werkcentrum', /werkcentrum|memo-rwc/],
  // actions and bodies named after LLO (Rivierenland's thematafels LLO) are results of their own
  ['LLO', /leven-lang-ontwikkelen|thema-2-leven-lang|llo|begrippen|thematafels|#actie-2-5-1/],
  ['leven lang ontwikkelen', /leven-lang-ontwikkelen|thema-2-leven-lang/],
  ['VSNDW', /jongeren|vsndw|onderwijs|begrippen/],
  ['van school naar duurzaam werk', /jongeren|aansluiting-onderwijs|doelgroepen|begrippen/],
  ['werkgeversdienstverlening', /werkgeversdienstverlening|werkgevers/],
  ['dienstverlening werkgevers', /werkgeversdienstverlening|werkgevers/],
  ['arbeidsmarktregio', /./],
  ['casuistiek', /gooi-en-vechtstreek/],
  ['statushouders rijnmond', /rijnmond/],
  ['vacatures zorg en welzijn', /gooi-en-vechtstreek\/(cijfers|documenten\/bestuursopdracht-meerjarenbeleidsagenda\/10-bijlage-1)/],
  ['werkloosheid jongeren', /./],
  ['raadsinformatiebrief noord-limburg', /noord-limburg\/documenten\/raadsinformatiebrief/],
  ['collegeadvies', /noord-limburg\/documenten\/collegeadvies/],
  ['kamerbrief arbeidsmarktinfrastructuur', /landelijk\/documenten\/kamerbrief-2024/],
  ['handreiking', /landelijk\/documenten\/handreiking/],
  ['focussectoren zorg onderwijs techniek', /zuid-kennemerland-en-ijmond/],
  ['inwoners gooi en vechtstreek', /gooi-en-vechtstreek/],
  ['banen rijnmond 2025', /rijnmond\/cijfers|rijnmond/],
  ['pendel rivierenland', /rivierenland/],
  ['managersoverleg', /gooi-en-vechtstreek\/(organisatie|documenten\/opgaven-en-planning)/],
  ['wanneer vergadert het regionaal beraad', /organisatie|artikel-8|planning|line-up/],
  ['besluitvorming regionaal beraad consensus', /organisatie|artikel-8|governance/],
  ['opgaven en planning 2026', /gooi-en-vechtstreek\/documenten\/opgaven-en-planning-2026/],
  ['sociale opgave', /sociaal|sociale|opgave/],
  ['evaluatie convenant', /convenant-regionaal-beraad/],
];

test('search answers residents’ questions in the top 3', async ({ page }) => {
  await page.goto('/zoeken/');
  // the search page's own query function (stop words, fallback), top 3 URLs
  const results = await page.evaluate(
    async (qs) => {
      const out: Record<string, string[]> = {};
      for (const q of qs) out[q] = (await (window as any).mjaSearch(q)).map((r: { url: string }) => r.url);
      return out;
    },
    QUESTIONS.map(([q]) => q),
  );
  let top1 = 0;
  let top3 = 0;
  const misses: string[] = [];
  for (const [q, re] of QUESTIONS) {
    const urls = results[q];
    if (urls[0] && re.test(urls[0])) top1++;
    if (urls.some((u) => re.test(u))) top3++;
    else misses.push(`${q} → ${urls.join(', ')}`);
  }
  console.log(`search: ${QUESTIONS.length} questions, top-1 ${top1}/${QUESTIONS.length}, top-3 ${top3}/${QUESTIONS.length}`);
  expect(misses).toEqual([]);
});

test('search page: no search code before the first query, filters, results with region and document', async ({ page }) => {
  const bytes: Record<string, number> = {};
  let phase = 'load';
  // bytes on the wire (gzip where the server compresses), per phase
  page.on('requestfinished', async (req) => {
    if (!req.url().includes('/pagefind/')) return;
    const s = await req.sizes();
    bytes[phase] = (bytes[phase] ?? 0) + s.responseBodySize + s.responseHeadersSize;
  });
  await page.goto('/zoeken/');
  await page.waitForLoadState('networkidle');
  expect(bytes.load ?? 0).toBe(0);
  phase = 'query';
  await page.getByLabel('Zoekterm').fill('werkcentrum');
  await page.getByRole('button', { name: 'Zoeken' }).click();
  await expect(page.locator('#search-status')).toContainText('resultaten voor “werkcentrum”');
  await page.waitForLoadState('networkidle');
  console.log(`search bytes: before first query ${bytes.load ?? 0}, first query ${bytes.query}`);
  expect(bytes.query).toBeLessThanOrEqual(150 * 1024);
  await expect(page.locator('.search-result').first()).toBeVisible();
  await expect(page.locator('.search-result .muted').first()).toBeVisible();
  // filter on one region
  await page.getByLabel('Regio').selectOption('Rijnmond');
  await expect(page.locator('#search-status')).toContainText('gefilterd');
  const metas = await page.locator('.search-result .muted').allInnerTexts();
  expect(metas.length).toBeGreaterThan(0);
  for (const m of metas) expect(m).toContain('Rijnmond');
});

test('a first query that names a gemeente (searched in the region and everywhere) stays within 150 kB', async ({ page }) => {
  let bytes = 0;
  page.on('requestfinished', async (req) => {
    if (!req.url().includes('/pagefind/')) return;
    const s = await req.sizes();
    bytes += s.responseBodySize + s.responseHeadersSize;
  });
  await page.goto('/zoeken/?q=' + encodeURIComponent('werkcentrum in Tiel'));
  await expect(page.locator('#search-status')).toContainText('eerst uit Rivierenland');
  await page.waitForLoadState('networkidle');
  console.log(`search bytes: first query naming a gemeente ${bytes}`);
  expect(bytes).toBeGreaterThan(0);
  expect(bytes).toBeLessThanOrEqual(150 * 1024);
});

test('the header search of a region page searches within that region', async ({ page }) => {
  await page.goto('/rijnmond/');
  await page.getByLabel('Zoeken op de site').fill('werkcentrum');
  await page.getByLabel('Zoeken op de site').press('Enter');
  await expect(page).toHaveURL(/zoeken\/\?q=werkcentrum&regio=Rijnmond/);
  await expect(page.locator('#search-status')).toContainText('gefilterd');
});

type Hit = { url: string; title: string; regio: string | null };
const ask = (page: import('@playwright/test').Page, q: string, n = 3): Promise<Hit[]> =>
  page.evaluate(([q, n]) => (window as any).mjaSearch(q, n), [q, n] as const);

test('a region or gemeente in the query puts that region first; each result says its region', async ({ page }) => {
  await page.goto('/zoeken/');
  for (const [q, regio] of [
    ['werkcentrum Tiel', 'Rivierenland'],
    ['regionaal beraad noord-limburg', 'Noord-Limburg'],
    ['werkgeversdienstverlening ZKIJ', 'Zuid-Kennemerland en IJmond'],
    ['inwoners Hilversum', 'Gooi en Vechtstreek'],
  ]) {
    const hits = await ask(page, q);
    expect(hits.length, q).toBe(3);
    for (const h of hits) expect(h.regio, `${q} → ${h.url}`).toBe(regio);
  }
  await page.goto('/zoeken/?q=' + encodeURIComponent('werkcentrum in Tiel'));
  await expect(page.locator('#search-status')).toContainText('eerst uit Rivierenland');
  const metas = await page.locator('.search-result .muted').allInnerTexts();
  expect(metas.length).toBe(5);
  for (const m of metas.slice(0, 3)) expect(m).toMatch(/^Rivierenland/);
});

test('actions, bodies and meetings are results of their own that link to their place on the page', async ({ page }) => {
  await page.goto('/zoeken/');
  const [action] = await ask(page, 'scholingsmakelaar rivierenland', 1);
  expect(action.url).toMatch(/\/rivierenland\/uitvoering\/#actie-[\w-]+$/);
  expect(action.title).toMatch(/^Actie [\d.]+ Scholingsmakelaar/);
  const bodies = await ask(page, 'wie beslist regionaal beraad noord-limburg', 3);
  const body = bodies.find((h) => h.title.startsWith('Overleg: Regionaal Beraad'));
  expect(body?.url, bodies.map((h) => h.url).join(', ')).toMatch(/\/noord-limburg\/organisatie\/#overleg-/);
  const meetings = await ask(page, 'vergadering regionaal beraad noord-limburg', 3);
  expect(meetings[0].url).toMatch(/\/noord-limburg\/organisatie\/#vergadering-/);
  expect(meetings[0].title).toMatch(/^Vergadering Regionaal Beraad/);
  // the anchor is there on the page the result links to
  await page.goto(action.url);
  await expect(page.locator(new URL(action.url, 'http://x').hash)).toBeVisible();
  // the aggregate pages stay findable by their own names
  await page.goto('/zoeken/');
  expect((await ask(page, 'uitvoering rivierenland')).map((h) => h.url)).toContain('/rivierenland/uitvoering/');
  expect((await ask(page, 'organisatie noord-limburg')).map((h) => h.url)).toContain('/noord-limburg/organisatie/');
});

test('someone looking for work or a benefit is offered the help route of their region', async ({ page }) => {
  const help = page.locator('#search-help');
  const helpHref = (region: string) => (existsSync(`dist/${region}/hulp/index.html`) ? `/${region}/hulp/` : `/${region}/`);
  await page.goto('/zoeken/?q=' + encodeURIComponent('ik zoek werk'));
  await expect(page.locator('#search-status')).toContainText('resultaten');
  await expect(help).toBeVisible();
  const links = help.getByRole('link');
  expect(await links.count()).toBe(5);
  await expect(links.first()).toHaveAttribute('href', /\/(hulp\/)?$/);
  await page.goto('/zoeken/?q=' + encodeURIComponent('bijstandsuitkering aanvragen in Venlo'));
  await expect(page.locator('#search-status')).toContainText('resultaten');
  await expect(help).toBeVisible();
  await expect(help.getByRole('link')).toHaveCount(1);
  await expect(help.getByRole('link')).toHaveAttribute('href', helpHref('noord-limburg'));
  // a policy question gets no help box
  await page.getByLabel('Zoekterm').fill('werkgeversdienstverlening');
  await page.getByRole('button', { name: 'Zoeken' }).click();
  await expect(page.locator('#search-status')).toContainText('werkgeversdienstverlening');
  await expect(help).toBeHidden();
});

test('the Thema filter lists each site-wide theme once', async ({ page }) => {
  const canonical = (parse(readFileSync('content/themes.yaml', 'utf8')) as { title: string }[]).map((t) => t.title);
  await page.goto('/zoeken/?q=werk');
  await expect(page.locator('#search-status')).toContainText('resultaten');
  const options = (await page.getByLabel('Thema').locator('option').allInnerTexts()).filter((o) => o !== 'Alle');
  expect(options.length).toBeGreaterThan(3);
  expect(new Set(options).size).toBe(options.length);
  for (const o of options) expect(canonical).toContain(o);
  // actions carry the site-wide themes of their own themes
  await page.goto('/zoeken/?q=scholingsmakelaar&thema=' + encodeURIComponent('Leven lang ontwikkelen'));
  await expect(page.locator('#search-status')).toContainText('gefilterd');
  await expect(page.locator('.search-result a').first()).toHaveAttribute('href', /\/rivierenland\/uitvoering\/#actie-/);
});

test('on a desktop the search field sits next to its button and the filters side by side', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/zoeken/?q=werk');
  await expect(page.getByLabel('Thema')).toBeVisible();
  const box = async (l: import('@playwright/test').Locator) => (await l.boundingBox())!;
  const field = await box(page.getByLabel('Zoekterm'));
  const button = await box(page.locator('#search-form').getByRole('button', { name: 'Zoeken' }));
  expect(Math.abs(field.y - button.y)).toBeLessThan(10);
  expect(field.width).toBeGreaterThan(600);
  const ys = await Promise.all(['Regio', 'Soort document', 'Thema'].map(async (l) => (await box(page.getByLabel(l, { exact: true }))).y));
  expect(Math.max(...ys) - Math.min(...ys)).toBeLessThan(10);
  expect(ys[0]).toBeGreaterThan(field.y);
});

test('the home page search button looks like a button', async ({ page }) => {
  await page.goto('/');
  const button = page.locator('main form[role=search]').getByRole('button', { name: 'Zoeken' });
  const style = await button.evaluate((b) => {
    const s = getComputedStyle(b);
    return { bg: s.backgroundColor, page: getComputedStyle(document.body).backgroundColor, color: s.color };
  });
  expect(style.bg).not.toBe('rgba(0, 0, 0, 0)');
  expect(style.bg).not.toBe(style.page);
  expect(style.color).not.toBe(style.bg);
});

test('the search page with results and the help route has no WCAG 2.2 AA violations (axe), on a phone too', async ({ page }) => {
  const require = createRequire(createRequire(import.meta.url).resolve('@axe-core/playwright'));
  const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  for (const width of [1280, 320]) {
    await page.setViewportSize({ width, height: 900 });
    await page.goto('/zoeken/?q=' + encodeURIComponent('ik zoek werk in Tiel'));
    await expect(page.locator('.search-result').first()).toBeVisible();
    await expect(page.locator('#search-help')).toBeVisible();
    await page.evaluate(AXE);
    const violations = await page.evaluate(async () =>
      (
        await (window as any).axe.run(document, {
          runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
          resultTypes: ['violations'],
        })
      ).violations.map((v: any) => `${v.id}: ${v.nodes.map((n: any) => n.target.join(' ')).join(' | ')}`),
    );
    expect(violations, `${width}px`).toEqual([]);
    // no sideways scrolling at 320 px
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
  }
});
