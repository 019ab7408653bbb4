import fc from 'fast-check';
import request from 'supertest';
import { registerAcademy, startTestApp, type TestApp } from '../test-support/test-app.js';
import { testAdminToken } from '../test-support/tokens.js';
import { baseBody, bodySchemaOf, declaredType, resolve, routesOf, type OpenApiDocument, type Route, type SchemaObject } from './openapi.js';

/**
 * Hostile input against every route the OpenAPI document lists (so routes added later are fuzzed too):
 * malformed, oversized, wrongly typed and injected bodies on every POST, and hostile query and path
 * parameters on every GET. Always a 4xx with a message, never a 5xx, and nothing is ever stored.
 * Bounded: a few dozen cases per route, the whole file well under 90 s.
 */

const ACADEMY = '730001';
const RUNS_PER_POST_ROUTE = 40;
const RUNS_PER_QUERY_PARAMETER = 12;
// A failure names its seed; FUZZ_SEED=<seed> replays the same cases.
const SEED = Number(process.env['FUZZ_SEED'] ?? Date.now() % 1_000_000);

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

const HUGE_NUMBERS = [1e308, -1e308, Number.MAX_SAFE_INTEGER * 8, -Number.MAX_SAFE_INTEGER * 8, Number.MAX_VALUE];

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

// Node's HTTP parser answers these itself, before the app sees the request, with no body.
const REFUSED_BY_NODE = new Set([414, 431]);

function isRefusal(response: request.Response): string | null {
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
    await api.close();
  });

  function fillPath(route: Route, hostile: Record<string, string> = {}): string {
    return route.path.replace(/\{(\w+)\}/g, (_match, name: string) => {
      if (hostile[name] !== undefined) return encodeURIComponent(hostile[name]);
      if (name === 'id' && route.path.startsWith('/academies/')) return ACADEMY;
      return '00000000-0000-4000-8000-000000000000';
    });
  }

  function pathParameters(route: Route): string[] {
    return [...route.path.matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? '');
  }

  it('lists the POST and GET routes it fuzzes', () => {
    expect(routesOf(document, 'post').length).toBeGreaterThan(20);
    expect(routesOf(document, 'get').length).toBeGreaterThan(10);
  });

  it('refuses every hostile body on every POST route with a 4xx and a message, stores nothing and pollutes no prototype', async () => {
    const failures: string[] = [];
    const headBefore = await api.head();
    for (const route of routesOf(document, 'post')) {
      const schema = bodySchemaOf(document, route.operation);
      const params = pathParameters(route);
      // A route that reads no body is fuzzed through its path parameters instead.
      const hostileParams = schema === null && params.length > 0;
      const arbitrary = fc.tuple(hostileBodies(document, schema), hostileParams ? fc.constantFrom(...params).chain((name) => hostileString.map((value) => ({ [name]: value }))) : fc.constant({}));
      await fc.assert(
        fc.asyncProperty(arbitrary, async ([body, hostile]) => {
          const path = fillPath(route, hostile);
          const response = await request(api.server).post(path).set('Authorization', `Bearer ${token}`).set('Content-Type', 'application/json').send(body.text);
          const problem = isRefusal(response);
          if (problem !== null) failures.push(`POST ${route.path} [${body.label}] ${JSON.stringify(hostile)}: ${problem}`);
          return problem === null;
        }),
        { numRuns: RUNS_PER_POST_ROUTE, endOnFailure: true, seed: SEED },
      ).catch(() => undefined);
      expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    }
    expect({ seed: SEED, failures: failures.slice(0, 20) }).toEqual({ seed: SEED, failures: [] });
    expect(await api.head()).toBe(headBefore);
  }, 80_000);

  const TEMPORAL: Record<string, (value: string) => boolean> = {
    // Values that would be valid are left out: these must be refused.
    asOf: (value) => Number.isNaN(Date.parse(value)) && !/^\d+$/.test(value),
    on: (value) => !/^\d{4}-\d{2}-\d{2}$/.test(value),
    minPosition: (value) => !/^\d+$/.test(value),
  };

  it('never answers 5xx to hostile query or path parameters on GET routes, and refuses hostile asOf, on and minPosition with a 4xx naming the problem', async () => {
    const failures: string[] = [];
    const headBefore = await api.head();
    for (const route of routesOf(document, 'get')) {
      const query = (route.operation.parameters ?? []).filter((parameter) => parameter.in === 'query').map((parameter) => parameter.name);
      const names = [...new Set([...query, 'asOf', 'on', 'minPosition'])];
      for (const name of names) {
        const mustRefuse = TEMPORAL[name] !== undefined && (query.includes(name) || route.path !== '/health');
        const values = TEMPORAL[name] === undefined ? hostileString : hostileString.filter(TEMPORAL[name]);
        await fc.assert(
          fc.asyncProperty(values, async (value) => {
            const response = await request(api.server).get(fillPath(route)).query({ [name]: value }).set('Authorization', `Bearer ${token}`);
            let problem: string | null = null;
            if (response.status >= 500) problem = `answered ${response.status}: ${response.text.slice(0, 200)}`;
            else if (response.status >= 400) problem = isRefusal(response);
            else if (mustRefuse && query.includes(name)) problem = `accepted ${name}=${JSON.stringify(value).slice(0, 60)} with ${response.status}`;
            if (problem !== null) failures.push(`GET ${route.path}?${name}=${JSON.stringify(value).slice(0, 60)}: ${problem}`);
            return problem === null;
          }),
          { numRuns: RUNS_PER_QUERY_PARAMETER, endOnFailure: true, seed: SEED },
        ).catch(() => undefined);
      }
      for (const name of pathParameters(route)) {
        await fc.assert(
          fc.asyncProperty(hostileString, async (value) => {
            const response = await request(api.server).get(fillPath(route, { [name]: value })).set('Authorization', `Bearer ${token}`);
            const problem = response.status >= 500 ? `answered ${response.status}` : response.status >= 400 ? isRefusal(response) : null;
            if (problem !== null) failures.push(`GET ${route.path} with ${name}=${JSON.stringify(value).slice(0, 60)}: ${problem}`);
            return problem === null;
          }),
          { numRuns: RUNS_PER_QUERY_PARAMETER, endOnFailure: true, seed: SEED },
        ).catch(() => undefined);
      }
    }
    expect({ seed: SEED, failures: failures.slice(0, 20) }).toEqual({ seed: SEED, failures: [] });
    expect(await api.head()).toBe(headBefore);
  }, 80_000);
});
