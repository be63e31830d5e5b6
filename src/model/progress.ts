/**
 * The monitoring of one region as the Voortgang page, the voortgangsrapportage and the open data
 * show it: per action the stand in a report (overall colour and its cause), what changed since the
 * previous report, and per KPI the series from nulmeting through the realisations to the target.
 * Works on the entries of the content collections (src/model/queries.ts); no rendering here.
 */
import { isPlaceholder } from '../core/numbers.ts';
import {
  kpiSeries,
  overall,
  progressFraction,
  statusChanges,
  COLOURS,
  type Colour,
  type SeriesRow,
  type StatusChange,
  type Variable,
} from '../core/monitoring.ts';
import type { Action, Indicator, Report, Theme } from './queries.ts';
import { lookup } from './queries.ts';

export interface ActionStand {
  action: Action;
  themes: Theme[];
  voortgang: Colour;
  impact: Colour;
  colour: Colour;
  causes: Variable[];
  explanation: string;
  reached?: number;
  reachedNote?: string;
}

export interface Kpi {
  indicator: Indicator;
  theme?: Theme;
  baseline?: { value: number; period: string; source?: string };
  target?: { value: number; period: string; source?: string };
  /** A target the source leaves open ("[x]"): the placeholder and its period. */
  openTarget?: { text: string; period: string };
  rows: SeriesRow[];
  latest?: SeriesRow;
  fraction: number | null;
  /** Realisations the current report brought. */
  fresh: SeriesRow[];
}

export interface RegionProgress {
  reports: Report[];
  current?: Report;
  previous?: Report;
  stands: ActionStand[];
  byColour: Record<Colour, ActionStand[]>;
  /** Actions of the region without a stand in the current report. */
  unreported: Action[];
  changes: (StatusChange & { title: string })[];
  kpis: Kpi[];
}

interface RegionInput {
  region: { id: string };
  actions: Action[];
  indicators: Indicator[];
  themes: Theme[];
  monitoring: Report[];
}

/** The stand of `reportId` (default: the latest report), compared with the report before it. */
export function regionProgress(data: RegionInput, reportId?: string): RegionProgress {
  const reports = data.monitoring;
  const at = reportId ? reports.findIndex((r) => r.id === reportId) : reports.length - 1;
  const current = at >= 0 ? reports[at] : undefined;
  const previous = at > 0 ? reports[at - 1] : undefined;
  const region = data.region.id;
  const actionOf = (id: string) => data.actions.find((a) => a.data.id === id)!;
  const stands: ActionStand[] = (current?.data.actions ?? []).map((s) => {
    const action = actionOf(s.action);
    return {
      action,
      themes: action.data.themes.map((t) => lookup(data.themes, t, region)).filter((t): t is Theme => !!t),
      voortgang: s.voortgang,
      impact: s.impact,
      ...overall(s),
      explanation: s.explanation,
      reached: s.reached,
      reachedNote: s.reachedNote,
    };
  });
  const byColour = Object.fromEntries(COLOURS.map((c) => [c, stands.filter((s) => s.colour === c)])) as Record<Colour, ActionStand[]>;
  const reported = new Set(stands.map((s) => s.action.data.id));
  const unreported = current ? data.actions.filter((a) => !reported.has(a.data.id)) : [];
  const changes = previous
    ? statusChanges(previous.data.actions, current!.data.actions).map((c) => ({ ...c, title: actionOf(c.action).data.title }))
    : [];

  // realisations up to and including the current report
  const upTo = at >= 0 ? reports.slice(0, at + 1) : [];
  const kpis: Kpi[] = [];
  for (const ind of data.indicators) {
    const d = ind.data;
    const realisations = upTo.flatMap((r) =>
      r.data.indicators
        .filter((x) => x.indicator === d.localId)
        .map((x) => ({ value: x.value, period: x.period, source: x.source, note: x.note, report: r.data.localId })),
    );
    const doel = d.kind === 'doel';
    if (!d.baseline && !d.target && !doel && !realisations.length) continue;
    const target = d.target ?? (doel && typeof d.value === 'number' ? { value: d.value, period: d.period, source: d.source } : undefined);
    const openTarget = !target && doel && isPlaceholder(d.value) ? { text: String(d.value), period: d.period } : undefined;
    const rows = kpiSeries(d.baseline, realisations, target);
    const measured = rows.filter((r) => r.kind === 'meting');
    const latest = measured.at(-1);
    kpis.push({
      indicator: ind,
      theme: lookup(data.themes, d.theme, region),
      baseline: d.baseline,
      target,
      openTarget,
      rows,
      latest,
      fraction: progressFraction(d.baseline?.value, latest?.value, target?.value),
      fresh: measured.filter((r) => r.report === current?.data.localId),
    });
  }
  return { reports, current, previous, stands, byColour, unreported, changes, kpis };
}

/** "45% van de weg van nulmeting naar doel", or why there is no such figure. */
export function progressText(k: Kpi): string {
  if (!k.latest) return 'nog geen meting';
  if (k.fraction === null) return k.baseline && k.target ? 'nulmeting gelijk aan doel' : k.target ? 'geen nulmeting' : 'geen doel';
  if (k.fraction >= 1) return 'doel bereikt';
  if (k.fraction < 0) return 'verder van het doel dan bij de nulmeting';
  return `${Math.round(k.fraction * 100)}% van de weg van nulmeting naar doel`;
}
