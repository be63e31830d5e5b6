/**
 * Saving from the browser editor keeps what the writer did not touch (src/editor/merge.ts): every
 * content file read and written back unchanged stays byte for byte, and one edit changes one line.
 */
import { describe, expect, it } from 'vitest';
import { globSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { mergeYaml } from '../../src/editor/merge.ts';
import { formatFor } from '../../src/editor/format.ts';

const FILES: [string, string][] = [
  ['content/*/actions.yaml', 'acties'],
  ['content/*/bodies.yaml', 'overleggen'],
  ['content/*/tables/*.yaml', 'tabel'],
  ['content/*/region.yaml', 'regio'],
  ['content/*/glossary.yaml', 'begrippen'],
  ['content/*/indicators.yaml', 'indicatoren'],
];

/** Lines of `b` that differ from `a` (same number of lines), or every line when the count differs. */
const changed = (a: string, b: string) => {
  const x = a.split('\n');
  const y = b.split('\n');
  return x.length === y.length ? y.filter((l, i) => l !== x[i]) : y;
};

describe('saving from the editor keeps untouched text', () => {
  it('writes every content file that the editor saves unchanged back byte for byte', () => {
    let n = 0;
    for (const [glob, kind] of FILES)
      for (const file of globSync(glob)) {
        const text = readFileSync(file, 'utf8');
        const f = formatFor(kind);
        expect(mergeYaml(text, f.toFile(f.fromFile(text))), file).toBe(text);
        n++;
      }
    expect(n).toBeGreaterThan(60);
  });

  it('changes one line for one edited title, and keeps shared blocks (anchors) of the other entries', () => {
    const file = 'content/rivierenland/actions.yaml';
    const text = readFileSync(file, 'utf8');
    const f = formatFor('acties');
    const data = f.fromFile(text) as { items: { title: string }[] };
    data.items[3].title += ' (gewijzigd)';
    const edited = f.toFile(data);
    const out = mergeYaml(text, edited);
    expect(changed(text, out)).toEqual([expect.stringContaining('(gewijzigd)')]);
    expect(parse(out)).toEqual(parse(edited));
    expect(changed(text, edited).length).toBeGreaterThan(100);
  });

  it('falls back to the editor’s own text when the file on disk does not parse', () => {
    expect(mergeYaml('a: [1, 2\n', 'a: [1, 2]\n')).toBe('a: [1, 2]\n');
  });
});
