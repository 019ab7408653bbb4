-- Up Migration
-- The deadline reactor (libs/deadlines): a side effect that follows the event store from its own
-- checkpoint (not a projection: a rebuild never runs it) and schedules a delayed check for each
-- deadline. pending_deadlines is what it has to chase, maintained from the events, so every job can
-- be re-created at start (after Redis lost its data); deadline_review_visits is the peer review diary
-- it needs to find a visit's group when the visit is recorded.
CREATE TABLE reactor_checkpoints (
  name text PRIMARY KEY,
  position numeric(39,0) NOT NULL DEFAULT 0,
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE deadline_review_visits (
  visit_id text PRIMARY KEY,
  group_id text NOT NULL,
  report_due_on date NOT NULL
);
CREATE TABLE pending_deadlines (
  kind text NOT NULL CHECK (kind IN ('aim-documents', 'peer-review-report')),
  -- The AIM or the peer review visit the deadline is about.
  subject_id text NOT NULL,
  due_on date NOT NULL,
  -- When the check runs: the end of the due date (or of the day the deadline was set, when later).
  run_at timestamptz NOT NULL,
  -- A peer review visit's group, whose diary the check reads.
  group_id text,
  -- Set once a check has run on or after the due date: nothing left to schedule.
  checked_at timestamptz,
  position numeric(39,0) NOT NULL,
  PRIMARY KEY (kind, subject_id)
);
CREATE INDEX pending_deadlines_unchecked ON pending_deadlines (run_at) WHERE checked_at IS NULL;

-- Down Migration
DROP TABLE pending_deadlines;
DROP TABLE deadline_review_visits;
DROP TABLE reactor_checkpoints;
