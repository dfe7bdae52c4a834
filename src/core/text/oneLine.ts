/** Text as one line of at most `max` characters (whitespace folded, "…" where cut), for labels and summaries. */
export function oneLine(text: string, max = 80): string {
  const folded = text.replace(/\s+/g, ' ').trim();
  return folded.length > max ? `${folded.slice(0, max - 1)}…` : folded;
}
