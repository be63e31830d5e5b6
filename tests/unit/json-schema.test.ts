/**
 * The JSON Schemas editors use (schemas/json/, made by npm run schemas from src/schemas):
 * committed files are up to date, each accepts every real content file of its kind, and each
 * rejects the mistakes writers make, as the build does.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join, matchesGlob } from 'node:path';
import { parse } from 'yaml';
import Ajv from 'ajv';
import { FILE_KINDS, type FileKind } from '../../src/writers/json-schema.ts';
import { generatedFiles } from '../../src/writers/files.ts';

const ajv = new Ajv({ strict: true, allErrors: true, allowUnionTypes: true });
const committed = (kind: FileKind) => JSON.parse(readFileSync(`schemas/json/${kind.name}.schema.json`, 'utf8'));
const validators = new Map(FILE_KINDS.map((k) => [k.name, ajv.compile(committed(k))]));

/** The data of a content file as the loader reads it (YAML 1.2; an MDX file's frontmatter). */
function dataOf(file: string, text = readFileSync(file, 'utf8')): unknown {
  if (file.endsWith('.mdx')) return parse(text.match(/^---\r?\n([\s\S]*?)\r?\n---/)![1]) ?? {};
  return parse(text);
}
const filesUnder = (root: string) => (readdirSync(root, { recursive: true }) as string[]).map((f) => f.split('\\').join('/'));
const kindOf = (rel: string) => FILE_KINDS.find((k) => k.files.some((g) => matchesGlob(rel, g)));
const errorsOf = (kind: FileKind, data: unknown) => {
  const v = validators.get(kind.name)!;
  return v(data) ? [] : v.errors!.map((e) => `${e.instancePath} ${e.message}`);
};

describe('committed files', () => {
  it('schemas/json, docs/VELDEN.md and .vscode/ are what npm run schemas makes from src/schemas', () => {
    for (const [rel, text] of Object.entries(generatedFiles())) {
      expect(readFileSync(rel, 'utf8'), `${rel} is niet bij: voer npm run schemas uit`).toBe(text);
    }
  });

  it('VS Code maps every kind of YAML file to its schema and recommends the YAML extension', () => {
    const settings = JSON.parse(readFileSync('.vscode/settings.json', 'utf8'));
    for (const k of FILE_KINDS.filter((k) => !k.frontmatter))
      expect(settings['yaml.schemas'][`./schemas/json/${k.name}.schema.json`]).toEqual(k.files);
    expect(JSON.parse(readFileSync('.vscode/extensions.json', 'utf8')).recommendations).toEqual(
      expect.arrayContaining(['redhat.vscode-yaml', 'astro-build.astro-vscode']),
    );
    // chapter frontmatter: the Astro extension reads the collection schemas Astro writes when this is on
    expect(settings['astro.content-intellisense']).toBe(true);
    expect(readFileSync('astro.config.ts', 'utf8')).toMatch(/^\s*experimental: \{ contentIntellisense: true \}/m);
  });
});

describe('the JSON Schemas accept all real content', () => {
  const files = filesUnder('content')
    .map((f) => `content/${f}`)
    .filter((f) => /\.(ya?ml|mdx)$/.test(f));
  it('every content file belongs to one kind, and every kind has files', () => {
    const none = files.filter((f) => !kindOf(f));
    expect(none).toEqual([]);
    for (const k of FILE_KINDS)
      expect(
        files.some((f) => kindOf(f) === k),
        k.name,
      ).toBe(true);
  });
  it.each(FILE_KINDS.map((k) => [k.name, k] as const))('%s', (_, kind) => {
    const mine = files.filter((f) => kindOf(f) === kind);
    const bad = mine.flatMap((f) => errorsOf(kind, dataOf(f)).map((e) => `${f}: ${e}`));
    expect(bad).toEqual([]);
  });
});

describe('the JSON Schemas reject broken content', () => {
  const fixture = 'tests/fixtures/basic';
  const kindByName = (n: string) => FILE_KINDS.find((k) => k.name === n)!;
  /** [kind, fixture file, from, to, what ajv must say] */
  const cases: [string, string, string | RegExp, string, RegExp][] = [
    ['document', 'proefregio/documents/agenda.yaml', /^status: .*$/m, 'status: klaar', /must be equal to one of the allowed values/],
    [
      'document',
      'proefregio/documents/agenda.yaml',
      /^title:/m,
      'titel:',
      /must NOT have additional properties|must have required property 'title'/,
    ],
    ['document', 'proefregio/documents/agenda.yaml', /^summary: .*$/m, '', /must have required property 'summary'/],
    ['document', 'proefregio/documents/agenda.yaml', /^date: .*$/m, 'date: "32 mei 2026"', /\/date/],
    ['regio', 'proefregio/region.yaml', /^name: .*$/m, 'name: 12', /\/name must be string/],
    ['regio', 'proefregio/region.yaml', /accent: "?#[0-9a-fA-F]{6}"?/, 'accent: rood', /\/theme\/accent must match pattern/],
    ['indicatoren', 'proefregio/indicators.yaml', 'value: 248000', 'value: "248.000 inwoners"', /\/0\/value/],
    ['acties', 'proefregio/actions.yaml', 'themes: [werk]', 'themes: []', /\/0\/themes must NOT have fewer than 1 items/],
    ['tabel', 'proefregio/tables/werkzoekenden.yaml', /^columns:/m, 'kolommen: []\ncolumns:', /must NOT have additional properties/],
    ['vergaderingen', 'proefregio/meetings.yaml', /date: "?[^\n"]+"?/, 'date: morgen', /\/0\/date/],
    [
      'themas',
      'proefregio/themes.yaml',
      /national: \[[^\]]*\]/,
      'national: [wonen]',
      /\/national\/0 must be equal to one of the allowed values/,
    ],
    [
      'hoofdstuk',
      'proefregio/documents/agenda/01-inleiding.mdx',
      /^kind: .*$|^title:/m,
      'kind: brief\ntitle:',
      /\/kind must be equal to one of the allowed values/,
    ],
  ];
  it.each(cases)('%s: %s with %s → %s', (kindName, file, from, to, message) => {
    const kind = kindByName(kindName);
    const path = join(fixture, file);
    expect(kindOf(`content/${file}`)).toBe(kind);
    const text = readFileSync(path, 'utf8');
    expect(errorsOf(kind, dataOf(path, text)), 'the fixture itself is valid').toEqual([]);
    const broken = text.replace(from, to);
    expect(broken, 'the edit changes the file').not.toBe(text);
    expect(errorsOf(kind, dataOf(path, broken)).join('\n')).toMatch(message);
  });
});

describe('dates and values as the build reads them', () => {
  const date = (v: unknown) =>
    errorsOf(
      FILE_KINDS.find((k) => k.name === 'vergaderingen')!,
      [{ id: 'x', body: 'rb', date: v }],
    );
  it('accepts every form the build accepts', () => {
    for (const ok of [
      '2026-05-07',
      '2026-05',
      '2026-Q2',
      '2026-W12',
      '2026',
      2026,
      'najaar 2024',
      'Begin 2027',
      'voor de zomer van 2026',
      'eerste helft 2026',
    ])
      expect(date(ok), String(ok)).toEqual([]);
  });
  it('rejects what the build rejects', () => {
    for (const bad of ['7 mei 2026', 'Q2 2026', '2026-Q5', 'later', 20260507, true]) expect(date(bad), String(bad)).not.toEqual([]);
  });
  it('a value is a number or a placeholder, not a Dutch-formatted number', () => {
    const value = (v: unknown) =>
      errorsOf(
        FILE_KINDS.find((k) => k.name === 'indicatoren')!,
        [{ id: 'x', label: 'X', value: v, unit: 'aantal', period: '2025', geography: 'regio', source: 'CBS' }],
      );
    for (const ok of [12106, 94.9, '[x]', 'PM', null]) expect(value(ok), String(ok)).toEqual([]);
    for (const bad of ['4,1', '12.106', 'veel']) expect(value(bad), bad).not.toEqual([]);
  });
});
