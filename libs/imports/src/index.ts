// The public API of @trust/imports: a trust's history loaded from spreadsheets (CSV), each row through the
// same commands and deciders as the API, the whole file checked before anything is stored.
export * from './cells.js';
export * from './csv.js';
export * from './import-file.js';
export * from './import-kind.js';
export * from './import-job.js';
export * from './kinds/index.js';
export * from './run-import.js';
export * from './template.js';
export * from './uuid-v5.js';
export * from './columns-markdown.js';
