import {
  addDays,
  AIM_DOCUMENT_TYPES,
  AIM_DOCUMENTS_DUE_DAYS_BEFORE,
  EIF_2024_AREAS,
  EIF_GRADES,
  nextSchoolDay,
  RAG_RATED_AIM_DOCUMENTS,
  TERMS,
  type AimDocumentType,
  type AimFormat,
  type IsoDate,
} from '@trust/domain';
import { DEMO_PAST_YEAR, parseDemoToday, schoolDayBefore, schoolDayFrom, schoolDaysAfter } from './demo-calendar.js';
import { idOf } from './demo-ids.js';
import { demoHeadteacherId } from './demo-peer-reviews.js';
import { planRequestOn, type DemoPlanRequest } from './demo-plans.js';
import type { DemoAcademy } from './demo-trust.js';
import { seededRandom, type Random } from './prng.js';

/**
 * The demo's Academy Improvement Meetings (seed 003). Its past is fixed: for every academy, the three AIMs of
 * its last complete year (autumn, spring, summer), recorded after the fact with the days things happened:
 * the focus, the six documents (one academy's first two sent late), the meeting chaired by the improvement
 * director with a judgement under each inspection heading, the priorities of the academy's improvement plan
 * for the year RAG rated (demo-plans.ts: each named by its id, rated from its KPI's figure of the term) and
 * next steps, and the report; after each, what the meeting changed in the plan (confirmed at the first, a
 * priority still red amended at the second, the actions moved on, the year closed after the last). Only what lies ahead is dated from the demo's today: each academy's next AIM a few weeks on, and one
 * academy's AIM arranged at short notice for the next school day with half its documents in, whose documents
 * check records the rest overdue. The loader (trust-admin) enters the documents on the headteacher's behalf.
 */

const DIRECTOR = 'Dee Director';
/** The academy whose short-notice AIM has documents recorded overdue. */
const OVERDUE_ACADEMY_INDEX = 4;
/** The academy whose first AIM of the past year had two documents sent after the due date. */
const LATE_ACADEMY_INDEX = 2;
const LATE_DOCUMENTS: readonly AimDocumentType[] = ['lgb-minutes', 'pupil-premium-strategy'];
/** The first school day of each term's round of AIMs in the past year; the academies follow a school day apart. */
const PAST_ROUNDS: readonly IsoDate[] = ['2024-11-04', '2025-03-03', '2025-06-09'] as IsoDate[];
/** The last day before the past year's spring AIMs began: a plan read `on` it stands as its spring AIM found it. */
export const DEMO_DAY_BEFORE_SPRING_AIMS = addDays(PAST_ROUNDS[1]!, -1);
/** How far ahead of today the next round of AIMs starts. */
const DAYS_TO_NEXT_ROUND = 21;
const SCHOOL_DAYS_TO_REPORT = 3;

const FOCUSES: readonly string[] = [
  'Early reading and phonics in Key Stage 1',
  'Attendance and persistent absence of disadvantaged pupils',
  'Curriculum sequencing in foundation subjects',
  'Behaviour and the consistency of routines',
  'Maths fluency in Years 3 and 4',
  'SEND provision in mainstream classes',
];

type Rag = 'red' | 'amber' | 'green';

export interface DemoAimMeeting {
  heldOn: string;
  attendees: { name: string; role: string; chair?: boolean; staffId?: string }[];
  judgements: { heading: string; judgement: string; comment: string }[];
  /** The plan's priorities, each named `{id:<key of its addition>}` (demo-ids.ts). */
  priorities: { planPriorityId: string; rag: Rag }[];
  nextSteps: string[];
}

/** A document as sent: `submittedOn` only for a meeting recorded after the fact (otherwise the server's day). */
export interface DemoAimDocument {
  type: AimDocumentType;
  rag?: Rag;
  submittedOn?: string;
}

/**
 * recorded: a past meeting recorded after the fact; planned: the next one, a few weeks ahead; short-notice:
 * arranged for the next school day, its documents already due.
 */
export type DemoAimKind = 'recorded' | 'planned' | 'short-notice';

export interface DemoAim {
  /** The key of the AIM in the demo (its Idempotency-Key stem). */
  key: string;
  kind: DemoAimKind;
  academyId: string;
  date: string;
  format: AimFormat;
  focus: string;
  documents: DemoAimDocument[];
  /** Run the documents check after the documents (the short-notice AIM). */
  checkDocuments: boolean;
  meeting: DemoAimMeeting | null;
  report: { summary: string; publishedOn: string } | null;
  /** What the meeting changed in the academy's improvement plan, sent after it (naming it `{id:<key>}`). */
  planFollowUps: DemoPlanRequest[];
}

/** The key of an AIM of the demo's past year (round 0 the autumn's): its Idempotency-Key stem, and how a plan names it. */
export const demoRecordedAimKey = (academyId: string, round: number): string => `demo-aim-${academyId}-${DEMO_PAST_YEAR.replace('/', '-')}-${round + 1}`;

const formatOf = (academy: DemoAcademy): AimFormat => (academy.phase === 'secondary' || academy.phase === 'all-through' ? 'one-and-a-half-day' : 'one-day');
const focusOf = (index: number, round: number): string => FOCUSES[(index + round) % FOCUSES.length] ?? 'School improvement priorities';

/** The academy of the demo whose short-notice AIM has documents recorded overdue. */
export function demoOverdueAcademy(academies: readonly DemoAcademy[]): DemoAcademy | undefined {
  return academies[OVERDUE_ACADEMY_INDEX % academies.length];
}

/**
 * Every AIM of the demo loaded on `today` (YYYY-MM-DD, London): the past year's, the same on any day, then
 * those planned from today. Pure, so a spec checks them against the domain's rules.
 */
export function buildDemoAims(academies: readonly DemoAcademy[], today: string, seed = 8): DemoAim[] {
  return [...buildRecordedAims(academies, seed), ...buildPlannedAims(academies, parseDemoToday(today, 'today'))];
}

/** The past year's three AIMs of every academy, recorded after the fact: nothing in them depends on today. */
export function buildRecordedAims(academies: readonly DemoAcademy[], seed = 8): DemoAim[] {
  const random = seededRandom(seed);
  return academies.flatMap((academy, index) =>
    PAST_ROUNDS.map((roundStart, round): DemoAim => {
      const plan = academy.plans.find((each) => each.academicYear === DEMO_PAST_YEAR);
      if (plan === undefined) throw new Error(`The demo has no ${DEMO_PAST_YEAR} improvement plan for academy ${academy.academyId}`);
      const date = schoolDaysAfter(roundStart, index);
      const dueOn = addDays(date, -AIM_DOCUMENTS_DUE_DAYS_BEFORE);
      const late = round === 0 && index === LATE_ACADEMY_INDEX % academies.length;
      const documents = AIM_DOCUMENT_TYPES.map((type): DemoAimDocument => ({
        type,
        ...(RAG_RATED_AIM_DOCUMENTS.includes(type) ? { rag: random.pick(['red', 'amber', 'green'] as const) } : {}),
        submittedOn: late && LATE_DOCUMENTS.includes(type) ? schoolDayBefore(date) : schoolDayBefore(dueOn),
      }));
      return {
        key: demoRecordedAimKey(academy.academyId, round),
        kind: 'recorded',
        academyId: academy.academyId,
        date,
        format: formatOf(academy),
        focus: focusOf(index, round),
        documents,
        checkDocuments: false,
        meeting: meeting(academy, date, random, plan.priorities.map((priority) => ({ planPriorityId: idOf(priority.key), rag: priority.terms[TERMS[round] ?? 'autumn'] ?? priority.baseline }))),
        report: {
          summary: `${academy.name}: leaders know the school well; the priorities of the plan are reviewed below, with next steps for each.`,
          publishedOn: schoolDaysAfter(date, SCHOOL_DAYS_TO_REPORT),
        },
        // What the meeting changed in the plan, dated the day it was held.
        planFollowUps: (plan.afterAims[round] ?? []).map((request) => planRequestOn(request, date)),
      };
    }),
  );
}

/**
 * From `today`: each academy's next AIM a few weeks ahead (a school day apart), and one academy's AIM at
 * short notice on the next school day with only half its documents in.
 */
export function buildPlannedAims(academies: readonly DemoAcademy[], today: IsoDate): DemoAim[] {
  const roundStart = schoolDayFrom(addDays(today, DAYS_TO_NEXT_ROUND));
  const planned = academies.map((academy, index): DemoAim => {
    const date = schoolDaysAfter(roundStart, index);
    return {
      key: `demo-aim-${academy.academyId}-planned-${date}`,
      kind: 'planned',
      academyId: academy.academyId,
      date,
      format: formatOf(academy),
      focus: focusOf(index, PAST_ROUNDS.length),
      documents: [],
      checkDocuments: false,
      meeting: null,
      report: null,
      planFollowUps: [],
    };
  });
  const overdue = demoOverdueAcademy(academies);
  if (overdue === undefined) return planned;
  const date = nextSchoolDay(today);
  const shortNotice: DemoAim = {
    key: `demo-aim-${overdue.academyId}-short-notice-${date}`,
    kind: 'short-notice',
    academyId: overdue.academyId,
    date,
    format: formatOf(overdue),
    focus: 'Attendance after the spike in persistent absence',
    documents: AIM_DOCUMENT_TYPES.filter((_type, position) => position % 2 === 1).map((type) => (RAG_RATED_AIM_DOCUMENTS.includes(type) ? { type, rag: 'amber' } : { type })),
    checkDocuments: true,
    meeting: null,
    report: null,
    planFollowUps: [],
  };
  return [...planned, shortNotice];
}

function meeting(academy: DemoAcademy, heldOn: string, random: Random, priorities: DemoAimMeeting['priorities']): DemoAimMeeting {
  return {
    heldOn,
    attendees: [
      { name: DIRECTOR, role: 'improvement-director', chair: true },
      // The headteacher by the staff id their peer review group knows them by: erasing them reaches the meeting too.
      { name: `Headteacher of ${academy.name}`, role: 'headteacher', staffId: demoHeadteacherId(academy.academyId) },
      { name: `Chair of governors, ${academy.name}`, role: 'chair-of-governors' },
      { name: `Deputy headteacher, ${academy.name}`, role: 'senior-leader' },
    ],
    judgements: EIF_2024_AREAS.map((heading) => ({
      heading,
      judgement: random.pick(EIF_GRADES.slice(0, 3)),
      comment: `Evidence from learning walks, work scrutiny and pupil voice on ${heading.replace(/-/g, ' ')}.`,
    })),
    priorities,
    nextSteps: ['Share the AIM report with the local governing board', 'Review progress on the priorities at the next AIM'],
  };
}
