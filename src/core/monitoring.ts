/**
 * Monitoring without I/O: the overall colour of an action from its two variables (voortgang and
 * verwachte impact) and which variable causes it, what changed between two reporting periods,
 * and the series of a KPI from its nulmeting through the realisations to its target.
 */

export type Colour = 'groen' | 'oranje' | 'rood';
export type Variable = 'voortgang' | 'impact';

export const COLOURS: readonly Colour[] = ['rood', 'oranje', 'groen'];
const RANK: Record<Colour, number> = { groen: 0, oranje: 1, rood: 2 };

export interface StatusLike {
  action: string;
  voortgang: Colour;
  impact: Colour;
}

/** The overall colour is the worse of the two; `causes` names the variables that have it (empty for groen). */
export function overall(s: { voortgang: Colour; impact: Colour }): { colour: Colour; causes: Variable[] } {
  const colour = RANK[s.voortgang] >= RANK[s.impact] ? s.voortgang : s.impact;
  if (colour === 'groen') return { colour, causes: [] };
  const causes = (['voortgang', 'impact'] as const).filter((v) => s[v] === colour);
  return { colour, causes };
}

export function compareColour(a: Colour, b: Colour): number {
  return RANK[b] - RANK[a];
}

export type ChangeKind = 'nieuw' | 'vervallen' | 'beter' | 'slechter' | 'gewijzigd' | 'gelijk';

export interface StatusChange {
  action: string;
  kind: ChangeKind;
  /** Per variable the colour before and after (undefined when the action was not in that report). */
  voortgang: { from?: Colour; to?: Colour };
  impact: { from?: Colour; to?: Colour };
}

/**
 * What changed between the previous and the current report, per action in either: new in the
 * report, no longer reported, better (no variable worse, one better), worse (no variable
 * better, one worse), changed (one better, one worse) or the same.
 */
export function statusChanges(prev: StatusLike[], cur: StatusLike[]): StatusChange[] {
  const before = new Map(prev.map((s) => [s.action, s]));
  const now = new Map(cur.map((s) => [s.action, s]));
  const ids = [...new Set([...cur.map((s) => s.action), ...prev.map((s) => s.action)])];
  return ids.map((action) => {
    const a = before.get(action);
    const b = now.get(action);
    const voortgang = { from: a?.voortgang, to: b?.voortgang };
    const impact = { from: a?.impact, to: b?.impact };
    let kind: ChangeKind;
    if (!a) kind = 'nieuw';
    else if (!b) kind = 'vervallen';
    else {
      const d = [RANK[a.voortgang] - RANK[b.voortgang], RANK[a.impact] - RANK[b.impact]];
      const better = d.some((x) => x > 0);
      const worse = d.some((x) => x < 0);
      kind = better && worse ? 'gewijzigd' : better ? 'beter' : worse ? 'slechter' : 'gelijk';
    }
    return { action, kind, voortgang, impact };
  });
}

export interface Point {
  value: number;
  period: string;
  source?: string;
}

export interface SeriesRow {
  kind: 'nulmeting' | 'meting' | 'doel';
  /** The period as written ("2025", "2026-Q2"). */
  period: string;
  /** Sort key of the period (ISO date of its start), when known. */
  start?: string;
  value: number;
  source?: string;
  note?: string;
  /** Realisations: the report that brought it. */
  report?: string;
}

export interface Realisation {
  value: number;
  period: { raw: string; start: string };
  source: string;
  note?: string;
  report: string;
}

/**
 * The rows of a KPI: nulmeting, then the realisations in order of their period (when two reports
 * give the same period, the later report wins), then the target.
 */
export function kpiSeries(baseline: Point | undefined, realisations: Realisation[], target: Point | undefined): SeriesRow[] {
  const byPeriod = new Map<string, Realisation>();
  for (const r of [...realisations].sort((a, b) => (a.report < b.report ? -1 : a.report > b.report ? 1 : 0))) byPeriod.set(r.period.raw, r);
  const measured = [...byPeriod.values()]
    .sort((a, b) => (a.period.start < b.period.start ? -1 : a.period.start > b.period.start ? 1 : 0))
    .map((r): SeriesRow => ({
      kind: 'meting',
      period: r.period.raw,
      start: r.period.start,
      value: r.value,
      source: r.source,
      note: r.note,
      report: r.report,
    }));
  const rows: SeriesRow[] = [];
  if (baseline) rows.push({ kind: 'nulmeting', period: baseline.period, value: baseline.value, source: baseline.source });
  rows.push(...measured);
  if (target) rows.push({ kind: 'doel', period: target.period, value: target.value, source: target.source });
  return rows;
}

/**
 * How far the latest measurement got from the nulmeting to the target, as a fraction (0 = at the
 * nulmeting, 1 = target reached; below 0 when it moved away, above 1 past the target). Null
 * without nulmeting, target or measurement, or when nulmeting and target are equal.
 */
export function progressFraction(baseline: number | undefined, latest: number | undefined, target: number | undefined): number | null {
  if (baseline === undefined || latest === undefined || target === undefined || target === baseline) return null;
  return Math.round(((latest - baseline) / (target - baseline)) * 1000) / 1000;
}
