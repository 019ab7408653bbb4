-- Up Migration
-- A history that proves it was not altered: every event is chained to the one before it in global order
-- by a SHA-256 hash, kept beside the events (a row per position in event_hash_chain), computed in the
-- append's own transaction by a trigger, under the head lock the append already holds (positions are
-- assigned under it, so the previous position's link is committed or made earlier in this transaction).
--
--   link(p) = sha256(link(p - 1) || utf8(canonical(p)))      link(0) = 32 zero bytes
--   canonical(p) = the text of the jsonb array
--     [position, stream_id, stream_version, event_id, type, schema_version, data, metadata, recorded_at]
--   with recorded_at in UTC as 'YYYY-MM-DDTHH:MI:SS.ffffffZ'. jsonb's text is canonical (keys ordered,
--   one spelling per value), so the same stored event always reads the same.
--
-- The verifier (libs/event-store hash-chain) asks PostgreSQL only for that canonical text and computes the
-- hashes itself, so a replaced function here cannot vouch for an altered event. The chain is as immutable
-- as the events: no update, delete or truncate.
CREATE TABLE event_hash_chain (
  position bigint PRIMARY KEY,
  hash bytea NOT NULL CHECK (octet_length(hash) = 32)
);
CREATE TRIGGER event_hash_chain_no_update_or_delete BEFORE UPDATE OR DELETE ON event_hash_chain
  FOR EACH ROW EXECUTE FUNCTION events_are_immutable();
CREATE TRIGGER event_hash_chain_no_truncate BEFORE TRUNCATE ON event_hash_chain
  FOR EACH STATEMENT EXECUTE FUNCTION events_are_immutable();

CREATE FUNCTION event_canonical_text(e events) RETURNS text LANGUAGE sql STABLE AS $$
  SELECT jsonb_build_array(e.position, e.stream_id, e.stream_version, e.event_id, e.type, e.schema_version, e.data, e.metadata,
                           to_char(e.recorded_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'))::text
$$;

CREATE FUNCTION chain_event() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  previous bytea;
BEGIN
  IF NEW.position = 1 THEN
    previous := decode(repeat('00', 32), 'hex');
  ELSE
    SELECT c.hash INTO previous FROM event_hash_chain c WHERE c.position = NEW.position - 1;
    IF previous IS NULL THEN
      RAISE EXCEPTION 'the hash chain has no link at position %: the history was altered (npm run cli -- verify names where)', NEW.position - 1;
    END IF;
  END IF;
  INSERT INTO event_hash_chain (position, hash) VALUES (NEW.position, sha256(previous || convert_to(event_canonical_text(NEW), 'UTF8')));
  RETURN NULL;
END
$$;

-- The events stored before the chain existed are chained now, in order.
DO $$
DECLARE
  previous bytea := decode(repeat('00', 32), 'hex');
  e events;
BEGIN
  FOR e IN SELECT * FROM events ORDER BY position LOOP
    previous := sha256(previous || convert_to(event_canonical_text(e), 'UTF8'));
    INSERT INTO event_hash_chain (position, hash) VALUES (e.position, previous);
  END LOOP;
END
$$;

CREATE TRIGGER events_chained AFTER INSERT ON events FOR EACH ROW EXECUTE FUNCTION chain_event();

-- The deployment's Ed25519 key that signs digests of the chain's head (GET /audit/digest), made by the API
-- the first time a digest is asked for. An auditor keeps the public key with the digests.
CREATE TABLE audit_signing_key (
  singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
  private_key_pem text NOT NULL,
  public_key_pem text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);

-- Down Migration
DROP TABLE audit_signing_key;
DROP TRIGGER events_chained ON events;
DROP FUNCTION chain_event();
DROP FUNCTION event_canonical_text(events);
DROP TABLE event_hash_chain;
