/**
 * JSON Schemas for editors, made from the zod schemas in src/schemas (one per kind of content
 * file), so VS Code (Red Hat YAML extension) checks and completes YAML while a writer types.
 * `npm run schemas` writes them to schemas/json/; a test checks they are up to date and that
 * they accept all real content.
 *
 * What the JSON Schema describes is the file as the writer types it (zod's input side): fields
 * with a default are optional. Two zod schemas are checked by code and are written out by hand:
 * fuzzy dates (a pattern for every form parseFuzzyDate accepts) and values (a number or one of
 * the placeholders). Every object is closed (additionalProperties: false): unknown fields are
 * errors, as in the build.
 */
import { z } from 'astro/zod';
import { regionSchema } from '../schemas/region.ts';
import { documentSchema } from '../schemas/document.ts';
import { chapterSchema } from '../schemas/chapter.ts';
import { sharedThemeSchema, themeSchema } from '../schemas/theme.ts';
import { indicatorSchema } from '../schemas/indicator.ts';
import { tableSchema } from '../schemas/table.ts';
import { actionSchema } from '../schemas/action.ts';
import { bodySchema, meetingSchema } from '../schemas/body.ts';
import { glossarySchema } from '../schemas/glossary.ts';
import { PHRASES } from '../core/dates.ts';
import { PLACEHOLDERS } from '../core/numbers.ts';

export interface FileKind {
  /** File name of the JSON Schema (without .schema.json) and the guide's anchor. */
  name: string;
  /** Dutch name of the kind of file. */
  title: string;
  /** Where such files are, as globs relative to the repository. */
  files: string[];
  /** What the file is for, in Dutch. */
  description: string;
  schema: z.ZodType;
  /** The file holds a list of entries (each starting with "- "). */
  list: boolean;
  /** The schema is for the frontmatter between --- lines of an MDX file. */
  frontmatter?: boolean;
}

export const FILE_KINDS: FileKind[] = [
  {
    name: 'regio',
    title: 'Regio',
    files: ['content/*/region.yaml'],
    schema: regionSchema,
    list: false,
    description: 'De regio: naam, gemeenten (met de centrumgemeente), werkcentrum, partners en kleur.',
  },
  {
    name: 'document',
    title: 'Document',
    files: ['content/*/documents/*.yaml'],
    schema: documentSchema,
    list: false,
    description:
      'Eén document: soort, status, periode, besluiten, route en verbanden. De hoofdstukken staan in de map met dezelfde naam ernaast.',
  },
  {
    name: 'hoofdstuk',
    title: 'Hoofdstuk (frontmatter)',
    files: ['content/*/documents/*/*.mdx'],
    schema: chapterSchema,
    list: false,
    frontmatter: true,
    description: 'De kop tussen de twee regels --- bovenaan een hoofdstukbestand (.mdx); de tekst van het hoofdstuk staat eronder.',
  },
  {
    name: 'themas',
    title: 'Thema’s van een regio',
    files: ['content/*/themes.yaml'],
    schema: themeSchema,
    list: true,
    description: 'De opgaven van de regio, elk gekoppeld aan een of meer landelijke opgaven.',
  },
  {
    name: 'gedeelde-themas',
    title: 'Landelijke opgaven en gedeelde thema’s',
    files: ['content/themes.yaml'],
    schema: sharedThemeSchema,
    list: true,
    description: 'De vier landelijke opgaven en de thema’s die regio’s delen (één bestand voor de hele site).',
  },
  {
    name: 'indicatoren',
    title: 'Indicatoren',
    files: ['content/*/indicators.yaml'],
    schema: indicatorSchema,
    list: true,
    description: 'Losse cijfers: kerncijfers, KPI’s, doelen en prognoses.',
  },
  {
    name: 'tabel',
    title: 'Tabel',
    files: ['content/*/tables/*.yaml'],
    schema: tableSchema,
    list: false,
    description: 'Eén tabel met cijfers (één tabel per bestand), eventueel met een grafiek.',
  },
  {
    name: 'acties',
    title: 'Acties',
    files: ['content/*/actions.yaml'],
    schema: actionSchema,
    list: true,
    description: 'De acties van de uitvoeringsagenda (en punten uit een memo).',
  },
  {
    name: 'overleggen',
    title: 'Overleggen',
    files: ['content/*/bodies.yaml'],
    schema: bodySchema,
    list: true,
    description: 'Het Regionaal Beraad, tafels en andere overleggen.',
  },
  {
    name: 'vergaderingen',
    title: 'Vergaderingen',
    files: ['content/*/meetings.yaml'],
    schema: meetingSchema,
    list: true,
    description: 'Vergaderingen van de overleggen, met hun agendapunten.',
  },
  {
    name: 'begrippen',
    title: 'Begrippen',
    files: ['content/*/glossary.yaml'],
    schema: glossarySchema,
    list: true,
    description: 'Afkortingen en begrippen met hun betekenis.',
  },
];

/** Each letter either case, as JSON Schema patterns have no flags. */
const anyCase = (s: string) => s.replace(/[a-z]/g, (c) => `[${c}${c.toUpperCase()}]`).replace(/ /g, '\\s+');

/** The forms parseFuzzyDate accepts, as one pattern. */
export const FUZZY_DATE_PATTERN =
  '^\\s*(\\d{4}(-(\\d{2}(-\\d{2})?|[Qq][1-4]|[Ww]\\d{1,2}))?|(' + Object.keys(PHRASES).map(anyCase).join('|') + ')\\s+\\d{4})\\s*$';

type Json = Record<string, any>;

function replace(target: Json, by: Json) {
  const keep = { description: target.description, examples: target.examples, default: target.default };
  for (const k of Object.keys(target)) delete target[k];
  Object.assign(target, by);
  for (const [k, v] of Object.entries(keep)) if (v !== undefined) target[k] = v;
}

function override(ctx: { zodSchema: any; jsonSchema: Json }) {
  const meta = z.globalRegistry.get(ctx.zodSchema) as Json | undefined;
  const js = ctx.jsonSchema;
  const special = meta?.['x-mja'] ?? js['x-mja'];
  delete js['x-mja'];
  if (special === 'datum') {
    replace(js, {
      anyOf: [
        { type: 'string', pattern: FUZZY_DATE_PATTERN },
        { type: 'integer', minimum: 1000, maximum: 9999 },
      ],
    });
  } else if (special === 'waarde') {
    replace(js, { anyOf: [{ type: 'number' }, { type: 'string', enum: [...PLACEHOLDERS] }, { type: 'null' }] });
  }
  // zod leaves out examples and defaults of schemas with a transform inside (a date): put back what the writer types
  if (meta?.examples && js.examples === undefined) js.examples = meta.examples;
  const def = ctx.zodSchema?._zod?.def;
  if (def?.type === 'default' && js.default === undefined) {
    const d = def.defaultValue;
    js.default = JSON.parse(JSON.stringify(typeof d === 'function' ? d() : d));
  }
  if (js.type === 'object' && js.properties && js.additionalProperties === undefined) js.additionalProperties = false;
}

/** The JSON Schema of one kind of file. */
export function jsonSchemaOf(kind: FileKind): Json {
  const one = z.toJSONSchema(kind.schema, { io: 'input', target: 'draft-7', unrepresentable: 'any', override }) as Json;
  delete one.$schema;
  const head = {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: `https://meerjarenagenda.example.nl/schemas/${kind.name}.schema.json`,
    title: kind.title,
    description: `${kind.description} Gemaakt uit src/schemas met npm run schemas; niet met de hand wijzigen.`,
  };
  if (!kind.list) return { ...head, ...one };
  const { $defs, definitions, ...item } = one;
  return {
    ...head,
    type: ['array', 'null'],
    items: item,
    ...(definitions ? { definitions } : {}),
    ...($defs ? { $defs } : {}),
  };
}

/** Every JSON Schema file with its text, keyed by file name. */
export function jsonSchemaFiles(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const k of FILE_KINDS) out[`${k.name}.schema.json`] = JSON.stringify(jsonSchemaOf(k), null, 2) + '\n';
  return out;
}
