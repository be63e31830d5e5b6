/**
 * A corpus of broken variants of tests/fixtures/basic, generated at test time: what careless or
 * hostile writers do. Each variant changes a copy of the fixture and says what the loader must
 * name: the file (always), the field and the line (where they exist) and, where it matters, what
 * the message must say.
 */
import { mkdirSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { parseDocument } from 'yaml';

export interface Variant {
  category: string;
  name: string;
  /** Path (relative to the content folder) of the file the message must name. */
  file: string;
  /** The field the message must name (end of "… › field"). */
  field?: string;
  /** The line the message must give: a number, or true for "some line". */
  line?: number | true;
  /** What the message must say. */
  message?: RegExp;
  apply(dir: string): void;
}

const R = 'proefregio';
export const FILES = {
  shared: 'themes.yaml',
  region: `${R}/region.yaml`,
  document: `${R}/documents/agenda.yaml`,
  table: `${R}/tables/werkzoekenden.yaml`,
  themes: `${R}/themes.yaml`,
  indicators: `${R}/indicators.yaml`,
  actions: `${R}/actions.yaml`,
  bodies: `${R}/bodies.yaml`,
  meetings: `${R}/meetings.yaml`,
  glossary: `${R}/glossary.yaml`,
};
const CH1 = `${R}/documents/agenda/01-inleiding.mdx`;
const CH2 = `${R}/documents/agenda/02-doelen.mdx`;
const YAML_FILES = Object.values(FILES);
const LIST_FILES = [FILES.shared, FILES.themes, FILES.indicators, FILES.actions, FILES.bodies, FILES.meetings, FILES.glossary];

const read = (dir: string, f: string) => readFileSync(join(dir, f), 'utf8');
const write = (dir: string, f: string, text: string | Buffer) => {
  mkdirSync(dirname(join(dir, f)), { recursive: true });
  writeFileSync(join(dir, f), text);
};
/** 1-based line of the first line containing `needle`. */
export const lineOf = (text: string, needle: string) => {
  const i = text.indexOf(needle);
  if (i < 0) throw new Error(`corpus: "${needle}" not in text`);
  return text.slice(0, i).split('\n').length;
};
/** Edit a YAML file through the yaml document API (keeps the rest as it is). */
function editYaml(dir: string, f: string, edit: (doc: ReturnType<typeof parseDocument>) => void) {
  const doc = parseDocument(read(dir, f));
  edit(doc);
  write(dir, f, String(doc));
}
const pathString = (path: PropertyKey[]) =>
  path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i ? `.${String(p)}` : String(p))).join('');

/** Places where an object of a schema is (file, path to it, entry prefix of the path in messages). */
const OBJECTS: Array<{ file: string; path: (string | number)[]; field: (string | number)[]; prepare?: (dir: string) => void }> = [
  { file: FILES.region, path: [], field: [] },
  { file: FILES.region, path: ['theme'], field: ['theme'] },
  { file: FILES.region, path: ['werkcentrum'], field: ['werkcentrum'] },
  { file: FILES.region, path: ['municipalities', 0], field: ['municipalities', 0] },
  { file: FILES.region, path: ['partners', 0], field: ['partners', 0] },
  {
    file: FILES.region,
    path: ['municipalities', 1, 'signatories', 0],
    field: ['municipalities', 1, 'signatories', 0],
    prepare: (dir) =>
      editYaml(dir, FILES.region, (d) => d.setIn(['municipalities', 1, 'signatories'], d.createNode([{ role: 'burgemeester' }]))),
  },
  { file: FILES.document, path: [], field: [] },
  { file: FILES.document, path: ['period'], field: ['period'] },
  { file: FILES.document, path: ['decisions', 0], field: ['decisions', 0] },
  { file: FILES.document, path: ['route', 0], field: ['route', 0] },
  {
    file: FILES.document,
    path: ['relations'],
    field: ['relations'],
    prepare: (dir) => editYaml(dir, FILES.document, (d) => d.setIn(['relations'], d.createNode({ relatedTo: [] }))),
  },
  {
    file: FILES.document,
    path: ['letter'],
    field: ['letter'],
    prepare: (dir) =>
      editYaml(dir, FILES.document, (d) => {
        d.setIn(['type'], 'raadsinformatiebrief');
        d.setIn(['letter'], d.createNode({ onderwerp: 'Agenda' }));
      }),
  },
  {
    file: FILES.document,
    path: ['form', 0],
    field: ['form', 0],
    prepare: (dir) =>
      editYaml(dir, FILES.document, (d) => {
        d.setIn(['type'], 'memo');
        d.setIn(['form'], d.createNode([{ label: 'Onderwerp', value: 'Agenda' }]));
      }),
  },
  { file: FILES.table, path: [], field: [] },
  { file: FILES.table, path: ['columns', 0], field: ['columns', 0] },
  { file: FILES.table, path: ['chart'], field: ['chart'] },
  { file: FILES.themes, path: [0], field: [] },
  { file: FILES.shared, path: [0], field: [] },
  { file: FILES.indicators, path: [0], field: [] },
  { file: FILES.actions, path: [0], field: [] },
  { file: FILES.actions, path: [0, 'parties', 0], field: ['parties', 0] },
  { file: FILES.actions, path: [0, 'timing'], field: ['timing'] },
  {
    file: FILES.actions,
    path: [0, 'budget'],
    field: ['budget'],
    prepare: (dir) => editYaml(dir, FILES.actions, (d) => d.setIn([0, 'budget'], d.createNode({ value: 1000 }))),
  },
  { file: FILES.bodies, path: [0], field: [] },
  { file: FILES.meetings, path: [0], field: [] },
  { file: FILES.meetings, path: [0, 'items', 0], field: ['items', 0] },
  { file: FILES.glossary, path: [0], field: [] },
];

function unknownFields(): Variant[] {
  const out: Variant[] = [];
  const keys = ['onbekend', 'titel', 'Title', '__proto__', 'constructor'];
  for (const o of OBJECTS) {
    for (const key of keys) {
      out.push({
        category: 'onbekend veld',
        name: `${o.file} ${pathString(o.path) || '(top)'} + ${key}`,
        file: o.file,
        field: pathString([...o.field, key]),
        line: true,
        message: /onbekend veld/,
        apply(dir) {
          o.prepare?.(dir);
          editYaml(dir, o.file, (d) => ((d.getIn(o.path, true) as any) ?? d.contents).set(key, 'x'));
        },
      });
    }
  }
  // chapter frontmatter
  for (const [ch, key] of [
    [CH1, 'titel'],
    [CH1, 'onbekend'],
    [CH2, 'Title'],
    [CH2, '__proto__'],
    [CH1, 'layout'],
  ] as const) {
    out.push({
      category: 'onbekend veld',
      name: `${ch} frontmatter + ${key}`,
      file: ch,
      field: key,
      line: 4,
      message: /onbekend veld/,
      apply: (dir) => write(dir, ch, read(dir, ch).replace(/^---\n(.*\n.*\n)/, `---\n$1${key}: x\n`)),
    });
  }
  return out;
}

const REQUIRED: Array<[string, (string | number)[]]> = [
  [FILES.region, ['name']],
  [FILES.region, ['summary']],
  [FILES.region, ['municipalities']],
  [FILES.region, ['werkcentrum']],
  [FILES.region, ['theme']],
  [FILES.region, ['theme', 'accent']],
  [FILES.region, ['municipalities', 0, 'name']],
  [FILES.region, ['municipalities', 0, 'id']],
  [FILES.region, ['werkcentrum', 'name']],
  [FILES.document, ['title']],
  [FILES.document, ['type']],
  [FILES.document, ['status']],
  [FILES.document, ['summary']],
  [FILES.document, ['period', 'end']],
  [FILES.document, ['decisions', 0, 'date']],
  [FILES.document, ['decisions', 0, 'outcome']],
  [FILES.table, ['title']],
  [FILES.table, ['source']],
  [FILES.table, ['period']],
  [FILES.table, ['geography']],
  [FILES.table, ['columns']],
  [FILES.table, ['rows']],
  [FILES.table, ['columns', 0, 'label']],
  [FILES.table, ['chart', 'series']],
  [FILES.table, ['chart', 'type']],
  [FILES.themes, [0, 'title']],
  [FILES.themes, [0, 'national']],
  [FILES.themes, [0, 'summary']],
  [FILES.shared, [0, 'kind']],
  [FILES.indicators, [0, 'label']],
  [FILES.indicators, [0, 'unit']],
  [FILES.indicators, [0, 'source']],
  [FILES.indicators, [0, 'period']],
  [FILES.actions, [0, 'title']],
  [FILES.actions, [0, 'themes']],
  [FILES.actions, [0, 'type']],
  [FILES.actions, [0, 'parties', 0, 'role']],
  [FILES.bodies, [0, 'level']],
  [FILES.bodies, [0, 'summary']],
  [FILES.meetings, [0, 'body']],
  [FILES.meetings, [0, 'date']],
  [FILES.glossary, [0, 'expansion']],
  [FILES.glossary, [0, 'source']],
];

function missingFields(): Variant[] {
  const out: Variant[] = REQUIRED.map(([file, path]) => {
    const inList = LIST_FILES.includes(file);
    return {
      category: 'verplicht veld ontbreekt',
      name: `${file} ${pathString(path)}`,
      file,
      field: pathString(inList ? path.slice(1) : path),
      line: true,
      message: /verplicht veld ontbreekt/,
      apply: (dir: string) => editYaml(dir, file, (d) => d.deleteIn(path)),
    };
  });
  for (const [ch, key] of [
    [CH1, 'number'],
    [CH1, 'title'],
    [CH2, 'number'],
    [CH2, 'title'],
  ] as const) {
    out.push({
      category: 'verplicht veld ontbreekt',
      name: `${ch} ${key}`,
      file: ch,
      field: key,
      line: true,
      message: /verplicht veld ontbreekt/,
      apply: (dir) => write(dir, ch, read(dir, ch).replace(new RegExp(`^${key}: .*\\n`, 'm'), '')),
    });
  }
  return out;
}

/** [file, path, bad value, message] */
const WRONG: Array<[string, (string | number)[], unknown, RegExp]> = [
  [FILES.document, ['status'], 'definitief', /geen toegestane waarde; kies uit/],
  [FILES.document, ['type'], 'notitie', /geen toegestane waarde/],
  [FILES.document, ['period', 'start'], 'twintig', /verwacht een getal/],
  [FILES.document, ['period', 'end'], 2020, /einde van de periode/],
  [FILES.document, ['date'], '2026-02-30', /ongeldige datum/],
  [FILES.document, ['date'], ['2026'], /verwacht|ongeldige/],
  [FILES.document, ['order'], 'eerste', /verwacht een getal/],
  [FILES.document, ['themes'], 'werk', /verwacht een lijst/],
  [FILES.document, ['decisions', 0, 'outcome'], 'goedgekeurd', /geen toegestane waarde/],
  [FILES.document, ['summary'], '', /te kort|minstens|Te klein|ten minste/i],
  [FILES.region, ['theme', 'accent'], '#ffff00', /contrast van .*4,5:1/],
  [FILES.region, ['theme', 'accent'], '#bbbbbb', /contrast/],
  [FILES.region, ['theme', 'accent'], 'paars', /#rrggbb/],
  [FILES.region, ['municipalities'], 'Hoofdstad', /verwacht een lijst/],
  [FILES.region, ['municipalities', 0, 'centrumgemeente'], 'ja', /verwacht true of false/],
  [FILES.region, ['municipalities', 0, 'id'], 'Hoofd Stad', /kleine letters/],
  [FILES.region, ['order'], 1.5, /geheel getal|integer|verwacht/i],
  [FILES.table, ['columns', 1, 'unit'], 'stuks', /geen toegestane waarde/],
  [FILES.table, ['chart', 'type'], 'taart', /geen toegestane waarde/],
  [FILES.table, ['rows'], [], /minstens|ten minste|Te klein/i],
  [FILES.table, ['rows', 0], 'Laag, 5000', /verwacht een lijst/],
  [FILES.table, ['chart', 'stacked'], 'ja', /true of false/],
  [FILES.themes, [0, 'national', 1], 'cultureel', /geen toegestane waarde/],
  [FILES.themes, [0, 'id'], 'Werk!', /kleine letters/],
  [FILES.indicators, [0, 'value'], '248.000 inwoners', /geen getal en geen toegestane placeholder/],
  [FILES.indicators, [0, 'unit'], 'mensen', /geen toegestane waarde/],
  [FILES.indicators, [0, 'qualifier'], "zo'n", /geen toegestane waarde/],
  [FILES.indicators, [0, 'key'], 'ja', /true of false/],
  [FILES.actions, [0, 'type'], 'doen', /geen toegestane waarde/],
  [FILES.actions, [0, 'status'], 'klaar', /geen toegestane waarde/],
  [FILES.actions, [0, 'themes'], [], /minstens één thema/],
  [FILES.actions, [0, 'timing', 'start'], 'ooit', /ongeldige datum/],
  [FILES.actions, [0, 'parties', 0, 'role'], 'baas', /geen toegestane waarde/],
  [FILES.actions, [0, 'id'], '#1', /nummer als/],
  [FILES.bodies, [0, 'level'], 'hoog', /geen toegestane waarde/],
  [FILES.meetings, [0, 'date'], 'morgen', /ongeldige datum/],
  [FILES.meetings, [0, 'items', 0, 'stage'], 'klaar', /geen toegestane waarde/],
  [FILES.glossary, [0, 'aliases'], 'Werkcentrum', /verwacht een lijst/],
  [FILES.shared, [0, 'kind'], 'thema', /geen toegestane waarde/],
];

function wrongValues(): Variant[] {
  return WRONG.map(([file, path, value, message], i) => {
    const inList = LIST_FILES.includes(file);
    return {
      category: 'verkeerde waarde',
      name: `${file} ${pathString(path)} = ${JSON.stringify(value)} (#${i})`,
      file,
      field: pathString(inList ? path.slice(1) : path),
      line: true,
      message,
      apply: (dir: string) => editYaml(dir, file, (d) => d.setIn(path, d.createNode(value))),
    };
  });
}

function references(): Variant[] {
  const v = (
    name: string,
    file: string,
    field: string,
    message: RegExp,
    apply: (dir: string) => void,
    line: number | true = true,
  ): Variant => ({
    category: 'verwijzing',
    name,
    file,
    field,
    line,
    message,
    apply,
  });
  const set = (file: string, path: (string | number)[], value: unknown) => (dir: string) =>
    editYaml(dir, file, (d) => d.setIn(path, d.createNode(value)));
  return [
    v('action theme', FILES.actions, 'themes[0]', /onbekend thema "wonen"/, set(FILES.actions, [0, 'themes'], ['wonen'])),
    v('action parent', FILES.actions, 'parent', /onbekende hoofdactiviteit/, set(FILES.actions, [1, 'parent'], '9')),
    v('action parent itself', FILES.actions, 'parent', /eigen hoofdactiviteit/, set(FILES.actions, [1, 'parent'], '1.1')),
    v('action document', FILES.actions, 'document', /onbekend document/, set(FILES.actions, [0, 'document'], 'nergens')),
    v('action indicator', FILES.actions, 'indicators[0]', /onbekend indicator/, set(FILES.actions, [0, 'indicators'], ['nergens'])),
    v('document partOf', FILES.document, 'relations.partOf', /onbekend document/, set(FILES.document, ['relations', 'partOf'], 'nergens')),
    v(
      'document partOf itself',
      FILES.document,
      'relations.partOf',
      /verwijst naar zichzelf/,
      set(FILES.document, ['relations', 'partOf'], 'agenda'),
    ),
    v(
      'document supersedes itself',
      FILES.document,
      'relations.supersedes[0]',
      /zichzelf/,
      set(FILES.document, ['relations', 'supersedes'], ['proefregio/agenda']),
    ),
    v(
      'document relatedTo other region',
      FILES.document,
      'relations.relatedTo[0]',
      /er is geen regio "elders"/,
      set(FILES.document, ['relations', 'relatedTo'], ['elders/stuk']),
    ),
    v(
      'document decision body',
      FILES.document,
      'decisions[0].body',
      /onbekend overleg/,
      set(FILES.document, ['decisions', 0, 'body'], 'raad'),
    ),
    v(
      'document route meeting',
      FILES.document,
      'route[0].meeting',
      /onbekend vergadering/,
      set(FILES.document, ['route', 0, 'meeting'], 'beraad-2030'),
    ),
    v('document theme', FILES.document, 'themes[0]', /onbekend thema/, set(FILES.document, ['themes'], ['klimaat'])),
    v('document route empty step', FILES.document, 'route[0]', /een stap in de route/, set(FILES.document, ['route'], [{ note: 'x' }])),
    v('letter recipient', FILES.document, 'letter.recipients[0]', /onbekende gemeente "stad"/, (dir) =>
      editYaml(dir, FILES.document, (d) => {
        d.setIn(['type'], 'raadsinformatiebrief');
        d.setIn(['letter'], d.createNode({ onderwerp: 'A', recipients: ['stad'] }));
      }),
    ),
    v('letter recipient twice', FILES.document, 'letter.recipients[1]', /twee keer/, (dir) =>
      editYaml(dir, FILES.document, (d) => {
        d.setIn(['type'], 'raadsinformatiebrief');
        d.setIn(['letter'], d.createNode({ onderwerp: 'A', recipients: ['dorp', 'dorp'] }));
      }),
    ),
    v(
      'raadsinformatiebrief without letter',
      FILES.document,
      'letter',
      /letter-blok/,
      set(FILES.document, ['type'], 'raadsinformatiebrief'),
    ),
    v('table document', FILES.table, 'document', /onbekend document/, set(FILES.table, ['document'], 'agenda-2031')),
    v(
      'table chapter',
      FILES.table,
      'chapter',
      /onbekend hoofdstuk "99-slot"/,
      set(FILES.table, ['chapter'], '99-slot'),
      lineOf(read0(FILES.table), 'chapter:'),
    ),
    v('table chapter with number only', FILES.table, 'chapter', /onbekend hoofdstuk/, set(FILES.table, ['chapter'], '01')),
    v('table chapter without document', FILES.table, 'chapter', /noemt ook het document/, (dir) =>
      editYaml(dir, FILES.table, (d) => d.deleteIn(['document'])),
    ),
    v('table theme', FILES.table, 'theme', /onbekend thema/, set(FILES.table, ['theme'], 'nergens')),
    v('table chart series', FILES.table, 'chart.series[0]', /onbekende kolom/, set(FILES.table, ['chart', 'series'], ['aandeel'])),
    v('table chart text column', FILES.table, 'chart.series[0]', /bevat tekst/, set(FILES.table, ['chart', 'series'], ['niveau'])),
    v('table duplicated column', FILES.table, 'columns[1].id', /staat dubbel/, set(FILES.table, ['columns', 1, 'id'], 'niveau')),
    v('table short row', FILES.table, 'rows[1]', /de rij heeft 1 cellen/, set(FILES.table, ['rows', 1], ['Middelbaar'])),
    v(
      'table text in a number cell',
      FILES.table,
      'rows[0][1] (kolom "aantal")',
      /"5.000" is geen getal/,
      set(FILES.table, ['rows', 0, 1], '5.000'),
    ),
    v('table total row long', FILES.table, 'totals[0]', /de rij heeft 3 cellen/, set(FILES.table, ['totals', 0], ['Totaal', 1, 2])),
    v('theme shared', FILES.themes, 'shared[0]', /onbekend thema/, set(FILES.themes, [0, 'shared'], ['nergens'])),
    v('indicator theme', FILES.indicators, 'theme', /onbekend thema/, set(FILES.indicators, [0, 'theme'], 'nergens')),
    v('meeting body', FILES.meetings, 'body', /onbekend overleg/, set(FILES.meetings, [0, 'body'], 'raad')),
    v('meeting document', FILES.meetings, 'documents[0]', /onbekend document/, set(FILES.meetings, [0, 'documents'], ['nergens'])),
    v('meeting item theme', FILES.meetings, 'items[0].theme', /onbekend thema/, set(FILES.meetings, [0, 'items', 0, 'theme'], 'nergens')),
    v('body replacedBy', FILES.bodies, 'replacedBy', /onbekend overleg/, set(FILES.bodies, [0, 'replacedBy'], 'nergens')),
    v('body replacedBy itself', FILES.bodies, 'replacedBy', /zichzelf/, set(FILES.bodies, [0, 'replacedBy'], 'beraad')),
    v(
      'duplicated gemeente id',
      FILES.region,
      'municipalities[1].id',
      /gemeente "hoofdstad" staat dubbel/,
      set(FILES.region, ['municipalities', 1, 'id'], 'hoofdstad'),
    ),
    v(
      'two centrumgemeenten',
      FILES.region,
      'municipalities[1].centrumgemeente',
      /maar één centrumgemeente/,
      set(FILES.region, ['municipalities', 1, 'centrumgemeente'], true),
    ),
    v('duplicated action id', FILES.actions, 'id', /staat dubbel/, set(FILES.actions, [1, 'id'], '1')),
    v('duplicated theme id', FILES.themes, 'id', /staat dubbel/, (dir) =>
      write(dir, FILES.themes, read(dir, FILES.themes) + read(dir, FILES.themes)),
    ),
    v('duplicated indicator id', FILES.indicators, 'id', /staat dubbel/, set(FILES.indicators, [1, 'id'], 'inwoners')),
    v('duplicated body id', FILES.bodies, 'id', /staat dubbel/, (dir) =>
      write(dir, FILES.bodies, read(dir, FILES.bodies) + read(dir, FILES.bodies)),
    ),
    v('duplicated glossary term', FILES.glossary, 'term', /staat dubbel/, (dir) =>
      write(dir, FILES.glossary, read(dir, FILES.glossary) + read(dir, FILES.glossary)),
    ),
    v(
      'duplicated chapter number',
      CH2,
      'number',
      /komt al voor/,
      (dir) => write(dir, CH2, read(dir, CH2).replace('number: "2"', 'number: "1"')),
      2,
    ),
    v('form label unknown', FILES.document, 'form[0].label', /onbekend veld "Portefeuille"/, (dir) =>
      editYaml(dir, FILES.document, (d) => {
        d.setIn(['type'], 'memo');
        d.setIn(['form'], d.createNode([{ label: 'Portefeuille', value: 'x' }]));
      }),
    ),
  ];
}
const FIXTURE = 'tests/fixtures/basic';
function read0(f: string) {
  return readFileSync(join(FIXTURE, f), 'utf8');
}

/** Payloads that make YAML hostile or broken, added as one more entry (list) or key (object). */
const YAML_PAYLOADS: Array<[string, string, RegExp, boolean]> = [
  ['ongesloten haakje', '[a, b', /ongeldige YAML/, true],
  [
    'alias bomb',
    `{a: &a [x,x,x,x,x,x,x,x,x], b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a], c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b], d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c], e: [*d,*d,*d,*d,*d,*d,*d,*d,*d]}`,
    /alias bomb/,
    true,
  ],
  ['onbekende alias', '*nergens', /verwijzing \*nergens/, true],
  ['kring van aliassen', '&k [1, *k]', /kring/, true],
  ['!!js/function', '!!js/function "function () { process.exit(7) }"', /label|tag/, true],
  ['!!binary', '!!binary aGVsbG8=', /label|tag/, true],
  ['!!python/object', '!!python/object/apply:os.system ["echo x"]', /label|tag/, true],
  ['!<tag>', '!<tag:yaml.org,2002:js/regexp> /x/', /label|tag/, true],
  ['te diep genest (30)', '['.repeat(30) + ']'.repeat(30), /te diep genest/, true],
  ['te diep genest (50000)', '['.repeat(50000) + ']'.repeat(50000), /te diep genest/, true],
  ['complexe sleutel', '{ ? [a] : b }', /sleutel/, true],
];

function yamlHostile(): Variant[] {
  const out: Variant[] = [];
  for (const file of YAML_FILES) {
    const list = LIST_FILES.includes(file);
    for (const [name, payload, message, hasLine] of YAML_PAYLOADS) {
      out.push({
        category: 'YAML kapot of vijandig',
        name: `${file}: ${name}`,
        file,
        line: hasLine ? true : undefined,
        message,
        apply: (dir) => write(dir, file, read(dir, file).replace(/\n*$/, '\n') + (list ? `- ${payload}\n` : `extra: ${payload}\n`)),
      });
    }
    const text = read0(file);
    out.push({
      category: 'YAML kapot of vijandig',
      name: `${file}: %YAML 9.9`,
      file,
      line: 1,
      message: /YAML-aanwijzing|aanwijzing/,
      apply: (dir) => write(dir, file, `%YAML 9.9\n---\n${read(dir, file)}`),
    });
    out.push({
      category: 'YAML kapot of vijandig',
      name: `${file}: %TAG`,
      file,
      line: true,
      message: /label|aanwijzing|tag/i,
      apply: (dir) =>
        write(
          dir,
          file,
          `%TAG !e! tag:example.com,2000:\n---\n${read(dir, file).replace(/\n*$/, '\n')}${list ? '- !e!x 1' : 'extra: !e!x 1'}\n`,
        ),
    });
    out.push({
      category: 'YAML kapot of vijandig',
      name: `${file}: twee documenten`,
      file,
      line: true,
      message: /meer dan één YAML-document/,
      apply: (dir) => write(dir, file, `${read(dir, file)}---\n${read(dir, file)}`),
    });
    // a key written twice
    const firstKey = text.match(/^(?:- )?(?:\{ )?(\w+): /m)?.[1] ?? 'id';
    out.push({
      category: 'YAML kapot of vijandig',
      name: `${file}: sleutel dubbel`,
      file,
      line: true,
      message: /twee keer/,
      apply: (dir) => {
        const t = read(dir, file);
        const next = list
          ? t.replace(/^- (\{ )?(\w+): /m, (_m, brace, k) => (brace ? `- { ${k}: dubbel, ${k}: ` : `- ${k}: dubbel\n  ${k}: `))
          : t.replace(/^(\w+): /m, `${firstKey}: dubbel\n$1: `);
        write(dir, file, next);
      },
    });
    if (/^  \S/m.test(text)) {
      out.push({
        category: 'YAML kapot of vijandig',
        name: `${file}: tab als inspringing`,
        file,
        line: lineOf(text, '\n  ') + 1,
        message: /tabs|inspringing|ongeldige YAML/,
        apply: (dir) => write(dir, file, read(dir, file).replace(/\n  (\S)/, '\n\t$1')),
      });
    }
    out.push({
      category: 'YAML kapot of vijandig',
      name: `${file}: leeg of geen object/lijst`,
      file,
      line: 1,
      message: list ? /verwacht een lijst/ : /verwacht een YAML-object/,
      apply: (dir) => write(dir, file, 'gewoon een zin zonder structuur\n'),
    });
  }
  // chapter frontmatter
  for (const ch of [CH1, CH2]) {
    const fm: Array<[string, (t: string) => string, RegExp]> = [
      ['frontmatter ontbreekt', (t) => t.replace(/^---\n[\s\S]*?\n---\n/, ''), /frontmatter/],
      ['frontmatter niet afgesloten', (t) => t.replace(/\n---\n/, '\n'), /frontmatter/],
      ['frontmatter is een lijst', (t) => t.replace(/^---\n[\s\S]*?\n---\n/, '---\n- a\n- b\n---\n'), /geen object/],
      ['frontmatter met tag', (t) => t.replace(/^---\n/, '---\nsummary: !!js/function "x"\n'), /label|tag/],
      ['frontmatter met onbekende alias', (t) => t.replace(/^---\n/, '---\nsummary: *x\n'), /verwijzing/],
      ['frontmatter %YAML', (t) => t.replace(/^---\n/, '---\n%YAML 9.9\n'), /ongeldige YAML/],
    ];
    for (const [name, edit, message] of fm) {
      out.push({
        category: 'YAML kapot of vijandig',
        name: `${ch}: ${name}`,
        file: ch,
        line: true,
        message,
        apply: (dir) => write(dir, ch, edit(read(dir, ch))),
      });
    }
  }
  return out;
}

function encodings(): Variant[] {
  const out: Variant[] = [];
  for (const file of [...YAML_FILES, CH1, CH2]) {
    const isChapter = file.endsWith('.mdx');
    const addAccent = (t: string) =>
      isChapter ? `${t.replace(/\n*$/, '\n')}\nCafé en coördinatie.\n` : `${t.replace(/\n*$/, '\n')}# café en coördinatie\n`;
    const lastLine = (t: string) => addAccent(t).replace(/\n$/, '').split('\n').length;
    const v = (name: string, message: RegExp, bytes: (t: string) => Buffer, line?: number | true | ((t: string) => number)): Variant => ({
      category: 'codering',
      name: `${file}: ${name}`,
      file,
      line: typeof line === 'function' ? line(read0(file)) : line,
      message,
      apply: (dir) => write(dir, file, bytes(read(dir, file))),
    });
    // the first line with a character outside ASCII is where Latin-1 and UTF-8 part
    const firstAccent = (t: string) =>
      addAccent(t)
        .split('\n')
        .findIndex((l) => /[^\x00-\x7f]/.test(l)) + 1;
    out.push(v('Latin-1', /geen UTF-8.*Latin-1/, (t) => Buffer.from(addAccent(t), 'latin1'), firstAccent));
    out.push(
      v(
        'Latin-1, alleen ASCII en één é',
        /geen UTF-8.*Latin-1.*café/i,
        (t) => Buffer.from(addAccent(t.replace(/[^\x00-\x7f]/g, 'e')), 'latin1'),
        lastLine,
      ),
    );
    out.push(
      v(
        'Windows-1252 met €',
        /geen UTF-8/,
        (t) => Buffer.concat([Buffer.from(t.replace(/\n*$/, '\n')), Buffer.from(isChapter ? 'Kosten \x80 5\n' : '# \x80 5\n', 'latin1')]),
        (t) => t.replace(/\n*$/, '\n').split('\n').length,
      ),
    );
    out.push(v('UTF-16 LE met BOM', /UTF-16/, (t) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(t, 'utf16le')]), 1));
    out.push(v('UTF-16 BE met BOM', /UTF-16/, (t) => Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(t, 'utf16le').swap16()]), 1));
    out.push(v('UTF-16 LE zonder BOM', /UTF-16/, (t) => Buffer.from(t, 'utf16le'), 1));
    out.push(v('NUL-teken', /NUL-teken/, (t) => Buffer.from(t.replace('\n', '\n\u0000'), 'utf8'), 2));
    out.push(v('stuurteken (BEL)', /stuurteken \(U\+0007\)/, (t) => Buffer.from(t.replace('\n', '\nx\u0007'), 'utf8'), 2));
    out.push(v('leesrichting omgedraaid (U+202E)', /leesrichting/, (t) => Buffer.from(t.replace('\n', '\n\u202e'), 'utf8'), 2));
    out.push(v('vervangingsteken U+FFFD', /vervangingsteken/, (t) => Buffer.from(t.replace('\n', '\nCaf\ufffd '), 'utf8'), 2));
  }
  return out;
}

function fileSystem(): Variant[] {
  const v = (name: string, file: string, message: RegExp, apply: (dir: string) => void): Variant => ({
    category: 'bestandssysteem',
    name,
    file,
    message,
    apply,
  });
  const fifo = (p: string) => execFileSync('mkfifo', [p]);
  const rm = (dir: string, f: string) => rmSync(join(dir, f), { recursive: true, force: true });
  const out: Variant[] = [];
  for (const file of [FILES.actions, FILES.region, FILES.table, FILES.document, FILES.shared, CH1]) {
    out.push(
      v(`${file}: symlink-kring`, file, /symbolische koppeling/, (dir) => (rm(dir, file), symlinkSync(join(dir, file), join(dir, file)))),
    );
    out.push(
      v(
        `${file}: losse symlink`,
        file,
        /symbolische koppeling/,
        (dir) => (rm(dir, file), symlinkSync('/nonexistent/nergens.yaml', join(dir, file))),
      ),
    );
    out.push(
      v(
        `${file}: symlink naar /etc/passwd`,
        file,
        /symbolische koppeling/,
        (dir) => (rm(dir, file), symlinkSync('/etc/passwd', join(dir, file))),
      ),
    );
    out.push(v(`${file}: named pipe`, file, /named pipe/, (dir) => (rm(dir, file), fifo(join(dir, file)))));
    out.push(
      v(
        `${file}: map in plaats van bestand`,
        file,
        /is een map/,
        (dir) => (rm(dir, file), mkdirSync(join(dir, file)), write(dir, `${file}/x.yaml`, 'a: 1\n')),
      ),
    );
    out.push(v(`${file}: te groot`, file, /te groot/, (dir) => write(dir, file, read(dir, file) + `# ${'x'.repeat(1_100_000)}\n`)));
  }
  out.push(
    v(
      'documents/ is een bestand',
      `${R}/documents`,
      /hier hoort een map/,
      (dir) => (rm(dir, `${R}/documents`), write(dir, `${R}/documents`, 'x\n')),
    ),
  );
  out.push(
    v('tables/ is een bestand', `${R}/tables`, /hier hoort een map/, (dir) => (rm(dir, `${R}/tables`), write(dir, `${R}/tables`, 'x\n'))),
  );
  out.push(
    v(
      'documents/ is een symlink naar /',
      `${R}/documents`,
      /symbolische koppeling/,
      (dir) => (rm(dir, `${R}/documents`), symlinkSync('/', join(dir, `${R}/documents`))),
    ),
  );
  out.push(
    v(
      'hoofdstukmap is een symlink-kring',
      `${R}/documents/agenda`,
      /symbolische koppeling/,
      (dir) => (rm(dir, `${R}/documents/agenda`), symlinkSync('.', join(dir, `${R}/documents/agenda`))),
    ),
  );
  out.push(v('regio is een symlink', 'buurregio', /symbolische koppeling/, (dir) => symlinkSync(R, join(dir, 'buurregio'))));
  out.push(v('named pipe in content/', 'pijp', /named pipe/, (dir) => fifo(join(dir, 'pijp'))));
  out.push(v('named pipe in tables/', `${R}/tables/pijp.yaml`, /named pipe/, (dir) => fifo(join(dir, `${R}/tables/pijp.yaml`))));
  out.push(
    v('map in een hoofdstukmap', `${R}/documents/agenda/03-bijlage`, /is een map/, (dir) =>
      mkdirSync(join(dir, `${R}/documents/agenda/03-bijlage`)),
    ),
  );
  out.push(v('map in tables/', `${R}/tables/extra`, /is een map/, (dir) => mkdirSync(join(dir, `${R}/tables/extra`))));
  out.push(v('regio zonder region.yaml', 'leeg', /zonder region.yaml/, (dir) => mkdirSync(join(dir, 'leeg'))));
  out.push(
    v('hoofdstukmap zonder document', `${R}/documents/los`, /zonder documentbeschrijving/, (dir) =>
      write(dir, `${R}/documents/los/01-a.mdx`, '---\nnumber: "1"\ntitle: A\n---\n'),
    ),
  );
  out.push(v('onbekend bestand in regio', `${R}/notities.txt`, /onbekend bestand/, (dir) => write(dir, `${R}/notities.txt`, 'x')));
  out.push(v('onbekend bestand in content/', 'lees-mij.txt', /onbekend bestand/, (dir) => write(dir, 'lees-mij.txt', 'x')));
  out.push(
    v('.yml in plaats van .yaml', `${R}/documents/stuk.yml`, /\.yaml/, (dir) =>
      write(dir, `${R}/documents/stuk.yml`, read(dir, FILES.document)),
    ),
  );
  out.push(
    v('.txt-hoofdstuk', `${R}/documents/agenda/03-slot.txt`, /\.mdx/, (dir) => write(dir, `${R}/documents/agenda/03-slot.txt`, 'x')),
  );
  // hidden files: reported, never skipped silently
  for (const f of [
    `${R}/.actions.yaml`,
    `${R}/documents/agenda/.03-geheim.mdx`,
    `${R}/tables/.tabel.yaml`,
    '.DS_Store',
    `${R}/.verborgen/x.yaml`,
    `${R}/documents/.agenda.yaml`,
  ]) {
    out.push(v(`verborgen: ${f}`, f.replace(/\/x\.yaml$/, ''), /verborgen/, (dir) => write(dir, f, read(dir, FILES.actions))));
  }
  // names that are not lower-case slugs
  const names: Array<[string, string]> = [
    [`${R}/documents/agenda/03-slot#1.mdx`, CH2],
    [`${R}/documents/agenda/03-slot?.mdx`, CH2],
    [`${R}/documents/agenda/03-Slot.mdx`, CH2],
    [`${R}/documents/agenda/03 slot.mdx`, CH2],
    [`${R}/documents/agenda/03_slot.mdx`, CH2],
    [`${R}/documents/agenda/03-café.mdx`, CH2],
    [`${R}/documents/agenda/03-slot.MDX`, CH2],
    [`${R}/documents/agenda/-03.mdx`, CH2],
    [`${R}/tables/Werk.yaml`, FILES.table],
    [`${R}/tables/werk zoekenden.yaml`, FILES.table],
    [`${R}/tables/werk&zoekenden.yaml`, FILES.table],
    [`${R}/documents/Agenda2.yaml`, FILES.document],
    [`${R}/documents/agenda#2.yaml`, FILES.document],
  ];
  for (const [f, from] of names) {
    out.push(v(`naam: ${f}`, f, /regel voor namen/, (dir) => write(dir, f, read(dir, from))));
  }
  out.push(
    v('naam: regiomap met hoofdletter', 'Buurregio', /regel voor namen/, (dir) =>
      write(dir, 'Buurregio/region.yaml', read(dir, FILES.region)),
    ),
  );
  out.push(
    v('naam: regiomap met spatie', 'buur regio', /regel voor namen/, (dir) =>
      write(dir, 'buur regio/region.yaml', read(dir, FILES.region)),
    ),
  );
  out.push(
    v('naam: documentmap met hoofdletter', `${R}/documents/Agenda`, /regel voor namen/, (dir) =>
      renameSync(join(dir, `${R}/documents/agenda`), join(dir, `${R}/documents/Agenda`)),
    ),
  );
  out.push(
    v('01-inleiding.md naast 01-inleiding.mdx', `${R}/documents/agenda/01-inleiding.mdx`, /staat dubbel/, (dir) =>
      write(dir, `${R}/documents/agenda/01-inleiding.md`, read(dir, CH1).replace('number: "1"', 'number: "9"')),
    ),
  );
  return out;
}

/** MDX and Markdown that try to run code, load something or smuggle in HTML. */
const MDX: Array<[string, string, RegExp]> = [
  ['import', "import fs from 'node:fs'", /import en export/],
  ['export', 'export const x = process.exit(7)', /import en export/],
  ['expressie process.exit', '{process.exit(7)}', /uitdrukking tussen accolades/],
  ['expressie process.env', 'Sleutel: {process.env.HOME}', /uitdrukking/],
  ['expressie in tekst', 'Er zijn {veel} banen.', /uitdrukking/],
  ['expressie in element', '<p>{1+1}</p>', /uitdrukking/],
  ['commentaar als expressie', '{/* opmerking */}', /uitdrukking/],
  ['onbekende component', '<Grafiek />', /onbekende component <Grafiek>/],
  ['component met punt', '<Astro.Foo />', /onbekende component/],
  ['fragment', '<>tekst</>', /fragment/],
  ['script', '<script>alert(1)</script>', /<script> is niet toegestaan/],
  ['style', '<style>{"body{display:none}"}</style>', /<style>|uitdrukking/],
  ['iframe javascript:', '<iframe src="javascript:alert(1)" />', /<iframe> is niet toegestaan/],
  ['img onError', '<img src="x" onError="alert(1)" />', /<img> is niet toegestaan/],
  ['svg onload', '<svg onLoad="alert(1)" />', /<svg> is niet toegestaan/],
  ['object', '<object data="x.swf" />', /<object>/],
  ['embed', '<embed src="x" />', /<embed>/],
  ['form', '<form action="https://example.com"><input name="x" /></form>', /<form>/],
  ['base', '<base href="https://evil.example/" />', /<base>/],
  ['meta refresh', '<meta httpEquiv="refresh" content="0;url=https://evil.example" />', /<meta>/],
  ['link stylesheet', '<link rel="stylesheet" href="https://evil.example/x.css" />', /<link>/],
  ['p onClick', '<p onClick="alert(1)">x</p>', /onClick is niet toegestaan.*scripts/],
  ['span onmouseover', '<span onmouseover="alert(1)">x</span>', /onmouseover/],
  ['div style', '<div style="position:fixed">x</div>', /attribuut style/],
  ['span class', '<span className="x">x</span>', /attribuut className/],
  ['a target', '<a href="https://example.com" target="_blank">x</a>', /attribuut target/],
  ['a href javascript:', '<a href="javascript:alert(1)">x</a>', /link naar "javascript:/],
  ['a href JaVaScRiPt:', '<a href="JaVaScRiPt:alert(1)">x</a>', /link naar/],
  ['a href met tab', '<a href="java\tscript:alert(1)">x</a>', /link naar/],
  ['a href data:', '<a href="data:text/html,<script>alert(1)</script>">x</a>', /link naar/],
  ['a href expressie', '<a href={"javascript:alert(1)"}>x</a>', /uitdrukking/],
  ['spread', '<div {...{dangerouslySetInnerHTML: {__html: "<img src=x onerror=alert(1)>"}}} />', /uitdrukking/],
  ['dangerouslySetInnerHTML', '<div dangerouslySetInnerHTML={{__html: "<script>alert(1)</script>"}} />', /uitdrukking/],
  ['markdown-link javascript:', '[klik](javascript:alert(1))', /link naar "javascript:/],
  ['markdown-link vbscript:', '[klik](vbscript:msgbox(1))', /link naar/],
  ['markdown-link data:', '[klik](data:text/html;base64,PHNjcmlwdD4=)', /link naar/],
  ['markdown-link file:', '[klik](file:///etc/passwd)', /link naar/],
  ['markdown-link met entiteit', '[klik](javascript&#x3A;alert(1))', /link naar/],
  ['referentie-link javascript:', '[klik][x]\n\n[x]: javascript:alert(1)', /link naar/],
  ['afbeelding extern', '![pixel](https://tracker.example/p.gif)', /afbeeldingen/],
  ['blockquote cite javascript:', '<blockquote cite="javascript:alert(1)">x</blockquote>', /link naar/],
  ['ongesloten accolade', 'Meer dan {10 procent.', /kan niet als MDX worden gelezen/],
  ['ongesloten element', '<div>\n\nTekst', /kan niet als MDX worden gelezen/],
  ['kleiner-dan-teken', 'Minder dan <3 procent.', /kan niet als MDX worden gelezen/],
];

function mdx(): Variant[] {
  const out: Variant[] = [];
  const bodyStart = lineOf(read0(CH1), '## 1.1');
  for (const [name, payload, message] of MDX) {
    out.push({
      category: 'MDX: code en HTML',
      name: `${CH1}: ${name}`,
      file: CH1,
      line: /ongesloten/.test(name) || payload.includes('\n') ? true : bodyStart,
      message,
      apply: (dir) => write(dir, CH1, read(dir, CH1).replace('## 1.1', `${payload}\n\n## 1.1`)),
    });
  }
  // the same hostile constructs in a .md chapter: raw HTML is refused there
  for (const [name, payload] of [
    ['script', '<script>alert(1)</script>'],
    ['img onerror', '<img src=x onerror="alert(1)">'],
    ['iframe', '<iframe src="javascript:alert(1)"></iframe>'],
    ['link javascript:', '[klik](javascript:alert(1))'],
  ] as const) {
    const md = `${R}/documents/agenda/03-slot.md`;
    out.push({
      category: 'MDX: code en HTML',
      name: `${md}: ${name}`,
      file: md,
      line: 6,
      message: /HTML in een \.md-bestand|link naar/,
      apply: (dir) => write(dir, md, `---\nnumber: "3"\ntitle: Slot\n---\n\n${payload}\n`),
    });
  }
  return out;
}

export function corpus(): Variant[] {
  return [
    ...unknownFields(),
    ...missingFields(),
    ...wrongValues(),
    ...references(),
    ...yamlHostile(),
    ...encodings(),
    ...fileSystem(),
    ...mdx(),
  ];
}
