-- Up Migration
-- Temporal compliance rows (docs/ARCHITECTURE.md, "Time travel"): every version of an academy's row and of an
-- academy's year is kept with the range of global positions it is valid for (valid_from: the event
-- that produced it; valid_to: the event that replaced it, NULL while current), so `asOf` reads the
-- compliance as it stood with an index lookup. A row is never updated in place: it is closed and a
-- new version inserted (libs/projection-runner/src/versioned-rows.ts).
-- The read model is rebuilt from the events: the tables are dropped and recreated empty and the
-- projection's checkpoint reset to 0, so the worker replays every event into them.
DROP TABLE compliance_years;
DROP TABLE compliance_academies;
CREATE TABLE compliance_academies (
  academy_id text NOT NULL,
  name text NOT NULL,
  joined_on date NOT NULL,
  valid_from numeric(39,0) NOT NULL CHECK (valid_from > 0),
  valid_to numeric(39,0) CHECK (valid_to > valid_from),
  PRIMARY KEY (academy_id, valid_from)
);
CREATE UNIQUE INDEX compliance_academies_current ON compliance_academies (academy_id) WHERE valid_to IS NULL;

CREATE TABLE compliance_years (
  academy_id text NOT NULL,
  academic_year text NOT NULL,
  tier smallint CHECK (tier BETWEEN 1 AND 3),
  decision_id text,
  sip_visits_held integer NOT NULL CHECK (sip_visits_held >= 0),
  reviews_held integer NOT NULL CHECK (reviews_held >= 0),
  -- Days in halves: exact in numeric.
  core_days_used numeric(7,1) NOT NULL CHECK (core_days_used >= 0),
  last_position numeric(39,0) NOT NULL CHECK (last_position > 0),
  valid_from numeric(39,0) NOT NULL CHECK (valid_from > 0),
  valid_to numeric(39,0) CHECK (valid_to > valid_from),
  PRIMARY KEY (academy_id, academic_year, valid_from)
);
CREATE UNIQUE INDEX compliance_years_current ON compliance_years (academy_id, academic_year) WHERE valid_to IS NULL;
CREATE INDEX compliance_years_year ON compliance_years (academic_year, academy_id, valid_from);
UPDATE projection_checkpoints SET position = 0, failed_position = NULL, last_error = NULL WHERE name = 'compliance';

-- Down Migration
DROP TABLE compliance_years;
DROP TABLE compliance_academies;
CREATE TABLE compliance_academies (
  academy_id text PRIMARY KEY,
  name text NOT NULL,
  joined_on date NOT NULL
);
CREATE TABLE compliance_years (
  academy_id text NOT NULL,
  academic_year text NOT NULL,
  tier smallint CHECK (tier BETWEEN 1 AND 3),
  decision_id text,
  sip_visits_held integer NOT NULL CHECK (sip_visits_held >= 0),
  reviews_held integer NOT NULL CHECK (reviews_held >= 0),
  core_days_used numeric(7,1) NOT NULL CHECK (core_days_used >= 0),
  last_position numeric(39,0) NOT NULL CHECK (last_position > 0),
  PRIMARY KEY (academy_id, academic_year)
);
CREATE INDEX compliance_years_year ON compliance_years (academic_year);
UPDATE projection_checkpoints SET position = 0, failed_position = NULL, last_error = NULL WHERE name = 'compliance';
