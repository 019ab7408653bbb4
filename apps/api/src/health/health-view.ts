import type { HealthCheckResult, HealthIndicatorResult } from '@nestjs/terminus';

type Indicators = Partial<HealthCheckResult['details']>;

/**
 * What anyone may see of the system's health, for load balancers and public status checks: the overall
 * status and each check's state, and each projection's state by name. No error text, positions, event
 * counts or lags, which are for signed-in administrators.
 */
export function publicHealthView(result: HealthCheckResult): HealthCheckResult {
  const redact = (indicators: Indicators | undefined): Indicators | undefined =>
    indicators === undefined
      ? undefined
      : Object.fromEntries(Object.entries(indicators).flatMap(([key, value]) => (value === undefined ? [] : [[key, stateOf(key, value)]])));
  const info = redact(result.info);
  const error = redact(result.error);
  return {
    status: result.status,
    ...(info === undefined ? {} : { info }),
    ...(error === undefined ? {} : { error }),
    details: (redact(result.details) ?? {}) as HealthCheckResult['details'],
  };
}

function stateOf(key: string, value: HealthIndicatorResult[string]): HealthIndicatorResult[string] {
  const projections: unknown = value['projections'];
  if (key !== 'projections' || projections === null || typeof projections !== 'object') return { status: value.status };
  const states = Object.fromEntries(
    Object.entries(projections as Record<string, unknown>).map(([name, projection]) => [
      name,
      { status: projection !== null && typeof projection === 'object' && 'status' in projection ? String(projection.status) : 'unknown' },
    ]),
  );
  return { status: value.status, projections: states };
}
