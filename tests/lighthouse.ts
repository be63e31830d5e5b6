/**
 * Lighthouse on the built site: which page stands for each page type, and one run on a Chromium
 * that listens on a debugging port. Used by tests/e2e/lighthouse.spec.ts (assertions) and
 * scripts/lighthouse.ts (scores as medians of several runs).
 */
import lighthouse from 'lighthouse';
import { getModel } from '../src/model/index.ts';
import { outputs, type OutputKind } from '../src/model/outputs.ts';

export interface LhPage {
  kind: OutputKind;
  path: string;
  indexable: boolean;
}

/** The region whose pages stand for their type: the one with the most figures and text. */
const PREFERRED_REGION = 'rivierenland';

/** One HTML page per page type (the 404 page by its own address, as a server returns it). */
export function lighthousePages(root = 'content'): LhPage[] {
  const list = outputs(getModel(root).model).filter((o) => o.file.endsWith('.html'));
  const byKind = new Map<OutputKind, (typeof list)[number]>();
  for (const o of list) {
    const cur = byKind.get(o.kind);
    const preferred = o.params?.region === PREFERRED_REGION || o.path.startsWith(`${PREFERRED_REGION}/`);
    const curPreferred = cur && (cur.params?.region === PREFERRED_REGION || cur.path.startsWith(`${PREFERRED_REGION}/`));
    if (!cur || (preferred && !curPreferred)) byKind.set(o.kind, o);
  }
  return [...byKind.values()].map((o) => ({
    kind: o.kind,
    path: o.kind === 'not-found' ? '/404.html' : `/${o.path}`,
    indexable: !o.noindex,
  }));
}

export interface LhResult {
  scores: Record<string, number>;
  audits: Record<string, number | null>;
  failedAudits: Record<string, string[]>;
  totalBytes: number;
  metrics: { fcp: number; lcp: number; tbt: number; cls: number };
}

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

/** One Lighthouse run (mobile form factor, simulated throttling: Lighthouse's defaults). */
export async function runLighthouse(url: string, port: number): Promise<LhResult> {
  const result = await lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES });
  if (!result) throw new Error(`Lighthouse gaf geen resultaat voor ${url}`);
  const lhr = result.lhr;
  if (lhr.runtimeError) throw new Error(`Lighthouse op ${url}: ${lhr.runtimeError.message}`);
  const scores: Record<string, number> = {};
  const failedAudits: Record<string, string[]> = {};
  for (const id of CATEGORIES) {
    const cat = lhr.categories[id];
    scores[id] = cat?.score ?? 0;
    failedAudits[id] = (cat?.auditRefs ?? [])
      .filter((a) => a.weight > 0 && lhr.audits[a.id]?.score !== null && (lhr.audits[a.id]?.score ?? 1) < 1)
      .map((a) => `${a.id} (${lhr.audits[a.id]?.displayValue ?? lhr.audits[a.id]?.score})`);
  }
  const audits: Record<string, number | null> = {};
  for (const [id, a] of Object.entries(lhr.audits)) audits[id] = a.score;
  const num = (id: string) => Number(lhr.audits[id]?.numericValue ?? NaN);
  return {
    scores,
    audits,
    failedAudits,
    totalBytes: num('total-byte-weight'),
    metrics: {
      fcp: num('first-contentful-paint'),
      lcp: num('largest-contentful-paint'),
      tbt: num('total-blocking-time'),
      cls: num('cumulative-layout-shift'),
    },
  };
}
