/** Category labels of a chart: wrapped into lines (chart.js draws an array as lines) instead of cut off or tilted. */

/** A label as lines of at most `max` characters, broken at spaces and after hyphens; a longer word keeps its own line. */
export function wrapLabel(label: string, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of label.split(/\s+|(?<=-)(?=\S)/)) {
    if (!word) continue;
    const glue = line.endsWith('-') ? '' : ' ';
    if (line && (line + glue + word).length > max) {
      lines.push(line);
      line = word;
    } else line = line ? `${line}${glue}${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/** The label again from its lines ("Noordoost-" + "Brabant" → "Noordoost-Brabant"). */
export const unwrapLabel = (lines: string[]) => lines.reduce((a, l) => (a ? (a.endsWith('-') ? a + l : `${a} ${l}`) : l), '');
