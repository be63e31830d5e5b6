/**
 * What the browser editor saves, written into the YAML file as it stands. The editor hands over the
 * whole file anew (its own field order, shared blocks written out); here every top-level entry of a
 * list file (an action, a body, a term) and every top-level field of a single file (a table's rows,
 * a region's fields) that did not change keeps its original text byte for byte, so a reviewer sees
 * only what was edited. A changed entry takes the editor's text. The result must read back as exactly
 * the editor's values, else the editor's own text is written.
 */
import { isDeepStrictEqual } from 'node:util';
import { Document as YamlDocument, isAlias, isMap, isSeq, parse, parseDocument, type Document, type Node, type Pair } from 'yaml';

type Range = [number, number];

const col = (text: string, at: number) => at - (text.lastIndexOf('\n', at - 1) + 1);

/** Text of a node or pair in `text`, moved from its column to `toCol` (continuation lines re-indented). */
function slice(text: string, [from, to]: Range, toCol: number): string {
  const shift = toCol - col(text, from);
  const lines = text.slice(from, to).replace(/\s+$/, '').split('\n');
  return lines
    .map((l, i) => (i === 0 || l === '' ? l : shift >= 0 ? ' '.repeat(shift) + l : l.slice(Math.min(-shift, l.search(/\S|$/)))))
    .join('\n');
}

const pairRange = (p: Pair): Range | undefined => {
  const k = (p.key as Node | null)?.range;
  const v = (p.value as Node | null)?.range;
  return k && v ? [k[0], v[1]] : undefined;
};
const isFlow = (n: Node) => !!(n as { flow?: boolean }).flow;
const keyOf = (p: Pair) => String((p.key as { value?: unknown } | null)?.value ?? p.key);

/** The editor's text for node `b`, to stand where `a` stood (flow style inside a flow collection). */
function replacement(a: Node, b: Node, origText: string, next: Document, nextText: string, inFlow: boolean): string | undefined {
  if (!a.range || !b.range) return undefined;
  if (inFlow || isFlow(a)) {
    const doc = new YamlDocument(b.toJS(next));
    return doc.toString({ collectionStyle: 'flow', flowCollectionPadding: false, lineWidth: 0 }).trim();
  }
  // the replaced text ends as the original did (a block node's range takes its line end)
  const ending = origText.slice(a.range[0], a.range[1]).endsWith('\n') ? '\n' : '';
  const at = col(origText, a.range[0]);
  // a block list or group stays in block style where it stood (the editor may have written a short list in flow style)
  if ((isSeq(a) || isMap(a)) && isFlow(b)) {
    const block = new YamlDocument(b.toJS(next)).toString({ collectionStyle: 'block', lineWidth: 0 }).replace(/\n$/, '');
    return (
      block
        .split('\n')
        .map((l, i) => (i === 0 ? l : ' '.repeat(at) + l))
        .join('\n') + ending
    );
  }
  return slice(nextText, [b.range[0], b.range[1]], at) + ending;
}

/** Replacements [from, to, text] in the original where `a` (original) and `b` (editor) differ. */
function diff(
  a: Node,
  b: Node,
  orig: Document,
  origText: string,
  next: Document,
  nextText: string,
  inFlow: boolean,
  out: [number, number, string][],
): boolean {
  if (isDeepStrictEqual(a.toJS(orig), b.toJS(next))) return true;
  const flow = inFlow || isFlow(a);
  if (isSeq(a) && isSeq(b) && a.items.length === b.items.length && !isAlias(a)) {
    return a.items.every((x, i) => diff(x as Node, b.items[i] as Node, orig, origText, next, nextText, flow, out));
  }
  if (isMap(a) && isMap(b) && !isAlias(a)) {
    const keys = (m: typeof a) => m.items.map(keyOf);
    // the same fields, in any order: each field compared with its namesake, the original order kept
    if (isDeepStrictEqual([...keys(a)].sort(), [...keys(b)].sort()) && a.items.every((p) => p.value !== null && p.value !== undefined)) {
      return a.items.every((p) => {
        const q = b.items.find((x) => keyOf(x) === keyOf(p));
        if (!q || q.value === null || q.value === undefined) return false;
        if (isAlias(p.value)) return isDeepStrictEqual((p.value as Node).toJS(orig), (q.value as Node).toJS(next));
        return diff(p.value as Node, q.value as Node, orig, origText, next, nextText, flow, out);
      });
    }
  }
  const text = replacement(a, b, origText, next, nextText, flow);
  if (text === undefined || isAlias(a) || !a.range) return false;
  out.push([a.range[0], a.range[1], text]);
  return true;
}

/** Replacements [from, to, text] in the original for the entries that changed. */
function edits(orig: Document, origText: string, next: Document, nextText: string): [number, number, string][] | undefined {
  const o = orig.contents as Node | null;
  const n = next.contents as Node | null;
  const out: [number, number, string][] = [];
  if (isSeq(o) && isSeq(n)) {
    const shared = Math.min(o.items.length, n.items.length);
    for (let i = 0; i < shared; i++)
      if (!diff(o.items[i] as Node, n.items[i] as Node, orig, origText, next, nextText, false, out)) return undefined;
    if (n.items.length > o.items.length) {
      // new entries: the editor's text of each, after the last one
      const last = o.items[o.items.length - 1] as Node | undefined;
      if (!last?.range) return undefined;
      const dash = ' '.repeat(Math.max(0, col(origText, last.range[0]) - 2));
      const added = n.items.slice(shared).map((b) => {
        const r = (b as Node).range;
        return r ? `${dash}- ${slice(nextText, [r[0], r[1]], col(origText, last.range![0]))}` : undefined;
      });
      if (added.some((x) => x === undefined)) return undefined;
      out.push([last.range[1], last.range[1], `${origText.slice(0, last.range[1]).endsWith('\n') ? '' : '\n'}${added.join('\n')}\n`]);
    }
    if (n.items.length < o.items.length) {
      // removed entries (at the end of the list as the editor saves it): cut from the end of the last kept one
      const keep = o.items[shared - 1] as Node | undefined;
      const cutFrom = keep?.range ? keep.range[1] : (o.items[0] as Node).range?.[0];
      const end = (o.items[o.items.length - 1] as Node).range?.[1];
      if (cutFrom === undefined || end === undefined) return undefined;
      out.push([cutFrom, end, '']);
    }
    return out;
  }
  if (isMap(o) && isMap(n)) {
    const oldPairs = new Map(o.items.map((p) => [keyOf(p), p]));
    const newPairs = new Map(n.items.map((p) => [keyOf(p), p]));
    for (const [k, p] of oldPairs) {
      const q = newPairs.get(k);
      const r = pairRange(p);
      if (!r) return undefined;
      if (!q) {
        // a field taken out: its line(s) go
        const lineStart = origText.lastIndexOf('\n', r[0] - 1) + 1;
        const lineEnd = origText.indexOf('\n', r[1] - 1);
        out.push([lineStart, lineEnd === -1 ? origText.length : lineEnd + 1, '']);
        continue;
      }
      if (!p.value || !q.value || isAlias(p.value)) {
        const s = pairRange(q);
        if (!s) return undefined;
        out.push([r[0], r[1], slice(nextText, s, col(origText, r[0]))]);
        continue;
      }
      if (!diff(p.value as Node, q.value as Node, orig, origText, next, nextText, false, out)) return undefined;
    }
    const added = [...newPairs].filter(([k]) => !oldPairs.has(k));
    if (added.length) {
      const texts = added.map(([, q]) => pairRange(q)).map((s) => (s ? slice(nextText, s, 0) : undefined));
      if (texts.some((x) => x === undefined)) return undefined;
      const end = origText.length;
      out.push([end, end, `${origText.endsWith('\n') ? '' : '\n'}${texts.join('\n')}\n`]);
    }
    return out;
  }
  return undefined;
}

/** The new text of a YAML file: `edited` (what the editor wrote) merged into `original` (on disk). */
export function mergeYaml(original: string, edited: string): string {
  try {
    const orig = parseDocument(original);
    const next = parseDocument(edited);
    if (orig.errors.length || next.errors.length) return edited;
    const changes = edits(orig, original, next, edited);
    if (!changes) return edited;
    let out = original;
    for (const [from, to, text] of [...changes].sort((a, b) => b[0] - a[0])) out = out.slice(0, from) + text + out.slice(to);
    return isDeepStrictEqual(parse(out), parse(edited)) ? out : edited;
  } catch {
    return edited;
  }
}
