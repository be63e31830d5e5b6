/** The shape of the content model: entries of every kind, as read and validated by load.ts. */

export const NATIONAL = 'landelijk';

export interface Entry<T = any> {
  /** Global id: "<region>/<local id>" */
  id: string;
  localId: string;
  region: string;
  file: string;
  /** The data as written (for Astro's parseData) */
  raw: unknown;
  data: T;
  /** Line of the entry in its file (list files) */
  line?: number;
  /** Line of a field of this entry in its file ("relations", "supersedes", 0) */
  at?: (path: PropertyKey[]) => number | undefined;
  /** Chapters only: the Markdown/MDX body */
  body?: string;
  document?: string;
  /** Monitoring files: the line of each item ("actions[0]", "indicators[2]"), for reference errors. */
  lines?: Record<string, number>;
  /** Regions only: the logos in content/<region>/logos/, by file name, as data: addresses (src/core/logo.ts). */
  logos?: Record<string, string>;
}

export interface Model {
  root: string;
  regions: Entry[];
  sharedThemes: Entry[];
  documents: Entry[];
  chapters: Entry[];
  themes: Entry[];
  indicators: Entry[];
  tables: Entry[];
  actions: Entry[];
  bodies: Entry[];
  meetings: Entry[];
  glossary: Entry[];
  /** content/<region>/monitoring/<periode>.yaml, one entry per reporting period. */
  monitoring: Entry[];
}

export type Kind = Exclude<keyof Model, 'root'>;

/** Dutch names used in messages. */
export const KIND_NAMES: Record<Kind, string> = {
  regions: 'regio',
  sharedThemes: 'thema',
  documents: 'document',
  chapters: 'hoofdstuk',
  themes: 'thema',
  indicators: 'indicator',
  tables: 'tabel',
  actions: 'actie',
  bodies: 'overleg',
  meetings: 'vergadering',
  glossary: 'begrip',
  monitoring: 'voortgangsrapportage',
};
