/**
 * Page furniture for the print editions and letters: running headers and footers as CSS page
 * margin boxes (Chromium supports @page margin boxes and named pages). Every chapter gets its own
 * named page, so its title runs in the header of each of its pages; the cover has none.
 */

/** A CSS string literal that is safe inside a <style> element. */
export function cssString(s: string): string {
  return `"${s.replace(/\s+/g, ' ').trim().replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/</g, '\\3c ')}"`;
}

export interface PageFurniture {
  /** Header, left: shown on every page that has no named page of its own. */
  header: string;
  /** Header, right. */
  headerRight?: string;
  /** Footer, left (document title, "CONCEPT"). The right footer is always "pagina X van Y". */
  footer?: string;
  /** Named pages with their own left header: one per chapter. */
  named?: { name: string; header: string }[];
  /** Named pages without any header or footer (the cover). */
  bare?: string[];
  /** No header on the first page (a letter's letterhead page). */
  firstBare?: boolean;
  /**
   * The named page of the last part of the edition: the colophon after it ("Laatst gewijzigd …")
   * takes the same page, else the change of page name would put that one line on a page of its own.
   */
  colophonPage?: string;
}

const BOXES = ['top-left', 'top-right', 'bottom-left', 'bottom-right'] as const;

export function pageCss(f: PageFurniture): string {
  const box = (name: string, content: string) => `@${name}{content:${content}}`;
  const page = [
    box('top-left', cssString(f.header)),
    f.headerRight ? box('top-right', cssString(f.headerRight)) : '',
    f.footer ? box('bottom-left', cssString(f.footer)) : '',
    box('bottom-right', '"pagina " counter(page) " van " counter(pages)'),
  ].join('');
  const none = BOXES.map((b) => box(b, 'none')).join('');
  const out = [`@page{${page}}`];
  if (f.firstBare) out.push(`@page :first{${box('top-left', 'none')}${box('top-right', 'none')}}`);
  for (const n of f.named ?? []) out.push(`@page ${n.name}{${box('top-left', cssString(n.header))}}`);
  for (const n of f.bare ?? []) out.push(`@page ${n}{${none}}`);
  if (f.colophonPage && /^[a-z][a-z0-9-]*$/.test(f.colophonPage)) out.push(`.page-meta--print{page:${f.colophonPage}}`);
  return out.join('\n');
}
