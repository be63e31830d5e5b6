/**
 * npm run nieuwe-regio -- --naam "Midden-Utrecht" --gemeenten "Utrecht*, Nieuwegein, Zeist"
 *
 * Starts the content of a new arbeidsmarktregio: region.yaml with its gemeenten (the one marked
 * with * is the centrumgemeente), four regional themes tied to the four national opgaven, and a
 * concept meerjarenagenda with two chapters to write. Everything it writes is valid content; the
 * writers then replace the texts. It refuses to touch a region that already exists.
 *
 * Options: --slug (default: from the name), --periode 2026-2030 (default: next year, five years),
 * --kleur "#1b4f72" (accent colour; must have 4.5:1 contrast on white), --werkcentrum "Werkcentrum …".
 */
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { stringify } from 'yaml';
import { loadContent, slugify } from '../src/model/load.ts';
import { formatErrors } from '../src/model/errors.ts';
import { contrastOnWhite as contrast } from '../src/core/contrast.ts';

function fail(message: string): never {
  process.stderr.write(`nieuwe-regio: ${message}\n`);
  process.exit(1);
}

let args;
try {
  args = parseArgs({
    options: {
      naam: { type: 'string' },
      gemeenten: { type: 'string' },
      slug: { type: 'string' },
      periode: { type: 'string' },
      kleur: { type: 'string' },
      werkcentrum: { type: 'string' },
    },
  }).values;
} catch (e) {
  fail(
    `onbekende of onvolledige optie (${(e as Error).message.split('\n')[0]})\ngebruik: npm run nieuwe-regio -- --naam "Regionaam" --gemeenten "Centrumgemeente*, Gemeente, Gemeente"`,
  );
}

const root = process.env.MJA_CONTENT ?? 'content';
const name = args.naam?.trim();
if (!name) fail('geef de naam van de regio: --naam "Midden-Utrecht"');
const slug = args.slug ?? slugify(name);
if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(slug))
  fail(`"${slug}" is geen bruikbare map- en adresnaam; gebruik kleine letters, cijfers en streepjes`);
const dir = join(root, slug);
if (existsSync(dir)) fail(`${dir} bestaat al; er is niets veranderd`);

const list = (args.gemeenten ?? '')
  .split(',')
  .map((g) => g.trim())
  .filter(Boolean);
if (!list.length) fail('geef de gemeenten van de regio, de centrumgemeente met een *: --gemeenten "Utrecht*, Nieuwegein, Zeist"');
const centrum = list.filter((g) => g.endsWith('*'));
if (centrum.length !== 1) fail(`markeer precies één centrumgemeente met een * (nu ${centrum.length}): --gemeenten "Utrecht*, Nieuwegein"`);
const municipalities = list.map((g) => {
  const gName = g.replace(/\*$/, '').trim();
  return {
    id: slugify(gName),
    name: gName,
    ...(g.endsWith('*') ? { centrumgemeente: true } : {}),
    address: [],
    signatories: [{ role: 'burgemeester' }, { role: 'secretaris' }],
  };
});
const ids = municipalities.map((m) => m.id);
const twice = ids.find((id, i) => ids.indexOf(id) !== i);
if (twice) fail(`de gemeente "${twice}" staat er twee keer in`);

const nextYear = new Date().getFullYear() + 1;
const periode = args.periode ?? `${nextYear}-${nextYear + 4}`;
const m = periode.match(/^(\d{4})-(\d{4})$/);
if (!m || Number(m[2]) < Number(m[1])) fail(`periode "${periode}" moet de vorm 2026-2030 hebben`);
const [start, end] = [Number(m[1]), Number(m[2])];
const kleur = args.kleur ?? '#1b4f72';
if (!/^#[0-9a-fA-F]{6}$/.test(kleur)) fail(`kleur "${kleur}" moet de vorm #1b4f72 hebben`);
if (contrast(kleur) < 4.5)
  fail(`kleur ${kleur} heeft op wit een contrast van ${contrast(kleur).toFixed(1).replace('.', ',')}:1; nodig is minstens 4,5:1 (WCAG)`);

const centrumName = centrum[0].replace(/\*$/, '').trim();
// link to the themes shared across regions where they exist, so the site can compare regions
const sharedIds = new Set(loadContent(root, { compileMdx: false }).model.sharedThemes.map((t) => t.localId));
const shared = (id: string) => (sharedIds.has(id) ? { shared: [id] } : {});
const docId = `meerjarenagenda-${start}-${end}`;
const yaml = (v: unknown) => stringify(v, { lineWidth: 100 });
const files: Record<string, string> = {
  'region.yaml': yaml({
    name,
    summary: `Arbeidsmarktregio ${name}, met ${centrumName} als centrumgemeente. Vervang deze zin door een korte beschrijving van de regio.`,
    municipalities,
    werkcentrum: { name: args.werkcentrum ?? `Werkcentrum ${name}` },
    partners: [{ name: 'UWV', role: 'kernpartner' }],
    theme: { accent: kleur },
  }),
  'themes.yaml':
    '# De opgaven van de regio, elk gekoppeld aan een of meer van de vier landelijke opgaven\n' +
    '# (sociaal, economisch, ontwikkel, samenwerking). Hernoem en beschrijf ze in eigen woorden.\n' +
    yaml([
      {
        id: 'werk-voor-iedereen',
        title: 'Werk voor iedereen',
        national: ['sociaal'],
        ...shared('inclusieve-arbeidsmarkt'),
        summary: 'Wat de regio doet voor mensen die werk zoeken of dreigen uit te vallen.',
      },
      {
        id: 'vraag-en-aanbod',
        title: 'Vraag en aanbod in balans',
        national: ['economisch'],
        summary: 'Wat de regio doet aan tekorten en overschotten in sectoren en beroepen.',
      },
      {
        id: 'leven-lang-ontwikkelen',
        title: 'Leven lang ontwikkelen',
        national: ['ontwikkel'],
        ...shared('leven-lang-ontwikkelen'),
        summary: 'Scholing en loopbaanadvies voor werkenden en werkzoekenden.',
      },
      {
        id: 'samenwerking',
        title: 'Samenwerking in de regio',
        national: ['samenwerking'],
        summary: 'Hoe gemeenten, UWV, onderwijs, werkgevers en werknemers samen optrekken.',
      },
    ]),
  'bodies.yaml':
    '# De overleggen van de regio. Besluiten in documenten verwijzen naar een id hieronder (body: regionaal-beraad).\n' +
    yaml([
      {
        id: 'regionaal-beraad',
        name: 'Regionaal Beraad',
        aliases: ['RB'],
        level: 'bestuurlijk',
        summary: `Het bestuurlijke overleg van arbeidsmarktregio ${name} dat de meerjarenagenda vaststelt. Vervang deze zin door een beschrijving in eigen woorden.`,
        chair: `Portefeuillehouder arbeidsmarktbeleid van ${centrumName}`,
      },
    ]),
  [`documents/${docId}.yaml`]: yaml({
    title: `Meerjarenagenda ${name} ${start}-${end}`,
    type: 'meerjarenagenda',
    status: 'concept',
    period: { start, end },
    summary: `De meerjarenagenda van arbeidsmarktregio ${name} voor ${start} tot en met ${end}. Dit is een concept; vervang deze samenvatting zodra de tekst er staat.`,
    themes: ['werk-voor-iedereen', 'vraag-en-aanbod', 'leven-lang-ontwikkelen', 'samenwerking'],
  }),
  [`documents/${docId}/01-inleiding.mdx`]:
    '---\nnumber: "1"\ntitle: Inleiding\n---\n\n' +
    `Waarom deze agenda er is, voor wie hij is en hoe hij tot stand kwam. Schrijf hier de inleiding van de meerjarenagenda van ${name}.\n\n` +
    '## 1.1 Aanleiding\n\nDe aanleiding in een paar alinea’s.\n',
  [`documents/${docId}/02-opgaven.mdx`]:
    '---\nnumber: "2"\ntitle: Opgaven\n---\n\n' +
    'Per opgave: wat de regio wil bereiken, met welke acties en hoe het gemeten wordt.\n\n' +
    '## 2.1 Werk voor iedereen\n\nNog te schrijven.\n\n## 2.2 Vraag en aanbod in balans\n\nNog te schrijven.\n\n' +
    '## 2.3 Leven lang ontwikkelen\n\nNog te schrijven.\n\n## 2.4 Samenwerking in de regio\n\nNog te schrijven.\n',
};

for (const [rel, text] of Object.entries(files)) {
  const p = join(dir, rel);
  mkdirSync(join(p, '..'), { recursive: true });
  writeFileSync(p, text);
}

// what was written must pass the same checks as the build; otherwise leave nothing behind
const { model, errors } = loadContent(root);
const relDir = relative(process.cwd(), dir);
const mine = errors.filter((e) => e.file === relDir || e.file.startsWith(relDir + '/'));
if (mine.length) {
  rmSync(dir, { recursive: true, force: true });
  fail(`de nieuwe regio haalt de controle niet; er is niets aangemaakt.\n${formatErrors(mine)}`);
}
console.log(`Regio "${name}" aangemaakt in ${dir}:`);
for (const rel of Object.keys(files)) console.log(`  ${join(dir, rel)}`);
console.log(`${municipalities.length} gemeenten (centrumgemeente ${centrumName}); ${model.regions.length} regio's in totaal.`);
console.log(
  'Volgende stappen: vul region.yaml aan (adressen en ondertekenaars voor de raadsinformatiebrieven), schrijf de hoofdstukken, en bekijk het resultaat met npm run dev.',
);
