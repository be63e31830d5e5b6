/**
 * "Bewerk deze pagina" and "Laatst gewijzigd op": which content files each page is made from,
 * dates from git history only (none outside a checkout), the edit link only with MJA_EDIT_URL.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';
import { loadContent } from '../../src/model/load.ts';
import { outputs } from '../../src/model/outputs.ts';
import { pageInfo, sourcesOf } from '../../src/model/sources.ts';
import { lastChangedDates } from '../../src/model/history.ts';
import { readSettings } from '../../src/settings.ts';

const work = mkdtempSync(join(tmpdir(), 'mja-meta-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('sources of a page', () => {
  const { model } = loadContent('content', { compileMdx: false });
  const list = outputs(model);
  const main = (path: string) =>
    sourcesOf(
      model,
      list.find((o) => o.path === path)!,
    )[0];

  it('every page made from content names its main file first', () => {
    expect(main('rijnmond/')).toBe('content/rijnmond/region.yaml');
    expect(main('rijnmond/uitvoering/')).toBe('content/rijnmond/actions.yaml');
    expect(main('rijnmond/organisatie/')).toBe('content/rijnmond/bodies.yaml');
    const chapter = model.chapters[0];
    expect(main(list.find((o) => o.kind === 'chapter' && o.props?.id === chapter.id)!.path)).toBe(chapter.file);
    const doc = model.documents.find((d) => d.region === 'rijnmond')!;
    expect(main(`rijnmond/documenten/${doc.localId}/`)).toBe(doc.file);
    expect(main(`rijnmond/documenten/${doc.localId}/print/`)).toBe(doc.file);
    expect(main('begrippen/')).toMatch(/glossary\.yaml$/);
  });

  it('only pages that are not made from content have no sources', () => {
    const without = new Set(list.filter((o) => !sourcesOf(model, o).length).map((o) => o.kind));
    expect([...without].sort()).toEqual([
      'accessibility',
      'csv',
      'feed',
      'letter-file',
      'not-found',
      'open-data',
      'pdf',
      'progress-data',
      'search',
      'writers',
    ]);
  });

  const inGit = spawnSync('git', ['rev-parse', '--is-inside-work-tree'], { encoding: 'utf8' }).stdout.trim() === 'true';
  it.skipIf(!inGit)('in this checkout every content file has the date of its last commit', () => {
    const dates = lastChangedDates('content');
    const file = resolve('content/rijnmond/region.yaml');
    const expected = spawnSync('git', ['log', '-1', '--format=%cs', '--', file], { encoding: 'utf8' }).stdout.trim();
    expect(dates.get(file)).toBe(expected);
    expect(pageInfo(model, 'rijnmond/').lastChanged).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});

describe('outside a git checkout and without MJA_EDIT_URL', () => {
  it('a page has neither a date nor an edit link', () => {
    const dir = join(work, 'content');
    cpSync(resolve('tests/fixtures/basic'), dir, { recursive: true });
    const { model } = loadContent(dir, { compileMdx: false });
    // the temporary folder is outside any repository
    expect(spawnSync('git', ['rev-parse'], { cwd: dir }).status).not.toBe(0);
    expect(pageInfo(model, 'proefregio/')).toEqual({
      kind: 'region',
      editFile: 'proefregio/region.yaml',
      editUrl: undefined,
      lastChanged: undefined,
    });
  });
});

describe('MJA_EDIT_URL', () => {
  it('is off when not set, gets a trailing slash, and must be an address', () => {
    expect(readSettings({}).editUrl).toBeUndefined();
    expect(readSettings({ MJA_EDIT_URL: 'https://github.com/o/r/edit/main/content' }).editUrl).toBe(
      'https://github.com/o/r/edit/main/content/',
    );
    expect(() => readSettings({ MJA_EDIT_URL: 'content/' })).toThrow(/MJA_EDIT_URL moet een volledig webadres zijn/);
  });
});
