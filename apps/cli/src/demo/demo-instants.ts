import { auditEvents, type DemoAuditEvent } from './demo-audit.js';
import { DEMO_PLAN_TO_TRY } from './demo-plans.js';
import type { DemoApi } from './demo-post.js';

/**
 * Instants worth travelling back to (`?asOf=`): each just before one of the demo's changes of mind was
 * recorded, so a read as of it shows what the system knew before. Found in the audit trail, since the
 * instants are those the server recorded, different on every load.
 */

export const DEMO_INSTANT_NAMES = ['before-correction', 'before-revision', 'before-reversal', 'before-spring-aim'] as const;
export type DemoInstantName = (typeof DEMO_INSTANT_NAMES)[number];

interface InstantTarget {
  type: string;
  /** Which event of the type it is: the first that matches. */
  matches: (event: DemoAuditEvent) => boolean;
  what: string;
  /** When the instant comes before another event than the one matched: its type, and which it is of the matched one. */
  then?: { type: string; matches: (event: DemoAuditEvent, matched: DemoAuditEvent) => boolean };
}

const TARGETS: Record<DemoInstantName, InstantTarget> = {
  'before-correction': { type: 'KpiCorrected', matches: () => true, what: 'the first KPI correction' },
  // A tier decision that supersedes another is the revision of that year's tier.
  'before-revision': { type: 'TierAssigned', matches: (event) => typeof event.data?.['supersedes'] === 'string', what: 'the tier revision' },
  'before-reversal': { type: 'RechargeReversed', matches: () => true, what: 'the recharge reversal' },
  // The AIM at which a priority of the academy's plan was amended (its spring AIM): held, it rated the plan's priorities and amended one.
  'before-spring-aim': {
    type: 'PlanPriorityAmended',
    matches: (event) => event.academyIds.includes(DEMO_PLAN_TO_TRY.academyId) && typeof event.data?.['aimId'] === 'string',
    what: "the spring AIM that rated and amended the academy's improvement plan",
    then: { type: 'AimHeld', matches: (event, amended) => event.data?.['aimId'] === amended.data?.['aimId'] },
  },
};

export interface DemoInstant {
  name: DemoInstantName;
  /** One millisecond before the event was recorded (ISO 8601, UTC). */
  instant: string;
  /** The event it comes just before. */
  event: DemoAuditEvent;
  what: string;
}

export function isDemoInstantName(name: string): name is DemoInstantName {
  return (DEMO_INSTANT_NAMES as readonly string[]).includes(name);
}

/** The instant just before an event recorded at `recordedAt`: a read as of it does not see the event. */
export function instantBefore(recordedAt: string): string {
  return new Date(Date.parse(recordedAt) - 1).toISOString();
}

/** The named instant, or null when the trust holds no such event (the demo is not loaded). */
export async function findDemoInstant(api: DemoApi, name: DemoInstantName): Promise<DemoInstant | null> {
  const target = TARGETS[name];
  const { then } = target;
  for await (const event of auditEvents(api, target.type)) {
    if (!target.matches(event)) continue;
    if (then === undefined) return { name, instant: instantBefore(event.recordedAt), event, what: target.what };
    for await (const next of auditEvents(api, then.type)) {
      if (then.matches(next, event)) return { name, instant: instantBefore(next.recordedAt), event: next, what: target.what };
    }
    return null;
  }
  return null;
}

/** How to read the trust as it stood at the instant: a route that shows the change (a curl command). */
export function exampleRead(instant: DemoInstant, academicYear: string): string {
  const academyId = instant.event.academyIds[0] ?? '';
  const path =
    instant.name === 'before-correction'
      ? `/academies/${academyId}/card`
      : instant.name === 'before-revision'
        ? `/academies/${academyId}/tier-history`
        : instant.name === 'before-spring-aim'
          ? `/academies/${academyId}/improvement-plans/${academicYear.replace('/', '-')}`
          : `/finance/ledger`;
  const query = instant.name === 'before-reversal' ? `academicYear=${academicYear}&asOf=${instant.instant}` : `asOf=${instant.instant}`;
  return `curl -s -H "Authorization: Bearer $TOKEN" "$API${path}?${query}"`;
}
