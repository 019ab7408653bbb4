import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject, type OperationObject, type ResponseObject } from '@nestjs/swagger';
import { BEARER_SCHEME, PUBLIC_EXTENSION } from '../access/allow.decorator.js';
import { JSON_BODY_LIMIT } from '../hardening/hardening-config.js';

/**
 * OpenAPI 3.1: its schemas are JSON Schema 2020-12, so a nullable reference is `anyOf: [{ $ref }, { type: 'null' }]`
 * and a nullable value `type: [..., 'null']` (@nestjs/swagger rewrites `nullable: true` that way for 3.1). Under 3.0
 * a `$ref` beside `nullable` is ignored and strict validators refuse the null that the API really sends.
 */
export const OPENAPI_VERSION = '3.1.0';

/** Every tag an operation may carry, in the order the docs page shows them. */
export const OPENAPI_TAGS: readonly { name: string; description: string }[] = [
  { name: 'academies', description: 'Registering academies, their KPI targets and figures, their cards, list and timeline.' },
  { name: 'evidence', description: 'What the tier criteria read: baseline, inspections, outcomes, annual reviews, risk, partner visits and commissioned reviews.' },
  { name: 'tiers', description: 'Tier recommendations and decisions, and the tier history the standards committee audits.' },
  { name: 'aims', description: 'Academy Improvement Meetings: scheduling, documents and their deadlines, the meeting held, its report.' },
  { name: 'peer-reviews', description: 'Peer review groups and their visits (interim AIMs), confidential to their readers; safeguarding concerns.' },
  { name: 'compliance', description: "What each academy's tier requires in a year, and what was held." },
  { name: 'finance', description: 'Rate cards, improvement budgets, core days, recharges and their reversals, the ledger and its reconciliation.' },
  { name: 'improvement-plans', description: "Each academy's improvement plan for each academic year: priorities, actions, RAG ratings, support committed and delivered, and impact on the card's KPIs." },
  { name: 'expertise', description: 'The database of expertise, to broker support between academies.' },
  { name: 'audit', description: 'Every event of every stream, with who made it and when.' },
  { name: 'admin', description: 'Read model status and rebuilds, background jobs and report snapshots (trust-admin).' },
  { name: 'imports', description: "A trust's history imported from spreadsheets saved as CSV, and each kind's template (trust-admin). See docs/IMPORTS.md." },
  { name: 'sign-in', description: 'How the console signs people in, and who the token speaks for.' },
  { name: 'health', description: 'Readiness of the database, the event store and the projections, without a token.' },
];

const DESCRIPTION = [
  "An event-sourced record of a multi-academy trust's school-improvement model.",
  'Commands (POST) answer 201 `{ id, streamId, position, events }`; send `Idempotency-Key` to make a retry safe.',
  "Queries (GET) accept `minPosition` (a command answer's `position`) to read your own write.",
  'Every route but `/health` and `/docs` needs `Authorization: Bearer <JWT>` (claims `sub`, `name`, `roles`, `academies`); each route lists the roles it allows. Headteachers, governors and SIPs see and act on the academies in their token only.',
  'Errors: 400 names each bad field in `fields`; 401 no valid token; 403 not allowed for your roles or academies; 404 unknown academy; 409 duplicate or concurrent change; 413 request body too large; 422 refused by a domain rule; 429 too many requests; 503 a dependency is unavailable or a read model has not caught up (see Retry-After).',
].join('\n\n');

/**
 * The operation id of a route: its controller's name in lower camel case, less `Controller`
 * (RecordKpiController → recordKpi). Each controller serves one use case, so that names the operation;
 * a controller with several routes gives each its own id with `@ApiOperation({ operationId })`.
 */
export function operationIdOf(controllerKey: string, methodKey: string): string {
  const name = controllerKey.replace(/Controller$/, '');
  if (name === '') return methodKey;
  return name.charAt(0).toLowerCase() + name.slice(1);
}

/** The document /docs serves, built from the controllers' decorators. */
export function createOpenApiDocument(app: INestApplication): OpenAPIObject {
  let builder = new DocumentBuilder()
    .setOpenAPIVersion(OPENAPI_VERSION)
    .setTitle('Trust Improvement Ledger')
    .setDescription(DESCRIPTION)
    .setVersion('0.1.0')
    .addServer('/', 'The server that serves this document')
    .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' }, BEARER_SCHEME);
  for (const tag of OPENAPI_TAGS) builder = builder.addTag(tag.name, tag.description);
  const document = SwaggerModule.createDocument(app, builder.build(), { operationIdFactory: operationIdOf });
  for (const [method, operation] of operationsOf(document)) {
    markPublic(operation);
    addAnswersOfEveryRoute(method, operation);
  }
  return document;
}

export const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options', 'trace'] as const;
export type HttpMethod = (typeof HTTP_METHODS)[number];

/** Every operation of the document with its method. */
export function operationsOf(document: OpenAPIObject): [HttpMethod, OperationObject, string][] {
  return Object.entries(document.paths).flatMap(([path, item]) =>
    HTTP_METHODS.flatMap((method): [HttpMethod, OperationObject, string][] => {
      const operation = (item as Partial<Record<HttpMethod, OperationObject>>)[method];
      return operation === undefined ? [] : [[method, operation, path]];
    }),
  );
}

/**
 * `@Public()` routes need no token: `security: []` says so (the others carry the bearer scheme from `@Allow`).
 * One that also reads a token when sent (`@ApiBearerAuth`: health shows details to administrators) says
 * `[{}, { bearer: [] }]`, either none or the token.
 */
function markPublic(operation: OperationObject): void {
  const extensions = operation as OperationObject & Record<string, unknown>;
  if (extensions[PUBLIC_EXTENSION] !== true) return;
  delete extensions[PUBLIC_EXTENSION];
  operation.security = operation.security === undefined || operation.security.length === 0 ? [] : [{}, ...operation.security];
}

const ERROR_BODY = { $ref: '#/components/schemas/ErrorBodyDto' };
const BAD_REQUEST_BODY = { $ref: '#/components/schemas/BadRequestBodyDto' };
const RETRY_AFTER = { 'Retry-After': { description: 'Seconds to wait before retrying.', schema: { type: 'string' } } };

/**
 * Answers that come from what runs around every route rather than from the route: the rate limit (429), the JSON body
 * parser (400, 413, 415), the validation pipe (400 for a malformed parameter), and the exception filter (500, and 503
 * while the database, event store, job queue or token key set is unreachable). A route's own description of the same
 * status is kept.
 */
function addAnswersOfEveryRoute(method: HttpMethod, operation: OperationObject): void {
  const takesBody = method === 'post' || method === 'put' || method === 'patch';
  const takesInput = takesBody || (operation.parameters ?? []).length > 0;
  const add = (status: string, response: ResponseObject): void => {
    operation.responses[status] ??= response;
  };
  if (takesInput) {
    add('400', {
      description: 'Invalid input: `fields` names each bad parameter or body field (a body that is not JSON is named `body`).',
      content: { 'application/json': { schema: BAD_REQUEST_BODY } },
    });
  }
  if (takesBody) {
    add('413', { description: `The request body is larger than ${JSON_BODY_LIMIT}.`, content: { 'application/json': { schema: ERROR_BODY } } });
    add('415', { description: "The request body's encoding or charset is not supported.", content: { 'application/json': { schema: ERROR_BODY } } });
  }
  add('429', { description: 'Too many requests from this client; see Retry-After.', headers: RETRY_AFTER, content: { 'application/json': { schema: ERROR_BODY } } });
  add('500', { description: 'Unexpected failure (no details are disclosed).', content: { 'application/json': { schema: ERROR_BODY } } });
  const outage = 'The database, the event store, the job queue or the token key set is unavailable: retry after Retry-After.';
  const unavailable = operation.responses['503'];
  if (unavailable === undefined) {
    add('503', { description: outage, headers: RETRY_AFTER, content: { 'application/json': { schema: ERROR_BODY } } });
  } else if (!('$ref' in unavailable) && operation.security?.length !== 0) {
    // A query's own 503 (its read model has not caught up) is the same error body, for one more reason. A public
    // route's (/health) is its own body, which names the check that failed.
    unavailable.description = `${unavailable.description ?? ''} Also: ${outage}`.trim();
    unavailable.headers ??= RETRY_AFTER;
  }
}
