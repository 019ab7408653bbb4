import { academicYearOf, addDays, VISITS_PER_HOST_PER_YEAR, type IsoDate } from '@trust/domain';
import { DEMO_PAST_YEAR, parseDemoToday, schoolDayFrom, schoolDaysAfter } from './demo-calendar.js';
import { idOf } from './demo-ids.js';
import { ragOnVisit, type DemoPlan } from './demo-plans.js';
import type { DemoAcademy } from './demo-trust.js';

/**
 * The demo's peer reviews (interim AIMs, seed 003): a group in each of two hubs, every school of a group
 * visited three times a year. The past year's programme is fixed and recorded after the fact: each host's
 * focus RAG rated, each visitor's observations (one visitor raising a safeguarding concern), the visit
 * recorded held by its lead and the lead's summary report with the day it was sent (one a few days late).
 * The current year's diary is planned ahead from the demo's today (next year's from September when this one
 * has too little left), each host's focus set. The loader (trust-admin) enters what each headteacher gave,
 * on their behalf, naming them. A host with an improvement plan for the visit's year (demo-plans.ts) focuses
 * the visit on one or two of its priorities, named by id, with its rating of each (the term's, or for a visit
 * ahead the latest it has); with none, on aspects in its own words.
 */

export const DEMO_FACILITATOR = 'dee';
/** The days between a planned programme's rounds, and between the hosts of a group. */
const DAYS_BETWEEN_ROUNDS = 42;
const DAYS_BETWEEN_HOSTS = 7;
const DAYS_TO_FIRST_PLANNED_VISIT = 7;
/** The past year's rounds: the first visit of each group (the first group on Tuesdays, the second on Thursdays). */
const PAST_ROUNDS: readonly IsoDate[] = ['2024-10-08', '2025-02-04', '2025-05-13'] as IsoDate[];
const SCHOOL_DAYS_TO_REPORT = 2;
/** A report sent after the week it was due in. */
const SCHOOL_DAYS_TO_LATE_REPORT = 7;

type Rag = 'red' | 'amber' | 'green';

export interface DemoPeerReviewMember {
  headteacherId: string;
  name: string;
  academyId: string;
}

export interface DemoPeerReviewVisit {
  /** The key of the visit in the demo (its Idempotency-Key stem). */
  key: string;
  hostAcademyId: string;
  hostHeadteacherId: string;
  leadHeadteacherId: string;
  reviewerIds: string[];
  visitDate: string;
  /** Each aspect in the host's words, or one of its plan's priorities named `{id:<key>}` (demo-ids.ts). */
  focus: ({ aspect: string; rag: Rag } | { planPriorityId: string; rag: Rag })[];
  /** Each visitor's own record, as they gave it: by their headteacher id. */
  observations: { headteacherId: string; observations: string[]; safeguardingConcerns: string[] }[];
  /** The visit held, recorded by its lead. */
  held: { feedback: string; actionsForNextAim: string[] } | null;
  /** The lead's report, with the day it was sent (a visit recorded after the fact). */
  report: { summary: string; submittedOn: string } | null;
}

export interface DemoPeerReviewGroup {
  key: string;
  /** The past year's, recorded after the fact, or one planned from today. */
  kind: 'recorded' | 'planned';
  body: { name: string; academicYear: string; members: DemoPeerReviewMember[]; leadHeadteacherId: string };
  visits: DemoPeerReviewVisit[];
}

/** The headteacher id the demo gives an academy's headteacher: the `sub` of their token (`npm run token -- --sub head-<URN>`). */
export const demoHeadteacherId = (academyId: string): string => `head-${academyId}`;

/** Where a demo group's Idempotency-Key starts: the loader finds the demo's groups by it. */
export const DEMO_GROUP_KEY_PREFIX = 'demo-peer-review-group-';

const FOCUS: readonly { aspect: string; rag: Rag }[][] = [
  [{ aspect: 'Phonics and early reading in Key Stage 1', rag: 'amber' }],
  [
    { aspect: 'Maths mastery: fluency in Years 3 and 4', rag: 'red' },
    { aspect: 'Pupil premium attendance', rag: 'amber' },
  ],
  [{ aspect: 'Writing across the curriculum', rag: 'green' }],
  [{ aspect: 'SEND provision in mainstream classes', rag: 'amber' }],
];

const OBSERVATIONS: readonly string[][] = [
  ['Phonics groups well matched to need in Year 1', 'Decodable books not always matched to the scheme in Year 2'],
  ['Fluency starters used consistently across Year 3', 'Reasoning tasks rarely reached by lower attainers'],
  ['Extended writing seen in history and science books', 'Editing and redrafting inconsistent between classes'],
  ['Adaptations for pupils with SEND planned in every lesson seen', 'Teaching assistants not always briefed on the lesson aims'],
];
const SAFEGUARDING_CONCERN = 'Side gate found unlocked during the school day';

/**
 * Every group of the demo loaded on `today`: the past year's, the same on any day, then the current year's.
 * `thisYear` are the plans of the year that holds today (demo-this-year.ts), if loaded. Pure.
 */
export function buildDemoPeerReviews(academies: readonly DemoAcademy[], today: string, thisYear: readonly DemoPlan[] = []): DemoPeerReviewGroup[] {
  return [...buildRecordedPeerReviews(academies), ...buildPlannedPeerReviews(academies, parseDemoToday(today, 'today'), thisYear)];
}

/** The host's focus: one or two of its plan's priorities (by round and host), rated as it rates them a week before; free text with no plan. */
function focusOf(plan: DemoPlan | undefined, visitDate: string, round: number, hostIndex: number, today?: string): DemoPeerReviewVisit['focus'] {
  const { priorities } = plan ?? { priorities: [] };
  if (priorities.length === 0) return [...(FOCUS[(hostIndex + round) % FOCUS.length] ?? [])];
  const first = (round + hostIndex) % priorities.length;
  const chosen = (round + hostIndex) % 2 === 0 ? [priorities[first]!] : [priorities[first]!, priorities[(first + 1) % priorities.length]!];
  return chosen.map((priority) => ({ planPriorityId: idOf(priority.key), rag: ragOnVisit(priority, visitDate, today) }));
}

/** The two hubs' groups: the first four schools of each of the trust's first two hubs, led by the second. */
function demoGroups(academies: readonly DemoAcademy[]): { hub: string; members: DemoPeerReviewMember[]; lead: DemoPeerReviewMember }[] {
  const hubs = [...new Set(academies.map((academy) => academy.hub))].slice(0, 2);
  return hubs.map((hub) => {
    const schools = academies.filter((academy) => academy.hub === hub).slice(0, 4);
    const members = schools.map((school) => ({ headteacherId: demoHeadteacherId(school.academyId), name: `Headteacher of ${school.name}`, academyId: school.academyId }));
    const lead = members[1] ?? members[0];
    if (lead === undefined || members.length < 2) throw new Error(`the demo's ${hub} hub has too few academies for a peer review group`);
    return { hub, members, lead };
  });
}

/** The past year's programme, recorded after the fact: nothing in it depends on today. */
export function buildRecordedPeerReviews(academies: readonly DemoAcademy[]): DemoPeerReviewGroup[] {
  return demoGroups(academies).map(({ hub, members, lead }, groupIndex) => {
    const visits = PAST_ROUNDS.flatMap((roundStart, round) =>
      members.map((host, hostIndex): DemoPeerReviewVisit => {
        const visitDate = addDays(roundStart, groupIndex * 2 + hostIndex * DAYS_BETWEEN_HOSTS);
        const plan = academies.find((academy) => academy.academyId === host.academyId)?.plans.find((each) => each.academicYear === DEMO_PAST_YEAR);
        const visit = scheduledVisit(hub, DEMO_PAST_YEAR, members, lead, host, visitDate, round, focusOf(plan, visitDate, round, hostIndex));
        const concernRaised = groupIndex === 0 && round === 0 && hostIndex === 0;
        const lateReport = groupIndex === 1 && round === 1 && hostIndex === 1;
        const aspect = (round + hostIndex) % OBSERVATIONS.length;
        return {
          ...visit,
          observations: visit.reviewerIds.map((headteacherId, visitorIndex) => ({
            headteacherId,
            observations: [...(OBSERVATIONS[aspect] ?? [])],
            safeguardingConcerns: concernRaised && visitorIndex === 0 ? [SAFEGUARDING_CONCERN] : [],
          })),
          held: {
            feedback: 'Clear strengths in the focus seen; the actions below are to be in place by the next AIM.',
            actionsForNextAim: [`Act on: ${OBSERVATIONS[aspect]?.[1] ?? 'the findings'}`, 'Share what works with the other schools of the group'],
          },
          report: {
            summary: `${OBSERVATIONS[aspect]?.[0] ?? 'The focus is well led'}; ${(OBSERVATIONS[aspect]?.[1] ?? 'next steps agreed').toLowerCase()}.`,
            submittedOn: schoolDaysAfter(visitDate, lateReport ? SCHOOL_DAYS_TO_LATE_REPORT : SCHOOL_DAYS_TO_REPORT),
          },
        };
      }),
    );
    return group(hub, DEMO_PAST_YEAR, members, lead, 'recorded', visits);
  });
}

/** The current year's diary from `today` (next year's from September when this one has too little left); each focus set, on the host's plan of `thisYear` when the diary is of its year. */
export function buildPlannedPeerReviews(academies: readonly DemoAcademy[], today: IsoDate, thisYear: readonly DemoPlan[] = []): DemoPeerReviewGroup[] {
  return demoGroups(academies).map(({ hub, members, lead }) => {
    const lastOffset = (VISITS_PER_HOST_PER_YEAR - 1) * DAYS_BETWEEN_ROUNDS + (members.length - 1) * DAYS_BETWEEN_HOSTS;
    let start = schoolDayFrom(addDays(today, DAYS_TO_FIRST_PLANNED_VISIT));
    if (academicYearOf(addDays(start, lastOffset + 7)) !== academicYearOf(start)) {
      const year = academicYearOf(start);
      start = schoolDayFrom(`${year.slice(0, 2)}${year.slice(5, 7)}-09-08` as IsoDate);
    }
    const academicYear = academicYearOf(start);
    const visits: DemoPeerReviewVisit[] = [];
    for (let round = 0; round < VISITS_PER_HOST_PER_YEAR; round += 1) {
      members.forEach((host, hostIndex) => {
        const visitDate = schoolDayFrom(addDays(start, round * DAYS_BETWEEN_ROUNDS + hostIndex * DAYS_BETWEEN_HOSTS));
        const plan = thisYear.find((each) => each.academyId === host.academyId && each.academicYear === academicYear);
        const focus = focusOf(plan, visitDate, round, hostIndex, today);
        visits.push({ ...scheduledVisit(hub, academicYear, members, lead, host, visitDate, round, focus), observations: [], held: null, report: null });
      });
    }
    return group(hub, academicYear, members, lead, 'planned', visits);
  });
}

function group(
  hub: string,
  academicYear: string,
  members: DemoPeerReviewMember[],
  lead: DemoPeerReviewMember,
  kind: DemoPeerReviewGroup['kind'],
  visits: DemoPeerReviewVisit[],
): DemoPeerReviewGroup {
  return {
    key: `${DEMO_GROUP_KEY_PREFIX}${hub.toLowerCase()}-${academicYear.replace('/', '-')}`,
    kind,
    body: { name: `${hub} hub peer review group`, academicYear, members, leadHeadteacherId: lead.headteacherId },
    visits,
  };
}

/** A visit in the diary with its focus: the group's lead leads it unless it is their school, visited by every other member. */
function scheduledVisit(
  hub: string,
  academicYear: string,
  members: readonly DemoPeerReviewMember[],
  lead: DemoPeerReviewMember,
  host: DemoPeerReviewMember,
  visitDate: string,
  round: number,
  focus: DemoPeerReviewVisit['focus'],
): Pick<DemoPeerReviewVisit, 'key' | 'hostAcademyId' | 'hostHeadteacherId' | 'leadHeadteacherId' | 'reviewerIds' | 'visitDate' | 'focus'> {
  const visitLead = host.headteacherId === lead.headteacherId ? (members[0] ?? lead) : lead;
  return {
    key: `demo-peer-review-${hub.toLowerCase()}-${academicYear.replace('/', '-')}-${host.academyId}-${round + 1}`,
    hostAcademyId: host.academyId,
    hostHeadteacherId: host.headteacherId,
    leadHeadteacherId: visitLead.headteacherId,
    reviewerIds: members.filter((member) => member.headteacherId !== host.headteacherId).map((member) => member.headteacherId),
    visitDate,
    focus,
  };
}
