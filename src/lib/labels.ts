/** Dutch labels for enum values. */
export const DOCUMENT_TYPE_LABELS: Record<string, string> = {
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

export const STATUS_LABELS: Record<string, string> = {
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
export const DRAFT_STATUSES = new Set(['concept', 'aanzet', 'voorstel', 'ter-besluitvorming']);

export const OUTCOME_LABELS: Record<string, string> = {
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

export const ROLE_LABELS: Record<string, string> = {
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

export const ACTION_TYPE_LABELS: Record<string, string> = {
  uitvoeren: 'Uitvoeren',
  verkennen: 'Verkennen',
  ontwikkelen: 'Ontwikkelen',
  borgen: 'Borgen',
  gerealiseerd: 'Gerealiseerd',
  voorbereiden: 'Voorbereiden',
};

export const ACTION_STATUS_LABELS: Record<string, string> = {
  gepland: 'Gepland',
  lopend: 'Lopend',
  gerealiseerd: 'Gerealiseerd',
  'in-voorbereiding': 'In voorbereiding',
  onbekend: 'Onbekend',
};

export const STAGE_LABELS: Record<string, string> = {
  aanzet: 'Aanzet',
  voorstel: 'Voorstel',
  besluit: 'Besluit',
  bespreking: 'Bespreking',
  kennisname: 'Ter kennisname',
  overig: '',
};

export const LEVEL_LABELS: Record<string, string> = {
  bestuurlijk: 'Bestuurlijk',
  strategisch: 'Strategisch',
  ambtelijk: 'Ambtelijk',
  uitvoerend: 'Uitvoerend',
  adviserend: 'Adviserend',
};

export const NATIONAL_LABELS: Record<string, string> = {
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
