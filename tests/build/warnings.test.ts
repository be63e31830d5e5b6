/**
 * npm run validate warns (without failing) about scaffold sentences left in place and about an
 * adopted document whose status still prints CONCEPT.
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
  const summaryLine =
    readFileSync(join(dir, 'proefregio/documents/agenda.yaml'), 'utf8')
      .split('\n')
      .findIndex((l) => l.startsWith('summary:')) + 1;
  expect(r.stdout).toMatch(
    new RegExp(
      `proefregio/documents/agenda\\.yaml:${summaryLine}\\n\\s+veld agenda › summary: voorbeeldtekst nog niet vervangen: "Vervang deze zin door een samenvatting`,
    ),
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
