import { uuidV5 } from '../uuid-v5.js';

/**
 * The namespace of each kind of record an import makes under an id of its own: a fixed random UUID each,
 * apart from the API's (an id from an import never equals one from an Idempotency-Key). Never change one,
 * or a re-import would make the records again under new ids.
 */
const NAMESPACES = {
  recharge: '3f6c2a9e-8b41-4d7a-a5e2-91c0d4b7e613',
  aim: 'b82e5d17-4c9a-4f03-8e6b-2d71a9c3f058',
  'tier-decision': '0e0c251a-d10a-4ff6-ba81-10e81b45ad80',
  'plan-priority': '07898636-9abf-41d4-9213-c0609e6b3d65',
  'plan-action': '6c1ceed5-30c3-48b1-9fbe-5bcef3d1aec3',
} as const;

/** The id of the record a row makes: the same for the same row in every import of the file. */
export function importRecordId(kind: keyof typeof NAMESPACES, rowKey: string): string {
  return uuidV5(NAMESPACES[kind], rowKey);
}
