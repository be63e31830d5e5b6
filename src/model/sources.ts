/**
 * Which content files each page is made from: the first one is where "Bewerk deze pagina" links
 * to, and the newest change among all of them is the page's "Laatst gewijzigd op" date.
 */
import { relative, resolve } from 'node:path';
import { resolveRef } from './check.ts';
import { outputs, type Output } from './outputs.ts';
import { lastChanged } from './history.ts';
import type { Entry, Model } from './types.ts';
import { settings } from '../settings.ts';

const files = (entries: Entry[]) => [...new Set(entries.map((e) => e.file))];

/** Content files (relative to the working directory, as entries name them) a page is made from; the main one first. */
export function sourcesOf(model: Model, o: Output): string[] {
  const region = o.params?.region;
  const inRegion = (list: Entry[]) => list.filter((e) => e.region === region);
  const docOf = (id: string) => model.documents.filter((d) => d.id === id);
  const chaptersOf = (id: string) => model.chapters.filter((c) => c.document === id);
  const tablesOf = (id: string) => model.tables.filter((t) => t.data.document && resolveRef(t.data.document, t.region) === id);
  const regionFile = model.regions.filter((r) => r.localId === region);
  let list: Entry[] = [];
  switch (o.kind) {
    case 'home':
      list = model.regions;
      break;
    case 'glossary':
      list = model.glossary;
      break;
    case 'themes':
      list = [...model.sharedThemes, ...model.themes];
      break;
    case 'theme': {
      const id = o.props?.id;
      list = [...model.sharedThemes.filter((t) => t.id === id), ...model.themes.filter((t) => t.data.shared.includes(id))];
      break;
    }
    case 'region':
      list = [...regionFile, ...inRegion(model.themes), ...inRegion(model.indicators), ...inRegion(model.documents)];
      break;
    case 'help':
      list = regionFile;
      break;
    case 'figures':
      list = [...inRegion(model.indicators), ...inRegion(model.tables)];
      break;
    case 'actions':
      list = [...inRegion(model.actions), ...inRegion(model.themes)];
      break;
    case 'governance':
      list = [...inRegion(model.bodies), ...inRegion(model.meetings)];
      break;
    case 'documents':
      list = inRegion(model.documents);
      break;
    case 'document':
      list = [...docOf(o.props!.id), ...chaptersOf(o.props!.id)];
      break;
    case 'chapter':
      list = [
        ...model.chapters.filter((c) => c.id === o.props!.id),
        ...docOf(`${region}/${o.params!.doc}`),
        ...tablesOf(`${region}/${o.params!.doc}`).filter((t) => t.data.chapter === o.params!.chapter),
      ];
      break;
    case 'print':
      list = [...docOf(o.props!.id), ...chaptersOf(o.props!.id), ...tablesOf(o.props!.id)];
      break;
    case 'letter':
    case 'letters':
      list = [...docOf(o.props!.id), ...chaptersOf(o.props!.id), ...regionFile];
      break;
    case 'progress':
    case 'progress-print':
      list = [...inRegion(model.monitoring), ...inRegion(model.actions), ...inRegion(model.indicators)];
      break;
    case 'progress-national':
      list = [...model.monitoring, ...model.sharedThemes];
      break;
    case 'versions':
    case 'version-diff':
      list = [...docOf(`${region}/${o.params!.doc}`), ...chaptersOf(`${region}/${o.params!.doc}`)];
      break;
  }
  return files(list);
}

export interface PageInfo {
  kind?: Output['kind'];
  /** Where a writer edits the page's main file (MJA_EDIT_URL + its path in the content folder). */
  editUrl?: string;
  /** The file that link opens, relative to the content folder. */
  editFile?: string;
  /** yyyy-mm-dd of the newest commit that changed one of the page's files. */
  lastChanged?: string;
}

const infoCache = new WeakMap<Model, Map<string, PageInfo>>();

/** Edit link and last-changed date of the page at this path (relative to the site's base, as in outputs()). */
export function pageInfo(model: Model, path: string): PageInfo {
  let byPath = infoCache.get(model);
  if (!byPath) {
    byPath = new Map();
    infoCache.set(model, byPath);
    const s = settings();
    for (const o of outputs(model)) {
      const src = sourcesOf(model, o);
      if (!src.length) continue;
      const editFile = relative(resolve(model.root), resolve(src[0])).split('\\').join('/');
      byPath.set(o.path, {
        kind: o.kind,
        editFile,
        editUrl: s.editUrl ? s.editUrl + editFile.split('/').map(encodeURIComponent).join('/') : undefined,
        lastChanged: lastChanged(model.root, src),
      });
    }
  }
  return byPath.get(path) ?? {};
}
