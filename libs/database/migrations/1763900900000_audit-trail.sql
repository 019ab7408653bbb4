-- Up Migration
-- The audit trail read model (projections/audit-trail): one row per event of every stream, as it was
-- stored, for GET /audit. A projection, not a view of the events table, so it is the same over either
-- event store. Positions are numeric(39,0), as elsewhere (EventStoreDB's packed $all positions).
CREATE TABLE audit_trail (
  position numeric(39,0) PRIMARY KEY CHECK (position > 0),
  event_id text NOT NULL,
  stream_id text NOT NULL,
  stream_version integer NOT NULL,
  -- The stored type name and schema version; data is not upcast: this is what was written.
  type text NOT NULL,
  schema_version integer NOT NULL,
  actor_user_id text NOT NULL,
  actor_role text NOT NULL,
  correlation_id text NOT NULL,
  causation_id text NOT NULL,
  idempotency_key text,
  recorded_at timestamptz NOT NULL,
  -- The academies the event concerns: its academyId, both academies of a recharge, a visit's host...
  academy_ids text[] NOT NULL,
  data jsonb NOT NULL
);
-- One per filter of GET /audit, each ending in position: the answer is in position order and pages by it.
CREATE INDEX audit_trail_stream ON audit_trail (stream_id, position);
CREATE INDEX audit_trail_type ON audit_trail (type, position);
CREATE INDEX audit_trail_actor ON audit_trail (actor_user_id, position);
CREATE INDEX audit_trail_recorded_at ON audit_trail (recorded_at, position);
CREATE INDEX audit_trail_academies ON audit_trail USING gin (academy_ids);

-- Down Migration
DROP TABLE IF EXISTS audit_trail;
