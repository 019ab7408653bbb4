/** An event as the store keeps it: an explicit type name, a schema version and plain JSON data. */
export interface StoredEventShape {
  type: string;
  schemaVersion: number;
  data: Record<string, unknown>;
}
