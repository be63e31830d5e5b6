/**
 * The generated corpus of broken content (tests/build/corpus.ts): every variant must be rejected
 * with a message that names the file, the field and the line where they exist, says what is
 * wrong, shows no stack trace, and comes within a time limit. Most variants run in-process
 * through the Loader (what `npm run validate` and the build call); a sample runs through
 * `npm run validate` and through the build, which must leave the previous dist/ byte-identical.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { Loader } from '../../src/model/load.ts';
import { formatErrors, type ContentError } from '../../src/model/errors.ts';
import { corpus, FILES, type Variant } from './corpus.ts';

const fixture = resolve('tests/fixtures/basic');
const work = mkdtempSync(join(tmpdir(), 'mja-corpus-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const variants = corpus();
/** Per variant, in-process (a variant that hangs or takes this long has failed). */
const LIMIT_MS = 5_000;
const STACK =
  /^\s+at .+[:(]\d+|\b(?:Reference|Type|Range|Syntax)Error\b|node:internal|\.ts:\d+:\d+|\bE(?:LOOP|NOENT|ISDIR|NOTDIR|ACCES)\b/m;

let n = 0;
function prepare(v: Variant): string {
  const dir = join(work, `v${n++}`);
  cpSync(fixture, dir, { recursive: true });
  v.apply(dir);
  return dir;
}

/** Why a variant's errors fall short; empty when they do not. */
function verdict(v: Variant, dir: string, errors: ContentError[]): string[] {
  const problems: string[] = [];
  if (!errors.length) return ['geaccepteerd: geen enkele fout gemeld'];
  const text = formatErrors(errors);
  if (STACK.test(text)) problems.push(`stack trace of Node-foutcode in de melding:\n${text}`);
  const target = join(dir, v.file);
  const named = errors.filter((e) => resolve(e.file) === target);
  if (!named.length) return [...problems, `noemt ${v.file} niet:\n${text}`];
  const fitting = named.filter(
    (e) =>
      (!v.message || v.message.test(e.message)) &&
      (!v.field || (e.field ?? '').endsWith(`› ${v.field}`)) &&
      (v.line === undefined || (v.line === true ? typeof e.line === 'number' && e.line > 0 : e.line === v.line)),
  );
  if (!fitting.length) {
    problems.push(
      `geen melding over ${v.file} met${v.field ? ` veld "${v.field}"` : ''}${v.line !== undefined ? ` regel ${v.line === true ? '(een)' : v.line}` : ''}${v.message ? ` en tekst ${v.message}` : ''}:\n${text}`,
    );
  }
  return problems;
}

const categories = [...new Set(variants.map((v) => v.category))];
const counts = new Map<string, { total: number; rejected: number; file: number; field: number; line: number }>();

describe('the generated corpus', () => {
  it('has at least 300 variants across the categories', () => {
    expect(variants.length).toBeGreaterThanOrEqual(300);
    expect(categories.length).toBeGreaterThanOrEqual(8);
    expect(new Set(variants.map((v) => `${v.category}|${v.name}`)).size).toBe(variants.length);
  });

  it('starts from a fixture that is valid, also with a byte-order mark and CRLF line ends in every file', () => {
    const plain = new Loader(fixture);
    plain.load();
    expect(plain.errors).toEqual([]);
    const dir = join(work, 'bom-crlf');
    cpSync(fixture, dir, { recursive: true });
    const walk = (d: string): string[] =>
      readdirSync(d).flatMap((f) => (statSync(join(d, f)).isDirectory() ? walk(join(d, f)) : [join(d, f)]));
    for (const f of walk(dir)) writeFileSync(f, '\uFEFF' + readFileSync(f, 'utf8').replace(/\n/g, '\r\n'));
    const loader = new Loader(dir);
    const model = loader.load();
    expect(loader.errors).toEqual([]);
    expect(model.chapters.length).toBe(2);
    expect(model.documents[0].data.title).toBe('Proefagenda 2026-2030');
  });
});

for (const category of categories) {
  describe(`rejected: ${category}`, () => {
    for (const v of variants.filter((x) => x.category === category)) {
      it(v.name, () => {
        const dir = prepare(v);
        const t0 = performance.now();
        const loader = new Loader(dir);
        loader.load();
        const ms = performance.now() - t0;
        const problems = verdict(v, dir, loader.errors);
        if (ms > LIMIT_MS) problems.push(`duurde ${Math.round(ms)} ms (grens ${LIMIT_MS} ms)`);
        const c = counts.get(category) ?? { total: 0, rejected: 0, file: 0, field: 0, line: 0 };
        c.total++;
        if (!problems.length) {
          c.rejected++;
          c.file++;
          if (v.field) c.field++;
          if (v.line !== undefined) c.line++;
        }
        counts.set(category, c);
        rmSync(dir, { recursive: true, force: true });
        expect(problems, problems.join('\n')).toEqual([]);
      });
    }
  });
}

afterAll(() => {
  const rows = [...counts].map(
    ([c, x]) =>
      `  ${c.padEnd(28)} ${String(x.total).padStart(4)} varianten, ${x.rejected} afgewezen met bestand, ${x.field} met veld, ${x.line} met regel`,
  );
  console.log(`Corpus van kapotte inhoud (${variants.length} varianten):\n${rows.join('\n')}`);
});

const node = process.execPath;

describe('npm run validate on a sample of the corpus', () => {
  const sample = [
    variants.find((v) => v.name.endsWith('named pipe') && v.file === FILES.actions)!,
    variants.find((v) => v.name.includes('symlink-kring'))!,
    variants.find((v) => v.name.includes('alias bomb'))!,
    variants.find((v) => v.category === 'codering' && v.name.includes('Latin-1'))!,
    variants.find((v) => v.name.includes('expressie process.exit'))!,
  ];
  for (const v of sample) {
    it(`exits non-zero, names the file, no stack trace: ${v.name}`, () => {
      const dir = prepare(v);
      const r = spawnSync(node, ['scripts/validate.ts', dir], { encoding: 'utf8', timeout: 30_000 });
      expect(r.signal, 'validate hing of werd afgebroken').toBeNull();
      expect(r.status).not.toBe(0);
      expect(r.status).not.toBe(7); // never the exit code of writer code
      expect(r.stderr).toContain(v.file.split('/').pop());
      expect(r.stderr + r.stdout).not.toMatch(STACK);
    });
  }
});

/** Every file under a folder with the hash of its bytes. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const f of readdirSync(d).sort()) {
      const p = join(d, f);
      if (statSync(p).isDirectory()) walk(p);
      else out[p.slice(dir.length)] = createHash('sha256').update(readFileSync(p)).digest('hex');
    }
  };
  walk(dir);
  return out;
}

describe('a failed build leaves the previous dist/ byte-identical', () => {
  const sample = [
    variants.find((v) => v.name.includes('expressie process.exit'))!,
    variants.find((v) => v.name.includes(': script') && v.file.endsWith('.mdx'))!,
    variants.find((v) => v.name.includes('named pipe') && v.file.endsWith('.mdx'))!,
    variants.find((v) => v.name === 'table chapter')!,
  ];
  const dist = join(work, 'dist-vorige');
  mkdirSync(join(dist, 'proefregio/documenten'), { recursive: true });
  writeFileSync(join(dist, 'index.html'), '<!doctype html><title>vorige versie</title>');
  writeFileSync(join(dist, 'proefregio/documenten/index.html'), 'vorige documenten');
  writeFileSync(join(dist, 'data.bin'), Buffer.from([0, 1, 2, 255]));
  for (const v of sample) {
    it(v.name, () => {
      const before = snapshot(dist);
      const dir = prepare(v);
      const r = spawnSync(node, ['scripts/build.ts'], {
        env: { ...process.env, MJA_CONTENT: dir, MJA_DIST: dist, MJA_SKIP: 'pdf,search' },
        encoding: 'utf8',
        timeout: 120_000,
      });
      expect(r.signal).toBeNull();
      expect(r.status).not.toBe(0);
      expect(r.status).not.toBe(7);
      expect(r.stderr).toContain(v.file.split('/').pop());
      expect(r.stderr + r.stdout).not.toMatch(STACK);
      expect(snapshot(dist)).toEqual(before);
      expect(readdirSync(work).filter((f) => f.startsWith('dist-vorige.'))).toEqual([]); // no staging left behind
    });
  }
});

describe('what validate passes, the build builds', () => {
  it('the fixture with a byte-order mark and CRLF line ends in every file', () => {
    const dir = join(work, 'bom-build');
    cpSync(fixture, join(dir, 'content'), { recursive: true });
    const walk = (d: string): string[] =>
      readdirSync(d).flatMap((f) => (statSync(join(d, f)).isDirectory() ? walk(join(d, f)) : [join(d, f)]));
    for (const f of walk(join(dir, 'content'))) writeFileSync(f, '\uFEFF' + readFileSync(f, 'utf8').replace(/\n/g, '\r\n'));
    const r = spawnSync(node, ['scripts/build.ts'], {
      env: { ...process.env, MJA_CONTENT: join(dir, 'content'), MJA_DIST: join(dir, 'dist'), MJA_SKIP: 'pdf,search' },
      encoding: 'utf8',
      timeout: 180_000,
    });
    expect(r.status, r.stderr).toBe(0);
    const page = readFileSync(join(dir, 'dist/proefregio/documenten/agenda/01-inleiding/index.html'), 'utf8');
    expect(page).toContain('>1 Inleiding</h1>');
    expect(page).toContain('Er is krapte op de arbeidsmarkt.');
    expect(page).not.toContain('\uFEFF');
  });
});
