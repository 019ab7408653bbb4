-- Up Migration
-- Temporal tier history (docs/ARCHITECTURE.md, "Time travel"): a decision's row is no longer updated in place when a
-- later decision supersedes it; each version is kept with the range of global positions it is valid for
-- (valid_from: the event that produced it; valid_to: the event that replaced it, NULL while current), so
-- `asOf` reads the history as it stood with an index lookup. effective_on is the date the decision takes
-- effect (the start of its academic year), which `on` filters by.
-- The read model is rebuilt from the events: the table is dropped and recreated empty and the
-- projection's checkpoint reset to 0, so the worker replays every event into it.
DROP TABLE tier_history;
CREATE TABLE tier_history (
  decision_id text NOT NULL,
  academy_id text NOT NULL,
  academic_year text NOT NULL,
  tier smallint NOT NULL CHECK (tier BETWEEN 1 AND 3),
  recommended_tier smallint NOT NULL CHECK (recommended_tier BETWEEN 1 AND 3),
  override boolean NOT NULL,
  rationale text,
  decided_by jsonb NOT NULL,
  decided_at timestamptz NOT NULL,
  evidence jsonb NOT NULL,
  reasons jsonb NOT NULL,
  missing jsonb NOT NULL,
  supersedes text,
  superseded_by text,
  -- The global position of the decision's event (numeric(39,0): EventStoreDB positions exceed bigint).
  position numeric(39,0) NOT NULL CHECK (position > 0),
  effective_on date NOT NULL,
  valid_from numeric(39,0) NOT NULL CHECK (valid_from >= position),
  valid_to numeric(39,0) CHECK (valid_to > valid_from),
  PRIMARY KEY (decision_id, valid_from)
);
CREATE UNIQUE INDEX tier_history_current ON tier_history (decision_id) WHERE valid_to IS NULL;
CREATE INDEX tier_history_academy ON tier_history (academy_id, valid_from);
CREATE INDEX tier_history_year ON tier_history (academic_year, academy_id, valid_from);
UPDATE projection_checkpoints SET position = 0, failed_position = NULL, last_error = NULL WHERE name = 'tier-history';

-- Down Migration
DROP TABLE tier_history;
CREATE TABLE tier_history (
  decision_id text PRIMARY KEY,
  academy_id text NOT NULL,
  academic_year text NOT NULL,
  tier smallint NOT NULL CHECK (tier BETWEEN 1 AND 3),
  recommended_tier smallint NOT NULL CHECK (recommended_tier BETWEEN 1 AND 3),
  override boolean NOT NULL,
  rationale text,
  decided_by jsonb NOT NULL,
  decided_at timestamptz NOT NULL,
  evidence jsonb NOT NULL,
  reasons jsonb NOT NULL,
  missing jsonb NOT NULL,
  supersedes text,
  superseded_by text,
  position numeric(39,0) NOT NULL UNIQUE CHECK (position > 0)
);
CREATE INDEX tier_history_academy ON tier_history (academy_id, position);
CREATE INDEX tier_history_year ON tier_history (academic_year, academy_id, position);
UPDATE projection_checkpoints SET position = 0, failed_position = NULL, last_error = NULL WHERE name = 'tier-history';
