/**
 * How the browser editor reads and writes content files, one format per kind of file (registered
 * with Decap's registerCustomFormat by the editor page):
 * - a list file (actions.yaml …) is a plain YAML list; the form holds it as { items: [...] }
 *   because Decap cannot hold a list at the top of a file;
 * - a chapter (.mdx) is YAML frontmatter between --- lines and the text below it, kept byte for
 *   byte (no Markdown reformatting);
 * - on writing, what a form gives as text is typed as the schema wants it: "5000" in a table cell
 *   or a value becomes 5000, empty optional fields are left out; the YAML is written by the same
 *   `yaml` package the loader reads it with.
 * Before saving, the editor checks the entry with the zod schema of its kind (checkEntry) and
 * refuses with the Dutch messages of the build.
 */
import { Document, isScalar, parse, stringify, visit } from 'yaml';
import { z } from 'astro/zod';
import { deref, entrySchema, kindByName } from './kinds.ts';
import { FIELD_LABELS } from './labels.ts';

type Json = Record<string, any>;

const NUMBER = /^-?\d+(\.\d+)?$/;

/** Whether a schema node is a map keyed by id (an object without fields of its own, e.g. a letter's values per gemeente). */
export const isRecord = (node: Json | undefined): boolean =>
  !!node &&
  !node.properties &&
  typeof node.additionalProperties === 'object' &&
  ([] as string[]).concat(node.type ?? []).includes('object');

/** Whether a schema node is a list of lists (the rows or totals of a table). */
export const isGrid = (node: Json | undefined, defs: Json): boolean => {
  if (!node) return false;
  const n = deref(node, defs);
  return (n.type === 'array' || (Array.isArray(n.type) && n.type.includes('array'))) && deref(n.items ?? {}, defs).type === 'array';
};

/**
 * A table's rows as the form shows them: one line per row, cells separated by " | " (as in a
 * Markdown table), an empty cell for a missing value; a | inside a cell is written \|.
 */
export function gridToText(rows: unknown): string {
  if (!Array.isArray(rows)) return '';
  return rows
    .map((r) => (Array.isArray(r) ? r : [r]).map((c) => (c === null || c === undefined ? '' : String(c).replace(/\|/g, '\\|'))).join(' | '))
    .join('\n');
}

/** The lines of gridToText back to rows of cells (text; typed by coerce). */
export function textToGrid(text: string): string[][] {
  return text
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '')
    .map((line) => line.split(/(?<!\\)\|/).map((c) => c.trim().replace(/\\\|/g, '|')));
}

/** A value that is one line of text or a list of lines (a form field of a document). */
export const isLines = (node: Json | undefined, defs: Json): boolean => {
  const branches: Json[] = (node?.anyOf ?? []).map((b: Json) => deref(b, defs));
  return (
    branches.some((b) => b.type === 'string') && branches.some((b) => b.type === 'array' && deref(b.items ?? {}, defs).type === 'string')
  );
};

/** Turn every list of lists in `value` into text lines, and a list of lines into lines (for the form). */
function gridsToText(value: unknown, raw: Json | undefined, defs: Json): unknown {
  if (!raw || !value || typeof value !== 'object') return value;
  const node = deref(raw, defs);
  if (isGrid(node, defs)) return gridToText(value);
  if (isRecord(node)) return stringify(value, { lineWidth: 0 });
  if (Array.isArray(value) && isLines(node, defs)) return value.join('\n');
  if (Array.isArray(value)) return value.map((v) => gridsToText(v, node.items, defs));
  const out: Json = {};
  for (const [k, v] of Object.entries(value as Json)) out[k] = gridsToText(v, node.properties?.[k], defs);
  return out;
}

/** Type what a form gives as the JSON Schema wants it, and drop empty optional fields. */
export function coerce(value: unknown, raw: Json | undefined, defs: Json): unknown {
  if (!raw) return value;
  const node = deref(raw, defs);
  // table rows typed as lines: cells stay text here ("" is an empty cell); typeCells types them per column
  if (typeof value === 'string' && isGrid(node, defs)) return textToGrid(value).map((r) => r.map((c) => (c === '' ? null : c)));
  // a map keyed by id, typed as YAML text in the form (what does not parse is kept as text, so the check before saving names it)
  if (typeof value === 'string' && isRecord(node)) {
    if (value.trim() === '') return undefined;
    try {
      return parse(value);
    } catch {
      return value;
    }
  }
  if (Array.isArray(value)) {
    const item = node.items ?? node.anyOf?.map((b: Json) => deref(b, defs)).find((b: Json) => b.type === 'array')?.items;
    return value.map((v) => coerce(v, item, defs)).filter((v) => v !== undefined);
  }
  if (value && typeof value === 'object') {
    const out: Json = {};
    const props = node.properties ?? {};
    const required = new Set<string>(node.required ?? []);
    for (const [k, v] of Object.entries(value as Json)) {
      const c = coerce(v, props[k], defs);
      if (c === undefined || c === '') continue;
      if (!required.has(k) && c && typeof c === 'object' && !Array.isArray(c) && Object.keys(c).length === 0) continue;
      out[k] = c;
    }
    return out;
  }
  // one line stays a line; several lines become a list of lines
  if (typeof value === 'string' && isLines(node, defs)) {
    const lines = value
      .split(/\r?\n/)
      .map((l) => l.trim())
      .filter(Boolean);
    return lines.length === 0 ? undefined : lines.length === 1 && !value.includes('\n') ? lines[0] : lines;
  }
  if (typeof value === 'string') {
    const v = value;
    const types = ([] as string[]).concat(node.type ?? []);
    const branches: Json[] = (node.anyOf ?? []).map((b: Json) => deref(b, defs));
    // an empty value that may be null ("no value") stays in its place; an empty text field is left out
    if (v.trim() === '') return types.includes('null') || branches.some((b) => b.type === 'null') ? null : undefined;
    const numeric =
      types.includes('number') || types.includes('integer') || branches.some((b) => b.type === 'number' || b.type === 'integer');
    const patterned = branches.find((b) => b.type === 'string' && b.pattern);
    if (patterned && new RegExp(patterned.pattern).test(v)) return v;
    if (numeric && NUMBER.test(v.trim())) return Number(v.trim());
    return v;
  }
  return value;
}

/**
 * YAML as the guide writes it: no line folding, strings that look like numbers quoted, short
 * lists of plain values on one line ([werk, scholing], a table row [Hoog, 4500]).
 */
export function toYaml(data: unknown): string {
  const doc = new Document(data, { version: '1.2' });
  visit(doc, {
    Seq(_, node) {
      if (node.items.length && node.items.every((i) => isScalar(i)) && JSON.stringify(node.toJSON()).length <= 72) node.flow = true;
    },
  });
  return doc.toString({ lineWidth: 0, flowCollectionPadding: false });
}

export interface Format {
  fromFile(text: string): Json;
  toFile(data: Json): string;
}

const FRONTMATTER = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

/** The format of one kind of file. */
export function formatFor(kindName: string): Format {
  const kind = kindByName(kindName);
  const { schema, defs } = entrySchema(kind);
  if (kind.frontmatter)
    return {
      fromFile(text) {
        const m = FRONTMATTER.exec(text);
        if (!m) return { body: text };
        return { ...(parse(m[1]) ?? {}), body: text.slice(m[0].length) };
      },
      toFile(data) {
        const { body, ...front } = data;
        return `---\n${toYaml(coerce(front, schema, defs))}---\n${body ?? ''}`;
      },
    };
  if (kind.list)
    return {
      fromFile: (text) => ({ items: gridsToText(parse(text) ?? [], { type: 'array', items: schema }, defs) }),
      toFile: (data) => toYaml(coerce(data.items ?? [], { type: 'array', items: schema }, defs)),
    };
  return {
    fromFile: (text) => gridsToText(parse(text) ?? {}, schema, defs) as Json,
    toFile: (data) => toYaml(typeCells(coerce(data, schema, defs))),
  };
}

/**
 * The cells of a table typed per column: in a column with unit "tekst" a cell stays text (also
 * "2024" or "14.800"; empty: "", or null in a column of web addresses), elsewhere a number is written as a number ("4500" → 4500) and anything
 * else ("PM", "[x]", "-") stays as typed; an empty cell is null.
 */
function typeCells(data: unknown): unknown {
  const d = data as Json;
  if (!d || !Array.isArray(d.columns)) return data;
  const text = d.columns.map((c: Json) => c?.unit === 'tekst');
  // a column of web addresses keeps an empty cell empty (null: the site shows "niet vermeld")
  const links = d.columns.map((c: Json) => c?.links === true);
  const cell = (c: unknown, i: number) => {
    if (text[i]) return c === null && !links[i] ? '' : c;
    if (typeof c !== 'string') return c;
    return NUMBER.test(c.trim()) ? Number(c.trim()) : c;
  };
  const fix = (rows: unknown) => (Array.isArray(rows) ? rows.map((r) => (Array.isArray(r) ? r.map(cell) : r)) : rows);
  return { ...d, ...(d.rows ? { rows: fix(d.rows) } : {}), ...(d.totals ? { totals: fix(d.totals) } : {}) };
}

/**
 * Check what the editor is about to write with the zod schema of its kind; the Dutch messages
 * of the build, one per line with the field ("acties › 3 › title: …"), or none.
 */
export function checkEntry(kindName: string, data: Json): string[] {
  const kind = kindByName(kindName);
  const { schema, defs } = entrySchema(kind);
  const { body, ...rest } = data;
  const value = kind.list
    ? coerce(data.items ?? [], { type: 'array', items: schema }, defs)
    : typeCells(coerce(kind.frontmatter ? rest : data, schema, defs));
  const zod = kind.list ? z.array(kind.schema) : kind.schema;
  const result = zod.safeParse(value);
  if (result.success) return [];
  return result.error.issues.map((i) => {
    const where = i.path
      .map((p) => (typeof p === 'number' ? `nr. ${p + 1}` : `${FIELD_LABELS[String(p)] ?? String(p)} (${String(p)})`))
      .join(' › ');
    const missing = i.code === 'invalid_type' && /undefined/.test(i.message);
    return `${kind.title}${where ? ` › ${where}` : ''}: ${missing ? 'dit veld is verplicht; vul het in' : i.message}`;
  });
}

/**
 * The one format of the collections that hold several kinds of file (a region's region.yaml and
 * list files): reading needs no kind (a list becomes { items }); writing asks `kindOf()`, which the
 * editor page sets just before Decap writes (its preSave event names the collection and file).
 */
export function dataFilesFormat(kindOf: () => string | undefined): Format {
  return {
    fromFile(text) {
      const data = parse(text);
      return Array.isArray(data) || data === null ? { items: data ?? [] } : data;
    },
    toFile(data) {
      const kind = kindOf();
      if (!kind) throw new Error('onbekend bestand: de redactie weet niet welk soort bestand zij opslaat');
      return formatFor(kind).toFile(data);
    },
  };
}
