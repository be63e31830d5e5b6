// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import { rehypeSectionIds } from './src/lib/rehype-section-ids.mjs';
import { rehypeAbbr } from './src/lib/rehype-abbr.mjs';
import { SITE } from './scripts/site-url.mjs';

export default defineConfig({
  site: SITE,
  outDir: process.env.MJA_OUT ?? './dist',
  // one cache per content folder (scripts/build.mjs); Astro's default otherwise
  ...(process.env.MJA_CACHE_DIR ? { cacheDir: process.env.MJA_CACHE_DIR } : {}),
  trailingSlash: 'always',
  build: { format: 'directory' },
  compressHTML: true,
  devToolbar: { enabled: false },
  markdown: {
    processor: unified({
      remarkPlugins: [remarkGfm],
      rehypePlugins: [rehypeSectionIds, rehypeAbbr],
      remarkRehype: {
        footnoteLabel: 'Voetnoten',
        footnoteBackLabel: (i) => `Terug naar voetnootverwijzing ${i + 1}`,
        footnoteLabelTagName: 'h2',
        clobberPrefix: 'vn-',
      },
    }),
  },
  integrations: [mdx()],
});
