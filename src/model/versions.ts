/**
 * Versions of a document from the git history of its content: every commit that changed the
 * document's YAML file or one of its chapters is a version, with its date, the status the document
 * had then and the commit message. Two versions are compared chapter by chapter (src/core/diff.ts).
 * Reads git only (never the working tree): two builds of the same commits give the same pages.
 * Without git or history (a copied folder) a document has no versions.
 */
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import { diffPassages, type Passage } from '../core/diff.ts';

export interface Version {
  commit: string;
  /** The first 10 characters of the commit: the version's URL segment. */
  short: string;
  /** Commit date, yyyy-mm-dd. */
  date: string;
  subject: string;
  /** The document's status and version field in that commit. */
  status?: string;
  version?: string;
}

interface History {
  /** Path of the content folder inside the repository ("content/"). */
  prefix: string;
  /** Commits per file (path relative to the content folder), newest first. */
  files: Map<string, { commit: string; date: string; subject: string }[]>;
  /** Position of every commit in the log (0 = newest). */
  order: Map<string, number>;
}

const KEY = Symbol.for('meerjarenagenda.versions');
const cache: Map<string, History | null> =
  ((globalThis as Record<symbol, unknown>)[KEY] as Map<string, History | null>) ??
  ((globalThis as Record<symbol, unknown>)[KEY] = new Map<string, History | null>());

function git(root: string, args: string[]): string {
  return execFileSync('git', ['-C', root, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 64 * 1024 * 1024 });
}

/** The history of every file under the content folder, read once per process (one git log). */
export function history(root: string): History | null {
  const key = resolve(root);
  if (cache.has(key)) return cache.get(key)!;
  let h: History | null = null;
  try {
    const prefix = git(key, ['rev-parse', '--show-prefix']).trim();
    const log = git(key, ['log', '--no-renames', '--format=%x1e%H%x09%cs%x09%s', '--name-only', '--', '.']);
    const files = new Map<string, { commit: string; date: string; subject: string }[]>();
    const order = new Map<string, number>();
    for (const block of log.split('\x1e').slice(1)) {
      const [head, ...names] = block.split('\n');
      const [commit, date, subject] = head.split('\t');
      order.set(commit, order.size);
      for (const name of names) {
        if (!name.startsWith(prefix) || !name) continue;
        const rel = name.slice(prefix.length);
        if (!files.has(rel)) files.set(rel, []);
        files.get(rel)!.push({ commit, date, subject });
      }
    }
    h = { prefix, files, order };
  } catch {
    h = null;
  }
  cache.set(key, h);
  return h;
}

function show(root: string, commit: string, path: string): string | undefined {
  try {
    return git(resolve(root), ['show', `${commit}:./${path}`]);
  } catch {
    return undefined;
  }
}

/** The files of a document: "<region>/documents/<doc>.yaml" and its chapters folder. */
const docPaths = (docId: string) => {
  const [region, doc] = docId.split('/');
  return { yaml: `${region}/documents/${doc}.yaml`, dir: `${region}/documents/${doc}/` };
};

const versionCache = new Map<string, Version[]>();

/** The versions of a document, oldest first (read once per process). */
export function versionsOf(root: string, docId: string): Version[] {
  const key = `${resolve(root)}\0${docId}`;
  if (!versionCache.has(key)) versionCache.set(key, readVersions(root, docId));
  return versionCache.get(key)!;
}

function readVersions(root: string, docId: string): Version[] {
  const h = history(root);
  if (!h) return [];
  const { yaml, dir } = docPaths(docId);
  const seen = new Map<string, { commit: string; date: string; subject: string }>();
  for (const [file, commits] of h.files) if (file === yaml || file.startsWith(dir)) for (const c of commits) seen.set(c.commit, c);
  // oldest first: the log lists the newest first
  const list = [...seen.values()].sort((a, b) => h.order.get(b.commit)! - h.order.get(a.commit)!);
  return list.map((c) => {
    let status: string | undefined;
    let version: string | undefined;
    try {
      const data = parse(show(root, c.commit, yaml) ?? '') as { status?: unknown; version?: unknown } | null;
      status = typeof data?.status === 'string' ? data.status : undefined;
      version = data?.version === undefined ? undefined : String(data.version);
    } catch {
      // an unreadable YAML file in an old commit: no status
    }
    return { ...c, short: c.commit.slice(0, 10), status, version };
  });
}

export interface ChapterChange {
  stem: string;
  title: string;
  kind: 'toegevoegd' | 'verwijderd' | 'gewijzigd' | 'ongewijzigd';
  /** Title before, when the title changed. */
  titleBefore?: string;
  passages: Passage[];
}

function chaptersAt(root: string, commit: string, docId: string): Map<string, { title: string; body: string }> {
  const { dir } = docPaths(docId);
  const out = new Map<string, { title: string; body: string }>();
  let names: string[] = [];
  try {
    names = git(resolve(root), ['ls-tree', '--name-only', commit, `./${dir}`])
      .split('\n')
      .filter((n) => /\.mdx?$/.test(n));
  } catch {
    return out;
  }
  for (const full of names) {
    const rel = full.startsWith(history(root)!.prefix) ? full.slice(history(root)!.prefix.length) : full;
    const text = show(root, commit, rel) ?? '';
    const m = text.match(/^---\r?\n([\s\S]*?)\r?\n---\r?\n?/);
    let title = rel;
    try {
      const fm = m ? (parse(m[1]) as { number?: unknown; title?: unknown }) : {};
      title = [fm.number, fm.title].filter((x) => x !== undefined && x !== '').join('. ') || rel;
    } catch {
      // keep the file name as title
    }
    out.set(
      rel
        .split('/')
        .pop()!
        .replace(/\.mdx?$/, ''),
      { title, body: m ? text.slice(m[0].length) : text },
    );
  }
  return out;
}

/** What changed from version `from` to version `to`, chapter by chapter, in the order of `to`. */
export function compareVersions(root: string, docId: string, from: string, to: string): ChapterChange[] {
  const a = chaptersAt(root, from, docId);
  const b = chaptersAt(root, to, docId);
  const stems = [...new Set([...b.keys(), ...a.keys()])].sort((x, y) => x.localeCompare(y, 'nl', { numeric: true }));
  return stems.map((stem) => {
    const before = a.get(stem);
    const after = b.get(stem);
    const passages = diffPassages(before?.body ?? '', after?.body ?? '');
    const kind = !before
      ? 'toegevoegd'
      : !after
        ? 'verwijderd'
        : passages.some((p) => p.kind !== 'gelijk') || before.title !== after.title
          ? 'gewijzigd'
          : 'ongewijzigd';
    return {
      stem,
      title: (after ?? before)!.title,
      titleBefore: before && after && before.title !== after.title ? before.title : undefined,
      kind,
      passages,
    };
  });
}

/** One line for a print edition: "versie 3 (23 november 2026), ten opzichte van versie 2: gewijzigd: 1. Inleiding; nieuw: 5. Slot". */
export function versionSummary(versions: Version[], changes: ChapterChange[]): string {
  const [y, m, d] = versions.at(-1)!.date.split('-').map(Number);
  const months = [
    'januari',
    'februari',
    'maart',
    'april',
    'mei',
    'juni',
    'juli',
    'augustus',
    'september',
    'oktober',
    'november',
    'december',
  ];
  const head = `Versie ${versions.length} (${d} ${months[m - 1]} ${y}), ten opzichte van versie ${versions.length - 1}: `;
  const of = (kind: ChapterChange['kind']) => changes.filter((c) => c.kind === kind).map((c) => c.title.split('. ')[0]);
  const parts = [
    of('gewijzigd').length && `hoofdstuk ${of('gewijzigd').join(', ')} gewijzigd`,
    of('toegevoegd').length && `hoofdstuk ${of('toegevoegd').join(', ')} nieuw`,
    of('verwijderd').length && `hoofdstuk ${of('verwijderd').join(', ')} vervallen`,
  ].filter(Boolean);
  return head + (parts.length ? parts.join('; ') : 'alleen gegevens van het document aangepast, de tekst niet') + '.';
}
