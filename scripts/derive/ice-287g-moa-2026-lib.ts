// Pure helpers for scripts/derive/ice-287g-moa-2026.ts: the NC rows of the MOA-PDF manifests of
// deportationdata/ice-287g (which PDFs ICE's 287(g) page linked, June-August 2026). No file access here.

export type Raw = Record<string, string>;

/** The model tokens ICE's file names carry, and the model each names (the words of ICE's 2025 sheet). */
export const MODEL_TOKENS = {
  JEM: 'Jail Enforcement Model',
  TFM: 'Task Force Model',
  WSO: 'Warrant Service Officer',
} as const;
export type ModelToken = keyof typeof MODEL_TOKENS;

export interface MoaPdf {
  agency: string;
  /** The PDF's real file name: original_filename, or for a SafeLinks row the name inside its url= parameter. */
  filename: string;
  /** True when the name was decoded from a Microsoft SafeLinks wrapper. */
  safelinks: boolean;
  model: ModelToken;
  /** The date token exactly as the file name writes it. */
  date_token: string;
  /** That token as an ISO date: a naming convention, not a confirmed signing date. */
  filename_date: string;
}

/**
 * The PDF's real file name. ICE's sheet linked some PDFs through an Outlook SafeLinks wrapper
 * (original_filename "gcc02.safelinks.protection.outlook.com"); the real name is the last part of the
 * url= parameter, decoded. Anything else that is not a .pdf name throws.
 */
export function realFilename(row: Raw): { filename: string; safelinks: boolean } {
  const name = row.original_filename.trim();
  if (/\.pdf$/i.test(name)) return { filename: name, safelinks: false };
  if (/safelinks\.protection\.outlook\.com/.test(name)) {
    const m = /[?&]url=([^&]+)/.exec(row.url ?? '');
    if (!m) throw new Error(`${row.agency}: SafeLinks row without a url= parameter`);
    const inner = decodeURIComponent(m[1]);
    const base = inner.split('/').pop() ?? '';
    if (!/\.pdf$/i.test(base)) throw new Error(`${row.agency}: SafeLinks url= does not end in a .pdf name: ${inner}`);
    return { filename: base, safelinks: true };
  }
  throw new Error(`${row.agency}: original_filename ${JSON.stringify(name)} is not a PDF name`);
}

/** The one JEM, WSO or TFM token in a file name; none or more than one throws (no row is guessed). */
export function modelOf(filename: string): ModelToken {
  const found = [...new Set(filename.match(/JEM|WSO|TFM/g) ?? [])] as ModelToken[];
  if (found.length !== 1)
    throw new Error(
      `${filename}: ${found.length ? `several model tokens (${found.join(', ')})` : 'no model token (JEM, WSO or TFM)'}`,
    );
  return found[0];
}

const pad = (n: string) => n.padStart(2, '0');
function iso(y: string, m: string, d: string, filename: string): string {
  const date = `${y}-${pad(m)}-${pad(d)}`;
  const t = new Date(`${date}T00:00:00Z`);
  if (Number.isNaN(t.getTime()) || t.toISOString().slice(0, 10) !== date)
    throw new Error(`${filename}: date token does not make a real date (${date})`);
  return date;
}

/**
 * The date token of a file name and its ISO reading. The formats ICE's names use, tried in this order:
 * 2020-06-09 (Y-M-D), 05-21-2020 or 9-22-2025 (M-D-Y), 05.13.25 (M.D.YY), 10172025 (MMDDYYYY), 031025 (MMDDYY).
 * A name with no such token throws.
 */
export function filenameDate(filename: string): { token: string; date: string } {
  const stem = filename.replace(/\.pdf$/i, '');
  let m: RegExpExecArray | null;
  if ((m = /(\d{4})-(\d{2})-(\d{2})$/.exec(stem))) return { token: m[0], date: iso(m[1], m[2], m[3], filename) };
  if ((m = /(?:^|[^\d])(\d{1,2})-(\d{1,2})-(\d{4})$/.exec(stem)))
    return { token: `${m[1]}-${m[2]}-${m[3]}`, date: iso(m[3], m[1], m[2], filename) };
  if ((m = /(\d{2})\.(\d{2})\.(\d{2})$/.exec(stem)))
    return { token: m[0], date: iso(`20${m[3]}`, m[1], m[2], filename) };
  if ((m = /_(\d{2})(\d{2})(\d{4})$/.exec(stem)))
    return { token: `${m[1]}${m[2]}${m[3]}`, date: iso(m[3], m[1], m[2], filename) };
  if ((m = /_(\d{2})(\d{2})(\d{2})$/.exec(stem)))
    return { token: `${m[1]}${m[2]}${m[3]}`, date: iso(`20${m[3]}`, m[1], m[2], filename) };
  throw new Error(`${filename}: no date token in a known format`);
}

/** The NC rows of one manifest as PDFs: agency spaces trimmed; a row for another state throws. */
export function parseManifest(rows: Raw[], file: string): MoaPdf[] {
  return rows.map((r, i) => {
    if (!/^NORTH[ _]CAROLINA$/.test(r.state))
      throw new Error(`${file} row ${i + 2}: state ${JSON.stringify(r.state)} is not North Carolina`);
    const agency = r.agency.trim();
    if (!agency) throw new Error(`${file} row ${i + 2}: blank agency`);
    const { filename, safelinks } = realFilename(r);
    const { token, date } = filenameDate(filename);
    return { agency, filename, safelinks, model: modelOf(filename), date_token: token, filename_date: date };
  });
}

/** Agencies and PDFs of one list set against another's agencies: who is on both, who only on each. */
export function compareAgencies(now: string[], then: string[]): { both: string[]; added: string[]; gone: string[] } {
  const a = new Set(now);
  const b = new Set(then);
  const sorted = (xs: Iterable<string>) => [...xs].sort();
  return {
    both: sorted([...a].filter((x) => b.has(x))),
    added: sorted([...a].filter((x) => !b.has(x))),
    gone: sorted([...b].filter((x) => !a.has(x))),
  };
}
