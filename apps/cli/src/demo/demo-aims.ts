import {
  addDays,
  AIM_DOCUMENT_TYPES,
  EIF_2024_AREAS,
  EIF_GRADES,
  isoDateOf,
  isSchoolDay,
  nextSchoolDay,
  parseIsoDate,
  RAG_RATED_AIM_DOCUMENTS,
  type AimDocumentType,
  type AimFormat,
  type IsoDate,
} from '@trust/domain';
import { count, DemoCommandRefused, getDemoJson, postDemoCommand, type DemoApi, type DemoCounts } from './demo-post.js';
import type { DemoAcademy } from './demo-trust.js';
import { seededRandom } from './prng.js';

/**
 * The demo's Academy Improvement Meetings (seed 003): a year of three AIMs for every academy, each with a
 * focus; the first one's six documents circulated, and — when today is a school day — the meeting held
 * today, chaired by the improvement director, with a judgement under each inspection heading, priorities
 * RAG rated and next steps, and its report published. One academy's first AIM is missing half its documents:
 * the demo runs the documents check, which records them overdue (AimDocumentsOverdue).
 *
 * Dated from today, not in the demo's past years: the domain schedules an AIM only for today or later and
 * records a meeting only once it has taken place, so only an AIM held today can be held by the demo; the
 * spring and summer AIMs stay scheduled. The documents are entered by the loader (trust-admin) on the
 * headteacher's behalf.
 */

const DAYS_BETWEEN_AIMS = 70;
const OVERDUE_ACADEMY_INDEX = 4;
const DIRECTOR = 'Dee Director';

const FOCUSES: readonly string[] = [
  'Early reading and phonics in Key Stage 1',
  'Attendance and persistent absence of disadvantaged pupils',
  'Curriculum sequencing in foundation subjects',
  'Behaviour and the consistency of routines',
  'Maths fluency in Years 3 and 4',
  'SEND provision in mainstream classes',
];

const PRIORITIES: readonly string[] = [
  'Attendance of pupils eligible for the pupil premium',
  'Subject leadership in the foundation subjects',
  'Writing at greater depth',
  'Adaptive teaching for pupils with SEND',
];
const PRIMARY_PRIORITY = 'Phonics consistency across Reception and Year 1';
const SECONDARY_PRIORITY = 'Progress of disadvantaged pupils at Key Stage 4';

export interface DemoAimMeeting {
  heldOn: string;
  attendees: { name: string; role: string; chair?: boolean }[];
  judgements: { heading: string; judgement: string; comment: string }[];
  priorities: { priority: string; rag: 'red' | 'amber' | 'green' }[];
  nextSteps: string[];
}

export interface DemoAim {
  /** The key of the AIM in the demo (its Idempotency-Key stem). */
  key: string;
  academyId: string;
  date: string;
  format: AimFormat;
  focus: string;
  documents: { type: AimDocumentType; rag?: 'red' | 'amber' | 'green' }[];
  /** Run the documents check after the documents (the academy with overdue documents). */
  checkDocuments: boolean;
  meeting: DemoAimMeeting | null;
  report: { summary: string } | null;
}

function schoolDayFrom(date: IsoDate): IsoDate {
  return isSchoolDay(date) ? date : nextSchoolDay(date);
}

/** The year's AIMs from `today` (YYYY-MM-DD, London): pure, so a spec checks them against the domain's rules. */
export function buildDemoAims(academies: readonly DemoAcademy[], today: string, seed = 8): DemoAim[] {
  const random = seededRandom(seed);
  const start = schoolDayFrom(parseIsoDate(today, 'today'));
  return academies.flatMap((academy, index) =>
    [0, 1, 2].map((round): DemoAim => {
      const date = schoolDayFrom(addDays(start, round * DAYS_BETWEEN_AIMS));
      const first = round === 0;
      const overdue = first && index === OVERDUE_ACADEMY_INDEX % academies.length;
      const held = first && !overdue && date === today;
      const documents = first ? AIM_DOCUMENT_TYPES.filter((_type, position) => !overdue || position % 2 === 1) : [];
      return {
        key: `demo-aim-${academy.academyId}-${round + 1}-${date}`,
        academyId: academy.academyId,
        date,
        format: academy.phase === 'secondary' || academy.phase === 'all-through' ? 'one-and-a-half-day' : 'one-day',
        focus: FOCUSES[(index + round) % FOCUSES.length] ?? 'School improvement priorities',
        documents: documents.map((type) => (RAG_RATED_AIM_DOCUMENTS.includes(type) ? { type, rag: random.pick(['red', 'amber', 'green'] as const) } : { type })),
        checkDocuments: overdue,
        meeting: held ? meeting(academy, date, random) : null,
        report: held ? { summary: `${academy.name}: leaders know the school well; the priorities below are on track to be met by the next AIM.` } : null,
      };
    }),
  );
}

function meeting(academy: DemoAcademy, heldOn: string, random: ReturnType<typeof seededRandom>): DemoAimMeeting {
  return {
    heldOn,
    attendees: [
      { name: DIRECTOR, role: 'improvement-director', chair: true },
      { name: `Headteacher of ${academy.name}`, role: 'headteacher' },
      { name: `Chair of governors, ${academy.name}`, role: 'chair-of-governors' },
      { name: `Deputy headteacher, ${academy.name}`, role: 'senior-leader' },
    ],
    judgements: EIF_2024_AREAS.map((heading) => ({
      heading,
      judgement: random.pick(EIF_GRADES.slice(0, 3)),
      comment: `Evidence from learning walks, work scrutiny and pupil voice on ${heading.replace(/-/g, ' ')}.`,
    })),
    priorities: [academy.phase === 'primary' ? PRIMARY_PRIORITY : SECONDARY_PRIORITY, random.pick(PRIORITIES)].map((priority) => ({
      priority,
      rag: random.pick(['red', 'amber', 'green'] as const),
    })),
    nextSteps: ['Share the AIM report with the local governing board', 'Review progress on the priorities at the next AIM'],
  };
}

/**
 * Loads the AIMs through the API. An academy that already has AIMs (a re-run, on any day) is left as it is,
 * so a second run appends nothing: the read model is read once it has caught up with the whole store.
 */
export async function loadDemoAims(api: DemoApi, academies: readonly DemoAcademy[], total: DemoCounts, today: string = isoDateOf(new Date())): Promise<void> {
  const counts: DemoCounts = { requests: 0, appended: 0, replayed: 0 };
  const aims = buildDemoAims(academies, today);
  const head = await headPosition(api);
  let held = 0;
  let overdue = 0;
  let loadedBefore = 0;
  for (const academy of academies) {
    if ((await existingAims(api, academy.academyId, head)) > 0) {
      loadedBefore += 1;
      continue;
    }
    for (const aim of aims.filter((each) => each.academyId === academy.academyId)) {
      const scheduled = await postDemoCommand(api, `/academies/${aim.academyId}/aims`, { date: aim.date, format: aim.format }, aim.key);
      count(counts, scheduled);
      const path = `/aims/${scheduled.id}`;
      count(counts, await postDemoCommand(api, `${path}/focus`, { focus: aim.focus }, `${aim.key}-focus`));
      for (const document of aim.documents) count(counts, await postDemoCommand(api, `${path}/documents`, { ...document }, `${aim.key}-${document.type}`));
      if (aim.checkDocuments) {
        const checked = await postDemoCommand(api, `${path}/document-checks`, {}, `${aim.key}-check`);
        count(counts, checked);
        overdue += checked.appended;
      }
      if (aim.meeting !== null) {
        count(counts, await postDemoCommand(api, `${path}/held`, { ...aim.meeting }, `${aim.key}-held`));
        held += 1;
      }
      if (aim.report !== null) count(counts, await postDemoCommand(api, `${path}/report`, { ...aim.report }, `${aim.key}-report`));
    }
  }
  total.requests += counts.requests;
  total.appended += counts.appended;
  total.replayed += counts.replayed;
  api.print(
    loadedBefore === academies.length
      ? `[aims] already loaded: every academy has its AIMs, nothing appended`
      : `[aims] ${aims.length} AIMs from ${today}, ${held} held today, ${overdue} with documents recorded overdue: ` +
          `${counts.appended} events appended, ${counts.replayed} already loaded`,
  );
}

const CATCH_UP_ATTEMPTS = 12;

/** How many AIMs the academy has, once the read model has applied `head` (a 503 while it catches up is asked again). */
async function existingAims(api: DemoApi, academyId: string, head: string): Promise<number> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return ((await getDemoJson(api, `/academies/${academyId}/aims?minPosition=${head}`)) as unknown[]).length;
    } catch (error: unknown) {
      if (!(error instanceof DemoCommandRefused && error.message.includes(' 503: ')) || attempt >= CATCH_UP_ATTEMPTS) throw error;
      api.print('      the read models are still catching up: asking again');
    }
  }
}

/** The store's head position, from /health (public), so the AIMs are read once the read model has every event. */
async function headPosition(api: DemoApi): Promise<string> {
  const response = await fetch(`${api.baseUrl}/health`, { signal: AbortSignal.timeout(30_000) });
  const body = (await response.json()) as { details?: { eventStore?: { headPosition?: unknown } } };
  const head = body.details?.eventStore?.headPosition;
  return typeof head === 'string' && /^\d+$/.test(head) ? head : '0';
}
