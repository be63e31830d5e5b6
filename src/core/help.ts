/**
 * Addresses of other sites that the site's own text gives (not taken from a region's documents):
 * the national route for help with work and an uitkering on the help pages (`/<regio>/hulp/`).
 * tests/e2e/links.spec.ts accepts these besides the addresses the source documents give.
 */
export const NATIONAL_HELP = {
  werk: 'https://www.werk.nl/',
  uwv: 'https://www.uwv.nl/',
} as const;

export const SITE_ADDRESSES: readonly string[] = Object.values(NATIONAL_HELP);
