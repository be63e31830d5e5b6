/**
 * The field reference of the writers' guide, made from the same JSON Schemas as the editor
 * support (src/writers/json-schema.ts), so it lists every field of every kind of file with its
 * type, whether it is required, its allowed values, default, Dutch explanation and example, and
 * cannot go stale. `npm run schemas` writes it to docs/VELDEN.md; the site shows it on
 * /schrijvers/.
 */
import { FILE_KINDS, jsonSchemaOf, type FileKind } from './json-schema.ts';

type Json = Record<string, any>;

export interface FieldRow {
  /** Path of the field in the file: "municipalities[].address", "letter.onderwerp". */
  path: string;
  depth: number;
  type: string;
  required: boolean;
  values?: string[];
  default?: string;
  description: string;
  example?: string;
}

export interface GuideKind {
  kind: FileKind;
  rows: FieldRow[];
}

const show = (v: unknown) => (typeof v === 'string' ? v : JSON.stringify(v).replace(/,/g, ', ').replace(/:/g, ': '));

function isDate(s: Json) {
  return (
    Array.isArray(s.anyOf) &&
    s.anyOf.some((x: Json) => x.type === 'string' && typeof x.pattern === 'string' && x.pattern.includes('[Qq][1-4]'))
  );
}
function isValue(s: Json) {
  return Array.isArray(s.anyOf) && s.anyOf.some((x: Json) => x.type === 'number') && s.anyOf.some((x: Json) => Array.isArray(x.enum));
}

/** Dutch name of a JSON Schema type. */
export function typeName(s: Json): string {
  if (isDate(s)) return 'datum';
  if (isValue(s)) return 'getal of placeholder';
  if (s.enum) return 'keuze';
  if (s.const !== undefined) return `precies "${s.const}"`;
  if (s.anyOf) return [...new Set(s.anyOf.map(typeName))].join(' of ');
  switch (s.type) {
    case 'string':
      return s.pattern === '^[a-z0-9][a-z0-9.-]*$' ? 'id (kleine letters, cijfers, punten, streepjes)' : 'tekst';
    case 'integer':
      return 'geheel getal';
    case 'number':
      return 'getal';
    case 'boolean':
      return 'true of false';
    case 'null':
      return 'leeg';
    case 'object':
      return 'groep velden';
    case 'array':
      return s.items ? `lijst van ${plural(typeName(s.items))}` : 'lijst';
    default:
      return 'waarde';
  }
}
const plural = (t: string) => ({ tekst: 'teksten', 'groep velden': 'groepen velden', datum: 'datums', keuze: 'keuzes' })[t] ?? t;

function valuesOf(s: Json): string[] | undefined {
  if (s.enum) return s.enum.map(String);
  if (s.anyOf) {
    const all = s.anyOf.flatMap((x: Json) => (x.enum ? x.enum.map(String) : x.const !== undefined ? [String(x.const)] : []));
    return all.length ? all : undefined;
  }
  if (s.type === 'array' && s.items) return valuesOf(s.items);
  return undefined;
}

/** Object schema inside a field: the field itself, its list items, or a union member. */
function objectIn(s: Json): Json | undefined {
  if (s.type === 'object' && s.properties) return s;
  if (s.type === 'array' && s.items) return objectIn(s.items);
  if (s.anyOf)
    for (const x of s.anyOf) {
      const o = objectIn(x);
      if (o) return o;
    }
  return undefined;
}

function rowsOf(obj: Json, prefix: string, depth: number, out: FieldRow[]) {
  const required = new Set<string>(obj.required ?? []);
  for (const [name, s] of Object.entries<Json>(obj.properties ?? {})) {
    const path = prefix + name;
    const ex = s.examples?.[0];
    out.push({
      path,
      depth,
      type: typeName(s),
      required: required.has(name),
      values: valuesOf(s),
      default: s.default !== undefined ? show(s.default) : undefined,
      description: s.description ?? '',
      example: ex !== undefined ? show(ex) : undefined,
    });
    const inner = objectIn(s);
    if (inner) rowsOf(inner, `${path}${s.type === 'array' || s.anyOf?.some((x: Json) => x.type === 'array') ? '[]' : ''}.`, depth + 1, out);
  }
}

/** Every kind of file with every field. */
export function guide(): GuideKind[] {
  return FILE_KINDS.map((kind) => {
    const js = jsonSchemaOf(kind);
    const rows: FieldRow[] = [];
    rowsOf(kind.list ? js.items : js, '', 0, rows);
    return { kind, rows };
  });
}

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** docs/VELDEN.md */
export function guideMarkdown(): string {
  const parts = [
    '# Velden per bestand',
    '',
    '<!-- Gemaakt door `npm run schemas` uit src/schemas; niet met de hand wijzigen. -->',
    '',
    'Elk soort bestand in `content/`, met elk veld: het type, of het verplicht is, de toegestane',
    'waarden, de standaardwaarde als u het veld weglaat, een uitleg en een voorbeeld. Een veld',
    'in een groep staat als `groep.veld`; `lijst[].veld` is een veld van elk item in een lijst.',
    'Hoe u iets nieuws toevoegt, staat in [SCHRIJVEN.md](SCHRIJVEN.md).',
    '',
  ];
  for (const { kind, rows } of guide()) {
    parts.push(
      `## ${kind.title}`,
      '',
      `Bestand: ${kind.files.map((f) => `\`${f}\``).join(', ')}${kind.list ? ' (een lijst: elk item begint met `- `)' : ''}.`,
      '',
      kind.description,
      '',
    );
    parts.push('| veld | type | verplicht | toegestane waarden | standaard | uitleg | voorbeeld |', '|---|---|---|---|---|---|---|');
    for (const r of rows) {
      parts.push(
        `| \`${r.path}\` | ${cell(r.type)} | ${r.required ? 'ja' : 'nee'} | ${r.values ? cell(r.values.map((v) => `\`${v}\``).join(', ')) : ''} | ${r.default !== undefined ? `\`${cell(r.default)}\`` : ''} | ${cell(r.description)} | ${r.example !== undefined ? `\`${cell(r.example)}\`` : ''} |`,
      );
    }
    parts.push('');
  }
  return parts.join('\n');
}
