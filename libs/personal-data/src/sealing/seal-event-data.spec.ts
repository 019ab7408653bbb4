import { randomBytes } from 'node:crypto';
import { sealToBase64 } from '../field-cipher.js';
import type { SubjectKey, SubjectName } from '../subject-key-store.js';
import { openEventData, sealEventData, subjectsToOpen, subjectsToSeal } from './seal-event-data.js';
import { ERASED } from './sealed-value.js';

const RECORD: SubjectName = 'record:aim-aim-1:2024/25';

const aimHeld = {
  aimId: 'aim-1',
  academyId: '141023',
  academicYear: '2024/25',
  format: 'one-day',
  heldOn: '2025-03-12',
  attendees: [
    { name: 'Dr Amira Shah', role: 'headteacher', chair: false, staffId: null },
    { name: 'Tom Reed', role: 'improvement-director', chair: true, staffId: null },
  ],
  judgements: [{ heading: 'Quality of education', judgement: 'good', comment: 'Reading is strong; Tom Reed to visit again' }],
  priorities: [{ priority: 'Maths fluency in Year 4', rag: 'amber' }],
  nextSteps: ['Share the maths plan', 'Review attendance'],
};

const expertise = { staffId: 'st-9', name: 'Priya Nair', employerAcademyId: '141023', role: 'teacher', areas: ['maths'], otherAreas: ['Chess club'], registeredOn: '2025-01-10' };

function liveKeys(subjects: readonly SubjectName[]): Map<SubjectName, Buffer> {
  return new Map(subjects.map((subject) => [subject, randomBytes(32)]));
}

function forOpening(keys: ReadonlyMap<SubjectName, Buffer>, destroyed: readonly SubjectName[] = []): Map<SubjectName, SubjectKey> {
  return new Map([...keys].map(([subject, key]): [SubjectName, SubjectKey] => [subject, destroyed.includes(subject) ? { state: 'destroyed', destroyedAt: new Date(0) } : { state: 'live', key }]));
}

describe('sealing an event\'s personal data', () => {
  it('seals each personal field under its subject\'s key and free text under the record\'s; the rest stays readable', () => {
    expect(subjectsToSeal('ExpertiseRegistered', expertise, RECORD).sort()).toEqual([RECORD, 'staff:st-9']);
    const keys = liveKeys(subjectsToSeal('ExpertiseRegistered', expertise, RECORD));
    const sealed = sealEventData('ExpertiseRegistered', expertise, RECORD, keys);
    expect(JSON.stringify(sealed)).not.toContain('Priya');
    expect(JSON.stringify(sealed)).not.toContain('Chess');
    expect(sealed).toMatchObject({ staffId: 'st-9', employerAcademyId: '141023', role: 'teacher', areas: ['maths'], registeredOn: '2025-01-10' });
    expect(subjectsToOpen('ExpertiseRegistered', sealed).sort()).toEqual([RECORD, 'staff:st-9']);
    expect(openEventData('ExpertiseRegistered', sealed, forOpening(keys))).toEqual(expertise);
  });

  it('seals nested lists field by field: names without an id, comments, priorities and next steps under the record', () => {
    expect(subjectsToSeal('AimHeld', aimHeld, RECORD)).toEqual([RECORD]);
    const keys = liveKeys([RECORD]);
    const sealed = sealEventData('AimHeld', aimHeld, RECORD, keys);
    for (const secret of ['Amira', 'Tom Reed', 'Reading is strong', 'Maths fluency', 'Share the maths plan']) expect(JSON.stringify(sealed)).not.toContain(secret);
    expect(sealed).toMatchObject({ attendees: [{ role: 'headteacher', chair: false, staffId: null }, { role: 'improvement-director', chair: true, staffId: null }], judgements: [{ heading: 'Quality of education', judgement: 'good' }], priorities: [{ rag: 'amber' }] });
    expect(openEventData('AimHeld', sealed, forOpening(keys))).toEqual(aimHeld);
  });

  it("seals an AIM attendee's name under their staff id when they have one, so erasing them reaches it; a v1 attendee's under the record", () => {
    const withStaff = { ...aimHeld, attendees: [{ ...aimHeld.attendees[0], staffId: 'st-41' }, aimHeld.attendees[1]] };
    expect(subjectsToSeal('AimHeld', withStaff, RECORD).sort()).toEqual([RECORD, 'staff:st-41']);
    const keys = liveKeys([RECORD, 'staff:st-41']);
    const sealed = sealEventData('AimHeld', withStaff, RECORD, keys);
    expect(sealed).toMatchObject({ attendees: [{ staffId: 'st-41' }, { staffId: null }] });
    expect(subjectsToOpen('AimHeld', sealed).sort()).toEqual([RECORD, 'staff:st-41']);
    const opened = openEventData('AimHeld', sealed, forOpening(keys, ['staff:st-41']));
    expect(opened).toEqual({ ...withStaff, attendees: [{ ...withStaff.attendees[0], name: ERASED }, withStaff.attendees[1]] });
    const v1 = { ...aimHeld, attendees: aimHeld.attendees.map(({ staffId: _none, ...attendee }) => attendee) };
    expect(subjectsToSeal('AimHeld', v1, RECORD)).toEqual([RECORD]);
  });

  it('shows [erased] for what a destroyed key sealed, and only that, in the shape the field had', () => {
    const keys = liveKeys(subjectsToSeal('ExpertiseRegistered', expertise, RECORD));
    const sealed = sealEventData('ExpertiseRegistered', expertise, RECORD, keys);
    expect(openEventData('ExpertiseRegistered', sealed, forOpening(keys, ['staff:st-9']))).toEqual({ ...expertise, name: ERASED });
    expect(openEventData('ExpertiseRegistered', sealed, forOpening(keys, ['staff:st-9', RECORD]))).toEqual({ ...expertise, name: ERASED, otherAreas: [ERASED] });
  });

  it('keeps nothing new about a subject already erased', () => {
    const keys = new Map<SubjectName, Buffer | null>([
      ['staff:st-9', null],
      [RECORD, randomBytes(32)],
    ]);
    expect(sealEventData('ExpertiseRegistered', expertise, RECORD, keys).name).toBe(ERASED);
  });

  it('never shows ciphertext as data: a missing key is an error, and data stored before sealing reads as it is', () => {
    const keys = liveKeys(subjectsToSeal('ExpertiseRegistered', expertise, RECORD));
    const sealed = sealEventData('ExpertiseRegistered', expertise, RECORD, keys);
    expect(() => openEventData('ExpertiseRegistered', sealed, new Map())).toThrow(/no key for/);
    expect(openEventData('ExpertiseRegistered', expertise, new Map())).toEqual(expertise);
  });

  it('leaves events with no personal data as they are', () => {
    const kpi = { academyId: '141023', academicYear: '2024/25', term: 'spring', kpi: 'attendance', value: 94.2, nationalAverage: 93.5, source: 'published' };
    expect(subjectsToSeal('KpiRecorded', kpi, RECORD)).toEqual([]);
    expect(sealEventData('KpiRecorded', kpi, RECORD, new Map())).toEqual(kpi);
  });

  describe('several texts of one subject in one event', () => {
    const sealedAim = (): { keys: Map<SubjectName, Buffer>; sealed: Record<string, unknown> } => {
      const keys = liveKeys([RECORD]);
      return { keys, sealed: sealEventData('AimHeld', aimHeld, RECORD, keys) };
    };
    const textsOf = (data: unknown): string[] => JSON.stringify(data).match(/"sealed:v[123]:[^"]*"/g) ?? [];
    const isCarrier = (text: string): boolean => text.split('.').length > 2;

    it('seals them together, one text carrying the group and its subject, the others naming only their group and place', () => {
      const { sealed } = sealedAim();
      const texts = textsOf(sealed);
      expect(texts.length).toBeGreaterThan(5);
      expect(texts.every((text) => text.startsWith('"sealed:v3:0.'))).toBe(true);
      expect(texts.filter(isCarrier)).toHaveLength(1);
      expect(texts.find(isCarrier)!.endsWith(`.${RECORD}"`)).toBe(true);
      expect(texts.filter((text) => !isCarrier(text)).every((text) => /^"sealed:v3:0\.\d+"$/.test(text))).toBe(true);
    });

    it('opens them whatever order the store keeps their fields in (jsonb sorts keys)', () => {
      const { keys, sealed } = sealedAim();
      const reordered = JSON.parse(JSON.stringify(sealed, (_key, value: unknown) => (typeof value === 'object' && value !== null && !Array.isArray(value) ? Object.fromEntries(Object.entries(value).reverse()) : value))) as Record<string, unknown>;
      expect(openEventData('AimHeld', reordered, forOpening(keys))).toEqual(aimHeld);
    });

    it('shows [erased] in every place of the group once its key is destroyed', () => {
      const { keys, sealed } = sealedAim();
      const opened = openEventData('AimHeld', sealed, forOpening(keys, [RECORD]));
      expect(opened).toMatchObject({ attendees: [{ name: ERASED }, { name: ERASED }], judgements: [{ comment: ERASED }], priorities: [{ priority: ERASED }], nextSteps: [ERASED, ERASED] });
    });

    it('refuses a text moved to another field, a place lost, or the carrier lost: never shows sealed text as data', () => {
      const { keys, sealed } = sealedAim();
      const attendees = sealed['attendees'] as Record<string, unknown>[];
      const nextSteps = sealed['nextSteps'] as string[];
      const moved = { ...sealed, nextSteps: [attendees[1]!['name'], nextSteps[1]], attendees: [attendees[0], { ...attendees[1], name: nextSteps[0] }] };
      expect(() => openEventData('AimHeld', moved, forOpening(keys))).toThrow();
      const placeLost = { ...sealed, nextSteps: [nextSteps[0]] };
      expect(() => openEventData('AimHeld', placeLost, forOpening(keys))).toThrow(/broken|did not/);
      const carrier = textsOf(sealed).find(isCarrier)!.slice(1, -1);
      const carrierLost = JSON.parse(JSON.stringify(sealed).replace(carrier, carrier.split('.').slice(0, 2).join('.'))) as Record<string, unknown>;
      expect(() => openEventData('AimHeld', carrierLost, forOpening(keys))).toThrow(/lost the text that carries it/);
      const otherSubject = JSON.parse(JSON.stringify(sealed).replace(`.${RECORD}"`, '.record:aim-aim-2:2024/25"')) as Record<string, unknown>;
      expect(() => openEventData('AimHeld', otherSubject, forOpening(new Map([...keys, ['record:aim-aim-2:2024/25', keys.get(RECORD)!]])))).toThrow(/did not open/);
    });

    it('numbers each subject\'s group within the event: a single text is a group of one, beside a group of another subject', () => {
      const withStaff = { ...aimHeld, attendees: [{ ...aimHeld.attendees[0], staffId: 'st-41' }, aimHeld.attendees[1]] };
      const keys = liveKeys([RECORD, 'staff:st-41']);
      const sealed = sealEventData('AimHeld', withStaff, RECORD, keys);
      const name = (sealed['attendees'] as { name: string }[])[0]!.name;
      expect(name).toMatch(/^sealed:v3:\d\.0\.[A-Za-z0-9+/=]+\.staff:st-41$/);
      expect(textsOf(sealed).filter(isCarrier)).toHaveLength(2);
      expect(openEventData('AimHeld', sealed, forOpening(keys))).toEqual(withStaff);
      expect(openEventData('AimHeld', sealed, forOpening(keys, ['staff:st-41']))).toEqual({ ...withStaff, attendees: [{ ...withStaff.attendees[0], name: ERASED }, withStaff.attendees[1]] });
    });
  });

  describe('texts sealed in the earlier forms, still in the store', () => {
    const key = randomBytes(32);
    const keys = forOpening(new Map([[RECORD, key]]));
    const encoded = Buffer.from(RECORD, 'utf8').toString('base64url');

    it('opens a text sealed alone (v1), bound to its field path and subject', () => {
      const v1 = `sealed:v1:${encoded}.${sealToBase64('Share the maths plan', key, `AimHeld:nextSteps|${RECORD}`)}`;
      const stored = { ...aimHeld, nextSteps: [v1] };
      expect(subjectsToOpen('AimHeld', stored)).toEqual([RECORD]);
      expect(openEventData('AimHeld', stored, keys)).toEqual({ ...aimHeld, nextSteps: ['Share the maths plan'] });
      expect(openEventData('AimHeld', stored, forOpening(new Map([[RECORD, key]]), [RECORD]))).toEqual({ ...aimHeld, nextSteps: [ERASED] });
    });

    it('opens a v2 group, whose every text names its subject in base64', () => {
      const sealed = sealToBase64(['Share the maths plan', 'Review attendance'], key, `${RECORD}|AimHeld:nextSteps\nAimHeld:nextSteps`);
      const stored = { ...aimHeld, nextSteps: [`sealed:v2:${encoded}.0.${sealed}`, `sealed:v2:${encoded}.1`] };
      expect(subjectsToOpen('AimHeld', stored)).toEqual([RECORD]);
      expect(openEventData('AimHeld', stored, keys)).toEqual(aimHeld);
    });
  });
});
