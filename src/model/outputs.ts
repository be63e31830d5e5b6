/**
 * The one list of everything a build writes: every page, print edition, letter, CSV file, feed
 * and PDF, with its path, title, language, whether search engines may index it, and what a PDF
 * carries as metadata. Pages take their static paths from here (`staticPaths`); the sitemap, the
 * PDF step, the benchmark and the tests read the same list. Nothing rediscovers outputs from
 * folder names or built HTML.
 */
import { paths } from '../core/urls.ts';
import { formatFuzzyDate, type FuzzyDate } from '../core/dates.ts';
import { DOCUMENT_TYPE_LABELS } from '../i18n/labels.ts';
import { resolveRef } from './check.ts';
import { NATIONAL, type Entry, type Model } from './types.ts';
import { versionsOf } from './versions.ts';

export type OutputKind =
  | 'home'
  | 'not-found'
  | 'glossary'
  | 'open-data'
  | 'accessibility'
  | 'writers'
  | 'search'
  | 'themes'
  | 'theme'
  | 'feed'
  | 'region'
  | 'figures'
  | 'csv'
  | 'actions'
  | 'governance'
  | 'help'
  | 'documents'
  | 'document'
  | 'chapter'
  | 'print'
  | 'letter'
  | 'letters'
  | 'letter-file'
  | 'progress'
  | 'progress-data'
  | 'progress-print'
  | 'progress-national'
  | 'versions'
  | 'version-diff'
  | 'pdf';

/** What a PDF carries besides its pages (document properties). */
export interface PdfMeta {
  title: string;
  author: string;
  subject?: string;
  keywords: string[];
}

export interface Output {
  kind: OutputKind;
  /** URL path under the site's base, without a leading slash ("" for the home page). */
  path: string;
  /** The file in the output folder. */
  file: string;
  lang: 'nl';
  /** Marked noindex and left out of the sitemap (print editions, letters, PDFs). */
  noindex: boolean;
  title?: string;
  /** Route parameters and props of the Astro page that renders it. */
  params?: Record<string, string>;
  props?: Record<string, string>;
  /** Print editions and letters: the PDF made from them. */
  pdf?: { path: string; file: string; meta: PdfMeta; doc: string; gemeente?: string; all?: boolean };
}

type Municipality = { id: string; name: string };

/** The gemeenten a raadsinformatiebrief goes to: every gemeente of the region, or the ones listed. */
export function recipientsOf<G extends Municipality>(letter: { recipients: 'alle' | string[] } | undefined, municipalities: G[]): G[] {
  if (!letter) return [];
  const rec = letter.recipients;
  return municipalities.filter((g) => rec === 'alle' || rec.includes(g.id));
}

/** "Landelijk" for national documents, else the region's name. */
export function ownerNameIn(model: Model, owner: string): string {
  return owner === NATIONAL ? 'Landelijk' : (model.regions.find((r) => r.localId === owner)?.data.name ?? owner);
}

const page = (kind: OutputKind, path: string, extra: Partial<Output> = {}): Output => ({
  kind,
  path,
  file: path.endsWith('/') || path === '' ? `${path}index.html` : path,
  lang: 'nl',
  noindex: false,
  ...extra,
});

function printMeta(model: Model, doc: Entry): PdfMeta {
  const d = doc.data;
  const region = model.regions.find((r) => r.localId === doc.region);
  const owner = region ? `Arbeidsmarktregio ${region.data.name}` : 'Landelijk';
  const themeTitle = (t: string) => model.themes.find((x) => x.id === resolveRef(t, doc.region))?.data.title ?? t;
  return {
    // the region's name once: added only when the title does not already carry it
    title: d.title.includes(ownerNameIn(model, doc.region)) ? d.title : `${d.title} (${ownerNameIn(model, doc.region)})`,
    author: d.authors.length ? d.authors.join(', ') : owner,
    subject: d.summary,
    keywords: [DOCUMENT_TYPE_LABELS[d.type as keyof typeof DOCUMENT_TYPE_LABELS], owner, ...d.themes.map(themeTitle)],
  };
}

function letterMeta(doc: Entry, regionName: string, g: Municipality): PdfMeta {
  const onderwerp = doc.data.letter.onderwerp as string;
  return {
    title: `Raadsinformatiebrief ${g.name}: ${onderwerp}`,
    author: `Gemeente ${g.name}`,
    subject: `Raadsinformatiebrief aan de gemeenteraad van ${g.name}: ${onderwerp}`,
    keywords: ['Raadsinformatiebrief', `Gemeente ${g.name}`, `Arbeidsmarktregio ${regionName}`],
  };
}

/** Open data of the Voortgang page of each region. */
export const PROGRESS_FILES = ['acties.csv', 'kpi.csv', 'voortgang.json'] as const;

/** The key of a voortgangsrapportage in pdf/manifest.json and data-pdf-info ("proefregio/voortgang-2026-Q2"). */
export const progressDocId = (m: { region: string; localId: string }) => `${m.region}/voortgang-${m.localId}`;

/** "Voortgangsrapportage 2e kwartaal 2026" (or the report's own title). */
export function progressTitle(m: { data: { title?: string; period: FuzzyDate } }): string {
  return m.data.title ?? `Voortgangsrapportage ${formatFuzzyDate(m.data.period)}`;
}

function progressMeta(model: Model, m: Entry): PdfMeta {
  const name = ownerNameIn(model, m.region);
  return {
    title: `${progressTitle(m)} (${name})`,
    author: `Arbeidsmarktregio ${name}`,
    subject: m.data.summary ?? `Voortgang van de uitvoering en de KPI's van arbeidsmarktregio ${name}`,
    keywords: ['Voortgangsrapportage', `Arbeidsmarktregio ${name}`, formatFuzzyDate(m.data.period)],
  };
}

/** Every output of a build of this model, sorted by path. */
export function outputs(model: Model): Output[] {
  const out: Output[] = [
    page('home', paths.home()),
    page('not-found', '404.html', { noindex: true }),
    page('glossary', paths.glossary()),
    page('open-data', paths.openData()),
    page('accessibility', paths.accessibility()),
    page('writers', paths.writers(), { title: 'Voor schrijvers' }),
    page('search', paths.search()),
    page('themes', paths.themes()),
    page('feed', paths.feed()),
    page('progress-national', paths.progressNational(), { title: 'Voortgang per landelijke opgave' }),
  ];
  for (const t of model.sharedThemes)
    out.push(page('theme', paths.theme(t.id), { title: t.data.title, params: { theme: t.id }, props: { id: t.id } }));

  for (const r of model.regions) {
    const params = { region: r.localId };
    out.push(page('region', paths.region(r.localId), { title: `Arbeidsmarktregio ${r.data.name}`, params }));
    out.push(page('figures', paths.figures(r.localId), { params }));
    out.push(page('actions', paths.actions(r.localId), { params }));
    out.push(page('governance', paths.governance(r.localId), { params }));
    out.push(page('help', paths.help(r.localId), { title: `Hulp bij werk en inkomen in ${r.data.name}`, params }));
    out.push(
      page('csv', paths.csv(`${r.localId}/cijfers`), {
        params: { region: r.localId, file: 'cijfers' },
        props: { kind: 'indicators', id: r.localId },
      }),
    );
  }
  for (const t of model.tables) {
    out.push(page('csv', paths.csv(t.id), { params: { region: t.region, file: t.localId }, props: { kind: 'table', id: t.id } }));
  }

  const owners = new Set(model.documents.map((d) => d.region));
  for (const o of owners) out.push(page('documents', paths.documents(o), { params: { region: o } }));
  for (const d of model.documents) {
    const params = { region: d.region, doc: d.localId };
    out.push(page('document', paths.document(d.id), { title: d.data.title, params, props: { id: d.id } }));
    const meta = printMeta(model, d);
    out.push(
      page('print', paths.print(d.id), {
        noindex: true,
        title: meta.title,
        params,
        props: { id: d.id },
        pdf: { path: paths.pdf(d.id), file: paths.pdf(d.id), meta, doc: d.id },
      }),
    );
    const region = model.regions.find((r) => r.localId === d.region);
    const recipients = recipientsOf(d.data.letter, (region?.data.municipalities ?? []) as Municipality[]);
    if (recipients.length) {
      // all letters in one PDF (from one page) and in one zip, for the griffie
      const onderwerp = d.data.letter.onderwerp as string;
      const am: PdfMeta = {
        title: `Raadsinformatiebrieven aan ${recipients.length} gemeenteraden: ${onderwerp}`,
        author: `Arbeidsmarktregio ${region!.data.name}`,
        subject: `De raadsinformatiebrief aan elke gemeenteraad (${recipients.map((g) => g.name).join(', ')}): ${onderwerp}`,
        keywords: ['Raadsinformatiebrief', `Arbeidsmarktregio ${region!.data.name}`],
      };
      out.push(
        page('letters', paths.letters(d.id), {
          noindex: true,
          title: am.title,
          params,
          props: { id: d.id },
          pdf: { path: paths.lettersPdf(d.id), file: paths.lettersPdf(d.id), meta: am, doc: d.id, all: true },
        }),
      );
      out.push(page('letter-file', paths.lettersZip(d.id), { noindex: true, title: `${am.title} (zip)` }));
    }
    for (const g of recipients) {
      const lm = letterMeta(d, region!.data.name, g);
      out.push(
        page('letter', paths.letter(d.id, g.id), {
          noindex: true,
          title: lm.title,
          params: { ...params, gemeente: g.id },
          props: { id: d.id, gemeente: g.id },
          pdf: { path: paths.letterPdf(d.id, g.id), file: paths.letterPdf(d.id, g.id), meta: lm, doc: d.id, gemeente: g.id },
        }),
      );
      out.push(page('letter-file', paths.letterDocx(d.id, g.id), { noindex: true, title: `${lm.title} (DOCX)` }));
    }
  }
  // versions of each document from the git history of its content (src/model/versions.ts)
  for (const d of model.documents) {
    const versions = versionsOf(model.root, d.id);
    if (!versions.length) continue;
    const params = { region: d.region, doc: d.localId };
    out.push(page('versions', paths.versions(d.id), { title: `Versies van ${d.data.title}`, params, props: { id: d.id } }));
    versions.slice(1).forEach((v, i) => {
      out.push(
        page('version-diff', paths.versionDiff(d.id, v.short), {
          title: `Wijzigingen in ${d.data.title} (${v.date})`,
          params: { ...params, version: v.short },
          props: { id: d.id, from: versions[i].commit, to: v.commit },
        }),
      );
    });
  }
  for (const c of model.chapters) {
    const [region, doc, chapter] = c.id.split('/');
    out.push(page('chapter', paths.chapter(c.id), { title: c.data.title, params: { region, doc, chapter }, props: { id: c.id } }));
  }
  for (const r of model.regions) {
    out.push(page('progress', paths.progress(r.localId), { title: `Voortgang ${r.data.name}`, params: { region: r.localId } }));
    for (const file of PROGRESS_FILES)
      out.push(page('progress-data', paths.progressData(r.localId, file), { params: { region: r.localId, file } }));
  }
  for (const m of model.monitoring) {
    const meta = progressMeta(model, m);
    out.push(
      page('progress-print', paths.progressPrint(m.region, m.localId), {
        noindex: true,
        title: meta.title,
        params: { region: m.region, period: m.localId },
        props: { id: m.id },
        pdf: { path: paths.progressPdf(m.region, m.localId), file: paths.progressPdf(m.region, m.localId), meta, doc: progressDocId(m) },
      }),
    );
  }
  for (const o of [...out]) if (o.pdf) out.push(page('pdf', o.pdf.path, { noindex: true, title: o.pdf.meta.title }));
  return out.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** Astro's getStaticPaths for the pages of one kind. */
export function routesOf(list: Output[], kind: OutputKind) {
  type Props = Record<string, string> & { output: Output };
  return list.filter((o) => o.kind === kind && o.params).map((o) => ({ params: o.params!, props: { ...o.props, output: o } as Props }));
}
