/**
 * Several chapters printed on one page each bring their own ids (footnotes "vn-fn-1", heading
 * slugs "inleiding"). Prefixing every id that a fragment defines, and every reference to it
 * inside the fragment (href="#…", aria-labelledby, aria-describedby, for, headers), keeps the ids
 * unique and the links and footnotes pointing at their own chapter.
 */
export function scopeIds(html: string, prefix: string): string {
  const ids = new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]));
  if (!ids.size) return html;
  const scoped = (id: string) => (ids.has(id) ? prefix + id : id);
  return html
    .replace(/(\sid=")([^"]+)"/g, (_, a, id) => `${a}${prefix}${id}"`)
    .replace(/(\shref="#)([^"]+)"/g, (_, a, id) => `${a}${scoped(id)}"`)
    .replace(
      /(\s(?:aria-labelledby|aria-describedby|aria-controls|for|headers)=")([^"]+)"/g,
      (_, a, list) => `${a}${list.split(/\s+/).map(scoped).join(' ')}"`,
    );
}
