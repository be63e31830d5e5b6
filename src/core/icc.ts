/**
 * A small sRGB ICC profile (version 2.1, display class, RGB to XYZ), made in code so every PDF
 * can carry the output intent that PDF/A asks for without a profile file from outside the
 * project. Primaries and white point are those of IEC 61966-2-1 adapted to D50 (as in every
 * ICC sRGB profile); the tone curves are sampled from the sRGB transfer function (1024 points).
 * Pure and deterministic: the same bytes on every run.
 */

const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));

function u32(n: number): number[] {
  return [(n >>> 24) & 255, (n >>> 16) & 255, (n >>> 8) & 255, n & 255];
}
function u16(n: number): number[] {
  return [(n >>> 8) & 255, n & 255];
}
/** s15Fixed16Number */
function s15(x: number): number[] {
  return u32(Math.round(x * 65536) >>> 0);
}
const pad4 = (b: number[]) => (b.length % 4 ? [...b, ...new Array(4 - (b.length % 4)).fill(0)] : b);

function xyz(x: number, y: number, z: number): number[] {
  return [...ascii('XYZ '), 0, 0, 0, 0, ...s15(x), ...s15(y), ...s15(z)];
}

/** The sRGB transfer function, from encoded value to linear light. */
export function srgbToLinear(v: number): number {
  return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
}

function curve(points: number): number[] {
  const out = [...ascii('curv'), 0, 0, 0, 0, ...u32(points)];
  for (let i = 0; i < points; i++) out.push(...u16(Math.round(srgbToLinear(i / (points - 1)) * 65535)));
  return out;
}

function textDescription(s: string): number[] {
  // textDescriptionType: ASCII part, an empty Unicode part and an empty ScriptCode part (67 bytes)
  return [...ascii('desc'), 0, 0, 0, 0, ...u32(s.length + 1), ...ascii(s), 0, ...u32(0), ...u32(0), ...u16(0), 0, ...new Array(67).fill(0)];
}

function text(s: string): number[] {
  return [...ascii('text'), 0, 0, 0, 0, ...ascii(s), 0];
}

/** Name of the profile, also used as the output intent's OutputConditionIdentifier. */
export const SRGB_PROFILE_NAME = 'sRGB IEC61966-2.1';

/** The profile's bytes. */
export function srgbIccProfile(): Uint8Array {
  const trc = curve(1024);
  const tags: [string, number[]][] = [
    ['desc', textDescription(SRGB_PROFILE_NAME)],
    ['cprt', text('No copyright, use freely')],
    ['wtpt', xyz(0.9642, 1.0, 0.8249)],
    ['rXYZ', xyz(0.4360747, 0.2225045, 0.0139322)],
    ['gXYZ', xyz(0.3850649, 0.7168786, 0.0971045)],
    ['bXYZ', xyz(0.1430804, 0.0606169, 0.7141733)],
    ['rTRC', trc],
    ['gTRC', trc],
    ['bTRC', trc],
  ];
  const tableSize = 4 + tags.length * 12;
  let offset = 128 + tableSize;
  const table: number[] = [...u32(tags.length)];
  const data: number[] = [];
  const placed = new Map<number[], number>();
  for (const [sig, body] of tags) {
    let at = placed.get(body);
    if (at === undefined) {
      at = offset;
      placed.set(body, at);
      const padded = pad4(body);
      data.push(...padded);
      offset += padded.length;
    }
    table.push(...ascii(sig), ...u32(at), ...u32(body.length));
  }
  const size = 128 + tableSize + data.length;
  // prettier-ignore
  const header = [
    ...u32(size),
    0, 0, 0, 0, // preferred CMM: none
    0x02, 0x10, 0, 0, // version 2.1
    ...ascii('mntr'),
    ...ascii('RGB '),
    ...ascii('XYZ '),
    ...u16(2000), ...u16(1), ...u16(1), 0, 0, 0, 0, 0, 0, // date and time: fixed
    ...ascii('acsp'),
    0, 0, 0, 0, // platform
    0, 0, 0, 0, // flags
    0, 0, 0, 0, // manufacturer
    0, 0, 0, 0, // model
    0, 0, 0, 0, 0, 0, 0, 0, // attributes
    0, 0, 0, 0, // rendering intent: perceptual
    ...s15(0.9642), ...s15(1.0), ...s15(0.8249), // illuminant D50
    0, 0, 0, 0, // creator
  ];
  const out = new Uint8Array(size);
  out.set(header, 0);
  // bytes 84-127: profile id and reserved, zero
  out.set(table, 128);
  out.set(data, 128 + tableSize);
  return out;
}
