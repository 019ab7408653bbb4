-- Up Migration
-- Report snapshots (POST /admin/reports): the content as built, the global position it was built at
-- and the sha256 of its canonical JSON, so a regenerated report can be checked against it.
CREATE TABLE report_snapshots (
  id text PRIMARY KEY,
  type text NOT NULL,
  academic_year text,
  as_of numeric(39,0),
  on_date date,
  position numeric(39,0) NOT NULL CHECK (position >= 0),
  content_hash text NOT NULL,
  content jsonb NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);

-- Down Migration
DROP TABLE report_snapshots;
