-- Up Migration
-- One row naming this deployment: a random id made when its database was created. Processes sharing
-- the database (the API and its workers) read the same id; another deployment's database has another,
-- so the default Redis key prefix of the job queue differs per deployment and two deployments sharing
-- one Redis never take each other's jobs.
CREATE TABLE deployment_identity (
  singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  created_at timestamptz NOT NULL DEFAULT now()
);
INSERT INTO deployment_identity DEFAULT VALUES;

-- Down Migration
DROP TABLE deployment_identity;
