import type { APIRoute, GetStaticPaths } from 'astro';
import { all } from '../../../model/queries.ts';
import { toCsv } from '../../../core/csv.ts';
import { staticPaths } from '../../../model/index.ts';

export const getStaticPaths = () => staticPaths('csv');

export const GET: APIRoute = async ({ props }) => {
  const a = await all();
  let body: string;
  if (props.kind === 'table') {
    const t = a.tables.find((x) => x.id === props.id)!.data;
    const header = t.columns.map((c) => (c.unit === 'tekst' ? c.label : `${c.label} (${c.unit})`));
    body = toCsv(header, [...t.rows, ...t.totals]);
  } else {
    const list = a.indicators.filter((i) => i.data.region === props.id);
    body = toCsv(
      ['id', 'cijfer', 'waarde', 'kwalificatie', 'eenheid', 'periode', 'gebied', 'soort', 'bron'],
      list.map((i) => [
        i.data.localId,
        i.data.label,
        i.data.value,
        i.data.qualifier ?? '',
        i.data.unit,
        i.data.period,
        i.data.geography,
        i.data.kind,
        i.data.source,
      ]),
    );
  }
  return new Response(body, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
