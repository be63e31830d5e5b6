import { z } from 'astro/zod';
import { parseFuzzyDate, FUZZY_DATE_HINT } from '../lib/dates.ts';
import { isPlaceholder, PLACEHOLDERS } from '../lib/numbers.ts';

z.config(z.locales.nl());

/** A local id: lowercase letters, digits, dots and hyphens ("2.1.3", "regionaal-beraad"). */
export const localId = z
  .string()
  .regex(/^[a-z0-9][a-z0-9.-]*$/, 'gebruik alleen kleine letters, cijfers, punten en streepjes (bv. "regionaal-beraad")');

/**
 * A reference to another entry: "id" within the same region, or "region/id" for an entry
 * elsewhere (for example "landelijk/kamerbrief-2024"). Checked in src/lib/content/refs.ts.
 */
export const ref = z.string().min(1, 'verwijzing is leeg');

export const fuzzyDate = z.union([z.string(), z.number(), z.date()]).transform((raw, ctx) => {
  const value = raw instanceof Date ? raw.toISOString().slice(0, 10) : String(raw);
  const parsed = parseFuzzyDate(value);
  if (!parsed) {
    ctx.addIssue({ code: 'custom', message: `ongeldige datum "${value}": ${FUZZY_DATE_HINT}` });
    return z.NEVER;
  }
  return parsed;
});
export type FuzzyDateValue = z.output<typeof fuzzyDate>;

/** A numeric value, or one of the placeholders the sources use ("[x]", "PM", ...). */
export const value = z.union([z.number(), z.string(), z.null()]).superRefine((v, ctx) => {
  if (typeof v === 'string' && !isPlaceholder(v)) {
    ctx.addIssue({
      code: 'custom',
      message: `"${v}" is geen getal en geen toegestane placeholder (${PLACEHOLDERS.join(', ')}); schrijf getallen zonder punt als duizendtal-scheiding, bv. 12106 of 94.9`,
    });
  }
});

export const unit = z.enum(['aantal', 'procent', 'procentpunt', 'euro', 'miljoen-euro', 'uur-per-week', 'jaar', 'index', 'fte', 'score', 'tekst']);
export type Unit = z.infer<typeof unit>;

export const geography = z.string().min(1); // "regio", "NL", a gemeente name or a comparison label

export const sourceRef = z.strictObject({
  title: z.string(),
  note: z.string().optional(),
});

export const nationalOpgave = z.enum(['sociaal', 'economisch', 'ontwikkel', 'samenwerking']);
export type NationalOpgave = z.infer<typeof nationalOpgave>;
