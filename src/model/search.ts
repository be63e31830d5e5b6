/**
 * What the search page knows about regions, built from the model and the list of outputs:
 * - the words that name a region in a query (its name, short name, the parts of a name joined by
 *   "en", and its gemeenten), so "werkcentrum in Tiel" searches Rivierenland first;
 * - where a resident who looks for work or a benefit is sent: the region's help page
 *   (`<region>/hulp/`) when the site has one, else the region's overview page.
 * One place for both, so the search page and its tests agree.
 */
import type { Model } from './types.ts';
import type { Output } from './outputs.ts';
import { paths } from '../core/urls.ts';

export interface SearchRegion {
  id: string;
  name: string;
  /** lowercased, hyphens as spaces; longest first */
  terms: string[];
  /** path of the help route under the site's base */
  help: string;
  /** true when help points at a help page of its own, false when at the region's overview */
  helpPage: boolean;
}

/** A query's words in the form region terms are kept in: lowercase, hyphens and dashes as spaces. */
export const normalizeQuery = (s: string) =>
  s
    .toLowerCase()
    .replace(/[-‐‑–—]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

export function searchRegions(model: Model, list: Output[]): SearchRegion[] {
  const paths_ = new Set(list.map((o) => o.path));
  return [...model.regions]
    .sort((a, b) => (a.data.order ?? 0) - (b.data.order ?? 0))
    .map((r) => {
      const d = r.data;
      const terms = new Set<string>(
        [d.name, d.shortName, r.localId, ...d.name.split(/ en /), ...(d.municipalities ?? []).map((g: { name: string }) => g.name)]
          .filter((t): t is string => Boolean(t))
          .map(normalizeQuery)
          .filter((t) => t.length >= 3),
      );
      const hulp = `${paths.region(r.localId)}hulp/`;
      const helpPage = paths_.has(hulp);
      return {
        id: r.localId,
        name: d.name,
        terms: [...terms].sort((a, b) => b.length - a.length),
        help: helpPage ? hulp : paths.region(r.localId),
        helpPage,
      };
    });
}
