/**
 * The browser editor's configuration is made from the schemas and covers them: every field of
 * every kind of content file (at every depth) has a form field with a Dutch label, the schema's
 * description as help text, the same required flag, its allowed values as a select, a relation
 * picker for an id of another entry and the date pattern for a date; and nothing the schemas do
 * not have. Its file formats read and write every real content file without changing a value,
 * and type what a writer types as the build wants it.
 */
import { describe, expect, it } from 'vitest';
import { globSync, readFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { parse } from 'yaml';
import { editorConfig, formHint, LIST_FILES, type EditorRegion } from '../../src/editor/config.ts';
import { EDITOR_KINDS, REFERENCES, deref, entrySchema } from '../../src/editor/kinds.ts';
import { FIELD_LABELS } from '../../src/editor/labels.ts';
import { checkEntry, formatFor, gridToText, textToGrid } from '../../src/editor/format.ts';

type Json = Record<string, any>;

const region: EditorRegion = {
  id: 'proef',
  name: 'Proefregio',
  has: new Set(['region.yaml', 'documents', 'tables', 'monitoring', ...LIST_FILES.map(([f]) => f)]),
};
const { config, kinds } = editorConfig({ backend: { name: 'lokaal' }, regions: [region] });

/** The form fields of one kind (for a list file: of one entry). */
function formOf(kind: string): Json[] {
  const key = Object.keys(kinds).find((k) => kinds[k] === kind)!;
  const [collection, file] = key.split('/');
  const c = config.collections.find((x: Json) => x.name === collection);
  if (!file) return c.fields;
  const f = c.files.find((x: Json) => x.name === file);
  return f.fields[0].name === 'items' && f.fields.length === 1 && kind !== 'regio' ? f.fields[0].fields : f.fields;
}

/**
 * Every property of a JSON Schema with its path ("decisions[].body"), its node and whether the
 * form must require it: required in the schema and not inside an optional group (Decap would
 * demand it even when the group is left empty; the check before saving asks for it there).
 */
function properties(node: Json, defs: Json, path = '', inOptional = false): [string, Json, boolean][] {
  const n = deref(node, defs);
  const out: [string, Json, boolean][] = [];
  const req = new Set<string>(n.required ?? []);
  for (const [k, raw] of Object.entries<Json>(n.properties ?? {})) {
    const p = path ? `${path}.${k}` : k;
    const v = deref(raw, defs);
    out.push([p, v, req.has(k) && !inOptional]);
    out.push(...properties(v, defs, p, inOptional || !req.has(k)));
    const item = v.items && deref(v.items, defs);
    if (item?.properties) out.push(...properties(item, defs, `${p}[]`));
  }
  return out;
}

/** The form field at a path. */
function fieldAt(fields: Json[], path: string): Json | undefined {
  const [head, ...rest] = path.split('.');
  const name = head!.replace(/\[\]$/, '');
  const f = fields.find((x) => x.name === name);
  if (!f || rest.length === 0) return f;
  return fieldAt(f.fields ?? [], rest.join('.'));
}

describe('generated editor configuration', () => {
  it('has a collection or file for every kind of content file', () => {
    expect(new Set(Object.values(kinds))).toEqual(new Set(EDITOR_KINDS.map((k) => k.name)));
    expect(config.backend).toEqual({ name: 'proxy', proxy_url: '/api/v1', branch: 'main' });
    expect(config.locale).toBe('nl');
  });

  it('gives every group (object widget) at least one field, as Decap requires (else it shows only a configuration error)', () => {
    const empty: string[] = [];
    const walk = (fields: Json[] | undefined, at: string) => {
      for (const f of fields ?? []) {
        if (f.widget === 'object' && !(f.fields?.length > 0)) empty.push(`${at}.${f.name}`);
        walk(f.fields, `${at}.${f.name}`);
        if (f.field) walk([f.field], `${at}.${f.name}`);
      }
    };
    for (const c of config.collections) {
      walk(c.fields, c.name);
      for (const file of c.files ?? []) walk(file.fields, `${c.name}/${file.name}`);
    }
    expect(empty).toEqual([]);
  });

  it('types a map keyed by id (a letter per gemeente) as YAML text and reads it back', () => {
    const doc = formOf('document');
    const letter = doc.find((f) => f.name === 'letter');
    expect(letter?.fields?.find((f: Json) => f.name === 'gemeenten')?.widget).toBe('text');
  });

  for (const kind of EDITOR_KINDS) {
    it(`covers every field of ${kind.name}`, () => {
      const { schema, defs } = entrySchema(kind);
      const form = formOf(kind.name);
      const props = properties(schema, defs);
      expect(props.length).toBeGreaterThan(0);
      for (const [path, node, required] of props) {
        const f = fieldAt(form, path);
        const name = path.split('.').pop()!.replace(/\[\]$/, '');
        expect(f, `${kind.name}: ${path} heeft geen veld in de redactie`).toBeDefined();
        expect(FIELD_LABELS[name], `${kind.name}: ${path} heeft geen Nederlands label in src/editor/labels.ts`).toBeDefined();
        expect(f!.label, path).toBe(FIELD_LABELS[name]);
        expect(f!.required, path).toBe(required);
        if (node.description) {
          expect(f!.hint, path).toContain(formHint(node.description));
          expect(f!.hint, `${path}: geen advies over aanhalingstekens in een formulier`).not.toMatch(/aanhalingstekens/);
        }
        const target = REFERENCES[kind.name]?.[path];
        if (target) {
          expect(f!.widget, path).toBe('relation');
          expect(f!.multiple, path).toBe(node.type === 'array');
        } else if (node.enum) {
          expect(f!.widget, path).toBe('select');
          expect(f!.options, path).toEqual(node.enum);
        } else if (node.anyOf?.some((b: Json) => b.pattern)) {
          expect(f!.pattern?.[0], path).toBe(node.anyOf.find((b: Json) => b.pattern).pattern);
        } else if (node.type === 'boolean') expect(f!.widget, path).toBe('boolean');
        else if (node.type === 'integer' || node.type === 'number') expect(f!.widget, path).toBe('number');
        else if (node.properties) expect(f!.widget, path).toBe('object');
      }
      // and no field the schema does not have (a chapter's text is the file's body, not frontmatter)
      const known = new Set(props.map(([p]) => p.replace(/\[\]/g, '')));
      const walk = (fields: Json[], prefix: string) => {
        for (const f of fields) {
          const p = prefix ? `${prefix}.${f.name}` : f.name;
          if (!(kind.frontmatter && p === 'body')) expect(known.has(p), `${kind.name}: veld ${p} staat niet in het schema`).toBe(true);
          if (f.fields) walk(f.fields, p);
        }
      };
      walk(form, '');
    });
  }

  it('points relation pickers at the region’s own entries', () => {
    const actions = formOf('acties');
    expect(fieldAt(actions, 'themes')).toMatchObject({
      widget: 'relation',
      collection: 'proef-gegevens',
      file: 'themas',
      value_field: 'items.*.id',
    });
    expect(fieldAt(actions, 'document')).toMatchObject({ widget: 'relation', collection: 'proef-documenten', value_field: '{{slug}}' });
    for (const paths of Object.values(REFERENCES))
      for (const target of Object.values(paths)) expect(EDITOR_KINDS.map((k) => k.name)).toContain(target);
  });
});

const FILES: [string, string][] = [
  ['content/*/region.yaml', 'regio'],
  ['content/*/documents/*.yaml', 'document'],
  ['content/*/documents/*/*.mdx', 'hoofdstuk'],
  ['content/*/themes.yaml', 'themas'],
  ['content/themes.yaml', 'gedeelde-themas'],
  ['content/*/indicators.yaml', 'indicatoren'],
  ['content/*/tables/*.yaml', 'tabel'],
  ['content/*/actions.yaml', 'acties'],
  ['content/*/bodies.yaml', 'overleggen'],
  ['content/*/meetings.yaml', 'vergaderingen'],
  ['content/*/glossary.yaml', 'begrippen'],
  ['tests/fixtures/basic/*/monitoring/*.yaml', 'voortgang'],
];

describe('editor file formats', () => {
  it('read and write every content file without changing a value (a chapter’s text byte for byte)', () => {
    let n = 0;
    const changed: string[] = [];
    for (const [glob, kind] of FILES)
      for (const file of globSync(glob)) {
        n++;
        const text = readFileSync(file, 'utf8');
        const format = formatFor(kind);
        const out = format.toFile(format.fromFile(text));
        if (kind === 'hoofdstuk') {
          const body = (t: string) => t.replace(/^---\n[\s\S]*?\n---\n/, '');
          if (body(out) !== body(text) || !isDeepStrictEqual(parse(out.split('---')[1]!), parse(text.split('---')[1]!))) changed.push(file);
        } else if (!isDeepStrictEqual(parse(out), parse(text))) changed.push(file);
        expect(checkEntry(kind, format.fromFile(out)), file).toEqual([]);
      }
    expect(n).toBeGreaterThan(150);
    expect(changed).toEqual([]);
  });

  it('types a table as the build wants it: numbers, text columns, placeholders, empty cells', () => {
    const format = formatFor('tabel');
    const data = format.fromFile(
      [
        'title: T',
        'source: S',
        'period: "2025"',
        'geography: regio',
        'columns: [{ id: a, label: A, unit: tekst }, { id: b, label: B }, { id: c, label: C }]',
        'rows:',
        '  - ["2024", 5, 1.5]',
        '  - ["14.800", "PM", null]',
      ].join('\n'),
    );
    expect(data.rows).toBe('2024 | 5 | 1.5\n14.800 | PM | ');
    data.rows = '2024 | 5000 | 1.5\n14.800 | [x] |\nA \\| B | 7 | -';
    expect(parse(format.toFile(data)).rows).toEqual([
      ['2024', 5000, 1.5],
      ['14.800', '[x]', null],
      ['A | B', 7, '-'],
    ]);
    expect(textToGrid(gridToText([['a|b', null, 3]]))).toEqual([['a|b', '', '3']]);
  });

  it('writes values and dates as the guide does, and leaves empty optional fields out', () => {
    const format = formatFor('acties');
    const text = format.toFile({
      items: [
        {
          id: '2.1',
          title: 'T',
          description: 'D',
          themes: ['werk'],
          type: 'uitvoeren',
          group: '',
          budget: { value: '250000', note: '' },
          timing: { start: '2026-Q1' },
        },
        {
          id: '2.2',
          title: 'T',
          description: 'D',
          themes: ['werk'],
          type: 'uitvoeren',
          budget: { value: 'PM' },
          timing: { start: '2026' },
        },
      ],
    });
    expect(text).toContain('id: "2.1"');
    expect(parse(text)).toEqual([
      {
        id: '2.1',
        title: 'T',
        description: 'D',
        themes: ['werk'],
        type: 'uitvoeren',
        budget: { value: 250000 },
        timing: { start: '2026-Q1' },
      },
      { id: '2.2', title: 'T', description: 'D', themes: ['werk'], type: 'uitvoeren', budget: { value: 'PM' }, timing: { start: '2026' } },
    ]);
  });

  it('shows a form value of several lines as lines and writes one line as text, more as a list', () => {
    const format = formatFor('document');
    const data = format.fromFile(
      'title: T\ntype: collegeadvies\nstatus: concept\nsummary: S\nform:\n  - { label: Onderwerp, value: Eén regel }\n  - { label: Advies, value: ["1. Kennisnemen", "2. Instemmen"] }\n',
    );
    expect(data.form).toEqual([
      { label: 'Onderwerp', value: 'Eén regel' },
      { label: 'Advies', value: '1. Kennisnemen\n2. Instemmen' },
    ]);
    data.form[1].value = '1. Kennisnemen\n\n2. Instemmen\n3. Aanbieden';
    expect(parse(format.toFile(data)).form).toEqual([
      { label: 'Onderwerp', value: 'Eén regel' },
      { label: 'Advies', value: ['1. Kennisnemen', '2. Instemmen', '3. Aanbieden'] },
    ]);
  });

  it('refuses an entry the build would refuse, in Dutch, with the field', () => {
    expect(checkEntry('acties', { items: [{ id: '1', title: 'T', themes: ['werk'], type: 'uitvoeren' }] })).toEqual([
      'Acties › nr. 1 › Beschrijving (description): dit veld is verplicht; vul het in',
    ]);
    const [problem] = checkEntry('hoofdstuk', { number: '1', title: 'T', kind: 'roman', body: 'x' });
    expect(problem).toMatch(/^Hoofdstuk \(frontmatter\) › Soort \(kind\): /);
    expect(checkEntry('vergaderingen', { items: [{ id: 'rb-1', body: 'rb', date: '2026-02-30' }] })[0]).toMatch(/die datum bestaat niet/);
  });
});
