/**
 * Builds the Pagefind index of the built site (Dutch), from the HTML pages in the list of outputs. Before indexing, each page gets a block
 * of extra, hidden search terms (the HTML on disk is not changed):
 * - abbreviations and their expansions, both ways, from the glossaries and theme aliases;
 * - compound words split into their parts (werkgeversdienstverlening → werkgevers dienstverlening);
 * - words with diacritics also without them (casuïstiek → casuistiek).
 *
 * Aggregate pages (all actions of a region, all bodies and meetings) are split: every action, body
 * and meeting becomes a search record of its own, addressed by its anchor on the page
 * (`/rivierenland/uitvoering/#actie-1-2`), with a title that says what it is. The aggregate page
 * itself is indexed without those parts, so it is found by its own name and does not outrank them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import * as pagefind from 'pagefind';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { toText } from 'hast-util-to-text';
import type { Element, Root, RootContent } from 'hast';
import { NATIONAL, type Model } from '../model/types.ts';
import type { Output } from '../model/outputs.ts';

const textOf = (html: string) => {
  const main = html.match(/<main[^>]*data-pagefind-body[^>]*>([\s\S]*?)<\/main>/);
  if (!main) return null;
  return main[1]
    .replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&[a-z#0-9]+;/gi, ' ');
};
const fold = (w: string) => w.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Pages the search leaves out: a document's earlier versions and what changed between them repeat
 * its chapters, and would push the current text down the results.
 */
const NOT_SEARCHED = new Set<Output['kind']>(['versions', 'version-diff']);

/** Folder by folder, as a walk of the output folder would meet the files. */
const byFolder = (a: string, b: string) => {
  const x = a.split('/');
  const y = b.split('/');
  for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] !== y[i]) return x[i] < y[i] ? -1 : 1;
  return x.length - y.length;
};

/** Groups of terms that stand for each other: an abbreviation, its expansion and aliases, with the region they belong to. */
function synonyms(model: Model): { region: string; terms: string[] }[] {
  const pairs: { region: string; terms: string[] }[] = [];
  for (const g of model.glossary) pairs.push({ region: g.region, terms: [g.data.term, g.data.expansion, ...g.data.aliases] });
  for (const t of [...model.sharedThemes, ...model.themes, ...model.bodies]) {
    const name = t.data.title ?? t.data.name;
    if (t.data.aliases?.length) pairs.push({ region: t.region, terms: [name, ...t.data.aliases] });
  }
  return pairs;
}

/** An element of an aggregate page that gets a search record of its own. */
interface PartRule {
  /** the element's id starts with this */
  prefix: string;
  /** the record's title, from the element */
  title: (el: Element) => string;
}
const clean = (s: string) => s.replace(/\s+/g, ' ').trim();
const firstHeading = (el: Element): Element | undefined => {
  for (const c of el.children) {
    if (c.type !== 'element') continue;
    if (/^h[1-6]$/.test(c.tagName)) return c;
    const h = firstHeading(c);
    if (h) return h;
  }
};
const cells = (el: Element) => el.children.filter((c): c is Element => c.type === 'element' && (c.tagName === 'td' || c.tagName === 'th'));
/** Per kind of output, the parts that are found on their own. One place: add a kind here to split its pages. */
export const PARTS: Partial<Record<Output['kind'], PartRule[]>> = {
  actions: [{ prefix: 'actie-', title: (el) => `Actie ${clean(toText(firstHeading(el) ?? el))}` }],
  governance: [
    { prefix: 'overleg-', title: (el) => `Overleg: ${clean(toText(firstHeading(el) ?? el))}` },
    {
      prefix: 'vergadering-',
      title: (el) => {
        const [date, body] = cells(el).map((c) => clean(toText(c)));
        return `Vergadering ${body ?? ''} (${date ?? ''})`.replace(/ \(\)$/, '');
      },
    },
  ],
};

/**
 * Splits a page into its parts (by PARTS) and the rest: each part as a small HTML page of its own
 * (its title as h1, its text, the page's filters and metadata), the rest as the page without them.
 */
export function splitParts(html: string, rules: PartRule[], themeTitles: (localIds: string[]) => string[] = () => []) {
  const tree = fromHtml(html) as Root;
  const parts: { id: string; title: string; html: string; text: string; filters: string }[] = [];
  let marks = '';
  const walk = (node: Root | Element) => {
    node.children = node.children.filter((c: RootContent) => {
      if (c.type !== 'element') return true;
      const id = typeof c.properties.id === 'string' ? c.properties.id : '';
      const rule = id && rules.find((r) => id.startsWith(r.prefix));
      if (rule) {
        const title = rule.title(c);
        const h = firstHeading(c);
        const body = { ...c, children: c.children.filter((x) => x !== h) } as Element;
        // an action's themes (data-themes: the region's theme ids) as the site-wide themes of the Thema filter
        const themes = typeof c.properties.dataThemes === 'string' ? themeTitles(c.properties.dataThemes.split(/\s+/).filter(Boolean)) : [];
        const filters = themes
          .map((t) => `<span hidden data-pagefind-filter="thema:${t.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"></span>`)
          .join('');
        parts.push({ id, title, html: toHtml(body), text: toText(c), filters });
        return false;
      }
      if (c.tagName === 'span' && (c.properties.dataPagefindFilter !== undefined || c.properties.dataPagefindMeta !== undefined))
        marks += toHtml(c);
      walk(c);
      return true;
    });
  };
  walk(tree);
  let pageTitle = '';
  const findH1 = (n: Root | Element): boolean =>
    n.children.some((c) => c.type === 'element' && (c.tagName === 'h1' ? ((pageTitle = clean(toText(c))), true) : findH1(c)));
  findH1(tree);
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  return {
    rest: toHtml(tree),
    parts: parts.map((p) => ({
      ...p,
      html: `<!doctype html><html lang="nl"><head><title>${esc(p.title)}</title></head><body><main data-pagefind-body><h1>${esc(p.title)}</h1><div data-pagefind-weight="${PART_BODY_WEIGHT}">${p.html}</div>${marks}${p.filters}<span hidden data-pagefind-meta="document:${esc(pageTitle).replace(/"/g, '&quot;')}"></span></main></body></html>`,
    })),
  };
}

/** Weight of the text of a part of a page (its title stays an h1). */
const PART_BODY_WEIGHT = 0.5;
/** Weight of the other names of a page's title and of its kind of document (an h1 weighs 7, text 1). */
const TITLE_TERMS_WEIGHT = 3;

const isNational = (region: string) => region === '' || region === NATIONAL;
const LETTERS = /\p{L}+/gu;

/**
 * Finds the synonym groups a page mentions, in one pass over the page's words. A term matches as
 * a whole word (no letter right before or after it); case-insensitive, except abbreviations (at
 * most six characters with a capital). Every run of letters in a term is a whole word of a text
 * the term matches, so terms are indexed by their first run of letters (lowercased): for each
 * word of the page, only the terms starting with that word are tried, anchored at that place
 * (a sticky regular expression), instead of every term against the whole page.
 *
 * Scope: with `perRegion`, a page of a region sees only its own region's terms and the national
 * ones (shared themes, the national glossary); otherwise (the default, as before) every page sees
 * every term. Pages outside any region (home, glossary, themes) always see every term.
 */
export class TermMatcher {
  private groups: { region: string; terms: string[] }[];
  /** per scope: first word → [group, sticky regex, offset of the first word in the term][] */
  private indexes = new Map<string, { byWord: Map<string, [number, RegExp, number][]>; always: [number, RegExp][] }>();

  private perRegion: boolean;

  constructor(model: Model, perRegion = false) {
    this.groups = synonyms(model);
    this.perRegion = perRegion;
  }

  private index(scope: string) {
    let idx = this.indexes.get(scope);
    if (idx) return idx;
    idx = { byWord: new Map(), always: [] };
    const compiled = new Map<string, { sticky: RegExp; anywhere: RegExp; key: string | null; offset: number }>();
    this.groups.forEach((g, i) => {
      if (scope !== '' && !isNational(g.region) && g.region !== scope) return;
      for (const term of g.terms) {
        let c = compiled.get(term);
        if (!c) {
          const flags = term.length <= 6 && /[A-Z]/.test(term) ? 'u' : 'iu';
          const body = `(?<!\\p{L})${escapeRe(term)}(?!\\p{L})`;
          const first = /\p{L}+/u.exec(term);
          c = {
            sticky: new RegExp(body, flags + 'y'),
            anywhere: new RegExp(body, flags),
            key: first ? first[0].toLowerCase() : null,
            offset: first?.index ?? 0,
          };
          compiled.set(term, c);
        }
        if (c.key === null) idx!.always.push([i, c.anywhere]);
        else {
          let l = idx!.byWord.get(c.key);
          if (!l) idx!.byWord.set(c.key, (l = []));
          l.push([i, c.sticky, c.offset]);
        }
      }
    });
    this.indexes.set(scope, idx);
    return idx;
  }

  /** The terms of every group the text mentions: groups in model order, each group's terms in its own order. */
  extra(text: string, region: string | undefined): string[] {
    const scope = !this.perRegion || region === undefined ? '' : isNational(region) ? NATIONAL : region;
    const { byWord, always } = this.index(scope);
    const hit = new Set<number>();
    for (const m of text.matchAll(LETTERS)) {
      const cands = byWord.get(m[0].toLowerCase());
      if (!cands) continue;
      for (const [i, re, offset] of cands) {
        if (hit.has(i) || m.index < offset) continue;
        re.lastIndex = m.index - offset;
        if (re.test(text)) hit.add(i);
      }
    }
    for (const [i, re] of always) if (!hit.has(i) && re.test(text)) hit.add(i);
    return [...hit].sort((a, b) => a - b).flatMap((i) => this.groups[i].terms);
  }
}

export async function buildSearchIndex(
  out: string,
  list: Output[],
  model: Model,
  base: string,
  log: (msg: string) => void,
  opts: { perRegion?: boolean } = {},
) {
  const matcher = new TermMatcher(model, opts.perRegion);
  const files = list.filter((o) => o.file.endsWith('.html') && !NOT_SEARCHED.has(o.kind)).sort((a, b) => byFolder(a.file, b.file));
  const read = (o: Output) => readFileSync(join(out, o.file), 'utf8');

  // vocabulary of standalone words, for splitting compounds (the pages' texts are read again below,
  // so that memory holds the vocabulary and one page, not every page)
  const vocab = new Set<string>();
  for (const o of files) {
    const t = textOf(read(o));
    if (t) for (const w of t.toLowerCase().match(/\p{L}{4,}/gu) ?? []) vocab.add(w);
  }
  const splits = new Map<string, string[] | null>();
  function split(word: string): string[] | null {
    let r = splits.get(word);
    if (r !== undefined) return r;
    r = null;
    outer: for (let i = 4; i <= word.length - 4; i++) {
      const head = word.slice(0, i);
      const tail = word.slice(i);
      const heads = [head, head.endsWith('s') ? head.slice(0, -1) : null].filter((h): h is string => Boolean(h));
      for (const h of heads) {
        if (h.length >= 4 && vocab.has(h) && (vocab.has(tail) || (tail.length >= 8 && split(tail)))) {
          r = [h, ...(vocab.has(tail) ? [tail] : split(tail)!)];
          break outer;
        }
      }
    }
    splits.set(word, r);
    return r;
  }

  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'nl' });
  if (errors.length || !index) throw new Error(errors.join('\n'));
  let extraWords = 0;
  let pages = 0;
  let partCount = 0;
  const took = { terms: 0, pagefind: 0 };
  /** Adds one page (or part of a page) with its hidden extra terms. */
  async function add(url: string, html: string, text: string, region: string | undefined) {
    const t0 = performance.now();
    const extra = new Set<string>(matcher.extra(text, region));
    const words = new Set(text.toLowerCase().match(/\p{L}{12,}/gu) ?? []);
    for (const w of words) {
      const parts = split(w);
      if (parts) extra.add(parts.join(' '));
    }
    for (const w of new Set(text.match(/\p{L}*[\u00C0-\u017F]\p{L}*/gu) ?? [])) if (fold(w) !== w) extra.add(fold(w));
    extraWords += extra.size;
    // what the page is, as strongly as its title: the other names of its title (a page titled
    // "Leven lang ontwikkelen" is also the page on LLO) and the kind of document it belongs to
    const h1 = /<h1[^>]*>([\s\S]*?)<\/h1>/.exec(html)?.[1].replace(/<[^>]+>/g, ' ') ?? '';
    const kind = /data-pagefind-filter="documentsoort:([^"]+)"/.exec(html)?.[1];
    const named = new Set([...matcher.extra(h1, region), ...(kind ? [kind] : [])]);
    const esc = (t: string) => t.replace(/</g, '&lt;');
    const blocks = [
      named.size ? `<div hidden data-pagefind-weight="${TITLE_TERMS_WEIGHT}">${esc([...named].join(' · '))}</div>` : '',
      extra.size ? `<div hidden data-pagefind-weight="0.3">${esc([...extra].join(' · '))}</div>` : '',
    ].join('');
    if (blocks) html = html.replace(/<\/main>/, `${blocks}</main>`);
    const t1 = performance.now();
    const r = await index!.addHTMLFile({ url, content: html });
    if (r.errors.length) throw new Error(r.errors.join('\n'));
    took.terms += t1 - t0;
    took.pagefind += performance.now() - t1;
  }
  for (const o of files) {
    let html = read(o);
    if (!textOf(html)) continue;
    pages++;
    const rules = PARTS[o.kind];
    if (rules) {
      const region = o.params?.region;
      const { rest, parts } = splitParts(html, rules, (ids) => {
        const mapped = new Set(
          model.themes
            .filter((t) => t.region === region && ids.includes(t.localId))
            .flatMap((t) => [...(t.data.national ?? []), ...(t.data.shared ?? [])]),
        );
        return model.sharedThemes.filter((t) => mapped.has(t.localId)).map((t) => t.data.title);
      });
      for (const p of parts) await add(`${base}${o.path}#${p.id}`, p.html, p.text, o.params?.region);
      partCount += parts.length;
      html = rest;
    }
    await add(base + o.path, html, textOf(html) ?? '', o.params?.region);
  }
  const t2 = performance.now();
  const w = await index.writeFiles({ outputPath: join(out, 'pagefind') });
  if (w.errors.length) throw new Error(w.errors.join('\n'));
  await pagefind.close();
  took.pagefind += performance.now() - t2;
  const sec = (ms: number) => (ms / 1000).toFixed(1);
  log(
    `zoekindex: ${pages} pagina's en ${partCount} acties, overleggen en vergaderingen apart, ${extraWords} extra zoektermen (afkortingen, samenstellingen, zonder accenten); termen ${sec(took.terms)} s, pagefind ${sec(took.pagefind)} s`,
  );
}
