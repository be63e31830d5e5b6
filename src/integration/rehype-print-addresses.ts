/**
 * A link to another site carries its address as text for paper: " (https://…)" after the link, in a
 * span that only print shows (site.css hides it on screen; pagefind skips it). Real text rather than
 * CSS generated content, so a tagged PDF keeps it in the structure with the rest of the sentence.
 */
import type { Element, Root, RootContent } from 'hast';

type Node = Root | RootContent;

export const PRINT_ADDRESS_CLASS = 'print-address';

export function rehypePrintAddresses() {
  return (tree: Root) => {
    const visit = (node: Node) => {
      if (!('children' in node)) return;
      const children = node.children as RootContent[];
      for (let i = 0; i < children.length; i++) {
        const c = children[i];
        const href = c.type === 'element' && c.tagName === 'a' ? String(c.properties?.href ?? '') : '';
        if (/^https?:\/\//i.test(href)) {
          const span: Element = {
            type: 'element',
            tagName: 'span',
            properties: { className: [PRINT_ADDRESS_CLASS], dataPagefindIgnore: '' },
            children: [{ type: 'text', value: ` (${href})` }],
          };
          children.splice(i + 1, 0, span);
          i++;
        } else visit(c);
      }
    };
    visit(tree);
  };
}
