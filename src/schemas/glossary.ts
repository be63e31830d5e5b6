import { z } from 'astro/zod';

/** content/<region>/glossary.yaml (and content/glossary.yaml for general terms). */
export const glossarySchema = z.strictObject({
  term: z
    .string()
    .min(1)
    .meta({ description: 'De afkorting of het begrip.', examples: ['RWC'] }),
  expansion: z
    .string()
    .min(1)
    .meta({ description: 'Voluit geschreven.', examples: ['Regionaal Werkcentrum'] }),
  definition: z
    .string()
    .optional()
    .meta({ description: 'Uitleg in eigen woorden.', examples: ['Het loket waar werkzoekenden en werkenden terechtkunnen.'] }),
  /** Where the expansion comes from: a document id of this region, or a free description. */
  source: z
    .string()
    .min(1)
    .meta({ description: 'Waar de uitleg vandaan komt: de id van een document, of een omschrijving.', examples: ['memo-rwc-2026'] }),
  aliases: z
    .array(z.string())
    .default([])
    .meta({ description: 'Andere schrijfwijzen.', examples: [['Regionaal WerkCentrum']] }),
});
export type GlossaryData = z.output<typeof glossarySchema>;
