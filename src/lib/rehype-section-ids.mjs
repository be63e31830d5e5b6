/**
 * Stable anchors for numbered headings: "## 3.2 Doelgroepen" gets id "par-3-2", so links and
 * the table of contents survive a change of title. Unnumbered headings keep Astro's slug ids.
 */
const NUMBERED = /^\s*((?:\d+|[A-Z])(?:\.\d+)*[a-z]?)\.?\s+\S/;

function text(node) {
  if (node.type === 'text') return node.value;
  return (node.children ?? []).map(text).join('');
}

export function rehypeSectionIds() {
  return (tree) => {
    const seen = new Map();
    const visit = (node) => {
      if (node.type === 'element' && /^h[2-6]$/.test(node.tagName)) {
        const m = text(node).match(NUMBERED);
        if (m) {
          let id = 'par-' + m[1].toLowerCase().replace(/\./g, '-');
          const n = seen.get(id) ?? 0;
          seen.set(id, n + 1);
          if (n) id += `-${n + 1}`; // duplicated numbers in a source stay reachable
          node.properties = { ...(node.properties ?? {}), id };
        }
      }
      for (const child of node.children ?? []) visit(child);
    };
    visit(tree);
  };
}
