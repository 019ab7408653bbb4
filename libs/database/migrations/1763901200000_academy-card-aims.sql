-- Up Migration
-- The academy card now folds AIM events (nextAim, upcomingAims) and the KPI source of KpiRecorded v2:
-- cards stored before lack both, so the card is rebuilt from the first event by the worker's runner.
-- Its rows are a read model, never a record: the event store keeps every fact they came from.
TRUNCATE academy_cards;
UPDATE projection_checkpoints SET position = 0, status = 'stopped', failed_position = NULL, last_error = NULL WHERE name = 'academy-card';

-- Down Migration
TRUNCATE academy_cards;
UPDATE projection_checkpoints SET position = 0, status = 'stopped', failed_position = NULL, last_error = NULL WHERE name = 'academy-card';
