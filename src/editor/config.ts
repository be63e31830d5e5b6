/**
 * The configuration of the browser editor (Decap CMS), generated from the zod schemas through
 * their JSON Schemas (src/writers/json-schema.ts), so the forms cannot drift from what the build
 * accepts: field types, required fields, allowed values as selects, ids of other entries as
 * relation pickers, Dutch labels (src/editor/labels.ts) and the schemas' Dutch descriptions as
 * help texts.
 *
 * Per region: one collection "gegevens" with the region's files (region.yaml and the list files
 * themes, indicators, actions, bodies, meetings, glossary), and folder collections for documents,
 * chapters, tables and voortgangsrapportages. A list file is edited as one form with a list of
 * entries ("items"): Decap cannot hold a list at the top of a file, so the editor page registers
 * a file format per kind (src/editor/format.ts) that reads and writes the plain list.
 */
import { EDITOR_KINDS, REFERENCES, deref, entrySchema, kindByName } from './kinds.ts';
import { FIELD_LABELS } from './labels.ts';
import { isRecord } from './format.ts';

type Json = Record<string, any>;

export type EditorBackend =
  | { name: 'lokaal' }
  | { name: 'github' | 'gitlab'; repo: string; branch?: string; appId?: string; baseUrl?: string; authEndpoint?: string };

export interface EditorRegion {
  /** Folder name under content/. */
  id: string;
  /** Name as region.yaml gives it (or the folder name). */
  name: string;
  /** Which files and folders exist: region.yaml, actions.yaml …, documents, tables, monitoring. */
  has: Set<string>;
}

export interface EditorOptions {
  backend: EditorBackend;
  regions: EditorRegion[];
  /** Address of the preview (the Astro dev server) for the editor's "view" links. */
  previewUrl?: string;
  /** Content folder as the backend sees it (relative to the repository root). */
  contentDir?: string;
}

/** Per collection name: which kind of file it holds (the editor page's formats and checks). */
export type CollectionKinds = Record<string, string>;

/** The list files of a region, in the order of the editor's menu: file name → kind. */
export const LIST_FILES: [file: string, kind: string][] = [
  ['themes.yaml', 'themas'],
  ['indicators.yaml', 'indicatoren'],
  ['actions.yaml', 'acties'],
  ['bodies.yaml', 'overleggen'],
  ['meetings.yaml', 'vergaderingen'],
  ['glossary.yaml', 'begrippen'],
];

const LONG_TEXT = new Set(['summary', 'description', 'explanation', 'definition', 'decisionRule', 'municipalitiesNote', 'note']);

export const label = (name: string): string => FIELD_LABELS[name] ?? name;

/** Help text: the schema's description, with the allowed values or an example where useful. */
/**
 * A schema description as help under a form field: the advice to put a value between quotes is for
 * writers of YAML files (where 2026 would be read as a number); in a form field it only misleads.
 */
export function formHint(description: string): string {
  return description
    .replace(/\s*Zet (hem|een nummer) tussen aanhalingstekens\./g, '')
    .replace(/[,;] tussen aanhalingstekens( als het een jaartal is)?([.;])/g, '$2')
    .trim();
}

function hint(node: Json): string | undefined {
  return typeof node.description === 'string' ? formHint(node.description) : undefined;
}

interface Ctx {
  kind: string;
  region: EditorRegion;
  collections: { dataFiles: string; documents: string; shared: string };
}

/** A relation picker to entries of `target` in the same region. */
function relation(target: string, ctx: Ctx, multiple: boolean): Json {
  if (target === 'document')
    return {
      widget: 'relation',
      collection: ctx.collections.documents,
      value_field: '{{slug}}',
      search_fields: ['title'],
      display_fields: ['title'],
      multiple,
    };
  const shown = target === 'overleggen' ? 'name' : target === 'indicatoren' ? 'label' : 'title';
  const shared = target === 'gedeelde-themas';
  return {
    widget: 'relation',
    collection: shared ? ctx.collections.shared : ctx.collections.dataFiles,
    file: target,
    value_field: 'items.*.id',
    search_fields: ['items.*.id', `items.*.${shown}`],
    display_fields: [`items.*.${shown}`],
    multiple,
  };
}

/** One Decap field from one JSON Schema property. */
export function fieldOf(name: string, raw: Json, required: boolean, path: string, ctx: Ctx, defs: Json, inOptional = false): Json {
  const node = deref(raw, defs);
  // Decap checks a required field inside an optional group even when the group is left empty;
  // there the field is optional in the form and the schema check before saving asks for it
  const base: Json = { name, label: label(name), required: required && !inOptional };
  const h = hint(node);
  if (h) base.hint = h;
  // defaults of single values only: an untouched list or group stays out of the file
  if (node.default !== undefined && typeof node.default !== 'object') base.default = node.default;
  const target = REFERENCES[ctx.kind]?.[path];
  const types = ([] as string[]).concat(node.type ?? []);

  if (target && (types.includes('string') || node.anyOf)) return { ...base, ...relation(target, ctx, false) };
  if (target && types.includes('array')) return { ...base, ...relation(target, ctx, true), ...(required ? { min: 1 } : {}) };

  if (node.enum) return { ...base, widget: 'select', options: node.enum.filter((v: unknown) => v !== null) };
  if (node.anyOf) {
    const branches = node.anyOf.map((b: Json) => deref(b, defs));
    const dated = branches.find((b: Json) => b.type === 'string' && b.pattern);
    if (dated) return { ...base, widget: 'string', pattern: [dated.pattern, 'Schrijf een datum als 2026-05-07, 2026-Q2 of najaar 2026.'] };
    const list = branches.find((b: Json) => b.type === 'array');
    // one line or a list of lines: typed as lines (the editor's format writes a list for more than one)
    if (list) return { ...base, widget: 'text', hint: (h ? h + ' ' : '') + 'Meer regels: één per regel.' };
    // a number or a placeholder ("PM", "[x]"): typed as text, written back as a number when it is one
    return { ...base, widget: 'string' };
  }
  if (types.includes('boolean')) return { ...base, widget: 'boolean', ...(base.default === undefined ? { default: false } : {}) };
  if (types.includes('integer') || types.includes('number')) {
    const f: Json = { ...base, widget: 'number', value_type: types.includes('integer') ? 'int' : 'float' };
    if (node.minimum !== undefined) f.min = node.minimum;
    if (node.maximum !== undefined) f.max = node.maximum;
    return f;
  }
  // a map keyed by id (a letter's values per gemeente): Decap has no widget for it, so it is typed as YAML text
  if (isRecord(node)) {
    return {
      ...base,
      widget: 'text',
      hint: (h ? h + ' ' : '') + 'Schrijf per id een regel "id:" met de velden eronder ingesprongen (YAML), zoals in het bestand.',
    };
  }
  if (types.includes('object') || node.properties) {
    return { ...base, widget: 'object', fields: fieldsOf(node, path, ctx, defs, inOptional || !required) };
  }
  if (types.includes('array')) {
    const item = deref(node.items ?? {}, defs);
    const f: Json = { ...base, widget: 'list' };
    if (node.minItems) f.min = node.minItems;
    if (item.type === 'object' || item.properties) {
      f.fields = fieldsOf(item, `${path}[]`, ctx, defs);
      f.collapsed = true;
      const summary = ['title', 'label', 'name', 'term', 'action', 'indicator', 'id'].find((k) => item.properties?.[k]);
      if (summary) f.summary = `{{fields.${summary}}}`;
    } else if (item.type === 'array') {
      // rows of a table: one line per row, cells separated by | (the editor's format converts)
      return {
        ...base,
        widget: 'text',
        hint:
          (h ? h + ' ' : '') +
          'Eén regel per rij, de cellen gescheiden door `|` (een lege cel: niets tussen twee `|`). Een `|` in een cel schrijft u als `\\|`.',
      };
    } else {
      f.field = fieldOf('waarde', item, true, `${path}[]`, ctx, defs);
      f.field.label = label(name);
      delete f.field.hint;
    }
    return f;
  }
  const f: Json = { ...base, widget: LONG_TEXT.has(name) ? 'text' : 'string' };
  if (node.pattern) f.pattern = [node.pattern, `Niet in de goede vorm. ${h ?? ''}`.trim()];
  return f;
}

function fieldsOf(node: Json, path: string, ctx: Ctx, defs: Json, inOptional = false): Json[] {
  const required = new Set<string>(node.required ?? []);
  return Object.entries<Json>(node.properties ?? {}).map(([k, v]) =>
    fieldOf(k, v, required.has(k), path ? `${path}.${k}` : k, ctx, defs, inOptional),
  );
}

/** The fields of one entry of a kind (for a list file: of one item). */
export function entryFields(kindName: string, ctx: Omit<Ctx, 'kind'>): Json[] {
  const { schema, defs } = entrySchema(kindByName(kindName));
  return fieldsOf(schema, '', { ...ctx, kind: kindName }, defs);
}

/** The format a kind's files are read and written with (registered by the editor page). */
export const formatOf = (kind: string) => `mja-${kind}`;
/**
 * Decap sets the format per collection, not per file, so the collection of a region's own files
 * (region.yaml and the list files) has one format that asks the editor page which file it is
 * saving (src/editor/format.ts, dataFilesFormat).
 */
export const DATA_FILES_FORMAT = 'mja-gegevens';

function backendConfig(b: EditorBackend): Json {
  if (b.name === 'lokaal') return { name: 'proxy', proxy_url: '/api/v1', branch: 'main' };
  const c: Json = { name: b.name, repo: b.repo, branch: b.branch ?? 'main' };
  if (b.name === 'gitlab') {
    c.auth_type = 'pkce';
    if (b.appId) c.app_id = b.appId;
  }
  if (b.baseUrl) c.base_url = b.baseUrl;
  if (b.authEndpoint) c.auth_endpoint = b.authEndpoint;
  return c;
}

/** The whole Decap configuration, and which kind each collection holds. */
export function editorConfig(opts: EditorOptions): { config: Json; kinds: CollectionKinds } {
  const content = (opts.contentDir ?? 'content').replace(/\/+$/, '');
  const kinds: CollectionKinds = {};
  const collections: Json[] = [];
  const sharedName = 'landelijk-gedeeld';

  collections.push({
    name: sharedName,
    label: 'Landelijke opgaven en gedeelde thema’s',
    description: kindByName('gedeelde-themas').description,
    format: DATA_FILES_FORMAT,
    extension: 'yaml',
    editor: { preview: false },
    files: [
      {
        name: 'gedeelde-themas',
        label: 'Landelijke opgaven en gedeelde thema’s',
        file: `${content}/themes.yaml`,
        fields: [
          listField('gedeelde-themas', {
            region: opts.regions[0],
            collections: { dataFiles: sharedName, documents: '', shared: sharedName },
          }),
        ],
      },
    ],
  });
  kinds[`${sharedName}/gedeelde-themas`] = 'gedeelde-themas';

  for (const region of opts.regions) {
    const dir = `${content}/${region.id}`;
    const names = { dataFiles: `${region.id}-gegevens`, documents: `${region.id}-documenten`, shared: sharedName };
    const ctx = { region, collections: names };
    const files: Json[] = [];
    if (region.has.has('region.yaml')) {
      files.push({
        name: 'regio',
        label: 'Regio',
        file: `${dir}/region.yaml`,
        format: formatOf('regio'),
        fields: entryFields('regio', ctx),
      });
      kinds[`${names.dataFiles}/regio`] = 'regio';
    }
    for (const [file, kind] of LIST_FILES) {
      if (!region.has.has(file)) continue;
      files.push({
        name: kind,
        label: kindByName(kind).title,
        file: `${dir}/${file}`,
        format: formatOf(kind),
        fields: [listField(kind, ctx)],
      });
      kinds[`${names.dataFiles}/${kind}`] = kind;
    }
    if (files.length)
      collections.push({
        name: names.dataFiles,
        label: `${region.name}: regio en lijsten`,
        description: 'De regio, thema’s, indicatoren, acties, overleggen, vergaderingen en begrippen.',
        format: DATA_FILES_FORMAT,
        extension: 'yaml',
        editor: { preview: false },
        files,
      });
    const folder = (name: string, kind: string, sub: string, extra: Json) => {
      collections.push({
        name,
        folder: `${dir}/${sub}`,
        extension: kind === 'hoofdstuk' ? 'mdx' : 'yaml',
        format: formatOf(kind),
        editor: { preview: false },
        ...extra,
      });
      kinds[name] = kind;
    };
    if (region.has.has('documents')) {
      folder(names.documents, 'document', 'documents', {
        label: `${region.name}: documenten`,
        label_singular: 'document',
        description: kindByName('document').description,
        create: true,
        slug: '{{slug}}',
        identifier_field: 'title',
        fields: entryFields('document', ctx),
      });
      folder(`${region.id}-hoofdstukken`, 'hoofdstuk', 'documents', {
        label: `${region.name}: hoofdstukken`,
        label_singular: 'hoofdstuk',
        description:
          'De hoofdstukken van de documenten (één map per document). Een nieuw hoofdstuk maakt u met npm run nieuw -- hoofdstuk; hier past u ze aan.',
        // a chapter lives in the folder of its document: documents/<doc>/<nn>-<slug>.mdx (two levels)
        path: '{{document}}/{{slug}}',
        create: false,
        delete: false,
        identifier_field: 'title',
        summary: '{{dirname}} · {{number}} {{title}}',
        fields: [
          ...entryFields('hoofdstuk', ctx),
          {
            name: 'body',
            label: 'Tekst',
            widget: 'text',
            hint: 'De tekst in Markdown: `##` voor een kopje, `[^1]` voor een voetnoot, `|` voor een kleine tabel. Schrijf `<` als `&lt;` en `{` als `\\{`.',
          },
        ],
      });
    }
    if (region.has.has('tables'))
      folder(`${region.id}-tabellen`, 'tabel', 'tables', {
        label: `${region.name}: tabellen`,
        label_singular: 'tabel',
        description: kindByName('tabel').description,
        create: true,
        slug: '{{slug}}',
        identifier_field: 'title',
        fields: entryFields('tabel', ctx),
      });
    if (region.has.has('region.yaml'))
      folder(`${region.id}-voortgang`, 'voortgang', 'monitoring', {
        label: `${region.name}: voortgangsrapportages`,
        label_singular: 'voortgangsrapportage',
        description: kindByName('voortgang').description,
        create: true,
        slug: '{{period}}',
        identifier_field: 'period',
        fields: entryFields('voortgang', ctx),
      });
  }

  const config: Json = {
    backend: backendConfig(opts.backend),
    locale: 'nl',
    load_config_file: false,
    // no images or uploads: the site takes none from the editor
    media_folder: 'editor-uploads',
    public_folder: '/editor-uploads',
    omit_empty_optional_fields: true,
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    ...(opts.previewUrl ? { site_url: opts.previewUrl, display_url: opts.previewUrl } : {}),
    collections,
  };
  return { config, kinds };
}

const SINGULAR: Record<string, string> = {
  themas: 'thema',
  'gedeelde-themas': 'opgave of thema',
  indicatoren: 'indicator',
  acties: 'actie',
  overleggen: 'overleg',
  vergaderingen: 'vergadering',
  begrippen: 'begrip',
};

function listField(kind: string, ctx: Omit<Ctx, 'kind'>): Json {
  const k = kindByName(kind);
  const { schema } = entrySchema(k);
  const summary = ['title', 'label', 'name', 'term', 'id'].find((n) => schema.properties?.[n]);
  return {
    name: 'items',
    label: k.title,
    label_singular: SINGULAR[kind] ?? 'item',
    widget: 'list',
    collapsed: true,
    hint: k.description,
    ...(summary
      ? { summary: schema.properties.id && summary !== 'id' ? `{{fields.id}} · {{fields.${summary}}}` : `{{fields.${summary}}}` }
      : {}),
    fields: entryFields(kind, ctx),
  };
}

/** All kinds the editor covers (for the coverage test). */
export const editorKindNames = () => EDITOR_KINDS.map((k) => k.name);
