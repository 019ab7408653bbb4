import { DEFAULT_RATES } from '@trust/domain';
import { ratesInWords } from './set-rate-card.dto.js';

describe('the rate card in words', () => {
  it('names the default rates as the trust document does, roles on one rate together', () => {
    expect(ratesInWords(DEFAULT_RATES)).toBe('£350 a day for the improvement director, hub leads and headteachers, £250 for teachers, £150 for support staff');
  });

  it('follows the rates it is given', () => {
    expect(ratesInWords({ ...DEFAULT_RATES, teacher: 35_000, 'support-staff': 15_050 })).toBe(
      '£350 a day for the improvement director, hub leads, headteachers and teachers, £150.50 for support staff',
    );
  });
});
