import { academiesConcerned, auditTrailEntryOf } from './audit-trail.js';

describe('academiesConcerned', () => {
  it("names an academy's own events by their academyId", () => {
    expect(academiesConcerned({ academyId: '138201', kpi: 'progress' })).toEqual(['138201']);
  });

  it('names both academies of a recharge, and only the supported one when the trust centre provides', () => {
    expect(academiesConcerned({ rechargeId: 'r-1', supportedAcademyId: '140002', providerAcademyId: '140001' })).toEqual(['140001', '140002']);
    expect(academiesConcerned({ rechargeId: 'r-2', supportedAcademyId: '140002', providerAcademyId: null })).toEqual(['140002']);
  });

  it("names a visit's host, an expert's employer and a peer review group's member academies, once each", () => {
    expect(academiesConcerned({ visitId: 'v-1', hostAcademyId: '150001' })).toEqual(['150001']);
    expect(academiesConcerned({ personId: 'p-1', employerAcademyId: '150002' })).toEqual(['150002']);
    expect(
      academiesConcerned({
        groupId: 'g-1',
        members: [
          { headteacherId: 'h-2', academyId: '150003' },
          { headteacherId: 'h-1', academyId: '150001' },
          { headteacherId: 'h-3', academyId: '150003' },
          'not a member',
        ],
      }),
    ).toEqual(['150001', '150003']);
  });

  it('names none for a trust-wide event, or where the field is not a URN', () => {
    expect(academiesConcerned({ academicYear: '2024/25', rates: {} })).toEqual([]);
    expect(academiesConcerned({ academyId: 42, hostAcademyId: '12345' })).toEqual([]);
  });
});

describe('auditTrailEntryOf', () => {
  it('keeps the event as stored, with its metadata spread into columns', () => {
    const recordedAt = new Date('2025-01-02T03:04:05.678Z');
    expect(
      auditTrailEntryOf({
        eventId: 'e-1',
        streamId: 'academy-138201',
        streamVersion: 3,
        position: 17n,
        type: 'KpiRecorded',
        schemaVersion: 2,
        data: { academyId: '138201', value: 70 },
        metadata: { actor: { userId: 'idir', role: 'improvement-director' }, correlationId: 'c-1', causationId: 'r-1', idempotencyKey: 'k-1' },
        recordedAt,
      }),
    ).toEqual({
      position: 17n,
      eventId: 'e-1',
      streamId: 'academy-138201',
      streamVersion: 3,
      type: 'KpiRecorded',
      schemaVersion: 2,
      actorUserId: 'idir',
      actorRole: 'improvement-director',
      correlationId: 'c-1',
      causationId: 'r-1',
      idempotencyKey: 'k-1',
      recordedAt,
      academyIds: ['138201'],
      data: { academyId: '138201', value: 70 },
    });
  });
});
