/**
 * Collections: loaders and schemas, nothing else. YAML entities come from the content loader
 * (src/lib/content/load.ts), which has already checked them and every reference before Astro
 * runs (scripts/validate.ts); chapters are MDX files read by Astro's glob() loader.
 */
import { defineCollection } from 'astro:content';
import { glob, type Loader } from 'astro/loaders';
import { z } from 'astro/zod';
import { loadContent, type Kind, type Model } from './lib/content/load.ts';
import { formatErrors } from './lib/content/errors.ts';
import { regionSchema } from './schemas/region.ts';
import { documentSchema } from './schemas/document.ts';
import { chapterSchema } from './schemas/chapter.ts';
import { sharedThemeSchema, themeSchema } from './schemas/theme.ts';
import { indicatorSchema } from './schemas/indicator.ts';
import { tableSchema } from './schemas/table.ts';
import { actionSchema } from './schemas/action.ts';
import { bodySchema, meetingSchema } from './schemas/body.ts';
import { glossarySchema } from './schemas/glossary.ts';

const root = process.env.MJA_CONTENT ?? 'content';
let cached: Model | undefined;
function model(): Model {
  const { model, errors } = loadContent(root, { compileMdx: false });
  if (errors.length) throw new Error(formatErrors(errors));
  cached = model;
  return cached;
}

const meta = { region: z.string(), localId: z.string(), file: z.string() };

function entities(kind: Kind): Loader {
  return {
    name: `meerjarenagenda-${kind}`,
    load: async ({ store, parseData, watcher }) => {
      const m = kind === 'regions' || !cached ? model() : cached;
      store.clear();
      for (const e of m[kind]) {
        const data = await parseData({ id: e.id, data: { ...(e.raw as object), region: e.region, localId: e.localId, file: e.file } });
        store.set({ id: e.id, data, filePath: e.file });
      }
      watcher?.add(root);
    },
  };
}

const chapterId = ({ entry }: { entry: string }) => entry.replace(/\/documents\//, '/').replace(/\.mdx?$/, '');

export const collections = {
  regions: defineCollection({ loader: entities('regions'), schema: regionSchema.extend(meta) }),
  sharedThemes: defineCollection({ loader: entities('sharedThemes'), schema: sharedThemeSchema.extend(meta) }),
  documents: defineCollection({ loader: entities('documents'), schema: documentSchema.extend(meta) }),
  chapters: defineCollection({
    loader: glob({ pattern: '*/documents/*/*.{md,mdx}', base: root, generateId: chapterId }),
    schema: chapterSchema,
  }),
  themes: defineCollection({ loader: entities('themes'), schema: themeSchema.extend(meta) }),
  indicators: defineCollection({ loader: entities('indicators'), schema: indicatorSchema.extend(meta) }),
  tables: defineCollection({ loader: entities('tables'), schema: tableSchema.extend(meta) }),
  actions: defineCollection({ loader: entities('actions'), schema: actionSchema.extend(meta) }),
  bodies: defineCollection({ loader: entities('bodies'), schema: bodySchema.extend(meta) }),
  meetings: defineCollection({ loader: entities('meetings'), schema: meetingSchema.extend(meta) }),
  glossary: defineCollection({ loader: entities('glossary'), schema: glossarySchema.extend(meta) }),
};
