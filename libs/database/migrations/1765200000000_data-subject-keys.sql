-- Up Migration
-- A key per data subject (a member of staff, a SIP, a user, a safeguarding concern), under which the
-- personal data events hold about them is sealed (AES-256-GCM). Each key is kept wrapped by the
-- deployment's master key (PERSONAL_DATA_MASTER_KEY, never stored here). Erasing a subject destroys its
-- key: the events keep their sealed fields, unchanged, and nobody can open them again. This table is
-- not the event store: a key's row is updated once, when it is destroyed, and never deleted.
CREATE TABLE data_subject_keys (
  subject text PRIMARY KEY,
  wrapped_key text,
  created_at timestamptz NOT NULL DEFAULT now(),
  destroyed_at timestamptz,
  CONSTRAINT data_subject_key_live_or_destroyed CHECK ((wrapped_key IS NULL) = (destroyed_at IS NOT NULL))
);

CREATE FUNCTION data_subject_keys_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    RAISE EXCEPTION 'a data subject''s key is never deleted: erasure destroys it (wrapped_key set to null)';
  END IF;
  IF OLD.wrapped_key IS NULL THEN
    RAISE EXCEPTION 'a destroyed key stays destroyed';
  END IF;
  IF NEW.wrapped_key IS NOT NULL OR NEW.subject <> OLD.subject OR NEW.created_at <> OLD.created_at THEN
    RAISE EXCEPTION 'a data subject''s key changes only by being destroyed';
  END IF;
  RETURN NEW;
END;
$$;

CREATE TRIGGER data_subject_keys_only_destroyed
  BEFORE UPDATE OR DELETE ON data_subject_keys
  FOR EACH ROW EXECUTE FUNCTION data_subject_keys_refuse_change();

-- Down Migration
DROP TABLE data_subject_keys;
DROP FUNCTION data_subject_keys_refuse_change();
