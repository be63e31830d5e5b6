import { describe, expect, it } from 'vitest';
import { parseFuzzyDate, formatFuzzyDate, compareFuzzy } from '../../src/core/dates.ts';
import { formatValue, isPlaceholder, sumNumbers } from '../../src/core/numbers.ts';
import { checkTotals, computeTotals } from '../../src/core/totals.ts';
import { parseCsv, toCsv } from '../../src/core/csv.ts';
import { chapterLabel } from '../../src/core/chapters.ts';
import { slugify } from '../../src/model/load.ts';
import { resolveRef } from '../../src/model/check.ts';
import { rehypeSectionIds } from '../../src/integration/rehype-section-ids.ts';
import { checkForm, formRows } from '../../src/core/forms.ts';
import { cssString, pageCss } from '../../src/core/print.ts';
import { scopeIds } from '../../src/core/scope-ids.ts';
import { markContentArtifacts } from '../../src/integration/pdf-artifacts.ts';

describe('fuzzy dates', () => {
  it('stores the precision of each form', () => {
    expect(parseFuzzyDate('2026-05-07')).toMatchObject({ precision: 'dag', start: '2026-05-07', end: '2026-05-07' });
    expect(parseFuzzyDate('2026-02')).toMatchObject({ precision: 'maand', start: '2026-02-01', end: '2026-02-28' });
    expect(parseFuzzyDate('2024-02')).toMatchObject({ end: '2024-02-29' });
    expect(parseFuzzyDate('2026-Q3')).toMatchObject({ precision: 'kwartaal', start: '2026-07-01', end: '2026-09-30' });
    expect(parseFuzzyDate('2026-W12')).toMatchObject({ precision: 'week', start: '2026-03-16', end: '2026-03-22' });
    expect(parseFuzzyDate('2027')).toMatchObject({ precision: 'jaar', start: '2027-01-01', end: '2027-12-31' });
    expect(parseFuzzyDate('najaar 2024')).toMatchObject({ precision: 'periode', start: '2024-09-01', end: '2024-11-30' });
    expect(parseFuzzyDate('na de zomer van 2026')).toMatchObject({ precision: 'periode', start: '2026-09-01' });
  });
  it('rejects dates that do not exist', () => {
    for (const bad of ['2026-02-30', '2026-13', '2026-Q5', '2026-W54', 'ooit', '7 mei 2026', 'lente 2026'])
      expect(parseFuzzyDate(bad), bad).toBeNull();
  });
  it('formats in Dutch', () => {
    expect(formatFuzzyDate(parseFuzzyDate('2026-05-07')!)).toBe('7 mei 2026');
    expect(formatFuzzyDate(parseFuzzyDate('2026-03')!)).toBe('maart 2026');
    expect(formatFuzzyDate(parseFuzzyDate('2026-Q2')!)).toBe('2e kwartaal 2026');
    expect(formatFuzzyDate(parseFuzzyDate('2026-W12')!)).toBe('week 12 2026');
    expect(formatFuzzyDate(parseFuzzyDate('eind 2026')!)).toBe('eind 2026');
  });
  it('sorts by the period covered', () => {
    const list = ['2026-05-07', '2026', 'begin 2026', '2025-12-12'].map((s) => parseFuzzyDate(s)!);
    expect(list.sort(compareFuzzy).map((d) => d.raw)).toEqual(['2025-12-12', 'begin 2026', '2026', '2026-05-07']);
  });
});

describe('numbers', () => {
  it('formats nl-NL with units', () => {
    expect(formatValue(94.9, 'procent')).toBe('94,9%');
    expect(formatValue(4111805, 'euro')).toBe('€ 4.111.805');
    expect(formatValue(23.5, 'miljoen-euro')).toBe('€ 23,5 mln.');
    expect(formatValue(12106, 'aantal')).toBe('12.106');
    expect(formatValue(8.8, 'uur-per-week')).toBe('8,8 uur per week');
    expect(formatValue('[x]', 'euro')).toBe('[x]');
  });
  it('knows the placeholders', () => {
    expect(isPlaceholder('[x]')).toBe(true);
    expect(isPlaceholder('PM')).toBe(true);
    expect(isPlaceholder('12,5')).toBe(false);
  });
  it('sums without float noise and ignores placeholders', () => {
    expect(sumNumbers([0.1, 0.2, 'PM'])).toBe(0.3);
    expect(sumNumbers(['[x]'])).toBeNull();
  });
});

describe('stated versus computed totals', () => {
  const cols = [
    { id: 'a', label: 'A', unit: 'tekst' },
    { id: 'b', label: 'Bedrag', unit: 'euro' },
    { id: 'c', label: 'Aandeel', unit: 'procent', sum: false },
  ];
  const rows = [
    ['x', 500000, 50],
    ['y', 447000, 50],
  ];
  it('flags a stated total that differs from the sum of the rows', () => {
    const checks = checkTotals(cols, rows, ['Totaal', 947500, 100]);
    expect(checks[0]).toMatchObject({ stated: 947500, computed: 947000, difference: 500 });
    expect(checks[1].computed).toBeNull();
    expect(checks[1].difference).toBeNull();
  });
  it('agrees when the rows add up', () => {
    expect(checkTotals(cols, rows, ['Totaal', 947000, 100]).every((c) => c.difference === null)).toBe(true);
    expect(computeTotals(cols, rows)).toEqual([null, 947000, null]);
  });
});

describe('csv', () => {
  it('round-trips values, quotes and placeholders', () => {
    const csv = toCsv(
      ['Naam', 'Waarde'],
      [
        ['Zorg; welzijn', 94.9],
        ['"Bouw"', '[x]'],
      ],
    );
    expect(csv.startsWith('\uFEFFNaam;Waarde\r\n')).toBe(true);
    // Dutch Excel reads decimal commas as numbers (a dot would become a thousands separator or a date)
    expect(parseCsv(csv)).toEqual([
      ['Naam', 'Waarde'],
      ['Zorg; welzijn', '94,9'],
      ['"Bouw"', '[x]'],
    ]);
    expect(toCsv(['A'], [[12106], [-0.5]])).toBe('\uFEFFA\r\n12106\r\n-0,5\r\n');
  });
});

describe('ids and labels', () => {
  it('slugifies Dutch names', () => {
    expect(slugify('Zuid-Kennemerland & IJmond')).toBe('zuid-kennemerland-en-ijmond');
    expect(slugify('Pfho W&P')).toBe('pfho-w-en-p');
    expect(slugify('Coördinatie')).toBe('coordinatie');
  });
  it('resolves references within and across regions', () => {
    expect(resolveRef('llo', 'rivierenland')).toBe('rivierenland/llo');
    expect(resolveRef('landelijk/kamerbrief-2024', 'rivierenland')).toBe('landelijk/kamerbrief-2024');
  });
  it('labels chapters with their source number', () => {
    expect(chapterLabel({ number: '3', title: 'Doelgroepen', unnumbered: false, kind: 'hoofdstuk' })).toBe('3 Doelgroepen');
    expect(chapterLabel({ number: '3b', sourceNumber: '3.3.1/2', title: 'X', unnumbered: false, kind: 'hoofdstuk' })).toBe('3.3.1/2 X');
    expect(chapterLabel({ number: '4', title: 'Onze visie', unnumbered: true, kind: 'pagina' })).toBe('Onze visie');
    expect(chapterLabel({ number: 'art-5', title: 'Artikel 5 Regionaal Beraad', unnumbered: false, kind: 'artikel' })).toBe(
      'Artikel 5 Regionaal Beraad',
    );
    expect(
      chapterLabel({ number: 'art-13', sourceNumber: 'Artikel 13', title: 'Slotbepalingen', unnumbered: false, kind: 'artikel' }),
    ).toBe('Artikel 13 Slotbepalingen');
    expect(chapterLabel({ number: 'B1', title: 'Analyse', unnumbered: false, kind: 'bijlage' })).toBe('Analyse');
  });
  it('gives numbered headings stable anchors, also for duplicated numbers', () => {
    const h = (t: string) => ({ type: 'element', tagName: 'h2', properties: {}, children: [{ type: 'text', value: t }] });
    const tree = { type: 'root', children: [h('3.1 Jongeren'), h('3.1 Statushouders'), h('Zonder nummer')] } as any;
    rehypeSectionIds()(tree);
    expect(tree.children.map((c: any) => c.properties.id)).toEqual(['par-3-1', 'par-3-1-2', undefined]);
  });
});

describe('forms', () => {
  it('lays out the fields in the order of the form, with empty fields kept', () => {
    const rows = formRows('voorblad', [
      { label: 'Steller', value: 'A. Auteur' },
      { label: 'Vergadering', value: 'Regionaal Beraad, 7 mei 2026' },
    ]);
    expect(rows.map((r) => r.label)).toEqual([
      'Vergadering',
      'Voorblad bij stuk',
      'Onderwerp',
      'Steller',
      'Route',
      'Inhoud',
      'Doel agendering',
    ]);
    expect(rows[0].value).toBe('Regionaal Beraad, 7 mei 2026');
    expect(rows[1].value).toBeUndefined();
    expect(rows[3].value).toBe('A. Auteur');
  });
  it('accepts a complete form in order and types without a template', () => {
    expect(checkForm('memo', [{ label: 'Onderwerp' }, { label: 'Steller' }, { label: 'Datum' }])).toEqual([]);
    expect(checkForm('beleidsagenda', [{ label: 'Wat dan ook' }])).toEqual([]);
  });
  it('reports duplicates and order', () => {
    const out = checkForm('memo', [{ label: 'Steller' }, { label: 'Onderwerp' }, { label: 'Steller' }]);
    expect(out.map(([f]) => f)).toEqual(['form[1].label', 'form[2].label']);
    expect(out[1][1]).toBe('het veld "Steller" staat er twee keer');
  });
});

describe('print page furniture', () => {
  it('quotes header text safely for a <style> element', () => {
    expect(cssString('Artikel 5 "Beraad"\\ </style>')).toBe('"Artikel 5 \\"Beraad\\"\\\\ \\3c /style>"');
    expect(cssString('twee\n regels')).toBe('"twee regels"');
  });
  it('gives every chapter its own named page and the cover none', () => {
    const css = pageCss({
      header: 'Agenda',
      headerRight: 'Regio',
      footer: 'Agenda · Concept',
      named: [{ name: 'ch-1', header: '1 Inleiding' }],
      bare: ['cover'],
    });
    expect(css).toContain(
      '@page{@top-left{content:"Agenda"}@top-right{content:"Regio"}@bottom-left{content:"Agenda · Concept"}@bottom-right{content:"pagina " counter(page) " van " counter(pages)}}',
    );
    expect(css).toContain('@page ch-1{@top-left{content:"1 Inleiding"}}');
    expect(css).toContain(
      '@page cover{@top-left{content:none}@top-right{content:none}@bottom-left{content:none}@bottom-right{content:none}}',
    );
    expect(pageCss({ header: 'Brief', firstBare: true })).toContain('@page :first{@top-left{content:none}@top-right{content:none}}');
  });
  it('puts the colophon on the named page of the last chapter, and only a page name there', () => {
    expect(pageCss({ header: 'Agenda', colophonPage: 'ch-7' })).toContain('.page-meta--print{page:ch-7}');
    expect(pageCss({ header: 'Agenda', colophonPage: 'x}body{color:red' })).not.toContain('page-meta');
    expect(pageCss({ header: 'Agenda' })).not.toContain('page-meta');
  });
});

describe('scoped ids for chapters printed together', () => {
  it('prefixes the ids a fragment defines and the references to them, nothing else', () => {
    const html =
      '<h2 id="inleiding">Inleiding</h2><p>Zie<sup><a href="#vn-fn-1" id="vn-fnref-1" aria-describedby="footnote-label">1</a></sup>' +
      ' en <a href="#elders">elders</a> en <a href="/begrippen/#begrip-x">LLO</a>.</p>' +
      '<section><h2 id="footnote-label">Voetnoten</h2><ol><li id="vn-fn-1">Bron <a href="#vn-fnref-1">↩</a></li></ol></section>';
    const out = scopeIds(html, 'c2-');
    expect(out).toContain('<h2 id="c2-inleiding">');
    expect(out).toContain('<a href="#c2-vn-fn-1" id="c2-vn-fnref-1" aria-describedby="c2-footnote-label">');
    expect(out).toContain('<li id="c2-vn-fn-1">Bron <a href="#c2-vn-fnref-1">');
    expect(out).toContain('<a href="#elders">'); // not defined here: left alone
    expect(out).toContain('<a href="/begrippen/#begrip-x">');
    expect(scopeIds('<p>geen ids</p>', 'c1-')).toBe('<p>geen ids</p>');
  });
});

describe('untagged PDF content marked as artifact', () => {
  it('wraps text, paths and images outside marked content, and leaves tagged content alone', () => {
    const stream = [
      'q 1 0 0 1 0 0 cm BT /F1 8 Tf (pagina 1 van 2) Tj ET Q',
      '/P <</MCID 0>> BDC BT /F1 10 Tf (Tekst \\) met ET erin) Tj ET EMC',
      '0.5 w 10 10 m 100 10 l S',
      '0 0 50 50 re f',
      '/Figure <</MCID 1 /Alt (plaatje)>> BDC /Im1 Do EMC',
      '/Im2 Do',
    ].join('\n');
    const out = markContentArtifacts(stream)!;
    expect(out).toContain('q 1 0 0 1 0 0 cm /Artifact BMC\nBT /F1 8 Tf (pagina 1 van 2) Tj ET\nEMC Q');
    expect(out).toContain('/P <</MCID 0>> BDC BT /F1 10 Tf (Tekst \\) met ET erin) Tj ET EMC');
    expect(out).toContain('0.5 w /Artifact BMC\n10 10 m 100 10 l S\nEMC');
    expect(out).toContain('/Artifact BMC\n0 0 50 50 re f\nEMC');
    expect(out).toContain('/Figure <</MCID 1 /Alt (plaatje)>> BDC /Im1 Do EMC');
    expect(out).toContain('/Artifact BMC\n/Im2 Do\nEMC');
  });
  it('leaves a stream it cannot handle safely unchanged (null)', () => {
    expect(markContentArtifacts('BT /P <</MCID 0>> BDC (a) Tj EMC ET')).toBeNull(); // tagged text inside an untagged text object
    expect(markContentArtifacts('BI /W 1 /H 1 ID x EI')).toBeNull(); // inline image
    expect(markContentArtifacts('/P BMC (a) Tj')).toBeNull(); // unbalanced
  });
});

import { decodeCsv, detectDelimiter, parseDelimited, parseDutchNumber } from '../../src/core/excel-csv.ts';
describe('CSV from Dutch Excel', () => {
  it('reads numbers with decimal commas and thousands dots', () => {
    expect(parseDutchNumber('12.106')).toBe(12106);
    expect(parseDutchNumber('94,9')).toBe(94.9);
    expect(parseDutchNumber('1.234,5')).toBe(1234.5);
    expect(parseDutchNumber('€ 4.111.805')).toBe(4111805);
    expect(parseDutchNumber('94,9%')).toBe(94.9);
    expect(parseDutchNumber('-3')).toBe(-3);
    expect(parseDutchNumber('4.1')).toBe(4.1);
    expect(parseDutchNumber('1.2.3')).toBeUndefined();
    expect(parseDutchNumber('veel')).toBeUndefined();
    expect(parseDutchNumber('')).toBeUndefined();
  });
  it('decodes UTF-8 with BOM and Windows-1252', () => {
    expect(decodeCsv(new Uint8Array([0xef, 0xbb, 0xbf, 0x43, 0x72, 0xc3, 0xa8, 0x6d, 0x65]))).toEqual({ text: 'Crème', encoding: 'UTF-8' });
    expect(decodeCsv(new Uint8Array([0x43, 0x72, 0xe8, 0x6d, 0x65, 0x20, 0x80]))).toEqual({ text: 'Crème €', encoding: 'Windows-1252' });
  });
  it('finds the separator and reads quoted cells', () => {
    expect(detectDelimiter('a;b;"c,d"\n1;2;3')).toBe(';');
    expect(detectDelimiter('a,b,c')).toBe(',');
    expect(parseDelimited('Naam;"Aantal; totaal"\r\n"Zeg ""ja""";1.234\r\n;;\r\n', ';')).toEqual([
      ['Naam', 'Aantal; totaal'],
      ['Zeg "ja"', '1.234'],
    ]);
  });
});
