-- Up Migration
-- The hash chain of a store whose events live outside this database (EVENT_STORE=eventstoredb), kept
-- beside the projection checkpoints. PostgreSQL's own events keep their chain in event_hash_chain, made
-- by a trigger in the append's transaction; this table is written by the ChainKeeper
-- (libs/event-store hash-chain), which follows the store's $all from the last link it wrote:
--
--   link(n) = sha256(link(n - 1) || utf8(canonical text of the n-th event, as the store returns it))
--   link(0) = 32 zero bytes
--
-- position: the event's global position in the store (an EventStoreDB $all position packed as
--   commit << 64 | prepare, up to 2^128 - 1: numeric(39,0), like the checkpoints).
-- ordinal:  1 for the first event linked, 2 for the next, ... with no gap: EventStoreDB's positions are
--   not consecutive, so the ordinal is what shows an event deleted together with its link.
-- Links are written in position order, a batch per transaction under an advisory lock, and are never
-- updated or deleted (triggers refuse it, as they do for the events).
CREATE TABLE store_hash_chain (
  position numeric(39,0) PRIMARY KEY CHECK (position > 0),
  ordinal bigint NOT NULL UNIQUE CHECK (ordinal > 0),
  link bytea NOT NULL CHECK (octet_length(link) = 32),
  linked_at timestamptz NOT NULL DEFAULT now()
);

CREATE FUNCTION store_hash_chain_is_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'the hash chain is immutable: % on store_hash_chain is not allowed', TG_OP;
END
$$;
CREATE TRIGGER store_hash_chain_no_update_or_delete BEFORE UPDATE OR DELETE ON store_hash_chain
  FOR EACH ROW EXECUTE FUNCTION store_hash_chain_is_immutable();
CREATE TRIGGER store_hash_chain_no_truncate BEFORE TRUNCATE ON store_hash_chain
  FOR EACH STATEMENT EXECUTE FUNCTION store_hash_chain_is_immutable();

-- Down Migration
DROP TABLE store_hash_chain;
DROP FUNCTION store_hash_chain_is_immutable();
