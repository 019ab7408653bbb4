-- Up Migration
-- The compliance read model (projections/compliance). compliance_academies: every registered academy,
-- with the day it joined (an academy is listed from the academic year it joined in). compliance_years:
-- per academy and academic year, the tier in force and what was held towards what it requires;
-- last_position is the global position of the last event folded in, so an event applied twice changes nothing.
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
  -- Days in halves: exact in numeric.
  core_days_used numeric(7,1) NOT NULL CHECK (core_days_used >= 0),
  last_position numeric(39,0) NOT NULL CHECK (last_position > 0),
  PRIMARY KEY (academy_id, academic_year)
);
CREATE INDEX compliance_years_year ON compliance_years (academic_year);

-- Down Migration
DROP TABLE compliance_years;
DROP TABLE compliance_academies;
