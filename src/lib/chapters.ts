/** Chapter headings as shown: "3 Doelgroepen", "Bijlage 1 Analyse", "Artikel 5 Regionaal Beraad". */
export function chapterLabel(data: { number: string; sourceNumber?: string; title: string; unnumbered: boolean; kind: string }): string {
  if (data.unnumbered) return data.title;
  const n = data.sourceNumber ?? data.number;
  if (/^(art|artikel|bijlage|deel)/i.test(n) || /^(Artikel|Bijlage|Deel)\b/.test(data.title)) return data.title;
  return `${n} ${data.title}`;
}
