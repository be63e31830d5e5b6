import { z } from 'astro/zod';

/** Frontmatter of a chapter file: content/<region>/documents/<document>/<file>.mdx */
export const chapterSchema = z.strictObject({
  /** Unique within the document; also the sort key ("1", "2", "3.1", "B1", "art-5"). */
  number: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9.-]*$/, 'gebruik cijfers, letters, punten of streepjes, bv. "3" of "B1"'),
  title: z.string().min(1),
  /** The number as it stands in the source when it is irregular ("3.3.1/2", a duplicate "3"). */
  sourceNumber: z.string().optional(),
  kind: z.enum(['hoofdstuk', 'bijlage', 'artikel', 'deel', 'inleiding', 'pagina']).default('hoofdstuk'),
  /** Hide the number in headings (for unnumbered source pages). */
  unnumbered: z.boolean().default(false),
  summary: z.string().optional(),
});
export type ChapterData = z.output<typeof chapterSchema>;
