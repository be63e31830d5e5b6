/**
 * The PDF cache: a rebuild after editing one chapter renders only that document's PDF and its
 * letters again, and every PDF it writes (reused or not) is byte-identical to a cold build of the
 * edited content. On a small synthetic corpus (bench/generate.ts: one region, four chapters, a
 * raadsinformatiebrief to its gemeenten), without the search index.
 */
import { afterAll, expect, it } from 'vitest';
import { appendFileSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { generate } from '../../bench/generate.ts';
import { getModel } from '../../src/model/index.ts';
import { outputs } from '../../src/model/outputs.ts';

const work = mkdtempSync(join(tmpdir(), 'mja-pdfcache-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const content = join(work, 'content');
const [region] = generate(content, 1, { chapters: 4, national: false });

function build(out: string, cache: string) {
  const r = spawnSync(process.execPath, ['scripts/build.ts'], {
    env: { ...process.env, MJA_CONTENT: content, MJA_DIST: out, MJA_PDF_CACHE: cache, MJA_SKIP: 'search', SOURCE_DATE_EPOCH: '1767225600' },
    encoding: 'utf8',
  });
  expect(r.status, r.stderr + r.stdout).toBe(0);
  const m = r.stdout.match(/(\d+) gerenderd, (\d+) alleen afgewerkt, (\d+) uit de cache/);
  expect(m, r.stdout).toBeTruthy();
  return { rendered: Number(m![1]), finished: Number(m![2]), reused: Number(m![3]) };
}
const pdfs = (dir: string) => Object.fromEntries(readdirSync(join(dir, 'pdf')).map((f) => [f, readFileSync(join(dir, 'pdf', f))]));

it('rebuild after one chapter edit: only that document and its letters are rendered, output equals a cold build', () => {
  const { model } = getModel(content);
  const all = outputs(model).filter((o) => o.pdf);
  const doc = `${region}/raadsinformatiebrief-2026`;
  const mine = all.filter((o) => o.pdf!.doc === doc);
  expect(mine.length).toBeGreaterThanOrEqual(9); // the edition and 8-12 letters

  const cache = join(work, 'cache');
  expect(build(join(work, 'a'), cache)).toEqual({ rendered: all.length, finished: 0, reused: 0 });
  // nothing changed: everything from the cache, same bytes
  expect(build(join(work, 'b'), cache)).toEqual({ rendered: 0, finished: 0, reused: all.length });
  expect(pdfs(join(work, 'b'))).toEqual(pdfs(join(work, 'a')));

  appendFileSync(join(content, region, 'documents/raadsinformatiebrief-2026/01-brief.mdx'), '\nEen zin die later is toegevoegd.\n');
  expect(build(join(work, 'c'), cache)).toEqual({ rendered: mine.length, finished: 0, reused: all.length - mine.length });
  // a cold build of the edited content gives the same bytes
  expect(build(join(work, 'd'), join(work, 'cache-cold')).rendered).toBe(all.length);
  const c = pdfs(join(work, 'c'));
  expect(c).toEqual(pdfs(join(work, 'd')));
  expect(readFileSync(join(work, 'c', 'pdf/manifest.json'), 'utf8')).toBe(readFileSync(join(work, 'd', 'pdf/manifest.json'), 'utf8'));
  // and the edited letters did change
  const a = pdfs(join(work, 'a'));
  for (const o of mine) expect(c[o.pdf!.file.slice(4)].equals(a[o.pdf!.file.slice(4)]), o.pdf!.file).toBe(false);
}, 600_000);
