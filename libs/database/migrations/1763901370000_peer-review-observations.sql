-- Up Migration
-- Each visitor of a peer review visit now records their own observations (VisitObservationsRecorded), the
-- visit held says who recorded it, and every safeguarding concern who raised it: visits stored before lack
-- these, so the peer-reviews read model is rebuilt from the first event by the runner, and concerns keep
-- who raised them (null for those stored before it was kept). Its rows are a read model, never a record:
-- the event store keeps every fact they came from.
ALTER TABLE peer_review_concerns ADD COLUMN raised_by jsonb;
TRUNCATE peer_review_groups, peer_review_visits, peer_review_concerns;
UPDATE projection_checkpoints SET position = 0, status = 'stopped', failed_position = NULL, last_error = NULL WHERE name = 'peer-reviews';

-- Down Migration
TRUNCATE peer_review_groups, peer_review_visits, peer_review_concerns;
ALTER TABLE peer_review_concerns DROP COLUMN raised_by;
UPDATE projection_checkpoints SET position = 0, status = 'stopped', failed_position = NULL, last_error = NULL WHERE name = 'peer-reviews';
