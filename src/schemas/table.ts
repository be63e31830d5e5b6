import { z } from 'astro/zod';
import { geography, ref, unit } from './common.ts';

const column = z
  .strictObject({
    id: z
      .string()
      .min(1)
      .meta({ description: 'Korte naam van de kolom; chart.series verwijst ernaar.', examples: ['aantal'] }),
    label: z
      .string()
      .min(1)
      .meta({ description: 'Kop van de kolom.', examples: ['Aantal'] }),
    /** "tekst" for label columns; numeric units otherwise. */
    unit: unit.default('aantal'),
    period: z
      .string()
      .optional()
      .meta({ description: 'Periode van deze kolom, als die verschilt van de tabel.', examples: ['2024'] }),
    geography: geography.optional(),
    /** Cells of this column are web addresses (one or more, separated by spaces); shown as links. */
    links: z
      .boolean()
      .default(false)
      .meta({
        description:
          'true: de cellen zijn webadressen zoals de bron ze noemt (één of meer, gescheiden door een spatie, elk beginnend met https:// of http://); de site toont ze als links. Alleen bij unit: tekst.',
        examples: [true],
      }),
    /** Whether a computed column total makes sense (false for percentages of different bases). */
    sum: z
      .boolean()
      .default(true)
      .meta({ description: 'false: de site telt deze kolom niet op (gemiddelden, percentages).', examples: [false] }),
  })
  .meta({ description: 'Eén kolom: id, kop en eenheid.' });

const cell = z
  .union([z.number(), z.string(), z.null()])
  .meta({ description: 'Een cel: een getal (decimale punt, geen duizendtalpunt), tekst of een placeholder als "[x]".' });

/** content/<region>/tables/<id>.yaml: a data table. */
export const tableSchema = z.strictObject({
  title: z
    .string()
    .min(1)
    .meta({ description: 'Titel van de tabel.', examples: ['Opleidingsniveau geregistreerde werkzoekenden UWV'] }),
  number: z
    .string()
    .optional()
    .meta({ description: 'Nummer zoals in de bron.', examples: ['Tabel 1'] }), // "Tabel 1", "Figuur 2"
  description: z
    .string()
    .optional()
    .meta({ description: 'Korte toelichting boven de tabel.', examples: ['Stand per september.'] }),
  source: z
    .string()
    .min(1)
    .meta({ description: 'Bron van de cijfers.', examples: ['UWV'] }),
  period: z
    .string()
    .min(1)
    .meta({ description: 'Periode van de cijfers.', examples: ['september 2025'] }),
  geography,
  document: ref.optional().meta({ description: 'Document (id) waar de tabel bij hoort.', examples: ['meerjarenagenda-2026-2030'] }),
  chapter: z
    .string()
    .optional()
    .meta({ description: 'Bestandsnaam (zonder .mdx) van het hoofdstuk waar de tabel in staat.', examples: ['02-opgaven'] }),
  theme: ref.optional().meta({ description: 'Thema (id) van de tabel.', examples: ['sociale-opgave'] }),
  columns: z
    .array(column)
    .min(2)
    .meta({
      description: 'De kolommen, minstens twee; de eerste is meestal tekst.',
      examples: [
        [
          { id: 'niveau', label: 'Opleidingsniveau', unit: 'tekst' },
          { id: 'aantal', label: 'Aantal', unit: 'aantal' },
        ],
      ],
    }),
  rows: z
    .array(z.array(cell))
    .min(1)
    .meta({
      description: 'De rijen, elk een lijst met één cel per kolom.',
      examples: [
        [
          ['Basisonderwijs', 1234],
          ['Mbo-2', '[x]'],
        ],
      ],
    }),
  /** Totals as the source states them, one row per total line (same shape as rows). */
  totals: z
    .array(z.array(cell))
    .default([])
    .meta({
      description: 'Totaalregels zoals de bron ze noemt; de site rekent zelf ook en toont een verschil.',
      examples: [[['Totaal', 12106]]],
    }),
  chart: z
    .strictObject({
      type: z.enum(['bar', 'horizontalBar', 'line', 'pie', 'doughnut']).meta({ description: 'Soort grafiek.', examples: ['bar'] }),
      series: z
        .array(z.string())
        .min(1)
        .meta({ description: 'Kolommen (id) die in de grafiek komen.', examples: [['aantal']] }),
      stacked: z
        .boolean()
        .default(false)
        .meta({
          description:
            'true: staven op elkaar gestapeld; alleen voor kolommen die samen één geheel vormen, niet voor jaren of perioden naast elkaar.',
          examples: [false],
        }),
      /** The text alternative; generated from the data when left out. */
      alt: z
        .string()
        .optional()
        .meta({
          description: 'Tekstalternatief voor de grafiek; weggelaten maakt de site er een uit de cijfers.',
          examples: ['De meeste werkzoekenden hebben mbo-2 als hoogste opleiding.'],
        }),
    })
    .optional()
    .meta({ description: 'Grafiek bij de tabel (de tabel blijft ook staan).', examples: [{ type: 'bar', series: ['aantal'] }] }),
  notes: z
    .array(z.string())
    .default([])
    .meta({
      description: 'Opmerkingen onder de tabel, bv. waarom het genoemde totaal afwijkt.',
      examples: [['Het totaal in de bron telt niet op.']],
    }),
  order: z
    .number()
    .int()
    .default(100)
    .meta({ description: 'Plaats in de lijst met tabellen (laag eerst).', examples: [1] }),
});
export type TableData = z.output<typeof tableSchema>;
