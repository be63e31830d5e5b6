/**
 * The writers' guide (docs/VELDEN.md and /schrijvers/) lists every field of every schema, each
 * with a Dutch explanation and an example, and the how-tos name the commands that exist.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { guide } from '../../src/writers/guide.ts';
import { FILE_KINDS } from '../../src/writers/json-schema.ts';

/** Every field path of a zod schema, walked from its definition (not from the JSON Schema). */
function zodPaths(schema: any, prefix = ''): string[] {
  const def = schema?._zod?.def;
  if (!def) return [];
  switch (def.type) {
    case 'object':
      return Object.entries<any>(def.shape).flatMap(([k, s]) => {
        const inner = zodPaths(s, `${prefix}${k}${isArray(s) ? '[]' : ''}.`);
        return [`${prefix}${k}`, ...inner];
      });
    case 'optional':
    case 'default':
    case 'nullable':
    case 'prefault':
      return zodPaths(def.innerType, prefix);
    case 'array':
      return zodPaths(def.element, prefix);
    case 'union':
      return def.options.flatMap((o: any) => zodPaths(o, prefix));
    case 'pipe':
      return zodPaths(def.in, prefix);
    default:
      return [];
  }
}
function isArray(s: any): boolean {
  const def = s?._zod?.def;
  if (!def) return false;
  if (def.type === 'array') return true;
  if (['optional', 'default', 'nullable', 'prefault'].includes(def.type)) return isArray(def.innerType);
  if (def.type === 'union') return def.options.some(isArray);
  return false;
}

describe('field reference', () => {
  const kinds = guide();
  it.each(kinds.map((g) => [g.kind.name, g] as const))('%s: every field of the zod schema, explained with an example', (_, g) => {
    const listed = g.rows.map((r) => r.path);
    const fields = [...new Set(zodPaths(g.kind.schema).map((p) => p.replace(/\.$/, '')))];
    expect(fields.length).toBeGreaterThan(2);
    expect(listed.sort()).toEqual(fields.sort());
    for (const r of g.rows) {
      expect(r.description, `${g.kind.name}: ${r.path} zonder uitleg`).toMatch(/\S{3,}/);
      expect(r.example, `${g.kind.name}: ${r.path} zonder voorbeeld`).toBeDefined();
    }
  });

  it('shows required fields, allowed values and defaults', () => {
    const doc = kinds.find((g) => g.kind.name === 'document')!;
    const row = (p: string) => doc.rows.find((r) => r.path === p)!;
    expect(row('title')).toMatchObject({ required: true, type: 'tekst' });
    expect(row('status').values).toContain('vastgesteld');
    expect(row('decisions[].date')).toMatchObject({ required: true, type: 'datum' });
    expect(row('order')).toMatchObject({ required: false, default: '100' });
  });

  it('docs/VELDEN.md has a section per kind of file and a row per field', () => {
    const md = readFileSync('docs/VELDEN.md', 'utf8');
    for (const g of kinds) {
      expect(md).toContain(`## ${g.kind.title}\n`);
      for (const r of g.rows) expect(md).toContain(`| \`${r.path}\` |`);
    }
    expect(FILE_KINDS.length).toBe(kinds.length);
  });
});
