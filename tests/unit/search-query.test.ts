/**
 * Reading a resident's query (src/core/search-query.ts), the region words the search page gets
 * (src/model/search.ts), and the split of aggregate pages into records of their own
 * (src/integration/pagefind.ts).
 */
import { describe, expect, it } from 'vitest';
import { helpIntent, mergeByRegion, regionInQuery } from '../../src/core/search-query.ts';
import { searchRegions } from '../../src/model/search.ts';
import { PARTS, splitParts } from '../../src/integration/pagefind.ts';
import type { Entry, Model } from '../../src/model/types.ts';
import type { Output } from '../../src/model/outputs.ts';

const entry = (localId: string, data: Record<string, unknown>) =>
  ({ id: localId, localId, region: localId, file: '', raw: null, data }) as Entry;
const model = {
  regions: [
    entry('rivierenland', {
      name: 'Rivierenland',
      shortName: 'Rivierenland',
      order: 2,
      municipalities: [
        { id: 'tiel', name: 'Tiel' },
        { id: 'buren', name: 'Buren' },
      ],
    }),
    entry('zuid-kennemerland-en-ijmond', { name: 'Zuid-Kennemerland en IJmond', shortName: 'ZKIJ', order: 5, municipalities: [] }),
    entry('gooi-en-vechtstreek', {
      name: 'Gooi en Vechtstreek',
      shortName: 'G&V',
      order: 4,
      municipalities: [{ id: 'hilversum', name: 'Hilversum' }],
    }),
  ],
} as unknown as Model;
const page = (path: string) => ({ kind: 'region', path, file: path + 'index.html', lang: 'nl', noindex: false }) as Output;

describe('search regions', () => {
  const regions = searchRegions(model, [page('rivierenland/'), page('gooi-en-vechtstreek/hulp/')]);
  it('names a region by name, short name, parts of its name and gemeenten', () => {
    const zkij = regions.find((r) => r.id === 'zuid-kennemerland-en-ijmond')!;
    expect(zkij.terms).toEqual(expect.arrayContaining(['zuid kennemerland en ijmond', 'zkij', 'zuid kennemerland', 'ijmond']));
    expect(regions.find((r) => r.id === 'rivierenland')!.terms).toEqual(expect.arrayContaining(['rivierenland', 'tiel', 'buren']));
  });
  it('sends help to the region’s help page when the site has one, else to the region page', () => {
    expect(regions.find((r) => r.id === 'gooi-en-vechtstreek')).toMatchObject({ help: 'gooi-en-vechtstreek/hulp/', helpPage: true });
    expect(regions.find((r) => r.id === 'rivierenland')).toMatchObject({ help: 'rivierenland/', helpPage: false });
  });

  it('finds the region in a query and takes its name out', () => {
    expect(regionInQuery('werkcentrum in Tiel', regions)).toMatchObject({
      region: { id: 'rivierenland' },
      rest: 'werkcentrum in',
      byName: false,
    });
    expect(regionInQuery('uitvoering rivierenland', regions)).toMatchObject({
      region: { id: 'rivierenland' },
      rest: 'uitvoering',
      byName: true,
    });
    expect(regionInQuery('Hoeveel inwoners heeft Zuid-Kennemerland en IJmond?', regions)).toMatchObject({
      region: { id: 'zuid-kennemerland-en-ijmond' },
      rest: 'hoeveel inwoners heeft ?',
    });
    expect(regionInQuery('begroting ZKIJ', regions)?.region.id).toBe('zuid-kennemerland-en-ijmond');
    expect(regionInQuery('overleggen G&V', regions)?.region.id).toBe('gooi-en-vechtstreek');
  });
  it('matches whole words only, and no region when the query names two', () => {
    expect(regionInQuery('Tielse werkgevers', regions)).toBeNull();
    expect(regionInQuery('werkcentrum', regions)).toBeNull();
    expect(regionInQuery('Rivierenland en Hilversum vergeleken', regions)).toBeNull();
  });
});

describe('help intent', () => {
  it.each([
    'ik zoek werk',
    'bijstandsuitkering aanvragen',
    'WW-uitkering',
    'werk zoeken in Tiel',
    'ik ben werkloos',
    'hulp bij werk',
    'ik zoek een baan',
  ])('%s asks for help', (q) => expect(helpIntent(q)).toBe(true));
  it.each(['werkloosheid jongeren 2025', 'werkgeversdienstverlening', 'regionaal beraad', 'vacatures zorg en welzijn'])(
    '%s is a policy question',
    (q) => expect(helpIntent(q)).toBe(false),
  );
});

it('merges region results first, each result once', () => {
  const r = (id: string) => ({ id });
  expect(mergeByRegion([r('a'), r('b')], [r('c'), r('a'), r('d')]).map((x) => x.id)).toEqual(['a', 'b', 'c', 'd']);
});

describe('aggregate pages split into records', () => {
  const html = `<!doctype html><html lang="nl"><head><title>x</title></head><body><header>kop</header><main data-pagefind-body>
    <span hidden data-pagefind-filter="regio:Rivierenland"></span><span hidden data-pagefind-meta="regio:Rivierenland"></span>
    <h1>Uitvoering Rivierenland</h1><p class="lead">Wat de partners doen.</p>
    <section><h2>Groep</h2>
      <article class="action" id="actie-1-2" data-themes="llo"><h3><span class="muted">1.2</span> Scholingsmakelaar</h3><p>Een makelaar voor scholing.</p></article>
    </section>
    <table><tr id="vergadering-rb-1"><th>12 maart 2026</th><td>Regionaal Beraad</td><td>agenda</td></tr></table>
  </main></body></html>`;
  const { rest, parts } = splitParts(html, [...PARTS.actions!, ...PARTS.governance!], (ids) =>
    ids.includes('llo') ? ['Leven lang ontwikkelen', 'Ontwikkelopgave'] : [],
  );
  it('gives each part its own record with a title that says what it is, and the page’s region', () => {
    expect(parts.map((p) => [p.id, p.title])).toEqual([
      ['actie-1-2', 'Actie 1.2 Scholingsmakelaar'],
      ['vergadering-rb-1', 'Vergadering Regionaal Beraad (12 maart 2026)'],
    ]);
    expect(parts[0].html).toContain('<h1>Actie 1.2 Scholingsmakelaar</h1>');
    expect(parts[0].html).toContain('Een makelaar voor scholing.');
    expect(parts[0].html).toContain('data-pagefind-filter="regio:Rivierenland"');
    expect(parts[0].html).toContain('data-pagefind-meta="document:Uitvoering Rivierenland"');
    // an action's own themes, as the site-wide themes of the Thema filter
    expect(parts[0].html).toContain('data-pagefind-filter="thema:Leven lang ontwikkelen"');
    expect(parts[0].html).toContain('data-pagefind-filter="thema:Ontwikkelopgave"');
    expect(parts[1].html).not.toContain('thema:');
  });
  it('leaves the page with its own name and without the parts', () => {
    expect(rest).toContain('<h1>Uitvoering Rivierenland</h1>');
    expect(rest).toContain('<h2>Groep</h2>');
    expect(rest).not.toContain('Scholingsmakelaar');
    expect(rest).not.toContain('vergadering-rb-1');
  });
});
