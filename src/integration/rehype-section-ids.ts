/**
 * Stable anchors for numbered headings: "## 3.2 Doelgroepen" gets id "par-3-2", so links and
 * the table of contents survive a change of title. Unnumbered headings keep Astro's slug ids.
 */
import type { Element, Root, RootContent } from 'hast';

const NUMBERED = /^\s*((?:\d+|[A-Z])(?:\.\d+)*[a-z]?)\.?\s+\S/;

type Node = Root | RootContent;

function text(node: Node): string {
  if (node.type === 'text') return node.value;
  return ('children' in node ? (node.children as Node[]) : []).map(text).join('');
}

export function rehypeSectionIds() {
  return (tree: Root) => {
    const seen = new Map<string, number>();
    const visit = (node: Node) => {
      if (node.type === 'element' && /^h[2-6]$/.test(node.tagName)) {
        const m = text(node).match(NUMBERED);
        if (m) {
          let id = 'par-' + m[1].toLowerCase().replace(/\./g, '-');
          const n = seen.get(id) ?? 0;
          seen.set(id, n + 1);
          if (n) id += `-${n + 1}`; // duplicated numbers in a source stay reachable
          (node as Element).properties = { ...(node.properties ?? {}), id };
        }
      }
      if ('children' in node) for (const child of node.children as Node[]) visit(child);
    };
    visit(tree);
  };
}
