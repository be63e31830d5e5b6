/**
 * Logo files of gemeenten (content/<regio>/logos/*.svg|png) for the letterhead. A logo is shown
 * only as an image (`<img>` with a data: address), never inlined into the page, so an SVG cannot
 * run scripts or load anything; it is still refused when it holds scripts, event handlers,
 * external references or a DOCTYPE/entities, so a writer learns about it. Pure: bytes in, a data
 * address or a Dutch reason out.
 */

export const MAX_SVG_BYTES = 100_000;
export const MAX_PNG_BYTES = 300_000;

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

export type LogoCheck = { dataUri: string; mime: 'image/svg+xml' | 'image/png'; width?: number; height?: number } | { problem: string };

const kB = (n: number) => `${Math.round(n / 1000)} kB`;

/** The logo as a data: address for an <img>, or why it cannot be used. */
export function checkLogo(name: string, bytes: Uint8Array): LogoCheck {
  const lower = name.toLowerCase();
  if (lower.endsWith('.png')) {
    if (bytes.length > MAX_PNG_BYTES) return { problem: `logo is te groot (${kB(bytes.length)}; de grens is ${kB(MAX_PNG_BYTES)})` };
    if (!PNG_SIGNATURE.every((b, i) => bytes[i] === b))
      return { problem: 'is geen PNG-afbeelding (het bestand begint niet zoals een PNG-bestand)' };
    // IHDR: width and height, big-endian, at bytes 16-23
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    if (bytes.length < 24) return { problem: 'is geen volledige PNG-afbeelding' };
    const width = view.getUint32(16);
    const height = view.getUint32(20);
    if (!width || !height) return { problem: 'PNG-afbeelding zonder breedte of hoogte' };
    return { dataUri: `data:image/png;base64,${Buffer.from(bytes).toString('base64')}`, mime: 'image/png', width, height };
  }
  if (lower.endsWith('.svg')) {
    if (bytes.length > MAX_SVG_BYTES) return { problem: `logo is te groot (${kB(bytes.length)}; de grens is ${kB(MAX_SVG_BYTES)})` };
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
    } catch {
      return { problem: 'SVG-bestand is geen geldige UTF-8-tekst' };
    }
    const start = text.replace(/^\s*(<\?xml[^>]*\?>\s*)?(<!--[\s\S]*?-->\s*)*/, '');
    if (/<!DOCTYPE|<!ENTITY/i.test(text))
      return { problem: 'SVG met een DOCTYPE of entiteiten wordt niet gebruikt; sla het logo op als gewone SVG' };
    if (!/^<svg[\s>]/.test(start)) return { problem: 'is geen SVG-afbeelding (verwacht een bestand dat met <svg begint)' };
    if (!/<\/svg>\s*$/.test(text) && !/<svg[^>]*\/>\s*$/.test(start))
      return { problem: 'SVG-bestand is niet volledig (</svg> ontbreekt aan het eind)' };
    if (/<script[\s>]/i.test(text)) return { problem: 'SVG met een script (<script>) wordt niet gebruikt' };
    if (/<foreignObject[\s>]/i.test(text)) return { problem: 'SVG met HTML erin (<foreignObject>) wordt niet gebruikt' };
    if (/\son[a-z]+\s*=/i.test(text)) return { problem: 'SVG met een gebeurtenis-attribuut (zoals onload=) wordt niet gebruikt' };
    const external = text.match(/(?:href|src)\s*=\s*["']\s*(?!#|data:image\/(?:png|jpeg);)([^"']*)/i);
    if (external)
      return { problem: `SVG verwijst naar een ander bestand of adres ("${external[1].slice(0, 60)}"); een logo moet op zichzelf staan` };
    if (/url\(\s*["']?\s*(?!#)/i.test(text)) return { problem: 'SVG laadt iets van buiten via url(...); een logo moet op zichzelf staan' };
    return { dataUri: `data:image/svg+xml;base64,${Buffer.from(text, 'utf8').toString('base64')}`, mime: 'image/svg+xml' };
  }
  return { problem: 'een logo is een .svg- of .png-bestand' };
}
