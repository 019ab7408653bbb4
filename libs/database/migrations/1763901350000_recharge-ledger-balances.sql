-- Up Migration
-- Running balances of the recharge ledger (so an as-of reconciliation stays flat as history grows). One
-- row per academic year and account with the sums of every line posted to it so far, as temporal rows
-- (valid_from, valid_to: the positions each version is valid for): a new version per event that posts
-- to the account. GET /finance/reconciliation, live or `asOf`, reads the rows valid at the position,
-- one per account, instead of summing the year's lines. internal_*: the part of the sums posted by
-- recharges between academies (not by the trust centre's staff), which must net to zero. `on=<date>`
-- still sums the lines effective by the date. The read model is rebuilt from the events: its tables
-- are emptied and the projection's checkpoint reset to 0.
CREATE TABLE recharge_ledger_balances (
  academic_year text NOT NULL,
  account text NOT NULL,
  -- The academy whose account it is; NULL for the trust centre's.
  academy_id text,
  debit_pence bigint NOT NULL CHECK (debit_pence >= 0),
  credit_pence bigint NOT NULL CHECK (credit_pence >= 0),
  internal_debit_pence bigint NOT NULL CHECK (internal_debit_pence >= 0),
  internal_credit_pence bigint NOT NULL CHECK (internal_credit_pence >= 0),
  line_count integer NOT NULL CHECK (line_count > 0),
  valid_from numeric(39,0) NOT NULL CHECK (valid_from > 0),
  valid_to numeric(39,0) CHECK (valid_to > valid_from),
  PRIMARY KEY (academic_year, account, valid_from)
);
CREATE UNIQUE INDEX recharge_ledger_balances_current ON recharge_ledger_balances (academic_year, account) WHERE valid_to IS NULL;

TRUNCATE recharge_ledger_lines, recharge_ledger_budgets;
UPDATE projection_checkpoints SET position = 0, failed_position = NULL, last_error = NULL WHERE name = 'recharge-ledger';

-- Down Migration
DROP TABLE recharge_ledger_balances;
