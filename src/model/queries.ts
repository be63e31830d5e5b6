/**
 * Queries the pages need: sorted, resolved views over the content collections (which hold the
 * model's entries, see src/content.config.ts). No rendering here.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { resolveRef } from './check.ts';
import { recipientsOf } from './outputs.ts';
import { getModel } from './index.ts';
import { bodyRank } from './order.ts';

export type Region = CollectionEntry<'regions'>;
export type Doc = CollectionEntry<'documents'>;
export type Chapter = CollectionEntry<'chapters'>;
export type Table = CollectionEntry<'tables'>;
export type Indicator = CollectionEntry<'indicators'>;
export type Action = CollectionEntry<'actions'>;
export type Body = CollectionEntry<'bodies'>;
export type Meeting = CollectionEntry<'meetings'>;
export type Theme = CollectionEntry<'themes'>;
export type SharedTheme = CollectionEntry<'sharedThemes'>;
export type Term = CollectionEntry<'glossary'>;
export type Report = CollectionEntry<'monitoring'>;

const byOrder = (
  a: { data: { order: number; name?: string; title?: string } },
  b: { data: { order: number; name?: string; title?: string } },
) => a.data.order - b.data.order || String(a.data.name ?? a.data.title).localeCompare(String(b.data.name ?? b.data.title), 'nl');

/** Natural sort of ids with numbers: "2.10" after "2.9". */
export const naturalCompare = (a: string, b: string) => a.localeCompare(b, 'nl', { numeric: true });

let cache: Promise<Awaited<ReturnType<typeof loadAll>>> | undefined;
async function loadAll() {
  const [regions, documents, chapters, tables, indicators, actions, bodies, meetings, themes, sharedThemes, glossary, monitoring] =
    await Promise.all([
      getCollection('regions'),
      getCollection('documents'),
      getCollection('chapters'),
      getCollection('tables'),
      getCollection('indicators'),
      getCollection('actions'),
      getCollection('bodies'),
      getCollection('meetings'),
      getCollection('themes'),
      getCollection('sharedThemes'),
      getCollection('glossary'),
      getCollection('monitoring'),
    ]);
  regions.sort(byOrder);
  documents.sort(byOrder);
  chapters.sort((a, b) => naturalCompare(a.id, b.id));
  tables.sort((a, b) => a.data.order - b.data.order || naturalCompare(a.data.number ?? a.id, b.data.number ?? b.id));
  actions.sort((a, b) => naturalCompare(a.data.id, b.data.id));
  meetings.sort((a, b) => (a.data.date.start < b.data.date.start ? -1 : a.data.date.start > b.data.date.start ? 1 : 0));
  glossary.sort((a, b) => a.data.term.localeCompare(b.data.term, 'nl'));
  // a region's themes as the source numbers them (1, 2, 3 ...), unnumbered ones first in file order
  const model = getModel().model;
  const fileOrder = new Map([...model.themes, ...model.bodies].map((e, i) => [e.id, i]));
  const inFile = (a: { id: string }, b: { id: string }) => (fileOrder.get(a.id) ?? 0) - (fileOrder.get(b.id) ?? 0);
  themes.sort((a, b) => {
    const [x, y] = [a.data.number, b.data.number];
    if (x && y) return naturalCompare(x, y) || inFile(a, b);
    if (x || y) return x ? 1 : -1;
    return inFile(a, b);
  });
  // who decides first: bodies by level (bestuurlijk before ambtelijk ...), stopped ones last
  bodies.sort((a, b) => bodyRank(a.data) - bodyRank(b.data) || inFile(a, b));
  // voortgangsrapportages in order of their period, oldest first
  monitoring.sort((a, b) => (a.data.period.start < b.data.period.start ? -1 : a.data.period.start > b.data.period.start ? 1 : 0));
  return { regions, documents, chapters, tables, indicators, actions, bodies, meetings, themes, sharedThemes, glossary, monitoring };
}

export function all() {
  cache ??= loadAll();
  return cache;
}

export async function region(slug: string) {
  return (await all()).regions.find((r) => r.id === slug);
}

export async function regionData(slug: string) {
  const a = await all();
  const mine = <T extends { data: { region: string } }>(list: T[]) => list.filter((e) => e.data.region === slug);
  return {
    region: a.regions.find((r) => r.id === slug)!,
    documents: mine(a.documents),
    tables: mine(a.tables),
    indicators: mine(a.indicators),
    actions: mine(a.actions),
    bodies: mine(a.bodies),
    meetings: mine(a.meetings),
    themes: mine(a.themes),
    glossary: mine(a.glossary),
    monitoring: mine(a.monitoring),
  };
}

export async function chaptersOf(docId: string): Promise<Chapter[]> {
  return (await all()).chapters.filter((c) => c.id.startsWith(docId + '/'));
}

export async function documentById(id: string) {
  return (await all()).documents.find((d) => d.id === id);
}

/** Resolve a reference written in an entry of `region` against a list. */
export function lookup<T extends { id: string }>(list: T[], ref: string | undefined, region: string): T | undefined {
  if (!ref) return undefined;
  const id = resolveRef(ref, region);
  return list.find((e) => e.id === id);
}

export function ownerName(owner: string, regions: Region[]): string {
  return owner === 'landelijk' ? 'Landelijk' : (regions.find((r) => r.id === owner)?.data.name ?? owner);
}

/** Data tables that belong to a document; with `chapter`, only those placed in that chapter file. */
export async function tablesOf(docId: string, chapter?: string): Promise<Table[]> {
  const a = await all();
  return a.tables.filter(
    (t) =>
      t.data.document &&
      lookup(a.documents, t.data.document, t.data.region)?.id === docId &&
      (chapter === undefined || t.data.chapter === chapter),
  );
}

/** The gemeenten a raadsinformatiebrief goes to (the same rule as the list of outputs). */
export function letterRecipients(doc: Doc, regions: Region[]) {
  const region = regions.find((r) => r.id === doc.data.region);
  return recipientsOf(doc.data.letter, region?.data.municipalities ?? []);
}

/**
 * The site-wide themes (content/themes.yaml: the four national opgaven and the shared themes) that
 * regional themes point at with `national:` and `shared:`, in the order of that file. The search
 * filter "Thema" lists these, so each theme appears once however the regions name it.
 */
export function canonicalThemes(themes: Theme[], shared: SharedTheme[]): string[] {
  const ids = new Set<string>(themes.flatMap((t) => [...t.data.national, ...t.data.shared]));
  return shared.filter((s) => ids.has(s.id)).map((s) => s.data.title);
}
