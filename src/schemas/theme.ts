import { z } from 'astro/zod';
import { localId, nationalOpgave, ref } from './common.ts';

/** content/themes.yaml: the four national opgaven and the themes shared across regions. */
export const sharedThemeSchema = z.strictObject({
  id: localId.meta({ description: 'Vaste naam van de opgave of het gedeelde thema.', examples: ['inclusieve-arbeidsmarkt'] }),
  title: z
    .string()
    .min(1)
    .meta({ description: 'Titel.', examples: ['Inclusieve arbeidsmarkt'] }),
  kind: z
    .enum(['nationale-opgave', 'gedeeld-thema'])
    .meta({ description: "Een van de vier landelijke opgaven, of een thema dat regio's delen.", examples: ['gedeeld-thema'] }),
  summary: z
    .string()
    .min(1)
    .meta({ description: 'Korte beschrijving in eigen woorden.', examples: ['Werk voor mensen die nu aan de kant staan.'] }),
  aliases: z
    .array(z.string())
    .default([])
    .meta({ description: 'Andere namen in de bronnen.', examples: [['Werk voor iedereen']] }),
});

/** content/<region>/themes.yaml: the region's own opgaven. */
export const themeSchema = z.strictObject({
  id: localId.meta({
    description: 'Vaste naam van het thema; acties, cijfers en documenten verwijzen ernaar.',
    examples: ['sociale-opgave'],
  }),
  title: z
    .string()
    .min(1)
    .meta({ description: 'Titel van het thema.', examples: ['De sociale opgave'] }),
  number: z
    .string()
    .optional()
    .meta({ description: 'Nummer van het thema in de bron, tussen aanhalingstekens.', examples: ['1'] }),
  aliases: z
    .array(z.string())
    .default([])
    .meta({ description: 'Andere titels in de bron.', examples: [['Werk voor iedereen']] }),
  national: z
    .array(nationalOpgave)
    .min(1, 'koppel het thema aan minstens één landelijke opgave (sociaal, economisch, ontwikkel, samenwerking)')
    .meta({ description: 'De landelijke opgave(n) waar het thema onder valt; minstens één.', examples: [['sociaal']] }),
  shared: z
    .array(ref)
    .default([])
    .meta({
      description: "Gedeelde thema's (id uit content/themes.yaml), zodat de site regio's kan vergelijken.",
      examples: [['inclusieve-arbeidsmarkt']],
    }),
  summary: z
    .string()
    .min(1)
    .meta({ description: 'Korte beschrijving in eigen woorden.', examples: ['Wat de regio doet voor mensen die werk zoeken.'] }),
  goals: z
    .array(z.string())
    .default([])
    .meta({
      description: 'Doelen of subdoelen van het thema.',
      examples: [['Subdoel 1 Oprichten en doorontwikkelen van het Werkcentrum']],
    }),
  document: ref
    .optional()
    .meta({ description: 'Document (id) waarin het thema beschreven staat.', examples: ['bestuursopdracht-meerjarenbeleidsagenda'] }),
});
export type ThemeData = z.output<typeof themeSchema>;
