/**
 * The one Markdown/MDX pipeline: astro.config.ts builds chapters with it, and the loader
 * (src/model/load.ts) compiles every chapter with the same remark plugins and remark-rehype
 * options, so what `npm run validate` passes, the build builds.
 */
import type { RemarkPlugin, RemarkPlugins } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import { remarkContentRules } from '../core/mdx-rules.ts';
import { rehypeSectionIds } from './rehype-section-ids.ts';
import { rehypePrintAddresses } from './rehype-print-addresses.ts';

/** Plugins that shape the text; the loader adds its own collector of rule violations. */
export const baseRemarkPlugins: RemarkPlugins = [remarkGfm];
export const remarkPlugins: RemarkPlugins = [...baseRemarkPlugins, remarkContentRules as RemarkPlugin];

/** rehype plugins that need nothing but the chapter itself (rehype-abbr also reads the model). */
export const standaloneRehypePlugins = [rehypeSectionIds, rehypePrintAddresses];

export const remarkRehypeOptions = {
  footnoteLabel: 'Voetnoten',
  footnoteBackLabel: (i: number) => `Terug naar voetnootverwijzing ${i + 1}`,
  footnoteLabelTagName: 'h2',
  clobberPrefix: 'vn-',
};
