import { z } from 'astro/zod';
import { fuzzyDate, localId, ref } from './common.ts';

/** content/<region>/bodies.yaml: Regionaal Beraad, tafels, overleggen. */
export const bodySchema = z.strictObject({
  id: localId,
  name: z
    .string()
    .min(1)
    .meta({ description: 'Naam van het overleg.', examples: ['Regionaal Beraad'] }),
  aliases: z
    .array(z.string())
    .default([])
    .meta({ description: 'Andere namen of afkortingen in de bronnen.', examples: [['RB']] }),
  level: z
    .enum(['bestuurlijk', 'strategisch', 'ambtelijk', 'uitvoerend', 'adviserend'])
    .meta({ description: 'Niveau van het overleg.', examples: ['bestuurlijk'] }),
  summary: z
    .string()
    .min(1)
    .meta({
      description: 'Wat het overleg doet, in eigen woorden.',
      examples: ['Het bestuurlijke overleg dat de meerjarenagenda vaststelt.'],
    }),
  role: z
    .string()
    .optional()
    .meta({ description: 'Rol in de samenwerking.', examples: ['opdrachtgever'] }), // "opdrachtgever", "opdrachtnemer"
  composition: z
    .array(z.string())
    .default([])
    .meta({
      description: 'Wie er in zitten, één regel per lid of groep.',
      examples: [['Portefeuillehouder arbeidsmarktbeleid centrumgemeente (voorzitter)', 'UWV']],
    }),
  chair: z
    .string()
    .optional()
    .meta({
      description: 'Voorzitter (functie, geen naam nodig).',
      examples: ['Portefeuillehouder arbeidsmarktbeleid van de centrumgemeente'],
    }),
  viceChair: z
    .string()
    .optional()
    .meta({ description: 'Vicevoorzitter.', examples: ['Vertegenwoordiger van UWV'] }),
  decisionRule: z
    .string()
    .optional()
    .meta({ description: 'Hoe het overleg besluit.', examples: ['Besluiten bij consensus'] }),
  frequency: z
    .string()
    .optional()
    .meta({ description: 'Hoe vaak het overleg bijeenkomt.', examples: ['minstens vier keer per jaar'] }),
  status: z
    .enum(['actief', 'gestopt', 'gepland'])
    .default('actief')
    .meta({ description: 'Of het overleg bestaat, gestopt is of nog komt.', examples: ['actief'] }),
  replaces: z
    .array(z.string())
    .default([])
    .meta({ description: 'Namen van overleggen die dit overleg vervangt.', examples: [['Werkkamer']] }),
  replacedBy: ref
    .optional()
    .meta({ description: 'Voor een gestopt overleg: het overleg (id) dat het vervangt.', examples: ['managersoverleg'] }),
  document: ref
    .optional()
    .meta({ description: 'Het document (id) dat het overleg instelt of beschrijft.', examples: ['convenant-regionaal-beraad'] }),
});
export type BodyData = z.output<typeof bodySchema>;

/** content/<region>/meetings.yaml */
export const meetingSchema = z.strictObject({
  id: localId.meta({ description: 'Vaste naam van de vergadering, bv. overleg en datum.', examples: ['rb-2026-05-07'] }),
  body: ref.meta({ description: 'Het overleg (id uit bodies.yaml) dat vergadert.', examples: ['regionaal-beraad'] }),
  date: fuzzyDate.meta({ description: 'Datum van de vergadering, tussen aanhalingstekens.', examples: ['2026-05-07'] }),
  items: z
    .array(
      z.strictObject({
        label: z
          .string()
          .min(1)
          .meta({ description: 'Het agendapunt.', examples: ['Opgaven en planning 2026'] }),
        stage: z
          .enum(['aanzet', 'voorstel', 'besluit', 'bespreking', 'kennisname', 'overig'])
          .default('overig')
          .meta({ description: 'Wat er met het punt gebeurt.', examples: ['kennisname'] }),
        theme: ref.optional().meta({ description: 'Thema (id) van het punt.', examples: ['sociale-opgave'] }),
        deadline: z
          .string()
          .optional()
          .meta({ description: 'Uiterste datum in woorden.', examples: ['12 mei'] }),
      }),
    )
    .default([])
    .meta({ description: 'Agendapunten.', examples: [[{ label: 'Opgaven en planning 2026', stage: 'kennisname' }]] }),
  documents: z
    .array(ref)
    .default([])
    .meta({ description: 'Documenten (id) die op de vergadering voorliggen.', examples: [['opgaven-en-planning-2026']] }),
  note: z
    .string()
    .optional()
    .meta({ description: 'Opmerking bij de vergadering.', examples: ['Extra vergadering'] }),
});
