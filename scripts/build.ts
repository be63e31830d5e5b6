#!/usr/bin/env node
/**
 * npm run build: `astro build` into a staging folder next to dist/, then swap it into dist/.
 * Everything else (content checks, sitemap, PDFs, search index) is the Astro integration's
 * (src/integration), so plain `astro build` gives the same site. Any failure leaves the previous
 * dist/ untouched.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { readSettings } from '../src/settings.ts';

const root = resolve(import.meta.dirname, '..');
const s = readSettings();
const out = resolve(root, s.distDir);
const stage = `${out}.staging`; // next to dist/, so the final rename stays on one file system
// Astro's content cache keeps an entry whose text did not change, file path included; a cache
// per content folder keeps a build of one folder from pointing at files of another.
const contentRoot = resolve(s.contentDir);
const cacheDir = resolve(root, 'node_modules/.astro', createHash('sha256').update(contentRoot).digest('hex').slice(0, 12));
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', MJA_OUT: stage, MJA_CACHE_DIR: cacheDir };

const t0 = performance.now();
rmSync(stage, { recursive: true, force: true });
const r = spawnSync(process.execPath, [resolve(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--silent'], {
  cwd: root,
  env,
  stdio: 'inherit',
});
if (r.status !== 0) {
  rmSync(stage, { recursive: true, force: true });
  console.error(`\nBouwen gestopt. De vorige versie in ${out} is niet aangeraakt.`);
  process.exit(r.status ?? 1);
}
console.log(`✓ site gebouwd (${((performance.now() - t0) / 1000).toFixed(1)} s)`);

// swap: the new build replaces dist/ in one rename
const old = `${out}.old`;
rmSync(old, { recursive: true, force: true });
if (existsSync(out)) renameSync(out, old);
renameSync(stage, out);
rmSync(old, { recursive: true, force: true });
console.log(`Klaar: ${out}`);
