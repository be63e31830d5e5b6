import { z } from 'astro/zod';
import { geography, localId, ref, unit, value } from './common.ts';
import { measurePoint } from './monitoring.ts';

/** content/<region>/indicators.yaml: single figures (KPIs, key figures, targets). */
export const indicatorSchema = z.strictObject({
  id: localId,
  label: z.string().min(1),
  value,
  /** How the source words an approximate figure ("zo'n 248.000", "ruim 1.500"). */
  qualifier: z.enum(['ongeveer', 'ruim', 'bijna', 'meer dan', 'minder dan', 'minimaal', 'maximaal', 'circa']).optional(),
  unit,
  period: z.string().min(1),
  geography,
  source: z.string().min(1),
  kind: z.enum(['feit', 'doel', 'prognose']).default('feit'),
  key: z.boolean().default(false),
  theme: ref.optional(),
  document: ref.optional(),
  note: z.string().optional(),
  /** Monitoring (src/schemas/monitoring.ts): the nulmeting and the target of a KPI, where the source states them. */
  baseline: measurePoint.optional().describe('Nulmeting: de beginwaarde van de KPI, alleen als de bron die noemt.'),
  target: measurePoint.optional().describe('Doel: de streefwaarde van de KPI, alleen als de bron die noemt (een indicator met kind: doel is zelf al een doel).'),
});
export type IndicatorData = z.output<typeof indicatorSchema>;
