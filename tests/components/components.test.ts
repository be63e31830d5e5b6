/** Every component renders each of its examples (src/components/examples.ts), and axe finds nothing in them. */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser } from 'playwright';
import { readdirSync } from 'node:fs';
import { EXAMPLES, WITHOUT_EXAMPLES } from '../../src/components/examples.ts';
import { findChromium, launchArgs } from '../../src/integration/browser.ts';

const rendered = new Map<string, string>();
let browser: Browser;

beforeAll(async () => {
  const container = await AstroContainer.create();
  for (const e of EXAMPLES) rendered.set(e.name, await container.renderToString(e.component, { props: e.props, slots: e.slots }));
  browser = await chromium.launch({ executablePath: await findChromium({ install: false }), args: launchArgs });
});
afterAll(() => browser?.close());

describe('components', () => {
  it('every component has at least one example (or a stated reason not to)', () => {
    const components = readdirSync('src/components')
      .filter((f) => f.endsWith('.astro'))
      .map((f) => f.replace('.astro', ''));
    const covered = new Set(EXAMPLES.map((e) => e.name.split(' ')[0]));
    expect(components.filter((c) => !covered.has(c) && !WITHOUT_EXAMPLES.includes(c))).toEqual([]);
  });

  it('an original text carries no notice', () => {
    expect(rendered.get('TextNotice origineel')!.trim()).toBe('');
  });

  for (const e of EXAMPLES) {
    it(`${e.name} renders`, () => {
      const html = rendered.get(e.name)!;
      for (const text of e.contains) expect(html, e.name).toContain(text);
    });
  }

  it('axe (WCAG 2.2 AA) finds no violations in any example', async () => {
    const axe = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
    const page = await browser.newPage();
    // the site's own styles, as SiteLayout loads them (target sizes and contrast depend on them)
    const req = createRequire(import.meta.url);
    const css = [
      ...['document', 'heading-1', 'heading-2', 'heading-3', 'table', 'button'].map((c) => req.resolve(`@utrecht/${c}-css/dist/index.css`)),
      'src/styles/tokens.css',
      'src/styles/site.css',
    ]
      .map((f) => readFileSync(f, 'utf8'))
      .join('\n');
    const body = EXAMPLES.map((e) => `<section aria-label="${e.name}">${rendered.get(e.name)}</section>`).join('\n');
    await page.setContent(
      `<!doctype html><html lang="nl"><head><title>Voorbeelden</title><style>${css}</style></head><body class="utrecht-document"><main><h1>Voorbeelden</h1>${body}</main></body></html>`,
    );
    await page.addScriptTag({ content: axe });
    const result = await page.evaluate(() =>
      (window as unknown as { axe: { run: (o: object) => Promise<{ violations: { id: string; nodes: { html: string }[] }[] }> } }).axe.run({
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
      }),
    );
    const found = result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' | ')}`);
    expect(found).toEqual([]);
    await page.close();
  });
});
