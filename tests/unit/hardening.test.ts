/** Pure pieces of the content hardening: CSV neutralising, link and MDX rules, contrast, decoding. */
import { describe, expect, it } from 'vitest';
import { neutralise, parseCsv, toCsv } from '../../src/core/csv.ts';
import { isSafeUrl } from '../../src/core/mdx-rules.ts';
import { isWebAddress, shortAddress, splitAddresses } from '../../src/core/web-address.ts';
import { compileChapter } from '../../src/model/load.ts';
import { contrastOnWhite } from '../../src/core/contrast.ts';
import { regionSchema } from '../../src/schemas/region.ts';
import { decode, parseYaml } from '../../src/model/read.ts';

describe('CSV against formula injection (OWASP)', () => {
  it('puts an apostrophe before text that a spreadsheet would run', () => {
    for (const s of ['=1+1', '+31 20', '-2+3', '@SUM(A1)', '\tx', '\rx', '=HYPERLINK("http://x","klik")', '＝1+1']) {
      expect(neutralise(s)).toBe(`'${s}`);
    }
  });
  it('leaves numbers, placeholders and ordinary text alone', () => {
    for (const s of ['-', '-5', '+3.2', '12,5', 'Zorg', '[x]', 'PM', 'n.b.', '']) expect(neutralise(s)).toBe(s);
  });
  it('in a whole file: header and cells neutralised, numbers stay numbers', () => {
    const csv = toCsv(
      ['=Label', 'Aantal'],
      [
        ['=cmd|"/c calc"!A1', -5],
        ['@x', 3],
        ['-', '-'],
      ],
    );
    const rows = parseCsv(csv);
    expect(rows).toEqual([
      ["'=Label", 'Aantal'],
      ['\'=cmd|"/c calc"!A1', '-5'],
      ["'@x", '3'],
      ['-', '-'],
    ]);
    expect(csv).toContain(';-5\r\n');
  });
});

describe('links in chapters', () => {
  it('allows http(s), mailto, relative and in-page addresses', () => {
    for (const u of [
      'https://www.uwv.nl/',
      'http://example.com',
      'mailto:info@example.nl',
      '../agenda/',
      '/rivierenland/',
      '#par-3-1',
      'bijlage.pdf',
      '?q=1',
    ]) {
      expect(isSafeUrl(u), u).toBe(true);
    }
  });
  it('refuses every other scheme, also disguised', () => {
    for (const u of [
      'javascript:alert(1)',
      'JAVASCRIPT:alert(1)',
      ' javascript:x',
      'java\tscript:x',
      'java\nscript:x',
      'data:text/html,x',
      'vbscript:x',
      'file:///etc/passwd',
      '\u200bjavascript:x',
      '/\\evil.example',
      '\\\\evil\\x',
    ]) {
      expect(isSafeUrl(u), u).toBe(false);
    }
  });
});

describe('web addresses in a table column with links', () => {
  it('accepts whole http(s) addresses as the sources give them', () => {
    for (const a of [
      'https://www.regiobeeld.nl',
      'http://ZKIJinzicht.nl',
      'https://opendata.cbs.nl/#/CBS/nl/dataset/85525NED/table',
      'https://rn-l.nl/subsidie/regio-deal-noord-limburg/#:~:text=In%202023%20is%20Regio%20Noord%20Limburg',
    ])
      expect(isWebAddress(a), a).toBe(true);
  });
  it('refuses the broken ones a PDF extraction leaves, and anything else', () => {
    for (const a of [
      'http://Sectorale',
      'www.lisa.nl',
      'lisa.nl/data',
      'https://localhost',
      'javascript:alert(1)',
      'mailto:a@b.nl',
      'https://',
    ])
      expect(isWebAddress(a), a).toBe(false);
  });
  it('splits a cell on spaces and shortens what is shown', () => {
    expect(splitAddresses(' https://a.nl  https://b.nl/x ')).toEqual(['https://a.nl', 'https://b.nl/x']);
    expect(shortAddress('https://www.werk.nl/arbeidsmarktinformatie/regio/')).toBe('werk.nl/arbeidsmarktinformatie/regio');
  });
});

describe('chapter rules', () => {
  it('accept what writers need: Markdown, tables, footnotes, allowed HTML with allowed attributes', () => {
    const ok = [
      '## 3.1 Kop\n\nTekst met *nadruk*, **vet**, een [link](https://www.uwv.nl/) en een voetnoot.[^1]\n\n[^1]: Voetnoot.',
      '| a | b |\n|---|---|\n| 1 | 2 |',
      '<abbr title="Regionaal Werkcentrum">RWC</abbr> en <a href="mailto:info@example.nl">mail</a>',
      '<table><thead><tr><th scope="col">A</th></tr></thead><tbody><tr><td colspan="2">1</td></tr></tbody></table>',
      'Schrijf \\{ en &lt; als tekst.',
      '[naar boven](#par-1)',
    ];
    for (const body of ok) expect(compileChapter(body, 'mdx'), body).toEqual([]);
  });
  it('give the line of each problem, counted from the start of the body', () => {
    const v = compileChapter('Regel 1\n\nRegel 3 {x}\n\n<script>alert(1)</script>\n', 'mdx');
    expect(v.map((x) => x.line)).toEqual([3, 5]);
  });
});

describe('accent colour in region.yaml', () => {
  const region = (accent: string) => ({
    name: 'R',
    summary: 'S',
    municipalities: [{ id: 'a', name: 'A' }],
    werkcentrum: { name: 'W' },
    theme: { accent },
  });
  it('needs 4.5:1 on white', () => {
    expect(contrastOnWhite('#767676')).toBeGreaterThanOrEqual(4.5);
    expect(contrastOnWhite('#777777')).toBeLessThan(4.5);
    expect(regionSchema.safeParse(region('#7a1f5c')).success).toBe(true);
    const r = regionSchema.safeParse(region('#777777'));
    expect(r.success).toBe(false);
    expect(r.error?.issues[0].message).toMatch(/contrast van 4,4:1; nodig is minstens 4,5:1/);
  });
});

describe('decoding and YAML limits', () => {
  it('accepts UTF-8 with and without BOM', () => {
    expect(decode(Buffer.from('\uFEFFa: é\n')).text).toBe('a: é\n');
    expect(decode(Buffer.from('a: é\n')).text).toBe('a: é\n');
  });
  it('refuses an alias bomb, an undefined alias and tags', () => {
    const bomb =
      'a: &a [x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: [*c,*c,*c,*c,*c,*c,*c,*c,*c]\n';
    expect(parseYaml(bomb).problems[0].message).toMatch(/alias bomb/);
    expect(parseYaml('a: *b\n').problems[0]).toMatchObject({ line: 1 });
    expect(parseYaml('a: 1\nb: !!js/function "x"\n').problems[0]).toMatchObject({ line: 2 });
    expect(parseYaml('a: &x 1\nb: *x\n').problems).toEqual([]);
  });
});

describe('the build pipeline refuses what validate refuses', () => {
  it('remarkContentRules stops a compile at the first problem, with its line', async () => {
    const { compileSync } = await import('@mdx-js/mdx');
    const { remarkContentRules } = await import('../../src/core/mdx-rules.ts');
    expect(() => compileSync('Tekst\n\n{process.exit(7)}\n', { remarkPlugins: [remarkContentRules as any] })).toThrow(
      /uitdrukking tussen accolades/,
    );
    let line: number | undefined;
    try {
      compileSync('a\n\nb\n\n<script>alert(1)</script>\n', { remarkPlugins: [remarkContentRules as any] });
    } catch (e: any) {
      line = e.line ?? e.place?.line ?? e.place?.start?.line;
    }
    expect(line).toBe(5);
    expect(() => compileSync('## 1 Kop\n\n[link](https://example.com)\n', { remarkPlugins: [remarkContentRules as any] })).not.toThrow();
  });
  it('is in the build: the shared plugin list carries it', async () => {
    const { remarkPlugins } = await import('../../src/integration/markdown.ts');
    const { remarkContentRules } = await import('../../src/core/mdx-rules.ts');
    expect(remarkPlugins).toContain(remarkContentRules);
  });
});
