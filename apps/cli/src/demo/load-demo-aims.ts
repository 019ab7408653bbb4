import { DEMO_ACADEMIES_AT_ONCE, inOrderAtMost } from './in-order-at-most.js';
import type { AimView } from '@trust/projections';
import { buildDemoAims, demoOverdueAcademy, type DemoAim } from './demo-aims.js';
import { DEMO_EARLIEST_TODAY, DEMO_PAST_YEAR } from './demo-calendar.js';
import { headPosition } from './demo-audit.js';
import { resolveIds, type DemoIds } from './demo-ids.js';
import { count, DemoCommandRefused, getDemoJson, postDemoCommand, type DemoApi, type DemoCounts } from './demo-post.js';
import type { DemoAcademy } from './demo-trust.js';

/** What to look at once the AIMs are in: the academy with documents overdue and its short-notice AIM. */
export interface DemoAimsLoaded {
  overdue: { academyId: string; aimId: string } | null;
}

/**
 * Loads the AIMs through the API, each academy's as the read model shows them once it has every event. A
 * past AIM already there (on its day) is left as it is; so are the planned ones once the academy has any AIM
 * after the demo's past year, whichever day they were planned from. So a second run appends nothing on any day.
 * After each past AIM, sent or already there, go its changes to the academy's improvement plan (each under its
 * own key, so those sent before are replayed). `ids` holds the ids answered so far (the plans' priorities), and
 * takes each past AIM's.
 */
export async function loadDemoAims(api: DemoApi, academies: readonly DemoAcademy[], total: DemoCounts, today: string, ids: DemoIds): Promise<DemoAimsLoaded> {
  const counts: DemoCounts = { requests: 0, appended: 0, replayed: 0 };
  const aims = buildDemoAims(academies, today);
  const head = await headPosition(api);
  const sent = { recorded: 0, planned: 0 };
  let overdueAimId: string | null = null;
  const overdueAcademyId = demoOverdueAcademy(academies)?.academyId;
  await inOrderAtMost(
    DEMO_ACADEMIES_AT_ONCE,
    academies,
    async (academy) => {
      const existing = await existingAims(api, academy.academyId, head);
      const planAhead = !existing.some((aim) => aim.date >= DEMO_EARLIEST_TODAY);
      let shortNotice: string | null = null;
      for (const aim of aims.filter((each) => each.academyId === academy.academyId)) {
        const known = aim.kind === 'recorded' ? existing.find((each) => each.date === aim.date) : undefined;
        if (known !== undefined) ids.set(aim.key, known.aimId);
        else if (aim.kind === 'recorded' || planAhead) {
          const aimId = await sendAim(api, aim, counts, ids);
          sent[aim.kind === 'recorded' ? 'recorded' : 'planned'] += 1;
          if (aim.kind === 'short-notice') shortNotice = aimId;
        }
        for (const followUp of aim.planFollowUps) {
          count(counts, await postDemoCommand(api, resolveIds(followUp.path, ids), resolveIds(followUp.body, ids), followUp.idempotencyKey));
        }
      }
      if (academy.academyId === overdueAcademyId && shortNotice === null) {
        shortNotice = existing.find((aim) => aim.overdueDocuments.length > 0)?.aimId ?? null;
      }
      return shortNotice;
    },
    (academy, shortNotice) => {
      if (academy.academyId === overdueAcademyId && shortNotice !== null) overdueAimId = shortNotice;
    },
  );
  total.requests += counts.requests;
  total.appended += counts.appended;
  total.replayed += counts.replayed;
  const overdueAcademy = demoOverdueAcademy(academies);
  api.print(
    sent.recorded + sent.planned === 0
      ? '[aims] already loaded: every academy has its AIMs, nothing appended'
      : `[aims] ${sent.recorded} AIMs of ${DEMO_PAST_YEAR} recorded after the fact, held and reported; ${sent.planned} planned from ${today}` +
          `${overdueAcademy === undefined ? '' : `, ${overdueAcademy.academyId}'s at short notice with documents recorded overdue`}: ` +
          `${counts.appended} events appended, ${counts.replayed} already loaded`,
  );
  return { overdue: overdueAcademy === undefined || overdueAimId === null ? null : { academyId: overdueAcademy.academyId, aimId: overdueAimId } };
}

/** One AIM's commands, each with an Idempotency-Key derived from the AIM's key: the AIM's id (kept in `ids` under its key). */
async function sendAim(api: DemoApi, aim: DemoAim, counts: DemoCounts, ids: DemoIds): Promise<string> {
  const scheduled = await postDemoCommand(api, `/academies/${aim.academyId}/aims`, { date: aim.date, format: aim.format }, aim.key);
  count(counts, scheduled);
  ids.set(aim.key, scheduled.id);
  const path = `/aims/${scheduled.id}`;
  count(counts, await postDemoCommand(api, `${path}/focus`, { focus: aim.focus }, `${aim.key}-focus`));
  for (const document of aim.documents) count(counts, await postDemoCommand(api, `${path}/documents`, { ...document }, `${aim.key}-${document.type}`));
  if (aim.checkDocuments) count(counts, await postDemoCommand(api, `${path}/document-checks`, {}, `${aim.key}-check`));
  if (aim.meeting !== null) count(counts, await postDemoCommand(api, `${path}/held`, resolveIds({ ...aim.meeting }, ids), `${aim.key}-held`));
  if (aim.report !== null) count(counts, await postDemoCommand(api, `${path}/report`, { ...aim.report }, `${aim.key}-report`));
  return scheduled.id;
}

const CATCH_UP_ATTEMPTS = 12;

/** The academy's AIMs, once the read model has applied `head` (a 503 while it catches up is asked again). */
async function existingAims(api: DemoApi, academyId: string, head: string): Promise<AimView[]> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return (await getDemoJson(api, `/academies/${academyId}/aims?minPosition=${head}`)) as AimView[];
    } catch (error: unknown) {
      if (!(error instanceof DemoCommandRefused && error.message.includes(' 503: ')) || attempt >= CATCH_UP_ATTEMPTS) throw error;
      api.print('      the read models are still catching up: asking again');
    }
  }
}
