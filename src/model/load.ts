/**
 * Reads everything under content/, validates it with the schemas in src/schemas and checks
 * every reference. Returns the model plus a list of errors that name file, line, field and
 * reason. Everything else asks src/model/index.ts (getModel), which runs this once per process.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { LineCounter, parseDocument, type Document } from 'yaml';
import type { z } from 'astro/zod';
import { regionSchema } from '../schemas/region.ts';
import { documentSchema } from '../schemas/document.ts';
import { chapterSchema } from '../schemas/chapter.ts';
import { sharedThemeSchema, themeSchema } from '../schemas/theme.ts';
import { indicatorSchema } from '../schemas/indicator.ts';
import { tableSchema } from '../schemas/table.ts';
import { actionSchema } from '../schemas/action.ts';
import { bodySchema, meetingSchema } from '../schemas/body.ts';
import { glossarySchema } from '../schemas/glossary.ts';
import { monitoringSchema } from '../schemas/monitoring.ts';
import { type ContentError, pathToString } from './errors.ts';
import { checkModel } from './check.ts';
import { KIND_NAMES, NATIONAL, type Kind, type Model } from './types.ts';
import { slugify } from '../core/slug.ts';

export { KIND_NAMES, NATIONAL, slugify, type Kind, type Model };
export type { Entry } from './types.ts';
import { compileSync } from '@mdx-js/mdx';
import remarkGfm from 'remark-gfm';

const LIST_FILES: Record<string, { kind: Kind; schema: z.ZodType; idField: string }> = {
  'themes.yaml': { kind: 'themes', schema: themeSchema, idField: 'id' },
  'indicators.yaml': { kind: 'indicators', schema: indicatorSchema, idField: 'id' },
  'actions.yaml': { kind: 'actions', schema: actionSchema, idField: 'id' },
  'bodies.yaml': { kind: 'bodies', schema: bodySchema, idField: 'id' },
  'meetings.yaml': { kind: 'meetings', schema: meetingSchema, idField: 'id' },
  'glossary.yaml': { kind: 'glossary', schema: glossarySchema, idField: 'term' },
};

interface Parsed {
  doc?: Document;
  lines?: LineCounter;
  value?: unknown;
}

export class Loader {
  errors: ContentError[] = [];
  /** Compile MDX bodies to catch syntax errors (off inside Astro, which compiles them itself). */
  compileMdx = true;
  model: Model;
  root: string;
  constructor(root: string) {
    this.root = root;
    this.model = {
      root,
      regions: [],
      sharedThemes: [],
      documents: [],
      chapters: [],
      themes: [],
      indicators: [],
      tables: [],
      actions: [],
      bodies: [],
      meetings: [],
      glossary: [],
      monitoring: [],
    };
  }

  rel(file: string) {
    return relative(process.cwd(), file) || file;
  }

  error(file: string, message: string, extra: Partial<ContentError> = {}) {
    this.errors.push({ file: this.rel(file), message, ...extra });
  }

  readYaml(file: string, text = readFileSync(file, 'utf8'), lineOffset = 0): Parsed {
    const lines = new LineCounter();
    const doc = parseDocument(text, { lineCounter: lines, prettyErrors: true, uniqueKeys: true });
    if (doc.errors.length) {
      for (const err of doc.errors.slice(0, 3)) {
        const line = (err.linePos?.[0]?.line ?? 0) + lineOffset;
        const reason = err.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
        this.error(file, `ongeldige YAML: ${yamlReason(err.code, reason)}`, { line: line || undefined });
      }
      return {};
    }
    return { doc, lines, value: doc.toJS() };
  }

  /** Line of a path inside a parsed YAML document. */
  lineOf(p: Parsed, path: PropertyKey[], lineOffset = 0): number | undefined {
    if (!p.doc || !p.lines) return undefined;
    for (let n = path.length; n >= 0; n--) {
      const node = p.doc.getIn(path.slice(0, n) as any, true) as any;
      const offset = node?.range?.[0];
      if (typeof offset === 'number') return p.lines.linePos(offset).line + lineOffset;
    }
    return undefined;
  }

  /** Validate one entry; report each issue with its own line. */
  validate<T>(schema: z.ZodType<T>, raw: unknown, file: string, p: Parsed, basePath: PropertyKey[], label: string, lineOffset = 0): T | undefined {
    const result = schema.safeParse(raw);
    if (result.success) return result.data;
    for (const issue of result.error.issues) {
      const path = [...(issue.path as PropertyKey[])];
      if (issue.code === 'unrecognized_keys' && issue.keys.length === 1) path.push(issue.keys[0]);
      const field = pathToString(path) || '(geheel)';
      this.error(file, describeIssue(issue, raw), {
        line: this.lineOf(p, [...basePath, ...path], lineOffset),
        field: `${label} › ${field}`,
      });
    }
    return undefined;
  }

  loadSingle(kind: Kind, schema: z.ZodType, file: string, region: string, localId: string, label: string) {
    const p = this.readYaml(file);
    if (p.value === undefined) return;
    if (p.value === null || typeof p.value !== 'object' || Array.isArray(p.value)) {
      this.error(file, 'verwacht een YAML-object met velden (sleutel: waarde)');
      return;
    }
    const data = this.validate(schema, p.value, file, p, [], label);
    if (data === undefined) return;
    const id = region ? `${region}/${localId}` : localId;
    this.model[kind].push({ id, localId, region, file: this.rel(file), raw: p.value, data });
  }

  loadList(kind: Kind, schema: z.ZodType, file: string, region: string, idField: string) {
    const p = this.readYaml(file);
    if (p.value === undefined) return;
    if (p.value === null) return; // empty file: no entries
    if (!Array.isArray(p.value)) {
      this.error(file, 'verwacht een lijst van items (elk item begint met "- ")');
      return;
    }
    const seen = new Map<string, number>();
    p.value.forEach((raw: any, i: number) => {
      const name = raw && typeof raw === 'object' && raw[idField] !== undefined ? String(raw[idField]) : `#${i + 1}`;
      const label = `${KIND_NAMES[kind]} "${name}"`;
      const line = this.lineOf(p, [i]);
      const data: any = this.validate(schema, raw, file, p, [i], label);
      if (data === undefined) return;
      const localId = idField === 'id' ? String(data.id) : slugify(String(data[idField]));
      if (seen.has(localId)) {
        this.error(file, `${KIND_NAMES[kind]} "${name}" staat dubbel in dit bestand (ook op regel ${seen.get(localId)})`, {
          line,
          field: `${label} › ${idField}`,
        });
        return;
      }
      seen.set(localId, line ?? 0);
      this.model[kind].push({ id: `${region}/${localId}`, localId, region, file: this.rel(file), raw, data, line });
    });
  }

  loadChapter(file: string, region: string, docLocal: string) {
    const text = readFileSync(file, 'utf8');
    const m = text.match(/^---\r?\n([\s\S]*?)\r?\n---\r?\n?/);
    if (!m) {
      this.error(file, 'het bestand begint niet met frontmatter (--- met number en title ---)', { line: 1 });
      return;
    }
    const p = this.readYaml(file, m[1], 1);
    if (p.value === undefined) return;
    const stem = basename(file).replace(/\.mdx?$/, '');
    const data: any = this.validate(chapterSchema, p.value ?? {}, file, p, [], `hoofdstuk "${stem}"`, 1);
    if (data === undefined) return;
    const body = text.slice(m[0].length);
    const bodyLine = m[0].split('\n').length - 1;
    if (this.compileMdx) try {
      compileSync(body, { remarkPlugins: [remarkGfm], format: file.endsWith('.md') ? 'md' : 'mdx' });
    } catch (e: any) {
      const line = e?.place?.line ?? e?.line ?? e?.position?.start?.line;
      const reason = String(e?.reason ?? e?.message ?? e).split('\n')[0];
      this.error(file, `de tekst kan niet als MDX worden gelezen: ${reason}. Tip: schrijf < als &lt; en { als \\{ in lopende tekst`, {
        line: line ? line + bodyLine : undefined,
      });
      return;
    }
    this.model.chapters.push({
      id: `${region}/${docLocal}/${stem}`,
      localId: stem,
      region,
      file: this.rel(file),
      raw: p.value,
      data,
      body,
      document: `${region}/${docLocal}`,
      line: 1,
    });
  }

  loadDocuments(dir: string, region: string) {
    if (!existsSync(dir)) return;
    for (const name of sorted(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) {
        if (!existsSync(join(dir, `${name}.yaml`))) {
          this.error(path, `map met hoofdstukken zonder documentbeschrijving: maak ${this.rel(join(dir, name + '.yaml'))} aan`);
          continue;
        }
        for (const ch of sorted(path)) {
          if (/\.mdx?$/.test(ch)) this.loadChapter(join(path, ch), region, name);
          else this.error(join(path, ch), 'onbekend bestand: hoofdstukken zijn .mdx-bestanden');
        }
      } else if (name.endsWith('.yaml')) {
        const local = name.replace(/\.yaml$/, '');
        this.loadSingle('documents', documentSchema, path, region, local, `document "${local}"`);
      } else {
        this.error(path, 'onbekend bestand: een document is een .yaml-bestand met een map van hoofdstukken ernaast');
      }
    }
  }

  loadRegion(dir: string, region: string) {
    this.loadSingle('regions', regionSchema, join(dir, 'region.yaml'), '', region, `regio "${region}"`);
    for (const name of sorted(dir)) {
      const path = join(dir, name);
      if (name === 'region.yaml') continue;
      if (name === 'documents') this.loadDocuments(path, region);
      else if (name === 'tables') {
        for (const t of sorted(path)) {
          if (!t.endsWith('.yaml')) {
            this.error(join(path, t), 'onbekend bestand: een tabel is een .yaml-bestand');
            continue;
          }
          const local = t.replace(/\.yaml$/, '');
          this.loadSingle('tables', tableSchema, join(path, t), region, local, `tabel "${local}"`);
        }
      } else if (name === 'monitoring') this.loadMonitoring(path, region);
      else if (LIST_FILES[name]) {
        const { kind, schema, idField } = LIST_FILES[name];
        this.loadList(kind, schema, path, region, idField);
      } else {
        this.error(path, `onbekend bestand of onbekende map in een regio; verwacht: region.yaml, documents/, tables/, monitoring/, ${Object.keys(LIST_FILES).join(', ')}`);
      }
    }
  }

  /** monitoring/<periode>.yaml: one voortgangsrapportage per period; the file name is the period. */
  loadMonitoring(dir: string, region: string) {
    if (!statSync(dir).isDirectory()) {
      this.error(dir, 'monitoring is een map met een .yaml-bestand per rapportageperiode (bijvoorbeeld monitoring/2026-Q2.yaml)');
      return;
    }
    for (const name of sorted(dir)) {
      const file = join(dir, name);
      if (!name.endsWith('.yaml')) {
        this.error(file, 'onbekend bestand: een voortgangsrapportage is een .yaml-bestand per periode (bijvoorbeeld 2026-Q2.yaml)');
        continue;
      }
      const local = name.replace(/\.yaml$/, '');
      const p = this.readYaml(file);
      if (p.value === undefined) continue;
      if (p.value === null || typeof p.value !== 'object' || Array.isArray(p.value)) {
        this.error(file, 'verwacht een YAML-object met period, actions en indicators');
        continue;
      }
      const label = `voortgangsrapportage "${local}"`;
      const data: any = this.validate(monitoringSchema, p.value, file, p, [], label);
      if (data === undefined) continue;
      if (data.period.raw !== local) {
        this.error(file, `de bestandsnaam (${name}) en period ("${data.period.raw}") verschillen; noem het bestand naar de periode: ${data.period.raw}.yaml`, {
          line: this.lineOf(p, ['period']),
          field: `${label} › period`,
        });
        continue;
      }
      const lines: Record<string, number> = {};
      for (const list of ['actions', 'indicators'] as const) {
        data[list].forEach((_: unknown, i: number) => {
          const line = this.lineOf(p, [list, i]);
          if (line) lines[`${list}[${i}]`] = line;
        });
      }
      this.model.monitoring.push({ id: `${region}/${local}`, localId: local, region, file: this.rel(file), raw: p.value, data, line: 1, lines });
    }
  }

  load(): Model {
    if (!existsSync(this.root)) {
      this.error(this.root, 'de map met inhoud bestaat niet');
      return this.model;
    }
    const shared = join(this.root, 'themes.yaml');
    if (existsSync(shared)) this.loadList('sharedThemes', sharedThemeSchema, shared, '', 'id');
    for (const name of sorted(this.root)) {
      const path = join(this.root, name);
      if (!statSync(path).isDirectory()) {
        if (name !== 'themes.yaml') this.error(path, 'onbekend bestand in content/; verwacht themes.yaml en een map per regio');
        continue;
      }
      if (name === NATIONAL) {
        this.loadDocuments(join(path, 'documents'), NATIONAL);
        const glossary = join(path, 'glossary.yaml');
        if (existsSync(glossary)) this.loadList('glossary', glossarySchema, glossary, NATIONAL, 'term');
      } else if (existsSync(join(path, 'region.yaml'))) this.loadRegion(path, name);
      else this.error(path, 'map zonder region.yaml: een regio heeft een region.yaml; landelijke stukken staan in content/landelijk/');
    }
    // shared-theme ids are global, without a region prefix
    for (const t of this.model.sharedThemes) t.id = t.localId;
    checkModel(this.model, this.errors);
    return this.model;
  }
}

function sorted(dir: string): string[] {
  return readdirSync(dir)
    .filter((n) => !n.startsWith('.'))
    .sort();
}

function yamlReason(code: string, message: string): string {
  const known: Record<string, string> = {
    DUPLICATE_KEY: 'een sleutel staat twee keer in hetzelfde object',
    BAD_INDENT: 'de inspringing klopt niet',
    MISSING_CHAR: 'er ontbreekt een teken (bijvoorbeeld een afsluitend aanhalingsteken of haakje)',
    BLOCK_AS_IMPLICIT_KEY: 'een regel lijkt een sleutel maar mist de dubbele punt of staat verkeerd ingesprongen',
    UNEXPECTED_TOKEN: 'onverwacht teken',
    MULTILINE_IMPLICIT_KEY: 'een sleutel loopt over meerdere regels; vergeet u een dubbele punt of inspringing?',
    TAB_AS_INDENT: 'gebruik spaties, geen tabs, om in te springen',
  };
  return `${known[code] ?? 'de YAML kan niet worden gelezen'} (${message})`;
}

function describeIssue(issue: z.core.$ZodIssue, raw: unknown): string {
  let value: unknown = raw;
  for (const k of issue.path) value = value && typeof value === 'object' ? (value as any)[k as any] : undefined;
  if ((issue.code === 'invalid_type' || issue.code === 'invalid_value') && value === undefined) return 'verplicht veld ontbreekt';
  if (issue.code === 'unrecognized_keys') return `onbekend veld: ${issue.keys.join(', ')}`;
  if (issue.code === 'invalid_value' && 'values' in issue) {
    return `"${String(value)}" is geen toegestane waarde; kies uit: ${issue.values.map(String).join(', ')}`;
  }
  if (issue.code === 'invalid_union') {
    // report the most specific message of the union members
    const inner = (issue as any).errors?.flat?.().find((i: any) => i.code === 'custom');
    if (inner) return inner.message;
  }
  return issue.message;
}

export function loadContent(
  root = process.env.MJA_CONTENT ?? 'content',
  opts: { compileMdx?: boolean } = {},
): { model: Model; errors: ContentError[] } {
  const loader = new Loader(root);
  loader.compileMdx = opts.compileMdx ?? true;
  const model = loader.load();
  return { model, errors: loader.errors };
}
