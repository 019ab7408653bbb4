import { yearAfter, yearBefore } from './academic-year-steps.js';

describe('academic year steps', () => {
  it('gives the year before and the year after, as the tier policy reads the latest outcomes', () => {
    expect(yearBefore('2024/25')).toBe('2023/24');
    expect(yearAfter('2024/25')).toBe('2025/26');
  });

  it('writes the second year with two digits across a decade and a century', () => {
    expect(yearBefore('2010/11')).toBe('2009/10');
    expect(yearBefore('2009/10')).toBe('2008/09');
    expect(yearAfter('2008/09')).toBe('2009/10');
    expect(yearBefore('2000/01')).toBe('1999/00');
    expect(yearAfter('1999/00')).toBe('2000/01');
  });
});
