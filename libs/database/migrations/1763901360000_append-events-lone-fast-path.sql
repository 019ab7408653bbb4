-- Up Migration
-- A lone append in one statement's worth of work (for sequential appends: docs/BENCHMARKS.md). append_events() keeps
-- its signature, its answers and its locking order (the stream's row, then the head's, held until
-- commit); for a batch of one append with events it checks the expected version with the UPDATE (or
-- upsert) that moves the stream's version, so the row is written once, not inserted, locked, read
-- and updated. Anything else, and a lone append whose expected version does not hold, takes the
-- general path unchanged.
CREATE OR REPLACE FUNCTION append_events(appends jsonb)
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
  -- the lone append's fast path
  lone jsonb;
  lone_stream text;
  lone_count integer;
  lone_version integer;
BEGIN
  -- A lone append (what group commit sends when one writer is alone): check the expected version and
  -- take the stream's lock in one statement that also moves the version, instead of creating the
  -- stream row, locking it, reading it and updating it. When that statement changes nothing (the
  -- expected version does not hold, or an append without events), nothing has been written and the
  -- general path below answers, refusal included.
  IF jsonb_array_length(appends) = 1 THEN
    lone := appends -> 0;
    lone_stream := lone ->> 'streamId';
    lone_count := jsonb_array_length(lone -> 'events');
    expected := lone -> 'expected';
    IF lone_count > 0 THEN
      IF expected #>> '{}' = 'any' THEN
        INSERT INTO event_streams AS es (stream_id, version) VALUES (lone_stream, lone_count - 1)
          ON CONFLICT (stream_id) DO UPDATE SET version = es.version + lone_count
          RETURNING es.version INTO lone_version;
      ELSIF expected #>> '{}' = 'no-stream' OR (jsonb_typeof(expected) = 'number' AND (expected #>> '{}')::integer = -1) THEN
        INSERT INTO event_streams AS es (stream_id, version) VALUES (lone_stream, lone_count - 1)
          ON CONFLICT (stream_id) DO UPDATE SET version = lone_count - 1 WHERE es.version = -1
          RETURNING es.version INTO lone_version;
      ELSIF expected #>> '{}' = 'stream-exists' THEN
        UPDATE event_streams es SET version = es.version + lone_count
         WHERE es.stream_id = lone_stream AND es.version >= 0
         RETURNING es.version INTO lone_version;
      ELSIF jsonb_typeof(expected) = 'number' THEN
        UPDATE event_streams es SET version = es.version + lone_count
         WHERE es.stream_id = lone_stream AND es.version = (expected #>> '{}')::integer
         RETURNING es.version INTO lone_version;
      END IF;
    END IF;
    IF lone_version IS NOT NULL THEN
      -- The position lock, as below: taken last, held until commit.
      UPDATE event_store_head h
         SET last_position = h.last_position + lone_count,
             last_recorded_at = GREATEST(date_trunc('milliseconds', clock_timestamp()), h.last_recorded_at)
       RETURNING h.last_position - lone_count, h.last_recorded_at INTO head_position, stamp;
      INSERT INTO events (position, stream_id, stream_version, event_id, type, schema_version, data, metadata, recorded_at)
      SELECT head_position + e.k, lone_stream, lone_version - lone_count + e.k::integer,
             (e.ev->>'eventId')::uuid, e.ev->>'type', (e.ev->>'schemaVersion')::integer, e.ev->'data', e.ev->'metadata', stamp
        FROM jsonb_array_elements(lone -> 'events') WITH ORDINALITY AS e(ev, k);
      append_index := 0; accepted := true; stream_version := lone_version;
      first_position := head_position + 1; last_position := head_position + lone_count; recorded_at := stamp;
      RETURN NEXT;
      PERFORM pg_notify('trust_ledger_events', (head_position + lone_count)::text);
      RETURN;
    END IF;
  END IF;

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
CREATE OR REPLACE FUNCTION append_events(appends jsonb)
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
