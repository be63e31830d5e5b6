/**
 * npm run nieuw -- <soort> [opties]: start new content that passes the checks at once, with
 * comments that say what to fill in. Never overwrites a file; when what it wrote does not pass
 * the checks, it puts everything back as it was.
 *
 *   document  --regio R --titel T [--soort uitvoeringsagenda] [--id ID] [--periode 2026-2027] [--status concept]
 *   brief     --regio R --onderwerp T [--id ID]              (raadsinformatiebrief: a document with a letter)
 *   hoofdstuk --regio R --document D --titel T [--nummer "3"] [--soort bijlage]
 *   tabel     --regio R --csv bestand.csv --titel T --eenheid aantal --periode 2025 --bron CBS [--id ID] [--document D] [--hoofdstuk 02-opgaven]
 *   actie     --regio R --titel T --thema THEMA [--nummer "2.1.3"] [--soort uitvoeren] [--trekker UWV] [--document D] [--start 2026] [--eind 2027]
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { Document as YamlDocument, isSeq, parse } from 'yaml';
import { loadContent, slugify } from '../src/model/load.ts';
import { formatErrors } from '../src/model/errors.ts';
import { documentTypes, documentStatuses } from '../src/schemas/document.ts';
import { decodeCsv, detectDelimiter, parseDelimited, parseDutchNumber } from '../src/core/excel-csv.ts';
import { isPlaceholder } from '../src/core/numbers.ts';

const KINDS = ['document', 'brief', 'hoofdstuk', 'tabel', 'actie'] as const;
type Kind = (typeof KINDS)[number];
const USAGE: Record<Kind, string> = {
  document:
    'npm run nieuw -- document --regio midden-utrecht --titel "Uitvoeringsagenda 2026-2027" --soort uitvoeringsagenda --periode 2026-2027',
  brief: 'npm run nieuw -- brief --regio midden-utrecht --onderwerp "Vaststelling meerjarenagenda 2026-2030"',
  hoofdstuk: 'npm run nieuw -- hoofdstuk --regio midden-utrecht --document meerjarenagenda-2026-2030 --titel "Doelgroepen"',
  tabel:
    'npm run nieuw -- tabel --regio midden-utrecht --csv werkzoekenden.csv --titel "Werkzoekenden naar leeftijd" --eenheid aantal --periode 2025 --bron UWV',
  actie:
    'npm run nieuw -- actie --regio midden-utrecht --titel "Leerwerkloket uitbreiden" --thema leven-lang-ontwikkelen --nummer 2.1.3 --trekker UWV',
};

function fail(message: string): never {
  process.stderr.write(`nieuw: ${message}\n`);
  process.exit(1);
}

const kind = process.argv[2] as Kind;
if (!KINDS.includes(kind)) {
  fail(
    `${kind ? `"${kind}" kan ik niet maken` : 'zeg wat u wilt maken'}; kies uit ${KINDS.join(', ')}. Bijvoorbeeld:\n${KINDS.map((k) => `  ${USAGE[k]}`).join('\n')}`,
  );
}
const OPTIONS = [
  'regio',
  'titel',
  'soort',
  'id',
  'periode',
  'status',
  'onderwerp',
  'document',
  'nummer',
  'csv',
  'eenheid',
  'bron',
  'hoofdstuk',
  'thema',
  'trekker',
  'start',
  'eind',
  'gebied',
];
let args: Record<string, string | undefined>;
try {
  args = parseArgs({ args: process.argv.slice(3), options: Object.fromEntries(OPTIONS.map((o) => [o, { type: 'string' as const }])) })
    .values as Record<string, string | undefined>;
} catch (e) {
  fail(`onbekende of onvolledige optie (${(e as Error).message.split('\n')[0]})\ngebruik: ${USAGE[kind]}`);
}
const need = (name: string, example: string) => {
  const v = args[name]?.trim();
  if (!v) fail(`geef --${name}, bijvoorbeeld --${name} ${example}\ngebruik: ${USAGE[kind]}`);
  return v;
};

const root = process.env.MJA_CONTENT ?? 'content';
const before = loadContent(root, { compileMdx: false }).model;
const regionIds = before.regions.map((r) => r.localId);
const region = need('regio', regionIds[0] ?? 'midden-utrecht');
if (!regionIds.includes(region))
  fail(`onbekende regio "${region}"; bekend: ${regionIds.join(', ') || '(geen; begin met npm run nieuwe-regio)'}`);
const regionDir = join(root, region);
const docsOfRegion = before.documents.filter((d) => d.region === region).map((d) => d.localId);
const themesOfRegion = before.themes.filter((t) => t.region === region).map((t) => t.localId);

/** YAML scalar: JSON strings are valid YAML, and quoting keeps "2026", "4,1" and "ja" as text. */
const q = (s: string) => JSON.stringify(s);
const optionalDocument = () => {
  const d = args.document?.trim();
  if (d && !docsOfRegion.includes(d)) fail(`onbekend document "${d}" in ${region}; bekend: ${docsOfRegion.join(', ') || '(geen)'}`);
  return d;
};
const idFrom = (given: string | undefined, title: string) => {
  const id = given?.trim() || slugify(title);
  if (!/^[a-z0-9][a-z0-9.-]*$/.test(id)) fail(`"${id}" is geen bruikbare id; gebruik kleine letters, cijfers, punten en streepjes`);
  return id;
};

/** Files to create (never existing ones) and files to extend (kept text + addition). */
const create: Record<string, string> = {};
const extend: Record<string, { old: string; text: string }> = {};

function periodOf(): { start: number; end: number } | undefined {
  if (!args.periode) return undefined;
  const m = args.periode.match(/^(\d{4})-(\d{4})$/);
  if (!m || Number(m[2]) < Number(m[1])) fail(`periode "${args.periode}" moet de vorm 2026-2030 hebben`);
  return { start: Number(m[1]), end: Number(m[2]) };
}

function chapterFile(docDir: string, slug: string) {
  const taken = existsSync(docDir) ? readdirSync(docDir).filter((f) => /\.mdx?$/.test(f)) : [];
  const next = Math.max(0, ...taken.map((f) => Number(f.match(/^(\d+)-/)?.[1] ?? 0))) + 1;
  return join(docDir, `${String(next).padStart(2, '0')}-${slug}.mdx`);
}

function documentFiles(type: string, title: string, id: string, letter?: string) {
  if (!(documentTypes as readonly string[]).includes(type)) fail(`soort "${type}" bestaat niet; kies uit ${documentTypes.join(', ')}`);
  const status = args.status ?? 'concept';
  if (!(documentStatuses as readonly string[]).includes(status))
    fail(`status "${status}" bestaat niet; kies uit ${documentStatuses.join(', ')}`);
  const file = join(regionDir, 'documents', `${id}.yaml`);
  if (existsSync(file)) fail(`${file} bestaat al; er is niets veranderd. Kies een andere --id.`);
  const period = periodOf();
  const lines = [
    `# ${title}`,
    '# Alle velden staan in docs/VELDEN.md; hoe u een document afmaakt in docs/SCHRIJVEN.md.',
    `title: ${q(title)}`,
    `type: ${type}`,
    '# concept, aanzet, voorstel en ter-besluitvorming drukken CONCEPT af; na het besluit: vastgesteld',
    `status: ${status}`,
    ...(period ? [`period: { start: ${period.start}, end: ${period.end} }`] : ['# period: { start: 2026, end: 2030 }']),
    '# date: "2026-05-07"           # datum van het stuk, tussen aanhalingstekens',
    `summary: ${q('Vervang deze zin door een samenvatting van één alinea in eigen woorden.')}`,
    ...(themesOfRegion.length ? [`themes: [${themesOfRegion.join(', ')}]   # thema's uit themes.yaml; haal weg wat niet past`] : []),
    '# Besluiten, zodra ze genomen zijn (body: een id uit bodies.yaml, of bodyName: "College van B&W …"):',
    '# decisions:',
    '#   - { body: regionaal-beraad, date: "2026-05-07", outcome: vastgesteld }',
  ];
  if (letter !== undefined) {
    lines.push(
      '# De vaste delen van de brief; de tekst zelf staat in het hoofdstuk in de map ernaast.',
      'letter:',
      `  onderwerp: ${q(letter)}`,
      "  recipients: alle            # of een lijst gemeente-id's uit region.yaml: [utrecht, zeist]",
      '  # kenmerk: "RIB-2026-001"',
      '  # bijlagen: [meerjarenagenda-2026-2030, "Verslag werkconferentie"]   # id van een document op de site (titel met link) of een naam',
    );
  }
  create[file] = lines.join('\n') + '\n';
  const docDir = join(regionDir, 'documents', id);
  if (letter !== undefined) {
    create[join(docDir, '01-brief.mdx')] =
      '---\nnumber: "1"\ntitle: ' +
      q(letter) +
      '\nkind: pagina\nunnumbered: true\n---\n\n' +
      'Vervang deze zin door de tekst van de brief aan de gemeenteraad. Aanhef, ondertekening en\n' +
      'briefhoofd per gemeente maakt de site zelf uit region.yaml.\n';
  } else {
    create[join(docDir, '01-inleiding.mdx')] =
      '---\nnumber: "1"\ntitle: Inleiding\n---\n\n' +
      'Vervang deze zin door de inleiding van het document.\n\n## 1.1 Aanleiding\n\nVervang deze zin door de aanleiding.\n';
  }
}

switch (kind) {
  case 'document': {
    const title = need('titel', '"Uitvoeringsagenda 2026-2027"');
    documentFiles(args.soort ?? 'meerjarenagenda', title, idFrom(args.id, title));
    break;
  }
  case 'brief': {
    const onderwerp = need('onderwerp', '"Vaststelling meerjarenagenda 2026-2030"');
    documentFiles(
      'raadsinformatiebrief',
      `Raadsinformatiebrief ${onderwerp}`,
      idFrom(args.id, `raadsinformatiebrief-${onderwerp}`),
      onderwerp,
    );
    break;
  }
  case 'hoofdstuk': {
    const doc = need('document', docsOfRegion[0] ?? 'meerjarenagenda-2026-2030');
    if (!docsOfRegion.includes(doc))
      fail(
        `onbekend document "${doc}" in ${region}; bekend: ${docsOfRegion.join(', ') || '(geen; maak er een met npm run nieuw -- document)'}`,
      );
    const title = need('titel', '"Doelgroepen"');
    const soort = args.soort ?? 'hoofdstuk';
    const kinds = ['hoofdstuk', 'bijlage', 'artikel', 'deel', 'inleiding', 'pagina'];
    if (!kinds.includes(soort)) fail(`soort "${soort}" bestaat niet voor een hoofdstuk; kies uit ${kinds.join(', ')}`);
    const chapters = before.chapters.filter((c) => c.document === `${region}/${doc}`);
    const numbers = chapters.map((c) => String(c.data.number));
    const nextInt = Math.max(0, ...numbers.map((n) => (/^\d+$/.test(n) ? Number(n) : 0))) + 1;
    const nextAnnex = Math.max(0, ...numbers.map((n) => Number(n.match(/^B(\d+)$/)?.[1] ?? 0))) + 1;
    const number = args.nummer ?? (soort === 'bijlage' ? `B${nextAnnex}` : String(nextInt));
    if (numbers.includes(number)) fail(`nummer "${number}" staat al in ${doc}; kies een ander --nummer`);
    const file = chapterFile(join(regionDir, 'documents', doc), slugify(title) || 'hoofdstuk');
    const head = /^\d+$/.test(number) ? `${number}.1 ` : '';
    create[file] =
      `---\n# Hoofdstuk van ${doc}. Nummer uniek in het document; de bestandsnaam bepaalt de volgorde.\nnumber: ${q(number)}\ntitle: ${q(title)}\n${soort !== 'hoofdstuk' ? `kind: ${soort}\n` : ''}# Onder de tweede streepjesregel: de tekst in eigen woorden, kopjes met ## en hun nummer (geen #).\n---\n\n` +
      'Vervang deze zin door de tekst van het hoofdstuk.\n\n' +
      `## ${head}Eerste paragraaf\n\nVervang deze zin door de tekst van de paragraaf.\n`;
    break;
  }
  case 'tabel': {
    const csvPath = need('csv', 'werkzoekenden.csv');
    if (!existsSync(csvPath)) fail(`het bestand ${csvPath} bestaat niet`);
    const title = need('titel', '"Werkzoekenden naar leeftijd"');
    const units = need('eenheid', 'aantal (of bv. "aantal, procent" per kolom)')
      .split(',')
      .map((u) => u.trim());
    const allowed = ['aantal', 'procent', 'procentpunt', 'euro', 'uur-per-week', 'jaar', 'index', 'fte', 'score', 'tekst'];
    for (const u of units) if (!allowed.includes(u)) fail(`eenheid "${u}" bestaat niet; kies uit ${allowed.join(', ')}`);
    const period = need('periode', '2025');
    const source = need('bron', 'UWV');
    const doc = optionalDocument();
    const id = idFrom(args.id, title);
    const file = join(regionDir, 'tables', `${id}.yaml`);
    if (existsSync(file)) fail(`${file} bestaat al; er is niets veranderd. Kies een andere --id.`);
    const { text, encoding } = decodeCsv(readFileSync(csvPath));
    const delimiter = detectDelimiter(text);
    const grid = parseDelimited(text, delimiter);
    if (grid.length < 2) fail(`${csvPath} heeft een kopregel en minstens één regel met cijfers nodig`);
    const header = grid[0].map((h) => h.trim());
    const width = header.length;
    if (width < 2) fail(`${csvPath}: de kopregel heeft maar één kolom; is het scheidingsteken een puntkomma?`);
    const numeric = width - 1;
    if (units.length !== 1 && units.length !== numeric)
      fail(`geef één eenheid, of één per kolom met cijfers (${numeric}): --eenheid "${Array(numeric).fill('aantal').join(', ')}"`);
    const unitOf = (i: number) => (units.length === 1 ? units[0] : units[i - 1]);
    const ids: string[] = [];
    const columns = header.map((label, i) => {
      let cid = slugify(label) || `kolom-${i + 1}`;
      while (ids.includes(cid)) cid += `-${i + 1}`;
      ids.push(cid);
      return { id: cid, label: label || `Kolom ${i + 1}`, unit: i === 0 ? 'tekst' : unitOf(i) };
    });
    const problems: string[] = [];
    const rows = grid.slice(1).map((cells, r) => {
      const line = r + 2;
      if (cells.length > width) problems.push(`regel ${line}: ${cells.length} cellen, maar de kopregel heeft ${width} kolommen`);
      return header.map((_, c) => {
        const raw = (cells[c] ?? '').trim();
        if (c === 0 || columns[c].unit === 'tekst') return raw;
        if (raw === '') return null;
        if (isPlaceholder(raw)) return raw;
        const n = parseDutchNumber(raw);
        if (n === undefined)
          problems.push(
            `regel ${line}, kolom ${c + 1} ("${columns[c].label}"): "${raw}" is geen getal en geen placeholder ([x], PM, -, n.b.)`,
          );
        return n ?? raw;
      });
    });
    if (problems.length) fail(`${csvPath} kan ik niet overnemen:\n  ${problems.join('\n  ')}`);
    const totalAt = rows.findIndex((r) => /^(totaal|total)\b/i.test(String(r[0])));
    const totals = totalAt >= 0 ? rows.splice(totalAt) : [];
    const doc2 = new YamlDocument({
      title,
      source,
      period,
      geography: args.gebied ?? 'regio',
      ...(doc ? { document: doc } : {}),
      ...(args.hoofdstuk ? { chapter: args.hoofdstuk } : {}),
      columns,
      rows,
      ...(totals.length ? { totals } : {}),
    });
    for (const key of ['columns', 'rows', 'totals']) {
      const seq = doc2.get(key, true);
      if (isSeq(seq)) for (const item of seq.items) (item as { flow?: boolean }).flow = true;
    }
    create[file] =
      `# ${title}: overgenomen uit ${basename(csvPath)} (${encoding}, ${delimiter === ';' ? 'puntkomma' : delimiter === ',' ? 'komma' : 'tab'} als scheidingsteken).\n` +
      "# Getallen staan hier met een decimale punt en zonder duizendtalpunt; de site toont ze op z'n Nederlands.\n" +
      '# Controleer de eenheden (unit) per kolom; een kolom met percentages krijgt sum: false als optellen geen zin heeft.\n' +
      (totals.length ? '# De totaalregel uit het bestand staat onder totals; de site rekent zelf na en meldt een verschil.\n' : '') +
      '# Een grafiek erbij: chart: { type: bar, series: [<kolom-id>] }. Alle velden: docs/VELDEN.md.\n' +
      doc2.toString({ lineWidth: 0 });
    break;
  }
  case 'actie': {
    const title = need('titel', '"Leerwerkloket uitbreiden"');
    const theme = args.thema?.trim();
    if (!theme) fail(`geef --thema met een thema van ${region}: ${themesOfRegion.join(', ') || "(geen thema's in themes.yaml)"}`);
    if (!themesOfRegion.includes(theme)) fail(`onbekend thema "${theme}" in ${region}; bekend: ${themesOfRegion.join(', ')}`);
    const types = ['uitvoeren', 'verkennen', 'ontwikkelen', 'borgen', 'gerealiseerd', 'voorbereiden'];
    const type = args.soort ?? 'uitvoeren';
    if (!types.includes(type)) fail(`soort "${type}" bestaat niet voor een actie; kies uit ${types.join(', ')}`);
    const doc = optionalDocument();
    const existing = before.actions.filter((a) => a.region === region).map((a) => a.localId);
    const number = args.nummer?.trim() || String(Math.max(0, ...existing.map((n) => (/^\d+$/.test(n) ? Number(n) : 0))) + 1);
    if (!/^[0-9A-Za-z][0-9A-Za-z.-]*$/.test(number)) fail(`nummer "${number}" kan niet; gebruik cijfers en punten, bv. 2.1.3`);
    if (existing.includes(number)) fail(`actie "${number}" bestaat al in ${region}; kies een ander --nummer`);
    for (const [o, v] of [
      ['start', args.start],
      ['eind', args.eind],
    ] as const)
      if (v && !/^\d{4}(-(\d{2}|Q[1-4]))?$/.test(v)) fail(`--${o} "${v}" moet een jaar (2026), maand (2026-05) of kwartaal (2026-Q2) zijn`);
    const file = join(regionDir, 'actions.yaml');
    const old = existsSync(file) ? readFileSync(file, 'utf8') : '';
    const timing =
      args.start || args.eind
        ? `  timing: { ${[args.start && `start: ${q(args.start)}`, args.eind && `end: ${q(args.eind)}`].filter(Boolean).join(', ')} }`
        : '  # timing: { start: "2026", end: "2027", label: "2026-2027" }';
    const entry = [
      `- id: ${q(number)}`,
      `  title: ${q(title)}`,
      `  description: ${q('Vervang deze zin door wat de actie inhoudt, in eigen woorden.')}`,
      `  themes: [${theme}]`,
      `  type: ${type}                # ${types.join(' ')}`,
      '  status: gepland              # gepland lopend gerealiseerd in-voorbereiding onbekend',
      args.trekker ? `  parties:\n    - { name: ${q(args.trekker)}, role: trekker }` : '  # parties:\n  #   - { name: UWV, role: trekker }',
      timing,
      '  # kpis: ["Aantal deelnemers"]',
      ...(doc ? [`  document: ${doc}`] : []),
    ].join('\n');
    extend[file] = { old, text: (old && !old.endsWith('\n') ? old + '\n' : old) + (old.trim() ? '\n' : '') + entry + '\n' };
    break;
  }
}

// write, check like the build does, and undo when it does not pass
for (const [file, text] of Object.entries(create)) {
  if (existsSync(file)) fail(`${file} bestaat al; er is niets veranderd`);
}
const made: string[] = [];
for (const [file, text] of Object.entries(create)) {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text, { flag: 'wx' });
  made.push(file);
}
for (const [file, { text }] of Object.entries(extend)) writeFileSync(file, text);
const touched = [...Object.keys(create), ...Object.keys(extend)].map((f) => relative(process.cwd(), f));
const { errors } = loadContent(root);
const mine = errors.filter((e) => touched.includes(e.file));
if (mine.length) {
  for (const f of made) rmSync(f);
  for (const f of made.map(dirname)) if (existsSync(f) && !readdirSync(f).length) rmSync(f, { recursive: true });
  for (const [file, { old }] of Object.entries(extend)) old ? writeFileSync(file, old) : rmSync(file);
  fail(`wat ik zou maken haalt de controle niet; er is niets veranderd.\n${formatErrors(mine)}`);
}
for (const f of Object.keys(create)) console.log(`aangemaakt: ${f}`);
for (const f of Object.keys(extend)) console.log(`aangevuld: ${f}`);
console.log('Vervang de zinnen die met "Vervang" beginnen, controleer met npm run validate en bekijk het met npm run dev.');
