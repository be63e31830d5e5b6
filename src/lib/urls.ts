/** Readable, stable Dutch URLs. Every page URL ends with a slash. */
const b = (import.meta as any).env?.BASE_URL ?? '/';
const base = b.endsWith('/') ? b : b + '/';

export const url = {
  home: () => base,
  region: (r: string) => `${base}${r}/`,
  documents: (owner: string) => `${base}${owner}/documenten/`,
  document: (docId: string) => {
    const [owner, doc] = docId.split('/');
    return `${base}${owner}/documenten/${doc}/`;
  },
  chapter: (chapterId: string) => {
    const [owner, doc, ch] = chapterId.split('/');
    return `${base}${owner}/documenten/${doc}/${ch}/`;
  },
  print: (docId: string) => url.document(docId) + 'print/',
  pdf: (docId: string) => `${base}pdf/${docId.replace('/', '-')}.pdf`,
  letter: (docId: string, gemeente: string) => url.document(docId) + `brief/${gemeente}/`,
  letterPdf: (docId: string, gemeente: string) => `${base}pdf/${docId.replace('/', '-')}-${gemeente}.pdf`,
  figures: (r: string) => `${base}${r}/cijfers/`,
  table: (tableId: string) => {
    const [r, t] = tableId.split('/');
    return `${base}${r}/cijfers/#tabel-${t}`;
  },
  csv: (tableId: string) => {
    const [r, t] = tableId.split('/');
    return `${base}${r}/cijfers/${t}.csv`;
  },
  actions: (r: string) => `${base}${r}/uitvoering/`,
  action: (actionId: string) => {
    const [r, a] = actionId.split('/');
    return `${base}${r}/uitvoering/#actie-${a.replace(/\./g, '-')}`;
  },
  governance: (r: string) => `${base}${r}/organisatie/`,
  body: (bodyId: string) => {
    const [r, b2] = bodyId.split('/');
    return `${base}${r}/organisatie/#overleg-${b2}`;
  },
  themes: () => `${base}themas/`,
  theme: (id: string) => `${base}themas/${id}/`,
  glossary: () => `${base}begrippen/`,
  term: (regionAndTerm: string) => `${base}begrippen/#begrip-${regionAndTerm.replace('/', '-')}`,
  search: () => `${base}zoeken/`,
  openData: () => `${base}open-data/`,
  accessibility: () => `${base}toegankelijkheid/`,
  feed: () => `${base}feed.xml`,
};
