-- Up Migration
-- The peer-reviews read model (interim AIMs, seed 003): each group, each visit as its group's diary
-- schedules it with its focus, findings and report (one JSON document per version), and each safeguarding
-- concern flagged, for escalation. Temporal rows as every read model's (docs/ARCHITECTURE.md, "Time travel").
CREATE TABLE peer_review_groups (
  group_id text NOT NULL,
  academic_year text NOT NULL,
  document jsonb NOT NULL,
  position numeric(39,0) NOT NULL CHECK (position > 0),
  valid_from numeric(39,0) NOT NULL CHECK (valid_from >= position),
  valid_to numeric(39,0) CHECK (valid_to > valid_from),
  PRIMARY KEY (group_id, valid_from)
);
CREATE UNIQUE INDEX peer_review_groups_current ON peer_review_groups (group_id) WHERE valid_to IS NULL;

CREATE TABLE peer_review_visits (
  visit_id text NOT NULL,
  group_id text NOT NULL,
  host_academy_id text NOT NULL,
  visit_date date NOT NULL,
  document jsonb NOT NULL,
  position numeric(39,0) NOT NULL CHECK (position > 0),
  valid_from numeric(39,0) NOT NULL CHECK (valid_from >= position),
  valid_to numeric(39,0) CHECK (valid_to > valid_from),
  PRIMARY KEY (visit_id, valid_from)
);
CREATE UNIQUE INDEX peer_review_visits_current ON peer_review_visits (visit_id) WHERE valid_to IS NULL;
CREATE INDEX peer_review_visits_group ON peer_review_visits (group_id, valid_from);

CREATE TABLE peer_review_concerns (
  concern_id text NOT NULL,
  visit_id text NOT NULL,
  group_id text NOT NULL,
  host_academy_id text NOT NULL,
  visit_date date NOT NULL,
  concern text NOT NULL,
  flagged_on date NOT NULL,
  position numeric(39,0) NOT NULL CHECK (position > 0),
  valid_from numeric(39,0) NOT NULL CHECK (valid_from >= position),
  valid_to numeric(39,0) CHECK (valid_to > valid_from),
  PRIMARY KEY (concern_id, valid_from)
);
CREATE INDEX peer_review_concerns_flagged ON peer_review_concerns (flagged_on, valid_from);

-- Down Migration
DROP TABLE peer_review_concerns;
DROP TABLE peer_review_visits;
DROP TABLE peer_review_groups;
DELETE FROM projection_checkpoints WHERE name = 'peer-reviews';
