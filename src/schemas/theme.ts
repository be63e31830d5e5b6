import { z } from 'astro/zod';
import { localId, nationalOpgave, ref } from './common.ts';

/** content/themes.yaml: the four national opgaven and the themes shared across regions. */
export const sharedThemeSchema = z.strictObject({
  id: localId,
  title: z.string().min(1),
  kind: z.enum(['nationale-opgave', 'gedeeld-thema']),
  summary: z.string().min(1),
  aliases: z.array(z.string()).default([]),
});

/** content/<region>/themes.yaml: the region's own opgaven. */
export const themeSchema = z.strictObject({
  id: localId,
  title: z.string().min(1),
  number: z.string().optional(),
  aliases: z.array(z.string()).default([]),
  national: z.array(nationalOpgave).min(1, 'koppel het thema aan minstens één landelijke opgave (sociaal, economisch, ontwikkel, samenwerking)'),
  shared: z.array(ref).default([]),
  summary: z.string().min(1),
  goals: z.array(z.string()).default([]),
  document: ref.optional(),
});
export type ThemeData = z.output<typeof themeSchema>;
