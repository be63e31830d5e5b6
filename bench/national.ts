/**
 * npm run bench -- --regions N [--runs R] [--workdir DIR]
 *
 * Generates the synthetic national corpus of N regions (bench/generate.ts), builds it with the real
 * build (scripts/build.ts) R times cold (no Astro cache, no PDF cache) and, after each cold build,
 * once more after editing one chapter (the rebuild a writer waits for), and prints one JSON line:
 * regions, pages, pdfs, buildSeconds and the phases (astro, sitemap, pdf, search; medians of the
 * cold builds), buildWithoutPdfSeconds, msPerPage, rebuildSeconds and how many PDFs the rebuild
 * rendered, peakRssMB (the whole process tree: Node, Astro, Chromium and its renderers, Pagefind;
 * resident set summed over the processes, so shared pages count more than once), peakPssMB (the
 * same with shared pages divided among the processes that share them), peakLargestMB (the largest
 * single process) and indexBytes (the Pagefind folder). The build's output goes to a work folder
 * (default node_modules/.cache/mja-bench), not to dist/. --root DIR builds with the code of another
 * checkout (the corpus and this script stay the same), to compare with an earlier version.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { appendFileSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chapterToEdit, generate } from './generate.ts';
import { getModel } from '../src/model/index.ts';
import { outputs } from '../src/model/outputs.ts';

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const round = (x: number, d = 1) => Math.round(x * 10 ** d) / 10 ** d;

/** The process tree under `pid`: resident set (sum and largest) and proportional set size, in bytes. */
function treeMemory(pid: number) {
  const children = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const l = children.get(ppid) ?? [];
      l.push(Number(name));
      children.set(ppid, l);
    } catch {
      // gone
    }
  }
  let rss = 0;
  let pss = 0;
  let largest = 0;
  let largestName = '';
  const todo = [pid];
  while (todo.length) {
    const p = todo.pop()!;
    todo.push(...(children.get(p) ?? []));
    try {
      const roll = readFileSync(`/proc/${p}/smaps_rollup`, 'utf8');
      const kb = (field: string) => Number(roll.match(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm'))?.[1] ?? 0) * 1024;
      rss += kb('Rss');
      pss += kb('Pss');
      if (kb('Rss') > largest) {
        largest = kb('Rss');
        largestName = readFileSync(`/proc/${p}/comm`, 'utf8').trim();
      }
    } catch {
      // gone, or not ours to read
    }
  }
  return { rss, pss, largest, largestName };
}

interface Run {
  seconds: number;
  phases: Record<string, number>;
  rendered: number;
  peak: { rss: number; pss: number; largest: number; largestName: string };
}

/** One npm run build of the corpus, with its phases (from the build's log) and peak memory. */
function build(root: string, env: NodeJS.ProcessEnv, log: string): Promise<Run> {
  return new Promise((ok, fail) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, [join(root, 'scripts/build.ts')], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    const peak = { rss: 0, pss: 0, largest: 0, largestName: '' };
    const sample = () => {
      const m = treeMemory(child.pid!);
      peak.rss = Math.max(peak.rss, m.rss);
      peak.pss = Math.max(peak.pss, m.pss);
      if (m.largest > peak.largest) {
        peak.largest = m.largest;
        peak.largestName = m.largestName;
      }
    };
    const timer = setInterval(sample, 250);
    child.on('close', (code) => {
      clearInterval(timer);
      const seconds = (performance.now() - t0) / 1000;
      appendFileSync(log, out);
      if (code !== 0) return fail(new Error(`build failed (${code}); see ${log}`));
      const phase = (name: string) => Number(out.match(new RegExp(`✓ ${name} \\(([\\d.]+) s\\)`))?.[1] ?? 0);
      const phases = { sitemap: phase('sitemap'), pdf: phase('pdf'), search: phase('zoekindex') };
      const astro = seconds - phases.sitemap - phases.pdf - phases.search;
      ok({ seconds, phases: { astro, ...phases }, rendered: Number(out.match(/(\d+) gerenderd/)?.[1] ?? 0), peak });
    });
  });
}

function folderBytes(dir: string): number {
  let n = 0;
  for (const name of readdirSync(dir, { recursive: true }) as string[]) {
    const s = statSync(join(dir, name));
    if (s.isFile()) n += s.size;
  }
  return n;
}

export async function national(argv: string[]) {
  const { values } = parseArgs({
    args: argv,
    options: {
      regions: { type: 'string' },
      runs: { type: 'string', default: '1' },
      workdir: { type: 'string' },
      root: { type: 'string' },
      builds: { type: 'string' },
      pdfs: { type: 'string' },
    },
    strict: false,
  });
  const n = Number(values.regions);
  const runs = Number(values.runs);
  if (!(n >= 1) || !(runs >= 1)) throw new Error('gebruik: npm run bench -- --regions N [--runs R]');
  // --root: build with the code of another checkout (to compare with an earlier version)
  const root = resolve((values.root as string | undefined) ?? resolve(import.meta.dirname, '..'));
  const work = resolve(root, (values.workdir as string | undefined) ?? 'node_modules/.cache/mja-bench');
  const content = join(work, `content-${n}`);
  const dist = join(work, `dist-${n}`);
  const pdfCache = join(work, `pdf-cache-${n}`);
  const log = join(work, `build-${n}.log`);
  const ids = generate(content, n);
  writeFileSync(log, '');
  const { model, errors } = getModel(content);
  if (errors.length) throw new Error(`the synthetic corpus is invalid: ${errors[0].file} ${errors[0].message}`);
  const list = outputs(model);
  const pages = list.filter((o) => o.file.endsWith('.html')).length;
  const pdfs = list.filter((o) => o.pdf).length;
  // the Astro cache of this content folder (scripts/build.ts keeps one per content folder)
  const astroCache = join(root, 'node_modules/.astro', createHash('sha256').update(content).digest('hex').slice(0, 12));
  const env = { ...process.env, MJA_CONTENT: content, MJA_DIST: dist, MJA_PDF_CACHE: pdfCache, SOURCE_DATE_EPOCH: '1767225600' };
  const edit = chapterToEdit(content, ids);
  const original = readFileSync(edit, 'utf8');
  const load = loadavg()[0];
  const cold: Run[] = [];
  const rebuild: Run[] = [];
  for (let k = 0; k < runs; k++) {
    rmSync(pdfCache, { recursive: true, force: true });
    rmSync(astroCache, { recursive: true, force: true });
    writeFileSync(edit, original);
    cold.push(await build(root, env, log));
    writeFileSync(edit, original + `\nEen zin die bij meting ${k + 1} is toegevoegd.\n`);
    rebuild.push(await build(root, env, log));
    console.error(
      `run ${k + 1}/${runs}: cold ${round(cold[k].seconds)} s (${Object.entries(cold[k].phases)
        .map(([p, s]) => `${p} ${round(s)}`)
        .join(', ')}), ` +
        `rebuild ${round(rebuild[k].seconds)} s (${rebuild[k].rendered} PDFs rendered), peak ${round(cold[k].peak.rss / 2 ** 20, 0)} MB`,
    );
  }
  writeFileSync(edit, original);
  const med = (f: (r: Run) => number, rs = cold) => median(rs.map(f));
  const mb = (b: number) => round(b / 2 ** 20, 0);
  const buildSeconds = med((r) => r.seconds);
  const phases = Object.fromEntries(Object.keys(cold[0].phases).map((p) => [p, round(med((r) => r.phases[p]))]));
  const withoutPdf = med((r) => r.seconds - r.phases.pdf);
  const result = {
    regions: n,
    pages,
    pdfs,
    runs,
    cores: availableParallelism(),
    loadAtStart: round(load, 1),
    buildSeconds: round(buildSeconds),
    phases,
    buildWithoutPdfSeconds: round(withoutPdf),
    msPerPage: round((buildSeconds * 1000) / pages, 0),
    msPerPageWithoutPdf: round((withoutPdf * 1000) / pages, 0),
    rebuildSeconds: round(med((r) => r.seconds, rebuild)),
    rebuildPdfSeconds: round(med((r) => r.phases.pdf, rebuild)),
    rebuildRendered: med((r) => r.rendered, rebuild),
    peakRssMB: mb(Math.max(...cold.concat(rebuild).map((r) => r.peak.rss))),
    peakPssMB: mb(Math.max(...cold.concat(rebuild).map((r) => r.peak.pss))),
    peakLargestMB: mb(Math.max(...cold.concat(rebuild).map((r) => r.peak.largest))),
    largestProcess: cold.concat(rebuild).reduce((a, b) => (b.peak.largest > a.peak.largest ? b : a)).peak.largestName,
    indexBytes: folderBytes(join(dist, 'pagefind')),
  };
  console.log(JSON.stringify(result));
  return result;
}
