import fc from 'fast-check';
import { SignJWT, type JWTPayload } from 'jose';
import request from 'supertest';
import { waitUntil } from '@trust/testing';
import { registerAcademy, startTestApp, type TestApp } from '../test-support/test-app.js';
import { bearer, testAdminToken, TEST_JWT_SECRET } from '../test-support/tokens.js';
import { baseBody, bodySchemaOf, declaredType, resolve, routesOf, type OpenApiDocument, type Route, type SchemaObject } from './openapi.js';

/**
 * Hostile input against every route the OpenAPI document lists (so routes added later are fuzzed too):
 * malformed, oversized, wrongly typed and injected bodies; impossible and far-off dates in bodies and
 * query strings; nesting thousands deep inside a field; control and bidirectional characters inside the
 * free text of otherwise valid bodies; tokens whose claims are not text; fuzzed Idempotency-Key and
 * X-Correlation-Id headers. The answer is a 4xx with a message and nothing stored, or a 2xx whose events
 * every projection applies; never a 5xx. Bounded: the whole file well under a minute.
 *
 * Replay: FUZZ_SEED=<seed> (a failure prints its seed and path); the default seed is fixed.
 */

const ACADEMY = '730001';
const SEED = Number(process.env['FUZZ_SEED'] ?? 140_825);
const RUNS = { bodies: 30, dates: 8, depths: 6, text: 10, headers: 8, tokens: 4, query: 10 } as const;

// What the figures printed at the end count: `bodies` holds the malformed and mistyped bodies and the hostile
// path and query parameters that are none of the others.
const REQUEST_CLASSES = ['bodies', 'dates', 'depths', 'tokens', 'text', 'headers'] as const;
type RequestClass = (typeof REQUEST_CLASSES)[number];
const tried = Object.fromEntries(REQUEST_CLASSES.map((name) => [name, 0])) as Record<RequestClass, number>;
const serverErrors = Object.fromEntries(REQUEST_CLASSES.map((name) => [name, 0])) as Record<RequestClass, number>;

const INJECTIONS = [
  "'; DROP TABLE events; --",
  "1' OR '1'='1",
  '" OR ""="',
  '$(rm -rf /)',
  '{{7*7}}',
  '${7*7}',
  '<script>alert(1)</script>',
  '../../../etc/passwd',
  '%00',
  '\u0000',
  '\u0007\u001b[2J',
  '\u202e\u200b\ufeff',
  '\ud800',
  'NaN',
  'Infinity',
  '-Infinity',
  '-0',
  '0x1F',
  '1e400',
  '9'.repeat(400),
  'null',
  'undefined',
  'true',
  '[]',
  '{}',
  '__proto__',
  'constructor',
  'prototype',
  '🏫'.repeat(64),
  'Zoë Ångström',
  ' ',
  '',
  'x'.repeat(20_000),
];

const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...INJECTIONS) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: fc.constantFrom('\u0000', '\u0007', '\u001b', '\u007f', '\u200b', '\u2028', '\ud83c', 'ß', '"', '\\'), maxLength: 20 }) },
);

/** Real days outside the ledger's window, days that do not exist, and instants of both. */
const HOSTILE_DATES = ['0000-01-01', '0001-01-01', '1899-12-31', '1900-01-01', '1990-08-31', '2025-02-30', '2025-13-01', '2100-09-01', '3000-01-01', '9999-12-31'];
const HOSTILE_INSTANTS = [
  ...HOSTILE_DATES.map((date) => `${date}T00:00:00Z`),
  '2025-01-01T24:00:00Z',
  '2025-01-01T23:60:00Z',
  '2025-01-01T09:30:00+24:00',
  '2025-01-01T09:30:00',
  '+002025-01-01T00:00:00Z',
];
const hostileDate: fc.Arbitrary<string> = fc.constantFrom(...HOSTILE_DATES, ...HOSTILE_INSTANTS);

/** Characters no free text may hold, and text made of nothing visible. */
const FORBIDDEN_IN_TEXT = ['\u0000', '\u0001', '\u0007', '\u0008', '\u000b', '\u001b[2J', '\u007f', '\u0085', '\u009b', '\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069', '\ud800', '\udfff'];
const INVISIBLE_ONLY = ['\u200b', '\u200b\u200c\u200d', '\u2060\ufeff\u2060', '\u00ad', '\u3164', ' \u200b '];
const LONE_SURROGATE = /[\ud800-\udfff]/;
/** `base` with a character no text may hold, or text of nothing visible. A URL carries bytes, not UTF-16, so no lone surrogate can travel in one. */
const hostileText = (base: string, { inUrl = false } = {}): fc.Arbitrary<string> =>
  fc.oneof(
    fc
      .tuple(fc.constantFrom(...FORBIDDEN_IN_TEXT.filter((bad) => !inUrl || !LONE_SURROGATE.test(bad))), fc.nat({ max: base.length }))
      .map(([bad, at]) => `${base.slice(0, at)}${bad}${base.slice(at)}`),
    fc.constantFrom(...INVISIBLE_ONLY),
  );

/** encodeURIComponent, with a lone surrogate sent as the bytes a careless encoder would send (WTF-8) rather than thrown on. */
function encodePathSegment(value: string): string {
  return value.replace(/[\ud800-\udbff][\udc00-\udfff]|[\s\S]/g, (unit) => {
    const code = unit.charCodeAt(0);
    if (unit.length === 1 && code >= 0xd800 && code <= 0xdfff) {
      return [0xe0 | (code >> 12), 0x80 | ((code >> 6) & 0x3f), 0x80 | (code & 0x3f)].map((byte) => `%${byte.toString(16).toUpperCase()}`).join('');
    }
    return encodeURIComponent(unit);
  });
}

const HUGE_NUMBERS = [1e308, -1e308, Number.MAX_SAFE_INTEGER * 8, -Number.MAX_SAFE_INTEGER * 8, Number.MAX_VALUE, Number.MAX_SAFE_INTEGER, 2 ** 53 - 1];

const anyObject: fc.Arbitrary<Record<string, unknown>> = fc.dictionary(hostileString, fc.jsonValue({ maxDepth: 2 }), { maxKeys: 4 });

/** A value whose JSON type is not the one the property declares (or, for an enum or a pattern, a string outside it). */
function wrongValue(schema: SchemaObject): fc.Arbitrary<unknown> {
  const type = declaredType(schema);
  const options: fc.Arbitrary<unknown>[] = [];
  if (type !== 'string') options.push(hostileString);
  else if (schema.enum !== undefined) options.push(hostileString.filter((value) => !schema.enum?.includes(value)));
  else if (schema.pattern !== undefined) {
    const pattern = new RegExp(schema.pattern);
    options.push(hostileString.filter((value) => !pattern.test(value)));
  }
  if (type !== 'number' && type !== 'integer') options.push(fc.oneof(fc.integer(), fc.constantFrom(...HUGE_NUMBERS)));
  if (type !== 'boolean') options.push(fc.boolean());
  if (schema.nullable !== true) options.push(fc.constant(null));
  if (type !== 'object') options.push(anyObject);
  if (type !== 'array') options.push(fc.array(fc.jsonValue({ maxDepth: 1 }), { maxLength: 3 }));
  return fc.oneof(...options);
}

/** One hostile request body, as the raw text sent. */
type HostileBody = { label: string; text: string };

function hostileBodies(document: OpenApiDocument, schema: SchemaObject | null): fc.Arbitrary<HostileBody> {
  const raw = fc.constantFrom<HostileBody>(
    { label: 'truncated JSON', text: '{"academyId": "1' },
    { label: 'trailing comma', text: '{"a": 1,}' },
    { label: 'NaN literal', text: '{"value": NaN}' },
    { label: 'number beyond double', text: '{"value": 1e400}' },
    { label: 'lone surrogate escape', text: '{"name": "\\ud800"}' },
    { label: 'NUL byte', text: '{"name": "\u0000"}' },
    { label: 'deep nesting', text: `${'['.repeat(5_000)}${']'.repeat(5_000)}` },
    { label: 'deep nesting in a field', text: `{"name": ${'['.repeat(5_000)}${']'.repeat(5_000)}}` },
    { label: 'oversized', text: JSON.stringify({ padding: 'x'.repeat(200_000) }) },
    { label: 'top-level null', text: 'null' },
    { label: 'top-level string', text: '"a string"' },
    { label: 'top-level number', text: '42' },
    { label: 'top-level array', text: '[{"academyId": "730001"}]' },
    { label: 'empty', text: '' },
    { label: 'prototype pollution', text: '{"__proto__": {"polluted": "yes"}}' },
    { label: 'constructor pollution', text: '{"constructor": {"prototype": {"polluted": "yes"}}}' },
  );
  if (schema === null || schema.properties === undefined) return raw;
  const base = baseBody(document, schema);
  const required = (schema.required ?? []).filter((name) => schema.properties?.[name] !== undefined);
  const properties = Object.keys(schema.properties);
  const arbitraries: fc.Arbitrary<HostileBody>[] = [raw];
  if (required.length > 0) {
    arbitraries.push(fc.constantFrom(...required).map((name) => ({ label: `without ${name}`, text: JSON.stringify({ ...base, [name]: undefined }) })));
    arbitraries.push(
      fc
        .constantFrom(...required)
        .chain((name) => wrongValue(resolve(document, schema.properties?.[name])).map((value) => ({ label: `${name} = ${JSON.stringify(value)?.slice(0, 60)}`, text: JSON.stringify({ ...base, [name]: value }) }))),
    );
  }
  const numeric = properties.filter((name) => ['number', 'integer'].includes(declaredType(resolve(document, schema.properties?.[name])) ?? ''));
  if (numeric.length > 0) {
    arbitraries.push(
      fc.tuple(fc.constantFrom(...numeric), fc.constantFrom(...HUGE_NUMBERS)).map(([name, value]) => ({ label: `${name} = ${value}`, text: JSON.stringify({ ...base, [name]: value }) })),
    );
  }
  arbitraries.push(
    fc.constantFrom('__proto__', 'constructor', 'prototype', 'isAdmin').map((key) => ({
      label: `extra key ${key}`,
      text: `${JSON.stringify(base).slice(0, -1)}${Object.keys(base).length > 0 ? ',' : ''}"${key}": {"polluted": "yes", "prototype": {"polluted": "yes"}}}`,
    })),
  );
  arbitraries.push(hostileString.map((key) => ({ label: `unknown field ${JSON.stringify(key).slice(0, 40)}`, text: JSON.stringify({ ...base, [`x-${key}`]: key }) })));
  return fc.oneof(...arbitraries);
}

type Path = (string | number)[];

/** Every value inside a body, with its path: the body's fields, and what their lists and objects hold. */
function pathsOf(value: unknown, path: Path = []): { path: Path; value: unknown }[] {
  const here = path.length === 0 ? [] : [{ path, value }];
  if (Array.isArray(value)) return [...here, ...value.flatMap((item, index) => pathsOf(item, [...path, index]))];
  if (typeof value === 'object' && value !== null) return [...here, ...Object.entries(value).flatMap(([key, item]) => pathsOf(item, [...path, key]))];
  return here;
}

const PLACEHOLDER = '\u0001placeholder\u0001';

/** The body's JSON text with the value at `path` replaced by the raw JSON `json` (built as text: thousands deep would overflow JSON.stringify). */
function bodyWith(base: Record<string, unknown>, path: Path, json: string): string {
  const copy = structuredClone(base) as Record<string | number, unknown>;
  let parent: Record<string | number, unknown> = copy;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  const last = path.at(-1);
  if (last !== undefined) parent[last] = PLACEHOLDER;
  return JSON.stringify(copy).replace(JSON.stringify(PLACEHOLDER), json);
}

const DATE_FIELD = /(On|Date|^date|^asOf|^on|^from|^to)$/;

function isDateField(document: OpenApiDocument, schema: SchemaObject, name: string): boolean {
  const property = resolve(document, schema.properties?.[name]);
  return property.format === 'date' || property.format === 'date-time' || DATE_FIELD.test(name);
}

/** Nesting thousands deep, of lists or of objects. */
const deepJson: fc.Arbitrary<{ label: string; json: string }> = fc
  .tuple(fc.integer({ min: 1_000, max: 5_000 }), fc.constantFrom('array', 'object'))
  .map(([depth, kind]) => ({ label: `${kind}s ${depth} deep`, json: kind === 'array' ? `${'['.repeat(depth)}${']'.repeat(depth)}` : `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}` }));

/** Claims no token may carry, each beside otherwise valid ones: the token must be refused (401). */
const HOSTILE_CLAIM_TEXT = ['dee\u0000', 'dee\ud800', 'dee\udc00x', 'dee\u001b[2J', 'dee\u202e', '\u200b\u200b', 'd'.repeat(4_000)];
const hostileClaims: fc.Arbitrary<{ label: string; sub: string; claims: JWTPayload }> = fc.oneof(
  fc.constantFrom(...HOSTILE_CLAIM_TEXT, ' dee ', '').map((sub) => ({ label: `sub ${JSON.stringify(sub).slice(0, 30)}`, sub, claims: { roles: ['trust-admin'] } })),
  fc.constantFrom(...HOSTILE_CLAIM_TEXT).map((name) => ({ label: `name ${JSON.stringify(name).slice(0, 30)}`, sub: 'dee', claims: { name, roles: ['trust-admin'] } })),
  fc.constantFrom(...HOSTILE_CLAIM_TEXT).map((role) => ({ label: `role ${JSON.stringify(role).slice(0, 30)}`, sub: 'dee', claims: { roles: ['trust-admin', role] } })),
  fc.constantFrom(...HOSTILE_CLAIM_TEXT, '12345', '1234567').map((urn) => ({ label: `academy ${JSON.stringify(urn).slice(0, 30)}`, sub: 'dee', claims: { roles: ['trust-admin'], academies: [urn] } })),
  fc.constant({ label: '500 roles', sub: 'dee', claims: { roles: Array.from({ length: 500 }, (_unused, index) => `r${index}`) } }),
  fc.constant({ label: 'roles nested deep', sub: 'dee', claims: { roles: JSON.parse(`${'['.repeat(2_000)}"trust-admin"${']'.repeat(2_000)}`) as unknown } }),
);

function signed(sub: string, claims: JWTPayload): Promise<string> {
  return new SignJWT(claims).setProtectedHeader({ alg: 'HS256' }).setSubject(sub).setIssuedAt().setExpirationTime('1h').sign(new TextEncoder().encode(TEST_JWT_SECRET));
}

/** Header values Node will send (visible ASCII and Latin-1, long ones too); Node itself refuses control characters in headers. */
const headerValue: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: fc.integer({ min: 0x20, max: 0x7e }).map((code) => String.fromCharCode(code)), maxLength: 300 }),
  fc.string({ unit: fc.integer({ min: 0xa0, max: 0xff }).map((code) => String.fromCharCode(code)), minLength: 1, maxLength: 20 }),
  fc.constantFrom('', ' ', 'x'.repeat(256), 'x'.repeat(8_000), "'; DROP TABLE events; --", '../../etc/passwd', '\t'),
);

// Node's HTTP parser answers these itself, before the app sees the request, with no body.
const REFUSED_BY_NODE = new Set([414, 431]);

/** Why the answer is not a refusal (a 4xx with a message), or null. */
function notARefusal(response: request.Response): string | null {
  if (response.status < 400 || response.status >= 500) return `answered ${response.status}: ${response.text.slice(0, 300)}`;
  if (REFUSED_BY_NODE.has(response.status)) return null;
  const message = (response.body as { message?: unknown } | undefined)?.message;
  const hasMessage = (typeof message === 'string' && message.trim() !== '') || (Array.isArray(message) && message.length > 0);
  return hasMessage ? null : `answered ${response.status} without a message: ${response.text.slice(0, 200)}`;
}

describe('Hostile input on every route of the OpenAPI document', () => {
  let api: TestApp;
  let document: OpenApiDocument;
  let token: string;

  beforeAll(async () => {
    api = await startTestApp();
    token = await testAdminToken();
    await registerAcademy(api.server, ACADEMY);
    document = (await request(api.server).get('/docs/openapi.json').expect(200)).body as OpenApiDocument;
  }, 60_000);

  afterAll(async () => {
    const counts = REQUEST_CLASSES.map((name) => `${name} ${tried[name]} (5xx: ${serverErrors[name]})`).join(', ');
    const total = REQUEST_CLASSES.reduce((sum, name) => sum + tried[name], 0);
    const errors = REQUEST_CLASSES.reduce((sum, name) => sum + serverErrors[name], 0);
    process.stdout.write(`\nHostile input, seed ${SEED}: ${total} requests, ${errors} answered 5xx. By class: ${counts}\n`);
    await api.close();
  });

  function fillPath(route: Route, hostile: Record<string, string> = {}): string {
    return route.path.replace(/\{(\w+)\}/g, (_match, name: string) => {
      if (hostile[name] !== undefined) return encodePathSegment(hostile[name]);
      if (name === 'id' && route.path.startsWith('/academies/')) return ACADEMY;
      return '00000000-0000-4000-8000-000000000000';
    });
  }

  function pathParameters(route: Route): string[] {
    return [...route.path.matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? '');
  }

  /** Sends one request of a class, counting it and any 5xx. */
  async function send(requestClass: RequestClass, make: () => request.Test): Promise<request.Response> {
    tried[requestClass] += 1;
    const response = await make();
    if (response.status >= 500) serverErrors[requestClass] += 1;
    return response;
  }

  /**
   * The property every request answers to: a 4xx with a message and nothing stored, or (when `mayStore`)
   * a 2xx, whose events the projections are checked to apply at the end of the test.
   */
  async function judge(requestClass: RequestClass, label: string, mayStore: boolean, make: () => request.Test): Promise<string | null> {
    const headBefore = await api.head();
    const response = await send(requestClass, make);
    const stored = (await api.head()) !== headBefore;
    if (mayStore && response.status >= 200 && response.status < 300) return null;
    const problem = notARefusal(response) ?? (stored ? `stored events while answering ${response.status}` : null);
    return problem === null ? null : `${label}: ${problem}`;
  }

  /** Runs a property: a problem fails the test, and fast-check's message names the seed and path that replay it. */
  async function check<T>(arbitrary: fc.Arbitrary<T>, numRuns: number, problemOf: (value: T) => Promise<string | null>): Promise<void> {
    await fc.assert(
      fc.asyncProperty(arbitrary, async (value) => {
        const problem = await problemOf(value);
        if (problem !== null) throw new Error(`${problem} (replay the whole run with FUZZ_SEED=${SEED})`);
      }),
      { numRuns, seed: SEED, endOnFailure: true },
    );
  }

  /** Every projection applied every stored event: none failed, and each reached the head. */
  async function projectionsApplyEverything(): Promise<void> {
    let problems: string[] = [];
    await waitUntil(
      async () => {
        const status = (await request(api.server).get('/admin/projections').set('Authorization', bearer(token)).expect(200)).body as {
          headPosition: string;
          projections: { name: string; position: string; status: string; lastError: string | null }[];
        };
        problems = status.projections.filter((projection) => projection.status === 'failed').map((projection) => `${projection.name}: ${projection.lastError ?? 'failed'}`);
        return problems.length > 0 || status.projections.every((projection) => projection.position === status.headPosition);
      },
      { timeoutMs: 20_000, message: 'every projection to reach the head' },
    );
    expect(problems).toEqual([]);
  }

  it('lists the POST and GET routes it fuzzes', () => {
    expect(routesOf(document, 'post').length).toBeGreaterThan(20);
    expect(routesOf(document, 'get').length).toBeGreaterThan(10);
  });

  it('refuses hostile bodies on every POST route with a 4xx and a message, stores nothing and pollutes no prototype', async () => {
    for (const route of routesOf(document, 'post')) {
      const schema = bodySchemaOf(document, route.operation);
      const params = pathParameters(route);
      // A route that reads no body is fuzzed through its path parameters too.
      const hostileParams = schema === null && params.length > 0;
      // A route that reads neither a body nor a path (POST /admin/retention/runs) ignores whatever body is
      // sent: it may accept the request, as it would without one; a refusal must still be a clear 4xx.
      const readsNothing = schema === null && params.length === 0;
      const arbitrary = fc.tuple(hostileBodies(document, schema), hostileParams ? fc.constantFrom(...params).chain((name) => hostileString.map((value) => ({ [name]: value }))) : fc.constant({}));
      await check(arbitrary, RUNS.bodies, ([body, hostile]) =>
        judge('bodies', `POST ${route.path} [${body.label}] ${JSON.stringify(hostile)}`, readsNothing, () =>
          request(api.server).post(fillPath(route, hostile)).set('Authorization', bearer(token)).set('Content-Type', 'application/json').send(body.text),
        ),
      );
      expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    }
  }, 60_000);

  it('refuses impossible and far-off dates, nesting thousands deep and text that is not text, anywhere in a body', async () => {
    for (const route of routesOf(document, 'post')) {
      const schema = bodySchemaOf(document, route.operation);
      if (schema === null || schema.properties === undefined) continue;
      const base = baseBody(document, schema);
      const post = (text: string) => () => request(api.server).post(fillPath(route)).set('Authorization', bearer(token)).set('Content-Type', 'application/json').send(text);
      const dates = Object.keys(schema.properties).filter((name) => isDateField(document, schema, name));
      if (dates.length > 0) {
        await check(fc.tuple(fc.constantFrom(...dates), hostileDate), RUNS.dates, ([name, date]) =>
          judge('dates', `POST ${route.path} ${name}=${date}`, false, post(bodyWith(base, [name], JSON.stringify(date)))),
        );
      }
      const places = pathsOf(base);
      if (places.length > 0) {
        await check(fc.tuple(fc.constantFrom(...places), deepJson), RUNS.depths, ([place, deep]) =>
          judge('depths', `POST ${route.path} ${place.path.join('.')} = ${deep.label}`, false, post(bodyWith(base, place.path, deep.json))),
        );
      }
      const texts = places.filter((place): place is { path: Path; value: string } => typeof place.value === 'string');
      if (texts.length > 0) {
        await check(
          fc.constantFrom(...texts).chain((place) => hostileText(place.value).map((text) => ({ place, text }))),
          RUNS.text,
          ({ place, text }) => judge('text', `POST ${route.path} ${place.path.join('.')}=${JSON.stringify(text).slice(0, 60)}`, false, post(bodyWith(base, place.path, JSON.stringify(text)))),
        );
      }
    }
  }, 60_000);

  it('answers fuzzed Idempotency-Key and X-Correlation-Id headers with a 2xx whose events every projection applies, or a 4xx that stores nothing', async () => {
    for (const route of routesOf(document, 'post')) {
      const schema = bodySchemaOf(document, route.operation);
      const body = schema === null ? {} : baseBody(document, schema);
      await check(fc.tuple(fc.option(headerValue), fc.option(headerValue)), RUNS.headers, ([key, correlation]) =>
        judge('headers', `POST ${route.path} Idempotency-Key=${JSON.stringify(key)?.slice(0, 40)} X-Correlation-Id=${JSON.stringify(correlation)?.slice(0, 40)}`, true, () => {
          const sent = request(api.server).post(fillPath(route)).set('Authorization', bearer(token)).send(body);
          if (key !== null) sent.set('Idempotency-Key', key);
          if (correlation !== null) sent.set('X-Correlation-Id', correlation);
          return sent;
        }),
      );
    }
    await projectionsApplyEverything();
  }, 60_000);

  it('answers 401 to tokens whose claims are not text, or are huge, on every route', async () => {
    // Every route that needs a token: health, docs and the public ones (security: []) answer without one.
    const routes = [...routesOf(document, 'post'), ...routesOf(document, 'get')].filter(
      (route) => !route.path.startsWith('/health') && !route.path.startsWith('/docs') && route.operation.security?.length !== 0,
    );
    for (const route of routes) {
      await check(hostileClaims, RUNS.tokens, async ({ label, sub, claims }) => {
        const hostileToken = await signed(sub, claims);
        const headBefore = await api.head();
        const response = await send('tokens', () => request(api.server)[route.method](fillPath(route)).set('Authorization', bearer(hostileToken)).send({}));
        if (response.status !== 401 && !REFUSED_BY_NODE.has(response.status)) return `${route.method.toUpperCase()} ${route.path} with ${label}: answered ${response.status}: ${response.text.slice(0, 200)}`;
        return (await api.head()) === headBefore ? null : `${route.path} with ${label}: stored events`;
      });
    }
  }, 60_000);

  it('never answers 5xx to hostile query or path parameters on GET routes, and refuses hostile dates, instants, text and positions with a 4xx naming the parameter', async () => {
    for (const route of routesOf(document, 'get')) {
      const declared = (route.operation.parameters ?? []).filter((parameter) => parameter.in === 'query');
      const exampleOf = (example: unknown): string => (typeof example === 'string' ? example : '2024/25');
      const required = Object.fromEntries(declared.filter((parameter) => parameter.required === true).map((parameter) => [parameter.name, exampleOf(parameter.example ?? parameter.schema?.example)]));
      const names = [...new Set([...declared.map((parameter) => parameter.name), 'asOf', 'on', 'minPosition'])];
      for (const name of names) {
        const isDeclared = declared.some((parameter) => parameter.name === name);
        const schema = resolve(document, declared.find((parameter) => parameter.name === name)?.schema);
        const temporal = ['asOf', 'on', 'from', 'to'].includes(name) || schema.format === 'date';
        const freeText = isDeclared && !temporal && declaredType(schema) === 'string' && schema.enum === undefined && schema.pattern === undefined;
        const requestClass: RequestClass = temporal ? 'dates' : freeText ? 'text' : 'bodies';
        const values = temporal ? fc.oneof(hostileDate, hostileString.filter((value) => value !== '')) : freeText ? hostileText('phonics', { inUrl: true }) : name === 'minPosition' ? hostileString.filter((value) => !/^\d+$/.test(value)) : hostileString;
        // These must be refused, naming the parameter, wherever the route reads them.
        const mustRefuse = isDeclared && (temporal || freeText || name === 'minPosition');
        await check(values, RUNS.query, async (value) => {
          const response = await send(requestClass, () => request(api.server).get(fillPath(route)).query({ ...required, [name]: value }).set('Authorization', bearer(token)));
          const label = `GET ${route.path}?${name}=${JSON.stringify(value).slice(0, 60)}`;
          if (response.status >= 500) return `${label}: answered ${response.status}: ${response.text.slice(0, 200)}`;
          if (response.status >= 400) {
            const problem = notARefusal(response);
            if (problem !== null) return `${label}: ${problem}`;
            const fields = (response.body as { fields?: string[] }).fields ?? [];
            return mustRefuse && response.status === 400 && !fields.includes(name) ? `${label}: refused naming ${JSON.stringify(fields)}, not ${name}` : null;
          }
          return mustRefuse ? `${label}: accepted with ${response.status}` : null;
        });
      }
      for (const name of pathParameters(route)) {
        await check(hostileString, RUNS.query, async (value) => {
          const response = await send('bodies', () => request(api.server).get(fillPath(route, { [name]: value })).set('Authorization', bearer(token)));
          const problem = response.status >= 500 ? `answered ${response.status}` : response.status >= 400 ? notARefusal(response) : null;
          return problem === null ? null : `GET ${route.path} with ${name}=${JSON.stringify(value).slice(0, 60)}: ${problem}`;
        });
      }
    }
  }, 60_000);
});
