/**
 * A series' measure, as series.csv defines it, split for readers: what is counted, in plain words, and how the
 * figure is read from its source file (column names, table cells), which only a data user needs.
 * The definitions put the plain words first and the file's terms after a colon or in brackets.
 */
export interface MeasureWords {
  counted: string;
  technical: string | null;
}

/** A bracketed aside naming file terms: a table cell code (B05003_001E) or a column name (case_count). */
const FILE_TERMS = /\s*\(([^()]*_[^()]*)\)/;

export function measureWords(measure: string): MeasureWords {
  const colon = measure.indexOf(': ');
  if (colon > 20) return { counted: measure.slice(0, colon), technical: measure.slice(colon + 2) };
  const aside = FILE_TERMS.exec(measure);
  if (aside) return { counted: measure.replace(aside[0], ''), technical: aside[1] };
  return { counted: measure, technical: null };
}
