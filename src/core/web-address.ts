/**
 * Web addresses as content gives them (a table column with links, a link in a chapter): absolute
 * http(s) with a host name, nothing made up or shortened.
 */

/** An absolute http(s) address with a host, as a URL parser reads it. */
export function isWebAddress(a: string): boolean {
  if (!/^https?:\/\/[^\s/?#]+/i.test(a)) return false;
  try {
    const u = new URL(a);
    return (u.protocol === 'http:' || u.protocol === 'https:') && u.hostname.includes('.');
  } catch {
    return false;
  }
}

/** The addresses in one table cell (separated by white space). */
export function splitAddresses(cell: string): string[] {
  return cell.trim().split(/\s+/).filter(Boolean);
}

/** Short visible text of a long address: host and path, without the scheme and "www.". */
export function shortAddress(a: string): string {
  return a.replace(/^https?:\/\/(www\.)?/i, '').replace(/\/$/, '');
}
