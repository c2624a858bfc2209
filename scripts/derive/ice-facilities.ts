// Facility (or agency) -> North Carolina county, with the basis for each.
// Pure. A name that names a county is mapped by name. Every other NC facility
// named in the raw files must have an entry in CHECKED below, either with the
// county where a checked source puts its address, or left unmapped with the
// reason. A facility in neither place stops the derive scripts: nothing is
// silently assigned.
import { type County, countyInName } from './nc-counties';

export type Basis = 'name' | 'address' | 'unmapped';

export interface FacilityCounty {
  county_fips: string; // blank = unmapped
  county: string;
  basis: Basis;
  basis_url: string;
  note: string;
}

interface Checked {
  /** County name as the AOC writes it, or null to leave the facility unmapped. */
  county: string | null;
  url: string;
  note: string;
}

/**
 * Facilities whose name does not name an NC county, keyed by the name as ICE (or the file) wrote it.
 * Each URL was read on 2026-11-29 through the stored-pages search; none of this is from memory.
 */
export const CHECKED: Record<string, Checked> = {
  'ALBERMARIE DISTRICT JAIL': {
    county: 'Pasquotank',
    url: 'https://www.pilotonline.com/news/article_9ab0c8af-1fb1-5096-9448-606b3b9cca72.html',
    note: "ICE's spelling of the Albemarle District Jail, Elizabeth City (ICE's city). The Virginian-Pilot reports the regional jail for Pasquotank, Camden and Perquimans counties being built in Pasquotank County's Commerce Park to replace the old Albemarle District Jail in Elizabeth City; the jail's own site (https://www.albemarlejail.org/inmate-information/mail-rules) gives 210 Executive Drive South, Elizabeth City. It serves several counties; it stands in Pasquotank.",
  },
  'Albemarle District Jail': {
    county: 'Pasquotank',
    url: 'https://www.pilotonline.com/news/article_9ab0c8af-1fb1-5096-9448-606b3b9cca72.html',
    note: "ICE's 287(g) sheet names its county \"Albemarle County\", which does not exist in North Carolina. The Virginian-Pilot reports the regional jail for Pasquotank, Camden and Perquimans counties being built in Pasquotank County's Commerce Park to replace the old Albemarle District Jail in Elizabeth City; the jail's own site (https://www.albemarlejail.org/inmate-information/mail-rules) gives 210 Executive Drive South, Elizabeth City. It serves several counties; it stands in Pasquotank.",
  },
  'HARTNETT COUNTY JAIL': {
    county: 'Harnett',
    url: 'https://www.harnettsheriff.com/county-jail.asp',
    note: 'ICE wrote "HARTNETT", which is not an NC county name. ICE\'s city is Lillington; the Harnett County Sheriff\'s page places the Harnett County Detention Center on Bain Street in Lillington.',
  },
  'RIVERS CORRECTIONAL INSTITUTION': {
    county: 'Hertford',
    url: 'https://en.wikipedia.org/wiki/Rivers_Correctional_Institution',
    note: "Private prison (GEO Group) under contract with the Federal Bureau of Prisons at 145 Parker's Fishery Road, Winton, in unincorporated Hertford County.",
  },
  'NUESE CORRECTIONAL INSTITUTION': {
    county: 'Wayne',
    url: 'https://www.ncdps.gov/index2.cfm?a=000003,002240,002381,002256',
    note: 'ICE\'s spelling of Neuse Correctional Institution, a state prison in Goldsboro; the NC Department of Public Safety\'s facility page gives "County: Wayne".',
  },
  'BUTNER FED.CORR.INST.': {
    county: null,
    url: 'https://en.wikipedia.org/wiki/Federal_Correctional_Complex,_Butner',
    note: "Federal Correctional Complex, Butner: the complex lies on the county line between Durham and Granville counties, and ICE's record does not say which of its institutions is meant. Left unmapped rather than guessed.",
  },
  'RALEIGH HOLD ROOM': {
    county: null,
    url: '',
    note: "An ICE hold room (ICE's city: Cary). No checked source gave its address, so it is left unmapped.",
  },
  'Durham Police Department': {
    county: null,
    url: '',
    note: 'A city police department (287(g) records), not a county agency: its 287(g) area is the City of Durham, so it is given no county.',
  },
  'City of Durham Police Department': {
    county: null,
    url: '',
    note: 'A city police department (287(g) records), not a county agency: its 287(g) area is the City of Durham, so it is given no county.',
  },
  'CHARLOTTE HOLD ROOM': {
    county: null,
    url: '',
    note: "An ICE hold room named only in NPR's Charlotte tallies (charlotte.md), with no city or address. No checked source gave its address, so it is left unmapped.",
  },
  'N.C. DEPT OF CORRECTIONS': {
    county: null,
    url: '',
    note: "The state prison system as a whole (ICE's city: Raleigh, its headquarters), not one facility: it belongs to no county.",
  },
  'US MARSHALS EASTERN DISTRICT': {
    county: null,
    url: '',
    note: "The U.S. Marshals for the Eastern District of North Carolina, a federal judicial district of many counties (ICE's city: Raleigh): it belongs to no county.",
  },
  'US MARSHALS MIDDLE DISTRICT': {
    county: null,
    url: '',
    note: "The U.S. Marshals for the Middle District of North Carolina, a federal judicial district of many counties (ICE's city: Greensboro): it belongs to no county.",
  },
  'US MARSHALS WESTERN DISTRICT': {
    county: null,
    url: '',
    note: "The U.S. Marshals for the Western District of North Carolina, a federal judicial district of many counties (ICE's city: Charlotte): it belongs to no county.",
  },
};

/** The county of one NC facility or agency name, with its basis; throws for a name neither rule covers. */
export function facilityCounty(
  name: string,
  counties: County[],
  checked: Record<string, Checked> = CHECKED,
): FacilityCounty {
  const entry = checked[name];
  if (entry) {
    if (entry.county === null)
      return { county_fips: '', county: '', basis: 'unmapped', basis_url: entry.url, note: entry.note };
    const c = counties.find((x) => x.name === entry.county);
    if (!c) throw new Error(`${name}: checked county ${entry.county} is not an NC county`);
    return { county_fips: c.fips, county: c.name, basis: 'address', basis_url: entry.url, note: entry.note };
  }
  const c = countyInName(name, counties);
  if (c)
    return {
      county_fips: c.fips,
      county: c.name,
      basis: 'name',
      basis_url: '',
      note: `The name names ${c.name} County.`,
    };
  throw new Error(
    `NC facility ${JSON.stringify(name)} names no county and has no checked entry in ice-facilities.ts: check its address and add one`,
  );
}
