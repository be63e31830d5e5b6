/**
 * Questions residents, council members and partners would type, each with the page they should
 * find. Runs Pagefind in the browser the way the search page does.
 */
import { expect, test } from '@playwright/test';

const QUESTIONS: [string, RegExp][] = [
  ['wie zit er in het regionaal beraad', /organisatie|convenant-regionaal-beraad|governance/],
  ['begroting 2027', /rivierenland\/(cijfers|documenten\/uitvoeringsagenda-2026-2027\/09-begroting)/],
  ['convenant regionaal beraad gooi en vechtstreek', /gooi-en-vechtstreek\/documenten\/convenant-regionaal-beraad/],
  ['artikel 13 slotbepalingen', /convenant-regionaal-beraad\/13-artikel-13/],
  ['memo werkcentrum 2026', /gooi-en-vechtstreek\/documenten\/memo-rwc-2026/],
  ['RWC', /werkcentrum|memo-rwc|gooi-en-vechtstreek/],
  ['regionaal werkcentrum', /werkcentrum|memo-rwc/],
  ['LLO', /leven-lang-ontwikkelen|thema-2-leven-lang|llo|begrippen/],
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
      for (const q of qs) out[q] = await (window as any).mjaSearch(q);
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

test('the header search of a region page searches within that region', async ({ page }) => {
  await page.goto('/rijnmond/');
  await page.getByLabel('Zoeken op de site').fill('werkcentrum');
  await page.getByLabel('Zoeken op de site').press('Enter');
  await expect(page).toHaveURL(/zoeken\/\?q=werkcentrum&regio=Rijnmond/);
  await expect(page.locator('#search-status')).toContainText('gefilterd');
});
