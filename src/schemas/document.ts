import { z } from 'astro/zod';
import { fuzzyDate, localId, ref } from './common.ts';
import { signatory } from './region.ts';

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
export const documentType = z.enum(documentTypes).meta({
  description:
    'Soort document; bepaalt hoe het wordt afgedrukt (een collegeadvies en een voorblad als formulier, een raadsinformatiebrief als brief per gemeente).',
  examples: ['meerjarenagenda'],
});

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
export const documentStatus = z.enum(documentStatuses).meta({
  description:
    'Stand van het document. Bij concept, aanzet, voorstel en ter-besluitvorming krijgt de afdruk het watermerk CONCEPT; een raadsinformatiebrief alleen bij concept of met letter.concept: true.',
  examples: ['concept'],
});

const decision = z
  .strictObject({
    body: ref
      .optional()
      .meta({ description: 'Het overleg (id uit bodies.yaml van de regio) dat besloot.', examples: ['regionaal-beraad'] }), // a body of this region
    bodyName: z
      .string()
      .optional()
      .meta({
        description: 'Naam van een orgaan dat niet in bodies.yaml staat (gebruik dan geen body).',
        examples: ['College van B&W Venlo'],
      }), // when the body is not one of ours (e.g. "College van B&W Venlo")
    date: fuzzyDate.meta({ description: 'Datum van het besluit, tussen aanhalingstekens.', examples: ['2026-05-07'] }),
    outcome: z
      .enum(['vastgesteld', 'aangenomen', 'ter-kennisname', 'besproken', 'ingestemd', 'ondertekend', 'aangeboden', 'verzonden', 'gepland'])
      .meta({
        description: 'Wat er besloten is. Zet bij "vastgesteld" ook de status van het document op vastgesteld.',
        examples: ['vastgesteld'],
      }),
    note: z
      .string()
      .optional()
      .meta({ description: 'Toelichting op het besluit.', examples: ['met twee amendementen'] }),
  })
  .meta({ description: 'Eén besluit: welk overleg, wanneer, met welke uitkomst.' });

const routeStep = z
  .strictObject({
    body: ref.optional().meta({ description: 'Het overleg (id uit bodies.yaml) waar het stuk langsgaat.', examples: ['managersoverleg'] }),
    bodyName: z
      .string()
      .optional()
      .meta({ description: 'Naam van een overleg dat niet in bodies.yaml staat.', examples: ['Portefeuillehoudersoverleg'] }),
    meeting: ref.optional().meta({ description: 'De vergadering (id uit meetings.yaml).', examples: ['rb-2026-05-07'] }),
    date: fuzzyDate.optional().meta({ description: 'Datum van deze stap, tussen aanhalingstekens.', examples: ['2026-03-16'] }),
    note: z
      .string()
      .optional()
      .meta({ description: 'Toelichting op deze stap.', examples: ['ter voorbereiding'] }),
  })
  .meta({ description: 'Eén stap van de route langs overleggen.' });

/**
 * Whether the published text is the source's own text or an adaptation in our own words. An
 * adaptation (bewerking) carries a visible notice naming the original and where to find it.
 */
const textOrigin = z
  .strictObject({
    kind: z.enum(['origineel', 'bewerking'], { message: 'kies "origineel" (de tekst zelf) of "bewerking" (in eigen woorden)' }).meta({
      description: 'origineel: de tekst van het stuk zelf; bewerking: in eigen woorden weergegeven (de site toont dan een melding).',
      examples: ['bewerking'],
    }),
    /** Title of the original document as it is published. */
    source: z
      .string()
      .min(1, 'noem de titel van het originele stuk')
      .meta({
        description: 'Titel van het originele stuk zoals het is gepubliceerd.',
        examples: ['Meerjarenagenda arbeidsmarktregio 2026-2030'],
      }),
    /** Date of the original; leave out when the original has none. */
    date: fuzzyDate.optional().meta({
      description: 'Datum van het originele stuk, tussen aanhalingstekens; laat weg als het geen datum heeft.',
      examples: ['2025-12-12'],
    }),
    /** Where readers find the original (an address or a description); "niet vermeld" when unknown. */
    location: z
      .string()
      .min(1, 'zeg waar de lezer het originele stuk vindt, of schrijf "niet vermeld"')
      .meta({
        description: 'Waar de lezer het origineel vindt: een webadres of een omschrijving; "niet vermeld" als dat onbekend is.',
        examples: ['niet vermeld'],
      }),
  })
  .meta({ description: 'Of de tekst het origineel is of een bewerking, en welk stuk het origineel is.' });

const formField = z
  .strictObject({
    label: z
      .string()
      .meta({ description: 'Naam van het veld op het formulier, precies zoals in de tabel in docs/CONTENT.md.', examples: ['Onderwerp'] }),
    value: z
      .union([z.string(), z.array(z.string())])
      .meta({ description: 'Inhoud van het veld: één regel tekst of een lijst van regels.', examples: ['Meerjarenagenda 2026-2030'] }),
  })
  .meta({ description: 'Eén veld van een formulier (label en waarde).' });

const contactPerson = z
  .strictObject({
    naam: z
      .string()
      .min(1, 'noem de naam van de contactpersoon')
      .meta({ description: 'Naam van de contactpersoon.', examples: ['J. Jansen'] }),
    telefoon: z
      .string()
      .optional()
      .meta({ description: 'Telefoonnummer, tussen aanhalingstekens.', examples: ['077 359 66 66'] }),
    email: z
      .string()
      .regex(/^[^\s@]+@[^\s@]+\.[^\s@]+$/, 'verwacht een e-mailadres zoals naam@gemeente.nl')
      .optional()
      .meta({ description: 'E-mailadres.', examples: ['griffie@venlo.nl'] }),
  })
  .meta({
    description: 'Contactpersoon voor vragen over de brief.',
    examples: [{ naam: 'J. Jansen', telefoon: '077 359 66 66', email: 'griffie@venlo.nl' }],
  });

/** What one gemeente sets differently from the shared letter (its own date, kenmerk, signatories). */
const letterLocal = z
  .strictObject({
    datum: fuzzyDate.optional().meta({
      description: 'Datum waarop deze gemeente de brief verstuurt, tussen aanhalingstekens; anders de datum van de gedeelde brief.',
      examples: ['2025-03-20'],
    }),
    kenmerk: z
      .string()
      .min(1)
      .optional()
      .meta({
        description: 'Kenmerk of zaaknummer waaronder deze gemeente de brief registreert, tussen aanhalingstekens.',
        examples: ['Z/25/123456'],
      }),
    contactpersoon: contactPerson.optional(),
    portefeuillehouder: z
      .string()
      .min(1)
      .optional()
      .meta({ description: 'Portefeuillehouder in deze gemeente.', examples: ['wethouder J. de Vries'] }),
    ondertekening: z
      .array(signatory)
      .min(1, 'noem minstens één ondertekenaar, of laat ondertekening weg')
      .optional()
      .meta({
        description: 'Wie de brief in deze gemeente ondertekent; anders de ondertekenaars van de gemeente in region.yaml.',
        examples: [
          [
            { role: 'burgemeester', name: 'A. Bakker' },
            { role: 'secretaris', name: 'C. de Wit' },
          ],
        ],
      }),
    lokaleAlinea: z
      .string()
      .min(1)
      .optional()
      .meta({
        description: 'Een eigen alinea van deze gemeente, na de gedeelde tekst.',
        examples: ['In onze gemeente bespreekt de commissie Sociaal Domein de brief op 14 april.'],
      }),
  })
  .meta({
    description: 'Wat deze gemeente anders heeft dan de gedeelde brief; wat u weglaat, komt uit de gedeelde brief.',
    examples: [{ datum: '2025-03-20', kenmerk: 'Z/25/123456' }],
  });

export const documentSchema = z.strictObject({
  title: z
    .string()
    .min(1)
    .meta({ description: 'Titel van het document.', examples: ['Meerjarenagenda Midden-Utrecht 2026-2030'] }),
  subtitle: z
    .string()
    .optional()
    .meta({ description: 'Ondertitel.', examples: ['Samen naar een inclusieve arbeidsmarkt'] }),
  type: documentType,
  status: documentStatus,
  period: z
    .strictObject({
      start: z
        .number()
        .int()
        .min(2000)
        .max(2100)
        .meta({ description: 'Eerste jaar.', examples: [2026] }),
      end: z
        .number()
        .int()
        .min(2000)
        .max(2100)
        .meta({ description: 'Laatste jaar.', examples: [2030] }),
    })
    .refine((p) => p.end >= p.start, { message: 'einde van de periode ligt voor het begin', path: ['end'] })
    .optional()
    .meta({ description: 'Looptijd in jaren: start en end, als getal.', examples: [{ start: 2026, end: 2030 }] }),
  date: fuzzyDate.optional().meta({ description: 'Datum van het document, tussen aanhalingstekens.', examples: ['2025-12-12'] }),
  version: z
    .string()
    .optional()
    .meta({ description: 'Versie zoals op het stuk.', examples: ['versie 19 maart'] }),
  summary: z
    .string()
    .min(1)
    .meta({
      description: 'Eén alinea in eigen woorden over het document.',
      examples: ['De agenda beschrijft wat de regio de komende vijf jaar doet.'],
    }),
  /** Original text or an adaptation (bewerking) of it; see textOrigin. */
  text: textOrigin.optional().meta({
    description:
      'Of de tekst het origineel is of een bewerking in eigen woorden; bij een bewerking toont de site een melding met titel, datum en vindplaats van het origineel.',
    examples: [{ kind: 'bewerking', source: 'Meerjarenagenda 2026-2030', date: '2025-12-12', location: 'niet vermeld' }],
  }),
  authors: z
    .array(z.string())
    .default([])
    .meta({ description: 'Wie het document schreef of uitbracht.', examples: [['Regionaal Beraad']] }),
  reference: z
    .string()
    .optional()
    .meta({ description: 'Zaaknummer of kenmerk, tussen aanhalingstekens.', examples: ['1877013'] }), // zaaknummer / kenmerk
  purpose: z
    .string()
    .optional()
    .meta({ description: 'Doel van het stuk.', examples: ['ter kennisname'] }), // "ter kennisname", "ter besluitvorming"
  decisions: z
    .array(decision)
    .default([])
    .meta({
      description: 'Besluitgeschiedenis: elk besluit met overleg, datum en uitkomst.',
      examples: [[{ body: 'regionaal-beraad', date: '2025-12-12', outcome: 'vastgesteld' }]],
    }),
  route: z
    .array(routeStep)
    .default([])
    .meta({ description: 'Route van het stuk langs overleggen en vergaderingen (voorblad).', examples: [[{ meeting: 'rb-2026-05-07' }]] }),
  relations: z
    .strictObject({
      partOf: ref.optional().meta({ description: 'Het document (id) waar dit een deel van is.', examples: ['opgaven-en-planning-2026'] }),
      annexOf: ref
        .optional()
        .meta({ description: 'Het document (id) waar dit een bijlage bij is.', examples: ['meerjarenagenda-2026-2030'] }),
      supersedes: z
        .array(ref)
        .default([])
        .meta({ description: 'Documenten (id) die dit document vervangt.', examples: [['doe-agenda-2023']] }),
      implementedBy: z
        .array(ref)
        .default([])
        .meta({ description: 'Documenten (id) die dit document uitvoeren.', examples: [['uitvoeringsagenda-2026-2027']] }),
      relatedTo: z
        .array(ref)
        .default([])
        .meta({ description: 'Andere verwante documenten (id).', examples: [['landelijk/kamerbrief-2024']] }),
    })
    .default({ supersedes: [], implementedBy: [], relatedTo: [] })
    .meta({ description: 'Verbanden met andere documenten.', examples: [{ implementedBy: ['uitvoeringsagenda-2026-2027'] }] }),
  /** Earlier documents that are not published here, by name only. */
  supersedesNames: z
    .array(z.string())
    .default([])
    .meta({ description: 'Namen van eerdere documenten die niet op de site staan.', examples: [['Doe-agenda 2020-2022']] }),
  themes: z
    .array(ref)
    .default([])
    .meta({ description: "Thema's (id uit themes.yaml) waar het document over gaat.", examples: [['sociale-opgave']] }),
  /** Ordered form fields for a B&W advice form or a meeting cover sheet (voorblad). */
  form: z
    .array(formField)
    .default([])
    .meta({
      description: 'Velden van een collegeadvies, voorblad of memokop, in de vaste volgorde.',
      examples: [[{ label: 'Onderwerp', value: 'Meerjarenagenda 2026-2030' }]],
    }),
  /** For a raadsinformatiebrief: the letter's fixed parts. The body is the document's chapter(s). */
  letter: z
    .strictObject({
      kenmerk: z
        .string()
        .optional()
        .meta({
          description: 'Kenmerk van de brief, voor alle gemeenten; een eigen kenmerk per gemeente staat onder gemeenten.',
          examples: ['RIB-2026-014'],
        }),
      datum: fuzzyDate.optional().meta({
        description:
          'Datum van de brief, voor alle gemeenten, tussen aanhalingstekens; anders de datum van het document. Een eigen datum per gemeente staat onder gemeenten.',
        examples: ['2025-03-20'],
      }),
      concept: z
        .boolean()
        .optional()
        .meta({
          description:
            'true: de brief is een concept en krijgt het watermerk CONCEPT; false: de definitieve brief. Weggelaten: alleen bij status concept een watermerk (een brief ter besluitvorming is de definitieve tekst).',
          examples: [false],
        }),
      contactpersoon: contactPerson.optional(),
      portefeuillehouder: z
        .string()
        .min(1)
        .optional()
        .meta({ description: 'Portefeuillehouder, voor alle gemeenten.', examples: ['wethouder Werk en Inkomen'] }),
      gemeenten: z
        .record(localId, letterLocal)
        .default({})
        .meta({
          description:
            'Per gemeente (id uit region.yaml) wat anders is dan de gedeelde brief: datum, kenmerk, contactpersoon, portefeuillehouder, ondertekening en een eigen alinea.',
          examples: [{ venlo: { datum: '2025-03-20', kenmerk: 'Z/25/123456' } }],
        }),
      onderwerp: z.string().meta({ description: 'Onderwerp van de brief.', examples: ['Vaststelling meerjarenagenda 2026-2030'] }),
      aanhef: z
        .string()
        .default('Aan de leden van de gemeenteraad')
        .meta({ description: 'Aanhef van de brief.', examples: ['Geachte raadsleden,'] }),
      afsluiting: z
        .string()
        .default('Met vriendelijke groet,')
        .meta({ description: 'Slotgroet boven de ondertekening.', examples: ['Met vriendelijke groet,'] }),
      recipients: z
        .union([z.literal('alle'), z.array(z.string())])
        .default('alle')
        .meta({
          description: 'Naar welke gemeenteraden de brief gaat: "alle", of een lijst met gemeente-id\'s uit region.yaml.',
          examples: ['alle', ['venlo', 'horst-aan-de-maas']],
        }),
      sender: z
        .string()
        .default('college van burgemeester en wethouders')
        .meta({ description: 'Afzender van de brief.', examples: ['college van burgemeester en wethouders'] }),
      bijlagen: z
        .array(z.string())
        .default([])
        .meta({
          description:
            'Bijlagen die de brief noemt: de id van een document op deze site (de brief toont dan de titel met een link), of de naam zoals hij in de brief moet staan.',
          examples: [['meerjarenagenda-2026-2030', 'Verslag werkconferentie 12 maart']],
        }),
    })
    .optional()
    .meta({
      description:
        'Alleen voor een raadsinformatiebrief: de vaste delen van de brief. De tekst zelf staat in een hoofdstuk (kind: pagina).',
      examples: [{ onderwerp: 'Vaststelling meerjarenagenda 2026-2030', recipients: 'alle' }],
    }),
  order: z
    .number()
    .int()
    .default(100)
    .meta({ description: 'Plaats in de lijst van documenten van de regio (laag eerst).', examples: [1] }),
});
export type DocumentData = z.output<typeof documentSchema>;
