-- Up Migration

-- The append-only event store. Positions are assigned under the row lock on event_store_head,
-- held until commit, so they become visible strictly in order and are gapless: a reader
-- polling "position > checkpoint" never misses an event that commits late, and never waits
-- on unrelated transactions.
CREATE TABLE event_store_head (
  singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
  last_position bigint NOT NULL,
  last_recorded_at timestamptz NOT NULL
);
INSERT INTO event_store_head (singleton, last_position, last_recorded_at) VALUES (true, 0, '-infinity');

-- Current version of every stream (version of its last event; -1: no events yet).
CREATE TABLE event_streams (
  stream_id text PRIMARY KEY,
  version integer NOT NULL
);

CREATE TABLE events (
  position bigint PRIMARY KEY,
  stream_id text NOT NULL,
  stream_version integer NOT NULL,
  event_id uuid NOT NULL,
  type text NOT NULL,
  schema_version integer NOT NULL,
  data jsonb NOT NULL,
  metadata jsonb NOT NULL,
  recorded_at timestamptz NOT NULL,
  CONSTRAINT events_stream_version_unique UNIQUE (stream_id, stream_version),
  CONSTRAINT events_event_id_unique UNIQUE (event_id)
);
CREATE INDEX events_type_position ON events (type, position);
CREATE INDEX events_recorded_at ON events (recorded_at);

-- Nothing is ever updated or deleted in the event store.
CREATE FUNCTION events_are_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'events are immutable: % on events is not allowed', TG_OP;
END
$$;
CREATE TRIGGER events_no_update_or_delete BEFORE UPDATE OR DELETE ON events
  FOR EACH ROW EXECUTE FUNCTION events_are_immutable();
CREATE TRIGGER events_no_truncate BEFORE TRUNCATE ON events
  FOR EACH STATEMENT EXECUTE FUNCTION events_are_immutable();

-- Appends a batch of appends (one round trip, one transaction) and answers, per append, whether
-- it was accepted and where its events landed. Each append keeps its own expected-version check:
-- a refused append does not affect the others in the batch.
--
-- appends: [{ "streamId": text, "expected": "any" | "no-stream" | "stream-exists" | <int>,
--             "events": [{ "eventId", "type", "schemaVersion", "data", "metadata" }] }]
CREATE FUNCTION append_events(appends jsonb)
RETURNS TABLE (append_index integer, accepted boolean, stream_version integer, first_position bigint, last_position bigint, recorded_at timestamptz)
LANGUAGE plpgsql AS $$
#variable_conflict use_column
DECLARE
  stream_ids text[];
  versions jsonb := '{}'::jsonb;
  item jsonb;
  idx integer := 0;
  current_version integer;
  expected jsonb;
  event_count integer;
  ok boolean;
  -- accepted appends: index, stream id, first stream version, event count
  acc_index integer[] := '{}';
  acc_stream text[] := '{}';
  acc_first_version integer[] := '{}';
  acc_count integer[] := '{}';
  total integer := 0;
  head_position bigint;
  stamp timestamptz;
  start_position bigint;
  offset_in_batch bigint := 0;
  row_record record;
BEGIN
  SELECT array_agg(DISTINCT a->>'streamId' ORDER BY a->>'streamId')
    INTO stream_ids
    FROM jsonb_array_elements(appends) AS a;

  -- Create missing stream rows in a fixed order, then lock all the batch's streams in that order
  -- (a fixed order keeps concurrent batches from deadlocking).
  INSERT INTO event_streams (stream_id, version)
    SELECT s, -1 FROM unnest(stream_ids) AS s ORDER BY s
    ON CONFLICT (stream_id) DO NOTHING;
  FOR row_record IN
    SELECT es.stream_id, es.version FROM event_streams es
     WHERE es.stream_id = ANY (stream_ids) ORDER BY es.stream_id FOR UPDATE
  LOOP
    versions := versions || jsonb_build_object(row_record.stream_id, row_record.version);
  END LOOP;

  FOR item IN SELECT value FROM jsonb_array_elements(appends) LOOP
    current_version := (versions ->> (item->>'streamId'))::integer;
    expected := item->'expected';
    event_count := jsonb_array_length(item->'events');
    ok := CASE
      WHEN jsonb_typeof(expected) = 'number' THEN current_version = (expected #>> '{}')::integer
      WHEN expected #>> '{}' = 'any' THEN true
      WHEN expected #>> '{}' = 'no-stream' THEN current_version = -1
      WHEN expected #>> '{}' = 'stream-exists' THEN current_version >= 0
      ELSE false
    END;
    IF ok AND event_count > 0 THEN
      acc_index := acc_index || idx;
      acc_stream := acc_stream || (item->>'streamId');
      acc_first_version := acc_first_version || (current_version + 1);
      acc_count := acc_count || event_count;
      total := total + event_count;
      versions := versions || jsonb_build_object(item->>'streamId', current_version + event_count);
    ELSIF ok THEN
      append_index := idx; accepted := true; stream_version := current_version;
      first_position := NULL; last_position := NULL; recorded_at := NULL;
      RETURN NEXT;
    ELSE
      append_index := idx; accepted := false; stream_version := current_version;
      first_position := NULL; last_position := NULL; recorded_at := NULL;
      RETURN NEXT;
    END IF;
    idx := idx + 1;
  END LOOP;

  IF total = 0 THEN
    RETURN;
  END IF;

  UPDATE event_streams es SET version = (versions ->> es.stream_id)::integer
   WHERE es.stream_id = ANY (acc_stream);

  -- The position lock: taken last, held until commit. recorded_at (whole milliseconds, as clients see
  -- timestamps) never goes backwards in position order, so "as of T" is a prefix of the log.
  UPDATE event_store_head h
     SET last_position = h.last_position + total,
         last_recorded_at = GREATEST(date_trunc('milliseconds', clock_timestamp()), h.last_recorded_at)
   RETURNING h.last_position - total, h.last_recorded_at INTO head_position, stamp;

  start_position := head_position + 1;
  INSERT INTO events (position, stream_id, stream_version, event_id, type, schema_version, data, metadata, recorded_at)
  SELECT start_position + ordered.n - 1,
         ordered.stream_id,
         ordered.first_version + ordered.k - 1,
         (ordered.ev->>'eventId')::uuid,
         ordered.ev->>'type',
         (ordered.ev->>'schemaVersion')::integer,
         ordered.ev->'data',
         ordered.ev->'metadata',
         stamp
    FROM (
      SELECT accepted_append.stream_id, accepted_append.first_version, e.ev, e.k,
             row_number() OVER (ORDER BY accepted_append.ord, e.k) AS n
        FROM unnest(acc_index, acc_stream, acc_first_version) WITH ORDINALITY
               AS accepted_append(append_idx, stream_id, first_version, ord)
        CROSS JOIN LATERAL jsonb_array_elements(appends -> accepted_append.append_idx -> 'events')
               WITH ORDINALITY AS e(ev, k)
    ) ordered;

  FOR i IN 1 .. coalesce(array_length(acc_index, 1), 0) LOOP
    append_index := acc_index[i];
    accepted := true;
    stream_version := acc_first_version[i] + acc_count[i] - 1;
    first_position := start_position + offset_in_batch;
    last_position := start_position + offset_in_batch + acc_count[i] - 1;
    recorded_at := stamp;
    offset_in_batch := offset_in_batch + acc_count[i];
    RETURN NEXT;
  END LOOP;

  PERFORM pg_notify('trust_ledger_events', (head_position + total)::text);
END
$$;

-- Down Migration
DROP FUNCTION IF EXISTS append_events(jsonb);
DROP TABLE IF EXISTS events;
DROP FUNCTION IF EXISTS events_are_immutable();
DROP TABLE IF EXISTS event_streams;
DROP TABLE IF EXISTS event_store_head;
