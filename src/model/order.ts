/** Orders for the pages that need more than a name or number: who decides first (organisatie). */

export const LEVEL_ORDER = ['bestuurlijk', 'strategisch', 'adviserend', 'ambtelijk', 'uitvoerend'] as const;
/**
 * The weight of a body for "who decides?": bodies that have stopped last, the others by level
 * (bestuurlijk first, uitvoerend last); within a level the order of bodies.yaml.
 */
export const bodyRank = (b: { level: string; status: string }) =>
  (b.status === 'gestopt' ? 10 : 0) + LEVEL_ORDER.indexOf(b.level as (typeof LEVEL_ORDER)[number]);
