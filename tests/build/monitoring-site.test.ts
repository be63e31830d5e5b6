/**
 * The monitoring views on the fixture (which has two voortgangsrapportages): builds the fixture
 * once, then checks in Chromium the Voortgang page (colours with both variables as text and
 * shape, filters without JavaScript, what changed, KPI charts with their tables, open data), axe
 * and html-validate on the new pages, and the voortgangsrapportage PDF (tagged, outline, table of
 * contents with the right page numbers, properties).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';
import type { Server } from 'node:http';
import { chromium, type Browser, type Page } from 'playwright';
import AxeBuilder from '@axe-core/playwright';
import { HtmlValidate } from 'html-validate';
import { PDFDocument, PDFName } from 'pdf-lib';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { serve, origin } from '../../src/integration/serve.ts';
import { findChromium, launchArgs } from '../../src/integration/browser.ts';
import { parseCsv } from '../../src/core/csv.ts';
import { getModel } from '../../src/model/index.ts';
import { outputs } from '../../src/model/outputs.ts';

const work = mkdtempSync(join(tmpdir(), 'mja-monitoring-site-'));
const dist = join(work, 'dist');
let server: Server;
let browser: Browser;
let base = '';

beforeAll(async () => {
  const r = spawnSync(process.execPath, ['scripts/build.ts'], {
    env: {
      ...process.env,
      MJA_CONTENT: resolve('tests/fixtures/basic'),
      MJA_DIST: dist,
      MJA_SKIP: 'search',
      SOURCE_DATE_EPOCH: '1767225600',
    },
    encoding: 'utf8',
  });
  expect(r.status, r.stderr + r.stdout).toBe(0);
  server = await serve(dist, 0);
  base = origin(server);
  browser = await chromium.launch({ executablePath: await findChromium(), args: launchArgs });
}, 240_000);
afterAll(async () => {
  await browser?.close();
  server?.close();
  rmSync(work, { recursive: true, force: true });
});

async function open(path: string, js = true): Promise<Page> {
  const ctx = await browser.newContext({ javaScriptEnabled: js, viewport: { width: 1100, height: 900 } });
  const page = await ctx.newPage();
  await page.goto(base + path);
  return page;
}

const text = (p: Page, sel: string) =>
  p.locator(sel).evaluateAll((els) => els.map((e) => (e as HTMLElement).innerText.replace(/\s+/g, ' ').trim()));

describe('the Voortgang page of the fixture', () => {
  it('groups the actions by colour and shows both variables as text and shape', async () => {
    const page = await open('/proefregio/voortgang/');
    // the latest report (2026-Q2): 1.1 and 3 red, 1 and 2 green, none orange
    const group = (c: string) =>
      page.locator(`[data-colour-group="${c}"] [data-stand]`).evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.action));
    expect(await group('rood')).toEqual(['1.1', '3']);
    expect(await group('oranje')).toEqual([]);
    expect(await group('groen')).toEqual(['1', '2']);
    const stand = page.locator('[data-stand][data-action="1.1"]');
    const lights = await stand
      .locator('.light')
      .evaluateAll((els) =>
        els.map((e) => [
          (e as HTMLElement).innerText.trim(),
          (e as HTMLElement).dataset.shape,
          !!e.querySelector('svg[aria-hidden="true"]'),
        ]),
      );
    expect(lights).toEqual([
      ['Voortgang: rood', 'vierkant', true],
      ['Verwachte impact: oranje', 'driehoek', true],
    ]);
    // which variable causes the colour, in words
    expect(await stand.locator('.stand__cause').innerText()).toBe('Rood door voortgang: anders organiseren, faseren of afschalen.');
    expect(await page.locator('[data-stand][data-action="3"] .stand__cause').innerText()).toBe(
      'Rood door verwachte impact: anders organiseren, faseren of afschalen.',
    );
    expect(await page.locator('[data-stand][data-action="1"]').innerText()).toContain('Bereikt: 240 werkzoekenden gesproken');
    // the summary counts per variable and overall
    expect(await text(page, '[data-colour-summary] tbody tr')).toEqual(['rood 1 1 2', 'oranje 1 1 0', 'groen 2 2 2']);
    await page.context().close();
  });

  it('filters by colour and theme without JavaScript', async () => {
    const page = await open('/proefregio/voortgang/', false);
    const visible = () =>
      page
        .locator('[data-stand]')
        .evaluateAll((els) => els.filter((e) => (e as HTMLElement).offsetParent !== null).map((e) => (e as HTMLElement).dataset.action));
    expect(await visible()).toEqual(['1.1', '3', '1', '2']);
    await page.getByLabel('Rood (2)').check();
    expect(await visible()).toEqual(['1.1', '3']);
    await page.getByLabel('Leren en ontwikkelen').check();
    expect(await visible()).toEqual([]);
    await page.getByLabel('Alle kleuren').check();
    expect(await visible()).toEqual(['2']);
    await page.context().close();
  });

  it('announces the number of actions shown when JavaScript runs', async () => {
    const page = await open('/proefregio/voortgang/');
    await page.getByLabel('Groen (2)').check();
    await expect.poll(() => page.locator('#stand-count').innerText()).toBe('2 acties getoond');
    await page.context().close();
  });

  it('says what changed since the previous report', async () => {
    const page = await open('/proefregio/voortgang/');
    expect(await page.locator('#kop-veranderd').innerText()).toBe('Wat is er veranderd sinds de vorige rapportage (1e kwartaal 2026)');
    expect(await text(page, '[data-changes] tbody tr')).toEqual([
      '1.1 Locatie zoeken oranje → rood groen → oranje verslechterd',
      '2 Scholingsloket groen (gelijk) oranje → groen verbeterd',
      '3 Werkgeversservicepunt oranje rood nieuw in deze rapportage',
    ]);
    expect(await page.locator('[data-changes]').innerText()).toContain('Plaatsingen naar werk via het werkcentrum: 410 (2e kwartaal 2026)');
    await page.context().close();
  });

  it('draws each measured KPI as a chart next to a table with the same values', async () => {
    const page = await open('/proefregio/voortgang/');
    // charts load their code when they come near the screen: bring each into view
    for (const canvas of await page.locator('canvas[data-chart-config]').all()) await canvas.scrollIntoViewIfNeeded();
    await page.waitForFunction(() =>
      [...document.querySelectorAll<HTMLCanvasElement>('canvas[data-chart-config]')].every((c) => 'drawn' in c.dataset),
    );
    const kpis = await page.locator('.kpi-progress').evaluateAll((els) =>
      els.map((e) => ({
        id: (e as HTMLElement).dataset.kpi,
        alt: e.querySelector('canvas')?.getAttribute('aria-label') ?? '',
        rows: [...e.querySelectorAll('tbody tr')].map((r) => (r as HTMLElement).innerText.replace(/\s+/g, ' ').trim()),
      })),
    );
    const plaatsingen = kpis.find((k) => k.id === 'plaatsingen')!;
    expect(plaatsingen.rows).toEqual([
      'Nulmeting 2025 400 Werkcentrum',
      'Meting 1e kwartaal 2026 180 Werkcentrum-registratie',
      'Meting 2e kwartaal 2026 410 Werkcentrum-registratie; Voorlopig cijfer.',
      'Doel 2027 1.000 Uitvoeringsagenda',
    ]);
    expect(plaatsingen.alt).toContain('Lijndiagram van Plaatsingen naar werk via het werkcentrum');
    for (const v of ['Nulmeting 2025 400', 'Meting 2e kwartaal 2026 410', 'Doel 2027 1.000']) expect(plaatsingen.alt).toContain(v);
    expect(kpis.map((k) => k.id).sort()).toEqual(['deelname-scholing', 'plaatsingen']);
    // the overview: an open target is "nog niet ingevuld", a KPI without measurements "nog geen meting"
    expect(await text(page, '[data-kpi-row="doel"]')).toEqual(['Extra banen — nog geen meting nog niet ingevuld (2030) nog geen meting']);
    expect(await page.locator('[data-kpi-row="plaatsingen"] td').last().innerText()).toBe('2% van de weg van nulmeting naar doel');
    await page.context().close();
  });

  it('has no axe violations (WCAG 2.2 AA) and valid HTML on the Voortgang page and the report', async () => {
    for (const path of ['/proefregio/voortgang/', '/proefregio/voortgang/2026-Q2/print/']) {
      const page = await open(path);
      const results = await new AxeBuilder({ page: page as never })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
        .analyze();
      expect(
        results.violations.map(
          (v) =>
            `${path} ${v.id}: ${v.nodes
              .slice(0, 3)
              .map((n) => n.target.join(' '))
              .join(' | ')}`,
        ),
      ).toEqual([]);
      await page.context().close();
    }
    const validator = new HtmlValidate({
      extends: ['html-validate:recommended'],
      rules: {
        'prefer-native-element': ['error', { exclude: ['region'] }],
        'long-title': 'off',
        'valid-id': ['error', { relaxed: true }],
        'no-inline-style': 'off',
        'wcag/h32': 'off',
      },
    });
    const problems: string[] = [];
    for (const p of [
      'proefregio/voortgang/',
      'proefregio/voortgang/2026-Q1/print/',
      'proefregio/voortgang/2026-Q2/print/',
      'proefregio/',
    ]) {
      const report = await validator.validateFile(join(dist, p, 'index.html'));
      for (const r of report.results) for (const m of r.messages) problems.push(`${p} ${m.ruleId}: ${m.message} (${m.selector ?? ''})`);
    }
    expect(problems).toEqual([]);
  }, 60_000);

  it('links the region page to the Voortgang page, and lists exactly the built files', () => {
    expect(readFileSync(join(dist, 'proefregio/index.html'), 'utf8')).toContain('href="/proefregio/voortgang/"');
    const list = outputs(getModel(resolve('tests/fixtures/basic')).model).map((o) => o.file);
    for (const f of [
      'proefregio/voortgang/index.html',
      'proefregio/voortgang/acties.csv',
      'proefregio/voortgang/kpi.csv',
      'proefregio/voortgang/voortgang.json',
      'proefregio/voortgang/2026-Q2/print/index.html',
      'pdf/proefregio-voortgang-2026-Q1.pdf',
      'pdf/proefregio-voortgang-2026-Q2.pdf',
    ]) {
      expect(list, f).toContain(f);
      expect(() => readFileSync(join(dist, f)), f).not.toThrow();
    }
  });
});

describe('the national view per opgave', () => {
  it('counts the colours of the actions and the measured KPIs per region under each national opgave', async () => {
    const page = await open('/voortgang/');
    const row = (o: string) => text(page, `[data-opgave="${o}"] tbody tr`);
    // werk (sociaal): 1.1 and 3 red, 1 green; scholing (ontwikkel): 2 green
    expect(await row('sociaal')).toEqual(['Proefregio 2e kwartaal 2026 2 0 1 1 van 1']);
    expect(await row('ontwikkel')).toEqual(['Proefregio 2e kwartaal 2026 0 0 1 1 van 1']);
    expect(await row('economisch')).toEqual(['Proefregio 2e kwartaal 2026 0 0 0 —']);
    const results = await new AxeBuilder({ page: page as never })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .analyze();
    expect(results.violations.map((v) => v.id)).toEqual([]);
    await page.context().close();
  });
});

describe('open data of the monitoring', () => {
  it('gives every status and every KPI value as CSV and JSON', () => {
    const acties = parseCsv(readFileSync(join(dist, 'proefregio/voortgang/acties.csv'), 'utf8'));
    expect(acties[0]).toEqual([
      'periode',
      'actie',
      'titel',
      'voortgang',
      'impact',
      'kleur',
      'kleur_bepaald_door',
      'toelichting',
      'bereikt',
      'bereik_toelichting',
    ]);
    expect(acties.length).toBe(1 + 3 + 4);
    expect(acties.find((r) => r[0] === '2026-Q2' && r[1] === '3')).toEqual([
      '2026-Q2',
      '3',
      'Werkgeversservicepunt',
      'oranje',
      'rood',
      'rood',
      'impact',
      'Werkgevers weten het servicepunt nog niet te vinden.',
      '',
      '',
    ]);
    const kpi = parseCsv(readFileSync(join(dist, 'proefregio/voortgang/kpi.csv'), 'utf8'));
    expect(kpi.filter((r) => r[0] === 'plaatsingen').map((r) => [r[3], r[4], r[5]])).toEqual([
      ['nulmeting', '2025', '400'],
      ['meting', '2026-Q1', '180'],
      ['meting', '2026-Q2', '410'],
      ['doel', '2027', '1000'],
    ]);
    const json = JSON.parse(readFileSync(join(dist, 'proefregio/voortgang/voortgang.json'), 'utf8'));
    expect(json.rapportages.map((r: any) => r.periode)).toEqual(['2026-Q1', '2026-Q2']);
    expect(json.acties).toHaveLength(7);
    expect(json.kpis.find((k: any) => k.id === 'doel').doel).toEqual({ value: '[x]', period: '2030' });
  });
});

describe('the voortgangsrapportage PDF', () => {
  it('is tagged, has an outline and a table of contents with the pages the chapters start on', async () => {
    const data = new Uint8Array(readFileSync(join(dist, 'pdf/proefregio-voortgang-2026-Q2.pdf')));
    const pdf = await getDocument({ data: data.slice(), isEvalSupported: false }).promise;
    const pages: string[] = [];
    for (let i = 1; i <= pdf.numPages; i++) {
      const items = (await (await pdf.getPage(i)).getTextContent()).items as { str: string }[];
      pages.push(
        items
          .map((x) => x.str)
          .join(' ')
          .replace(/\s+/g, ' '),
      );
    }
    const outline: { title: string; page: number }[] = [];
    const visit = async (items: any[] | null) => {
      for (const o of items ?? []) {
        const dest = typeof o.dest === 'string' ? await pdf.getDestination(o.dest) : o.dest;
        outline.push({ title: o.title.replace(/\s+/g, ' ').trim(), page: dest ? (await pdf.getPageIndex(dest[0])) + 1 : 0 });
        await visit(o.items);
      }
    };
    await visit(await pdf.getOutline());
    // Chromium drops the space where a heading wraps: compare without whitespace
    const key = (t: string) => t.replace(/\s+/g, '');
    const titles = outline.map((o) => key(o.title));
    for (const t of [
      'Voortgangsrapportage 2e kwartaal 2026',
      'Inhoud',
      'Samenvatting',
      'Leren en ontwikkelen',
      'Werk voor iedereen',
      'Acties',
      'KPI’s',
    ])
      expect(titles, t).toContain(key(t));
    // the table of contents (page 2) gives each chapter the page its heading is on
    const toc = pages[1];
    for (const chapter of ['Samenvatting', 'Leren en ontwikkelen', 'Werk voor iedereen']) {
      const at = outline.find((o) => o.title === chapter)!.page;
      expect(at, chapter).toBeGreaterThan(2);
      expect(toc, chapter).toMatch(new RegExp(`${chapter} ${at}\\b`));
      expect(pages[at - 1], chapter).toContain(chapter);
    }
    // colours as text in the summary and in each action
    expect(pages.join(' ')).toContain('Voortgang: rood');
    expect(pages.join(' ')).toContain('Verwachte impact: oranje');
    expect(pages.join(' ')).toContain('Rood door verwachte impact');
    await pdf.destroy();
    const lib = await PDFDocument.load(data, { updateMetadata: false });
    expect(lib.catalog.has(PDFName.of('StructTreeRoot'))).toBe(true);
    expect(lib.catalog.get(PDFName.of('Lang'))?.toString()).toContain('nl');
    expect(lib.getTitle()).toBe('Voortgangsrapportage 2e kwartaal 2026 (Proefregio)');
    expect(lib.getKeywords()).toContain('Voortgangsrapportage');
  });
});
