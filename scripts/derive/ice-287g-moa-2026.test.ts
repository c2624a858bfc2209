import { compareAgencies, filenameDate, modelOf, parseManifest, realFilename } from './ice-287g-moa-2026-lib';

const row = (over: Record<string, string> = {}) => ({
  state: 'NORTH CAROLINA',
  agency: 'Beulaville Police Department ',
  original_filename: 'BeulavillePoliceDeptNC_TFM_MOA_10172025.pdf',
  url: '',
  file_hash: 'f'.repeat(64),
  ...over,
});

describe('287(g) MOA PDF manifests', () => {
  it('reads every date format in ICE’s file names', () => {
    expect(filenameDate('287gJEM_CabarrusCoNC2020-03-11.pdf')).toEqual({ token: '2020-03-11', date: '2020-03-11' });
    expect(filenameDate('287gWSO_AlamanceCoNC_05-21-2020.pdf')).toEqual({ token: '05-21-2020', date: '2020-05-21' });
    expect(filenameDate('ColumbusCountySheriffsOfficeNC-TFM-MOA-9-22-2025.pdf')).toEqual({
      token: '9-22-2025',
      date: '2025-09-22',
    });
    expect(filenameDate('CarteretCoSheriffsOfficeNC_WSO_MOA_05.13.25.pdf')).toEqual({
      token: '05.13.25',
      date: '2025-05-13',
    });
    expect(filenameDate('KenansvillePoliceDeptNC_TFM_MOA_05052026.pdf')).toEqual({
      token: '05052026',
      date: '2026-05-05',
    });
    expect(filenameDate('CherokeeCountyNC_WSO_MOA_031025.pdf')).toEqual({ token: '031025', date: '2025-03-10' });
  });
  it('refuses a name with no date or an impossible one', () => {
    expect(() => filenameDate('287gWSO_Nowhere.pdf')).toThrow(/no date token/);
    expect(() => filenameDate('X_WSO_MOA_13452025.pdf')).toThrow(/real date/);
  });
  it('takes exactly one model token', () => {
    expect(modelOf('287gWSO_AveryCoNC_07-23-2020.pdf')).toBe('WSO');
    expect(() => modelOf('X_MOA_2020-01-01.pdf')).toThrow(/no model token/);
    expect(() => modelOf('X_TFM_WSO_2020-01-01.pdf')).toThrow(/several model tokens/);
  });
  it('decodes the real name out of a SafeLinks wrapper', () => {
    const url =
      'https://gcc02.safelinks.protection.outlook.com/?url=https%3A%2F%2Fwww.ice.gov%2Fdoclib%2F287gMOA%2FUnionCoSheriffsOfficeNC_WSO_MOA_05.06.25.pdf&amp;data=x';
    expect(realFilename({ agency: 'Union', original_filename: 'gcc02.safelinks.protection.outlook.com', url })).toEqual(
      { filename: 'UnionCoSheriffsOfficeNC_WSO_MOA_05.06.25.pdf', safelinks: true },
    );
    expect(() => realFilename({ agency: 'X', original_filename: 'page.html', url: '' })).toThrow(/not a PDF name/);
  });
  it('trims agencies and refuses another state', () => {
    expect(parseManifest([row()], 'm.csv')[0]).toMatchObject({
      agency: 'Beulaville Police Department',
      model: 'TFM',
      filename_date: '2025-10-17',
    });
    expect(() => parseManifest([row({ state: 'TEXAS' })], 'm.csv')).toThrow(/m.csv row 2: state "TEXAS"/);
  });
  it('says what is on both lists and on each alone', () => {
    expect(compareAgencies(['a', 'b', 'c'], ['b', 'c', 'd'])).toEqual({ both: ['b', 'c'], added: ['a'], gone: ['d'] });
  });
});
