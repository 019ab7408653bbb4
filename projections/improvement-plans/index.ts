export * from './improvement-plans.js';
export * from './improvement-plan-impact.js';
export * from './improvement-plans.projection.js';
export { findImprovementPlan, listImprovementPlans } from './improvement-plans.queries.js';
