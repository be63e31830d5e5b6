import { z } from 'astro/zod';

/** content/<region>/glossary.yaml (and content/glossary.yaml for general terms). */
export const glossarySchema = z.strictObject({
  term: z.string().min(1),
  expansion: z.string().min(1),
  definition: z.string().optional(),
  /** Where the expansion comes from: a document id of this region, or a free description. */
  source: z.string().min(1),
  aliases: z.array(z.string()).default([]),
});
export type GlossaryData = z.output<typeof glossarySchema>;
