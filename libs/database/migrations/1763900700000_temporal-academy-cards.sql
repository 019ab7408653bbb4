-- Up Migration
-- Temporal academy cards (docs/ARCHITECTURE.md, "Time travel"): every version of a card is kept with the range of
-- global positions it is valid for, so `asOf` reads the card as it stood at a position with one index
-- lookup instead of a replay. valid_from is the position of the event that produced the version,
-- valid_to that of the event that replaced it (NULL while current). A version is never updated in
-- place: it is closed and a new one inserted (libs/projection-runner/src/versioned-rows.ts).
-- The read model is rebuilt from the events: the table is dropped and recreated empty and the
-- projection's checkpoint reset to 0, so the worker replays every event into it.
DROP TABLE academy_cards;
CREATE TABLE academy_cards (
  academy_id text NOT NULL,
  name text NOT NULL,
  hub text NOT NULL,
  card jsonb NOT NULL,
  last_position numeric(39,0) NOT NULL CHECK (last_position > 0),
  valid_from numeric(39,0) NOT NULL CHECK (valid_from > 0),
  valid_to numeric(39,0) CHECK (valid_to > valid_from),
  PRIMARY KEY (academy_id, valid_from)
);
CREATE UNIQUE INDEX academy_cards_current ON academy_cards (academy_id) WHERE valid_to IS NULL;
UPDATE projection_checkpoints SET position = 0, failed_position = NULL, last_error = NULL WHERE name = 'academy-card';

-- Down Migration
DROP TABLE academy_cards;
CREATE TABLE academy_cards (
  academy_id text PRIMARY KEY,
  name text NOT NULL,
  hub text NOT NULL,
  card jsonb NOT NULL,
  last_position numeric(39,0) NOT NULL CHECK (last_position > 0)
);
UPDATE projection_checkpoints SET position = 0, failed_position = NULL, last_error = NULL WHERE name = 'academy-card';
