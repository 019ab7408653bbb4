-- Up Migration
-- The academy card read model (projections/academy-card): one row per academy, the card as JSON.
-- last_position is the global position of the last event folded into the card; an event at or
-- below it is ignored, so applying an event twice changes nothing.
CREATE TABLE academy_cards (
  academy_id text PRIMARY KEY,
  name text NOT NULL,
  hub text NOT NULL,
  card jsonb NOT NULL,
  last_position bigint NOT NULL CHECK (last_position > 0)
);

-- Down Migration
DROP TABLE academy_cards;
