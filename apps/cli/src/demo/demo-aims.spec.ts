import { aimDecider, type AimCommand, type AimEvent, type AimState } from '@trust/domain';
import { buildDemoAims, type DemoAim } from './demo-aims.js';
import { buildDemoTrust } from './demo-trust.js';

/** Wednesday 12 March 2025, a school day; Saturday 15 March is not. */
const SCHOOL_DAY = '2025-03-12';
const SATURDAY = '2025-03-15';

/** Runs the demo's commands for one AIM through the decider, as the API would on `today`. */
function decide(aim: DemoAim, today: string): AimEvent[] {
  const context = { now: new Date(`${today}T12:00:00Z`) };
  const aimId = aim.key;
  const commands: AimCommand[] = [
    { type: 'ScheduleAim', aimId, academyId: aim.academyId, date: aim.date, format: aim.format },
    { type: 'AgreeAimFocus', aimId, focus: aim.focus },
    ...aim.documents.map((document): AimCommand => ({ type: 'SubmitAimDocument', aimId, documentType: document.type, rag: document.rag ?? null })),
    ...(aim.checkDocuments ? [{ type: 'CheckAimDocuments', aimId, checkedOn: today } as const] : []),
    ...(aim.meeting === null ? [] : [{ type: 'HoldAim', aimId, ...aim.meeting } as AimCommand]),
    ...(aim.report === null ? [] : [{ type: 'PublishAimReport', aimId, summary: aim.report.summary } as const]),
  ];
  let state: AimState = aimDecider.initialState();
  const events: AimEvent[] = [];
  for (const command of commands) {
    const decided = aimDecider.decide(command, state, context);
    decided.forEach((event) => {
      state = aimDecider.evolve(state, event);
    });
    events.push(...decided);
  }
  return events;
}

describe('the demo AIMs', () => {
  const academies = buildDemoTrust();

  it('given a school day, gives every academy three AIMs, the first held today and reported, and every command is one the domain accepts', () => {
    const aims = buildDemoAims(academies, SCHOOL_DAY);
    expect(aims).toHaveLength(academies.length * 3);
    for (const academy of academies) expect(aims.filter((aim) => aim.academyId === academy.academyId)).toHaveLength(3);

    const events = aims.flatMap((aim) => decide(aim, SCHOOL_DAY));
    expect(events.filter((event) => event.type === 'AimScheduled')).toHaveLength(aims.length);
    expect(events.filter((event) => event.type === 'AimHeld')).toHaveLength(academies.length - 1);
    expect(events.filter((event) => event.type === 'AimReportPublished')).toHaveLength(academies.length - 1);
    expect(new Set(aims.map((aim) => aim.key)).size).toBe(aims.length);
  });

  it('records one academy\'s missing documents overdue when the demo runs the check', () => {
    const aims = buildDemoAims(academies, SCHOOL_DAY);
    const overdue = aims.filter((aim) => aim.checkDocuments).flatMap((aim) => decide(aim, SCHOOL_DAY)).filter((event) => event.type === 'AimDocumentsOverdue');
    expect(overdue).toEqual([
      {
        type: 'AimDocumentsOverdue',
        data: expect.objectContaining({ missing: ['headteacher-report', 'improvement-plan', 'previous-aim-report'], dueOn: '2025-03-05', checkedOn: SCHOOL_DAY }) as unknown,
      },
    ]);
  });

  it('given a Saturday, schedules from the next school day and holds nothing', () => {
    const aims = buildDemoAims(academies, SATURDAY);
    expect(aims[0]?.date).toBe('2025-03-17');
    expect(aims.every((aim) => aim.meeting === null && aim.report === null)).toBe(true);
    expect(aims.flatMap((aim) => decide(aim, SATURDAY)).filter((event) => event.type === 'AimDocumentsOverdue')).toHaveLength(1);
  });

  it('is the same demo on every run of the same day', () => {
    expect(buildDemoAims(academies, SCHOOL_DAY)).toEqual(buildDemoAims(academies, SCHOOL_DAY));
  });
});
