import type { APIRoute } from 'astro';
import { all, ownerName } from '../model/queries.ts';
import { url } from '../core/urls.ts';
import { DOCUMENT_TYPE_LABELS } from '../i18n/labels.ts';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Atom feed of documents, newest first. Dates come from the content, so two builds give the same bytes. */
export const GET: APIRoute = async ({ site }) => {
  const a = await all();
  const abs = (p: string) => new URL(p, site).href;
  const docs = [...a.documents].sort((x, y) => (y.data.date?.start ?? '').localeCompare(x.data.date?.start ?? ''));
  const updated = (docs.find((d) => d.data.date)?.data.date?.start ?? '2026-01-01') + 'T00:00:00Z';
  const entries = docs.map((d) => {
    const when = (d.data.date?.start ?? '2026-01-01') + 'T00:00:00Z';
    return `  <entry>
    <title>${esc(d.data.title)}</title>
    <id>${abs(url.document(d.id))}</id>
    <link href="${abs(url.document(d.id))}"/>
    <updated>${when}</updated>
    <category term="${esc(DOCUMENT_TYPE_LABELS[d.data.type])}"/>
    <author><name>${esc(ownerName(d.data.region, a.regions))}</name></author>
    <summary>${esc(d.data.summary)}</summary>
  </entry>`;
  });
  const xml = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="nl">
  <title>Meerjarenagenda arbeidsmarktregio’s: documenten</title>
  <id>${abs('/')}</id>
  <link href="${abs(url.feed())}" rel="self"/>
  <link href="${abs('/')}"/>
  <updated>${updated}</updated>
${entries.join('\n')}
</feed>
`;
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
