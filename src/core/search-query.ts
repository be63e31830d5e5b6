/**
 * Reading a resident's query on the search page (pure, no I/O; unit tests in
 * tests/unit/search-query.test.ts):
 * - which region or gemeente it names, and the query without that name;
 * - whether it asks for help with finding work or a benefit;
 * - merging the results within a region with the results everywhere.
 */
export interface Region {
  id: string;
  name: string;
  /** lowercased, hyphens as spaces (see normalizeQuery in src/model/search.ts) */
  terms: string[];
}

const norm = (s: string) =>
  s
    .toLowerCase()
    .replace(/[-‐‑–—]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The region the query names (by name, short name or gemeente; the longest match wins), with the
 * query left when that name is taken out. Only whole words count: "Tiel" matches, "Tielse" does not.
 * A query that names two regions names none: it compares, it does not pick one. `byName`: named
 * by the region's own name (which page titles carry: "Uitvoering Rivierenland").
 */
export function regionInQuery(q: string, regions: Region[]): { region: Region; rest: string; byName: boolean } | null {
  const text = norm(q);
  let best: { region: Region; term: string; at: number } | null = null;
  const named = new Set<string>();
  for (const r of regions)
    for (const term of r.terms) {
      const m = new RegExp(`(?<![\\p{L}\\p{N}&])${escapeRe(term)}(?![\\p{L}\\p{N}&])`, 'u').exec(text);
      if (!m) continue;
      named.add(r.id);
      if (!best || term.length > best.term.length) best = { region: r, term, at: m.index };
    }
  if (!best || named.size > 1) return null;
  const rest = (text.slice(0, best.at) + ' ' + text.slice(best.at + best.term.length)).replace(/\s+/g, ' ').trim();
  return { region: best.region, rest, byName: best.term === norm(best.region.name) };
}

/** Looking for work, a job, or a benefit (uitkering, bijstand, WW): the resident needs the help route. */
const HELP = [
  /\bwerk\s*(zoeken|vinden)\b/,
  /\bzoek(en|t)?\s+(\p{L}+\s+)?(werk|baan|een baan|banen)\b/u,
  /\b(nieuwe|andere)\s+baan\b/,
  /\bvacatures?\s+(zoeken|vinden)\b/,
  /\bsollicit/,
  /\b(bijstand|bijstandsuitkering|uitkering|ww|ww uitkering|werkloosheidsuitkering)\b/,
  /\bwerkloos\b/,
  /\b(hulp|ondersteuning)\s+bij\s+(werk|het vinden)/,
  /\bontslagen\b/,
];
export function helpIntent(q: string): boolean {
  const t = norm(q);
  return HELP.some((re) => re.test(t));
}

/** The results within the region first, then the others from the search everywhere (each once). */
export function mergeByRegion<T extends { id: string }>(inRegion: T[], everywhere: T[]): T[] {
  const seen = new Set(inRegion.map((r) => r.id));
  return [...inRegion, ...everywhere.filter((r) => !seen.has(r.id))];
}
