/** URL slug of a name: lower case, no accents, words joined by hyphens ("Zuid-Kennemerland & IJmond" → "zuid-kennemerland-en-ijmond"). */
export const slugify = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' en ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
