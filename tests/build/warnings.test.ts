/**
 * npm run validate warns (without failing) about scaffold sentences left in place and about an
 * adopted document whose status still prints CONCEPT; has a --watch mode; an unknown body in a
 * decision says which bodies exist and that bodyName is for the others.
 */
import { afterAll, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';

const work = mkdtempSync(join(tmpdir(), 'mja-warn-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const copy = (name: string) => {
  const dir = join(work, name);
  cpSync(resolve('tests/fixtures/basic'), dir, { recursive: true });
  return dir;
};
const validate = (dir: string) => spawnSync(process.execPath, ['scripts/validate.ts', dir], { encoding: 'utf8' });
const edit = (file: string, from: string | RegExp, to: string) => {
  const text = readFileSync(file, 'utf8');
  const next = text.replace(from, to);
  if (next === text) throw new Error(`edit had no effect on ${file}`);
  writeFileSync(file, next);
};

it('the fixture has no warnings', () => {
  const r = validate(copy('clean'));
  expect(r.status).toBe(0);
  expect(r.stdout).not.toContain('waarschuwing');
});

it('warns about scaffold sentences left in YAML and in chapter text, with file and line', () => {
  const dir = copy('placeholders');
  edit(
    join(dir, 'proefregio/documents/agenda.yaml'),
    /^summary: .*$/m,
    'summary: "Vervang deze zin door een samenvatting van één alinea in eigen woorden."',
  );
  const chapter = join(dir, 'proefregio/documents/agenda/02-doelen.mdx');
  writeFileSync(chapter, readFileSync(chapter, 'utf8') + '\nVervang deze zin door de tekst van de paragraaf.\n');
  const lines = readFileSync(chapter, 'utf8').split('\n').length - 1;
  const r = validate(dir);
  expect(r.status, r.stderr).toBe(0);
  expect(r.stdout).toContain('2 waarschuwingen (de site wordt wel gebouwd)');
  expect(r.stdout).toMatch(
    /proefregio\/documents\/agenda\.yaml:\d+\n\s+veld agenda › summary: voorbeeldtekst nog niet vervangen: "Vervang deze zin door een samenvatting/,
  );
  expect(r.stdout).toContain(`proefregio/documents/agenda/02-doelen.mdx:${lines}\n  voorbeeldtekst nog niet vervangen`);
});

it('warns about an adopted document that still prints CONCEPT', () => {
  const dir = copy('adopted');
  edit(join(dir, 'proefregio/documents/agenda.yaml'), 'outcome: besproken', 'outcome: vastgesteld');
  const r = validate(dir);
  expect(r.status, r.stderr).toBe(0);
  expect(r.stdout).toContain('veld document "agenda" › status: het document is vastgesteld (decisions) maar heeft status "concept"');
  edit(join(dir, 'proefregio/documents/agenda.yaml'), 'status: concept', 'status: vastgesteld');
  expect(validate(dir).stdout).not.toContain('waarschuwing');
});

it('npm run validate -- --watch checks again after every change', async () => {
  const { spawn } = await import('node:child_process');
  const dir = copy('watch');
  const child = spawn(process.execPath, ['scripts/validate.ts', dir, '--watch'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout.on('data', (d) => (out += d));
  child.stderr.on('data', (d) => (out += d));
  const until = async (text: string, from: number) => {
    for (let i = 0; i < 100 && !out.slice(from).includes(text); i++) await new Promise((r) => setTimeout(r, 200));
    expect(out.slice(from), text).toContain(text);
  };
  try {
    await until('Inhoud in orde', 0);
    await until('Ik kijk mee', 0);
    let mark = out.length;
    edit(join(dir, 'proefregio/documents/agenda.yaml'), 'status: concept', 'status: klaar');
    await until('veld document "agenda" › status: "klaar" is geen toegestane waarde', mark);
    mark = out.length;
    edit(join(dir, 'proefregio/documents/agenda.yaml'), 'status: klaar', 'status: concept');
    await until('Inhoud in orde', mark);
  } finally {
    child.kill();
  }
}, 60_000);

it('an unknown body names the known ones and bodyName', async () => {
  const { loadContent } = await import('../../src/model/load.ts');
  const { formatErrors } = await import('../../src/model/errors.ts');
  const dir = copy('body');
  edit(join(dir, 'proefregio/documents/agenda.yaml'), 'body: beraad', 'body: gemeenteraad-zeist');
  const out = formatErrors(loadContent(dir).errors);
  expect(out).toContain(
    'decisions[0].body: onbekend overleg "gemeenteraad-zeist"; bekend: beraad; staat het orgaan niet in bodies.yaml, schrijf dan bodyName: "gemeenteraad-zeist"',
  );
});

it('warns about a bijlage that looks like a document id but matches none', async () => {
  const { loadContent } = await import('../../src/model/load.ts');
  const { warningsOf } = await import('../../src/model/warnings.ts');
  const dir = copy('annex');
  writeFileSync(
    join(dir, 'proefregio/documents/agenda.yaml'),
    readFileSync(join(dir, 'proefregio/documents/agenda.yaml'), 'utf8') +
      'letter:\n  onderwerp: Proef\n  bijlagen: [agenda, agneda-2026, "Een losse notitie"]\n',
  );
  const { model, errors } = loadContent(dir);
  expect(errors).toEqual([]);
  expect(warningsOf(model).map((w) => `${w.field}: ${w.message}`)).toEqual([
    'document "agenda" › letter.bijlagen[1]: "agneda-2026" lijkt een document-id, maar er is geen document met die id; de brief drukt de tekst letterlijk af. Bedoelt u een van: agenda?',
  ]);
});

it('a table row with a decimal comma names the row from 1, its line and the comma', async () => {
  const { loadContent } = await import('../../src/model/load.ts');
  const { formatErrors } = await import('../../src/model/errors.ts');
  const dir = copy('comma');
  const file = join(dir, 'proefregio/tables/werkzoekenden.yaml');
  edit(file, '[Middelbaar, 4000]', '[Middelbaar, 4,1]');
  const line =
    readFileSync(file, 'utf8')
      .split('\n')
      .findIndex((l) => l.includes('[Middelbaar, 4,1]')) + 1;
  const out = formatErrors(loadContent(dir).errors);
  expect(out).toContain(
    `proefregio/tables/werkzoekenden.yaml:${line}\n  veld tabel "werkzoekenden" › rows[1]: de rij heeft 3 cellen, de tabel 2 kolommen (niveau, aantal); dit is rij 2 onder rows. Een komma scheidt cellen: staat hier 4,1? Schrijf een decimaal getal met een punt (4.1)`,
  );
});
