/**
 * A synthetic national corpus for the benchmark (npm run bench -- --regions N): N regions, each with
 * - 8-12 gemeenten, four themes (with aliases), a Regionaal Beraad, a glossary of 12 terms;
 * - a meerjarenagenda of 38 chapters (sections, lists, glossary terms, long compound words),
 * - an uitvoeringsagenda (one chapter) with 20 actions, 3 tables (two with a chart), 10 indicators,
 * - a raadsinformatiebrief (one chapter) to every gemeente;
 * so 40 chapters per region, plus the real national themes and documents (content/themes.yaml,
 * content/landelijk). Deterministic: the same N gives the same files, byte for byte.
 *
 *   npx node bench/generate.ts <folder> <regions>
 */
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { stringify } from 'yaml';

/** mulberry32: a small seeded pseudo-random generator. */
function rng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(xs: readonly T[]): T => xs[int(xs.length)];
  return { next, int, pick };
}
type Rng = ReturnType<typeof rng>;

const slug = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
const cap = (s: string) => s[0].toUpperCase() + s.slice(1);
const yaml = (v: unknown) => stringify(v, { lineWidth: 100 });

const PREFIX = ['Noord', 'Zuid', 'West', 'Oost', 'Midden', 'Boven', 'Neder'];
const STEM = [
  'Veluwe',
  'Brabant',
  'Holland',
  'Kempen',
  'Peelland',
  'Twente',
  'Achterhoek',
  'Vallei',
  'Delta',
  'Kustland',
  'Rivierland',
  'Heuvelland',
  'Polderland',
  'Venen',
  'Maasland',
];
const TOWN_A = [
  'Berg',
  'Zand',
  'Veen',
  'Hoog',
  'Laag',
  'Wester',
  'Ooster',
  'Mid',
  'Groot',
  'Klein',
  'Nieuw',
  'Oud',
  'Heeren',
  'Linde',
  'Esch',
];
const TOWN_B = ['hoven', 'dam', 'wijk', 'dorp', 'broek', 'horst', 'um', 'rade', 'lo', 'beek', 'veld', 'meer', 'bergen', 'ingen', 'kerk'];
const COLORS = ['#1b4f72', '#0b5563', '#6c3483', '#7b241c', '#145a32', '#1a5276', '#4a235a', '#78281f', '#0e6251', '#212f3d'];

const NOUNS = [
  'werkzoekenden',
  'werkgevers',
  'werkenden',
  'jongeren',
  'statushouders',
  'ouderen',
  'scholieren',
  'zij-instromers',
  'arbeidsmigranten',
  'gemeenten',
  'onderwijsinstellingen',
  'sociale partners',
  'kernpartners',
  'ontwikkelbedrijven',
  'leerwerkloketten',
];
const TOPICS = [
  'werkgeversdienstverlening',
  'arbeidsmarktinfrastructuur',
  'loopbaanbegeleiding',
  'basisvaardigheden',
  'scholingsbudgetten',
  'praktijkleren',
  'arbeidsmarktinformatie',
  'personeelstekorten',
  'zorgsector',
  'technieksector',
  'bouwsector',
  'logistiek',
  'gezondheidszorg',
  'kinderopvang',
  'inburgering',
  'schuldhulpverlening',
  'banenafspraak',
  'beschut werk',
  'taalvaardigheid',
  'digitale vaardigheden',
  'casuïstiek',
  'privacy',
  'gegevensuitwisseling',
  'vroegsignalering',
  'regiefunctie',
  'dienstverleningsafspraken',
  'leerwerktrajecten',
  'omscholingstrajecten',
];
const VERBS = [
  'versterken',
  'verbeteren',
  'uitbreiden',
  'samenbrengen',
  'ondersteunen',
  'verkennen',
  'borgen',
  'financieren',
  'evalueren',
  'vereenvoudigen',
];
const SECTION = [
  'Aanleiding',
  'Wat we willen bereiken',
  'Wat we al doen',
  'Samenwerking met partners',
  'Financiering',
  'Planning',
  'Monitoring en evaluatie',
  'Risico’s',
  'Rol van de centrumgemeente',
  'Betrokkenheid van werkgevers',
  'Uitvoering in de gemeenten',
  'Resultaten tot nu toe',
];
const CHAPTER = [
  'Inleiding',
  'Visie en ambitie',
  'De arbeidsmarkt in de regio',
  'Werk voor iedereen',
  'Vraag en aanbod in balans',
  'Leven lang ontwikkelen',
  'Samenwerking in de regio',
  'Het Werkcentrum',
  'Jongeren en van school naar werk',
  'Statushouders en nieuwkomers',
  'Arbeidsmigratie',
  'Basisvaardigheden',
  'Werkgeversdienstverlening',
  'Van werk naar werk',
  'Zorg en welzijn',
  'Techniek en energietransitie',
  'Onderwijs',
  'Bouw en infrastructuur',
  'Logistiek',
  'Inclusief werkgeverschap',
  'Beschut werk',
  'Leerwerkloket',
  'Arbeidsmarktinformatie',
  'Gegevensuitwisseling en privacy',
  'Governance',
  'Het Regionaal Beraad',
  'Thematafels',
  'Financiering',
  'Begroting 2026-2030',
  'Monitoring',
  'Evaluatie',
  'Communicatie',
  'Risico’s en beheersing',
  'Routekaart',
  'Planning 2026',
  'Planning 2027-2030',
  'Begrippenlijst',
  'Verantwoording',
];

/** One sentence of plain Dutch policy prose. */
function sentence(r: Rng, ctx: { region: string; towns: string[]; terms: string[] }): string {
  const n = () => r.pick(NOUNS);
  const t = () => r.pick(TOPICS);
  const v = () => r.pick(VERBS);
  const forms = [
    () => `De regio ${ctx.region} wil de ${t()} voor ${n()} ${v()}.`,
    () => `Samen met ${n()} en ${n()} gaan we de ${t()} ${v()}, zodat meer mensen duurzaam aan het werk komen.`,
    () => `In ${r.pick(ctx.towns)} en ${r.pick(ctx.towns)} loopt al een aanpak voor ${t()}, die we in de hele regio willen ${v()}.`,
    () => `Het ${r.pick(ctx.terms)} speelt een rol bij de ${t()} en bij de afspraken met ${n()}.`,
    () => `We meten ieder jaar hoeveel ${n()} met ${t()} zijn geholpen en bespreken de uitkomsten in het Regionaal Beraad.`,
    () => `Voor ${2026 + r.int(5)} is ${r.int(900) + 100}.000 euro beschikbaar voor ${t()} en ${t()}.`,
    () => `De ${t()} vraagt om een gezamenlijke aanpak van ${n()}, ${n()} en de gemeente ${r.pick(ctx.towns)}.`,
    () => `Waar dat kan sluiten we aan bij landelijke afspraken over ${t()}; waar nodig maken we eigen keuzes.`,
    () => `${cap(n())} merken dat de ${t()} beter aansluit bij wat ${n()} nodig hebben.`,
  ];
  return r.pick(forms)();
}

function paragraph(r: Rng, ctx: Parameters<typeof sentence>[1], k = 4 + r.int(3)) {
  return Array.from({ length: k }, () => sentence(r, ctx)).join(' ');
}

function chapterBody(r: Rng, ctx: Parameters<typeof sentence>[1], number: string, title: string) {
  const parts = [`---\nnumber: "${number}"\ntitle: ${JSON.stringify(title)}\n---\n`, paragraph(r, ctx)];
  const sections = 2 + r.int(2);
  for (let s = 1; s <= sections; s++) {
    parts.push(`## ${number}.${s} ${r.pick(SECTION)}`, paragraph(r, ctx), paragraph(r, ctx));
    if (s === 2) parts.push(Array.from({ length: 3 + r.int(3) }, () => `- ${cap(r.pick(TOPICS))} voor ${r.pick(NOUNS)}`).join('\n'));
  }
  return parts.join('\n\n') + '\n';
}

function region(i: number, opts: Options) {
  const r = rng(1000 + i);
  const name = i < PREFIX.length * STEM.length ? `${PREFIX[i % PREFIX.length]}-${STEM[Math.floor(i / PREFIX.length)]}` : `Regio ${i + 1}`;
  const id = slug(name);
  const townCount = 8 + (i % 5);
  const towns: string[] = [];
  for (let k = 0; towns.length < townCount; k++) {
    const t = `${TOWN_A[(i * 7 + k * 3) % TOWN_A.length]}${TOWN_B[(i * 5 + k * 11 + Math.floor(k / TOWN_A.length)) % TOWN_B.length]}`;
    if (!towns.includes(t)) towns.push(t);
  }
  const werkcentrum = `Werkcentrum ${name}`;
  const abbr = `RB${name.replace(/[^A-Z]/g, '')}`;
  const glossary = [
    { term: 'UWV', expansion: 'Uitvoeringsinstituut werknemersverzekeringen', source: 'landelijk' },
    { term: 'SBB', expansion: 'Samenwerkingsorganisatie Beroepsonderwijs Bedrijfsleven', source: 'landelijk' },
    { term: 'LLO', expansion: 'leven lang ontwikkelen', source: 'landelijk', aliases: ['levenslang leren'] },
    { term: 'RWC', expansion: 'Regionaal Werkcentrum', source: 'meerjarenagenda', aliases: [werkcentrum] },
    { term: abbr, expansion: `Regionaal Beraad ${name}`, source: 'meerjarenagenda', aliases: ['regionaal beraad'] },
    { term: 'WSP', expansion: `Werkgeversservicepunt ${name}`, source: 'meerjarenagenda' },
    { term: 'AMR', expansion: 'arbeidsmarktregio', source: 'meerjarenagenda', aliases: [`Arbeidsmarktregio ${name}`] },
    { term: 'MJA', expansion: 'meerjarenagenda', source: 'meerjarenagenda', aliases: ['regionale meerjarenagenda'] },
    { term: 'VSV', expansion: 'voortijdig schoolverlaten', source: 'meerjarenagenda' },
    { term: 'SROI', expansion: 'social return on investment', source: 'meerjarenagenda' },
    { term: 'BBL', expansion: 'beroepsbegeleidende leerweg', source: 'meerjarenagenda' },
    {
      term: `${name.slice(0, 3).toUpperCase()}${i}`,
      expansion: `Arbeidsmarktprogramma ${name}`,
      source: 'meerjarenagenda',
      aliases: [`programma ${name}`],
    },
  ];
  const ctx = { region: name, towns, terms: glossary.map((g) => g.term).concat([werkcentrum]) };
  const files: Record<string, string> = {};
  const themes = [
    {
      id: 'werk-voor-iedereen',
      title: 'Werk voor iedereen',
      aliases: ['inclusieve arbeidsmarkt', 'iedereen doet mee'],
      national: ['sociaal'],
      shared: ['inclusieve-arbeidsmarkt'],
    },
    {
      id: 'vraag-en-aanbod',
      title: 'Vraag en aanbod in balans',
      aliases: ['krapte', 'tekortsectoren'],
      national: ['economisch'],
      shared: [],
    },
    {
      id: 'leven-lang-ontwikkelen',
      title: 'Leven lang ontwikkelen',
      aliases: ['LLO', 'scholing'],
      national: ['ontwikkel'],
      shared: ['leven-lang-ontwikkelen'],
    },
    {
      id: 'samenwerking',
      title: 'Samenwerking in de regio',
      aliases: ['governance', werkcentrum],
      national: ['samenwerking'],
      shared: ['werkcentrum'],
    },
  ].map((t) => ({ ...t, summary: paragraph(r, ctx, 2) }));

  files['region.yaml'] = yaml({
    name,
    summary: paragraph(r, ctx, 3),
    municipalities: towns.map((t, k) => ({
      id: slug(t),
      name: t,
      ...(k === 0 ? { centrumgemeente: true } : {}),
      address: [`Postbus ${100 + k}`, `${1000 + i * 20 + k} AB ${t}`],
    })),
    werkcentrum: { name: werkcentrum, description: paragraph(r, ctx, 2) },
    partners: [
      { name: 'UWV', role: 'kernpartner' },
      { name: 'SBB', role: 'kernpartner' },
      { name: `ROC ${name}`, role: 'kernpartner', kind: 'onderwijs' },
    ],
    theme: { accent: COLORS[i % COLORS.length] },
    order: i + 1,
  });
  files['themes.yaml'] = yaml(themes);
  files['glossary.yaml'] = yaml(glossary);
  files['bodies.yaml'] = yaml([
    {
      id: 'regionaal-beraad',
      name: `Regionaal Beraad ${name}`,
      aliases: [abbr, 'regionaal beraad'],
      level: 'bestuurlijk',
      summary: paragraph(r, ctx, 3),
      chair: `Wethouder van ${towns[0]}`,
      frequency: 'Vier keer per jaar',
    },
    { id: 'ambtelijk-overleg', name: 'Ambtelijk overleg', level: 'ambtelijk', summary: paragraph(r, ctx, 2), frequency: 'Maandelijks' },
  ]);
  const mja = 'meerjarenagenda-2026-2030';
  const ua = 'uitvoeringsagenda-2026-2027';
  const rib = 'raadsinformatiebrief-2026';
  files['indicators.yaml'] = yaml(
    Array.from({ length: 10 }, (_, k) => ({
      id: `indicator-${k + 1}`,
      label: `${cap(r.pick(NOUNS))} met ${r.pick(TOPICS)}`,
      value: 100 + r.int(50_000),
      unit: k % 3 === 0 ? 'procent' : 'aantal',
      period: String(2022 + (k % 4)),
      geography: 'regio',
      source: 'CBS en UWV, bewerking arbeidsmarktregio',
      kind: k < 7 ? 'feit' : 'doel',
      key: k < 4,
      theme: themes[k % 4].id,
      document: mja,
    })).map((x) => (x.unit === 'procent' ? { ...x, value: (x.value % 1000) / 10 } : x)),
  );
  const chapterFile = (k: number) => `${String(k + 1).padStart(2, '0')}-${slug(CHAPTER[k])}`;
  for (let t = 0; t < 3; t++) {
    const years = [2022, 2023, 2024, 2025];
    files[`tables/tabel-${t + 1}.yaml`] = yaml({
      title: `${cap(r.pick(TOPICS))} per gemeente`,
      number: `Tabel ${t + 1}`,
      source: 'CBS Statline, bewerking arbeidsmarktregio',
      period: '2022-2025',
      geography: 'gemeenten',
      document: mja,
      chapter: chapterFile((2 + t) % opts.chapters), // a chapter that exists, also in a short document
      theme: themes[t].id,
      columns: [
        { id: 'gemeente', label: 'Gemeente', unit: 'tekst' },
        ...years.map((y) => ({ id: `j${y}`, label: String(y), unit: 'aantal' })),
      ],
      rows: towns.slice(0, 6).map((town) => [town, ...years.map(() => 50 + r.int(5000))]),
      ...(t < 2 ? { chart: { type: t === 0 ? 'bar' : 'line', series: years.map((y) => `j${y}`) } } : {}),
      order: t + 1,
    });
  }
  files['actions.yaml'] = yaml(
    Array.from({ length: 20 }, (_, k) => ({
      id: `${Math.floor(k / 5) + 1}.${(k % 5) + 1}`,
      title: `${cap(r.pick(VERBS))} van ${r.pick(TOPICS)}`,
      description: paragraph(r, ctx, 2),
      themes: [themes[Math.floor(k / 5)].id],
      type: r.pick(['uitvoeren', 'verkennen', 'ontwikkelen', 'borgen'] as const),
      status: r.pick(['gepland', 'lopend', 'in-voorbereiding'] as const),
      parties: [
        { name: r.pick(['UWV', `Gemeente ${towns[0]}`, `ROC ${name}`, werkcentrum]), role: 'trekker' },
        { name: r.pick(['SBB', 'werkgeversorganisaties', 'vakbonden']), role: 'partner' },
      ],
      timing: { start: `${2026 + (k % 2)}-Q${(k % 4) + 1}`, end: `${2027 + (k % 2)}-Q${((k + 2) % 4) + 1}` },
      budget: { value: (1 + r.int(40)) * 25_000 },
      indicators: [`indicator-${(k % 10) + 1}`],
      document: ua,
    })),
  );
  files[`documents/${mja}.yaml`] = yaml({
    title: `Meerjarenagenda ${name} 2026-2030`,
    type: 'meerjarenagenda',
    status: 'vastgesteld',
    period: { start: 2026, end: 2030 },
    summary: paragraph(r, ctx, 3),
    decisions: [{ body: 'regionaal-beraad', date: '2025-12', outcome: 'vastgesteld' }],
    relations: { implementedBy: [ua], relatedTo: opts.national ? ['landelijk/handreiking-meerjarenagenda-2024'] : [] },
    themes: themes.map((t) => t.id),
    order: 1,
  });
  for (let k = 0; k < opts.chapters; k++) files[`documents/${mja}/${chapterFile(k)}.mdx`] = chapterBody(r, ctx, String(k + 1), CHAPTER[k]);
  files[`documents/${ua}.yaml`] = yaml({
    title: `Uitvoeringsagenda ${name} 2026-2027`,
    type: 'uitvoeringsagenda',
    status: 'vastgesteld',
    period: { start: 2026, end: 2027 },
    summary: paragraph(r, ctx, 2),
    relations: { partOf: mja },
    themes: themes.map((t) => t.id),
    order: 2,
  });
  files[`documents/${ua}/01-acties.mdx`] = chapterBody(r, ctx, '1', 'Acties 2026-2027');
  files[`documents/${rib}.yaml`] = yaml({
    title: `Meerjarenagenda ${name} vastgesteld`,
    subtitle: 'Regionale raadsinformatiebrief',
    type: 'raadsinformatiebrief',
    status: 'verzonden',
    summary: paragraph(r, ctx, 2),
    relations: { relatedTo: [mja] },
    themes: ['samenwerking'],
    letter: { onderwerp: `Meerjarenagenda ${name} 2026-2030`, recipients: 'alle', bijlagen: [`Meerjarenagenda ${name} 2026-2030`] },
    order: 3,
  });
  files[`documents/${rib}/01-brief.mdx`] =
    '---\nnumber: "1"\ntitle: Tekst van de brief\nkind: pagina\nunnumbered: true\n---\n\nGeachte leden van de gemeenteraad,\n\n' +
    [paragraph(r, ctx), '## Wat er besloten is', paragraph(r, ctx), '## Vervolg', paragraph(r, ctx)].join('\n\n') +
    '\n';
  return { id, files };
}

export interface Options {
  /** Chapters of each meerjarenagenda (default 38, so 40 per region; at most 38). */
  chapters: number;
  /** Copy the real national documents and glossary (content/landelijk) too (default true). */
  national: boolean;
}

/** Writes the corpus of `regions` regions into `dir` (emptied first). Returns the region ids. */
export function generate(
  dir: string,
  regions: number,
  options: Partial<Options> = {},
  source = resolve(import.meta.dirname, '../content'),
): string[] {
  const opts: Options = { chapters: 38, national: true, ...options };
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  cpSync(join(source, 'themes.yaml'), join(dir, 'themes.yaml'));
  if (opts.national) cpSync(join(source, 'landelijk'), join(dir, 'landelijk'), { recursive: true });
  const ids: string[] = [];
  for (let i = 0; i < regions; i++) {
    const { id, files } = region(i, opts);
    ids.push(id);
    for (const [rel, text] of Object.entries(files)) {
      const p = join(dir, id, rel);
      mkdirSync(join(p, '..'), { recursive: true });
      writeFileSync(p, text);
    }
  }
  return ids;
}

/** The chapter a "one chapter edit" benchmark changes: the fifth chapter of the first region's meerjarenagenda. */
export function chapterToEdit(dir: string, ids: string[]): string {
  return join(dir, ids[0], 'documents/meerjarenagenda-2026-2030', `05-${slug(CHAPTER[4])}.mdx`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [dir, n] = process.argv.slice(2);
  if (!dir || !Number(n)) {
    console.error('gebruik: npx node bench/generate.ts <map> <aantal regio’s>');
    process.exit(1);
  }
  const ids = generate(resolve(dir), Number(n));
  console.log(`${ids.length} regio's in ${dir}`);
}
