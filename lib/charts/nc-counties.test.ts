import { NC_COUNTIES, NC_MAP_ASPECT } from './nc-counties';
import { NC_MAP_WIDTH, ncMap } from './nc-geometry';

describe('the county list the map builders use without the geometry', () => {
  it('is the projected map’s counties, in its order, and its shape', () => {
    const map = ncMap(NC_MAP_WIDTH);
    expect(NC_COUNTIES).toEqual(map.counties.map(({ fips, name }) => ({ fips, name })));
    expect(NC_MAP_ASPECT).toBe(map.height / map.width);
  });
});
