import { DEMO_PAST_YEAR } from './demo-calendar.js';
import { buildDemoPeerReviews, DEMO_FACILITATOR, DEMO_GROUP_KEY_PREFIX, type DemoPeerReviewGroup, type DemoPeerReviewVisit } from './demo-peer-reviews.js';
import { resolveIds, type DemoIds } from './demo-ids.js';
import type { DemoPlan } from './demo-plans.js';
import { count, getDemoJson, postDemoCommand, type DemoApi, type DemoCounts } from './demo-post.js';
import type { DemoAcademy } from './demo-trust.js';
import { auditEvents } from './demo-audit.js';

/**
 * Loads the programme through the API. Each group is formed with a fixed Idempotency-Key, and a group whose
 * diary already holds visits is left as it is. Once the demo has planned a year ahead (on any day), it plans
 * no other: so a second run appends nothing, whichever day or year it runs on. A focus naming a host's plan
 * priority takes its id from `ids` (the answers so far); `thisYear` are the plans of the year holding today.
 */
export async function loadDemoPeerReviews(
  api: DemoApi,
  academies: readonly DemoAcademy[],
  total: DemoCounts,
  today: string,
  ids: DemoIds,
  thisYear: readonly DemoPlan[] = [],
): Promise<void> {
  const counts: DemoCounts = { requests: 0, appended: 0, replayed: 0 };
  const groups = buildDemoPeerReviews(academies, today, thisYear);
  const planned = await plannedGroupKeys(api);
  const alreadyPlanned = planned.size > 0 && !groups.some((group) => group.kind === 'planned' && planned.has(group.key));
  const sent = { recorded: 0, planned: 0 };
  for (const group of groups) {
    if (group.kind === 'planned' && alreadyPlanned) continue;
    const formed = await postDemoCommand(api, '/peer-reviews', { ...group.body }, group.key);
    count(counts, formed);
    const diary = (await getDemoJson(api, `/peer-reviews/${formed.id}?minPosition=${formed.position}`)) as { visits: unknown[] };
    if (diary.visits.length > 0) continue;
    for (const visit of group.visits) await sendVisit(api, formed.id, visit, counts, ids);
    sent[group.kind] += group.visits.length;
  }
  total.requests += counts.requests;
  total.appended += counts.appended;
  total.replayed += counts.replayed;
  api.print(
    counts.appended === 0
      ? "[peer reviews] already loaded: the groups' diaries hold their visits, nothing appended"
      : `[peer reviews] ${describe(groups, 'recorded')} (${sent.recorded} visits recorded after the fact), ${describe(groups, 'planned')} ` +
          `(${sent.planned} visits planned from ${today}): ${counts.appended} events appended, ${counts.replayed} already loaded`,
  );
}

function describe(groups: readonly DemoPeerReviewGroup[], kind: DemoPeerReviewGroup['kind']): string {
  const ofKind = groups.filter((group) => group.kind === kind);
  return `${ofKind.length} groups of ${ofKind[0]?.body.academicYear ?? DEMO_PAST_YEAR}`;
}

async function sendVisit(api: DemoApi, groupId: string, visit: DemoPeerReviewVisit, counts: DemoCounts, ids: DemoIds): Promise<void> {
  const body = { hostAcademyId: visit.hostAcademyId, visitDate: visit.visitDate, reviewerIds: visit.reviewerIds, leadHeadteacherId: visit.leadHeadteacherId, facilitatorUserId: DEMO_FACILITATOR };
  const scheduled = await postDemoCommand(api, `/peer-reviews/${groupId}/visits`, body, visit.key);
  count(counts, scheduled);
  const path = `/peer-reviews/${groupId}/visits/${scheduled.id}`;
  count(counts, await postDemoCommand(api, `${path}/focus`, { headteacherId: visit.hostHeadteacherId, aspects: resolveIds(visit.focus, ids) }, `${visit.key}-focus`));
  for (const [index, record] of visit.observations.entries()) {
    count(counts, await postDemoCommand(api, `${path}/observations`, { ...record }, `${visit.key}-observations-${index + 1}`));
  }
  if (visit.held !== null) count(counts, await postDemoCommand(api, `${path}/held`, { headteacherId: visit.leadHeadteacherId, ...visit.held }, `${visit.key}-held`));
  if (visit.report !== null) count(counts, await postDemoCommand(api, `${path}/report`, { headteacherId: visit.leadHeadteacherId, ...visit.report }, `${visit.key}-report`));
}

/** The Idempotency-Keys of the demo's groups planned ahead (any year after its past one), from the audit trail. */
async function plannedGroupKeys(api: DemoApi): Promise<Set<string>> {
  const pastSuffix = `-${DEMO_PAST_YEAR.replace('/', '-')}`;
  const keys = new Set<string>();
  for await (const event of auditEvents(api, 'PeerReviewGroupFormed')) {
    const key = event.idempotencyKey;
    if (key !== null && key.startsWith(DEMO_GROUP_KEY_PREFIX) && !key.endsWith(pastSuffix)) keys.add(key);
  }
  return keys;
}
