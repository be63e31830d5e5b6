/** Chapter headings as shown: "3 Doelgroepen", "Artikel 13 Slotbepalingen", "Bijlage 1 Analyse arbeidsmarkt". */
export function chapterLabel(data: { number: string; sourceNumber?: string; title: string; unnumbered: boolean; kind: string }): string {
  if (data.unnumbered) return data.title;
  const n = data.sourceNumber ?? data.number;
  // the title already carries its label ("Artikel 5 Regionaal Beraad", "3 Doelgroepen")
  if (data.title.toLowerCase().startsWith(n.toLowerCase()) || /^(Artikel|Bijlage|Deel)\b/.test(data.title)) return data.title;
  // internal codes without a source label ("art-5", "B1") are not shown
  if (!data.sourceNumber && /^[a-z]+(-\d+)?$|^[A-Z]\d*$/.test(n)) return data.title;
  return `${n} ${data.title}`;
}
