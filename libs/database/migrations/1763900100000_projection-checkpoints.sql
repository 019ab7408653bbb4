-- Up Migration
-- One row per projection: the global position of the last event it applied, written in the same
-- transaction as its read-model rows. Positions start at 1, so 0 means nothing applied yet.
CREATE TABLE projection_checkpoints (
  name text PRIMARY KEY,
  position bigint NOT NULL DEFAULT 0 CHECK (position >= 0),
  status text NOT NULL DEFAULT 'stopped' CHECK (status IN ('running', 'failed', 'stopped')),
  failed_position bigint,
  last_error text,
  updated_at timestamptz NOT NULL DEFAULT now()
);

-- Down Migration
DROP TABLE projection_checkpoints;
