import { auditEvents, type DemoAuditEvent } from './demo-audit.js';
import type { DemoApi } from './demo-post.js';

/**
 * Instants worth travelling back to (`?asOf=`): each just before one of the demo's changes of mind was
 * recorded, so a read as of it shows what the system knew before. Found in the audit trail, since the
 * instants are those the server recorded, different on every load.
 */

export const DEMO_INSTANT_NAMES = ['before-correction', 'before-revision', 'before-reversal'] as const;
export type DemoInstantName = (typeof DEMO_INSTANT_NAMES)[number];

interface InstantTarget {
  type: string;
  /** Which event of the type it is: the first that matches. */
  matches: (event: DemoAuditEvent) => boolean;
  what: string;
}

const TARGETS: Record<DemoInstantName, InstantTarget> = {
  'before-correction': { type: 'KpiCorrected', matches: () => true, what: 'the first KPI correction' },
  // A tier decision that supersedes another is the revision of that year's tier.
  'before-revision': { type: 'TierAssigned', matches: (event) => typeof event.data?.['supersedes'] === 'string', what: 'the tier revision' },
  'before-reversal': { type: 'RechargeReversed', matches: () => true, what: 'the recharge reversal' },
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
  for await (const event of auditEvents(api, target.type)) {
    if (target.matches(event)) return { name, instant: instantBefore(event.recordedAt), event, what: target.what };
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
        : `/finance/ledger`;
  const query = instant.name === 'before-reversal' ? `academicYear=${academicYear}&asOf=${instant.instant}` : `asOf=${instant.instant}`;
  return `curl -s -H "Authorization: Bearer $TOKEN" "$API${path}?${query}"`;
}
