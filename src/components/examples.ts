/**
 * Example props for every component, like the fixtures of GOV.UK Frontend: the render test and
 * axe run over each example (tests/components/). Data goes through the real schemas, so the
 * examples have the shape the pages give the components.
 */
import type { AstroComponentFactory } from 'astro/runtime/server/index.js';
import DataTable from './DataTable.astro';
import FormSheet from './FormSheet.astro';
import FuzzyDate from './FuzzyDate.astro';
import KeyFigures from './KeyFigures.astro';
import KpiChart from './KpiChart.astro';
import ScopedIds from './ScopedIds.astro';
import PrintChapter from './PrintChapter.astro';
import StatusBadge from './StatusBadge.astro';
import Toc from './Toc.astro';
import ScrollTable from './ScrollTable.astro';
import TextNotice from './TextNotice.astro';
import StatusLight from './StatusLight.astro';
import ActionStand from './ActionStand.astro';
import KpiProgress from './KpiProgress.astro';
import DiffPassages from './DiffPassages.astro';
import { diffPassages } from '../core/diff.ts';
import { actionSchema } from '../schemas/action.ts';
import { themeSchema } from '../schemas/theme.ts';
import { kpiSeries, overall } from '../core/monitoring.ts';
import type { ActionStand as Stand, Kpi } from '../model/progress.ts';
import { tableSchema } from '../schemas/table.ts';
import { indicatorSchema } from '../schemas/indicator.ts';
import { chapterSchema } from '../schemas/chapter.ts';
import { parseFuzzyDate } from '../core/dates.ts';
import type { Action, Chapter, Indicator, Table, Theme } from '../model/queries.ts';

export interface Example {
  name: string;
  component: AstroComponentFactory;
  props: Record<string, unknown>;
  slots?: Record<string, string>;
  /** Text the rendered example must contain. */
  contains: string[];
}

const meta = (region: string, localId: string) => ({ region, localId, file: `content/${region}/x.yaml` });

const table = (localId: string, data: Record<string, unknown>) =>
  ({
    id: `voorbeeld/${localId}`,
    collection: 'tables',
    data: { ...tableSchema.parse(data), ...meta('voorbeeld', localId) },
  }) as unknown as Table;

const banen = table('banen', {
  title: 'Banen per sector',
  number: 'Tabel 1',
  source: 'CBS',
  period: '2024',
  geography: 'regio',
  columns: [
    { id: 'sector', label: 'Sector', unit: 'tekst' },
    { id: 'banen', label: 'Banen', unit: 'aantal' },
    { id: 'aandeel', label: 'Aandeel', unit: 'procent', sum: false },
  ],
  rows: [
    ['Zorg', 12106, 31.5],
    ['Onderwijs', 5400, 14.1],
    ['Bouw', '[x]', null],
  ],
  // the stated total differs from the sum of the rows: both are shown
  totals: [['Totaal', 17600, 100]],
  chart: { type: 'bar', series: ['banen'] },
  notes: ['Afgerond op honderdtallen.'],
});

const indicator = (localId: string, data: Record<string, unknown>) =>
  ({
    id: `voorbeeld/${localId}`,
    collection: 'indicators',
    data: { ...indicatorSchema.parse({ id: localId, ...data }), ...meta('voorbeeld', localId) },
  }) as unknown as Indicator;

const chapter = (file: string, data: Record<string, unknown>) =>
  ({ id: `voorbeeld/agenda/${file}`, collection: 'chapters', data: chapterSchema.parse(data) }) as unknown as Chapter;

/**
 * Components without examples here, and why: PageMeta reads the page's own address and the git
 * history of its content (tested on built pages in tests/unit/page-meta.test.ts and e2e); Letter
 * reads a document, its chapters and its region from the content collections (tested on the
 * letters of the fixture in tests/build/letters.test.ts and on the real letters in e2e).
 */
export const WITHOUT_EXAMPLES = ['PageMeta', 'Letter'];
// monitoring: an action with its stand in a report, and a KPI from nulmeting to target
const theme = {
  id: 'voorbeeld/werk',
  collection: 'themes',
  data: {
    ...themeSchema.parse({ id: 'werk', title: 'Werk voor iedereen', national: ['sociaal'], summary: 'Werk.' }),
    ...meta('voorbeeld', 'werk'),
  },
} as unknown as Theme;
const action = {
  id: 'voorbeeld/2.1',
  collection: 'actions',
  data: {
    ...actionSchema.parse({ id: '2.1', title: 'Werkcentrum openen', description: 'Een loket.', themes: ['werk'], type: 'uitvoeren' }),
    ...meta('voorbeeld', '2.1'),
  },
} as unknown as Action;
const stand: Stand = {
  action,
  themes: [theme],
  voortgang: 'rood',
  impact: 'oranje',
  ...overall({ voortgang: 'rood', impact: 'oranje' }),
  explanation: 'Er is nog geen locatie.',
  reached: 1240,
  reachedNote: 'werkzoekenden gesproken',
};
const plaatsingen = indicator('plaatsingen', {
  label: 'Plaatsingen naar werk',
  value: 400,
  unit: 'aantal',
  period: '2025',
  geography: 'regio',
  source: 'Werkcentrum',
  baseline: { value: 400, period: '2025' },
  target: { value: 1000, period: '2027' },
});
const q = (period: string, value: number) => ({
  value,
  period: { raw: period, start: parseFuzzyDate(period)!.start },
  source: 'Registratie',
  report: period,
});
const kpiRows = kpiSeries({ value: 400, period: '2025' }, [q('2026-Q1', 550), q('2026-Q2', 700)], { value: 1000, period: '2027' });
const kpi: Kpi = {
  indicator: plaatsingen,
  baseline: { value: 400, period: '2025' },
  target: { value: 1000, period: '2027' },
  rows: kpiRows,
  latest: kpiRows[2],
  fraction: 0.5,
  fresh: [kpiRows[2]],
};

export const EXAMPLES: Example[] = [
  {
    name: 'StatusBadge concept',
    component: StatusBadge,
    props: { status: 'concept' },
    contains: ['Status: ', 'Concept', 'badge--concept'],
  },
  { name: 'StatusBadge vastgesteld', component: StatusBadge, props: { status: 'vastgesteld' }, contains: ['Vastgesteld', 'badge--final'] },
  {
    name: 'FuzzyDate dag',
    component: FuzzyDate,
    props: { date: parseFuzzyDate('2026-05-07') },
    contains: ['<time datetime="2026-05-07">7 mei 2026</time>'],
  },
  {
    name: 'FuzzyDate kwartaal',
    component: FuzzyDate,
    props: { date: parseFuzzyDate('2026-Q2') },
    contains: ['data-precision="kwartaal"', '2e kwartaal 2026'],
  },
  {
    name: 'Toc',
    component: Toc,
    props: {
      docId: 'voorbeeld/agenda',
      docTitle: 'Meerjarenagenda 2026-2030',
      current: 'voorbeeld/agenda/02-doelen',
      chapters: [
        chapter('01-inleiding', { number: '1', title: 'Inleiding' }),
        chapter('02-doelen', { number: '2', title: 'Doelen', sourceNumber: '3.3.1/2' }),
      ],
    },
    contains: ['aria-label="Inhoudsopgave"', 'href="/voorbeeld/documenten/agenda/01-inleiding/"', 'aria-current="page"', '3.3.1/2'],
  },
  {
    name: 'KeyFigures',
    component: KeyFigures,
    props: {
      indicators: [
        indicator('werkloosheid', { label: 'Werkloosheid', value: 3.9, unit: 'procent', period: '2024', geography: 'NL', source: 'CBS' }),
        indicator('doel', {
          label: 'Mensen aan het werk',
          value: 1500,
          qualifier: 'ruim',
          unit: 'aantal',
          period: '2030',
          geography: 'regio',
          source: 'agenda',
          kind: 'doel',
        }),
      ],
    },
    contains: ['aria-label="Kerncijfers"', '3,9%', 'Nederland', 'ruim 1.500', 'Doel · 2030'],
  },
  {
    name: 'DataTable',
    component: DataTable,
    props: { table: banen },
    contains: ['<caption', 'Banen per sector', '12.106', '31,5%', '[x]', '17.600', 'cijfers/banen.csv'],
  },
  {
    name: 'KpiChart',
    component: KpiChart,
    props: { table: banen },
    contains: ['<canvas', 'role="img"', 'Staafdiagram van Banen per sector', 'Zorg 12.106'],
  },
  {
    name: 'StatusLight',
    component: StatusLight,
    props: { colour: 'oranje', variable: 'impact', advice: true },
    contains: ['data-shape="driehoek"', 'aria-hidden="true"', 'Verwachte impact: ', '>oranje</strong>', 'analyseren en bijsturen'],
  },
  {
    name: 'ActionStand',
    component: ActionStand,
    props: { stand, href: '/voorbeeld/uitvoering/#actie-2-1' },
    contains: [
      'data-colour="rood"',
      'Voortgang: ',
      '>rood</strong>',
      'Verwachte impact: ',
      '>oranje</strong>',
      'Rood door voortgang: anders organiseren, faseren of afschalen.',
      'Bereikt: 1.240 werkzoekenden gesproken',
      'Thema: Werk voor iedereen',
    ],
  },
  {
    name: 'KpiProgress',
    component: KpiProgress,
    props: { kpi },
    contains: [
      '<canvas',
      'Lijndiagram van Plaatsingen naar werk',
      'Nulmeting 2025',
      'Meting 2e kwartaal 2026',
      'Doel 2027',
      '1.000',
      '50% van de weg van nulmeting naar doel',
    ],
  },
  {
    name: 'DiffPassages',
    component: DiffPassages,
    props: {
      passages: diffPassages(
        'Blijft.\n\nDe regio opent in 2026 een werkcentrum.\n\nVervalt geheel.',
        'Blijft.\n\nDe regio opent in 2027 een werkcentrum.\n\nHelemaal nieuw hier.',
      ),
    },
    contains: [
      'Gewijzigd (weggehaalde woorden doorgestreept, nieuwe woorden onderstreept):',
      '<del',
      '2026',
      '<ins',
      '2027',
      'Verwijderd:',
      'Vervalt geheel.',
      'Toegevoegd:',
      'Helemaal nieuw hier.',
    ],
  },
  {
    name: 'FormSheet collegeadvies',
    component: FormSheet,
    props: {
      type: 'collegeadvies',
      title: 'Meerjarenagenda 2026-2030',
      region: 'Voorbeeldregio',
      reference: 'Z/26/000123',
      form: [
        { label: 'Gemeente', value: 'Hoofdstad' },
        { label: 'Onderwerp', value: 'Vaststellen meerjarenagenda' },
        { label: 'Ter kennisname aanbieden aan Raad', value: 'niet vermeld' },
        { label: 'Advies', value: ['1. De agenda vaststellen.', '2. De raad informeren.'] },
      ],
    },
    contains: [
      'Advies aan burgemeester en wethouders van de gemeente Hoofdstad',
      'Onderwerp',
      'Vaststellen meerjarenagenda',
      'De raad informeren.',
      'Z/26/000123',
      'niet ingevuld',
      'Besluit van burgemeester en wethouders',
      'Conform advies',
    ],
  },
  {
    name: 'PrintChapter',
    component: PrintChapter,
    props: { prefix: 'c2-' },
    slots: {
      default:
        '<p>De vervangingsvraag is groot.</p><p>Er gaan 13.500 werkenden met pensioen, tegen 2.560 nieuwe gediplomeerden per jaar.<sup><a href="#fn-1" id="fnref-1" data-footnote-ref="">1</a></sup></p><p>Daarom zoekt de regio andere wegen, samen met werkgevers en onderwijs in de hele regio.</p>' +
        '<section data-footnotes="" class="footnotes"><h2 class="sr-only" id="footnote-label">Voetnoten</h2><ol><li id="fn-1"><p>UWV Regio in Beeld. <a href="#fnref-1" data-footnote-backref="">↩</a></p></li></ol></section>',
      figures:
        '<section class="figure" id="tabel-vervanging" aria-labelledby="kop-vervanging"><h2 id="kop-vervanging">Vervangingsvraag</h2><table><caption>Vervangingsvraag</caption><tbody><tr><th scope="row">Pensioen</th><td>13.500</td></tr><tr><th scope="row">Gediplomeerd</th><td>2.560</td></tr></tbody></table></section>',
    },
    contains: [
      'id="c2-fn-1" class="footnote"',
      'href="#c2-fn-1"',
      'ge\u00addi\u00adplo\u00admeer\u00adden',
      'UWV Regio in Beeld.</p><section class="figure"',
    ],
  },
  {
    name: 'ScopedIds',
    component: ScopedIds,
    props: { prefix: 'c2-' },
    slots: { default: '<h2 id="doelen">Doelen</h2><p><a href="#doelen">terug</a></p>' },
    contains: ['id="c2-doelen"', 'href="#c2-doelen"'],
  },

  {
    name: 'ScrollTable',
    component: ScrollTable,
    props: {},
    slots: {
      default:
        '<table><thead><tr><th>Gemeente</th><th>Werkzoekenden</th></tr></thead><tbody><tr><td>Hoofdstad</td><td>1.200</td></tr></tbody></table>',
    },
    contains: ['role="region"', 'tabindex="0"', 'Tabel: Gemeente, Werkzoekenden', '<td>1.200</td>'],
  },
  {
    name: 'TextNotice bewerking',
    component: TextNotice,
    props: {
      status: 'vastgesteld',
      text: {
        kind: 'bewerking',
        source: 'Meerjarenagenda 2026-2030',
        date: parseFuzzyDate('2025-12-12'),
        location: 'https://voorbeeld.nl/agenda.pdf',
      },
    },
    contains: [
      'Bewerkte weergave; de vastgestelde tekst is leidend.',
      '<cite>Meerjarenagenda 2026-2030</cite>',
      '12 december 2025',
      'href="https://voorbeeld.nl/agenda.pdf"',
    ],
  },
  {
    name: 'TextNotice origineel',
    component: TextNotice,
    props: { status: 'vastgesteld', text: { kind: 'origineel', source: 'x', location: 'x' } },
    contains: [],
  },
];
