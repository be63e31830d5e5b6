/**
 * Every setting of the build in one place, read once from the environment and checked.
 * Nothing else reads process.env for the project's own settings.
 *
 *   MJA_SITE      public address of the site (sitemap, feed, links inside PDFs)
 *   MJA_BASE      path the site is served under ("/" or "/agenda/")
 *   MJA_CONTENT   the content folder (default content/)
 *   MJA_OUT       where Astro writes the site (npm run build points it at a staging folder)
 *   MJA_DIST      the final output folder of npm run build (default dist/)
 *   MJA_CACHE_DIR Astro's cache folder (npm run build uses one per content folder)
 *   MJA_SKIP      comma-separated build steps to leave out: pdf, search, sitemap
 *   MJA_EDIT_URL  address of the content folder in the git host's editor; every page links
 *                 "Bewerk deze pagina" to its main file there (off when not set), e.g.
 *                 https://github.com/org/meerjarenagenda/edit/main/content/
 *   SOURCE_DATE_EPOCH  the date written into PDFs (default: last commit that changed the content)
 */
import { z } from 'astro/zod';

const STEPS = ['pdf', 'search', 'sitemap'] as const;
export type Step = (typeof STEPS)[number];

const schema = z.object({
  MJA_SITE: z
    .url({ message: 'MJA_SITE moet een volledig webadres zijn, bijvoorbeeld https://agenda.example.nl' })
    .default('https://meerjarenagenda.example.nl')
    .transform((s) => s.replace(/\/$/, '')),
  MJA_BASE: z
    .string()
    .regex(/^\/([a-z0-9._-]+\/)*$/i, 'MJA_BASE begint en eindigt met een schuine streep, bijvoorbeeld /agenda/')
    .default('/'),
  MJA_CONTENT: z.string().min(1).default('content'),
  MJA_OUT: z.string().min(1).default('./dist'),
  MJA_DIST: z.string().min(1).default('dist'),
  MJA_CACHE_DIR: z.string().min(1).optional(),
  MJA_SKIP: z
    .string()
    .default('')
    .transform((s) => s.split(',').map((x) => x.trim()).filter(Boolean))
    .pipe(z.array(z.enum(STEPS, { message: `MJA_SKIP kent alleen ${STEPS.join(', ')}` }))),
  MJA_EDIT_URL: z
    .url({ message: 'MJA_EDIT_URL moet een volledig webadres zijn, bijvoorbeeld https://github.com/organisatie/meerjarenagenda/edit/main/content/' })
    .optional()
    .transform((s) => (s ? s.replace(/\/?$/, '/') : undefined)),
  SOURCE_DATE_EPOCH: z
    .string()
    .regex(/^\d*$/, 'SOURCE_DATE_EPOCH is een aantal seconden sinds 1970')
    .optional()
    .transform((s) => (s ? Number(s) : undefined)),
});

export interface Settings {
  /** Public address without a trailing slash. */
  site: string;
  /** Path under the site, with slashes at both ends. */
  base: string;
  contentDir: string;
  outDir: string;
  distDir: string;
  cacheDir?: string;
  skip: ReadonlySet<Step>;
  sourceDateEpoch?: number;
  /** Base of the "Bewerk deze pagina" links, ending with a slash; undefined: no links. */
  editUrl?: string;
}

export function readSettings(env: Record<string, string | undefined> = process.env): Settings {
  const blank = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== ''));
  const r = schema.safeParse(blank);
  if (!r.success) {
    const lines = r.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Ongeldige instelling:\n${lines.join('\n')}`);
  }
  const s = r.data;
  return {
    site: s.MJA_SITE,
    base: s.MJA_BASE,
    contentDir: s.MJA_CONTENT,
    outDir: s.MJA_OUT,
    distDir: s.MJA_DIST,
    cacheDir: s.MJA_CACHE_DIR,
    skip: new Set(s.MJA_SKIP),
    sourceDateEpoch: s.SOURCE_DATE_EPOCH,
    editUrl: s.MJA_EDIT_URL,
  };
}

let current: Settings | undefined;
/** The settings of this process. */
export function settings(): Settings {
  current ??= readSettings();
  return current;
}
