import { z } from 'astro/zod';
import { localId } from './common.ts';
import { contrastOnWhite, MIN_TEXT_CONTRAST, ratioLabel } from '../core/contrast.ts';

export const signatory = z
  .strictObject({
    role: z
      .string()
      .min(1)
      .meta({ description: 'Functie van de ondertekenaar.', examples: ['burgemeester'] }), // "burgemeester", "secretaris", "wethouder Werk en Inkomen"
    name: z
      .string()
      .optional()
      .meta({ description: 'Naam; laat weg als de bron geen naam geeft.', examples: ['J. de Vries'] }), // left out when the sources do not name the person
  })
  .meta({ description: 'Eén ondertekenaar van de raadsinformatiebrief.' });

export const gemeente = z
  .strictObject({
    id: localId.meta({ description: 'Vaste naam van de gemeente (kleine letters, streepjes).', examples: ['hilversum'] }),
    name: z
      .string()
      .min(1)
      .meta({ description: 'Naam van de gemeente.', examples: ['Hilversum'] }),
    centrumgemeente: z
      .boolean()
      .default(false)
      .meta({ description: 'true bij precies één gemeente: de centrumgemeente.', examples: [true] }),
    /** The gemeente's own website, only where a source gives it (the help page links it). */
    website: z
      .string()
      .regex(/^https?:\/\/[^\s/]+\.[^\s]+$/, 'verwacht een webadres dat begint met http:// of https://')
      .optional()
      .meta({
        description: 'Website van de gemeente, precies zoals een bron die noemt; laat weg als geen bron een webadres geeft.',
        examples: ['https://www.hilversum.nl/'],
      }),
    /** Address lines for a letterhead ("Postbus 9900", "1201 DM Hilversum"); optional. */
    address: z
      .array(z.string())
      .default([])
      .meta({
        description: 'Adresregels voor het briefhoofd van de raadsinformatiebrief.',
        examples: [['Postbus 9900', '1201 DM Hilversum']],
      }),
    logo: z
      .string()
      .regex(
        /^[a-z0-9]+(?:-[a-z0-9]+)*\.(svg|png)$/,
        'verwacht de naam van een .svg- of .png-bestand in de map logos/ van de regio, bv. "venlo.svg"',
      )
      .optional()
      .meta({
        description:
          'Logo voor het briefhoofd: de naam van een SVG- of PNG-bestand in de map logos/ van de regio (SVG tot 100 kB, PNG tot 300 kB).',
        examples: ['venlo.svg'],
      }),
    signatories: z
      .array(signatory)
      .default([{ role: 'burgemeester' }, { role: 'secretaris' }])
      .meta({
        description: 'Wie de raadsinformatiebrief ondertekent; standaard burgemeester en secretaris zonder naam.',
        examples: [[{ role: 'burgemeester' }, { role: 'secretaris' }]],
      }),
  })
  .meta({ description: 'Een gemeente van de regio.' });

const hex = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'verwacht een kleur als #rrggbb');
/** The accent colour carries white text (header, buttons) and is used as link colour on white. */
const accentColour = hex.refine((c) => !/^#[0-9a-fA-F]{6}$/.test(c) || contrastOnWhite(c) >= MIN_TEXT_CONTRAST, {
  error: (i) =>
    `kleur ${String(i.input)} heeft op wit een contrast van ${ratioLabel(contrastOnWhite(String(i.input)))}; nodig is minstens 4,5:1 (WCAG): kies een donkerdere kleur`,
});

export const regionSchema = z.strictObject({
  name: z
    .string()
    .min(1)
    .meta({ description: 'Naam van de arbeidsmarktregio.', examples: ['Gooi en Vechtstreek'] }),
  shortName: z
    .string()
    .optional()
    .meta({ description: 'Korte naam.', examples: ['G&V'] }),
  /** Number of the source document, for traceability ("004"). */
  sourceFile: z
    .string()
    .optional()
    .meta({ description: 'Nummer van het brondocument, tussen aanhalingstekens.', examples: ['004'] }),
  summary: z
    .string()
    .min(1)
    .meta({
      description: 'Twee of drie zinnen in eigen woorden over de regio en haar agenda.',
      examples: ['Zeven gemeenten werken samen aan werk voor iedereen.'],
    }),
  municipalities: z
    .array(gemeente)
    .min(1)
    .meta({
      description: 'De gemeenten van de regio; precies één met centrumgemeente: true.',
      examples: [
        [
          { id: 'hilversum', name: 'Hilversum', centrumgemeente: true },
          { id: 'blaricum', name: 'Blaricum' },
        ],
      ],
    }),
  /** Shown under the list when the sources do not name every gemeente of the region. */
  municipalitiesNote: z
    .string()
    .min(1)
    .optional()
    .meta({
      description: 'Toelichting onder de lijst van gemeenten als de bronnen niet alle gemeenten noemen.',
      examples: ['De bronnen noemen twee van de acht gemeenten.'],
    }),
  werkcentrum: z
    .strictObject({
      name: z.string().meta({ description: 'Naam van het werkcentrum.', examples: ['Werkcentrum Gooi en Vechtstreek'] }),
      description: z
        .string()
        .optional()
        .meta({ description: 'Korte beschrijving.', examples: ['Eén loket voor werkzoekenden en werkgevers.'] }),
      /** What a resident can do there now: for the help page (/<regio>/hulp/). Facts from the sources only. */
      forResidents: z
        .string()
        .min(1)
        .optional()
        .meta({
          description:
            'Voor de pagina ‘Hulp bij werk en inkomen’: wat inwoners nu bij het werkcentrum of werkgeversservicepunt kunnen, in eigen woorden en alleen met feiten uit de bron (geen adres of telefoonnummer dat de bron niet geeft).',
          examples: ['Het werkcentrum is sinds 1 januari 2026 online te vinden; een fysieke plek volgt.'],
        }),
    })
    .meta({ description: 'Het regionale werkcentrum.', examples: [{ name: 'Werkcentrum Gooi en Vechtstreek' }] }),
  partners: z
    .array(
      z.strictObject({
        name: z.string().meta({ description: 'Naam van de partner.', examples: ['UWV'] }),
        role: z
          .string()
          .optional()
          .meta({ description: 'Rol van de partner.', examples: ['kernpartner'] }),
        kind: z
          .string()
          .optional()
          .meta({ description: 'Soort organisatie.', examples: ['onderwijs'] }),
      }),
    )
    .default([])
    .meta({ description: 'Partners in de regio.', examples: [[{ name: 'UWV', role: 'kernpartner' }]] }),
  theme: z
    .strictObject({
      accent: accentColour.meta({
        description: 'Accentkleur als #rrggbb; moet op wit een contrast van minstens 4,5:1 halen.',
        examples: ['#7a1f5c'],
      }),
      accentDark: hex.optional().meta({ description: 'Donkere variant van de accentkleur.', examples: ['#4a1238'] }),
    })
    .meta({ description: 'Kleuren van de regio op de site.', examples: [{ accent: '#7a1f5c' }] }),
  order: z
    .number()
    .int()
    .default(100)
    .meta({ description: "Plaats in lijsten van regio's (laag eerst).", examples: [5] }),
});
export type Region = z.output<typeof regionSchema>;
