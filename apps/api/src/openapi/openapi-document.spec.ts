import type { OpenAPIObject } from '@nestjs/swagger';
import { uncompilableResponseSchemas } from '../../test/test-support/openapi-responses.js';
import { OPENAPI_VERSION, operationIdOf } from './openapi-document.js';
import { openApiProblems } from './openapi-rules.js';
import { standaloneOpenApiDocument } from './standalone-document.js';

describe('the OpenAPI document the API publishes', () => {
  let document: OpenAPIObject;

  beforeAll(async () => {
    document = await standaloneOpenApiDocument();
  });

  it('is OpenAPI 3.1, served from the server that serves it, with its tags declared', () => {
    expect(document.openapi).toBe(OPENAPI_VERSION);
    expect(document.servers).toEqual([expect.objectContaining({ url: '/' })]);
    expect((document.tags ?? []).length).toBeGreaterThan(0);
  });

  it('breaks none of the rules: operation ids, success answers, declared tags, security stated, no $ref beside nullable', () => {
    expect(openApiProblems(document)).toEqual([]);
  });

  it('has response schemas that a strict JSON Schema 2020-12 validator compiles', () => {
    expect(uncompilableResponseSchemas(document)).toEqual([]);
  });

  it('names operations as a generated client would call them', () => {
    const ids = Object.values(document.paths).flatMap((item) => Object.values(item as Record<string, { operationId?: string }>).map((operation) => operation.operationId));
    expect(ids).toEqual(expect.arrayContaining(['recordKpi', 'viewAcademyCard', 'listAcademies', 'createReport', 'viewReport', 'checkHealth']));
  });

  it('states that health and signing in need no token (the overview and readiness read one when sent), and every other route the bearer token', () => {
    const publicRoutes: Record<string, unknown[]> = { '/health': [{}, { bearer: [] }], '/health/ready': [{}, { bearer: [] }], '/health/live': [], '/auth/config': [], '/auth/development-token': [] };
    for (const [path, item] of Object.entries(document.paths)) {
      for (const operation of Object.values(item as Record<string, { security?: unknown[] }>)) {
        expect({ path, security: operation.security }).toEqual({ path, security: publicRoutes[path] ?? [{ bearer: [] }] });
      }
    }
  });

  it('types CSV answers as text, not as the JSON they are made from', () => {
    const ledger = document.paths['/finance/ledger']?.get?.responses['200'];
    const report = document.paths['/admin/reports/{reportId}']?.get?.responses['200'];
    for (const answer of [ledger, report]) {
      expect(answer !== undefined && 'content' in answer ? answer.content?.['text/csv']?.schema : undefined).toMatchObject({ type: 'string' });
    }
  });

  it('documents 413 on every route that takes a body', () => {
    for (const [path, item] of Object.entries(document.paths)) {
      for (const method of ['post', 'put'] as const) {
        const operation = item[method];
        if (operation !== undefined) expect({ path, method, has413: '413' in operation.responses }).toEqual({ path, method, has413: true });
      }
    }
  });
});

describe('openApiProblems', () => {
  const base = (operation: Record<string, unknown>, schemas: Record<string, unknown> = {}): OpenAPIObject =>
    ({
      openapi: '3.1.0',
      info: { title: 't', version: '1' },
      tags: [{ name: 'declared' }],
      paths: { '/things/{id}': { get: operation } },
      components: { schemas },
    }) as unknown as OpenAPIObject;
  const good = { operationId: 'viewThing', tags: ['declared'], security: [], responses: { 200: { description: 'ok', content: { 'application/json': { schema: { type: 'string' } } } } } };

  it('finds nothing wrong with a well-described operation', () => {
    expect(openApiProblems(base(good))).toEqual([]);
  });

  it('finds an operation without an operationId, or with one not in lower camel case', () => {
    expect(openApiProblems(base({ ...good, operationId: undefined }))).toEqual(['GET /things/{id} has no operationId']);
    expect(openApiProblems(base({ ...good, operationId: 'ThingController_view' }))).toEqual(['GET /things/{id}: operationId ThingController_view is not lower camel case']);
  });

  it('finds two operations with one operationId', () => {
    const document = base(good);
    (document.paths['/things/{id}'] as Record<string, unknown>)['put'] = good;
    expect(openApiProblems(document)).toEqual(['PUT /things/{id}: operationId viewThing is also GET /things/{id}\'s']);
  });

  it('finds an operation with no success answer, or a success answer with no body', () => {
    expect(openApiProblems(base({ ...good, responses: { 404: { description: 'no' } } }))).toEqual(['GET /things/{id} documents no success (2xx) answer']);
    expect(openApiProblems(base({ ...good, responses: { 202: { description: 'queued' } } }))).toEqual(['GET /things/{id}: 202 documents no body']);
  });

  it('finds an operation whose tag is not declared, and a declared tag no operation has', () => {
    expect(openApiProblems(base({ ...good, tags: ['undeclared'] }))).toEqual([
      'GET /things/{id}: tag undeclared is not declared in the document\'s tags',
      'tag declared is declared but no operation has it',
    ]);
    expect(openApiProblems(base({ ...good, tags: [] }))).toEqual(['GET /things/{id} has no tag', 'tag declared is declared but no operation has it']);
  });

  it('finds an operation that does not state its security', () => {
    expect(openApiProblems(base({ ...good, security: undefined }))).toEqual(['GET /things/{id} does not state its security (@Allow, or @Public for security: [])']);
  });

  it('finds a $ref beside nullable, nullable anywhere, and an object typed with nothing said of its fields', () => {
    const schemas = {
      Card: {
        type: 'object',
        properties: {
          nextAim: { $ref: '#/components/schemas/Aim', nullable: true },
          tier: { type: 'number', nullable: true },
          nationalAverage: { type: ['object', 'null'] },
        },
      },
      Aim: { type: 'object', properties: { date: { type: 'string' } } },
    };
    expect(openApiProblems(base(good, schemas))).toEqual([
      "#/components/schemas/Card/properties/nextAim: a $ref beside nullable (a strict validator refuses the null): use anyOf [{ $ref }, { type: 'null' }]",
      "#/components/schemas/Card/properties/tier: nullable is not OpenAPI 3.1 (use a type array with 'null')",
      '#/components/schemas/Card/properties/nationalAverage: typed object with nothing said of its fields (a TypeScript type the decorator could not see? give it a type)',
    ]);
  });
});

describe('operationIdOf', () => {
  it("names an operation after its controller, in lower camel case", () => {
    expect(operationIdOf('RecordKpiController', 'record')).toBe('recordKpi');
    expect(operationIdOf('ViewAcademyCardController', 'card')).toBe('viewAcademyCard');
    expect(operationIdOf('ListAcademiesController', 'list')).toBe('listAcademies');
  });
});
