/**
 * npm run nieuwe-regio: a new region starts from valid content that builds into pages and a PDF,
 * and bad arguments get a clear message without touching anything.
 */
import { afterAll, expect, it } from 'vitest';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';
import { loadContent } from '../../src/model/load.ts';

const work = mkdtempSync(join(tmpdir(), 'mja-new-'));
const content = join(work, 'content');
cpSync(resolve('tests/fixtures/basic'), content, { recursive: true });
afterAll(() => rmSync(work, { recursive: true, force: true }));

const run = (...args: string[]) =>
  spawnSync(process.execPath, ['scripts/new-region.ts', ...args], { env: { ...process.env, MJA_CONTENT: content }, encoding: 'utf8' });

it('creates a region with its gemeenten, themes and a concept agenda that passes the checks', () => {
  const r = run('--naam', 'Midden-Utrecht', '--gemeenten', 'Utrecht*, Nieuwegein, Zeist, Stichtse Vecht', '--periode', '2027-2031');
  expect(r.status, r.stderr).toBe(0);
  expect(r.stdout).toContain('Regio "Midden-Utrecht" aangemaakt');
  const { model, errors } = loadContent(content);
  expect(errors).toEqual([]);
  const region = model.regions.find((x) => x.localId === 'midden-utrecht')!;
  expect(region.data.municipalities.map((m: any) => m.id)).toEqual(['utrecht', 'nieuwegein', 'zeist', 'stichtse-vecht']);
  expect(region.data.municipalities.filter((m: any) => m.centrumgemeente).map((m: any) => m.name)).toEqual(['Utrecht']);
  const themes = model.themes.filter((t) => t.region === 'midden-utrecht');
  expect(themes.flatMap((t) => t.data.national).sort()).toEqual(['economisch', 'ontwikkel', 'samenwerking', 'sociaal']);
  const doc = model.documents.find((d) => d.id === 'midden-utrecht/meerjarenagenda-2027-2031')!;
  expect(doc.data).toMatchObject({ status: 'concept', type: 'meerjarenagenda', period: { start: 2027, end: 2031 } });
  expect(model.chapters.filter((c) => c.document === 'midden-utrecht/meerjarenagenda-2027-2031')).toHaveLength(2);
});

it('the new region builds: its pages, print edition and PDF', () => {
  const dist = join(work, 'dist');
  const r = spawnSync(process.execPath, ['scripts/build.ts'], {
    env: { ...process.env, MJA_CONTENT: content, MJA_DIST: dist, MJA_SKIP: 'search' },
    encoding: 'utf8',
  });
  expect(r.status, r.stderr + r.stdout).toBe(0);
  expect(readFileSync(join(dist, 'midden-utrecht/index.html'), 'utf8')).toContain('Midden-Utrecht');
  expect(existsSync(join(dist, 'midden-utrecht/documenten/meerjarenagenda-2027-2031/print/index.html'))).toBe(true);
  expect(readdirSync(join(dist, 'pdf'))).toContain('midden-utrecht-meerjarenagenda-2027-2031.pdf');
}, 120_000);

it('refuses bad arguments with a message and changes nothing', () => {
  const cases: [string[], string][] = [
    [['--naam', 'Midden-Utrecht', '--gemeenten', 'Utrecht*'], 'bestaat al; er is niets veranderd'],
    [['--naam', 'Eemland', '--gemeenten', 'Amersfoort, Leusden'], 'markeer precies één centrumgemeente met een * (nu 0)'],
    [['--naam', 'Eemland'], 'geef de gemeenten van de regio'],
    [['--naam', 'Eemland', '--gemeenten', 'Amersfoort*, Amersfoort'], 'de gemeente "amersfoort" staat er twee keer in'],
    [['--naam', 'Eemland', '--gemeenten', 'Amersfoort*', '--kleur', '#ffcc00'], 'nodig is minstens 4,5:1'],
    [['--naam', 'Eemland', '--gemeenten', 'Amersfoort*', '--periode', '2030-2026'], 'periode "2030-2026" moet de vorm 2026-2030 hebben'],
    [['--gemeenten', 'Amersfoort*'], 'geef de naam van de regio'],
    [['--naam', 'Eemland', '--onbekend'], 'onbekende of onvolledige optie'],
  ];
  for (const [args, message] of cases) {
    const r = run(...args);
    expect(r.status, args.join(' ')).toBe(1);
    expect(r.stderr).toContain(message);
    expect(r.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
  }
  expect(existsSync(join(content, 'eemland'))).toBe(false);
});
