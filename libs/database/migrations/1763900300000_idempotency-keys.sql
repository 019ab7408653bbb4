-- Up Migration

-- Idempotency-Key claims of the HTTP command pipeline. One row per (scope, key), scope being the
-- route and the actor. A request claims its key with INSERT ... ON CONFLICT DO NOTHING before the
-- command runs ('pending'), stores the answer when it succeeds ('completed'), and deletes the claim
-- when it fails, so a retry runs the command again. The event store's per-stream idempotency-key
-- check stays the safety net for a crash between the append and the answer.
CREATE TABLE idempotency_keys (
  key text NOT NULL,
  scope text NOT NULL,
  request_hash text NOT NULL,
  status text NOT NULL CHECK (status IN ('pending', 'completed')),
  response jsonb,
  status_code integer,
  created_at timestamptz NOT NULL DEFAULT now(),
  -- The current claim: a pending claim older than the lease was left by a process that died
  -- mid-command and may be taken over; the token keeps the old holder from completing or
  -- releasing a claim that is no longer its own.
  claim_token uuid NOT NULL,
  claimed_at timestamptz NOT NULL DEFAULT now(),
  completed_at timestamptz,
  PRIMARY KEY (scope, key),
  CONSTRAINT idempotency_keys_completed_has_answer
    CHECK (status = 'pending' OR (response IS NOT NULL AND status_code IS NOT NULL AND completed_at IS NOT NULL))
);
CREATE INDEX idempotency_keys_created_at ON idempotency_keys (created_at);

-- Down Migration
DROP TABLE IF EXISTS idempotency_keys;
