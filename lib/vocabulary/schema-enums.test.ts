import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PERIOD_TYPES } from './period-types';
import { CLAIM_BOUNDS, CLAIM_QUALIFIERS, OBSERVATION_QUALIFIERS, QUALIFIER_WORDS } from './qualifiers';
import { COMPARABILITIES, EVIDENCE_ROLES, ROLE_LABEL, ROLE_WORDS } from './roles';
import { COMPARISON_STATUSES, STATUS_LABEL, STATUS_MEANING } from './statuses';

// The Table Schemas in data/datapackage.json spell the enums for data users; they must be the vocabulary's, in its order.
const pkg = JSON.parse(readFileSync(join(__dirname, '..', '..', 'data', 'datapackage.json'), 'utf8'));
const enumOf = (resource: string, field: string): string[] =>
  pkg.resources
    .find((r: { name: string }) => r.name === resource)
    .schema.fields.find((f: { name: string }) => f.name === field).constraints.enum;

describe('one vocabulary: the schema enums are the vocabulary lists', () => {
  test.each<[string, string, readonly string[]]>([
    ['claims', 'qualifier', CLAIM_QUALIFIERS],
    ['observations', 'qualifier', OBSERVATION_QUALIFIERS],
    ['observations', 'period_type', PERIOD_TYPES],
    ['claims', 'period_type', PERIOD_TYPES],
    ['claims', 'comparability', COMPARABILITIES],
    ['claim_evidence', 'role', EVIDENCE_ROLES],
  ])('%s.%s', (resource, field, list) => {
    expect(enumOf(resource, field)).toEqual([...list]);
  });
});

describe('one vocabulary: every term has its words', () => {
  test('every qualifier has words and every claim qualifier its bounds', () => {
    expect(Object.keys(QUALIFIER_WORDS).sort()).toEqual(
      [...new Set([...CLAIM_QUALIFIERS, ...OBSERVATION_QUALIFIERS])].sort(),
    );
    expect(Object.keys(CLAIM_BOUNDS).sort()).toEqual([...CLAIM_QUALIFIERS].sort());
  });

  test('every status has a label and a meaning; every role its words', () => {
    expect(Object.keys(STATUS_LABEL)).toEqual([...COMPARISON_STATUSES]);
    expect(Object.keys(STATUS_MEANING)).toEqual([...COMPARISON_STATUSES]);
    expect(Object.keys(ROLE_LABEL)).toEqual([...EVIDENCE_ROLES]);
    expect(Object.keys(ROLE_WORDS)).toEqual([...EVIDENCE_ROLES]);
  });
});
