import { academicYearOf, addDays, isoDateOf, isSchoolDay, nextSchoolDay, parseIsoDate, VISITS_PER_HOST_PER_YEAR, type IsoDate } from '@trust/domain';
import { count, getDemoJson, postDemoCommand, type DemoApi, type DemoCounts } from './demo-post.js';
import type { DemoAcademy } from './demo-trust.js';

/**
 * The demo's peer reviews (interim AIMs, seed 003): a group in each of two hubs, three visits to each school
 * of the group, every host's focus RAG rated ahead of its visit, and — the first visit being today when today
 * is a school day — a visiting headteacher's observations with one safeguarding concern, that visit recorded
 * held by its lead, and the lead's summary report.
 *
 * Dated from today, not in the demo's past years: the domain forms a group only for the current academic
 * year or a later one, schedules visits only for today or later, and records a visit only once it has taken
 * place. So the diary runs forward from today (into next year's autumn when this year has too little left),
 * and only a visit held today can be recorded. The focus, the observations, the visit held and the report are
 * entered by the loader (trust-admin) on the host's, the visitor's and the lead's behalf, naming them.
 */

export const DEMO_FACILITATOR = 'dee';
/** The days between a host's visits, and between the hosts of a group. */
const DAYS_BETWEEN_VISITS = 42;
const DAYS_BETWEEN_HOSTS = 7;

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
  focus: { aspect: string; rag: 'red' | 'amber' | 'green' }[] | null;
  /** Each visitor's own record, as they gave it: by their headteacher id. */
  observations: { headteacherId: string; observations: string[]; safeguardingConcerns: string[] }[];
  /** The visit held, recorded by its lead. */
  held: { feedback: string; actionsForNextAim: string[] } | null;
  report: { summary: string } | null;
}

export interface DemoPeerReviewGroup {
  key: string;
  body: { name: string; academicYear: string; members: DemoPeerReviewMember[]; leadHeadteacherId: string };
  visits: DemoPeerReviewVisit[];
}

/** The headteacher id the demo gives an academy's headteacher: the `sub` of their token (`npm run token -- --sub head-<URN>`). */
export const demoHeadteacherId = (academyId: string): string => `head-${academyId}`;

const FOCUS: readonly { aspect: string; rag: 'red' | 'amber' | 'green' }[][] = [
  [{ aspect: 'Phonics and early reading in Key Stage 1', rag: 'amber' }],
  [
    { aspect: 'Maths mastery: fluency in Years 3 and 4', rag: 'red' },
    { aspect: 'Pupil premium attendance', rag: 'amber' },
  ],
  [{ aspect: 'Writing across the curriculum', rag: 'green' }],
  [{ aspect: 'SEND provision in mainstream classes', rag: 'amber' }],
];

/** The first school day on or after `date`. */
function schoolDayFrom(date: IsoDate): IsoDate {
  return isSchoolDay(date) ? date : nextSchoolDay(date);
}

/** The programme, from `today` (YYYY-MM-DD): pure, so a spec checks it against the domain's rules. */
export function buildDemoPeerReviews(academies: readonly DemoAcademy[], today: string): DemoPeerReviewGroup[] {
  const hubs = [...new Set(academies.map((academy) => academy.hub))].slice(0, 2);
  return hubs.map((hub) => {
    const schools = academies.filter((academy) => academy.hub === hub).slice(0, 4);
    const members = schools.map((school) => ({ headteacherId: demoHeadteacherId(school.academyId), name: `Headteacher of ${school.name}`, academyId: school.academyId }));
    const lead = members[1] ?? members[0];
    if (lead === undefined || members.length < 2) throw new Error(`the demo's ${hub} hub has too few academies for a peer review group`);
    const lastOffset = (VISITS_PER_HOST_PER_YEAR - 1) * DAYS_BETWEEN_VISITS + (members.length - 1) * DAYS_BETWEEN_HOSTS;
    let start = schoolDayFrom(parseIsoDate(today, 'today'));
    if (academicYearOf(addDays(start, lastOffset + 7)) !== academicYearOf(start)) {
      // Too little of this year left for three rounds: the programme starts in the autumn.
      start = schoolDayFrom(parseIsoDate(`${academicYearOf(start).slice(0, 2)}${academicYearOf(start).slice(5, 7)}-09-08`, 'start'));
    }
    const academicYear = academicYearOf(start);
    const visits: DemoPeerReviewVisit[] = [];
    for (let round = 0; round < VISITS_PER_HOST_PER_YEAR; round += 1) {
      members.forEach((host, index) => {
        const visitDate: string = schoolDayFrom(addDays(start, round * DAYS_BETWEEN_VISITS + index * DAYS_BETWEEN_HOSTS));
        const visitLead = host.headteacherId === lead.headteacherId ? (members[0] ?? lead) : lead;
        const reviewerIds = members.filter((member) => member.headteacherId !== host.headteacherId).map((member) => member.headteacherId);
        const visitor = reviewerIds.find((reviewerId) => reviewerId !== visitLead.headteacherId) ?? visitLead.headteacherId;
        const held = visitDate === today;
        visits.push({
          key: `demo-peer-review-${hub.toLowerCase()}-${academicYear.replace('/', '-')}-${host.academyId}-${round + 1}`,
          hostAcademyId: host.academyId,
          hostHeadteacherId: host.headteacherId,
          leadHeadteacherId: visitLead.headteacherId,
          reviewerIds,
          visitDate,
          // The focus is set before the day of the visit; a visit held today had its focus agreed off the system.
          focus: held ? null : [...(FOCUS[(index + round) % FOCUS.length] ?? [])],
          observations: held
            ? [
                {
                  headteacherId: visitor,
                  observations: ['Phonics groups well matched to need in Year 1', 'Decodable books not always matched to the scheme in Year 2'],
                  safeguardingConcerns: ['Side gate found unlocked during the school day'],
                },
              ]
            : [],
          held: held
            ? {
                feedback: 'A strong start to phonics; align reading books with the scheme before the next AIM.',
                actionsForNextAim: ['Audit reading books against the phonics scheme', 'Share the Year 1 grouping model with Year 2'],
              }
            : null,
          report: held ? { summary: 'Phonics is well led in Year 1; reading books need aligning with the scheme in Year 2. One site safeguarding concern escalated.' } : null,
        });
      });
    }
    return {
      key: `demo-peer-review-group-${hub.toLowerCase()}-${academicYear.replace('/', '-')}`,
      body: { name: `${hub} hub peer review group`, academicYear, members, leadHeadteacherId: lead.headteacherId },
      visits,
    };
  });
}

/**
 * Loads the programme through the API, from today on the trust's (London) calendar, as the domain dates it. The group is formed with a fixed Idempotency-Key; a group whose
 * diary already holds visits (a re-run, on any day) is left as it is, so a second run appends nothing.
 */
export async function loadDemoPeerReviews(api: DemoApi, academies: readonly DemoAcademy[], total: DemoCounts, today: string = isoDateOf(new Date())): Promise<void> {
  const counts: DemoCounts = { requests: 0, appended: 0, replayed: 0 };
  const groups = buildDemoPeerReviews(academies, today);
  for (const group of groups) {
    const formed = await postDemoCommand(api, '/peer-reviews', { ...group.body }, group.key);
    count(counts, formed);
    const diary = (await getDemoJson(api, `/peer-reviews/${formed.id}?minPosition=${formed.position}`)) as { visits: unknown[] };
    if (diary.visits.length > 0) continue;
    for (const visit of group.visits) {
      const body = { hostAcademyId: visit.hostAcademyId, visitDate: visit.visitDate, reviewerIds: visit.reviewerIds, leadHeadteacherId: visit.leadHeadteacherId, facilitatorUserId: DEMO_FACILITATOR };
      const scheduled = await postDemoCommand(api, `/peer-reviews/${formed.id}/visits`, body, visit.key);
      count(counts, scheduled);
      const path = `/peer-reviews/${formed.id}/visits/${scheduled.id}`;
      if (visit.focus !== null) count(counts, await postDemoCommand(api, `${path}/focus`, { headteacherId: visit.hostHeadteacherId, aspects: visit.focus }, `${visit.key}-focus`));
      for (const [index, record] of visit.observations.entries()) {
        count(counts, await postDemoCommand(api, `${path}/observations`, { ...record }, `${visit.key}-observations-${index + 1}`));
      }
      if (visit.held !== null) count(counts, await postDemoCommand(api, `${path}/held`, { headteacherId: visit.leadHeadteacherId, ...visit.held }, `${visit.key}-held`));
      if (visit.report !== null) count(counts, await postDemoCommand(api, `${path}/report`, { headteacherId: visit.leadHeadteacherId, ...visit.report }, `${visit.key}-report`));
    }
  }
  total.requests += counts.requests;
  total.appended += counts.appended;
  total.replayed += counts.replayed;
  const visits = groups.reduce((sum, group) => sum + group.visits.length, 0);
  api.print(`[peer reviews] ${groups.length} groups, ${visits} visits from ${today}: ${counts.appended} events appended, ${counts.replayed} already loaded`);
}
