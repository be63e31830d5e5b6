/** The public address of the site (MJA_SITE), without a trailing slash: for the sitemap, the feed and links inside PDFs. */
export const SITE = (process.env.MJA_SITE ?? 'https://meerjarenagenda.example.nl').replace(/\/$/, '');
