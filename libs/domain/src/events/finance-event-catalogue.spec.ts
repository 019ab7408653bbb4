import type { FinanceEvent } from '../finance/finance.events.js';
import {
  budgetAgreed,
  coreDayLogged,
  rateCardSet,
  rechargeLogged,
  rechargeReversed,
} from '../finance/test-support/finance-fixtures.js';
import type { StoredEventShape } from '../shared/stored-event.js';
import { domainEventCodec } from './domain-event-codec.js';
import { EventCodecError } from './event-codec-error.js';
import { financeEventCatalogue } from './finance-event-catalogue.js';

const examples: FinanceEvent[] = [
  rateCardSet(),
  budgetAgreed(),
  budgetAgreed({ amountPence: 650_000, revisesAmountPence: 500_000 }),
  coreDayLogged({ days: 0.5 }),
  coreDayLogged({ commitmentId: 'c-1' }),
  rechargeLogged(),
  rechargeLogged({ commitmentId: 'c-1' }),
  rechargeLogged({ providerRole: 'hub-lead', providerAcademyId: null, days: 2, amountPence: 70_000 }),
  rechargeReversed(),
  rechargeReversed({ providerAcademyId: null }),
];

const stored = (event: FinanceEvent): StoredEventShape =>
  JSON.parse(JSON.stringify(domainEventCodec.encode(event))) as StoredEventShape;

function withData(event: FinanceEvent, data: Record<string, unknown>): StoredEventShape {
  const shape = stored(event);
  return { ...shape, data: { ...shape.data, ...data } };
}

describe('finance event catalogue', () => {
  it('stores every finance event under its own name, at schema version 1 but a core day, a recharge and its reversal, at 2', () => {
    expect(
      Object.entries(financeEventCatalogue).map(([type, entry]) => [type, entry.storedName, entry.schemaVersion]),
    ).toEqual([
      ['RateCardSet', 'RateCardSet', 1],
      ['ImprovementBudgetAgreed', 'ImprovementBudgetAgreed', 1],
      ['CoreDayLogged', 'CoreDayLogged', 2],
      ['RechargeLogged', 'RechargeLogged', 2],
      ['RechargeReversed', 'RechargeReversed', 2],
    ]);
  });

  it.each(examples)('round-trips $type through JSON with the domain codec', (event) => {
    const fromDatabase = stored(event);
    expect(fromDatabase.type).toBe(event.type);
    expect(fromDatabase.schemaVersion).toBe(financeEventCatalogue[event.type].schemaVersion);
    expect(domainEventCodec.decode(fromDatabase)).toEqual(event);
  });

  it.each<[string, StoredEventShape, string]>([
    [
      'rates that are not an object',
      withData(rateCardSet(), { rates: [35_000] }),
      'RateCardSet v1: data.rates must be an object, found [35000]',
    ],
    [
      'a rate card missing a role, naming the nested field',
      withData(rateCardSet(), { rates: { 'improvement-director': 1, 'hub-lead': 1, headteacher: 1, teacher: 1 } }),
      'RateCardSet v1: data.rates.support-staff must be a number, found nothing',
    ],
    [
      'an agreeing party that is not an object',
      withData(budgetAgreed(), { agreedBy: ['Ann Head'] }),
      'ImprovementBudgetAgreed v1: data.agreedBy must be a list of objects, found ["Ann Head"]',
    ],
    [
      'an agreeing party in a role outside the list, naming its position',
      withData(budgetAgreed(), {
        agreedBy: [
          { name: 'Ann Head', role: 'headteacher' },
          { name: 'Gus', role: 'governor' },
        ],
      }),
      'ImprovementBudgetAgreed v1: data.agreedBy[1].role must be one of headteacher, improvement-director, ' +
        'chief-executive, finance-director, found "governor"',
    ],
    [
      'a provider academy that is neither a string nor null',
      withData(rechargeLogged(), { providerAcademyId: 654321 }),
      'RechargeLogged v2: data.providerAcademyId must be a string or null, found 654321',
    ],
    [
      'a provider role outside the list',
      withData(rechargeLogged(), { providerRole: 'consultant' }),
      'RechargeLogged v2: data.providerRole must be one of improvement-director, hub-lead, headteacher, teacher, ' +
        'support-staff, found "consultant"',
    ],
    [
      'a reversal with no amount',
      withData(rechargeReversed(), { amountPence: undefined }),
      'RechargeReversed v2: data.amountPence must be a number, found nothing',
    ],
  ])('refuses %s', (_label, shape, message) => {
    expect(() => domainEventCodec.decode(shape)).toThrow(new EventCodecError(message));
  });

  describe('RechargeReversed v1, which did not carry the delivery day', () => {
    const { deliveredOn: _deliveredOn, ...v1Data } = rechargeReversed().data;
    const v1: StoredEventShape = { type: 'RechargeReversed', schemaVersion: 1, data: v1Data };
    const recharge = stored(rechargeLogged({ deliveredOn: '2024-10-03' }));

    it('asks the reader for the first event of its stream; v2 does not', () => {
      expect(domainEventCodec.readsStreamOrigin(v1)).toBe(true);
      expect(domainEventCodec.readsStreamOrigin(stored(rechargeReversed()))).toBe(false);
      expect(domainEventCodec.readsStreamOrigin(recharge)).toBe(false);
    });

    it('reads the delivery day from the recharge its stream begins with', () => {
      expect(domainEventCodec.decode({ ...v1, streamOrigin: recharge })).toEqual(rechargeReversed({ deliveredOn: '2024-10-03' }));
      expect(v1.data).not.toHaveProperty('deliveredOn');
    });

    it('cannot be read without its recharge, nor with another first event', () => {
      expect(() => domainEventCodec.decode(v1)).toThrow(
        new EventCodecError('cannot upcast RechargeReversed v1: it reads the first event of its stream, which was not looked up'),
      );
      expect(() => domainEventCodec.decode({ ...v1, streamOrigin: stored(rechargeLogged({ rechargeId: 'r-2' })) })).toThrow(
        new EventCodecError('cannot upcast RechargeReversed v1 of recharge r-1: its stream does not begin with that recharge'),
      );
    });
  });

  it.each([
    ['CoreDayLogged', coreDayLogged()],
    ['RechargeLogged', rechargeLogged()],
  ] as const)('reads a v1 %s as v2, delivering no support commitment it named (it could name none), the stored data untouched', (type, event) => {
    const { commitmentId: _dropped, ...v1 } = event.data as { commitmentId: string | null };
    const data = structuredClone(v1);
    expect(domainEventCodec.decode({ type, schemaVersion: 1, data })).toEqual({ type, data: { ...v1, commitmentId: null } });
    expect(data).toEqual(v1);
  });

  it('refuses a commitment id that is not text', () => {
    expect(() => domainEventCodec.decode(withData(coreDayLogged(), { commitmentId: 7 }))).toThrow(
      new EventCodecError('CoreDayLogged v2: data.commitmentId must be a string or null, found 7'),
    );
  });
});
