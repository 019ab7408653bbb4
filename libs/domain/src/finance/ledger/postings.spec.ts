import type { DomainEvent } from '../../events/domain-event.js';
import {
  budgetAgreed,
  coreDayLogged,
  PROVIDER,
  rateCardSet,
  rechargeLogged,
  rechargeReversed,
  SUPPORTED,
} from '../test-support/finance-fixtures.js';
import { postingsFor } from './postings.js';

describe('postingsFor', () => {
  it('posts a recharge as a debit to the supported academy and an equal credit to the provider academy', () => {
    expect(postingsFor(rechargeLogged())).toEqual([
      {
        rechargeId: 'r-1',
        academicYear: '2024/25',
        date: '2024-11-12',
        account: `academy:${SUPPORTED}:improvement-spend`,
        academyId: SUPPORTED,
        debitPence: 52_500,
        creditPence: 0,
        description: 'Phonics development day',
      },
      {
        rechargeId: 'r-1',
        academicYear: '2024/25',
        date: '2024-11-12',
        account: `academy:${PROVIDER}:improvement-income`,
        academyId: PROVIDER,
        debitPence: 0,
        creditPence: 52_500,
        description: 'Phonics development day',
      },
    ]);
  });

  it('credits the trust centre for centrally employed staff', () => {
    const [, income] = postingsFor(rechargeLogged({ providerRole: 'improvement-director', providerAcademyId: null }));
    expect(income).toMatchObject({
      account: 'trust-centre:improvement-income',
      academyId: null,
      debitPence: 0,
      creditPence: 52_500,
    });
  });

  it('posts a reversal as the contra entries, in the original academic year, dated when reversed', () => {
    expect(postingsFor(rechargeReversed({ reversedOn: '2025-09-20' }))).toEqual([
      {
        rechargeId: 'r-1',
        academicYear: '2024/25',
        date: '2025-09-20',
        account: `academy:${SUPPORTED}:improvement-spend`,
        academyId: SUPPORTED,
        debitPence: 0,
        creditPence: 52_500,
        description: 'Reversal of recharge r-1: Logged against the wrong academy',
      },
      {
        rechargeId: 'r-1',
        academicYear: '2024/25',
        date: '2025-09-20',
        account: `academy:${PROVIDER}:improvement-income`,
        academyId: PROVIDER,
        debitPence: 52_500,
        creditPence: 0,
        description: 'Reversal of recharge r-1: Logged against the wrong academy',
      },
    ]);
  });

  it('debits the trust centre when reversing a centrally employed provider', () => {
    const [, income] = postingsFor(rechargeReversed({ providerAcademyId: null }));
    expect(income).toMatchObject({ account: 'trust-centre:improvement-income', academyId: null, debitPence: 52_500 });
  });

  it.each<DomainEvent>([rateCardSet(), budgetAgreed(), coreDayLogged()])('posts nothing for $type', (event) => {
    expect(postingsFor(event)).toEqual([]);
  });
});
