/**
 * Two builds of the same content give the same bytes: HTML, CSS, JS, CSV, search index and PDFs.
 * Builds the real content twice into two folders and compares every file (the small fixture
 * once hid a difference that only shows with several documents: link names in PDFs).
 */
import { afterAll, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';

const work = mkdtempSync(join(tmpdir(), 'mja-repro-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function build(out: string) {
  const r = spawnSync(process.execPath, ['scripts/build.ts'], {
    // each build with its own, empty PDF cache: both render every PDF (tests/build/pdf-cache.test.ts tests the cache)
    env: { ...process.env, MJA_CONTENT: resolve('content'), MJA_DIST: out, MJA_PDF_CACHE: `${out}.pdf-cache`, SOURCE_DATE_EPOCH: '' },
    encoding: 'utf8',
  });
  expect(r.status, r.stderr + r.stdout).toBe(0);
}

function hashes(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  (function walk(d: string) {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out[relative(dir, p)] = createHash('sha256').update(readFileSync(p)).digest('hex');
    }
  })(dir);
  return out;
}

it('two builds of the same content are byte-identical', () => {
  const a = join(work, 'a');
  const b = join(work, 'b');
  build(a);
  build(b);
  const ha = hashes(a);
  const hb = hashes(b);
  const files = Object.keys(ha);
  // the whole pipeline ran: pages, a print edition, its PDF, the search index
  expect(files).toContain('index.html');
  expect(files.filter((f) => /^pdf\/.+\.pdf$/.test(f)).length).toBeGreaterThan(10);
  expect(files.some((f) => f.startsWith('pagefind/'))).toBe(true);
  expect(Object.keys(hb).sort()).toEqual(files.sort());
  const differ = files.filter((f) => ha[f] !== hb[f]);
  expect(differ).toEqual([]);
}, 900_000);
