import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PACKAGE_SCHEMA, parseDescriptor, textLocation } from './descriptor';

const realText = readFileSync(join(__dirname, '..', '..', 'data', 'datapackage.json'), 'utf8');
const real = () => JSON.parse(realText);
const check = (pkg: unknown) => parseDescriptor('dp.json', typeof pkg === 'string' ? pkg : JSON.stringify(pkg, null, 2));
const messages = (pkg: unknown) => check(pkg).problems.map((p) => p.message);

describe('textLocation', () => {
  test('is 1-based and counts LF lines', () => {
    expect(textLocation('abc', 0)).toEqual({ line: 1, column: 1 });
    expect(textLocation('ab\ncd', 4)).toEqual({ line: 2, column: 2 });
    expect(textLocation('ab\n\ncd', 4)).toEqual({ line: 3, column: 1 });
  });
});

describe('parseDescriptor', () => {
  test('the real data/datapackage.json is valid', () => {
    const { pkg, problems } = parseDescriptor('data/datapackage.json', realText);
    expect(problems).toEqual([]);
    expect(pkg?.resources.map((r) => r.name)).toEqual(expect.arrayContaining(['units', 'sources', 'stories', 'series', 'observations', 'claims', 'claim_evidence']));
  });

  test('invalid JSON is located at the parser position', () => {
    const { pkg, problems } = check('{\n  "name": "x"\n  "resources": []\n}');
    expect(pkg).toBeUndefined();
    expect(problems).toEqual([{ path: 'dp.json', line: 3, column: 3, message: expect.stringContaining('not valid JSON') }]);
  });

  test('empty text is invalid JSON', () => {
    expect(check('').problems).toEqual([{ path: 'dp.json', line: 1, column: 1, message: expect.stringContaining('not valid JSON') }]);
  });

  test.each([['an array', []], ['null', null], ['a number', 3], ['no resources', { name: 'x' }], ['resources not an array', { resources: {} }]])(
    '%s is not a package',
    (_name, value) => {
      expect(messages(value)).toEqual(['expected an object with a "resources" array']);
    },
  );

  test('$schema must be Data Package v2', () => {
    const pkg = real();
    pkg.$schema = 'https://specs.frictionlessdata.io/schemas/data-package.json';
    const { problems } = check(pkg);
    expect(problems).toEqual([{ path: 'dp.json', line: 2, column: 3, message: `"$schema" must be ${PACKAGE_SCHEMA} (Data Package v2)` }]);
  });

  test.each(['../units.csv', '/etc/passwd', 'sub/units.csv', 'units.CSV', 'units.txt', '.units.csv', 'units.csv ', '', 'Units.csv'])(
    'resource path %j is rejected',
    (path) => {
      const pkg = real();
      pkg.resources[0].path = path;
      expect(messages(pkg)).toEqual(['resource "units": path must be a plain .csv file name in the data folder']);
    },
  );

  test('path problems point at the resource', () => {
    const pkg = real();
    pkg.resources[1].path = '../sources.csv';
    const text = JSON.stringify(pkg, null, 2);
    const [p] = check(text).problems;
    expect(text.split('\n')[p.line - 1].trim()).toBe('"name": "sources",');
  });

  test('hashes must be sha256 hex digests', () => {
    const pkg = real();
    pkg.resources[0].hash = `sha256:${'a'.repeat(64)}`;
    pkg.resources[1].hash = 'b'.repeat(64);
    expect(messages(pkg)).toEqual([]);
    pkg.resources[0].hash = 'md5:d41d8cd98f00b204e9800998ecf8427e';
    pkg.resources[1].hash = 'A'.repeat(64);
    expect(messages(pkg)).toEqual(['resource "units": hash must be a sha256 hex digest', 'resource "sources": hash must be a sha256 hex digest']);
  });

  test('resource names must be slugs and unique', () => {
    const pkg = real();
    pkg.resources[0].name = 'Units!';
    pkg.resources[2].name = 'sources';
    expect(messages(pkg)).toEqual([
      'resource name "Units!" must be lower-case letters, digits, - or _',
      'resource name "sources" is used twice',
    ]);
  });

  test('every field needs a name and a known type', () => {
    const pkg = real();
    pkg.resources[0].schema.fields[1].type = 'float';
    delete pkg.resources[1].schema.fields[0].name;
    expect(messages(pkg)).toEqual([
      'resource "units": field "kind" needs a name and a type (string, integer, number, date)',
      'resource "sources": field undefined needs a name and a type (string, integer, number, date)',
    ]);
  });

  test('a resource needs schema fields', () => {
    const pkg = real();
    pkg.resources[0].schema.fields = [];
    delete pkg.resources[1].schema;
    expect(messages(pkg)).toEqual(['resource "units" has no schema fields', 'resource "sources" has no schema fields']);
  });

  test('a pattern that is not a valid regular expression is a problem, not a crash', () => {
    const pkg = real();
    pkg.resources[1].schema.fields[0].constraints.pattern = '^[a-z+$';
    const { problems } = check(pkg);
    expect(problems.map((p) => p.message)).toEqual(['resource "sources": field "id" has an invalid pattern']);
    expect(problems[0].line).toBeGreaterThan(1);
  });

  test('primary and foreign keys must name fields that exist', () => {
    const pkg = real();
    pkg.resources[0].schema.primaryKey = 'name';
    pkg.resources[3].schema.foreignKeys[0].fields = 'unit_id';
    pkg.resources[4].schema.foreignKeys[0].reference.resource = 'serie';
    pkg.resources.find((r: { name: string }) => r.name === 'claim_evidence').schema.foreignKeys[0].reference.fields = 'claim_id';
    expect(messages(pkg)).toEqual([
      'resource "units": primaryKey names a field that is not in its schema',
      'resource "series": a foreign key names a field that is not in its schema',
      'resource "observations": foreign key refers to unknown resource "serie"',
      'resource "claim_evidence": a foreign key refers to a field that is not in resource "claims"',
    ]);
  });

  test('reports every problem, and returns no package when there is one', () => {
    const pkg = real();
    pkg.$schema = 'x';
    pkg.resources[0].path = '../a.csv';
    pkg.resources[2].hash = 'nope';
    const { pkg: parsed, problems } = check(pkg);
    expect(parsed).toBeUndefined();
    expect(problems).toHaveLength(3);
    for (const p of problems) {
      expect(p.path).toBe('dp.json');
      expect(p.line).toBeGreaterThanOrEqual(1);
      expect(p.column).toBeGreaterThanOrEqual(1);
    }
  });
});
