/**
 * Marks abbreviations from the glossary in chapter text: every occurrence becomes
 * <abbr title="expansion">, the first one in a chapter also links to its glossary entry.
 * Terms come from the chapter's region's own glossary, then the national one.
 */
import type { Element, ElementContent, Root, RootContent, Text } from 'hast';
import type { VFile } from 'vfile';
import { resolve } from 'node:path';
import { getModel } from '../model/index.ts';
import { NATIONAL, type Model } from '../model/types.ts';
import { settings } from '../settings.ts';
import { withBase } from '../core/urls.ts';

interface Term {
  term: string;
  expansion: string;
  href: string;
}

/** Abbreviations per region ("landelijk" for the national glossary), from the model. */
const cache = new WeakMap<Model, Map<string, Term[]>>();
function glossary(model: Model): Map<string, Term[]> {
  const known = cache.get(model);
  if (known) return known;
  const terms = new Map<string, Term[]>();
  cache.set(model, terms);
  const url = withBase(settings().base);
  for (const g of model.glossary) {
    const t = g.data.term;
    // abbreviations only: short, at least two capitals, no spaces ("RWC", "LLO", "W&P" but not "Werkcentrum")
    if (t.length > 12 || /\s/.test(t) || (t.match(/[A-Z]/g) ?? []).length < 2) continue;
    const list = terms.get(g.region) ?? [];
    list.push({ term: t, expansion: g.data.expansion, href: url.term(g.id) });
    terms.set(g.region, list);
  }
  return terms;
}

const SKIP = new Set(['a', 'abbr', 'code', 'pre', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'script', 'style']);
const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function rehypeAbbr() {
  return (tree: Root, file: VFile) => {
    const path = String(file?.path ?? file?.history?.[0] ?? '');
    const { model } = getModel();
    const chapter = path ? model.chapters.find((c) => resolve(c.file) === resolve(path)) : undefined;
    if (!chapter) return;
    const g = glossary(model);
    const byTerm = new Map<string, Term>();
    for (const e of [...(g.get(NATIONAL) ?? []), ...(g.get(chapter.region) ?? [])]) byTerm.set(e.term, e); // region wins
    if (!byTerm.size) return;
    const re = new RegExp(
      `(?<![\\p{L}\\p{N}])(${[...byTerm.keys()]
        .sort((a, b) => b.length - a.length)
        .map(esc)
        .join('|')})(?![\\p{L}\\p{N}])`,
      'gu',
    );
    const linked = new Set<string>();
    const visit = (node: Root | Element) => {
      if (!node.children) return;
      const out: (RootContent & ElementContent)[] = [];
      for (const child of node.children) {
        if (child.type === 'element' && SKIP.has(child.tagName)) {
          out.push(child);
          continue;
        }
        if (child.type !== 'text') {
          if ('children' in child) visit(child as Element); // elements and MDX components alike
          out.push(child as RootContent & ElementContent);
          continue;
        }
        let last = 0;
        const v = (child as Text).value;
        for (const hit of v.matchAll(re)) {
          const e = byTerm.get(hit[1])!;
          if (hit.index > last) out.push({ type: 'text', value: v.slice(last, hit.index) });
          const abbr: Element = {
            type: 'element',
            tagName: 'abbr',
            properties: { title: e.expansion },
            children: [{ type: 'text', value: hit[1] }],
          };
          if (!linked.has(e.term)) {
            linked.add(e.term);
            out.push({ type: 'element', tagName: 'a', properties: { href: e.href, className: ['abbr-link'] }, children: [abbr] });
          } else out.push(abbr);
          last = hit.index + hit[1].length;
        }
        if (last === 0) out.push(child);
        else if (last < v.length) out.push({ type: 'text', value: v.slice(last) });
      }
      node.children = out as typeof node.children;
    };
    visit(tree);
  };
}
