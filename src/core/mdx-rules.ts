/**
 * Chapters are content, not code. The rules a chapter's Markdown/MDX tree must follow:
 * - no import/export and no JavaScript expressions ({...}), not in text and not in attributes;
 * - JSX elements only from an allow-list: the project's own components (none are offered to
 *   chapters yet) and a small set of HTML elements, each with an allow-list of attributes whose
 *   values are plain text;
 * - no raw HTML in .md files (Markdown's way of writing HTML);
 * - links only to http(s), mailto, relative addresses and in-page anchors; no images (no request
 *   may leave the site, and a figure belongs in tables/).
 * Used by the loader (every problem, with its line) and by the build's Markdown pipeline
 * (remark plugin below: stops at the first problem, in case anything bypassed validation).
 */

/** Components the chapter pages pass to a chapter's <Content components={...} />. */
export const MDX_COMPONENTS: readonly string[] = [];

/** HTML elements a chapter may use, with the attributes each may carry (besides GLOBAL_ATTRIBUTES). */
export const MDX_ELEMENTS: Readonly<Record<string, readonly string[]>> = {
  abbr: [],
  a: ['href', 'hreflang'],
  b: [],
  blockquote: ['cite'],
  br: [],
  caption: [],
  cite: [],
  code: [],
  dd: [],
  del: ['datetime'],
  details: [],
  dfn: [],
  div: [],
  dl: [],
  dt: [],
  em: [],
  figcaption: [],
  figure: [],
  h2: [],
  h3: [],
  h4: [],
  h5: [],
  h6: [],
  hr: [],
  i: [],
  ins: ['datetime'],
  kbd: [],
  li: ['value'],
  mark: [],
  ol: ['start', 'reversed', 'type'],
  p: [],
  q: ['cite'],
  s: [],
  small: [],
  span: [],
  strong: [],
  sub: [],
  summary: [],
  sup: [],
  table: [],
  tbody: [],
  td: ['colspan', 'rowspan', 'headers'],
  tfoot: [],
  th: ['colspan', 'rowspan', 'headers', 'scope', 'abbr'],
  thead: [],
  time: ['datetime'],
  tr: [],
  u: [],
  ul: [],
};

/** Attributes allowed on every allowed element. */
export const GLOBAL_ATTRIBUTES: readonly string[] = ['title', 'lang', 'dir'];

/** Attributes that hold an address, checked like Markdown links. */
const URL_ATTRIBUTES = new Set(['href', 'cite']);

export interface MdxViolation {
  line?: number;
  column?: number;
  message: string;
}

/**
 * Whether an address may be a link target: http(s), mailto, relative or in-page. Control
 * characters and whitespace are removed first, as browsers do ("java\tscript:" is javascript:).
 */
export function isSafeUrl(url: string): boolean {
  // eslint-disable-next-line no-control-regex
  const s = url.replace(/[\u0000-\u0020\u007f-\u009f\u200b-\u200f\u2028\u2029\ufeff]/g, '').toLowerCase();
  const scheme = s.match(/^([a-z][a-z0-9+.-]*):/);
  if (!scheme) return !s.startsWith('\\') && !s.startsWith('/\\');
  return ['http', 'https', 'mailto'].includes(scheme[1]);
}

interface Node {
  type: string;
  name?: string | null;
  url?: string;
  value?: unknown;
  attributes?: Array<{ type: string; name?: string; value?: unknown }>;
  children?: Node[];
  position?: { start: { line: number; column: number } };
}

/** Every violation in a chapter tree (mdast from remark/MDX). */
export function checkMdxTree(tree: unknown): MdxViolation[] {
  const out: MdxViolation[] = [];
  const add = (node: Node, message: string) => out.push({ line: node.position?.start.line, column: node.position?.start.column, message });
  const stack: Node[] = [tree as Node];
  while (stack.length) {
    const node = stack.pop()!;
    switch (node.type) {
      case 'mdxjsEsm':
        add(node, 'import en export zijn niet toegestaan in een hoofdstuk: een hoofdstuk is tekst, geen code');
        break;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        add(
          node,
          `een uitdrukking tussen accolades ({${String(node.value ?? '').slice(0, 40)}}) is niet toegestaan: een hoofdstuk is tekst, geen code. Schrijf { als \\{ als u een accolade bedoelt`,
        );
        break;
      case 'html':
        add(node, 'HTML in een .md-bestand is niet toegestaan; gebruik Markdown (of een .mdx-bestand met de toegestane elementen)');
        break;
      case 'image':
      case 'imageReference':
        add(node, 'afbeeldingen zijn niet toegestaan in een hoofdstuk; een figuur met cijfers hoort als tabel in tables/');
        break;
      case 'link':
      case 'definition':
        if (typeof node.url === 'string' && !isSafeUrl(node.url)) add(node, unsafeLink(node.url));
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        checkElement(node, add);
        break;
    }
    if (Array.isArray(node.children)) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]);
  }
  return out.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
}

function unsafeLink(url: string): string {
  const shown = url.length > 60 ? `${url.slice(0, 60)}…` : url;
  return `link naar "${shown}" is niet toegestaan; gebruik een adres dat begint met https://, http:// of mailto:, een relatief adres of #anker`;
}

function checkElement(node: Node, add: (node: Node, message: string) => void) {
  const name = node.name ?? '';
  if (!name) {
    add(node, 'een fragment (<>…</>) is niet toegestaan in een hoofdstuk');
    return;
  }
  if (/^[A-Z]/.test(name) || name.includes('.')) {
    if (!MDX_COMPONENTS.includes(name)) {
      const known = MDX_COMPONENTS.length ? MDX_COMPONENTS.join(', ') : 'geen';
      add(
        node,
        `onbekende component <${name}>; componenten die een hoofdstuk mag gebruiken: ${known}. Een grafiek of tabel hoort in tables/`,
      );
      return;
    }
  } else if (!Object.hasOwn(MDX_ELEMENTS, name)) {
    add(node, `HTML-element <${name}> is niet toegestaan in een hoofdstuk; toegestaan: ${Object.keys(MDX_ELEMENTS).join(', ')}`);
    return;
  }
  const allowed = new Set([...GLOBAL_ATTRIBUTES, ...(MDX_ELEMENTS[name] ?? [])]);
  for (const attr of node.attributes ?? []) {
    if (attr.type !== 'mdxJsxAttribute') {
      add(node, `<${name}> heeft een uitdrukking tussen accolades als attribuut; dat is niet toegestaan`);
      continue;
    }
    const an = String(attr.name ?? '');
    if (attr.value !== null && attr.value !== undefined && typeof attr.value !== 'string') {
      add(
        node,
        `attribuut ${an} van <${name}> heeft een uitdrukking tussen accolades als waarde; schrijf een vaste tekst tussen aanhalingstekens`,
      );
      continue;
    }
    if (!allowed.has(an)) {
      const why = /^on/i.test(an) ? ' (scripts zijn niet toegestaan)' : '';
      add(node, `attribuut ${an} is niet toegestaan op <${name}>${why}; toegestaan: ${[...allowed].join(', ')}`);
      continue;
    }
    if (URL_ATTRIBUTES.has(an) && typeof attr.value === 'string' && !isSafeUrl(attr.value)) add(node, unsafeLink(attr.value));
  }
}

/** Remark plugin for the build: stops at the first violation, naming the file and line. */
export function remarkContentRules() {
  return (tree: unknown, file: { path?: string; extname?: string; fail: (reason: string, place?: unknown) => never }) => {
    const [first] = checkMdxTree(tree);
    if (first) file.fail(`${first.message}`, first.line ? { line: first.line, column: first.column ?? 1 } : undefined);
  };
}
