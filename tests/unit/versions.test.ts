/**
 * Versions of a document from git: the passage and word diff, and a temporary repository with
 * two commits of the fixture (a chapter changed, one added, the status from concept to
 * vastgesteld) compared chapter by chapter.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { diffPassages, diffWords, passages } from '../../src/core/diff.ts';
import { compareVersions, versionSummary, versionsOf } from '../../src/model/versions.ts';

describe('passage diff', () => {
  it('splits Markdown into passages at blank lines', () => {
    expect(passages('Een\nzin.\n\n\n- a\n- b\r\n\r\n## Kop\n')).toEqual(['Een zin.', '- a - b', '## Kop']);
  });
  it('marks added, removed and changed passages, with the changed words', () => {
    const before = 'Eerste alinea blijft.\n\nDe regio opent in 2026 een werkcentrum in Tiel.\n\nDeze alinea verdwijnt helemaal.';
    const after =
      'Eerste alinea blijft.\n\nDe regio opent in 2027 een werkcentrum in Tiel en Culemborg.\n\nEen geheel nieuwe alinea over scholing.';
    const d = diffPassages(before, after);
    expect(d.map((p) => p.kind)).toEqual(['gelijk', 'gewijzigd', 'verwijderd', 'toegevoegd']);
    const changed = d[1] as Extract<(typeof d)[number], { kind: 'gewijzigd' }>;
    expect(changed.words.filter((w) => w.kind === 'del').map((w) => w.value.trim())).toEqual(['2026', 'Tiel.']);
    expect(changed.words.filter((w) => w.kind === 'add').map((w) => w.value.trim())).toEqual(['2027', 'Tiel en Culemborg.']);
    expect(diffWords('a b c', 'a b c')).toEqual([{ kind: 'same', value: 'a b c' }]);
    expect(diffPassages('x', 'x')).toEqual([{ kind: 'gelijk', text: 'x' }]);
  });
});

describe('versions from git', () => {
  const repo = mkdtempSync(join(tmpdir(), 'mja-versions-'));
  afterAll(() => rmSync(repo, { recursive: true, force: true }));
  const root = join(repo, 'content');
  cpSync('tests/fixtures/basic', root, { recursive: true });
  const git = (...args: string[]) =>
    execFileSync('git', ['-C', repo, '-c', 'user.name=Test', '-c', 'user.email=test@example.nl', ...args], {
      encoding: 'utf8',
      env: { ...process.env, GIT_COMMITTER_DATE: '2026-03-01T12:00:00Z', GIT_AUTHOR_DATE: '2026-03-01T12:00:00Z' },
    });
  git('init', '-q');
  const docYaml = join(root, 'proefregio/documents/agenda.yaml');
  writeFileSync(docYaml, readFileSync(docYaml, 'utf8').replace(/^status: .*$/m, 'status: concept'));
  git('add', '-A');
  git('commit', '-q', '-m', 'Concept van de agenda');
  // a version that changes only another chapter (the order of versions must follow the log, not the files)
  const doelen = join(root, 'proefregio/documents/agenda/02-doelen.mdx');
  writeFileSync(doelen, readFileSync(doelen, 'utf8').trimEnd() + '\n\nEen extra doel.\n');
  git('add', '-A');
  execFileSync('git', ['-C', repo, '-c', 'user.name=Test', '-c', 'user.email=test@example.nl', 'commit', '-q', '-m', 'Extra doel'], {
    env: { ...process.env, GIT_COMMITTER_DATE: '2026-04-01T12:00:00Z', GIT_AUTHOR_DATE: '2026-04-01T12:00:00Z' },
  });
  const chapter = join(root, 'proefregio/documents/agenda/01-inleiding.mdx');
  const text = readFileSync(chapter, 'utf8');
  writeFileSync(chapter, text.trimEnd() + '\n\nEen nieuwe alinea na de inspraak.\n');
  writeFileSync(join(root, 'proefregio/documents/agenda/03-slot.mdx'), '---\nnumber: "3"\ntitle: Slot\n---\n\nTot slot.\n');
  writeFileSync(docYaml, readFileSync(docYaml, 'utf8').replace(/^status: .*$/m, 'status: vastgesteld'));
  git('add', '-A');
  execFileSync(
    'git',
    ['-C', repo, '-c', 'user.name=Test', '-c', 'user.email=test@example.nl', 'commit', '-q', '-m', 'Vastgesteld door het Regionaal Beraad'],
    {
      env: { ...process.env, GIT_COMMITTER_DATE: '2026-06-10T12:00:00Z', GIT_AUTHOR_DATE: '2026-06-10T12:00:00Z' },
    },
  );

  it('lists every commit that changed the document, with date and the status at that time', () => {
    const v = versionsOf(root, 'proefregio/agenda');
    expect(v.map((x) => [x.date, x.status, x.subject])).toEqual([
      ['2026-03-01', 'concept', 'Concept van de agenda'],
      ['2026-04-01', 'concept', 'Extra doel'],
      ['2026-06-10', 'vastgesteld', 'Vastgesteld door het Regionaal Beraad'],
    ]);
    expect(v[0].short).toHaveLength(10);
    expect(versionsOf(join(tmpdir(), 'geen-git-hier'), 'proefregio/agenda')).toEqual([]);
  });

  it('compares two versions chapter by chapter', () => {
    const [a, , c] = versionsOf(root, 'proefregio/agenda');
    const changes = compareVersions(root, 'proefregio/agenda', a.commit, c.commit);
    expect(changes.map((c) => [c.stem, c.kind])).toEqual([
      ['01-inleiding', 'gewijzigd'],
      ['02-doelen', 'gewijzigd'],
      ['03-slot', 'toegevoegd'],
    ]);
    expect(changes[0].passages.filter((p) => p.kind === 'toegevoegd')).toEqual([
      { kind: 'toegevoegd', text: 'Een nieuwe alinea na de inspraak.' },
    ]);
    expect(changes[2].title).toBe('3. Slot');
    const [, b2, c2] = versionsOf(root, 'proefregio/agenda');
    expect(compareVersions(root, 'proefregio/agenda', b2.commit, c2.commit).map((x) => x.kind)).toEqual([
      'gewijzigd',
      'ongewijzigd',
      'toegevoegd',
    ]);
    // the line the print edition carries on its cover
    expect(versionSummary(versionsOf(root, 'proefregio/agenda'), compareVersions(root, 'proefregio/agenda', b2.commit, c2.commit))).toBe(
      'Versie 3 (10 juni 2026), ten opzichte van versie 2: hoofdstuk 1 gewijzigd; hoofdstuk 3 nieuw.',
    );
  });
});
