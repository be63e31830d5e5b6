import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified, type RemarkPlugins } from '@astrojs/markdown-remark';
import { remarkPlugins, remarkRehypeOptions, standaloneRehypePlugins } from './src/integration/markdown.ts';
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
  // every script a file of its own (no inline <script>): the Content-Security-Policy allows 'self' only;
  // small stylesheets are still inlined as before (undefined: Astro's and Vite's default limit)
  vite: { build: { assetsInlineLimit: (file: string) => (/\.[cm]?js$/.test(file) ? false : undefined) } },
  // JSON Schemas of the collections in .astro/collections/: the Astro VS Code extension uses them
  // to check and complete chapter frontmatter while typing (setting astro.content-intellisense)
  experimental: { contentIntellisense: true },
  markdown: {
    processor: unified({
      remarkPlugins: remarkPlugins as RemarkPlugins,
      rehypePlugins: [...standaloneRehypePlugins, rehypeAbbr],
      remarkRehype: remarkRehypeOptions,
    }),
  },
  integrations: [mdx(), meerjarenagenda()],
});
