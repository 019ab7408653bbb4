-- Up Migration
-- The aims read model (projections/aims): one Academy Improvement Meeting per row, as a JSON document
-- (its documents with their overdue flags, reschedules, outcome and report), kept as temporal rows
-- (docs/ARCHITECTURE.md, "Time travel"): each version with the range of global positions it is valid for, so
-- `asOf` is an index lookup. effective_on is the meeting's date (the current one, after a reschedule).
CREATE TABLE aims (
  aim_id text NOT NULL,
  academy_id text NOT NULL,
  academic_year text NOT NULL,
  date date NOT NULL,
  aim jsonb NOT NULL,
  -- The global position of the last event folded into this version.
  position numeric(39,0) NOT NULL CHECK (position > 0),
  effective_on date NOT NULL,
  valid_from numeric(39,0) NOT NULL CHECK (valid_from >= position),
  valid_to numeric(39,0) CHECK (valid_to > valid_from),
  PRIMARY KEY (aim_id, valid_from)
);
CREATE UNIQUE INDEX aims_current ON aims (aim_id) WHERE valid_to IS NULL;
CREATE INDEX aims_academy ON aims (academy_id, valid_from);

-- Down Migration
DROP TABLE aims;
DELETE FROM projection_checkpoints WHERE name = 'aims';
