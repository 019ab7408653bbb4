-- Up Migration
-- A tier decision now carries the day it was made (decided_on), which may be before it was recorded (a past
-- year's decision brought into the ledger), and takes effect from the later of the start of its year and
-- that day (effective_on), so a mid-year revision reads `on` from its own day. Rows stored before lack the
-- day and hold the old effective date, so the tier history is rebuilt from the first event by the runner.
-- Its rows are a read model, never a record: the event store keeps every fact they came from.
TRUNCATE tier_history;
ALTER TABLE tier_history ADD COLUMN decided_on date NOT NULL;
UPDATE projection_checkpoints SET position = 0, status = 'stopped', failed_position = NULL, last_error = NULL WHERE name = 'tier-history';

-- Down Migration
TRUNCATE tier_history;
ALTER TABLE tier_history DROP COLUMN decided_on;
UPDATE projection_checkpoints SET position = 0, status = 'stopped', failed_position = NULL, last_error = NULL WHERE name = 'tier-history';
