import { z } from 'astro/zod';
import { parseFuzzyDate, FUZZY_DATE_HINT } from '../core/dates.ts';
import { isPlaceholder, PLACEHOLDERS } from '../core/numbers.ts';

z.config(z.locales.nl());

/** A local id: lowercase letters, digits, dots and hyphens ("2.1.3", "regionaal-beraad"). */
export const localId = z
  .string()
  .regex(/^[a-z0-9][a-z0-9.-]*$/, 'gebruik alleen kleine letters, cijfers, punten en streepjes (bv. "regionaal-beraad")')
  .meta({
    description: 'Korte, vaste naam waarmee u er elders naar verwijst: kleine letters, cijfers, punten en streepjes.',
    examples: ['regionaal-beraad'],
  });

/**
 * A reference to another entry: "id" within the same region, or "region/id" for an entry
 * elsewhere (for example "landelijk/kamerbrief-2024"). Checked in src/model/check.ts.
 */
export const ref = z
  .string()
  .min(1, 'verwijzing is leeg')
  .meta({
    description: 'Verwijzing: de id van iets in dezelfde regio, of regio/id voor iets elders (bv. landelijk/kamerbrief-2024).',
    examples: ['sociale-opgave'],
  });

export const fuzzyDate = z
  .union([z.string(), z.number(), z.date()])
  .transform((raw, ctx) => {
    const value = raw instanceof Date ? raw.toISOString().slice(0, 10) : String(raw);
    const parsed = parseFuzzyDate(value);
    if (!parsed) {
      // the form is right but the day, month, quarter or week does not exist ("2026-02-30", "2026-Q5")
      const shapeOk = /^\d{4}-(\d{2}(-\d{2})?|Q\d|W\d{1,2})$/.test(value);
      ctx.addIssue({
        code: 'custom',
        message: shapeOk
          ? `ongeldige datum "${value}": die datum bestaat niet; controleer dag, maand, kwartaal (1-4) of week (1-53)`
          : `ongeldige datum "${value}": ${FUZZY_DATE_HINT}`,
      });
      return z.NEVER;
    }
    return parsed;
  })
  .meta({
    'x-mja': 'datum',
    description: `Datum, zo precies als de bron hem geeft; ${FUZZY_DATE_HINT}. Zet hem tussen aanhalingstekens.`,
    examples: ['2026-05-07', '2026-Q2', 'najaar 2026'],
  });
export type FuzzyDateValue = z.output<typeof fuzzyDate>;

/** A numeric value, or one of the placeholders the sources use ("[x]", "PM", ...). */
export const value = z
  .union([z.number(), z.string(), z.null()])
  .superRefine((v, ctx) => {
    if (typeof v === 'string' && !isPlaceholder(v)) {
      ctx.addIssue({
        code: 'custom',
        message: `"${v}" is geen getal en geen toegestane placeholder (${PLACEHOLDERS.join(', ')}); schrijf getallen zonder punt als duizendtal-scheiding, bv. 12106 of 94.9`,
      });
    }
  })
  .meta({
    'x-mja': 'waarde',
    description: `Een getal zonder duizendtalpunt en met een decimale punt (12106, 94.9), of een placeholder als de bron het getal openlaat: ${PLACEHOLDERS.join(', ')}.`,
    examples: [12106, 94.9, '[x]'],
  });

export const unit = z
  .enum(['aantal', 'procent', 'procentpunt', 'euro', 'miljoen-euro', 'uur-per-week', 'jaar', 'index', 'fte', 'score', 'tekst'])
  .meta({
    description: 'Eenheid van het getal; bepaalt hoe de site het schrijft (94,9%, € 4.111.805). "tekst" voor een kolom met namen.',
    examples: ['aantal'],
  });
export type Unit = z.infer<typeof unit>;

export const geography = z
  .string()
  .min(1)
  .meta({ description: 'Waar het getal over gaat: regio, NL, de naam van een gemeente of een vergelijkingsgroep.', examples: ['regio'] }); // "regio", "NL", a gemeente name or a comparison label

export const sourceRef = z.strictObject({
  title: z.string(),
  note: z.string().optional(),
});

export const nationalOpgave = z
  .enum(['sociaal', 'economisch', 'ontwikkel', 'samenwerking'])
  .meta({ description: 'Een van de vier landelijke opgaven.', examples: ['sociaal'] });
export type NationalOpgave = z.infer<typeof nationalOpgave>;
