/**
 * Typesetting of a chapter for the print editions (src/pages/[region]/documenten/[doc]/print.astro),
 * on the chapter's rendered HTML:
 * - figures (tables with their charts) stand after the paragraph that discusses them, not all
 *   after the chapter: the paragraph that names the figure ("figuur 3") or that quotes the most of
 *   its numbers; figures keep their order, and one no paragraph discusses ends the chapter;
 * - footnotes stand directly under the paragraph with their reference (Chromium has no
 *   `float: footnote`), without the web's back links;
 * - the leden of a convenant's article become numbered paragraphs instead of headings;
 * - running text gets Dutch soft hyphens (Chromium here has no Dutch hyphenation dictionary, so
 *   `hyphens: auto` would do nothing; with soft hyphens `hyphens: manual` breaks words at them).
 * Pure: HTML in, HTML out.
 */
import { fromHtml } from 'hast-util-from-html';
import { toHtml as hastToHtml } from 'hast-util-to-html';
import { toText } from 'hast-util-to-text';
import hyphenNl from 'hyphen/nl';
import type { Element, ElementContent, Root, RootContent, Text } from 'hast';

const parse = (html: string) => fromHtml(html, { fragment: true });
/** HTML as the pages write it: "&amp;", not "&#x26;". */
export const toHtml = (n: Root | RootContent) => hastToHtml(n, { characterReferences: { useNamedReferences: true } });
const isEl = (n: RootContent | ElementContent | Root): n is Element => n.type === 'element';
const cls = (e: Element) => {
  const c: unknown = e.properties.className;
  return Array.isArray(c) ? c.map(String) : typeof c === 'string' ? c.split(/\s+/) : [];
};
const walk = (n: Root | Element, f: (e: Element) => void) => {
  for (const c of n.children) {
    if (isEl(c)) {
      f(c);
      walk(c, f);
    }
  }
};
const find = (n: Root | Element, test: (e: Element) => boolean): Element[] => {
  const out: Element[] = [];
  walk(n, (e) => test(e) && out.push(e));
  return out;
};
const HEADING = /^h[1-6]$/;

// numbers as a text quotes them: 13.500, 73,7, 2.431, -11,6; years and small counts say too little
const NUMBER = /(?<![\d.,])\d{1,3}(?:\.\d{3})+(?:,\d+)?(?![\d,])|(?<![\d.,])\d+,\d+(?![\d,])|(?<![\d.,])\d{3,}(?![\d.,])/g;
const isYear = (s: string) => /^(19|20)\d\d$/.test(s);
export const numbersIn = (text: string) => new Set([...text.matchAll(NUMBER)].map((m) => m[0]).filter((s) => !isYear(s)));

/** The label a text uses for a figure: "Figuur 3", "Tabel 2.1" (from the start of its title), if any. */
export function figureLabel(title: string): string | undefined {
  return /^((?:figuur|tabel|grafiek)\s+\d+(?:\.\d+)?)\b/i.exec(title.trim())?.[1];
}

/** How strongly a block of text discusses a figure: its label named, or the figure's numbers quoted. */
export function figureScore(block: string, label: string | undefined, numbers: Set<string>): number {
  const named = label && new RegExp(`\\b${label.replace(/\s+/g, '\\s+').replace(/\./g, '\\.')}(?![\\d.]\\d)`, 'i').test(block);
  const quoted = numbersIn(block);
  let n = 0;
  for (const x of numbers) if (quoted.has(x)) n++;
  return (named ? 100 : 0) + n;
}

/**
 * Puts each figure (a `<section class="figure">`, in `figures` in their order) after the block of
 * the chapter's HTML that discusses it; returns the HTML and where each figure went (the index of
 * the block it follows, or -1 at the end).
 */
export function placeFigures(html: string, figures: string[]): { html: string; placed: number[] } {
  const root = parse(html);
  const blocks = root.children;
  // candidates: paragraphs, lists, quotes (not headings, not the footnotes)
  const texts = blocks.map((b) => (isEl(b) && !HEADING.test(b.tagName) && !('dataFootnotes' in b.properties) ? toText(b) : ''));
  const words = (i: number) => (texts[i] ? texts[i].split(/\s+/).filter(Boolean).length : 0);
  const notes0 = blocks.findIndex((b) => isEl(b) && 'dataFootnotes' in b.properties);
  const end = notes0 >= 0 ? notes0 : blocks.length;
  let last = -1;
  for (let i = 0; i < end; i++) if (isEl(blocks[i])) last = i;
  // one short paragraph (at most 25 words) closes the chapter after block i
  const shortTail = (i: number) => {
    const rest = blocks.slice(i + 1, end).flatMap((b, k) => (isEl(b) ? [i + 1 + k] : []));
    return rest.length === 1 && isEl(blocks[rest[0]]) && (blocks[rest[0]] as Element).tagName === 'p' && words(rest[0]) <= 25;
  };
  const after = new Map<number, string[]>();
  const placed: number[] = [];
  let from = 0;
  for (const f of figures) {
    const fig = parse(f);
    const heading = find(fig, (e) => HEADING.test(e.tagName))[0];
    const label = heading ? figureLabel(toText(heading)) : undefined;
    const cells = find(fig, (e) => e.tagName === 'td' || (e.tagName === 'th' && e.properties.scope === 'row'));
    const numbers = numbersIn(cells.map((c) => toText(c)).join(' \n '));
    const need = Math.min(2, Math.max(1, numbers.size));
    let best = -1;
    let bestScore = 0;
    for (let i = from; i < blocks.length; i++) {
      if (!texts[i]) continue;
      const s = figureScore(texts[i], label, numbers);
      if (s > bestScore) {
        best = i;
        bestScore = s;
      }
    }
    // a short last paragraph after the figure would stand alone after it (often on a page of its
    // own): the figure then goes after it, at the end of the chapter
    if (best >= 0 && bestScore >= need && shortTail(best)) best = last;
    if (best >= 0 && bestScore >= need) {
      after.set(best, [...(after.get(best) ?? []), f]);
      placed.push(best);
      from = best;
    } else {
      placed.push(-1);
      from = blocks.length;
    }
  }
  const tail = figures.filter((_, k) => placed[k] === -1);
  const out: string[] = [];
  const notes = blocks.findIndex((b) => isEl(b) && 'dataFootnotes' in b.properties);
  // a figure follows its paragraph's footnotes
  const isNote = (b: RootContent | undefined) => !!b && isEl(b) && cls(b).includes('footnote');
  const moved = new Map<number, string[]>();
  for (const [i, f] of after) {
    let k = i;
    while (isNote(blocks[k + 1]) || (blocks[k + 1]?.type === 'text' && isNote(blocks[k + 2]))) k += blocks[k + 1]?.type === 'text' ? 2 : 1;
    moved.set(k, [...(moved.get(k) ?? []), ...f]);
  }
  blocks.forEach((b, i) => {
    if (i === notes) out.push(...tail);
    out.push(toHtml(b));
    out.push(...(moved.get(i) ?? []));
  });
  if (notes < 0) out.push(...tail);
  return { html: out.join(''), placed };
}

/**
 * Moves every footnote of the chapter's HTML (GFM's `<section data-footnotes>`) directly under the
 * top-level block that holds its reference, as `<p class="footnote">` with its number; the back
 * links (↩) and the section with its hidden heading go.
 */
export function footnotesUnderBlocks(html: string): string {
  const root = parse(html);
  const section = root.children.find((b): b is Element => isEl(b) && 'dataFootnotes' in b.properties);
  if (!section) return html;
  const items = find(section, (e) => e.tagName === 'li' && typeof e.properties.id === 'string');
  const byId = new Map(items.map((li) => [String(li.properties.id), li]));
  const number = new Map(items.map((li, k) => [String(li.properties.id), k + 1]));
  const out: RootContent[] = [];
  for (const b of root.children) {
    if (b === section) continue;
    out.push(b);
    if (!isEl(b)) continue;
    const refs = find(b, (e) => e.tagName === 'a' && 'dataFootnoteRef' in e.properties);
    for (const a of refs) {
      delete a.properties.ariaDescribedBy;
      const id = String(a.properties.href ?? '').replace(/^#/, '');
      const li = byId.get(id);
      if (!li) continue;
      byId.delete(id);
      for (const back of find(li, (e) => e.tagName === 'a' && 'dataFootnoteBackref' in e.properties)) {
        back.tagName = 'span';
        back.properties = { className: ['footnote-back'] };
        back.children = [];
      }
      // the note's text: the inline content of its paragraphs
      const parts: ElementContent[] = [];
      for (const c of li.children) {
        if (isEl(c) && c.tagName === 'p') parts.push(...c.children, { type: 'text', value: ' ' });
        else if (c.type !== 'text' || c.value.trim()) parts.push(c);
      }
      const nrEl: Element = {
        type: 'element',
        tagName: 'span',
        properties: { className: ['footnote__nr'] },
        children: [{ type: 'text', value: `${number.get(id)} ` }],
      };
      const note: Element = {
        type: 'element',
        tagName: 'p',
        properties: { id, className: ['footnote'] },
        children: [nrEl, ...trimEnd(parts)],
      };
      // in a list: under the item with the reference (a list may run over two pages)
      const item =
        b.tagName === 'ul' || b.tagName === 'ol'
          ? b.children.find((li): li is Element => isEl(li) && li.tagName === 'li' && find(li, (e) => e === a).length > 0)
          : undefined;
      if (item) item.children.push(note);
      else out.push(note);
    }
  }
  // notes whose reference was not found stay at the end, as notes
  for (const [id, li] of byId) {
    out.push({
      type: 'element',
      tagName: 'p',
      properties: { id, className: ['footnote'] },
      children: li.children.flatMap((c) => (isEl(c) && c.tagName === 'p' ? c.children : [])),
    });
  }
  return toHtml({ type: 'root', children: out });
}

function trimEnd(parts: ElementContent[]): ElementContent[] {
  const out = parts.filter((p) => !(isEl(p) && cls(p).includes('footnote-back')));
  while (out.length && out.at(-1)!.type === 'text' && !(out.at(-1) as Text).value.trim()) out.pop();
  const last = out.at(-1);
  if (last?.type === 'text') last.value = last.value.trimEnd();
  return out;
}

/**
 * The leden of a convenant's article as numbered paragraphs: a heading "Lid 2" or "2. Centrumgemeente"
 * and the text under it become `<div class="lid">` with the number (and the term, bold) in front of
 * the first paragraph. Other headings stay.
 */
export function ledenAsParagraphs(html: string): string {
  const root = parse(html);
  const out: RootContent[] = [];
  let lid: Element | undefined;
  for (const b of root.children) {
    const m = isEl(b) && b.tagName === 'h2' ? /^(?:lid\s+)?(\d+[a-z]?)(?:[.)]\s*|\s+|$)(.*)$/i.exec(toText(b).trim()) : null;
    if (m && isEl(b)) {
      const [, nr, term] = m;
      const head: ElementContent[] = [
        { type: 'element', tagName: 'span', properties: { className: ['lid__nr'] }, children: [{ type: 'text', value: `${nr}.` }] },
      ];
      if (term)
        head.push(
          { type: 'text', value: ' ' },
          { type: 'element', tagName: 'strong', properties: {}, children: [{ type: 'text', value: term.replace(/[.:]?$/, '.') }] },
        );
      lid = { type: 'element', tagName: 'div', properties: { className: ['lid'], id: b.properties.id }, children: [] };
      lid.data = { head } as never;
      out.push(lid);
      continue;
    }
    if (isEl(b) && HEADING.test(b.tagName)) lid = undefined;
    if (!lid) {
      out.push(b);
      continue;
    }
    const head = (lid.data as unknown as { head?: ElementContent[] }).head;
    if (head && isEl(b) && b.tagName === 'p') {
      b.children = [...head, { type: 'text', value: ' ' }, ...b.children];
      lid.data = {} as never;
    } else if (head && isEl(b)) {
      lid.children.push({ type: 'element', tagName: 'p', properties: {}, children: head });
      lid.data = {} as never;
    }
    if (b.type === 'text' && !b.value.trim()) continue;
    lid.children.push(b as ElementContent);
  }
  for (const e of out) if (isEl(e) && e.data) delete e.data;
  return toHtml({ type: 'root', children: out });
}

/** Dutch soft hyphens in the running text (paragraphs and list items; not headings, tables, figures, code or addresses). */
export function hyphenateDutch(html: string): string {
  const root = parse(html);
  const skip = new Set([
    'table',
    'pre',
    'code',
    'kbd',
    'samp',
    'a',
    'abbr',
    'script',
    'style',
    'figure',
    'svg',
    'h1',
    'h2',
    'h3',
    'h4',
    'h5',
    'h6',
  ]);
  const visit = (n: Root | Element, on: boolean) => {
    for (const c of n.children) {
      if (c.type === 'text' && on) c.value = hyphenNl.hyphenateSync(c.value, { minWordLength: 7 });
      else if (isEl(c) && !skip.has(c.tagName) && !cls(c).includes('figure')) visit(c, on || c.tagName === 'p' || c.tagName === 'li');
    }
  };
  visit(root, false);
  return toHtml(root);
}
