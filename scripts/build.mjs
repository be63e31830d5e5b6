#!/usr/bin/env node
/**
 * npm run build: validate content, build the site into a staging folder, add sitemap, search
 * index and PDFs, then swap it into dist/. Any failure leaves the previous dist/ untouched.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';

const root = resolve(import.meta.dirname, '..');
const out = resolve(process.env.MJA_DIST ?? resolve(root, 'dist'));
const stage = `${out}.staging`; // next to dist/, so the final rename stays on one file system
// Astro's content cache keeps an entry whose text did not change, file path included; a cache
// per content folder keeps a build of one folder from pointing at files of another.
const contentRoot = resolve(process.env.MJA_CONTENT ?? 'content');
const cacheDir = resolve(root, 'node_modules/.astro', createHash('sha256').update(contentRoot).digest('hex').slice(0, 12));
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', MJA_OUT: stage, MJA_CACHE_DIR: cacheDir };
const skip = new Set((process.env.MJA_SKIP ?? '').split(',').filter(Boolean)); // e.g. MJA_SKIP=pdf

function step(name, args) {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, args, { cwd: root, env, stdio: 'inherit' });
  if (r.status !== 0) {
    console.error(`\nBouwen gestopt bij stap "${name}". De vorige versie in ${out} is niet aangeraakt.`);
    process.exit(r.status ?? 1);
  }
  console.log(`✓ ${name} (${((performance.now() - t0) / 1000).toFixed(1)} s)`);
}

step('inhoud controleren', ['scripts/validate.ts']);
rmSync(stage, { recursive: true, force: true });
step('site bouwen', [resolve(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--silent']);
step('sitemap', ['scripts/sitemap.mjs', stage]);
if (!skip.has('pdf')) step('pdf', ['scripts/pdf.mjs', stage]);
if (!skip.has('search')) step('zoekindex', ['scripts/search-index.mjs', stage]);

// swap: the new build replaces dist/ in one rename
const old = `${out}.old`;
rmSync(old, { recursive: true, force: true });
if (existsSync(out)) renameSync(out, old);
renameSync(stage, out);
rmSync(old, { recursive: true, force: true });
console.log(`Klaar: ${out}`);
