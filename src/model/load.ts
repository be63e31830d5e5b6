/**
 * Reads everything under content/, validates it with the schemas in src/schemas and checks
 * every reference. Returns the model plus a list of errors that name file, line, field and
 * reason. Everything else asks src/model/index.ts (getModel), which runs this once per process.
 */
import { statSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import type { Document, LineCounter } from 'yaml';
import type { z } from 'astro/zod';
import { compileSync } from '@mdx-js/mdx';
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
import { checkMdxTree, type MdxViolation } from '../core/mdx-rules.ts';
import { baseRemarkPlugins, remarkRehypeOptions, standaloneRehypePlugins } from '../integration/markdown.ts';
import { linkProblem, listDir, parseYaml, readBytes, readText, typeOf, type DirEntry, type Problem } from './read.ts';
import { checkLogo, MAX_PNG_BYTES, MAX_SVG_BYTES } from '../core/logo.ts';

export { KIND_NAMES, NATIONAL, slugify, type Kind, type Model };
export type { Entry } from './types.ts';

/** File and folder names: lower-case letters, digits and hyphens; they become part of web addresses. */
export const NAME_RULE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const NAME_HINT =
  'gebruik alleen kleine letters, cijfers en streepjes (a-z, 0-9, -), zonder spaties of tekens als # ? & _ en hoofdletters, bijvoorbeeld "01-inleiding.mdx"; de naam wordt deel van het webadres';

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

const typeName = (v: unknown) =>
  v === null || v === undefined
    ? 'leeg'
    : Array.isArray(v)
      ? 'een lijst'
      : v instanceof Date
        ? 'een datum'
        : typeof v === 'object'
          ? 'een object'
          : typeof v === 'string'
            ? `tekst ("${v.length > 40 ? v.slice(0, 40) + '…' : v}")`
            : typeof v === 'number'
              ? `een getal (${v})`
              : typeof v === 'boolean'
                ? `ja/nee (${v})`
                : typeof v;
const EXPECTED: Record<string, string> = {
  string: 'tekst',
  number: 'een getal',
  boolean: 'true of false',
  array: 'een lijst',
  object: 'een object (sleutel: waarde)',
  date: 'een datum',
  null: 'leeg',
  int: 'een geheel getal',
};

/** A monitoring file is named after its period, as written in it: 2026, 2026-Q2, 2026-03, 2026-W12. */
const PERIOD_FILE = {
  test: /^\d{4}(-(Q[1-4]|\d{2}|W\d{1,2}))?$/,
  hint: 'noem het bestand naar de periode, zoals 2026.yaml, 2026-Q2.yaml, 2026-03.yaml of 2026-W12.yaml',
};

/** Files and folders of git itself: the content folder may be a repository of its own. */
const VCS_ENTRIES = new Set(['.git', '.gitignore', '.gitattributes', '.gitkeep']);

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

  /** Report a problem of a file (reading, encoding, YAML). */
  problem(file: string, p: Problem) {
    this.error(file, p.message, { line: p.line });
  }

  /** Read and parse a YAML file (or YAML text from a file, e.g. frontmatter); errors reported. */
  readYaml(file: string, text?: string, lineOffset = 0): Parsed {
    if (text === undefined) {
      const r = readText(file);
      if (r.problem) {
        this.problem(file, r.problem);
        return {};
      }
      text = r.text!;
    }
    const parsed = parseYaml(text, lineOffset);
    if (parsed.problems.length) {
      for (const p of parsed.problems) this.error(file, p.message, { line: p.line });
      return {};
    }
    return { doc: parsed.doc, lines: parsed.lines, value: parsed.value };
  }

  /**
   * Whether a folder entry may be read: hidden files, symbolic links, pipes and devices and
   * names that break the naming rule are reported (never silently skipped).
   */
  admit(e: DirEntry, exts: readonly string[] = [], rule: { test: RegExp; hint: string } = { test: NAME_RULE, hint: NAME_HINT }): boolean {
    // version control's own files, when content/ is a repository of its own, are not content
    if (VCS_ENTRIES.has(e.name)) return false;
    if (e.name.startsWith('.')) {
      this.error(
        e.path,
        `verborgen ${e.type === 'dir' ? 'map' : 'bestand'} (de naam begint met een punt) wordt niet gelezen; geef het een naam zonder punt aan het begin of verwijder het`,
      );
      return false;
    }
    if (e.type === 'link') {
      this.problem(e.path, linkProblem(e.path));
      return false;
    }
    if (e.type === 'other') {
      this.error(
        e.path,
        'is geen gewoon bestand of map (maar bijvoorbeeld een named pipe, socket of apparaat) en wordt niet gelezen; verwijder het',
      );
      return false;
    }
    if (e.type === 'missing') {
      this.error(e.path, 'kan niet worden gelezen');
      return false;
    }
    // a known extension in other letters (".MDX", ".Yaml") breaks the rule; an unknown one is the caller's to report
    const lower = e.name.toLowerCase();
    const ext = [...exts, '.yaml', '.yml', '.mdx', '.md'].find((x) => lower.endsWith(x) && lower.length > x.length);
    if (e.type === 'file' && !ext && /\.[^.]+$/.test(e.name)) return true;
    const stem = ext ? e.name.slice(0, -ext.length) : e.name;
    if (!rule.test.test(stem) || (ext && !e.name.endsWith(ext))) {
      this.error(e.path, `de naam "${e.name}" volgt de regel voor namen niet: ${rule.hint}`);
      return false;
    }
    return true;
  }

  /** The entries of a folder, with a message when it cannot be read. */
  entries(dir: string): DirEntry[] {
    const { entries, problem } = listDir(dir);
    if (problem) this.problem(dir, problem);
    return entries;
  }

  /** Run one file's step; anything unexpected becomes a message about that file. */
  guard(file: string, run: () => void) {
    try {
      run();
    } catch (e) {
      const msg =
        e instanceof RangeError
          ? 'te diep genest of te groot'
          : String((e as Error)?.message ?? e)
              .split('\n')[0]
              .slice(0, 200);
      this.error(file, `kan niet worden verwerkt: ${msg}`);
    }
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
  validate<T>(
    schema: z.ZodType<T>,
    raw: unknown,
    file: string,
    p: Parsed,
    basePath: PropertyKey[],
    label: string,
    lineOffset = 0,
  ): T | undefined {
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
    this.guard(file, () => this.loadSingleFile(kind, schema, file, region, localId, label));
  }

  loadSingleFile(kind: Kind, schema: z.ZodType, file: string, region: string, localId: string, label: string) {
    const p = this.readYaml(file);
    if (p.value === undefined) return;
    if (p.value === null || typeof p.value !== 'object' || Array.isArray(p.value)) {
      this.error(file, 'verwacht een YAML-object met velden (sleutel: waarde)', { line: 1 });
      return;
    }
    const data = this.validate(schema, p.value, file, p, [], label);
    if (data === undefined) return;
    const id = region ? `${region}/${localId}` : localId;
    this.model[kind].push({ id, localId, region, file: this.rel(file), raw: p.value, data, line: 1, at: (path) => this.lineOf(p, path) });
  }

  loadList(kind: Kind, schema: z.ZodType, file: string, region: string, idField: string) {
    this.guard(file, () => this.loadListFile(kind, schema, file, region, idField));
  }

  loadListFile(kind: Kind, schema: z.ZodType, file: string, region: string, idField: string) {
    const p = this.readYaml(file);
    if (p.value === undefined) return;
    if (p.value === null) return; // empty file: no entries
    if (!Array.isArray(p.value)) {
      this.error(file, 'verwacht een lijst van items (elk item begint met "- ")', { line: 1 });
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
      this.model[kind].push({
        id: `${region}/${localId}`,
        localId,
        region,
        file: this.rel(file),
        raw,
        data,
        line,
        at: (path) => this.lineOf(p, [i, ...path]),
      });
    });
  }

  loadChapter(file: string, region: string, docLocal: string) {
    this.guard(file, () => this.loadChapterFile(file, region, docLocal));
  }

  loadChapterFile(file: string, region: string, docLocal: string) {
    const r = readText(file);
    if (r.problem) {
      this.problem(file, r.problem);
      return;
    }
    const text = r.text!;
    const m = text.match(/^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/);
    if (!m) {
      this.error(file, 'het bestand begint niet met frontmatter (een regel ---, dan number en title, dan weer ---)', { line: 1 });
      return;
    }
    const p = this.readYaml(file, m[1], 1);
    if (p.value === undefined) return;
    if (p.value !== null && (typeof p.value !== 'object' || Array.isArray(p.value))) {
      this.error(file, 'de frontmatter is geen object met velden (number: ..., title: ...)', { line: 2 });
      return;
    }
    const stem = basename(file).replace(/\.mdx?$/, '');
    const data: any = this.validate(chapterSchema, p.value ?? {}, file, p, [], `hoofdstuk "${stem}"`, 1);
    if (data === undefined) return;
    const body = text.slice(m[0].length);
    const bodyLine = m[0].split('\n').length - 1;
    if (this.compileMdx) {
      const problems = compileChapter(body, file.endsWith('.md') ? 'md' : 'mdx');
      for (const v of problems) {
        this.error(file, v.message, { line: v.line ? v.line + bodyLine : undefined });
      }
      if (problems.length) return;
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
      at: (path) => this.lineOf(p, path, 1),
    });
  }

  loadDocuments(dir: string, region: string) {
    const t = typeOf(dir);
    if (t.type === 'missing') return;
    if (t.type !== 'dir') {
      if (t.type === 'link') this.problem(dir, linkProblem(dir));
      else this.error(dir, 'is een bestand, maar hier hoort een map met documenten');
      return;
    }
    const list = this.entries(dir);
    const yamls = new Set(list.filter((e) => e.type === 'file' && e.name.endsWith('.yaml')).map((e) => e.name));
    for (const e of list) {
      if (!this.admit(e, ['.yaml'])) continue;
      if (e.type === 'dir' && /\.(ya?ml|mdx?)$/i.test(e.name)) {
        this.error(e.path, 'is een map, maar hier hoort een bestand');
      } else if (e.type === 'dir') {
        if (!yamls.has(`${e.name}.yaml`)) {
          this.error(e.path, `map met hoofdstukken zonder documentbeschrijving: maak ${this.rel(join(dir, e.name + '.yaml'))} aan`);
          continue;
        }
        this.loadChapters(e.path, region, e.name);
      } else if (e.name.endsWith('.yaml')) {
        const local = e.name.replace(/\.yaml$/, '');
        this.loadSingle('documents', documentSchema, e.path, region, local, `document "${local}"`);
      } else {
        this.error(
          e.path,
          'onbekend bestand: een document is een .yaml-bestand met een map van hoofdstukken ernaast (bestandsnamen eindigen op .yaml, niet .yml of .YAML)',
        );
      }
    }
  }

  loadChapters(dir: string, region: string, docLocal: string) {
    const stems = new Map<string, string>();
    for (const e of this.entries(dir)) {
      if (!this.admit(e, ['.mdx', '.md'])) continue;
      if (e.type !== 'file') {
        this.error(e.path, 'is een map; in de map van een document staan alleen hoofdstukken (.mdx-bestanden)');
        continue;
      }
      if (!/\.mdx?$/.test(e.name)) {
        this.error(e.path, 'onbekend bestand: hoofdstukken zijn .mdx-bestanden');
        continue;
      }
      const stem = e.name.replace(/\.mdx?$/, '');
      const other = stems.get(stem);
      if (other) {
        this.error(e.path, `staat dubbel: ${other} heeft dezelfde naam; een hoofdstuk is één bestand (verwijder een van beide)`);
        continue;
      }
      stems.set(stem, e.name);
      this.loadChapter(e.path, region, docLocal);
    }
  }

  /** A file the region or the root must have as a regular file (region.yaml, themes.yaml, ...). */
  isFile(path: string): boolean {
    const t = typeOf(path);
    if (t.type === 'file') return true;
    if (t.type === 'dir') this.error(path, 'is een map, maar hier hoort een bestand');
    return false;
  }

  loadRegion(dir: string, region: string) {
    const regionFile = join(dir, 'region.yaml');
    if (this.isFile(regionFile)) this.loadSingle('regions', regionSchema, regionFile, '', region, `regio "${region}"`);
    for (const e of this.entries(dir)) {
      if (e.name === 'region.yaml' && e.type !== 'link' && e.type !== 'other') continue;
      if (!this.admit(e, ['.yaml'])) continue;
      const path = e.path;
      const name = e.name;
      if (name === 'documents') {
        if (e.type !== 'dir') this.error(path, 'is een bestand, maar hier hoort een map met documenten');
        else this.loadDocuments(path, region);
      } else if (name === 'tables') {
        this.loadTables(e, region);
      } else if (name === 'logos') {
        if (e.type !== 'dir') this.error(path, "logos is een map met de logo's van de gemeenten (.svg of .png)");
        else this.loadLogos(path, region);
      } else if (name === 'monitoring') {
        if (e.type !== 'dir')
          this.error(path, 'monitoring is een map met een .yaml-bestand per rapportageperiode (bijvoorbeeld monitoring/2026-Q2.yaml)');
        else this.loadMonitoring(path, region);
      } else if (LIST_FILES[name]) {
        if (e.type !== 'file') {
          this.error(path, 'is een map, maar hier hoort een bestand');
          continue;
        }
        const { kind, schema, idField } = LIST_FILES[name];
        this.loadList(kind, schema, path, region, idField);
      } else {
        this.error(
          path,
          `onbekend bestand of onbekende map in een regio; verwacht: region.yaml, documents/, tables/, monitoring/, logos/, ${Object.keys(LIST_FILES).join(', ')}`,
        );
      }
    }
  }

  /** tables/<id>.yaml: one data table per file (a region's, or under content/landelijk/ a national document's). */
  loadTables(e: DirEntry, region: string) {
    if (e.type !== 'dir') {
      this.error(e.path, 'is een bestand, maar hier hoort een map met tabellen (tables/<id>.yaml)');
      return;
    }
    for (const t of this.entries(e.path)) {
      if (!this.admit(t, ['.yaml'])) continue;
      if (t.type !== 'file' || !t.name.endsWith('.yaml')) {
        this.error(
          t.path,
          t.type === 'dir'
            ? 'is een map; in tables/ staat per tabel één .yaml-bestand'
            : 'onbekend bestand: een tabel is een .yaml-bestand',
        );
        continue;
      }
      const local = t.name.replace(/\.yaml$/, '');
      this.loadSingle('tables', tableSchema, t.path, region, local, `tabel "${local}"`);
    }
  }

  /** Logos of the gemeenten: checked and kept as data: addresses until the region entry exists. */
  logos = new Map<string, Record<string, string>>();
  loadLogos(dir: string, region: string) {
    const found: Record<string, string> = {};
    for (const e of this.entries(dir)) {
      if (!this.admit(e, ['.svg', '.png'])) continue;
      if (e.type !== 'file' || !/\.(svg|png)$/.test(e.name)) {
        this.error(
          e.path,
          e.type === 'dir'
            ? 'is een map; in logos/ staan alleen .svg- en .png-bestanden'
            : 'onbekend bestand: een logo is een .svg- of .png-bestand',
        );
        continue;
      }
      const r = readBytes(e.path, Math.max(MAX_SVG_BYTES, MAX_PNG_BYTES));
      if (r.problem) {
        this.problem(e.path, r.problem);
        continue;
      }
      const c = checkLogo(e.name, r.bytes!);
      if ('problem' in c) this.error(e.path, c.problem);
      else found[e.name] = c.dataUri;
    }
    this.logos.set(region, found);
  }

  loadNational(dir: string) {
    for (const e of this.entries(dir)) {
      if (!this.admit(e, ['.yaml'])) continue;
      if (e.name === 'documents') {
        if (e.type !== 'dir') this.error(e.path, 'is een bestand, maar hier hoort een map met documenten');
        else this.loadDocuments(e.path, NATIONAL);
      } else if (e.name === 'tables') {
        this.loadTables(e, NATIONAL);
      } else if (e.name === 'glossary.yaml') {
        if (this.isFile(e.path)) this.loadList('glossary', glossarySchema, e.path, NATIONAL, 'term');
      } else {
        this.error(e.path, 'onbekend bestand of onbekende map in content/landelijk/; verwacht: documents/, tables/ en glossary.yaml');
      }
    }
  }

  /** monitoring/<periode>.yaml: one voortgangsrapportage per period; the file name is the period. */
  loadMonitoring(dir: string, region: string) {
    for (const e of this.entries(dir)) {
      if (!this.admit(e, ['.yaml'], PERIOD_FILE)) continue;
      const file = e.path;
      const name = e.name;
      if (e.type !== 'file' || !name.endsWith('.yaml')) {
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
        this.error(
          file,
          `de bestandsnaam (${name}) en period ("${data.period.raw}") verschillen; noem het bestand naar de periode: ${data.period.raw}.yaml`,
          {
            line: this.lineOf(p, ['period']),
            field: `${label} › period`,
          },
        );
        continue;
      }
      const lines: Record<string, number> = {};
      for (const list of ['actions', 'indicators'] as const) {
        data[list].forEach((_: unknown, i: number) => {
          const line = this.lineOf(p, [list, i]);
          if (line) lines[`${list}[${i}]`] = line;
        });
      }
      this.model.monitoring.push({
        id: `${region}/${local}`,
        localId: local,
        region,
        file: this.rel(file),
        raw: p.value,
        data,
        line: 1,
        lines,
      });
    }
  }

  load(): Model {
    try {
      this.loadAll();
    } catch (e) {
      // the loader never throws past this point: anything unforeseen is one more message
      this.error(
        this.root,
        `de inhoud kan niet worden gelezen: ${String((e as Error)?.message ?? e)
          .split('\n')[0]
          .slice(0, 200)}`,
      );
    }
    return this.model;
  }

  loadAll() {
    let rootType: string;
    try {
      rootType = statSync(this.root).isDirectory() ? 'dir' : 'file';
    } catch {
      rootType = 'missing';
    }
    if (rootType !== 'dir') {
      this.error(this.root, rootType === 'missing' ? 'de map met inhoud bestaat niet' : 'is geen map; verwacht de map met inhoud');
      return;
    }
    const list = this.entries(this.root);
    for (const e of list) {
      if (!this.admit(e, ['.yaml'])) continue;
      if (e.name === 'themes.yaml') {
        if (this.isFile(e.path)) this.loadList('sharedThemes', sharedThemeSchema, e.path, '', 'id');
        continue;
      }
      if (e.type !== 'dir') {
        this.error(e.path, 'onbekend bestand in content/; verwacht themes.yaml en een map per regio');
        continue;
      }
      if (e.name === NATIONAL) this.loadNational(e.path);
      else {
        const r = typeOf(join(e.path, 'region.yaml')).type;
        if (r === 'missing')
          this.error(e.path, 'map zonder region.yaml: een regio heeft een region.yaml; landelijke stukken staan in content/landelijk/');
        else this.loadRegion(e.path, e.name);
      }
    }
    for (const r of this.model.regions) r.logos = this.logos.get(r.localId) ?? {};
    // shared-theme ids are global, without a region prefix
    for (const t of this.model.sharedThemes) t.id = t.localId;
    checkModel(this.model, this.errors);
  }
}

/**
 * Compile a chapter body the way the build does (same remark plugins and remark-rehype options)
 * and check it against the content rules. Returns syntax errors and rule violations with lines
 * relative to the body.
 */
export function compileChapter(body: string, format: 'md' | 'mdx'): MdxViolation[] {
  const found: MdxViolation[] = [];
  const collect = () => (tree: unknown) => {
    found.push(...checkMdxTree(tree));
  };
  try {
    compileSync(body, {
      format,
      remarkPlugins: [...(baseRemarkPlugins as any[]), collect],
      rehypePlugins: [...standaloneRehypePlugins],
      remarkRehypeOptions: remarkRehypeOptions as any,
    });
  } catch (e: any) {
    let reason = String(e?.reason ?? e?.message ?? e).split('\n')[0];
    // some messages carry their place only in the text: "… for `<div>` (4:1-4:6)"
    const inText = reason.match(/ \((\d+):\d+(?:-\d+:\d+)?\)/);
    if (inText) reason = reason.replace(inText[0], '');
    const line = e?.place?.line ?? e?.place?.start?.line ?? e?.line ?? e?.position?.start?.line ?? (inText ? Number(inText[1]) : undefined);
    return [
      ...found,
      {
        line,
        message: `de tekst kan niet als ${format === 'md' ? 'Markdown' : 'MDX'} worden gelezen: ${reason}. Tip: schrijf < als &lt; en { als \\{ in lopende tekst`,
      },
    ];
  }
  return found;
}

function describeIssue(issue: z.core.$ZodIssue, raw: unknown): string {
  let value: unknown = raw;
  for (const k of issue.path) value = value && typeof value === 'object' ? (value as any)[k as any] : undefined;
  if (issue.code === 'unrecognized_keys') return `onbekend veld: ${issue.keys.join(', ')}`;
  if (value === undefined && (issue.code === 'invalid_type' || issue.code === 'invalid_value' || issue.code === 'invalid_union')) {
    const choices = issue.code === 'invalid_value' && 'values' in issue ? `; kies uit: ${issue.values.map(String).join(', ')}` : '';
    return `verplicht veld ontbreekt${choices}`;
  }
  if (issue.code === 'invalid_value' && 'values' in issue) {
    return `${typeof value === 'string' ? `"${value}"` : typeName(value)} is geen toegestane waarde; kies uit: ${issue.values.map(String).join(', ')}`;
  }
  if (issue.code === 'invalid_type') {
    // YAML reads 12, 2026 or true as a number or yes/no: where text is meant, quotes make it text
    const quote =
      issue.expected === 'string' && (typeof value === 'number' || typeof value === 'boolean')
        ? `; bedoelt u tekst, zet het dan tussen aanhalingstekens ("${String(value)}")`
        : '';
    return `verwacht ${EXPECTED[issue.expected] ?? issue.expected}, maar hier staat ${typeName(value)}${quote}`;
  }
  if (issue.code === 'invalid_union') {
    // report the most specific message of the union members
    const inner = (issue as any).errors?.flat?.() ?? [];
    const custom = inner.find((i: any) => i.code === 'custom');
    if (custom) return custom.message;
    const expected = [...new Set(inner.filter((i: any) => i.code === 'invalid_type').map((i: any) => EXPECTED[i.expected] ?? i.expected))];
    const literal = inner
      .filter((i: any) => i.code === 'invalid_value')
      .flatMap((i: any) => i.values ?? [])
      .map((v: unknown) => `"${String(v)}"`);
    const all = [...literal, ...expected];
    if (all.length) return `verwacht ${all.join(' of ')}, maar hier staat ${typeName(value)}`;
    return `ongeldige waarde: ${typeName(value)}`;
  }
  if (issue.message === 'Ongeldige invoer' || issue.message === 'Invalid input') return `ongeldige waarde: ${typeName(value)}`;
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
