import { describe, expect, it } from 'vitest';
import { figureLabel, footnotesUnderBlocks, hyphenateDutch, ledenAsParagraphs, numbersIn, placeFigures } from '../../src/core/typeset.ts';

const fig = (title: string, cells: string[]) =>
  `<section class="figure"><h2>${title}</h2><table><tbody>${cells.map((c) => `<tr><th scope="row">x</th><td>${c}</td></tr>`).join('')}</tbody></table></section>`;

describe('placeFigures', () => {
  const text =
    '<p>Inleiding zonder cijfers.</p><h2>Aanbod</h2><p>De druk was 73,7% in 2023 en 94,9% in 2040.</p><p>Verder: 13.500 werkenden.</p><p>Slot.</p>';
  it('puts a figure after the paragraph that quotes its numbers', () => {
    const { html, placed } = placeFigures(text, [fig('Figuur 1. Druk', ['73,7%', '94,9%'])]);
    expect(placed).toEqual([2]);
    expect(html.indexOf('Figuur 1')).toBeGreaterThan(html.indexOf('94,9% in 2040'));
    expect(html.indexOf('Figuur 1')).toBeLessThan(html.indexOf('Verder'));
  });
  it('prefers the paragraph that names the figure', () => {
    const t = '<p>Zie figuur 2 voor de cijfers.</p><p>Het waren 13.500 en 2.560 mensen.</p><p>Slot.</p>';
    expect(placeFigures(t, [fig('Figuur 2. Mensen', ['13.500', '2.560'])]).placed).toEqual([0]);
  });
  it('keeps figures in order and ends the chapter with a figure no paragraph discusses', () => {
    const { html, placed } = placeFigures(text, [
      fig('Figuur 1. Werkenden', ['13.500']),
      fig('Figuur 2. Druk', ['73,7%', '94,9%']),
      fig('Figuur 3. Iets', ['4.321', '8.765']),
    ]);
    // (figure 1 follows "Verder", but "Slot." alone after it would end the chapter: the figure goes after that)
    expect(placed).toEqual([4, -1, -1]);
    expect(html.indexOf('Figuur 2')).toBeGreaterThan(html.indexOf('Slot.'));
    expect(html.indexOf('Figuur 3')).toBeGreaterThan(html.indexOf('Figuur 2'));
  });
  it('puts a figure after a short last paragraph rather than leaving that paragraph alone after it', () => {
    const t = '<p>Er waren 8.387 en 12.840 studenten.</p><p>De cijfers staan ook in een tabel.</p>';
    const { html, placed } = placeFigures(t, [fig('Studenten', ['8.387', '12.840'])]);
    expect(placed).toEqual([1]);
    expect(html.indexOf('Studenten</h2>')).toBeGreaterThan(html.indexOf('ook in een tabel'));
  });
  it('ignores years and small counts', () => {
    expect([...numbersIn('In 2023 waren er 12 regio’s, 1.100 mensen, 6,4% en 141.100 werkenden (-11,6%).')]).toEqual([
      '1.100',
      '6,4',
      '141.100',
      '11,6',
    ]);
    expect(figureLabel('Figuur 12. Oudere werkenden')).toBe('Figuur 12');
    expect(figureLabel('Oudere werkenden')).toBeUndefined();
  });
});

describe('footnotesUnderBlocks', () => {
  const html =
    '<p>Eerste<sup><a href="#fn-1" id="fnref-1" data-footnote-ref aria-describedby="footnote-label">1</a></sup> zin.</p><p>Tweede.</p>' +
    '<section data-footnotes class="footnotes"><h2 class="sr-only" id="footnote-label">Voetnoten</h2><ol><li id="fn-1"><p>De noot. <a href="#fnref-1" data-footnote-backref aria-label="Terug">↩</a></p></li></ol></section>';
  it('puts the note under its paragraph, numbered, without back link or section', () => {
    const out = footnotesUnderBlocks(html);
    expect(out).not.toContain('↩');
    expect(out).not.toContain('data-footnotes');
    expect(out).not.toContain('aria-describedby');
    expect(out).toMatch(/zin\.<\/p><p id="fn-1" class="footnote"><span class="footnote__nr">1 <\/span>De noot\.<\/p><p>Tweede/);
  });
});

describe('footnotes in lists and figures', () => {
  it('puts a note in a list under its item, and a figure after the notes of its paragraph', () => {
    const list =
      '<ul><li>Een<sup><a href="#fn-1" data-footnote-ref>1</a></sup></li><li>Twee</li></ul>' +
      '<section data-footnotes><ol><li id="fn-1"><p>Noot.</p></li></ol></section>';
    expect(footnotesUnderBlocks(list)).toContain(
      '>1</a></sup><p id="fn-1" class="footnote"><span class="footnote__nr">1 </span>Noot.</p></li><li>Twee',
    );
    const para = footnotesUnderBlocks(
      '<p>Er waren 13.500 en 2.560 mensen.<sup><a href="#fn-1" data-footnote-ref>1</a></sup></p><p>Verder en verder en verder gaat het hier.</p><p>Slot van het geheel hier.</p>' +
        '<section data-footnotes><ol><li id="fn-1"><p>Noot.</p></li></ol></section>',
    );
    const out = placeFigures(para, [fig('Mensen', ['13.500', '2.560'])]).html;
    expect(out.indexOf('Mensen</h2>')).toBeGreaterThan(out.indexOf('Noot.'));
    expect(out.indexOf('Mensen</h2>')).toBeLessThan(out.indexOf('Verder'));
  });
});

describe('ledenAsParagraphs', () => {
  it('turns "Lid 1" and "2. Term" headings into numbered paragraphs', () => {
    const out = ledenAsParagraphs(
      '<p>Intro.</p><h2 id="lid-1">Lid 1</h2><p>Eerste lid.</p><h2 id="t">2. Centrumgemeente</h2><p>De gemeente.</p><ul><li>a</li></ul>',
    );
    expect(out).not.toContain('<h2');
    expect(out).toContain('<div class="lid" id="lid-1"><p><span class="lid__nr">1.</span> Eerste lid.</p></div>');
    expect(out).toContain('<span class="lid__nr">2.</span> <strong>Centrumgemeente.</strong> De gemeente.</p><ul><li>a</li></ul></div>');
  });
  it('leaves other headings alone', () => {
    expect(ledenAsParagraphs('<h2>Waarom dit convenant?</h2><p>x</p>')).toBe('<h2>Waarom dit convenant?</h2><p>x</p>');
  });
});

describe('hyphenateDutch', () => {
  it('puts soft hyphens in running text, not in headings, tables or links', () => {
    const out = hyphenateDutch(
      '<h2>Arbeidsmarktregio</h2><p>De arbeidsmarktregio <a href="#x">personeelstekorten</a></p><table><tbody><tr><td>Werkgeversdienstverlening</td></tr></tbody></table>',
    );
    expect(out).toContain('<h2>Arbeidsmarktregio</h2>');
    expect(out).toContain('ar\u00adbeids\u00admarkt\u00adre\u00adgio');
    expect(out).toContain('>personeelstekorten<');
    expect(out).toContain('>Werkgeversdienstverlening<');
  });
});
