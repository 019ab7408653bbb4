import type { OpenAPIObject } from '@nestjs/swagger';
import { operationsOf } from './openapi-document.js';

const OPERATION_ID = /^[a-z][A-Za-z0-9]*$/;

/**
 * What the published document must hold to beyond the OpenAPI schema, so clients can rely on it: each
 * operation with a readable, unique operationId, a documented success answer, a declared tag and its
 * security stated; and no schema that a strict validator or a client generator misreads (a `$ref` or
 * anything else beside `nullable`, which 3.1 does not have; an object with nothing said of its fields).
 * Answers one line per problem; none when the document holds.
 */
export function openApiProblems(document: OpenAPIObject): string[] {
  const problems: string[] = [];
  const declaredTags = new Set((document.tags ?? []).map((tag) => tag.name));
  const usedTags = new Set<string>();
  const ids = new Map<string, string>();
  for (const [method, operation, path] of operationsOf(document)) {
    const where = `${method.toUpperCase()} ${path}`;
    const id = operation.operationId;
    if (id === undefined || id === '') problems.push(`${where} has no operationId`);
    else if (!OPERATION_ID.test(id)) problems.push(`${where}: operationId ${id} is not lower camel case`);
    else if (ids.has(id)) problems.push(`${where}: operationId ${id} is also ${ids.get(id) ?? ''}'s`);
    if (id !== undefined) ids.set(id, where);
    const successes = Object.entries(operation.responses).filter(([status]) => /^2\d\d$/.test(status));
    if (successes.length === 0) problems.push(`${where} documents no success (2xx) answer`);
    for (const [status, response] of successes) {
      if (response === undefined || '$ref' in response) continue;
      const media = Object.entries(response.content ?? {});
      if (media.length === 0) problems.push(`${where}: ${status} documents no body`);
      for (const [type, content] of media) if (content.schema === undefined) problems.push(`${where}: ${status} ${type} has no schema`);
    }
    const tags = operation.tags ?? [];
    if (tags.length === 0) problems.push(`${where} has no tag`);
    for (const tag of tags) {
      usedTags.add(tag);
      if (!declaredTags.has(tag)) problems.push(`${where}: tag ${tag} is not declared in the document's tags`);
    }
    if (operation.security === undefined) problems.push(`${where} does not state its security (@Allow, or @Public for security: [])`);
  }
  for (const tag of declaredTags) if (!usedTags.has(tag)) problems.push(`tag ${tag} is declared but no operation has it`);
  walkSchemas(document, '#', problems);
  return problems;
}

const FREE_FORM_KEYS = ['properties', 'additionalProperties', 'patternProperties', 'allOf', 'anyOf', 'oneOf', '$ref'];

function walkSchemas(node: unknown, at: string, problems: string[]): void {
  if (Array.isArray(node)) {
    node.forEach((item, index) => walkSchemas(item, `${at}/${index}`, problems));
    return;
  }
  if (node === null || typeof node !== 'object') return;
  const object = node as Record<string, unknown>;
  if ('nullable' in object) {
    problems.push(
      '$ref' in object
        ? `${at}: a $ref beside nullable (a strict validator refuses the null): use anyOf [{ $ref }, { type: 'null' }]`
        : `${at}: nullable is not OpenAPI 3.1 (use a type array with 'null')`,
    );
  }
  const types = Array.isArray(object['type']) ? (object['type'] as unknown[]) : [object['type']];
  if (types.includes('object') && !FREE_FORM_KEYS.some((key) => key in object)) {
    problems.push(`${at}: typed object with nothing said of its fields (a TypeScript type the decorator could not see? give it a type)`);
  }
  for (const [key, value] of Object.entries(object)) {
    // Examples are data, not schemas.
    if (key === 'example' || key === 'examples') continue;
    walkSchemas(value, `${at}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`, problems);
  }
}
