/** An event as the store keeps it: an explicit type name, a schema version and plain JSON data. */
export interface StoredEventShape {
  type: string;
  schemaVersion: number;
  data: Record<string, unknown>;
}

/** A stored event as read, with the first event of its stream when the reader looked it up: an old schema version's upcaster may need it. */
export type ReadEventShape = StoredEventShape & { streamOrigin?: StoredEventShape };
