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
 *   MJA_CONTACT_EMAIL  e-mail address of whoever publishes the site: the footer and the accessibility
 *                      statement give it as the route for questions and accessibility problems
 *   MJA_CONTACT_URL    or/and the address of a contact page or form of the publisher
 *   MJA_CONTACT_NAME   name of the publisher ("Gemeente Hilversum namens de arbeidsmarktregio");
 *                      without any contact setting the statement says that no contact route is set up
 *   SOURCE_DATE_EPOCH  the date written into PDFs (default: last commit that changed the content)
 *   MJA_PDF_WORKERS    pages of the browser that render PDFs at the same time (default: the number of cores)
 *   MJA_PDF_CACHE      folder of the PDF cache, or "uit" for none (default: next to Astro's cache folder,
 *                      MJA_CACHE_DIR + "-pdf", one per content folder, emptied of entries the build did not
 *                      use; else node_modules/.astro/pdf-cache)
 *   MJA_SEARCH_SCOPE   synonyms for the search index: "alle" (every page sees every region's terms, the
 *                      default) or "regio" (a region's pages see their own region's and the national terms)
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
    .transform((s) =>
      s
        .split(',')
        .map((x) => x.trim())
        .filter(Boolean),
    )
    .pipe(z.array(z.enum(STEPS, { message: `MJA_SKIP kent alleen ${STEPS.join(', ')}` }))),
  MJA_EDIT_URL: z
    .url({
      message:
        'MJA_EDIT_URL moet een volledig webadres zijn, bijvoorbeeld https://github.com/organisatie/meerjarenagenda/edit/main/content/',
    })
    .optional()
    .transform((s) => (s ? s.replace(/\/?$/, '/') : undefined)),
  MJA_CONTACT_EMAIL: z.email({ message: 'MJA_CONTACT_EMAIL moet een e-mailadres zijn, bijvoorbeeld info@gemeente.nl' }).optional(),
  MJA_CONTACT_URL: z
    .url({ protocol: /^https?$/, message: 'MJA_CONTACT_URL moet een volledig webadres zijn, bijvoorbeeld https://www.gemeente.nl/contact' })
    .optional(),
  MJA_CONTACT_NAME: z.string().min(1).optional(),
  MJA_PDF_WORKERS: z
    .string()
    .regex(/^[1-9]\d*$/, 'MJA_PDF_WORKERS is een positief geheel getal')
    .optional()
    .transform((s) => (s ? Number(s) : undefined)),
  MJA_PDF_CACHE: z.string().min(1).optional(),
  MJA_SEARCH_SCOPE: z.enum(['alle', 'regio'], { message: 'MJA_SEARCH_SCOPE is "alle" of "regio"' }).default('alle'),
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
  /** Who publishes the site and how to reach them (footer, accessibility statement); undefined: not set up. */
  contact?: { email?: string; url?: string; name?: string };
  /** Browser pages rendering PDFs at once (default: the number of cores). */
  pdfWorkers?: number;
  /** Folder of the PDF cache, or undefined for no cache. */
  pdfCache?: string;
  /** The PDF cache is this content folder's own (next to Astro's cache): entries a build does not use are removed. */
  pdfCacheOwn: boolean;
  /** Search synonyms: every region's terms on every page, or per region. */
  searchScope: 'alle' | 'regio';
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
    contact:
      s.MJA_CONTACT_EMAIL || s.MJA_CONTACT_URL
        ? { email: s.MJA_CONTACT_EMAIL, url: s.MJA_CONTACT_URL, name: s.MJA_CONTACT_NAME }
        : undefined,
    pdfWorkers: s.MJA_PDF_WORKERS,
    pdfCache:
      s.MJA_PDF_CACHE === 'uit'
        ? undefined
        : (s.MJA_PDF_CACHE ?? (s.MJA_CACHE_DIR ? `${s.MJA_CACHE_DIR}-pdf` : 'node_modules/.astro/pdf-cache')),
    pdfCacheOwn: !s.MJA_PDF_CACHE && Boolean(s.MJA_CACHE_DIR),
    searchScope: s.MJA_SEARCH_SCOPE,
  };
}

let current: Settings | undefined;
/** The settings of this process. */
export function settings(): Settings {
  current ??= readSettings();
  return current;
}
