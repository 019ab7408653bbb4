-- Up Migration
-- The expertise-directory read model (seed 003, "Database of Expertise"): each member of staff's entry as it
-- stands (withdrawn entries kept, marked), and each academy's hub, so a search when brokering support can
-- offer staff of the supported academy's hub first. Temporal rows as every read model's.
CREATE TABLE expertise_directory_entries (
  staff_id text NOT NULL,
  name text NOT NULL,
  employer_academy_id text,
  role text NOT NULL,
  areas text[] NOT NULL,
  other_areas text[] NOT NULL,
  listed boolean NOT NULL,
  position numeric(39,0) NOT NULL CHECK (position > 0),
  valid_from numeric(39,0) NOT NULL CHECK (valid_from >= position),
  valid_to numeric(39,0) CHECK (valid_to > valid_from),
  PRIMARY KEY (staff_id, valid_from)
);
CREATE UNIQUE INDEX expertise_directory_entries_current ON expertise_directory_entries (staff_id) WHERE valid_to IS NULL;
CREATE INDEX expertise_directory_entries_areas ON expertise_directory_entries USING gin (areas) WHERE valid_to IS NULL AND listed;

CREATE TABLE expertise_directory_academies (
  academy_id text NOT NULL,
  hub text NOT NULL,
  position numeric(39,0) NOT NULL CHECK (position > 0),
  valid_from numeric(39,0) NOT NULL CHECK (valid_from >= position),
  valid_to numeric(39,0) CHECK (valid_to > valid_from),
  PRIMARY KEY (academy_id, valid_from)
);
CREATE UNIQUE INDEX expertise_directory_academies_current ON expertise_directory_academies (academy_id) WHERE valid_to IS NULL;

-- Down Migration
DROP TABLE expertise_directory_academies;
DROP TABLE expertise_directory_entries;
DELETE FROM projection_checkpoints WHERE name = 'expertise-directory';
