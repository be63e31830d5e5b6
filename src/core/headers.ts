/**
 * HTTP headers for a static host, made from the site's own Content-Security-Policy
 * (src/core/csp.ts) so the header and the <meta> on every page cannot drift apart:
 * - `_headers` for hosts that read it (Netlify, Cloudflare Pages): copy deploy/_headers into
 *   dist/ before uploading;
 * - a sample nginx server block (deploy/nginx.conf).
 * As a header the policy also carries `frame-ancestors 'none'` (a <meta> cannot). Astro's files
 * in _astro/ have a content hash in their name and are cached for a year; pages, feeds, the
 * search index's entry files and PDFs are checked again on every visit (no-cache: the browser
 * keeps them but asks whether they changed).
 * `npm run schemas` writes both files (with base "/"); a test compares them with the committed ones.
 */
import { CSP } from './csp.ts';

export const HEADER_CSP = `${CSP}; frame-ancestors 'none'`;

/** Headers sent with every response. */
export const SECURITY_HEADERS: [string, string][] = [
  ['Content-Security-Policy', HEADER_CSP],
  ['X-Content-Type-Options', 'nosniff'],
  ['Referrer-Policy', 'strict-origin-when-cross-origin'],
  ['Permissions-Policy', 'camera=(), microphone=(), geolocation=(), interest-cohort=()'],
  ['Cross-Origin-Opener-Policy', 'same-origin'],
  ['X-Frame-Options', 'DENY'],
];

export const IMMUTABLE = 'public, max-age=31536000, immutable';
export const REVALIDATE = 'public, max-age=0, must-revalidate';

/** The `_headers` file of Netlify and Cloudflare Pages for a site served under `base`. */
export function headersFile(base = '/'): string {
  const lines = [
    '# Made from src/core/csp.ts and src/core/headers.ts by npm run schemas; do not edit by hand.',
    '# Netlify and Cloudflare Pages: copy this file into dist/ before uploading (see README, Publiceren).',
    `${base}*`,
    // no Cache-Control here: these hosts join the values of every matching rule, and their
    // default for other files is already "ask again" (max-age=0, must-revalidate)
    ...SECURITY_HEADERS.map(([k, v]) => `  ${k}: ${v}`),
    `${base}_astro/*`,
    `  Cache-Control: ${IMMUTABLE}`,
    `${base}pagefind/fragment/*`,
    `  Cache-Control: ${IMMUTABLE}`,
    `${base}pagefind/index/*`,
    `  Cache-Control: ${IMMUTABLE}`,
    '',
  ];
  return lines.join('\n');
}

/** A sample nginx server block for the site in `root` (with HTTPS set up elsewhere). */
export function nginxConf(base = '/'): string {
  const add = (indent: string) => SECURITY_HEADERS.map(([k, v]) => `${indent}add_header ${k} "${v}" always;`).join('\n');
  return `# Sample nginx configuration for the meerjarenagenda (static files in dist/).
# Made from src/core/csp.ts and src/core/headers.ts by npm run schemas; do not edit by hand.
# Copy to /etc/nginx/sites-available/, set server_name, the certificate and root, then reload nginx.
server {
    listen 443 ssl;
    http2 on;
    server_name agenda.example.nl;
    # ssl_certificate     /etc/letsencrypt/live/agenda.example.nl/fullchain.pem;
    # ssl_certificate_key /etc/letsencrypt/live/agenda.example.nl/privkey.pem;

    root /var/www/meerjarenagenda/dist;
    charset utf-8;
    server_tokens off;
    gzip on;
    gzip_types text/css application/javascript application/json application/xml image/svg+xml text/csv;

    # nginx drops add_header from an outer block when a location has its own: every location repeats them
${add('    ')}
    add_header Strict-Transport-Security "max-age=31536000" always;

    # pages: directory URLs with a trailing slash (trailingSlash: 'always'); always asked again
    location ${base} {
        try_files $uri $uri/index.html =404;
${add('        ')}
        add_header Strict-Transport-Security "max-age=31536000" always;
        add_header Cache-Control "${REVALIDATE}" always;
    }

    # Astro's files and the search index's fragments carry a content hash in their name
    location ~ ^${base}(_astro|pagefind/fragment|pagefind/index)/ {
${add('        ')}
        add_header Strict-Transport-Security "max-age=31536000" always;
        add_header Cache-Control "${IMMUTABLE}" always;
    }

    error_page 404 ${base}404.html;
}

server {
    listen 80;
    server_name agenda.example.nl;
    return 301 https://$host$request_uri;
}
`;
}
