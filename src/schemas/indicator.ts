import { z } from 'astro/zod';
import { geography, localId, ref, unit, value } from './common.ts';
import { measurePoint } from './monitoring.ts';

/** content/<region>/indicators.yaml: single figures (KPIs, key figures, targets). */
export const indicatorSchema = z.strictObject({
  id: localId.meta({ description: 'Vaste naam van het cijfer, bv. onderwerp en jaar.', examples: ['inwoners-2025'] }),
  label: z
    .string()
    .min(1)
    .meta({ description: 'Wat het cijfer is, zoals de site het noemt.', examples: ['Inwoners'] }),
  value,
  /** How the source words an approximate figure ("zo'n 248.000", "ruim 1.500"). */
  qualifier: z
    .enum(['ongeveer', 'ruim', 'bijna', 'meer dan', 'minder dan', 'minimaal', 'maximaal', 'circa'])
    .optional()
    .meta({ description: 'Hoe de bron een afgerond getal verwoordt ("ruim 1.500").', examples: ['ongeveer'] }),
  unit,
  period: z
    .string()
    .min(1)
    .meta({ description: 'Periode waarover het cijfer gaat, tussen aanhalingstekens als het een jaartal is.', examples: ['2025'] }),
  geography,
  source: z
    .string()
    .min(1)
    .meta({ description: 'Bron van het cijfer.', examples: ['Waarstaatjegemeente.nl'] }),
  kind: z
    .enum(['feit', 'doel', 'prognose'])
    .default('feit')
    .meta({ description: 'Een gemeten feit, een doel of een prognose.', examples: ['feit'] }),
  key: z
    .boolean()
    .default(false)
    .meta({ description: 'true: toon als kerncijfer op de regiopagina.', examples: [true] }),
  theme: ref.optional().meta({ description: 'Thema (id) waar het cijfer bij hoort.', examples: ['sociale-opgave'] }),
  document: ref
    .optional()
    .meta({ description: 'Document (id) waar het cijfer uit komt.', examples: ['bestuursopdracht-meerjarenbeleidsagenda'] }),
  note: z
    .string()
    .optional()
    .meta({ description: 'Opmerking, bv. waar de bron zichzelf tegenspreekt.', examples: ['Hoofdstuk 2 noemt 250.000.'] }),
  /** Monitoring (src/schemas/monitoring.ts): the nulmeting and the target of a KPI, where the source states them. */
  baseline: measurePoint.optional().meta({
    description: 'Nulmeting: de beginwaarde van de KPI, alleen als de bron die noemt.',
    examples: [{ value: 400, period: '2025' }],
  }),
  target: measurePoint.optional().meta({
    description: 'Doel: de streefwaarde van de KPI, alleen als de bron die noemt (een indicator met kind: doel is zelf al een doel).',
    examples: [{ value: 1000, period: '2027' }],
  }),
});
export type IndicatorData = z.output<typeof indicatorSchema>;
