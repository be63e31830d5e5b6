/** Dutch UI text that depends on a number: plural forms (Intl.PluralRules for nl) and sizes. */
const plural = new Intl.PluralRules('nl-NL');
const number = new Intl.NumberFormat('nl-NL');

/** Words with their singular and plural form. */
export const WORDS = {
  fout: ['fout', 'fouten'],
  actie: ['actie', 'acties'],
  resultaat: ['resultaat', 'resultaten'],
  document: ['document', 'documenten'],
  gemeente: ['gemeente', 'gemeenten'],
  pagina: ['pagina', 'pagina’s'],
  tabel: ['tabel', 'tabellen'],
  cijfer: ['cijfer', 'cijfers'],
  overleg: ['overleg', 'overleggen'],
  vergadering: ['vergadering', 'vergaderingen'],
  begrip: ['begrip', 'begrippen'],
  regio: ['regio', 'regio’s'],
} as const satisfies Record<string, readonly [string, string]>;
export type Word = keyof typeof WORDS;

/** The form of a word for a count: (1, 'actie') → "actie", (3, 'actie') → "acties". */
export function wordFor(n: number, word: Word): string {
  const [one, other] = WORDS[word];
  return plural.select(n) === 'one' ? one : other;
}

/** A count with its word: "1 actie", "12 acties", "1.204 documenten". */
export function count(n: number, word: Word): string {
  return `${number.format(n)} ${wordFor(n, word)}`;
}

/** "1.234 kB": bytes as whole kilobytes, Dutch notation. */
export function formatBytes(bytes: number): string {
  return `${number.format(Math.round(bytes / 1024))} kB`;
}

/** "3 pagina’s" */
export const pagesLabel = (n: number) => count(n, 'pagina');
