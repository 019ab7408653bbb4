export * from './aims.js';
export * from './aims.projection.js';
export { aimCoreDaysOfYear, findAim, listAims } from './aims.queries.js';
