/**
 * The one content model of a process. The first call reads and validates content/ (every file,
 * every reference, every chapter compiled); later calls return the same model as long as no file
 * under the content folder changed. The cache lives on globalThis, so the Astro config, the
 * content collections, the Markdown plugins and the build:done steps, which Vite may load as
 * separate module instances, share one read.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Loader } from './load.ts';
import type { ContentError } from './errors.ts';
import type { Model } from './types.ts';
import { settings } from '../settings.ts';
import { outputs, routesOf, type OutputKind } from './outputs.ts';

export type { Model, Entry, Kind } from './types.ts';
export type { ContentError } from './errors.ts';

export interface LoadResult {
  model: Model;
  errors: ContentError[];
}

interface Cached extends LoadResult {
  stamp: string;
}

const KEY = Symbol.for('meerjarenagenda.model');
const cache: Map<string, Cached> =
  ((globalThis as Record<symbol, unknown>)[KEY] as Map<string, Cached>) ??
  ((globalThis as Record<symbol, unknown>)[KEY] = new Map<string, Cached>());

/** Names, sizes and modification times of every file under the folder: changes when any file does. */
function stampOf(root: string): string {
  const parts: string[] = [];
  let names: string[];
  try {
    names = readdirSync(root, { recursive: true }) as string[];
  } catch {
    return 'missing';
  }
  for (const name of names.sort()) {
    try {
      const s = statSync(join(root, name));
      parts.push(`${name}\0${s.size}\0${s.mtimeMs}`);
    } catch {
      parts.push(`${name}\0?`);
    }
  }
  return parts.join('\n');
}

/** Read (or reuse) the model of a content folder. */
export function getModel(root: string = settings().contentDir): LoadResult {
  const key = resolve(root);
  const stamp = stampOf(key);
  const hit = cache.get(key);
  if (hit && hit.stamp === stamp) return hit;
  const loader = new Loader(root);
  const model = loader.load();
  const result = { model, errors: loader.errors, stamp };
  cache.set(key, result);
  return result;
}

/** Astro's getStaticPaths for the pages of one kind, from the list of outputs of the model. */
export function staticPaths(kind: OutputKind) {
  return routesOf(outputs(getModel().model), kind);
}
