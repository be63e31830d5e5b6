import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import { rehypeSectionIds } from './src/integration/rehype-section-ids.ts';
import { rehypeAbbr } from './src/integration/rehype-abbr.ts';
import meerjarenagenda from './src/integration/index.ts';
import { settings } from './src/settings.ts';

const s = settings();

export default defineConfig({
  site: s.site,
  base: s.base,
  outDir: s.outDir,
  // one cache per content folder (scripts/build.ts); Astro's default otherwise
  ...(s.cacheDir ? { cacheDir: s.cacheDir } : {}),
  trailingSlash: 'always',
  build: { format: 'directory' },
  compressHTML: true,
  devToolbar: { enabled: false },
  // JSON Schemas of the collections in .astro/collections/: the Astro VS Code extension uses them
  // to check and complete chapter frontmatter while typing (setting astro.content-intellisense)
  experimental: { contentIntellisense: true },
  markdown: {
    processor: unified({
      remarkPlugins: [remarkGfm],
      rehypePlugins: [rehypeSectionIds, rehypeAbbr],
      remarkRehype: {
        footnoteLabel: 'Voetnoten',
        footnoteBackLabel: (i: number) => `Terug naar voetnootverwijzing ${i + 1}`,
        footnoteLabelTagName: 'h2',
        clobberPrefix: 'vn-',
      },
    }),
  },
  integrations: [mdx(), meerjarenagenda()],
});
