import { expect, test } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { pages } from './helpers.ts';

const all = pages();
const first = (re: RegExp) => all.find((p) => re.test(p));
const types: Record<string, string | undefined> = {
  home: '/',
  region: '/gooi-en-vechtstreek/',
  documents: '/gooi-en-vechtstreek/documenten/',
  document: first(/^\/gooi-en-vechtstreek\/documenten\/[^/]+\/$/),
  chapter: first(/^\/gooi-en-vechtstreek\/documenten\/[^/]+\/[^/]+\/$/),
  figures: '/gooi-en-vechtstreek/cijfers/',
  actions: '/gooi-en-vechtstreek/uitvoering/',
  governance: '/gooi-en-vechtstreek/organisatie/',
  themes: '/themas/',
  theme: '/themas/sociaal/',
  glossary: '/begrippen/',
  search: '/zoeken/',
  opendata: '/open-data/',
  accessibility: '/toegankelijkheid/',
  writers: '/schrijvers/',
  'letters list': '/noord-limburg/documenten/raadsinformatiebrief-2025/',
  'print edition': '/rivierenland/documenten/meerjarenagenda-2026-2030/print/',
  'printed form': '/noord-limburg/documenten/collegeadvies-2025/print/',
  letter: '/noord-limburg/documenten/raadsinformatiebrief-2025/brief/venlo/',
};

for (const [type, path] of Object.entries(types)) {
  test(`axe: no WCAG 2.2 AA violations on the ${type} page`, async ({ page }) => {
    expect(path, type).toBeTruthy();
    await page.goto(path!);
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    const summary = results.violations.map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
    expect(summary).toEqual([]);
  });
}
