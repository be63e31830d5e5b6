/**
 * Dutch labels for the enum values of the schemas. Each table is typed by its schema's enum, so
 * a value added to a schema without a label here fails the type check (npm run check).
 */
import type { z } from 'astro/zod';
import type { documentSchema } from '../schemas/document.ts';
import type { actionSchema } from '../schemas/action.ts';
import type { bodySchema, meetingSchema } from '../schemas/body.ts';
import type { NationalOpgave } from '../schemas/common.ts';
import type { colour as colourSchema } from '../schemas/monitoring.ts';
import type { ChangeKind, SeriesRow } from '../core/monitoring.ts';

type Doc = z.output<typeof documentSchema>;
type Action = z.output<typeof actionSchema>;
export type DocumentType = Doc['type'];
export type DocumentStatus = Doc['status'];
export type Outcome = Doc['decisions'][number]['outcome'];
export type Role = Action['parties'][number]['role'];
export type ActionType = Action['type'];
export type ActionStatus = Action['status'];
export type Stage = z.output<typeof meetingSchema>['items'][number]['stage'];
export type Level = z.output<typeof bodySchema>['level'];

export const DOCUMENT_TYPE_LABELS: Record<DocumentType, string> = {
  beleidsagenda: 'Beleidsagenda',
  uitvoeringsagenda: 'Uitvoeringsagenda',
  meerjarenagenda: 'Meerjarenagenda',
  'strategische-agenda': 'Strategische agenda',
  adviesrapport: 'Adviesrapport',
  collegeadvies: 'Collegeadvies',
  raadsinformatiebrief: 'Raadsinformatiebrief',
  voorblad: 'Voorblad / agendastuk',
  planning: 'Planning',
  memo: 'Memo',
  convenant: 'Convenant',
  bestuursopdracht: 'Bestuursopdracht',
  bijlage: 'Bijlage',
  kamerbrief: 'Kamerbrief',
  handreiking: 'Handreiking',
};

export const STATUS_LABELS: Record<DocumentStatus, string> = {
  concept: 'Concept',
  aanzet: 'Aanzet',
  voorstel: 'Voorstel',
  'ter-besluitvorming': 'Ter besluitvorming',
  vastgesteld: 'Vastgesteld',
  ondertekend: 'Ondertekend',
  verzonden: 'Verzonden',
  gepubliceerd: 'Gepubliceerd',
  onbekend: 'Status onbekend',
};

/** Statuses that mean: not (yet) adopted. Shown with a warning badge and watermark in print. */
export const DRAFT_STATUSES: ReadonlySet<string> = new Set<DocumentStatus>(['concept', 'aanzet', 'voorstel', 'ter-besluitvorming']);

export const OUTCOME_LABELS: Record<Outcome, string> = {
  vastgesteld: 'vastgesteld',
  aangenomen: 'aangenomen',
  'ter-kennisname': 'ter kennisname aangeboden',
  besproken: 'besproken',
  ingestemd: 'ingestemd',
  ondertekend: 'ondertekend',
  aangeboden: 'aangeboden',
  verzonden: 'verzonden',
  gepland: 'gepland',
};

export const ROLE_LABELS: Record<Role, string> = {
  trekker: 'Trekker',
  eigenaar: 'Eigenaar',
  'belegd-bij': 'Belegd bij',
  opdrachtgever: 'Opdrachtgever',
  'opdrachtgever-ambtelijk': 'Opdrachtgever ambtelijk',
  'opdrachtgever-bestuurlijk': 'Opdrachtgever bestuurlijk',
  opdrachtnemer: 'Opdrachtnemer',
  coordinerend: 'Coördinerend',
  adviserend: 'Adviserend',
  kaderstellend: 'Kaderstellend',
  uitvoerder: 'Uitvoerder',
  partner: 'Partner',
  betrokken: 'Betrokken',
  financier: 'Financier',
};

export const ACTION_TYPE_LABELS: Record<ActionType, string> = {
  uitvoeren: 'Uitvoeren',
  verkennen: 'Verkennen',
  ontwikkelen: 'Ontwikkelen',
  borgen: 'Borgen',
  gerealiseerd: 'Gerealiseerd',
  voorbereiden: 'Voorbereiden',
};

export const ACTION_STATUS_LABELS: Record<ActionStatus, string> = {
  gepland: 'Gepland',
  lopend: 'Lopend',
  gerealiseerd: 'Gerealiseerd',
  'in-voorbereiding': 'In voorbereiding',
  onbekend: 'Onbekend',
};

export const STAGE_LABELS: Record<Stage, string> = {
  aanzet: 'Aanzet',
  voorstel: 'Voorstel',
  besluit: 'Besluit',
  bespreking: 'Bespreking',
  kennisname: 'Ter kennisname',
  overig: '',
};

export const LEVEL_LABELS: Record<Level, string> = {
  bestuurlijk: 'Bestuurlijk',
  strategisch: 'Strategisch',
  ambtelijk: 'Ambtelijk',
  uitvoerend: 'Uitvoerend',
  adviserend: 'Adviserend',
};

export const NATIONAL_LABELS: Record<NationalOpgave, string> = {
  sociaal: 'Sociale opgave',
  economisch: 'Economische opgave',
  ontwikkel: 'Ontwikkelopgave',
  samenwerking: 'Samenwerkingsopgave',
};

export const GEOGRAPHY_LABELS: Record<string, string> = { regio: 'regio', NL: 'Nederland' };

/** "NL" → "Nederland"; a gemeente name or other label stays as written. */
export const geographyLabel = (g: string) => GEOGRAPHY_LABELS[g] ?? g;

export function periodLabel(p?: { start: number; end: number }): string {
  if (!p) return '';
  return p.start === p.end ? String(p.start) : `${p.start}–${p.end}`;
}

/** Monitoring (src/schemas/monitoring.ts): the colours, what each asks for, the two variables and the shapes that go with them. */
export type Colour = z.output<typeof colourSchema>;
export const COLOUR_LABELS: Record<Colour, string> = { groen: 'groen', oranje: 'oranje', rood: 'rood' };
export const COLOUR_ADVICE: Record<Colour, string> = {
  groen: 'doorontwikkelen en opschalen',
  oranje: 'analyseren en bijsturen',
  rood: 'anders organiseren, faseren of afschalen',
};
/** Shapes next to the colours, so a colour is never the only sign: circle, triangle, square. */
export const COLOUR_SHAPES: Record<Colour, string> = { groen: 'rondje', oranje: 'driehoek', rood: 'vierkant' };
export const VARIABLE_LABELS: Record<'voortgang' | 'impact', string> = { voortgang: 'Voortgang', impact: 'Verwachte impact' };
export const CHANGE_LABELS: Record<ChangeKind, string> = {
  nieuw: 'nieuw in deze rapportage',
  vervallen: 'niet meer gerapporteerd',
  beter: 'verbeterd',
  slechter: 'verslechterd',
  gewijzigd: 'deels beter, deels slechter',
  gelijk: 'ongewijzigd',
};
export const SERIES_LABELS: Record<SeriesRow['kind'], string> = { nulmeting: 'Nulmeting', meting: 'Meting', doel: 'Doel' };
