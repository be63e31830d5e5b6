/**
 * Synonyms for the search index (src/integration/pagefind.ts): the one-pass matcher finds exactly
 * the groups that testing every term's regular expression against the whole page finds (the
 * earlier way), and with per-region scope a region's page sees only its own and national terms.
 */
import { describe, expect, it } from 'vitest';
import { TermMatcher } from '../../src/integration/pagefind.ts';
import type { Entry, Model } from '../../src/model/types.ts';

const entry = (region: string, data: Record<string, unknown>) =>
  ({ id: `${region}/x`, localId: 'x', region, file: '', raw: null, data }) as Entry;
const model = {
  glossary: [
    entry('landelijk', { term: 'UWV', expansion: 'Uitvoeringsinstituut werknemersverzekeringen', aliases: [] }),
    entry('noord', { term: 'SZW', expansion: '(ministerie van) Sociale Zaken en Werkgelegenheid', aliases: ['SoZaWe'] }),
    entry('noord', { term: 'RB', expansion: 'Regionaal Beraad Noord', aliases: ['regionaal beraad'] }),
    entry('zuid', { term: 'LLO', expansion: 'leven lang ontwikkelen', aliases: ['LLO-collectief'] }),
    entry('zuid', { term: '2030', expansion: 'het jaar tweeduizend dertig', aliases: [] }),
  ],
  sharedThemes: [entry('', { title: 'Regionaal werkcentrum', aliases: ['RWC', 'één loket'] })],
  themes: [entry('zuid', { title: 'Werk voor iedereen', aliases: ['inclusieve arbeidsmarkt'] })],
  bodies: [],
} as unknown as Model;

/** The earlier way: every term's regular expression against the whole text. */
function bruteForce(text: string) {
  const groups = [
    ...model.glossary.map((g) => [g.data.term, g.data.expansion, ...g.data.aliases]),
    ...[...model.sharedThemes, ...model.themes].map((t) => [t.data.title, ...t.data.aliases]),
  ];
  const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const out = new Set<string>();
  for (const g of groups) {
    const hit = g.some((t) => new RegExp(`(^|[^\\p{L}])${esc(t)}($|[^\\p{L}])`, t.length <= 6 && /[A-Z]/.test(t) ? 'u' : 'iu').test(text));
    if (hit) for (const t of g) out.add(t);
  }
  return [...out];
}

const TEXTS = [
  'Het UWV en het ministerie van SZW overleggen.',
  'De (Ministerie van) sociale zaken en werkgelegenheid stuurt een brief.',
  'uwv in kleine letters is geen afkorting; szw ook niet.',
  'Het Regionaal Beraad vergadert; het RB-overleg ook. RBS is iets anders.',
  'LLO-collectief en leven lang ontwikkelen, maar niet LLOcollectief.',
  'In 2030 en niet in 20301.',
  'één loket, Één Loket en éénloket.',
  'Werk voor iedereen: een inclusieve arbeidsmarkt.',
  'werkcentrum alleen, regionaal werkcentrum samen.',
  '',
];

describe('search synonyms', () => {
  it('one pass per page finds the same terms as every regular expression over the page', () => {
    const m = new TermMatcher(model);
    for (const t of TEXTS) expect(m.extra(t, 'noord'), t).toEqual(bruteForce(t));
  });
  it('per region: a region page sees its own and the national terms; pages outside a region see all', () => {
    const m = new TermMatcher(model, true);
    const text = 'UWV, SZW en LLO en het Regionaal werkcentrum';
    expect(m.extra(text, 'noord')).toEqual([
      'UWV',
      'Uitvoeringsinstituut werknemersverzekeringen',
      'SZW',
      '(ministerie van) Sociale Zaken en Werkgelegenheid',
      'SoZaWe',
      'Regionaal werkcentrum',
      'RWC',
      'één loket',
    ]);
    expect(m.extra(text, 'zuid')).toContain('leven lang ontwikkelen');
    expect(m.extra(text, 'zuid')).not.toContain('SoZaWe');
    expect(m.extra(text, 'landelijk')).not.toContain('SoZaWe');
    expect(m.extra(text, undefined)).toEqual(bruteForce(text));
  });
});
