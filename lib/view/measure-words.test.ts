import { measureWords } from './measure-words';

describe('measureWords', () => {
  it('keeps column names out of what is counted', () => {
    const m = measureWords(
      'District Court felony cases filed in North Carolina during the state fiscal year: the sum over counties of the NC AOC caseload-inventory records with jurisdiction District Criminal, case_type Felonies, case_count Filed',
    );
    expect(m.counted).toBe('District Court felony cases filed in North Carolina during the state fiscal year');
    expect(m.technical).toContain('case_count Filed');
    expect(
      measureWords(
        'Violent crime offenses known to law enforcement: the violent_crime column of the FBI state estimates file',
      ).counted,
    ).toBe('Violent crime offenses known to law enforcement');
  });

  it('moves a bracketed table-cell code aside', () => {
    expect(
      measureWords("Total population of North Carolina as given by ACS table B05003 (B05003_001E, 'Estimate!!Total')"),
    ).toEqual({
      counted: 'Total population of North Carolina as given by ACS table B05003',
      technical: "B05003_001E, 'Estimate!!Total'",
    });
  });

  it('leaves a plain definition whole', () => {
    expect(measureWords('Detainers declined by local law enforcement, as ICE counted them')).toEqual({
      counted: 'Detainers declined by local law enforcement, as ICE counted them',
      technical: null,
    });
  });
});
