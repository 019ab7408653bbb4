-- Up Migration
-- The improvement-plans read model (projections/improvement-plans): each academy's plan for each academic year,
-- its priorities (each with every version it has had: as added, and each amendment with the AIM it was made at),
-- its actions (each with every version, its status among them), the RAG ratings of its priorities from the three
-- places a priority is rated (on the plan, at an AIM, by a peer review visit's host), the support committed
-- against them, and each delivery toward a commitment (a core day, recharged development days, a
-- trust-commissioned review naming it). Temporal rows as every read model's (docs/ARCHITECTURE.md, "Time
-- travel"): `asOf` reads the versions valid at a position; `on` reads, within them, what was dated by then
-- (effective_on, and the days kept in each history).
CREATE TABLE improvement_plans (
  academy_id text NOT NULL,
  academic_year text NOT NULL,
  plan jsonb NOT NULL,
  -- The global position of the last event folded into this version.
  position numeric(39,0) NOT NULL CHECK (position > 0),
  effective_on date NOT NULL,
  valid_from numeric(39,0) NOT NULL CHECK (valid_from >= position),
  valid_to numeric(39,0) CHECK (valid_to > valid_from),
  PRIMARY KEY (academy_id, academic_year, valid_from)
);
CREATE UNIQUE INDEX improvement_plans_current ON improvement_plans (academy_id, academic_year) WHERE valid_to IS NULL;
CREATE INDEX improvement_plans_year ON improvement_plans (academic_year, valid_from);

CREATE TABLE improvement_plan_priorities (
  academy_id text NOT NULL,
  academic_year text NOT NULL,
  priority_id text NOT NULL,
  priority jsonb NOT NULL,
  position numeric(39,0) NOT NULL CHECK (position > 0),
  effective_on date NOT NULL,
  valid_from numeric(39,0) NOT NULL CHECK (valid_from >= position),
  valid_to numeric(39,0) CHECK (valid_to > valid_from),
  PRIMARY KEY (academy_id, academic_year, priority_id, valid_from)
);
CREATE UNIQUE INDEX improvement_plan_priorities_current ON improvement_plan_priorities (academy_id, academic_year, priority_id) WHERE valid_to IS NULL;
CREATE INDEX improvement_plan_priorities_plan ON improvement_plan_priorities (academic_year, academy_id, valid_from);

CREATE TABLE improvement_plan_actions (
  academy_id text NOT NULL,
  academic_year text NOT NULL,
  action_id text NOT NULL,
  priority_id text NOT NULL,
  action jsonb NOT NULL,
  position numeric(39,0) NOT NULL CHECK (position > 0),
  effective_on date NOT NULL,
  valid_from numeric(39,0) NOT NULL CHECK (valid_from >= position),
  valid_to numeric(39,0) CHECK (valid_to > valid_from),
  PRIMARY KEY (academy_id, academic_year, action_id, valid_from)
);
CREATE UNIQUE INDEX improvement_plan_actions_current ON improvement_plan_actions (academy_id, academic_year, action_id) WHERE valid_to IS NULL;
CREATE INDEX improvement_plan_actions_plan ON improvement_plan_actions (academic_year, academy_id, valid_from);

-- One row per rating: `rated@<position>` given on the plan, `aim:<aimId>:<n>` the nth priority of an AIM held,
-- `visit:<visitId>:<n>` the nth aspect of a visit's focus (a focus set again replaces it: a rating it no longer
-- gives is kept as a version marked withdrawn).
CREATE TABLE improvement_plan_ratings (
  rating_id text NOT NULL,
  academy_id text NOT NULL,
  academic_year text NOT NULL,
  priority_id text NOT NULL,
  rating text NOT NULL,
  rated_on date NOT NULL,
  source_kind text NOT NULL CHECK (source_kind IN ('direct', 'aim', 'peer-visit')),
  aim_id text,
  visit_id text,
  rated_by jsonb,
  comment text,
  withdrawn boolean NOT NULL,
  position numeric(39,0) NOT NULL CHECK (position > 0),
  effective_on date NOT NULL,
  valid_from numeric(39,0) NOT NULL CHECK (valid_from >= position),
  valid_to numeric(39,0) CHECK (valid_to > valid_from),
  PRIMARY KEY (rating_id, valid_from)
);
CREATE UNIQUE INDEX improvement_plan_ratings_current ON improvement_plan_ratings (rating_id) WHERE valid_to IS NULL;
CREATE INDEX improvement_plan_ratings_plan ON improvement_plan_ratings (academic_year, academy_id, valid_from);

CREATE TABLE improvement_plan_commitments (
  academy_id text NOT NULL,
  academic_year text NOT NULL,
  commitment_id text NOT NULL,
  priority_id text NOT NULL,
  kind text NOT NULL,
  core_days numeric NOT NULL,
  development_days numeric NOT NULL,
  reviews numeric NOT NULL,
  committed_by jsonb NOT NULL,
  committed_on date NOT NULL,
  position numeric(39,0) NOT NULL CHECK (position > 0),
  effective_on date NOT NULL,
  valid_from numeric(39,0) NOT NULL CHECK (valid_from >= position),
  valid_to numeric(39,0) CHECK (valid_to > valid_from),
  PRIMARY KEY (academy_id, academic_year, commitment_id, valid_from)
);
CREATE UNIQUE INDEX improvement_plan_commitments_current ON improvement_plan_commitments (academy_id, academic_year, commitment_id) WHERE valid_to IS NULL;
CREATE INDEX improvement_plan_commitments_plan ON improvement_plan_commitments (academic_year, academy_id, valid_from);

-- One row per delivery naming a commitment: `core-day@<position>`, `recharge:<rechargeId>` (a version marked
-- reversed once the recharge is reversed) and `review@<position>`.
CREATE TABLE improvement_plan_deliveries (
  delivery_id text NOT NULL,
  academy_id text NOT NULL,
  academic_year text NOT NULL,
  commitment_id text NOT NULL,
  kind text NOT NULL CHECK (kind IN ('core-days', 'development-days', 'review')),
  amount numeric NOT NULL,
  delivered_on date NOT NULL,
  recharge_id text,
  reversed boolean NOT NULL,
  position numeric(39,0) NOT NULL CHECK (position > 0),
  effective_on date NOT NULL,
  valid_from numeric(39,0) NOT NULL CHECK (valid_from >= position),
  valid_to numeric(39,0) CHECK (valid_to > valid_from),
  PRIMARY KEY (delivery_id, valid_from)
);
CREATE UNIQUE INDEX improvement_plan_deliveries_current ON improvement_plan_deliveries (delivery_id) WHERE valid_to IS NULL;
CREATE INDEX improvement_plan_deliveries_plan ON improvement_plan_deliveries (academic_year, academy_id, valid_from);

-- Down Migration
DROP TABLE improvement_plan_deliveries;
DROP TABLE improvement_plan_commitments;
DROP TABLE improvement_plan_ratings;
DROP TABLE improvement_plan_actions;
DROP TABLE improvement_plan_priorities;
DROP TABLE improvement_plans;
DELETE FROM projection_checkpoints WHERE name = 'improvement-plans';
