import type { Reconciliation } from '@trust/domain';
import type { NamedLedgerLine } from '../src/finance/named-finance.js';
import { parseRfc4180, rawBody } from './test-support/raw-body.js';
import { commandAnswer, errorAnswer, registerAcademy, startTestApp, type AuthenticatedAgent, type CommandAnswerBody, type TestApp } from './test-support/test-app.js';
import { tokenFor } from './test-support/tokens.js';

interface RechargeAnswerBody extends CommandAnswerBody {
  amountPence: number;
  academicYear: string;
}

const SUPPORTED = '610001';
const PROVIDER = '610002';
const THIRD = '610003';
const YEAR = '2024/25';
const TODAY = '2025-09-15';

// Seed 003: "£350 per day for the AID, HILs and Headteachers, £250 per day for teachers and £150 per day for support staff".
const SEED_RATES = { 'improvement-director': 35_000, 'hub-lead': 35_000, headteacher: 35_000, teacher: 25_000, 'support-staff': 15_000 };
const AGREED_BY = [
  { name: 'Ann Head', role: 'headteacher' },
  { name: 'Ian Director', role: 'improvement-director' },
  { name: 'Cath Executive', role: 'chief-executive' },
  { name: 'Fred Finance', role: 'finance-director' },
];

const recharge = (overrides: Record<string, unknown> = {}): Record<string, unknown> => ({
  supportedAcademyId: SUPPORTED,
  providerRole: 'teacher',
  providerAcademyId: PROVIDER,
  days: 1.5,
  deliveredOn: '2024-11-12',
  description: 'Phonics development: modelling in Year 1',
  ...overrides,
});

describe('Finance: rate cards, budgets, recharges, core days, the ledger and its reconciliation', () => {
  let api: TestApp;
  let finance: AuthenticatedAgent;

  beforeAll(async () => {
    // A fixed "today", so reversals are dated and future days refused deterministically.
    api = await startTestApp({ clock: () => new Date(`${TODAY}T09:00:00Z`) });
    finance = api.as(await tokenFor({ sub: 'fiona-finance', roles: ['finance'] }));
    for (const academyId of [SUPPORTED, PROVIDER, THIRD]) await registerAcademy(api.server, academyId);
  }, 60_000);

  afterAll(async () => {
    await api.close();
  });

  async function logRecharge(body: Record<string, unknown>): Promise<RechargeAnswerBody> {
    const response = await finance.post('/recharges').send(body).expect(201);
    return response.body as RechargeAnswerBody;
  }

  async function ledger(query: Record<string, string>): Promise<NamedLedgerLine[]> {
    const response = await finance.get('/finance/ledger').query({ minPosition: (await api.head()).toString(), ...query }).expect(200);
    return response.body as NamedLedgerLine[];
  }

  describe('POST /rate-cards', () => {
    it('sets the seed\'s rates for 2024/25, and the same rates again append nothing', async () => {
      const first = commandAnswer(await finance.post('/rate-cards').send({ academicYear: YEAR, rates: SEED_RATES }).expect(201));
      expect(first).toEqual({ id: YEAR, streamId: 'rate-card-2024-25', position: expect.stringMatching(/^\d+$/) as unknown, events: ['RateCardSet'] });

      const again = commandAnswer(await finance.post('/rate-cards').send({ academicYear: YEAR, rates: SEED_RATES }).expect(201));
      expect(again).toEqual({ ...first, events: [] });
      expect(await api.streamEvents('rate-card-2024-25')).toHaveLength(1);
    });

    it('400 naming each bad rate: odd, missing, not a number, or a role the card does not have', async () => {
      const odd = await finance.post('/rate-cards').send({ academicYear: YEAR, rates: { ...SEED_RATES, teacher: 25_001 } }).expect(400);
      expect(errorAnswer(odd).fields).toEqual(['rates.teacher']);
      const { 'hub-lead': _hubLead, ...missing } = SEED_RATES;
      expect(errorAnswer(await finance.post('/rate-cards').send({ academicYear: YEAR, rates: missing }).expect(400)).fields).toEqual(['rates.hub-lead']);
      expect(errorAnswer(await finance.post('/rate-cards').send({ academicYear: YEAR, rates: { ...SEED_RATES, teacher: '250' } }).expect(400)).fields).toEqual(['rates.teacher']);
      expect(errorAnswer(await finance.post('/rate-cards').send({ academicYear: YEAR, rates: { ...SEED_RATES, caretaker: 100 } }).expect(400)).fields).toEqual(['rates.caretaker']);
      expect(errorAnswer(await finance.post('/rate-cards').send({ academicYear: '2024/26', rates: SEED_RATES }).expect(400)).fields).toEqual(['academicYear']);
      expect(errorAnswer(await finance.post('/rate-cards').send({ academicYear: YEAR }).expect(400)).fields).toEqual(['rates']);
    });
  });

  describe('GET /finance/rate-card', () => {
    it("answers the year's own rates once set, and the seed's default rates for a year without a card", async () => {
      await finance.post('/rate-cards').send({ academicYear: '2021/22', rates: { ...SEED_RATES, 'support-staff': 16_000 } }).expect(201);
      const set = await finance.get('/finance/rate-card').query({ academicYear: '2021/22' }).expect(200);
      expect(set.body).toEqual({ academicYear: '2021/22', rates: { ...SEED_RATES, 'support-staff': 16_000 }, source: 'set' });
      const none = await finance.get('/finance/rate-card').query({ academicYear: '2020/21' }).expect(200);
      expect(none.body).toEqual({ academicYear: '2020/21', rates: SEED_RATES, source: 'default' });
    });

    it('prices as POST /recharges does: the rate it answers times the days is the amount logged', async () => {
      const { rates } = (await finance.get('/finance/rate-card').query({ academicYear: '2021/22' }).expect(200)).body as { rates: Record<string, number> };
      const logged = await logRecharge(recharge({ providerRole: 'support-staff', deliveredOn: '2022-02-08', days: 2.5 }));
      expect(logged.amountPence).toBe((rates['support-staff'] ?? 0) * 2.5);
    });

    it('400 naming a missing or bad academicYear', async () => {
      expect(errorAnswer(await finance.get('/finance/rate-card').expect(400)).fields).toEqual(['academicYear']);
      expect(errorAnswer(await finance.get('/finance/rate-card').query({ academicYear: '2024/26' }).expect(400)).fields).toEqual(['academicYear']);
    });
  });

  describe('POST /academies/:id/improvement-budgets', () => {
    it('records the budget agreed by all four, in pence', async () => {
      const answer = commandAnswer(
        await finance.post(`/academies/${SUPPORTED}/improvement-budgets`).send({ academicYear: YEAR, amountPence: 100_000, agreedBy: AGREED_BY }).expect(201),
      );
      expect(answer).toMatchObject({ id: SUPPORTED, streamId: `budget-${SUPPORTED}-2024-25`, events: ['ImprovementBudgetAgreed'] });
      await finance.post(`/academies/${PROVIDER}/improvement-budgets`).send({ academicYear: YEAR, amountPence: 500_000, agreedBy: AGREED_BY }).expect(201);
    });

    it('422 when one of the four has not agreed, naming them', async () => {
      const response = await finance
        .post(`/academies/${THIRD}/improvement-budgets`)
        .send({ academicYear: YEAR, amountPence: 100_000, agreedBy: AGREED_BY.filter((party) => party.role !== 'chief-executive') })
        .expect(422);
      expect(errorAnswer(response).message).toContain('not agreed by the chief executive');
    });

    it('400 naming the bad field, 404 for an unknown academy', async () => {
      const negative = await finance.post(`/academies/${THIRD}/improvement-budgets`).send({ academicYear: YEAR, amountPence: -1, agreedBy: AGREED_BY }).expect(400);
      expect(errorAnswer(negative).fields).toEqual(['amountPence']);
      const fractional = await finance.post(`/academies/${THIRD}/improvement-budgets`).send({ academicYear: YEAR, amountPence: 10.5, agreedBy: AGREED_BY }).expect(400);
      expect(errorAnswer(fractional).fields).toEqual(['amountPence']);
      const badRole = await finance
        .post(`/academies/${THIRD}/improvement-budgets`)
        .send({ academicYear: YEAR, amountPence: 100, agreedBy: [{ name: 'Someone', role: 'caretaker' }] })
        .expect(400);
      expect(errorAnswer(badRole).fields).toEqual(['agreedBy.0.role']);
      const unknown = await finance.post('/academies/699999/improvement-budgets').send({ academicYear: YEAR, amountPence: 100_000, agreedBy: AGREED_BY }).expect(404);
      expect(errorAnswer(unknown).message).toBe('academy 699999 is not registered');
    });
  });

  describe('POST /recharges', () => {
    it('prices each role at the seed\'s rate: 1.5 days of a teacher is 37500 pence', async () => {
      const teacher = await logRecharge(recharge());
      expect(teacher).toEqual({
        id: expect.stringMatching(/^[0-9a-f-]{36}$/) as unknown,
        streamId: `recharge-${teacher.id}`,
        position: expect.stringMatching(/^\d+$/) as unknown,
        events: ['RechargeLogged'],
        amountPence: 37_500,
        academicYear: YEAR,
      });
      expect((await logRecharge(recharge({ providerRole: 'headteacher', days: 1 }))).amountPence).toBe(35_000);
      expect((await logRecharge(recharge({ providerRole: 'support-staff', days: 0.5 }))).amountPence).toBe(7_500);
      expect((await logRecharge(recharge({ providerRole: 'improvement-director', providerAcademyId: null, days: 2 }))).amountPence).toBe(70_000);
      expect((await logRecharge(recharge({ providerRole: 'hub-lead', providerAcademyId: null, days: 0.5, supportedAcademyId: PROVIDER }))).amountPence).toBe(17_500);
      // A teacher the trust employs centrally: the income is the trust centre's.
      expect((await logRecharge(recharge({ providerAcademyId: null, days: 1, supportedAcademyId: THIRD }))).amountPence).toBe(25_000);
    });

    it('prices by the rate card in force for the year of deliveredOn', async () => {
      await finance.post('/rate-cards').send({ academicYear: '2023/24', rates: { ...SEED_RATES, teacher: 26_000 } }).expect(201);
      const lastYear = await logRecharge(recharge({ deliveredOn: '2024-07-10', days: 1.5 }));
      expect(lastYear).toMatchObject({ amountPence: 39_000, academicYear: '2023/24' });
      const [logged] = await api.streamEvents(lastYear.streamId);
      expect(logged?.data).toMatchObject({ ratePence: 26_000, amountPence: 39_000, academicYear: '2023/24' });
      // 2022/23 has no rate card: the default (seed) rates apply.
      expect((await logRecharge(recharge({ deliveredOn: '2023-03-01', days: 1 }))).amountPence).toBe(25_000);
    });

    it('404 when the supported or the provider academy is not registered', async () => {
      expect(errorAnswer(await finance.post('/recharges').send(recharge({ supportedAcademyId: '699998' })).expect(404)).message).toBe('academy 699998 is not registered');
      expect(errorAnswer(await finance.post('/recharges').send(recharge({ providerAcademyId: '699997' })).expect(404)).message).toBe('academy 699997 is not registered');
    });

    it('400 naming the bad field, and nothing is stored', async () => {
      const head = await api.head();
      const cases: [Record<string, unknown>, string[]][] = [
        [recharge({ days: 0.3 }), ['days']],
        [recharge({ days: 0 }), ['days']],
        [recharge({ days: '1' }), ['days']],
        [recharge({ providerRole: 'caretaker' }), ['providerRole']],
        [recharge({ providerAcademyId: undefined }), ['providerAcademyId']],
        [recharge({ providerAcademyId: '12345' }), ['providerAcademyId']],
        [recharge({ providerRole: 'improvement-director' }), ['providerAcademyId']],
        [recharge({ providerRole: 'headteacher', providerAcademyId: null }), ['providerAcademyId']],
        [recharge({ deliveredOn: '2025-09-16' }), ['deliveredOn']],
        [recharge({ deliveredOn: '2025-02-30' }), ['deliveredOn']],
        [recharge({ description: '' }), ['description']],
        [recharge({ supportedAcademyId: 610001 }), ['supportedAcademyId']],
        [{ ...recharge(), amountPence: 1 }, ['amountPence']],
      ];
      for (const [body, fields] of cases) {
        const response = await finance.post('/recharges').send(body);
        expect({ body, status: response.status, fields: errorAnswer(response).fields }).toEqual({ body, status: 400, fields });
      }
      expect(await api.head()).toBe(head);
    });

    it('422 when an academy would recharge itself', async () => {
      const response = await finance.post('/recharges').send(recharge({ providerAcademyId: SUPPORTED })).expect(422);
      expect(errorAnswer(response).message).toBe(`academy ${SUPPORTED} cannot recharge itself: the provider academy must be another academy of the trust`);
    });

    it('lets the improvement director log the support days they broker, recorded as theirs', async () => {
      const director = api.as(await tokenFor({ sub: 'ian-director', roles: ['improvement-director'] }));
      const answer = (await director.post('/recharges').send(recharge({ providerRole: 'improvement-director', providerAcademyId: null, days: 1, supportedAcademyId: THIRD })).expect(201))
        .body as RechargeAnswerBody;
      const [logged] = await api.streamEvents(answer.streamId);
      expect(logged?.metadata.actor).toEqual({ userId: 'ian-director', role: 'improvement-director' });
    });
  });

  describe('POST /recharges/:id/reversal', () => {
    it('posts the contra entries in the recharge\'s year, dated today; a second reversal is 409', async () => {
      const original = await logRecharge(recharge({ supportedAcademyId: THIRD, providerRole: 'teacher', days: 2, description: 'Maths mastery (logged against the wrong academy)' }));
      const reversal = (await finance.post(`/recharges/${original.id}/reversal`).send({ reason: 'Logged against the wrong academy' }).expect(201)).body as RechargeAnswerBody;
      expect(reversal).toEqual({
        id: original.id,
        streamId: original.streamId,
        position: expect.stringMatching(/^\d+$/) as unknown,
        events: ['RechargeReversed'],
        amountPence: 50_000,
        academicYear: YEAR,
      });

      const lines = (await ledger({ academicYear: YEAR })).filter((line) => line.rechargeId === original.id);
      expect(lines.map(({ date, account, debitPence, creditPence, position }) => ({ date, account, debitPence, creditPence, position }))).toEqual([
        { date: '2024-11-12', account: `academy:${THIRD}:improvement-spend`, debitPence: 50_000, creditPence: 0, position: original.position },
        { date: '2024-11-12', account: `academy:${PROVIDER}:improvement-income`, debitPence: 0, creditPence: 50_000, position: original.position },
        { date: TODAY, account: `academy:${THIRD}:improvement-spend`, debitPence: 0, creditPence: 50_000, position: reversal.position },
        { date: TODAY, account: `academy:${PROVIDER}:improvement-income`, debitPence: 50_000, creditPence: 0, position: reversal.position },
      ]);
      expect(lines[2]?.description).toBe(`Reversal of recharge ${original.id}: Logged against the wrong academy`);

      const again = await finance.post(`/recharges/${original.id}/reversal`).send({ reason: 'Again' }).expect(409);
      expect(errorAnswer(again).message).toBe(`recharge ${original.id} was already reversed on ${TODAY}`);
      expect(await api.streamEvents(original.streamId)).toHaveLength(2);
    });

    it('404 for a recharge never logged, 400 for a malformed id or reason', async () => {
      expect(errorAnswer(await finance.post('/recharges/no-such-recharge/reversal').send({ reason: 'Error' }).expect(404)).message).toBe('recharge no-such-recharge has not been logged');
      expect(errorAnswer(await finance.post(`/recharges/${encodeURIComponent('not an id!')}/reversal`).send({ reason: 'Error' }).expect(400)).fields).toEqual(['id']);
      expect(errorAnswer(await finance.post('/recharges/no-such-recharge/reversal').send({ reason: '' }).expect(400)).fields).toEqual(['reason']);
      expect(errorAnswer(await finance.post('/recharges/no-such-recharge/reversal').send({}).expect(400)).fields).toEqual(['reason']);
    });

    it('is finance\'s: the improvement director who logged a day may not reverse it', async () => {
      const director = api.as(await tokenFor({ sub: 'ian-director', roles: ['improvement-director'] }));
      await director.post('/recharges/no-such-recharge/reversal').send({ reason: 'Mine' }).expect(403);
    });
  });

  describe('POST /academies/:id/core-days', () => {
    it('logs up to six core days a year; the seventh is refused with 422 saying why', async () => {
      const director = api.as(await tokenFor({ sub: 'ian-director', roles: ['improvement-director'] }));
      const days = [
        { deliveredOn: '2024-10-08', days: 1, description: 'Autumn Academy Improvement Meeting' },
        { deliveredOn: '2024-11-20', days: 1.5, description: 'Curriculum review' },
        { deliveredOn: '2025-02-04', days: 1, description: 'Spring Academy Improvement Meeting' },
        { deliveredOn: '2025-03-18', days: 1.5, description: 'Leadership coaching' },
        { deliveredOn: '2025-06-10', days: 1, description: 'Summer Academy Improvement Meeting' },
      ];
      for (const day of days) {
        const answer = commandAnswer(await director.post(`/academies/${PROVIDER}/core-days`).send(day).expect(201));
        expect(answer).toMatchObject({ id: PROVIDER, streamId: `core-days-${PROVIDER}-2024-25`, events: ['CoreDayLogged'] });
      }

      const seventh = await director.post(`/academies/${PROVIDER}/core-days`).send({ deliveredOn: '2025-07-01', days: 1, description: 'Transition planning' }).expect(422);
      expect(errorAnswer(seventh).message).toBe(
        `academy ${PROVIDER} has used all 6 of its core improvement director days in 2024/25; further days are Academy Development Days, which are recharged`,
      );
      expect(await api.streamEvents(`core-days-${PROVIDER}-2024-25`)).toHaveLength(5);
      // The next year is a new entitlement.
      await director.post(`/academies/${PROVIDER}/core-days`).send({ deliveredOn: '2025-09-02', days: 1, description: 'Autumn planning' }).expect(201);
    });

    it('refuses days beyond what is left, saying how much is', async () => {
      const director = api.as(await tokenFor({ sub: 'ian-director', roles: ['improvement-director'] }));
      await director.post(`/academies/${THIRD}/core-days`).send({ deliveredOn: '2024-10-08', days: 5, description: 'Intensive support' }).expect(201);
      const response = await director.post(`/academies/${THIRD}/core-days`).send({ deliveredOn: '2024-12-08', days: 1.5, description: 'More support' }).expect(422);
      expect(errorAnswer(response).message).toContain('has 1 day left of its 6 core improvement director days in 2024/25, so 1.5 days cannot be logged as core days');
    });

    it('GET answers what is left as the command counts it: entitled, logged, taken by AIMs, left', async () => {
      const director = api.as(await tokenFor({ sub: 'ian-director', roles: ['improvement-director'] }));
      const third = await director.get(`/academies/${THIRD}/core-days`).query({ academicYear: YEAR }).expect(200);
      expect(third.body).toEqual({ academyId: THIRD, academicYear: YEAR, entitled: 6, logged: 5, aimDays: 0, left: 1 });
      const provider = await finance.get(`/academies/${PROVIDER}/core-days`).query({ academicYear: YEAR }).expect(200);
      expect(provider.body).toMatchObject({ logged: 6, left: 0 });
      const untouched = await finance.get(`/academies/${THIRD}/core-days`).query({ academicYear: '2022/23' }).expect(200);
      expect(untouched.body).toMatchObject({ logged: 0, aimDays: 0, left: 6 });
      expect(errorAnswer(await finance.get(`/academies/${THIRD}/core-days`).query({ academicYear: '2024-25' }).expect(400)).fields).toEqual(['academicYear']);
      await finance.get('/academies/699999/core-days').query({ academicYear: YEAR }).expect(404);
    });

    it('400 naming the bad field, 404 for an unknown academy; core days never reach the ledger', async () => {
      const director = api.as(await tokenFor({ sub: 'ian-director', roles: ['improvement-director'] }));
      expect(errorAnswer(await director.post(`/academies/${THIRD}/core-days`).send({ deliveredOn: '2024-10-08', days: 0.25, description: 'x' }).expect(400)).fields).toEqual(['days']);
      expect(errorAnswer(await director.post(`/academies/${THIRD}/core-days`).send({ deliveredOn: '8/10/2024', days: 1, description: 'x' }).expect(400)).fields).toEqual(['deliveredOn']);
      expect(errorAnswer(await director.post(`/academies/${THIRD}/core-days`).send({ deliveredOn: '2026-01-05', days: 1, description: 'x' }).expect(400)).fields).toEqual(['deliveredOn']);
      await director.post('/academies/699999/core-days').send({ deliveredOn: '2024-10-08', days: 1, description: 'x' }).expect(404);
      await finance.post(`/academies/${THIRD}/core-days`).send({ deliveredOn: '2024-10-08', days: 1, description: 'x' }).expect(403);
      expect((await ledger({ academicYear: YEAR })).some((line) => line.description === 'Intensive support')).toBe(false);
    });
  });

  describe('GET /finance/ledger', () => {
    it('answers the year\'s lines in posting order, debits equal to credits, each an integer of pence', async () => {
      const lines = await ledger({ academicYear: YEAR });
      expect(lines.length).toBeGreaterThan(0);
      const positions = lines.map((line) => BigInt(line.position));
      expect(positions).toEqual([...positions].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
      const debits = lines.reduce((total, line) => total + line.debitPence, 0);
      const credits = lines.reduce((total, line) => total + line.creditPence, 0);
      expect(debits).toBe(credits);
      for (const line of lines) {
        expect(Number.isSafeInteger(line.debitPence) && Number.isSafeInteger(line.creditPence)).toBe(true);
        expect(line.academicYear).toBe(YEAR);
        expect(Object.keys(line).sort()).toEqual(['academicYear', 'academyId', 'academyName', 'account', 'creditPence', 'date', 'debitPence', 'description', 'position', 'rechargeId']);
        expect(line.academyName).toBe(line.academyId === null ? null : `Academy ${line.academyId}`);
      }
      expect(await ledger({ academicYear: '2019/20' })).toEqual([]);
    });

    it('filters to one academy\'s accounts', async () => {
      const lines = await ledger({ academicYear: YEAR, academyId: PROVIDER });
      expect(lines.length).toBeGreaterThan(0);
      for (const line of lines) expect(line.account.startsWith(`academy:${PROVIDER}:`)).toBe(true);
    });

    it('with Accept: text/csv, a CSV download with a BOM, a header row, pence and pounds', async () => {
      const json = await ledger({ academicYear: YEAR });
      const response = await finance.get('/finance/ledger').query({ academicYear: YEAR }).set('Accept', 'text/csv').buffer(true).parse(rawBody).expect(200);

      expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
      expect(response.headers['content-disposition']).toBe('attachment; filename="recharge-ledger-2024-25.csv"');
      expect(response.headers['vary']).toContain('Accept');
      const bytes = response.body as Buffer;
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);

      const [header, ...records] = parseRfc4180(bytes.subarray(3).toString('utf8'));
      expect(header).toEqual(['rechargeId', 'date', 'academicYear', 'account', 'academyId', 'academyName', 'debitPence', 'creditPence', 'debitPounds', 'creditPounds', 'description', 'position']);
      expect(records).toEqual(
        json.map((line) => [
          line.rechargeId,
          line.date,
          line.academicYear,
          line.account,
          line.academyId ?? '',
          line.academyId === null ? '' : `Academy ${line.academyId}`,
          String(line.debitPence),
          String(line.creditPence),
          (line.debitPence / 100).toFixed(2),
          (line.creditPence / 100).toFixed(2),
          line.description,
          line.position,
        ]),
      );
      expect(records.some((record) => record[6] === '37500' && record[8] === '375.00')).toBe(true);
    });

    it('keeps commas, quotes, line breaks and accents intact, and defuses spreadsheet formulas', async () => {
      const awkward = await logRecharge(recharge({ supportedAcademyId: THIRD, days: 0.5, description: 'Zoë\'s "phonics", Year 1\nthen Year 2' }));
      const multiline = await logRecharge(recharge({ supportedAcademyId: THIRD, days: 0.5, description: 'Year 1\r\nYear 2\nYear 3' }));
      const formula = await logRecharge(recharge({ supportedAcademyId: THIRD, days: 0.5, description: '=HYPERLINK("http://example.com","click")' }));
      const response = await finance
        .get('/finance/ledger')
        .query({ academicYear: YEAR, academyId: THIRD, minPosition: formula.position })
        .set('Accept', 'text/csv')
        .buffer(true)
        .parse(rawBody)
        .expect(200);
      const records = parseRfc4180((response.body as Buffer).subarray(3).toString('utf8')).slice(1);
      expect(records.find((record) => record[0] === awkward.id)?.[10]).toBe('Zoë\'s "phonics", Year 1\nthen Year 2');
      expect(records.find((record) => record[0] === multiline.id)?.[10]).toBe('Year 1\r\nYear 2\nYear 3');
      expect(records.find((record) => record[0] === formula.id)?.[10]).toBe('\'=HYPERLINK("http://example.com","click")');
    });

    it('answers JSON unless CSV is preferred', async () => {
      for (const accept of ['application/json', '*/*', 'text/csv;q=0.5, application/json', 'text/html']) {
        const response = await finance.get('/finance/ledger').query({ academicYear: YEAR }).set('Accept', accept).expect(200);
        expect(response.headers['content-type']).toMatch(/^application\/json/);
      }
      const response = await finance.get('/finance/ledger').query({ academicYear: YEAR }).set('Accept', 'text/csv, application/json;q=0.9').expect(200);
      expect(response.headers['content-type']).toMatch(/^text\/csv/);
    });

    it('400 naming a missing or bad academicYear, a bad academyId or an unknown parameter', async () => {
      expect(errorAnswer(await finance.get('/finance/ledger').expect(400)).fields).toEqual(['academicYear']);
      expect(errorAnswer(await finance.get('/finance/ledger').query({ academicYear: '2024/26' }).expect(400)).fields).toEqual(['academicYear']);
      expect(errorAnswer(await finance.get('/finance/ledger').query({ academicYear: YEAR, academyId: 'oak' }).expect(400)).fields).toEqual(['academyId']);
      expect(errorAnswer(await finance.get('/finance/ledger').query({ academicYear: YEAR, year: '2024' }).expect(400)).fields).toEqual(['year']);
    });

    it('gives a headteacher their own academy\'s lines, and only when they name it', async () => {
      const head = api.as(await tokenFor({ sub: 'hana-head', roles: ['headteacher'], academies: [SUPPORTED] }));
      const response = await head.get('/finance/ledger').query({ academicYear: YEAR, academyId: SUPPORTED, minPosition: (await api.head()).toString() }).expect(200);
      const lines = response.body as NamedLedgerLine[];
      expect(lines.length).toBeGreaterThan(0);
      for (const line of lines) expect(line.academyId).toBe(SUPPORTED);

      expect(errorAnswer(await head.get('/finance/ledger').query({ academicYear: YEAR }).expect(403)).message).toBe('Not allowed: name one of your academies in academyId');
      await head.get('/finance/ledger').query({ academicYear: YEAR, academyId: PROVIDER }).expect(403);
      await head.get(`/finance/ledger?academicYear=2024/25&academyId=${SUPPORTED}&academyId=${PROVIDER}`).expect(403);
      await head.get('/finance/reconciliation').query({ academicYear: YEAR }).expect(403);
    });
  });

  it('documents the finance routes on /docs: the recharge answer with its amount, the ledger as JSON or CSV', async () => {
    const document = (await finance.get('/docs/openapi.json').expect(200)).body as {
      paths: Record<string, Record<string, { responses: Record<string, { content?: Record<string, { schema?: { $ref?: string; type?: string } }> }> }>>;
      components: { schemas: Record<string, unknown> };
    };
    for (const path of ['/recharges', '/recharges/{id}/reversal']) {
      expect(document.paths[path]?.['post']?.responses['201']?.content?.['application/json']?.schema?.$ref).toBe('#/components/schemas/RechargeAnswer');
    }
    expect(Object.keys(document.paths['/finance/ledger']?.['get']?.responses['200']?.content ?? {}).sort()).toEqual(['application/json', 'text/csv']);
    for (const schema of ['SetRateCardDto', 'AgreeImprovementBudgetDto', 'LogCoreDayDto', 'LogRechargeDto', 'ReverseRechargeDto', 'LedgerLineDto', 'ReconciliationDto']) {
      expect(document.components.schemas).toHaveProperty(schema);
    }
  });

  describe('GET /finance/reconciliation', () => {
    it('reconciles the year: budgets against spend, income, the trust centre, and totals that balance', async () => {
      const response = await finance.get('/finance/reconciliation').query({ academicYear: YEAR, minPosition: (await api.head()).toString() }).expect(200);
      const reconciliation = response.body as Reconciliation;
      const lines = await ledger({ academicYear: YEAR });
      const balance = (account: string) => lines.filter((line) => line.account === account).reduce((total, line) => total + line.debitPence - line.creditPence, 0);
      const creditBalance = (account: string) => lines.filter((line) => line.account === account).reduce((total, line) => total + line.creditPence - line.debitPence, 0);

      expect(reconciliation.academicYear).toBe(YEAR);
      expect(reconciliation.academies.map((academy) => academy.academyId)).toEqual([SUPPORTED, PROVIDER, THIRD]);
      for (const academy of reconciliation.academies) {
        expect(academy.spentPence).toBe(balance(`academy:${academy.academyId}:improvement-spend`));
        expect(academy.incomePence).toBe(creditBalance(`academy:${academy.academyId}:improvement-income`));
      }
      const [supported, provider, third] = reconciliation.academies;
      // 1.5 teacher + 1 headteacher + 0.5 support staff + 2 improvement director days (the 2023/24 and 2022/23 days count in their own years).
      expect(supported).toEqual({ academyId: SUPPORTED, name: `Academy ${SUPPORTED}`, budgetPence: 100_000, spentPence: 150_000, incomePence: 0, remainingPence: -50_000, overBudget: true });
      expect(provider).toMatchObject({ academyId: PROVIDER, budgetPence: 500_000, spentPence: 17_500, remainingPence: 482_500, overBudget: false });
      expect(third).toMatchObject({ academyId: THIRD, budgetPence: null, remainingPence: null, overBudget: true });
      expect(reconciliation.totals.debitsPence).toBe(reconciliation.totals.creditsPence);
      expect(reconciliation.totals.internalNetPence).toBe(0);
      expect(reconciliation.trustCentre.incomePence).toBe(creditBalance('trust-centre:improvement-income'));
    });

    it('400 without a valid academicYear; an empty year reconciles to zero', async () => {
      expect(errorAnswer(await finance.get('/finance/reconciliation').expect(400)).fields).toEqual(['academicYear']);
      const empty = await finance.get('/finance/reconciliation').query({ academicYear: '2019/20' }).expect(200);
      expect(empty.body).toEqual({ academicYear: '2019/20', academies: [], trustCentre: { incomePence: 0 }, totals: { debitsPence: 0, creditsPence: 0, internalNetPence: 0 } });
    });
  });
});
