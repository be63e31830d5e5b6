import { z } from 'astro/zod';
import { fuzzyDate, localId, ref } from './common.ts';

/** content/<region>/bodies.yaml: Regionaal Beraad, tafels, overleggen. */
export const bodySchema = z.strictObject({
  id: localId,
  name: z.string().min(1),
  aliases: z.array(z.string()).default([]),
  level: z.enum(['bestuurlijk', 'strategisch', 'ambtelijk', 'uitvoerend', 'adviserend']),
  summary: z.string().min(1),
  role: z.string().optional(), // "opdrachtgever", "opdrachtnemer"
  composition: z.array(z.string()).default([]),
  chair: z.string().optional(),
  viceChair: z.string().optional(),
  decisionRule: z.string().optional(),
  frequency: z.string().optional(),
  status: z.enum(['actief', 'gestopt', 'gepland']).default('actief'),
  replaces: z.array(z.string()).default([]),
  replacedBy: ref.optional(),
  document: ref.optional(),
});
export type BodyData = z.output<typeof bodySchema>;

/** content/<region>/meetings.yaml */
export const meetingSchema = z.strictObject({
  id: localId,
  body: ref,
  date: fuzzyDate,
  items: z
    .array(z.strictObject({ label: z.string().min(1), stage: z.enum(['aanzet', 'voorstel', 'besluit', 'bespreking', 'kennisname', 'overig']).default('overig'), theme: ref.optional(), deadline: z.string().optional() }))
    .default([]),
  documents: z.array(ref).default([]),
  note: z.string().optional(),
});
