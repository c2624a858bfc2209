import { loadTables } from '../data/dataset';
import { caseloadRecords, countyPage } from './caseload';

let pageOf: ((fips: string | null) => ReturnType<typeof countyPage>) | undefined;

/**
 * The county page a claim's `fips` names ("Mecklenburg County", /counties/mecklenburg), or null for the state, the
 * nation or no place: countyPage over the published county list, read once per build process.
 */
export function claimCountyPage(fips: string | null): ReturnType<typeof countyPage> {
  if (!pageOf) {
    const records = caseloadRecords(loadTables().tables);
    pageOf = (f) => countyPage(records, f);
  }
  return pageOf(fips);
}
