/** Category labels of a chart: wrapped into lines (chart.js draws an array as lines) instead of cut off or tilted. */

/**
 * A label as lines of at most `max` characters, broken at spaces and after a hyphen inside a word
 * ("Noordoost-" / "Brabant"); a word longer than `max` keeps a line of its own.
 */
export function wrapLabel(label: string, max: number): string[] {
  // pieces: every word, a word with inner hyphens split after each one (glued back without a space)
  const pieces = label
    .split(/\s+/)
    .filter(Boolean)
    .flatMap((word) => word.split(/(?<=[^\s-]-)(?=[^\s-])/).map((text, i) => ({ text, glue: i === 0 ? ' ' : '' })));
  const lines: string[] = [];
  let line = '';
  for (const { text, glue } of pieces) {
    if (line && (line + glue + text).length > max) {
      lines.push(line);
      line = text;
    } else line = line ? line + glue + text : text;
  }
  if (line) lines.push(line);
  return lines;
}
