/**
 * When each content file last changed, from git history (the commit date, not the build time),
 * so two builds of the same commit give the same pages. One `git log` per content folder and
 * process. Outside a git checkout, or for a file that was never committed, there is no date and
 * pages leave "Laatst gewijzigd" out.
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

const KEY = Symbol.for('meerjarenagenda.history');
const cache: Map<string, Map<string, string>> = ((globalThis as Record<symbol, unknown>)[KEY] as Map<string, Map<string, string>>) ??
((globalThis as Record<symbol, unknown>)[KEY] = new Map());

/** Absolute file path → date (yyyy-mm-dd) of the last commit that changed it, for every file under root. */
export function lastChangedDates(root: string): Map<string, string> {
  const dir = resolve(root);
  const hit = cache.get(dir);
  if (hit) return hit;
  const dates = new Map<string, string>();
  const r = spawnSync(
    'git',
    ['-c', 'core.quotePath=false', 'log', '--format=%x01%cs', '--name-only', '--relative', '--no-renames', '--', '.'],
    {
      cwd: dir,
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
    },
  );
  if (r.status === 0) {
    let date = '';
    for (const line of r.stdout.split('\n')) {
      if (line.startsWith('\x01')) date = line.slice(1).trim();
      else if (line.trim() && date) {
        const file = resolve(dir, line.trim());
        // newest commits come first: keep the first date seen
        if (!dates.has(file)) dates.set(file, date);
      }
    }
  }
  cache.set(dir, dates);
  return dates;
}

/** The date of the newest change among these files, or undefined when none has one. */
export function lastChanged(root: string, files: string[]): string | undefined {
  const dates = lastChangedDates(root);
  let newest: string | undefined;
  for (const f of files) {
    const d = dates.get(resolve(f));
    if (d && (!newest || d > newest)) newest = d;
  }
  return newest;
}

/** Forget the dates (the dev server calls this when files change; tests after a commit). */
export function forgetHistory() {
  cache.clear();
}
