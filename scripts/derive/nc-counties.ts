// North Carolina's counties (name and 5-digit FIPS), and the county a
// facility or agency name names. Pure: the county list is read by the caller
// from data/nc_aoc_caseload.csv, which holds all 100 counties.

export interface County {
  fips: string;
  name: string; // "New Hanover", as the AOC writes it
}

/** The distinct (fips, county) pairs of nc_aoc_caseload rows; a FIPS code with two names throws. */
export function countyList(rows: Array<{ fips: string; county: string }>): County[] {
  const byFips = new Map<string, string>();
  for (const r of rows) {
    const seen = byFips.get(r.fips);
    if (seen !== undefined && seen !== r.county)
      throw new Error(`county ${r.fips} is named both ${seen} and ${r.county}`);
    byFips.set(r.fips, r.county);
  }
  return [...byFips].map(([fips, name]) => ({ fips, name })).sort((a, b) => (a.fips < b.fips ? -1 : 1));
}

/** "/counties/<slug>": the county name in lower case, spaces as hyphens (cross-branch contract). */
export const countySlug = (name: string) => name.toLowerCase().replace(/ /g, '-');

/**
 * The NC county a name names: "<County> County ...", "<County> Co. ...", "<County> Co ..." or
 * "<County> (NC) Co ...", matched case-insensitively against the real county names. Returns null
 * when the name names no NC county ("HARTNETT COUNTY JAIL", "Albemarle District Jail").
 */
export function countyInName(name: string, counties: County[]): County | null {
  const m = /^(.+?)\s+(?:\(NC\)\s+)?(?:COUNTY|CO\.?)(?:\s|$)/i.exec(name.trim());
  if (!m) return null;
  const wanted = m[1].replace(/\s+/g, ' ').toUpperCase();
  return counties.find((c) => c.name.toUpperCase() === wanted) ?? null;
}
