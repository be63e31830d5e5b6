import { z } from 'astro/zod';
import { localId } from './common.ts';
import { contrastOnWhite, MIN_TEXT_CONTRAST, ratioLabel } from '../core/contrast.ts';

const signatory = z.strictObject({
  role: z.string().min(1), // "burgemeester", "secretaris", "wethouder Werk en Inkomen"
  name: z.string().optional(), // left out when the sources do not name the person
});

export const gemeente = z.strictObject({
  id: localId,
  name: z.string().min(1),
  centrumgemeente: z.boolean().default(false),
  /** Address lines for a letterhead ("Postbus 9900", "1201 DM Hilversum"); optional. */
  address: z.array(z.string()).default([]),
  signatories: z.array(signatory).default([
    { role: 'burgemeester' },
    { role: 'secretaris' },
  ]),
});

const hex = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'verwacht een kleur als #rrggbb');
/** The accent colour carries white text (header, buttons) and is used as link colour on white. */
const accentColour = hex.refine((c) => !/^#[0-9a-fA-F]{6}$/.test(c) || contrastOnWhite(c) >= MIN_TEXT_CONTRAST, {
  error: (i) => `kleur ${String(i.input)} heeft op wit een contrast van ${ratioLabel(contrastOnWhite(String(i.input)))}; nodig is minstens 4,5:1 (WCAG): kies een donkerdere kleur`,
});

export const regionSchema = z.strictObject({
  name: z.string().min(1),
  shortName: z.string().optional(),
  /** Number of the source document, for traceability ("004"). */
  sourceFile: z.string().optional(),
  summary: z.string().min(1),
  municipalities: z.array(gemeente).min(1),
  /** Shown under the list when the sources do not name every gemeente of the region. */
  municipalitiesNote: z.string().min(1).optional(),
  werkcentrum: z.strictObject({
    name: z.string(),
    description: z.string().optional(),
  }),
  partners: z
    .array(z.strictObject({ name: z.string(), role: z.string().optional(), kind: z.string().optional() }))
    .default([]),
  theme: z.strictObject({ accent: accentColour, accentDark: hex.optional() }),
  order: z.number().int().default(100),
});
export type Region = z.output<typeof regionSchema>;
