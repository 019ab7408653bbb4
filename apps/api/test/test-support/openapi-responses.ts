import type { IncomingMessage, RequestListener, Server, ServerResponse } from 'node:http';
import type { INestApplication } from '@nestjs/common';
import type { OpenAPIObject, OperationObject, ReferenceObject, ResponseObject } from '@nestjs/swagger';
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { DOCS_PATH } from '../../src/app.js';
import { createOpenApiDocument, HTTP_METHODS, type HttpMethod } from '../../src/openapi/openapi-document.js';

/**
 * Every response of an app under test is checked against the OpenAPI document the app publishes: the
 * operation must document the status, the media type and a schema the body satisfies (JSON Schema 2020-12,
 * formats included, and no field the document does not list). The check runs on the server, on the exact bytes
 * sent, so error answers, CSV downloads and answers from middleware (413, 429) are checked like the rest.
 * A mismatch is kept here and fails the test that made the request (openapi-responses.setup.ts).
 */

export interface ResponseMismatch {
  request: string;
  status: number;
  operationId: string | null;
  problems: string[];
}

const SCHEMAS_ID = 'urn:trust-improvement-ledger:openapi';

interface Route {
  template: string;
  pattern: RegExp;
  templated: number;
  operations: Map<string, OperationObject>;
}

/** A response checked against the document, or why it could not be. */
type Checked = { kind: 'validated' } | { kind: 'outside-operations' } | { kind: 'mismatch'; mismatch: ResponseMismatch };

/**
 * What the app answers to a request no operation serves: 404 from the router, or, before routing, 400, 413 or 415
 * from the JSON body parser and 429 from the rate limit; each with the API's error body.
 */
const ANSWERS_OUTSIDE_OPERATIONS: Readonly<Record<number, string>> = {
  400: 'BadRequestBodyDto',
  404: 'ErrorBodyDto',
  413: 'ErrorBodyDto',
  415: 'ErrorBodyDto',
  429: 'ErrorBodyDto',
};

class OpenApiResponseValidator {
  private readonly ajv: Ajv2020;
  private readonly routes: Route[];
  private readonly compiled = new Map<string, ValidateFunction>();

  constructor(readonly document: OpenAPIObject) {
    // strict: a keyword that JSON Schema 2020-12 and OpenAPI 3.1 do not define (a stray `nullable`) fails the compile.
    this.ajv = new Ajv2020({ strict: true, allErrors: true, strictRequired: false, strictTypes: true });
    addFormats.default(this.ajv);
    this.ajv.addVocabulary(['example', 'discriminator', 'xml', 'externalDocs']);
    this.ajv.addSchema({ $id: SCHEMAS_ID, $defs: prepare(document.components?.schemas ?? {}) });
    this.routes = Object.entries(document.paths)
      .map(([template, item]) => {
        const operations = new Map<string, OperationObject>();
        for (const method of HTTP_METHODS) {
          const operation = (item as Partial<Record<HttpMethod, OperationObject>>)[method];
          if (operation !== undefined) operations.set(method.toUpperCase(), operation);
        }
        const source = template.split(/\{[^}]+\}/).map(escapeRegExp).join('[^/]+');
        return { template, pattern: new RegExp(`^${source}/?$`), templated: (template.match(/\{/g) ?? []).length, operations };
      })
      // A literal segment wins over a template that would also match it.
      .sort((a, b) => a.templated - b.templated);
  }

  /** Compiles every response schema of the document: one line per schema a strict validator cannot compile. */
  compileAll(): string[] {
    const problems: string[] = [];
    for (const route of this.routes) {
      for (const [method, operation] of route.operations) {
        for (const [status, response] of Object.entries(operation.responses)) {
          if (response === undefined || isReference(response)) continue;
          for (const [mediaType, media] of Object.entries(response.content ?? {})) {
            if (media.schema === undefined) continue;
            try {
              this.validatorFor(`${method} ${route.template} ${status} ${mediaType}`, media.schema);
            } catch (error: unknown) {
              problems.push(`${method} ${route.template} ${status} ${mediaType}: ${error instanceof Error ? error.message : String(error)}`);
            }
          }
        }
      }
    }
    return problems;
  }

  check(method: string, url: string, status: number, contentType: string | undefined, body: Buffer): Checked {
    const path = url.split('?')[0] ?? url;
    const request = `${method} ${url}`;
    const route = this.routes.find((candidate) => candidate.pattern.test(path));
    const operation = route?.operations.get(method);
    // The console's pages and files, and the redirect to them, are not part of the API.
    if ((route === undefined || operation === undefined) && isConsolePath(path)) return { kind: 'outside-operations' };
    if (route === undefined || operation === undefined) {
      // Any other status means the app serves a route the document leaves out.
      const schema = ANSWERS_OUTSIDE_OPERATIONS[status];
      if (schema === undefined) return mismatch(request, status, null, [`no operation of the document answers ${method} ${path}`]);
      const answer: ResponseObject = { description: '', content: { 'application/json': { schema: { $ref: `#/components/schemas/${schema}` } } } };
      const checked = this.checkBody({ request, status, operationId: '(no operation)', key: `outside ${status}` }, answer, contentType, body);
      return checked.kind === 'validated' ? { kind: 'outside-operations' } : checked;
    }
    const operationId = operation.operationId ?? `${method} ${route.template}`;
    const documented = operation.responses[String(status)] ?? operation.responses[`${String(status).charAt(0)}XX`] ?? operation.responses['default'];
    if (documented === undefined) {
      return mismatch(request, status, operationId, [`status ${status} is not documented (documented: ${Object.keys(operation.responses).join(', ')})`]);
    }
    if (isReference(documented)) return mismatch(request, status, operationId, ['the response is a $ref, which this check does not follow']);
    return this.checkBody({ request, status, operationId, key: `${method} ${route.template} ${status}` }, documented, contentType, body);
  }

  private checkBody(
    { request, status, operationId, key }: { request: string; status: number; operationId: string; key: string },
    documented: ResponseObject,
    contentType: string | undefined,
    body: Buffer,
  ): Checked {
    const content = documented.content ?? {};
    if (body.length === 0 && Object.keys(content).length === 0) return { kind: 'validated' };
    if (body.length === 0) return mismatch(request, status, operationId, [`the body is empty; documented: ${Object.keys(content).join(', ')}`]);
    const mediaType = (contentType ?? '').split(';')[0]!.trim().toLowerCase();
    const media = content[mediaType];
    if (media === undefined) {
      return mismatch(request, status, operationId, [`answered ${mediaType || 'no Content-Type'}; documented: ${Object.keys(content).join(', ') || 'no body'}`]);
    }
    if (media.schema === undefined) return mismatch(request, status, operationId, [`${mediaType} has no schema`]);
    let value: unknown;
    const text = body.toString('utf8');
    if (mediaType === 'application/json' || mediaType.endsWith('+json')) {
      try {
        value = JSON.parse(text);
      } catch {
        return mismatch(request, status, operationId, [`the body is not JSON: ${text.slice(0, 200)}`]);
      }
    } else {
      value = text;
    }
    const validate = this.validatorFor(`${key} ${mediaType}`, media.schema);
    if (validate(value)) return { kind: 'validated' };
    return mismatch(request, status, operationId, (validate.errors ?? []).map((error) => describe(error, value)));
  }
  /** Compiled once per distinct schema (most error answers share one), and per operation and status after that. */
  private validatorFor(key: string, schema: unknown): ValidateFunction {
    let validate = this.compiled.get(key);
    if (validate === undefined) {
      const text = JSON.stringify(schema);
      validate = this.compiled.get(text) ?? this.ajv.compile(prepare(schema as object));
      this.compiled.set(text, validate);
      this.compiled.set(key, validate);
    }
    return validate;
  }
}

function mismatch(request: string, status: number, operationId: string | null, problems: string[]): Checked {
  return { kind: 'mismatch', mismatch: { request, status, operationId, problems } };
}

function describe(error: ErrorObject, body: unknown): string {
  const at = error.instancePath === '' ? 'the body' : error.instancePath;
  const actual = valueAt(body, error.instancePath);
  const shown = actual === undefined ? '' : ` (got ${JSON.stringify(actual)?.slice(0, 120)})`;
  return `${at} ${error.message ?? 'is invalid'} [${error.schemaPath}]${shown}`;
}

function valueAt(value: unknown, pointer: string): unknown {
  let current = value;
  for (const segment of pointer.split('/').slice(1)) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[segment.replace(/~1/g, '/').replace(/~0/g, '~')];
  }
  return current;
}

function isReference(value: ResponseObject | ReferenceObject): value is ReferenceObject {
  return '$ref' in value;
}

/**
 * A schema of the document as the check compiles it: `#/components/schemas/X` as `<SCHEMAS_ID>#/$defs/X`, so it
 * compiles on its own; and an object with listed properties closed to others (stricter than the document, which
 * leaves room to add fields), so a field the API sends and the document does not list fails the test.
 */
function prepare<T>(schema: T): T {
  return JSON.parse(JSON.stringify(schema), (key, value: unknown) => {
    if (key === '$ref' && typeof value === 'string') return value.replace(/^#\/components\/schemas\//, `${SCHEMAS_ID}#/$defs/`);
    if (isClosable(value)) return { ...value, additionalProperties: false };
    return value;
  }) as T;
}

function isClosable(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const schema = value as Record<string, unknown>;
  return schema['type'] === 'object' && typeof schema['properties'] === 'object' && !('additionalProperties' in schema);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

// One per test file (jest gives each its own module registry): the counts and mismatches of that file.
let validator: OpenApiResponseValidator | undefined;
let validated = 0;
let outside = 0;
const mismatches: ResponseMismatch[] = [];
const hooked = new WeakSet<Server>();

/** The document the apps under test publish (built once per test file). */
export function openApiDocumentOf(app: INestApplication): OpenAPIObject {
  validator ??= new OpenApiResponseValidator(createOpenApiDocument(app));
  return validator.document;
}

/** Checks every response `app` sends against its OpenAPI document, from now on. */
export function validateResponsesAgainstOpenApi(app: INestApplication): void {
  openApiDocumentOf(app);
  const server = app.getHttpServer() as Server;
  if (hooked.has(server)) return;
  hooked.add(server);
  const listeners = server.listeners('request') as RequestListener[];
  server.removeAllListeners('request');
  server.on('request', (request: IncomingMessage, response: ServerResponse) => {
    captureAndCheck(request, response);
    for (const listener of listeners) listener.call(server, request, response);
  });
}

function captureAndCheck(request: IncomingMessage, response: ServerResponse): void {
  const url = request.url ?? '/';
  if (url === `/${DOCS_PATH}` || url.startsWith(`/${DOCS_PATH}/`) || url.startsWith(`/${DOCS_PATH}-`) || request.method === 'HEAD') return;
  const chunks: Buffer[] = [];
  const collect = (chunk: unknown, encoding: unknown): void => {
    if (typeof chunk === 'string') chunks.push(Buffer.from(chunk, typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8'));
    else if (chunk instanceof Uint8Array) chunks.push(Buffer.from(chunk));
  };
  const write = response.write;
  const end = response.end;
  let ended = false;
  response.write = function (this: ServerResponse, ...args: unknown[]): boolean {
    collect(args[0], args[1]);
    return Reflect.apply(write, this, args) as boolean;
  } as typeof response.write;
  response.end = function (this: ServerResponse, ...args: unknown[]): ServerResponse {
    if (!ended) {
      ended = true;
      if (typeof args[0] !== 'function') collect(args[0], args[1]);
      record(request.method ?? 'GET', url, response, Buffer.concat(chunks));
    }
    return Reflect.apply(end, this, args) as ServerResponse;
  } as typeof response.end;
}

function record(method: string, url: string, response: ServerResponse, body: Buffer): void {
  if (validator === undefined) return;
  const contentType = response.getHeader('content-type');
  try {
    const checked = validator.check(method, url, response.statusCode, typeof contentType === 'string' ? contentType : undefined, body);
    if (checked.kind === 'validated') validated += 1;
    else if (checked.kind === 'outside-operations') outside += 1;
    else mismatches.push(checked.mismatch);
  } catch (error: unknown) {
    mismatches.push({ request: `${method} ${url}`, status: response.statusCode, operationId: null, problems: [`could not be checked: ${error instanceof Error ? error.message : String(error)}`] });
  }
}

/** Every response schema of `document` that a strict JSON Schema 2020-12 validator cannot compile (none, when the document holds). */
export function uncompilableResponseSchemas(document: OpenAPIObject): string[] {
  return new OpenApiResponseValidator(document).compileAll();
}

/** The mismatches found since the last call (and forgets them). */
export function takeResponseMismatches(): ResponseMismatch[] {
  return mismatches.splice(0, mismatches.length);
}

/**
 * Responses of this test file checked against their operation's documented status, media type and schema; and
 * answers to requests no operation serves (a 404, a refused body), checked against the API's error bodies.
 */
export function responseCounts(): { validated: number; outside: number } {
  return { validated, outside };
}

export function describeMismatches(found: readonly ResponseMismatch[]): string {
  return [
    `${found.length} response(s) do not match the OpenAPI document:`,
    ...found.map((entry) => `  ${entry.request} → ${entry.status}${entry.operationId === null ? '' : ` (${entry.operationId})`}\n${entry.problems.map((problem) => `    - ${problem}`).join('\n')}`),
  ].join('\n');
}

/** `/` (a redirect to the console) and everything under `/app`: the console, served beside the API. */
function isConsolePath(path: string): boolean {
  return path === '/' || path === '/app' || path.startsWith('/app/');
}
