import { z } from 'astro/zod';
import { fuzzyDate } from './common.ts';

/**
 * content/<region>/monitoring/<periode>.yaml: one voortgangsrapportage per reporting period
 * (for example monitoring/2026-Q2.yaml), as discussed in the Regionaal Beraad. Per action a
 * status on two separate variables (voortgang and verwachte impact, each groen, oranje or rood),
 * per KPI the realisations measured in that period. Only what the region reported: a period
 * without measurements stays out.
 */

/** The three colours of the monitoring (source 001, hoofdstuk 7), with what each asks for. */
export const colour = z
  .enum(['groen', 'oranje', 'rood'])
  .describe('groen: doorontwikkelen en opschalen; oranje: analyseren en bijsturen; rood: anders organiseren, faseren of afschalen');
export type Colour = z.infer<typeof colour>;

export const actionStatusSchema = z.strictObject({
  action: z
    .string()
    .min(1, 'noem het nummer of de code van de actie')
    .describe('Het nummer of de code van de actie zoals in actions.yaml van dezelfde regio (bijvoorbeeld "2.1.3").'),
  voortgang: colour.describe(
    'Voortgang: verloopt de uitvoering volgens plan? groen = op koers (doorontwikkelen en opschalen), oranje = vertraging of knelpunt (analyseren en bijsturen), rood = loopt vast (anders organiseren, faseren of afschalen).',
  ),
  impact: colour.describe(
    'Verwachte impact: draagt de actie naar verwachting bij aan het doel? groen = ja, oranje = twijfel (analyseren en bijsturen), rood = nauwelijks (anders organiseren, faseren of afschalen). Los van de voortgang beoordeeld.',
  ),
  explanation: z
    .string()
    .min(1, 'geef een korte toelichting')
    .describe('Korte toelichting in gewone taal: wat is er gebeurd en waarom deze kleuren (een tot drie zinnen).'),
  reached: z
    .number()
    .int('het bereik is een geheel aantal mensen')
    .nonnegative('het bereik kan niet negatief zijn')
    .optional()
    .describe('Aantal mensen dat de actie in deze periode bereikte (deelnemers, werkzoekenden, werkgevers); alleen als het bekend is.'),
  reachedNote: z
    .string()
    .min(1)
    .optional()
    .describe('Wie er met het bereik bedoeld zijn, bijvoorbeeld "werkzoekenden begeleid" of "werkgevers gesproken".'),
});
export type ActionStatusData = z.output<typeof actionStatusSchema>;

export const realisationSchema = z.strictObject({
  indicator: z
    .string()
    .min(1, 'noem de id van de indicator')
    .describe('De id van de indicator (KPI) zoals in indicators.yaml van dezelfde regio.'),
  value: z
    .number({ error: 'een meting is een getal (schrijf 12106 of 94.9, zonder punt als duizendtal-scheiding)' })
    .describe('De gemeten waarde, in de eenheid van de indicator.'),
  period: fuzzyDate.describe(
    'De periode waarover gemeten is: JJJJ, JJJJ-Qn, JJJJ-MM of JJJJ-MM-DD (kan afwijken van de rapportageperiode).',
  ),
  source: z
    .string()
    .min(1, 'noem de bron van de meting')
    .describe('Waar het getal vandaan komt (bijvoorbeeld "UWV, Werkcentrum-registratie").'),
  note: z.string().min(1).optional().describe('Een opmerking bij de meting (afwijkende definitie, voorlopig cijfer).'),
});
export type RealisationData = z.output<typeof realisationSchema>;

export const monitoringSchema = z.strictObject({
  period: fuzzyDate.describe(
    'De rapportageperiode, gelijk aan de bestandsnaam: JJJJ-Qn (kwartaal), JJJJ-MM, JJJJ of een halfjaar als "eerste helft 2026".',
  ),
  title: z.string().min(1).optional().describe('Titel van de rapportage; standaard "Voortgangsrapportage <periode>".'),
  date: fuzzyDate.optional().describe('Datum waarop de rapportage is vastgesteld of besproken (JJJJ-MM-DD).'),
  body: z.string().min(1).optional().describe('Het overleg dat de rapportage besprak, bijvoorbeeld "Regionaal Beraad".'),
  summary: z
    .string()
    .min(1)
    .optional()
    .describe('Samenvatting voor het Regionaal Beraad: de hoofdlijn van deze periode in twee of drie zinnen.'),
  actions: z.array(actionStatusSchema).default([]).describe('Per actie de stand in deze periode (voortgang, impact, toelichting, bereik).'),
  indicators: z.array(realisationSchema).default([]).describe('Per KPI de metingen die in deze periode bekend werden.'),
});
export type MonitoringData = z.output<typeof monitoringSchema>;

/** Baseline (nulmeting) or target of an indicator: a number for a period, with its source. */
export const measurePoint = z.strictObject({
  value: z
    .number({ error: 'een nulmeting of doel is een getal' })
    .meta({ description: 'De waarde, in de eenheid van de indicator.', examples: [400] }),
  period: z
    .string()
    .min(1)
    .meta({ description: 'Het jaar of de periode (bijvoorbeeld "2024" of "eind 2027").', examples: ['2025'] }),
  source: z
    .string()
    .min(1)
    .optional()
    .meta({
      description: 'Waar de waarde staat, als dat een andere bron is dan die van de indicator.',
      examples: ['Jaarverslag Werkcentrum 2025'],
    }),
});
