-- Up Migration
-- Checkpoints and read-model positions hold the event store's global positions. PostgreSQL's are a
-- bigint counter, but an EventStoreDB $all position is packed as commit << 64 | prepare (see
-- libs/event-store/src/eventstoredb/positions.ts): up to 2^128 - 1, far beyond bigint. numeric(39,0)
-- holds every such value exactly (2^128 has 39 digits) and compares as a number. The code reads these
-- columns as text and parses them into a BigInt.
ALTER TABLE projection_checkpoints
  ALTER COLUMN position TYPE numeric(39,0),
  ALTER COLUMN failed_position TYPE numeric(39,0);
ALTER TABLE academy_cards
  ALTER COLUMN last_position TYPE numeric(39,0);

-- Down Migration
-- Fails, changing nothing, while any position is beyond bigint (checkpoints of an EventStoreDB store).
ALTER TABLE academy_cards
  ALTER COLUMN last_position TYPE bigint;
ALTER TABLE projection_checkpoints
  ALTER COLUMN position TYPE bigint,
  ALTER COLUMN failed_position TYPE bigint;
