import type { CheckMeasure } from './check-data';

/** A word's stem for matching: "felony" finds "felonies", "detainer" finds "detainers". */
const stem = (w: string) => (w.length > 5 ? w.slice(0, w.length - 2) : w);
const words = (text: string) =>
  text
    .toLowerCase()
    .split(/[^a-z0-9()]+/)
    .filter(Boolean);

/**
 * The measures whose words hold every word typed (by stem), in the index's order with short-title matches
 * first: "declined detainers", "felony cases filed", "287(g) agreements".
 */
export function matchMeasures(measures: CheckMeasure[], text: string, most = 40): CheckMeasure[] {
  const asked = words(text).map(stem);
  if (!asked.length) return measures.slice(0, most);
  const haystack = (m: CheckMeasure) =>
    `${m.short_title} ${m.title} ${m.measure} ${m.unit} ${m.places.map((p) => p.name).join(' ')}`.toLowerCase();
  const hits = measures.filter((m) => asked.every((w) => haystack(m).includes(w)));
  const inShort = (m: CheckMeasure) => asked.every((w) => m.short_title.toLowerCase().includes(w));
  return [...hits.filter(inShort), ...hits.filter((m) => !inShort(m))].slice(0, most);
}
