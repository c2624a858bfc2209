import type { Tables } from '../data/validate-keys';
import { caseloadRecords, countyPage } from './caseload';

type CountyPage = ReturnType<typeof countyPage>;

const finders = new WeakMap<Tables, (fips: string | null) => CountyPage>();

/**
 * The county page a claim's `fips` names ("Mecklenburg County", /counties/mecklenburg), or null for the state, the
 * nation or no place: countyPage over the published county list in the tables the caller read (built once per tables).
 */
export function claimCountyPages(tables: Tables): (fips: string | null) => CountyPage {
  let find = finders.get(tables);
  if (!find) {
    const records = caseloadRecords(tables);
    find = (f) => countyPage(records, f);
    finders.set(tables, find);
  }
  return find;
}
