import { z } from 'astro/zod';
import { fuzzyDate, ref, value } from './common.ts';

const party = z
  .strictObject({
    name: z
      .string()
      .min(1)
      .meta({ description: 'Naam van de partij of organisatie.', examples: ['UWV'] }),
    role: z
      .enum([
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
      ])
      .meta({ description: 'Rol van de partij bij deze actie.', examples: ['trekker'] }),
    note: z
      .string()
      .optional()
      .meta({ description: 'Toelichting op de rol.', examples: ['namens de werkgevers'] }),
  })
  .meta({ description: 'Een partij met haar rol.' });

/** content/<region>/actions.yaml: uitvoeringsagenda actions and memo items. */
export const actionSchema = z.strictObject({
  id: z
    .string()
    .regex(/^[0-9A-Za-z][0-9A-Za-z.-]*$/, 'gebruik een nummer als "2.1.3" of een korte code')
    .meta({
      description: 'Nummer van de actie zoals in de uitvoeringsagenda, of een korte code. Zet een nummer tussen aanhalingstekens.',
      examples: ['2.1.3'],
    }),
  title: z
    .string()
    .min(1)
    .meta({ description: 'Korte titel van de actie.', examples: ['Leerwerkloket uitbreiden'] }),
  description: z
    .string()
    .min(1)
    .meta({
      description: 'Wat de actie inhoudt, in eigen woorden.',
      examples: ['Het leerwerkloket krijgt een spreekuur in elke gemeente.'],
    }),
  themes: z
    .array(ref)
    .min(1, 'koppel de actie aan minstens één thema')
    .meta({
      description: "Thema's (id uit themes.yaml van de regio) waar de actie onder valt; minstens één.",
      examples: [['leven-lang-ontwikkelen']],
    }),
  type: z
    .enum(['uitvoeren', 'verkennen', 'ontwikkelen', 'borgen', 'gerealiseerd', 'voorbereiden'])
    .meta({ description: 'Soort actie.', examples: ['uitvoeren'] }),
  parent: z
    .string()
    .optional()
    .meta({ description: 'Nummer van de hoofdactiviteit waar deze actie onder valt.', examples: ['2.1'] }),
  group: z
    .string()
    .optional()
    .meta({ description: 'Kopje waaronder de bron de actie groepeert.', examples: ['Te realiseren in overgangsjaar 2026'] }), // e.g. "Te realiseren in overgangsjaar 2026"
  parties: z
    .array(party)
    .default([])
    .meta({ description: 'Partijen met hun rol (trekker, partner, ...).', examples: [[{ name: 'UWV', role: 'trekker' }]] }),
  timing: z
    .strictObject({
      start: fuzzyDate.optional(),
      end: fuzzyDate.optional(),
      label: z
        .string()
        .optional()
        .meta({ description: 'Looptijd zoals de site hem toont.', examples: ['2026-2027'] }),
    })
    .refine((t) => !t.start || !t.end || t.end.end >= t.start.start, {
      message: 'het einde ligt voor het begin; controleer start en end',
      path: ['end'],
    })
    .optional()
    .meta({
      description: 'Looptijd: start en einde als datum, en eventueel een label.',
      examples: [{ start: '2026', end: '2027', label: '2026-2027' }],
    }),
  kpis: z
    .array(z.string())
    .default([])
    .meta({ description: 'Prestatie-indicatoren in woorden.', examples: [['Aantal deelnemers aan het leerwerkloket']] }),
  /** Intended effects as the source lists them ("Beoogde effecten"), in our own words. */
  effects: z
    .array(z.string().min(1))
    .default([])
    .meta({
      description: 'Beoogde effecten van de actie zoals de bron ze noemt, in eigen woorden; één regel per effect.',
      examples: [['Meer werkgevers bieden leerbanen aan.']],
    }),
  indicators: z
    .array(ref)
    .default([])
    .meta({ description: 'Indicatoren (id uit indicators.yaml) die bij deze actie horen.', examples: [['deelnemers-llo-2026']] }),
  budget: z
    .strictObject({
      value,
      note: z
        .string()
        .optional()
        .meta({ description: 'Toelichting op het budget.', examples: ['per jaar'] }),
    })
    .optional()
    .meta({ description: 'Budget in euro\'s; value mag "PM" zijn.', examples: [{ value: 250000 }] }),
  status: z
    .enum(['gepland', 'lopend', 'gerealiseerd', 'in-voorbereiding', 'onbekend'])
    .default('gepland')
    .meta({ description: 'Stand van de actie.', examples: ['lopend'] }),
  document: ref.optional().meta({
    description: 'Het document (id) waarin de actie staat, meestal de uitvoeringsagenda.',
    examples: ['uitvoeringsagenda-2026-2027'],
  }),
});
export type ActionData = z.output<typeof actionSchema>;
