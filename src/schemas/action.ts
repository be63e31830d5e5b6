import { z } from 'astro/zod';
import { fuzzyDate, ref, value } from './common.ts';

const party = z.strictObject({
  name: z.string().min(1),
  role: z.enum([
    'trekker',
    'eigenaar',
    'belegd-bij',
    'opdrachtgever',
    'opdrachtgever-ambtelijk',
    'opdrachtgever-bestuurlijk',
    'opdrachtnemer',
    'coordinerend',
    'adviserend',
    'kaderstellend',
    'uitvoerder',
    'partner',
    'betrokken',
    'financier',
  ]),
  note: z.string().optional(),
});

/** content/<region>/actions.yaml: uitvoeringsagenda actions and memo items. */
export const actionSchema = z.strictObject({
  id: z.string().regex(/^[0-9A-Za-z][0-9A-Za-z.-]*$/, 'gebruik een nummer als "2.1.3" of een korte code'),
  title: z.string().min(1),
  description: z.string().min(1),
  themes: z.array(ref).min(1, 'koppel de actie aan minstens één thema'),
  type: z.enum(['uitvoeren', 'verkennen', 'ontwikkelen', 'borgen', 'gerealiseerd', 'voorbereiden']),
  parent: z.string().optional(),
  group: z.string().optional(), // e.g. "Te realiseren in overgangsjaar 2026"
  parties: z.array(party).default([]),
  timing: z
    .object({ start: fuzzyDate.optional(), end: fuzzyDate.optional(), label: z.string().optional() })
    .optional(),
  kpis: z.array(z.string()).default([]),
  /** Intended effects as the source lists them ("Beoogde effecten"), in our own words. */
  effects: z.array(z.string().min(1)).default([]),
  indicators: z.array(ref).default([]),
  budget: z.strictObject({ value, note: z.string().optional() }).optional(),
  status: z.enum(['gepland', 'lopend', 'gerealiseerd', 'in-voorbereiding', 'onbekend']).default('gepland'),
  document: ref.optional(),
});
export type ActionData = z.output<typeof actionSchema>;
