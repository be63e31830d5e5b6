import { z } from 'astro/zod';

/** Frontmatter of a chapter file: content/<region>/documents/<document>/<file>.mdx */
export const chapterSchema = z.strictObject({
  /** Unique within the document; also the sort key ("1", "2", "3.1", "B1", "art-5"). */
  number: z
    .string()
    .regex(/^[A-Za-z0-9][A-Za-z0-9.-]*$/, 'gebruik cijfers, letters, punten of streepjes, bv. "3" of "B1"')
    .meta({
      description: 'Nummer van het hoofdstuk, uniek in het document; tussen aanhalingstekens. "B1" voor bijlage 1, "art-5" voor artikel 5.',
      examples: ['3'],
    }),
  title: z
    .string()
    .min(1)
    .meta({ description: 'Titel van het hoofdstuk (de kop boven de pagina).', examples: ['Doelgroepen'] }),
  /** The number as it stands in the source when it is irregular ("3.3.1/2", a duplicate "3"). */
  sourceNumber: z
    .string()
    .optional()
    .meta({ description: 'Het nummer zoals het in de bron staat, als dat afwijkt.', examples: ['3.3.1/2'] }),
  kind: z
    .enum(['hoofdstuk', 'bijlage', 'artikel', 'deel', 'inleiding', 'pagina'])
    .default('hoofdstuk')
    .meta({ description: 'Soort tekst. "pagina" voor de tekst van een brief of een losse pagina zonder nummer.', examples: ['hoofdstuk'] }),
  /** Hide the number in headings (for unnumbered source pages). */
  unnumbered: z
    .boolean()
    .default(false)
    .meta({ description: 'true: toon het nummer niet in de kop.', examples: [false] }),
  summary: z
    .string()
    .optional()
    .meta({ description: 'Korte samenvatting van het hoofdstuk.', examples: ['Welke groepen de regio als eerste helpt.'] }),
});
export type ChapterData = z.output<typeof chapterSchema>;
