/** Just enough of an OpenAPI 3.1 document to enumerate the routes and their inputs. */
export interface SchemaObject {
  $ref?: string;
  /** 3.1 writes a nullable type as `[type, 'null']`; `resolve` reads it back as `type` and `nullable`. */
  type?: string | string[];
  enum?: unknown[];
  pattern?: string;
  format?: string;
  nullable?: boolean;
  example?: unknown;
  properties?: Record<string, SchemaObject>;
  required?: string[];
  items?: SchemaObject;
  allOf?: SchemaObject[];
  oneOf?: SchemaObject[];
  anyOf?: SchemaObject[];
}

export interface ParameterObject {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  example?: unknown;
  schema?: SchemaObject;
}

export interface OperationObject {
  /** `[]` on a route anyone may call without a token (health, docs, the console's sign-in settings). */
  security?: unknown[];
  parameters?: ParameterObject[];
  requestBody?: { content?: Record<string, { schema?: SchemaObject }> };
}

export interface OpenApiDocument {
  paths: Record<string, Record<string, OperationObject>>;
  components?: { schemas?: Record<string, SchemaObject> };
}

export interface Route {
  method: 'get' | 'post';
  path: string;
  operation: OperationObject;
}

export function routesOf(document: OpenApiDocument, method: 'get' | 'post'): Route[] {
  return Object.entries(document.paths)
    .flatMap(([path, operations]) => (operations[method] === undefined ? [] : [{ method, path, operation: operations[method] }]))
    .sort((a, b) => a.path.localeCompare(b.path));
}

/**
 * Follows `$ref`s and merges `allOf`, so a property's own type, enum and pattern can be read; a nullable one
 * (3.1's `anyOf: [schema, { type: 'null' }]` or `type: [type, 'null']`) reads as its type with `nullable: true`.
 */
export function resolve(document: OpenApiDocument, schema: SchemaObject | undefined): SchemaObject {
  if (schema === undefined) return {};
  const others = schema.anyOf?.filter((member) => member.type !== 'null');
  if (others !== undefined && others.length === 1 && others.length < (schema.anyOf?.length ?? 0)) {
    return { ...resolve(document, others[0]), nullable: true };
  }
  if (Array.isArray(schema.type)) {
    const types = schema.type.filter((type) => type !== 'null');
    return resolve(document, { ...schema, type: types.length === 1 ? types[0] : undefined, nullable: schema.type.includes('null') || schema.nullable === true });
  }
  if (schema.$ref !== undefined) {
    const name = schema.$ref.split('/').pop() ?? '';
    return resolve(document, document.components?.schemas?.[name]);
  }
  if (schema.allOf !== undefined) {
    return schema.allOf.reduce<SchemaObject>((merged, part) => ({ ...merged, ...resolve(document, part) }), { ...schema, allOf: undefined });
  }
  return schema;
}

/** The JSON body schema of an operation, resolved; null for an operation that takes no body. */
export function bodySchemaOf(document: OpenApiDocument, operation: OperationObject): SchemaObject | null {
  const schema = operation.requestBody?.content?.['application/json']?.schema;
  return schema === undefined ? null : resolve(document, schema);
}

/** The JSON type a schema declares (an enum of strings counts as a string). */
export function declaredType(schema: SchemaObject): string | undefined {
  if (typeof schema.type === 'string') return schema.type;
  if (schema.enum !== undefined) return typeof schema.enum[0];
  if (schema.properties !== undefined) return 'object';
  if (schema.items !== undefined) return 'array';
  return undefined;
}

/** A body of the right shape to mutate: each property an example-like value (not necessarily valid). */
export function baseBody(document: OpenApiDocument, schema: SchemaObject): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  for (const [name, property] of Object.entries(schema.properties ?? {})) body[name] = sampleOf(document, resolve(document, property), 0);
  return body;
}

function sampleOf(document: OpenApiDocument, schema: SchemaObject, depth: number): unknown {
  const example = (schema as { example?: unknown }).example;
  if (example !== undefined) return example;
  if (schema.enum !== undefined) return schema.enum[0];
  switch (declaredType(schema)) {
    case 'string':
      return schema.format === 'date' ? '2025-01-15' : schema.format === 'date-time' ? '2025-01-15T09:00:00Z' : 'sample';
    case 'number':
    case 'integer':
      return 1;
    case 'boolean':
      return true;
    case 'array':
      return depth > 2 ? [] : [sampleOf(document, resolve(document, schema.items), depth + 1)];
    case 'object':
      return depth > 2 ? {} : baseBody(document, schema);
    case undefined:
    default:
      return 'sample';
  }
}
