// The public API of @trust/synthetic: a deterministic synthetic trust, streamed into any event store.
export { deriveSeed, seededRandom, type Random } from './random.js';
export {
  academicYearsOf,
  synthesizeTrust,
  syntheticAcademyId,
  SYNTHETIC_ACTOR,
  type SyntheticAppend,
  type SyntheticTrustGenerator,
  type SyntheticTrustOptions,
} from './synthetic-trust.js';
export {
  academiesForEvents,
  dryRunSyntheticTrust,
  writeSyntheticTrust,
  type SyntheticTrustSummary,
  type WriteProgress,
  type WriteSyntheticTrustOptions,
} from './write-trust.js';
