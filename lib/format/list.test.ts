import { listWords } from './list';

describe('listWords', () => {
  it('joins one, two and many names as running text', () => {
    expect(listWords([])).toBe('');
    expect(listWords(['Wake'])).toBe('Wake');
    expect(listWords(['Wake', 'Durham'])).toBe('Wake and Durham');
    expect(listWords(['Wake', 'Durham', 'Mecklenburg'])).toBe('Wake, Durham and Mecklenburg');
  });
});
