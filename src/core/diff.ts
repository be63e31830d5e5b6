/**
 * What changed between two texts, for readers rather than programmers: passages (paragraphs,
 * list items, headings: blocks separated by a blank line) that were added, removed or changed,
 * and inside a changed passage the words that were added or removed. No I/O.
 */

export type Op<T> = { kind: 'same' | 'add' | 'del'; value: T };

/** Longest-common-subsequence diff of two lists. */
export function diffLists<T>(a: T[], b: T[], eq: (x: T, y: T) => boolean = (x, y) => x === y): Op<T>[] {
  const n = a.length;
  const m = b.length;
  const lcs: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--)
    for (let j = m - 1; j >= 0; j--) lcs[i][j] = eq(a[i], b[j]) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
  const out: Op<T>[] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (eq(a[i], b[j])) (out.push({ kind: 'same', value: b[j] }), i++, j++);
    else if (lcs[i + 1][j] >= lcs[i][j + 1]) out.push({ kind: 'del', value: a[i++] });
    else out.push({ kind: 'add', value: b[j++] });
  }
  while (i < n) out.push({ kind: 'del', value: a[i++] });
  while (j < m) out.push({ kind: 'add', value: b[j++] });
  return out;
}

/** The passages of a Markdown text: blocks separated by blank lines, whitespace normalised. */
export function passages(text: string): string[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}

export type Passage =
  | { kind: 'gelijk'; text: string }
  | { kind: 'toegevoegd'; text: string }
  | { kind: 'verwijderd'; text: string }
  | { kind: 'gewijzigd'; before: string; after: string; words: Op<string>[] };

/** Word diff of two passages (words and the spaces after them). */
export function diffWords(before: string, after: string): Op<string>[] {
  const split = (s: string) => s.match(/\S+\s*/g) ?? [];
  const ops = diffLists(split(before), split(after), (x, y) => x.trim() === y.trim());
  // merge runs of the same kind, so a changed phrase reads as one
  const out: Op<string>[] = [];
  for (const op of ops) {
    const last = out.at(-1);
    if (last && last.kind === op.kind) last.value += op.value;
    else out.push({ ...op });
  }
  return out;
}

/**
 * Passage diff of two texts. A removed passage directly followed by an added one that shares
 * at least a third of its words counts as changed (with a word diff); otherwise both are listed.
 */
export function diffPassages(before: string, after: string): Passage[] {
  const ops = diffLists(passages(before), passages(after));
  const out: Passage[] = [];
  for (let k = 0; k < ops.length; k++) {
    const op = ops[k];
    if (op.kind === 'same') out.push({ kind: 'gelijk', text: op.value });
    else if (op.kind === 'add') out.push({ kind: 'toegevoegd', text: op.value });
    else {
      // gather a run of removals and the additions right after it, and pair them in order
      const dels: string[] = [];
      while (k < ops.length && ops[k].kind === 'del') dels.push(ops[k++].value);
      const adds: string[] = [];
      while (k < ops.length && ops[k].kind === 'add') adds.push(ops[k++].value);
      k--;
      const n = Math.max(dels.length, adds.length);
      for (let i = 0; i < n; i++) {
        const d = dels[i];
        const a = adds[i];
        if (d !== undefined && a !== undefined && similar(d, a))
          out.push({ kind: 'gewijzigd', before: d, after: a, words: diffWords(d, a) });
        else {
          if (d !== undefined) out.push({ kind: 'verwijderd', text: d });
          if (a !== undefined) out.push({ kind: 'toegevoegd', text: a });
        }
      }
    }
  }
  return out;
}

function similar(a: string, b: string): boolean {
  const wa = a.toLowerCase().split(/\s+/);
  const wb = new Set(b.toLowerCase().split(/\s+/));
  const shared = wa.filter((w) => wb.has(w)).length;
  return shared >= Math.max(wa.length, wb.size) / 3;
}
