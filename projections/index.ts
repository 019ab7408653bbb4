import type { Projection } from '@trust/projection-runner';
import { academyCardProjection } from './academy-card/index.js';

export * from './academy-card/index.js';

/** Every read model the worker keeps up to date. */
export function allProjections(): Projection[] {
  return [academyCardProjection];
}
