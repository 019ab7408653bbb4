-- Up Migration
-- The tier history read model (projections/tier-history): one row per tier decision, written once.
-- Only superseded_by is ever filled in afterwards, when a later decision of the same academic year
-- replaces it; the evidence snapshot is the one stored with the decision's event, positions included.
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
  -- The global position of the decision's event (numeric(39,0): EventStoreDB positions exceed bigint).
  position numeric(39,0) NOT NULL UNIQUE CHECK (position > 0)
);
CREATE INDEX tier_history_academy ON tier_history (academy_id, position);
CREATE INDEX tier_history_year ON tier_history (academic_year, academy_id, position);

-- Down Migration
DROP TABLE tier_history;
