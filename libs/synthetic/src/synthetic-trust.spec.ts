import { domainEventCodec, effectiveDateOf } from '@trust/domain';
import { dryRunSyntheticTrust, type SyntheticAppend } from '@trust/synthetic';

async function appendsOf(seed: number, academies = 6, years = 3): Promise<SyntheticAppend[]> {
  const appends: SyntheticAppend[] = [];
  await dryRunSyntheticTrust({ academies, years, seed }, (append) => appends.push(append));
  return appends;
}

describe('synthetic trust', () => {
  it('is the same trust for the same seed, and another for another seed', async () => {
    const first = await appendsOf(42);
    const second = await appendsOf(42);
    expect(JSON.stringify(second)).toBe(JSON.stringify(first));
    const other = await appendsOf(43);
    expect(JSON.stringify(other)).not.toBe(JSON.stringify(first));
  });

  it('stores only events the domain codec reads back unchanged, each with a date in the school world', async () => {
    const types = new Map<string, number>();
    for (const append of await appendsOf(7, 8, 3)) {
      expect(append.events.length).toBeGreaterThan(0);
      for (const event of append.events) {
        const decoded = domainEventCodec.decode(event);
        expect(domainEventCodec.encode(decoded)).toEqual({ type: event.type, schemaVersion: event.schemaVersion, data: event.data });
        expect(() => effectiveDateOf(decoded)).not.toThrow();
        expect(event.metadata.actor.userId).toBe('synthetic-loader');
        types.set(event.type, (types.get(event.type) ?? 0) + 1);
      }
    }
    for (const type of [
      'AcademyRegistered', 'KpiTargetSet', 'KpiRecorded', 'KpiCorrected', 'InspectionRecorded', 'AnnualReviewRecorded', 'OutcomeRecorded',
      'RiskAssessed', 'BaselineAssessed', 'SipAssigned', 'SipVisitRecorded', 'CommissionedReviewCompleted', 'TierAssigned', 'RateCardSet',
      'ImprovementBudgetAgreed', 'CoreDayLogged', 'RechargeLogged', 'AimScheduled', 'AimFocusAgreed', 'AimDocumentSubmitted', 'AimHeld', 'AimReportPublished',
    ]) {
      expect({ type, seen: (types.get(type) ?? 0) > 0 }).toEqual({ type, seen: true });
    }
  });

  it('asks for each append with the version its stream is at', async () => {
    const versions = new Map<string, number>();
    for (const append of await appendsOf(9, 5, 2)) {
      const current = versions.get(append.streamId);
      expect(append.expectedVersion).toBe(current === undefined ? 'no-stream' : current);
      versions.set(append.streamId, (current ?? -1) + append.events.length);
    }
  });

  it('never repeats an event id or creates a stream twice, even in a large trust', async () => {
    const eventIds = new Set<string>();
    const created = new Set<string>();
    let events = 0;
    await dryRunSyntheticTrust({ academies: 400, years: 1, seed: 5 }, (append) => {
      if (append.expectedVersion === 'no-stream') {
        expect(created.has(append.streamId)).toBe(false);
        created.add(append.streamId);
      }
      for (const event of append.events) {
        eventIds.add(event.eventId);
        events += 1;
      }
    });
    expect(eventIds.size).toBe(events);
    expect([...eventIds].every((id) => /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-8[0-9a-f]{3}-[0-9a-f]{12}$/.test(id))).toBe(true);
  });

  it('gives every academy the same events however the trust is sharded', async () => {
    const academyStream = (appends: SyntheticAppend[]): string =>
      JSON.stringify(appends.filter((append) => append.streamId === 'academy-130003').map((append) => append.events.map((event) => event.type === 'TierAssigned' ? event.type : event.data)));
    const whole = await appendsOf(11, 4, 2);
    const { synthesizeTrust } = await import('@trust/synthetic');
    const sharded: SyntheticAppend[] = [];
    const generator = synthesizeTrust({ academies: 4, years: 2, seed: 11 }, { shard: 2, shards: 3 });
    let position = 0n;
    let step = await generator.next();
    while (step.done !== true) {
      sharded.push(step.value);
      position += BigInt(step.value.events.length);
      step = await generator.next({ streamId: step.value.streamId, nextExpectedVersion: 0, firstPosition: position, lastPosition: position });
    }
    expect(academyStream(sharded)).toBe(academyStream(whole));
  });
});
