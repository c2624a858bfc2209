import { loadIndex, loadTables } from '../data/dataset';
import { claimCountyPages } from './county-link';

const claimCountyPage = claimCountyPages(loadTables().tables);

describe('claimCountyPages', () => {
  it('gives the county page of every claim with a 5-digit NC fips, and none for the state, the nation or no place', () => {
    const claims = loadIndex().data.claims;
    const local = claims.filter((c) => c.fips !== null && /^37\d{3}$/.test(c.fips));
    expect(local.length).toBeGreaterThan(0);
    for (const c of local) expect(claimCountyPage(c.fips)?.href).toMatch(/^\/counties\/[a-z-]+$/);
    expect(claimCountyPage('37119')).toEqual({ name: 'Mecklenburg County', href: '/counties/mecklenburg' });
    expect(claimCountyPage('37183')).toEqual({ name: 'Wake County', href: '/counties/wake' });
    for (const fips of ['37', 'US', null, '99999']) expect(claimCountyPage(fips)).toBeNull();
  });
});
