/**
 * The kinds of content file the browser editor offers, with their JSON Schemas (the same ones
 * `npm run schemas` writes for VS Code, plus the voortgangsrapportage) and which fields refer to
 * entries of another kind. Shared by the configuration generator (Node) and the editor page
 * (browser), so both read the fields from src/schemas and nothing else.
 */
import { FILE_KINDS, jsonSchemaOf, type FileKind } from '../writers/json-schema.ts';
import { monitoringSchema } from '../schemas/monitoring.ts';

export const MONITORING_KIND: FileKind = {
  name: 'voortgang',
  title: 'Voortgangsrapportage',
  files: ['content/*/monitoring/*.yaml'],
  schema: monitoringSchema,
  list: false,
  description: 'De stand van de acties en de metingen van de KPI’s in één rapportageperiode.',
};

/** Every kind the editor edits: the JSON Schema kinds plus monitoring. */
export const EDITOR_KINDS: FileKind[] = [...FILE_KINDS, MONITORING_KIND];

export function kindByName(name: string): FileKind {
  const k = EDITOR_KINDS.find((x) => x.name === name);
  if (!k) throw new Error(`onbekende soort bestand: ${name}`);
  return k;
}

/**
 * Fields that hold the id of another entry, per kind (path with [] for list items) → the kind
 * they point to. These become relation pickers. Fields that may point to another region
 * ("landelijk/kamerbrief-2024", relations.relatedTo) or take an id or a free name
 * (letter.bijlagen, glossary source) stay text fields.
 */
export const REFERENCES: Record<string, Record<string, string>> = {
  document: {
    'decisions[].body': 'overleggen',
    'route[].body': 'overleggen',
    'route[].meeting': 'vergaderingen',
    'relations.partOf': 'document',
    'relations.annexOf': 'document',
    'relations.supersedes': 'document',
    'relations.implementedBy': 'document',
    themes: 'themas',
  },
  themas: { shared: 'gedeelde-themas', document: 'document' },
  indicatoren: { theme: 'themas', document: 'document' },
  tabel: { document: 'document', theme: 'themas' },
  acties: { themes: 'themas', indicators: 'indicatoren', document: 'document' },
  overleggen: { replacedBy: 'overleggen', document: 'document' },
  vergaderingen: { body: 'overleggen', 'items[].theme': 'themas', documents: 'document' },
  voortgang: { 'actions[].action': 'acties', 'indicators[].indicator': 'indicatoren' },
};

type Json = Record<string, any>;

/** The JSON Schema of one entry of a kind (the item of a list file), with its definitions. */
export function entrySchema(kind: FileKind): { schema: Json; defs: Json } {
  const full = jsonSchemaOf(kind);
  const defs = { ...(full.definitions ?? {}), ...(full.$defs ?? {}) };
  return { schema: kind.list ? full.items : full, defs };
}

/** Follow a local $ref ("#/definitions/x" or "#/$defs/x"). */
export function deref(node: Json, defs: Json): Json {
  let n = node;
  for (let i = 0; n && n.$ref && i < 20; i++) n = { ...defs[String(n.$ref).split('/').pop()!], ...withoutRef(n) };
  return n;
}
function withoutRef(n: Json): Json {
  const { $ref, ...rest } = n;
  return rest;
}
