/**
 * Marks abbreviations from the glossary in chapter text: every occurrence becomes
 * <abbr title="expansion">, the first one in a chapter also links to its glossary entry.
 * Terms come from the region's own glossary (taken from the file's path), then the national one.
 */
import { loadContent } from './content/load.ts';

let terms; // region -> [{ term, expansion, href }]
function glossary() {
  if (terms) return terms;
  terms = new Map();
  const { model } = loadContent(process.env.MJA_CONTENT ?? 'content', { compileMdx: false });
  for (const g of model.glossary) {
    const t = g.data.term;
    // abbreviations only: short, at least two capitals, no spaces ("RWC", "LLO", "W&P" but not "Werkcentrum")
    if (t.length > 12 || /\s/.test(t) || (t.match(/[A-Z]/g) ?? []).length < 2) continue;
    const list = terms.get(g.region) ?? [];
    list.push({ term: t, expansion: g.data.expansion, href: `/begrippen/#begrip-${g.region}-${g.localId}` });
    terms.set(g.region, list);
  }
  return terms;
}

const SKIP = new Set(['a', 'abbr', 'code', 'pre', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'script', 'style']);
const esc = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function rehypeAbbr() {
  return (tree, file) => {
    const path = String(file?.path ?? file?.history?.[0] ?? '');
    const m = path.match(/\/([^/]+)\/documents\/[^/]+\/[^/]+\.mdx?$/);
    if (!m) return;
    const g = glossary();
    const byTerm = new Map();
    for (const e of [...(g.get('landelijk') ?? []), ...(g.get(m[1]) ?? [])]) byTerm.set(e.term, e); // region wins
    if (!byTerm.size) return;
    const re = new RegExp(`(?<![\\p{L}\\p{N}])(${[...byTerm.keys()].sort((a, b) => b.length - a.length).map(esc).join('|')})(?![\\p{L}\\p{N}])`, 'gu');
    const linked = new Set();
    const visit = (node) => {
      if (!node.children) return;
      const out = [];
      for (const child of node.children) {
        if (child.type === 'element' && SKIP.has(child.tagName)) {
          out.push(child);
          continue;
        }
        if (child.type !== 'text') {
          visit(child);
          out.push(child);
          continue;
        }
        let last = 0;
        const v = child.value;
        for (const hit of v.matchAll(re)) {
          const e = byTerm.get(hit[1]);
          if (hit.index > last) out.push({ type: 'text', value: v.slice(last, hit.index) });
          const abbr = { type: 'element', tagName: 'abbr', properties: { title: e.expansion }, children: [{ type: 'text', value: hit[1] }] };
          if (!linked.has(e.term)) {
            linked.add(e.term);
            out.push({ type: 'element', tagName: 'a', properties: { href: e.href, className: ['abbr-link'] }, children: [abbr] });
          } else out.push(abbr);
          last = hit.index + hit[1].length;
        }
        if (last === 0) out.push(child);
        else if (last < v.length) out.push({ type: 'text', value: v.slice(last) });
      }
      node.children = out;
    };
    visit(tree);
  };
}
