/**
 * Open data of the Voortgang page: the stand of every action in every report (acties.csv), the
 * KPI series from nulmeting through the realisations to the target (kpi.csv), and both with the
 * reports in one JSON file (voortgang.json). A region without reports gets the headers only.
 */
import type { APIRoute } from 'astro';
import { regionData } from '../../../model/queries.ts';
import { regionProgress } from '../../../model/progress.ts';
import { overall } from '../../../core/monitoring.ts';
import { toCsv } from '../../../core/csv.ts';
import { staticPaths } from '../../../model/index.ts';

export const getStaticPaths = () => staticPaths('progress-data');

export const GET: APIRoute = async ({ params }) => {
  const data = await regionData(params.region!);
  const p = regionProgress(data);
  const titleOf = (id: string) => data.actions.find((a) => a.data.id === id)?.data.title ?? '';
  const statuses = p.reports.flatMap((r) =>
    r.data.actions.map((s) => {
      const o = overall(s);
      return {
        periode: r.data.period.raw,
        actie: s.action,
        titel: titleOf(s.action),
        voortgang: s.voortgang,
        impact: s.impact,
        kleur: o.colour,
        bepaaldDoor: o.causes,
        toelichting: s.explanation,
        bereikt: s.reached ?? null,
        bereikToelichting: s.reachedNote ?? null,
      };
    }),
  );
  const kpis = p.kpis.map((k) => ({
    id: k.indicator.data.localId,
    kpi: k.indicator.data.label,
    eenheid: k.indicator.data.unit,
    gebied: k.indicator.data.geography,
    nulmeting: k.baseline ?? null,
    doel: k.target ?? (k.openTarget ? { value: k.openTarget.text, period: k.openTarget.period } : null),
    reeks: k.rows.map((r) => ({
      soort: r.kind,
      periode: r.period,
      waarde: r.value,
      bron: r.source ?? k.indicator.data.source,
      rapportage: r.report ?? null,
      opmerking: r.note ?? null,
    })),
  }));
  let body: string;
  let type = 'text/csv; charset=utf-8';
  if (params.file === 'acties.csv') {
    body = toCsv(
      ['periode', 'actie', 'titel', 'voortgang', 'impact', 'kleur', 'kleur_bepaald_door', 'toelichting', 'bereikt', 'bereik_toelichting'],
      statuses.map((s) => [
        s.periode,
        s.actie,
        s.titel,
        s.voortgang,
        s.impact,
        s.kleur,
        s.bepaaldDoor.join(' en '),
        s.toelichting,
        s.bereikt,
        s.bereikToelichting ?? '',
      ]),
    );
  } else if (params.file === 'kpi.csv') {
    body = toCsv(
      ['id', 'kpi', 'eenheid', 'soort', 'periode', 'waarde', 'bron', 'rapportage', 'opmerking'],
      kpis.flatMap((k) =>
        k.reeks.map((r) => [k.id, k.kpi, k.eenheid, r.soort, r.periode, r.waarde, r.bron, r.rapportage ?? '', r.opmerking ?? '']),
      ),
    );
  } else {
    type = 'application/json; charset=utf-8';
    const reports = p.reports.map((r) => ({
      periode: r.data.period.raw,
      titel: r.data.title ?? null,
      datum: r.data.date?.raw ?? null,
      overleg: r.data.body ?? null,
      samenvatting: r.data.summary ?? null,
    }));
    body =
      JSON.stringify({ regio: data.region.id, naam: data.region.data.name, rapportages: reports, acties: statuses, kpis }, null, 2) + '\n';
  }
  return new Response(body, { headers: { 'Content-Type': type } });
};
