/** The model, its list of outputs, the sitemap, settings and plural forms: engine tests on the fixture. */
import { cpSync, mkdtempSync, rmSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { getModel } from '../../src/model/index.ts';
import { loadContent } from '../../src/model/load.ts';
import { outputs, routesOf } from '../../src/model/outputs.ts';
import type { Entry } from '../../src/model/types.ts';
import { sitemapXml } from '../../src/integration/sitemap.ts';
import { readSettings } from '../../src/settings.ts';
import { count, formatBytes } from '../../src/i18n/strings.ts';
import { withBase } from '../../src/core/urls.ts';

const tmp = mkdtempSync(join(tmpdir(), 'mja-model-'));
const fixture = join(tmp, 'content');
cpSync('tests/fixtures/basic', fixture, { recursive: true });
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('getModel', () => {
  it('reads a content folder once and reuses it until a file changes', () => {
    const a = getModel(fixture);
    expect(a.errors).toEqual([]);
    expect(getModel(fixture)).toBe(a);
    const later = new Date(Date.now() + 5000);
    utimesSync(join(fixture, 'proefregio/region.yaml'), later, later);
    const b = getModel(fixture);
    expect(b).not.toBe(a);
    expect(b.model.regions.map((r) => r.localId)).toEqual(['proefregio']);
  });
});

describe('outputs', () => {
  // a model of its own (not the cached one), to add to
  const { model } = loadContent(fixture);
  // a raadsinformatiebrief to one of the two gemeenten, with a theme title that holds a comma
  const letterDoc: Entry = {
    id: 'proefregio/rib',
    localId: 'rib',
    region: 'proefregio',
    file: 'x.yaml',
    raw: {},
    data: {
      title: 'Brief',
      type: 'raadsinformatiebrief',
      authors: [],
      themes: ['werk'],
      summary: 'Over de agenda',
      letter: { recipients: ['dorp'], onderwerp: 'De agenda' },
    },
  };
  model.documents.push(letterDoc);
  model.themes[0].data.title = 'Werk, inkomen en scholing';
  const list = outputs(model);
  const byPath = new Map(list.map((o) => [o.path, o]));

  it('lists every page once, sorted by path', () => {
    const paths = list.map((o) => o.path);
    expect(new Set(paths).size).toBe(paths.length);
    expect([...paths].sort()).toEqual(paths);
    for (const p of [
      '',
      'begrippen/',
      'zoeken/',
      'themas/',
      'feed.xml',
      'proefregio/',
      'proefregio/cijfers/',
      'proefregio/uitvoering/',
      'proefregio/organisatie/',
      'proefregio/documenten/',
      'proefregio/documenten/agenda/',
      'proefregio/documenten/agenda/01-inleiding/',
      'proefregio/cijfers/werkzoekenden.csv',
      'proefregio/cijfers/cijfers.csv',
    ]) {
      expect(byPath.has(p), p).toBe(true);
    }
    expect(byPath.get('')!.file).toBe('index.html');
    expect(byPath.get('feed.xml')!.file).toBe('feed.xml');
  });

  it('gives each document a print edition and a PDF, and a letter only to its recipients', () => {
    const print = byPath.get('proefregio/documenten/agenda/print/')!;
    expect(print.noindex).toBe(true);
    expect(print.pdf!.file).toBe('pdf/proefregio-agenda.pdf');
    expect(print.pdf!.meta).toEqual({
      title: 'Proefagenda 2026-2030 (Proefregio)',
      author: 'Arbeidsmarktregio Proefregio',
      subject: 'Een proefagenda met twee hoofdstukken.',
      keywords: ['Beleidsagenda', 'Arbeidsmarktregio Proefregio', 'Werk, inkomen en scholing'],
    });
    expect(byPath.has('pdf/proefregio-agenda.pdf')).toBe(true);
    expect(byPath.has('proefregio/documenten/rib/brief/dorp/')).toBe(true);
    expect(byPath.has('proefregio/documenten/rib/brief/hoofdstad/')).toBe(false);
    const letter = byPath.get('proefregio/documenten/rib/brief/dorp/')!;
    expect(letter.noindex).toBe(true);
    expect(letter.pdf).toMatchObject({ file: 'pdf/proefregio-rib-dorp.pdf', doc: 'proefregio/rib', gemeente: 'dorp' });
    expect(letter.pdf!.meta.author).toBe('Gemeente Dorp');
  });

  it('gives Astro the route parameters of each page kind', () => {
    const chapters = routesOf(list, 'chapter');
    expect(chapters.map((r) => r.params)).toEqual([
      { region: 'proefregio', doc: 'agenda', chapter: '01-inleiding' },
      { region: 'proefregio', doc: 'agenda', chapter: '02-doelen' },
    ]);
    expect(chapters[0].props.id).toBe('proefregio/agenda/01-inleiding');
  });

  it('feeds the sitemap: indexable HTML pages only, under the base path', () => {
    const xml = sitemapXml(list, 'https://voorbeeld.nl/agenda/');
    expect(xml).toContain('<loc>https://voorbeeld.nl/agenda/</loc>');
    expect(xml).toContain('<loc>https://voorbeeld.nl/agenda/proefregio/documenten/agenda/01-inleiding/</loc>');
    expect(xml).not.toContain('/print/');
    expect(xml).not.toContain('/brief/');
    expect(xml).not.toContain('.csv');
    expect(xml).not.toContain('.pdf');
    expect(xml).not.toContain('404');
  });
});

describe('settings', () => {
  it('has defaults', () => {
    const s = readSettings({});
    expect(s).toMatchObject({ site: 'https://meerjarenagenda.example.nl', base: '/', contentDir: 'content', distDir: 'dist' });
    expect(s.skip.size).toBe(0);
  });
  it('reads and checks each setting', () => {
    const s = readSettings({
      MJA_SITE: 'https://agenda.example.nl/',
      MJA_BASE: '/agenda/',
      MJA_SKIP: 'pdf,search',
      SOURCE_DATE_EPOCH: '1700000000',
    });
    expect(s.site).toBe('https://agenda.example.nl');
    expect([...s.skip]).toEqual(['pdf', 'search']);
    expect(s.sourceDateEpoch).toBe(1700000000);
    expect(() => readSettings({ MJA_SKIP: 'pdf,zoeken' })).toThrow(/MJA_SKIP kent alleen pdf, search, sitemap/);
    expect(() => readSettings({ MJA_BASE: 'agenda' })).toThrow(/MJA_BASE begint en eindigt met een schuine streep/);
    expect(() => readSettings({ MJA_SITE: 'agenda.nl' })).toThrow(/MJA_SITE moet een volledig webadres zijn/);
  });
  it('puts the base in front of every URL', () => {
    expect(withBase('/agenda/').chapter('r/d/01-x')).toBe('/agenda/r/documenten/d/01-x/');
    expect(withBase('/').home()).toBe('/');
  });
});

describe('plural forms and sizes', () => {
  it('picks the Dutch form for the count', () => {
    expect(count(1, 'actie')).toBe('1 actie');
    expect(count(0, 'actie')).toBe('0 acties');
    expect(count(2, 'pagina')).toBe('2 pagina’s');
    expect(count(1204, 'document')).toBe('1.204 documenten');
    expect(formatBytes(475_543)).toBe('464 kB');
  });
});

describe('PDF document properties', () => {
  it('name the region once in a PDF title (not "… Rivierenland 2026-2030 (Rivierenland)")', () => {
    const model = getModel('content').model;
    const titles = outputs(model)
      .filter((o) => o.pdf && !o.pdf.gemeente)
      .map((o) => o.pdf!.meta.title);
    expect(titles.length).toBeGreaterThan(10);
    for (const r of model.regions) {
      const name = r.data.name as string;
      for (const t of titles) expect(t.split(name).length - 1, t).toBeLessThanOrEqual(1);
    }
  });
});
