/**
 * Readable, stable Dutch URLs. Every page URL ends with a slash. `paths` are relative to the
 * site's base (the output folder's layout); `url` adds the base Astro was configured with.
 */
export const paths = {
  home: () => '',
  region: (r: string) => `${r}/`,
  documents: (owner: string) => `${owner}/documenten/`,
  document: (docId: string) => {
    const [owner, doc] = docId.split('/');
    return `${owner}/documenten/${doc}/`;
  },
  chapter: (chapterId: string) => {
    const [owner, doc, ch] = chapterId.split('/');
    return `${owner}/documenten/${doc}/${ch}/`;
  },
  print: (docId: string) => paths.document(docId) + 'print/',
  versions: (docId: string) => paths.document(docId) + 'versies/',
  versionDiff: (docId: string, version: string) => paths.document(docId) + `versies/${version}/`,
  pdf: (docId: string) => `pdf/${docId.replace('/', '-')}.pdf`,
  letter: (docId: string, gemeente: string) => paths.document(docId) + `brief/${gemeente}/`,
  letterPdf: (docId: string, gemeente: string) => `pdf/${docId.replace('/', '-')}-${gemeente}.pdf`,
  /** The letter of one gemeente as an editable document (DOCX). */
  letterDocx: (docId: string, gemeente: string) => `pdf/${docId.replace('/', '-')}-${gemeente}.docx`,
  /** All letters of a document on one page (the merged PDF is made from it), as PDF, and as a zip. */
  letters: (docId: string) => paths.document(docId) + 'brieven/',
  lettersPdf: (docId: string) => `pdf/${docId.replace('/', '-')}-brieven.pdf`,
  lettersZip: (docId: string) => `pdf/${docId.replace('/', '-')}-brieven.zip`,
  figures: (r: string) => `${r}/cijfers/`,
  table: (tableId: string) => {
    const [r, t] = tableId.split('/');
    return `${r}/cijfers/#tabel-${t}`;
  },
  csv: (tableId: string) => {
    const [r, t] = tableId.split('/');
    return `${r}/cijfers/${t}.csv`;
  },
  actions: (r: string) => `${r}/uitvoering/`,
  action: (actionId: string) => {
    const [r, a] = actionId.split('/');
    return `${r}/uitvoering/#actie-${a.replace(/\./g, '-')}`;
  },
  governance: (r: string) => `${r}/organisatie/`,
  /** Where a resident gets help with work or an uitkering (the national route, the gemeente, the region's loket). */
  help: (r: string) => `${r}/hulp/`,
  /** Monitoring: the Voortgang page, its open data, and a voortgangsrapportage per period. */
  progress: (r: string) => `${r}/voortgang/`,
  progressNational: () => `voortgang/`,
  progressData: (r: string, file: string) => `${r}/voortgang/${file}`,
  progressPrint: (r: string, period: string) => `${r}/voortgang/${period}/print/`,
  progressPdf: (r: string, period: string) => `pdf/${r}-voortgang-${period}.pdf`,
  body: (bodyId: string) => {
    const [r, b2] = bodyId.split('/');
    return `${r}/organisatie/#overleg-${b2}`;
  },
  themes: () => `themas/`,
  theme: (id: string) => `themas/${id}/`,
  glossary: () => `begrippen/`,
  term: (regionAndTerm: string) => `begrippen/#begrip-${regionAndTerm.replace('/', '-')}`,
  search: () => `zoeken/`,
  openData: () => `open-data/`,
  accessibility: () => `toegankelijkheid/`,
  writers: () => `schrijvers/`,
  feed: () => `feed.xml`,
};

export type Paths = typeof paths;

/** The same URLs under a base path ("/" or "/agenda/"). */
export function withBase(base: string): Paths {
  const b = base.endsWith('/') ? base : `${base}/`;
  const entries = Object.entries(paths).map(([k, f]) => [k, (...args: string[]) => b + (f as (...a: string[]) => string)(...args)]);
  return Object.fromEntries(entries) as Paths;
}

/**
 * URLs as pages link them: under Astro's base (Vite puts BASE_URL in at build time; written
 * exactly as `import.meta.env` so that it does), "/" outside Astro.
 */
export const url = withBase(import.meta.env?.BASE_URL ?? '/');
