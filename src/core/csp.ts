/**
 * The Content-Security-Policy of every page (a <meta http-equiv> in both layouts; a web server
 * may send the same as a header, see README). Scripts come only from the site's own files (no
 * inline script, no eval; WebAssembly for the Pagefind search index), nothing is loaded from
 * another origin, no plugins, frames, or form posts elsewhere, and <base> cannot be changed.
 * Styles may be inline (the region's accent colour is a style attribute on <html>, print
 * editions carry their page rules in a <style>): CSS cannot run script, and the writers' text
 * cannot add style attributes or elements (src/core/mdx-rules.ts).
 */
export const CSP_DIRECTIVES: Record<string, string> = {
  'default-src': "'self'",
  'script-src': "'self' 'wasm-unsafe-eval'",
  'style-src': "'self' 'unsafe-inline'",
  'img-src': "'self' data:",
  'font-src': "'self'",
  'connect-src': "'self'",
  'media-src': "'none'",
  'object-src': "'none'",
  'frame-src': "'none'",
  'worker-src': "'self'",
  'manifest-src': "'self'",
  'base-uri': "'none'",
  'form-action': "'self'",
};

export const CSP = Object.entries(CSP_DIRECTIVES)
  .map(([k, v]) => `${k} ${v}`)
  .join('; ');
