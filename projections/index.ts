import type { Projection } from '@trust/projection-runner';
import { academyCardProjection } from './academy-card/index.js';
import { aimsProjection } from './aims/index.js';
import { auditTrailProjection } from './audit-trail/index.js';
import { complianceProjection } from './compliance/index.js';
import { expertiseDirectoryProjection } from './expertise-directory/index.js';
import { improvementPlansProjection } from './improvement-plans/index.js';
import { peerReviewsProjection } from './peer-reviews/index.js';
import { rechargeLedgerProjection } from './recharge-ledger/index.js';
import { tierHistoryProjection } from './tier-history/index.js';

export * from './academy-card/index.js';
export * from './aims/index.js';
export * from './audit-trail/index.js';
export * from './compliance/index.js';
export * from './expertise-directory/index.js';
export * from './improvement-plans/index.js';
export * from './peer-reviews/index.js';
export * from './recharge-ledger/index.js';
export * from './tier-history/index.js';

/** Every read model the worker keeps up to date. */
export function allProjections(): Projection[] {
  return [academyCardProjection, rechargeLedgerProjection, tierHistoryProjection, complianceProjection, auditTrailProjection, aimsProjection, peerReviewsProjection, expertiseDirectoryProjection, improvementPlansProjection];
}

/**
 * The named projections, in the order of `allProjections()` (every one of them when `names` is
 * empty), so several workers can share the read models. An unknown name throws, listing the known ones.
 */
export function selectProjections(names: readonly string[], from: readonly Projection[] = allProjections()): Projection[] {
  if (names.length === 0) return [...from];
  const known = from.map((projection) => projection.name);
  const unknown = names.filter((name) => !known.includes(name));
  if (unknown.length > 0) {
    throw new Error(`Unknown projection${unknown.length === 1 ? '' : 's'} ${unknown.map((name) => `"${name}"`).join(', ')}: the projections are ${known.join(', ')}`);
  }
  return from.filter((projection) => names.includes(projection.name));
}
