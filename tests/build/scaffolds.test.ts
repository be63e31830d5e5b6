/**
 * npm run nieuw: a writer starts a region, then a document, a chapter, a table from an Excel CSV
 * (Windows-1252, semicolons, decimal commas, thousands dots), an action and a raadsinformatiebrief
 * with the commands only; all of it passes the checks and is on the built site. Bad arguments
 * get a Dutch message and change nothing; nothing is ever overwritten.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';
import { loadContent } from '../../src/model/load.ts';

const work = mkdtempSync(join(tmpdir(), 'mja-nieuw-'));
const content = join(work, 'content');
const dist = join(work, 'dist');
cpSync(resolve('tests/fixtures/basic'), content, { recursive: true });
afterAll(() => rmSync(work, { recursive: true, force: true }));

const env = { ...process.env, MJA_CONTENT: content };
const node = (script: string, args: string[]) => spawnSync(process.execPath, [script, ...args], { env, encoding: 'utf8' });
const nieuw = (...args: string[]) => node('scripts/new.ts', args);
const ok = (r: ReturnType<typeof nieuw>) => {
  expect(r.status, r.stderr + r.stdout).toBe(0);
  return r.stdout;
};
const region = join(content, 'midden-utrecht');
/** Windows-1252 bytes of a CSV as Dutch Excel saves it ("CSV (gescheiden door puntkomma)"). */
const cp1252 = (s: string) => Uint8Array.from([...s].map((c) => (c === '€' ? 0x80 : c.charCodeAt(0))));
const csv = join(work, 'werkzoekenden.csv');
writeFileSync(
  csv,
  cp1252('Gemeente;Werkzoekenden;Aandeel één jaar\r\nUtrecht;12.106;4,1\r\nZeist;1.234;3,5\r\nBunnik;n.b.;\r\nTotaal;13.340;\r\n'),
);

beforeAll(() => {
  ok(node('scripts/new-region.ts', ['--naam', 'Midden-Utrecht', '--gemeenten', 'Utrecht*, Zeist, Bunnik', '--periode', '2026-2030']));
});

describe('scaffolds', () => {
  it('the new region has the body its decision example uses', () => {
    expect(readFileSync(join(region, 'bodies.yaml'), 'utf8')).toContain('id: regionaal-beraad');
  });

  it('a document with its first chapter', () => {
    const out = ok(
      nieuw(
        'document',
        '--regio',
        'midden-utrecht',
        '--titel',
        'Uitvoeringsagenda 2026-2027',
        '--soort',
        'uitvoeringsagenda',
        '--periode',
        '2026-2027',
      ),
    );
    expect(out).toContain('documents/uitvoeringsagenda-2026-2027.yaml');
    const yaml = readFileSync(join(region, 'documents/uitvoeringsagenda-2026-2027.yaml'), 'utf8');
    expect(yaml).toMatch(/^# /m); // commented
    expect(yaml).toContain('type: uitvoeringsagenda');
  });

  it('a chapter, numbered after the existing ones', () => {
    ok(nieuw('hoofdstuk', '--regio', 'midden-utrecht', '--document', 'meerjarenagenda-2026-2030', '--titel', 'Doelgroepen en aanpak'));
    const text = readFileSync(join(region, 'documents/meerjarenagenda-2026-2030/03-doelgroepen-en-aanpak.mdx'), 'utf8');
    expect(text).toContain('number: "3"');
  });

  it('a table from a Windows-1252 CSV with decimal commas, thousands dots and a total line', () => {
    const out = ok(
      nieuw(
        'tabel',
        '--regio',
        'midden-utrecht',
        '--csv',
        csv,
        '--titel',
        'Werkzoekenden per gemeente',
        '--eenheid',
        'aantal, procent',
        '--periode',
        '2025',
        '--bron',
        'UWV',
        '--document',
        'meerjarenagenda-2026-2030',
      ),
    );
    expect(out).toContain('tables/werkzoekenden-per-gemeente.yaml');
    const t = loadContent(content).model.tables.find((x) => x.id === 'midden-utrecht/werkzoekenden-per-gemeente')!;
    expect(t.data.rows).toEqual([
      ['Utrecht', 12106, 4.1],
      ['Zeist', 1234, 3.5],
      ['Bunnik', 'n.b.', null],
    ]);
    expect(t.data.totals).toEqual([['Totaal', 13340, null]]);
    expect(t.data.columns.map((c: any) => [c.unit, c.label])).toEqual([
      ['tekst', 'Gemeente'],
      ['aantal', 'Werkzoekenden'],
      ['procent', 'Aandeel één jaar'],
    ]);
    expect(readFileSync(join(region, 'tables/werkzoekenden-per-gemeente.yaml'), 'utf8')).toContain('Windows-1252');
  });

  it('an action, added to actions.yaml', () => {
    ok(
      nieuw(
        'actie',
        '--regio',
        'midden-utrecht',
        '--titel',
        'Leerwerkloket in elke gemeente',
        '--thema',
        'leven-lang-ontwikkelen',
        '--nummer',
        '2.1.3',
        '--trekker',
        'UWV',
        '--start',
        '2026',
        '--eind',
        '2027',
      ),
    );
    ok(nieuw('actie', '--regio', 'midden-utrecht', '--titel', 'Werkgeversservicepunt', '--thema', 'vraag-en-aanbod'));
    const actions = loadContent(content).model.actions.filter((a) => a.region === 'midden-utrecht');
    expect(actions.map((a) => [a.localId, a.data.title])).toEqual([
      ['2.1.3', 'Leerwerkloket in elke gemeente'],
      ['1', 'Werkgeversservicepunt'],
    ]);
  });

  it('a raadsinformatiebrief with its text as a page', () => {
    ok(nieuw('brief', '--regio', 'midden-utrecht', '--onderwerp', 'Meerjarenagenda 2026-2030'));
    // one annex is a document of the site, one only a name
    const file = join(region, 'documents/raadsinformatiebrief-meerjarenagenda-2026-2030.yaml');
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace(/^  # bijlagen: .*$/m, '  bijlagen: [meerjarenagenda-2026-2030, "Verslag werkconferentie"]'),
    );
    const doc = loadContent(content).model.documents.find((d) => d.id === 'midden-utrecht/raadsinformatiebrief-meerjarenagenda-2026-2030')!;
    expect(doc.data.letter.bijlagen).toEqual(['meerjarenagenda-2026-2030', 'Verslag werkconferentie']);
    expect(doc.data.type).toBe('raadsinformatiebrief');
    expect(doc.data.letter.onderwerp).toBe('Meerjarenagenda 2026-2030');
  });

  it('all of it passes the checks', () => {
    expect(loadContent(content).errors).toEqual([]);
  });

  it('refuses bad arguments with a Dutch message and changes nothing', () => {
    const snapshot = () =>
      (readdirSync(content, { recursive: true }) as string[])
        .sort()
        .map((f) => [f, existsSync(join(content, f)) && !f.endsWith('/') ? safeRead(join(content, f)) : '']);
    const safeRead = (p: string) => {
      try {
        return readFileSync(p, 'utf8');
      } catch {
        return 'dir';
      }
    };
    const before = snapshot();
    const cases: [string[], string][] = [
      [[], 'zeg wat u wilt maken; kies uit document, brief, hoofdstuk, tabel, actie'],
      [['taart'], '"taart" kan ik niet maken'],
      [['document', '--titel', 'X'], 'geef --regio'],
      [['document', '--regio', 'nergens', '--titel', 'X'], 'onbekende regio "nergens"; bekend: midden-utrecht, proefregio'],
      [['document', '--regio', 'midden-utrecht', '--titel', 'X', '--soort', 'boek'], 'soort "boek" bestaat niet'],
      [['document', '--regio', 'midden-utrecht', '--titel', 'Uitvoeringsagenda 2026-2027'], 'bestaat al; er is niets veranderd'],
      [['hoofdstuk', '--regio', 'midden-utrecht', '--document', 'geen', '--titel', 'X'], 'onbekend document "geen"'],
      [
        ['hoofdstuk', '--regio', 'midden-utrecht', '--document', 'meerjarenagenda-2026-2030', '--titel', 'X', '--nummer', '1'],
        'nummer "1" staat al',
      ],
      [
        ['hoofdstuk', '--regio', 'midden-utrecht', '--document', 'meerjarenagenda-2026-2030', '--titel', 'X', '--nummer', '3 b'],
        'haalt de controle niet; er is niets veranderd',
      ],
      [
        [
          'tabel',
          '--regio',
          'midden-utrecht',
          '--csv',
          csv,
          '--titel',
          'Werkzoekenden per gemeente',
          '--eenheid',
          'aantal',
          '--periode',
          '2025',
          '--bron',
          'UWV',
        ],
        'bestaat al',
      ],
      [['tabel', '--regio', 'midden-utrecht', '--csv', csv, '--titel', 'Y', '--periode', '2025', '--bron', 'UWV'], 'geef --eenheid'],
      [
        ['tabel', '--regio', 'midden-utrecht', '--csv', csv, '--titel', 'Y', '--eenheid', 'stuks', '--periode', '2025', '--bron', 'UWV'],
        'eenheid "stuks" bestaat niet',
      ],
      [
        [
          'tabel',
          '--regio',
          'midden-utrecht',
          '--csv',
          join(work, 'geen.csv'),
          '--titel',
          'Y',
          '--eenheid',
          'aantal',
          '--periode',
          '2025',
          '--bron',
          'UWV',
        ],
        'bestaat niet',
      ],
      [
        ['actie', '--regio', 'midden-utrecht', '--titel', 'X', '--thema', 'wonen'],
        'onbekend thema "wonen" in midden-utrecht; bekend: werk-voor-iedereen',
      ],
      [['actie', '--regio', 'midden-utrecht', '--titel', 'X', '--thema', 'samenwerking', '--nummer', '2.1.3'], 'actie "2.1.3" bestaat al'],
      [['actie', '--regio', 'midden-utrecht', '--titel', 'X', '--onbekend'], 'onbekende of onvolledige optie'],
    ];
    for (const [args, message] of cases) {
      const r = nieuw(...args);
      expect(r.status, args.join(' ')).toBe(1);
      expect(r.stderr, args.join(' ')).toContain(message);
      expect(r.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
    }
    expect(snapshot()).toEqual(before);
  });

  it('a CSV cell that is not a number names its line and column', () => {
    const bad = join(work, 'fout.csv');
    writeFileSync(bad, 'Gemeente;Aantal\nUtrecht;veel\n');
    const r = nieuw(
      'tabel',
      '--regio',
      'midden-utrecht',
      '--csv',
      bad,
      '--titel',
      'Fout',
      '--eenheid',
      'aantal',
      '--periode',
      '2025',
      '--bron',
      'UWV',
    );
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('regel 2, kolom 2 ("Aantal"): "veel" is geen getal');
  });
});

describe('what the scaffolds made builds into the site', () => {
  const EDIT = 'https://git.example.nl/regio/agenda/edit/main/content/';
  beforeAll(() => {
    // the writer commits: the region on 4 March 2026, the table later, on 9 April 2026
    const git = (args: string[], date?: string) => {
      const r = spawnSync('git', args, {
        cwd: content,
        encoding: 'utf8',
        env: {
          ...process.env,
          GIT_AUTHOR_NAME: 'Schrijver',
          GIT_AUTHOR_EMAIL: 's@example.nl',
          GIT_COMMITTER_NAME: 'Schrijver',
          GIT_COMMITTER_EMAIL: 's@example.nl',
          ...(date ? { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date } : {}),
        },
      });
      expect(r.status, r.stderr).toBe(0);
    };
    git(['init', '-q']);
    git(['add', '-A', '.', ':!midden-utrecht/tables']);
    git(['commit', '-q', '-m', 'Regio Midden-Utrecht'], '2026-03-04T10:00:00+01:00');
    git(['add', '-A']);
    git(['commit', '-q', '-m', 'Tabel werkzoekenden'], '2026-04-09T10:00:00+02:00');
    const r = spawnSync(process.execPath, ['scripts/build.ts'], {
      env: { ...env, MJA_DIST: dist, MJA_SKIP: 'search,pdf', MJA_EDIT_URL: EDIT },
      encoding: 'utf8',
    });
    expect(r.status, r.stderr + r.stdout).toBe(0);
  }, 300_000);
  const page = (p: string) => readFileSync(join(dist, p, 'index.html'), 'utf8');

  it('document, chapter, table, actions and letters are on the site', () => {
    expect(page('midden-utrecht/documenten/uitvoeringsagenda-2026-2027')).toContain('Uitvoeringsagenda 2026-2027');
    expect(page('midden-utrecht/documenten/meerjarenagenda-2026-2030/03-doelgroepen-en-aanpak')).toContain('Doelgroepen en aanpak');
    const figures = page('midden-utrecht/cijfers');
    expect(figures).toContain('Werkzoekenden per gemeente');
    expect(figures).toContain('12.106');
    expect(figures).toContain('4,1');
    const actions = page('midden-utrecht/uitvoering');
    expect(actions).toContain('Leerwerkloket in elke gemeente');
    const letter = page('midden-utrecht/documenten/raadsinformatiebrief-meerjarenagenda-2026-2030/brief/zeist');
    expect(letter).toMatch(
      /<li><a href="\/midden-utrecht\/documenten\/meerjarenagenda-2026-2030\/"[^>]*>Meerjarenagenda Midden-Utrecht 2026-2030<\/a><\/li>/,
    );
    expect(letter).toMatch(/<li[^>]*>Verslag werkconferentie<\/li>/);
    for (const g of ['utrecht', 'zeist', 'bunnik'])
      expect(
        existsSync(join(dist, `midden-utrecht/documenten/raadsinformatiebrief-meerjarenagenda-2026-2030/brief/${g}/index.html`)),
        g,
      ).toBe(true);
  });

  it('every page made from content links to its main file and says when that content last changed', () => {
    const edit = (p: string) => page(p).match(/<a href="([^"]+)"[^>]*>Bewerk deze pagina<\/a>/)?.[1];
    const changed = (p: string) =>
      page(p)
        .match(/Laatst gewijzigd op <time datetime="([^"]+)"[^>]*>([^<]+)<\/time>/)
        ?.slice(1);
    expect(edit('midden-utrecht')).toBe(EDIT + 'midden-utrecht/region.yaml');
    expect(edit('midden-utrecht/documenten/uitvoeringsagenda-2026-2027')).toBe(
      EDIT + 'midden-utrecht/documents/uitvoeringsagenda-2026-2027.yaml',
    );
    expect(edit('midden-utrecht/documenten/meerjarenagenda-2026-2030/03-doelgroepen-en-aanpak')).toBe(
      EDIT + 'midden-utrecht/documents/meerjarenagenda-2026-2030/03-doelgroepen-en-aanpak.mdx',
    );
    expect(edit('midden-utrecht/uitvoering')).toBe(EDIT + 'midden-utrecht/actions.yaml');
    // the figures page is made from the table too, committed later
    expect(changed('midden-utrecht/documenten/meerjarenagenda-2026-2030/03-doelgroepen-en-aanpak')).toEqual(['2026-03-04', '4 maart 2026']);
    expect(changed('midden-utrecht/cijfers')).toEqual(['2026-04-09', '9 april 2026']);
    expect(changed('midden-utrecht/uitvoering')).toEqual(['2026-03-04', '4 maart 2026']);
    // the print edition's colophon; a letter has neither
    const print = page('midden-utrecht/documenten/meerjarenagenda-2026-2030/print');
    expect(print).toMatch(/<footer class="page-meta page-meta--print"[^>]*>.*Laatst gewijzigd op <time datetime="2026-04-09"/s);
    expect(print).toContain(`href="${EDIT}midden-utrecht/documents/meerjarenagenda-2026-2030.yaml"`);
    const letter = page('midden-utrecht/documenten/raadsinformatiebrief-meerjarenagenda-2026-2030/brief/zeist');
    expect(letter).not.toContain('Laatst gewijzigd');
    expect(letter).not.toContain(EDIT);
    // pages not made from content files carry neither
    expect(page('zoeken')).not.toContain('Laatst gewijzigd');
  });
});
