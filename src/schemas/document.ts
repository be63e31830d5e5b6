import { z } from 'astro/zod';
import { fuzzyDate, ref } from './common.ts';

export const documentTypes = [
  'beleidsagenda',
  'uitvoeringsagenda',
  'meerjarenagenda',
  'strategische-agenda',
  'adviesrapport',
  'collegeadvies',
  'raadsinformatiebrief',
  'voorblad',
  'planning',
  'memo',
  'convenant',
  'bestuursopdracht',
  'bijlage',
  'kamerbrief',
  'handreiking',
] as const;
export const documentType = z.enum(documentTypes);

export const documentStatuses = [
  'concept',
  'aanzet',
  'voorstel',
  'ter-besluitvorming',
  'vastgesteld',
  'ondertekend',
  'verzonden',
  'gepubliceerd',
  'onbekend',
] as const;
export const documentStatus = z.enum(documentStatuses);

const decision = z.strictObject({
  body: ref.optional(), // a body of this region
  bodyName: z.string().optional(), // when the body is not one of ours (e.g. "College van B&W Venlo")
  date: fuzzyDate,
  outcome: z.enum(['vastgesteld', 'aangenomen', 'ter-kennisname', 'besproken', 'ingestemd', 'ondertekend', 'aangeboden', 'verzonden', 'gepland']),
  note: z.string().optional(),
});

const routeStep = z.strictObject({
  body: ref.optional(),
  bodyName: z.string().optional(),
  meeting: ref.optional(),
  date: fuzzyDate.optional(),
  note: z.string().optional(),
});

/**
 * Whether the published text is the source's own text or an adaptation in our own words. An
 * adaptation (bewerking) carries a visible notice naming the original and where to find it.
 */
const textOrigin = z.strictObject({
  kind: z.enum(['origineel', 'bewerking'], { message: 'kies "origineel" (de tekst zelf) of "bewerking" (in eigen woorden)' }),
  /** Title of the original document as it is published. */
  source: z.string().min(1, 'noem de titel van het originele stuk'),
  /** Date of the original; leave out when the original has none. */
  date: fuzzyDate.optional(),
  /** Where readers find the original (an address or a description); "niet vermeld" when unknown. */
  location: z.string().min(1, 'zeg waar de lezer het originele stuk vindt, of schrijf "niet vermeld"'),
});

const formField = z.strictObject({ label: z.string(), value: z.union([z.string(), z.array(z.string())]) });

export const documentSchema = z
  .strictObject({
    title: z.string().min(1),
    subtitle: z.string().optional(),
    type: documentType,
    status: documentStatus,
    period: z
      .strictObject({ start: z.number().int().min(2000).max(2100), end: z.number().int().min(2000).max(2100) })
      .refine((p) => p.end >= p.start, { message: 'einde van de periode ligt voor het begin', path: ['end'] })
      .optional(),
    date: fuzzyDate.optional(),
    version: z.string().optional(),
    summary: z.string().min(1),
    /** Original text or an adaptation (bewerking) of it; see textOrigin. */
    text: textOrigin.optional(),
    authors: z.array(z.string()).default([]),
    reference: z.string().optional(), // zaaknummer / kenmerk
    purpose: z.string().optional(), // "ter kennisname", "ter besluitvorming"
    decisions: z.array(decision).default([]),
    route: z.array(routeStep).default([]),
    relations: z
      .strictObject({
        partOf: ref.optional(),
        annexOf: ref.optional(),
        supersedes: z.array(ref).default([]),
        implementedBy: z.array(ref).default([]),
        relatedTo: z.array(ref).default([]),
      })
      .default({ supersedes: [], implementedBy: [], relatedTo: [] }),
    /** Earlier documents that are not published here, by name only. */
    supersedesNames: z.array(z.string()).default([]),
    themes: z.array(ref).default([]),
    /** Ordered form fields for a B&W advice form or a meeting cover sheet (voorblad). */
    form: z.array(formField).default([]),
    /** For a raadsinformatiebrief: the letter's fixed parts. The body is the document's chapter(s). */
    letter: z
      .strictObject({
        kenmerk: z.string().optional(),
        onderwerp: z.string(),
        aanhef: z.string().default('Aan de leden van de gemeenteraad'),
        afsluiting: z.string().default('Met vriendelijke groet,'),
        recipients: z.union([z.literal('alle'), z.array(z.string())]).default('alle'),
        sender: z.string().default('college van burgemeester en wethouders'),
        bijlagen: z.array(z.string()).default([]),
      })
      .optional(),
    order: z.number().int().default(100),
  });
export type DocumentData = z.output<typeof documentSchema>;
