import { z } from 'astro/zod';
import { geography, ref, unit } from './common.ts';

const column = z.strictObject({
  id: z.string().min(1),
  label: z.string().min(1),
  /** "tekst" for label columns; numeric units otherwise. */
  unit: unit.default('aantal'),
  period: z.string().optional(),
  geography: geography.optional(),
  /** Whether a computed column total makes sense (false for percentages of different bases). */
  sum: z.boolean().default(true),
});

const cell = z.union([z.number(), z.string(), z.null()]);

/** content/<region>/tables/<id>.yaml: a data table. */
export const tableSchema = z
  .strictObject({
    title: z.string().min(1),
    number: z.string().optional(), // "Tabel 1", "Figuur 2"
    description: z.string().optional(),
    source: z.string().min(1),
    period: z.string().min(1),
    geography,
    document: ref.optional(),
    chapter: z.string().optional(),
    theme: ref.optional(),
    columns: z.array(column).min(2),
    rows: z.array(z.array(cell)).min(1),
    /** Totals as the source states them, one row per total line (same shape as rows). */
    totals: z.array(z.array(cell)).default([]),
    chart: z
      .strictObject({
        type: z.enum(['bar', 'horizontalBar', 'line', 'pie', 'doughnut']),
        series: z.array(z.string()).min(1),
        stacked: z.boolean().default(false),
        /** The text alternative; generated from the data when left out. */
        alt: z.string().optional(),
      })
      .optional(),
    notes: z.array(z.string()).default([]),
    order: z.number().int().default(100),
  });
export type TableData = z.output<typeof tableSchema>;
