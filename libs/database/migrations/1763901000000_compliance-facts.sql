-- Up Migration
-- Compliance counts as dated facts (`on=<date>` cuts the year's counts at that date). One
-- row per School Improvement Partner visit, trust-commissioned review, core day logged and Academy
-- Improvement Meeting held, with the date it happened (effective_on), as temporal rows (valid_from,
-- valid_to: the positions it is valid for), so `asOf` still reads them as they stood. GET /compliance
-- counts them in SQL: the facts of the year effective by `on` and valid at the `asOf` position.
-- compliance_years keeps only the tier in force; its counters go. The read model is rebuilt from the
-- events: its tables are emptied and the projection's checkpoint reset to 0.
CREATE TABLE compliance_facts (
  -- 'aim-<aimId>' for a held AIM; '<kind>@<position>' for the others, which carry no id of their own.
  fact_id text NOT NULL,
  kind text NOT NULL CHECK (kind IN ('sip-visit', 'commissioned-review', 'core-day', 'aim-held')),
  academy_id text NOT NULL,
  academic_year text NOT NULL,
  -- Improvement director core days the fact takes, in half days (0 for visits and reviews).
  core_days numeric(7,1) NOT NULL CHECK (core_days >= 0),
  effective_on date NOT NULL,
  valid_from numeric(39,0) NOT NULL CHECK (valid_from > 0),
  valid_to numeric(39,0) CHECK (valid_to > valid_from),
  PRIMARY KEY (fact_id, valid_from)
);
CREATE UNIQUE INDEX compliance_facts_current ON compliance_facts (fact_id) WHERE valid_to IS NULL;
CREATE INDEX compliance_facts_year ON compliance_facts (academic_year, academy_id, valid_from);

TRUNCATE compliance_years, compliance_academies;
ALTER TABLE compliance_years DROP COLUMN sip_visits_held, DROP COLUMN reviews_held, DROP COLUMN core_days_used;
UPDATE projection_checkpoints SET position = 0, failed_position = NULL, last_error = NULL WHERE name = 'compliance';

-- Down Migration
DROP TABLE compliance_facts;
TRUNCATE compliance_years, compliance_academies;
ALTER TABLE compliance_years
  ADD COLUMN sip_visits_held integer NOT NULL CHECK (sip_visits_held >= 0),
  ADD COLUMN reviews_held integer NOT NULL CHECK (reviews_held >= 0),
  ADD COLUMN core_days_used numeric(7,1) NOT NULL CHECK (core_days_used >= 0);
UPDATE projection_checkpoints SET position = 0, failed_position = NULL, last_error = NULL WHERE name = 'compliance';
