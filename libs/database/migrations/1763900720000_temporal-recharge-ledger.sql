-- Up Migration
-- Temporal recharge ledger (docs/ARCHITECTURE.md, "Time travel"). Every row carries the range of global positions
-- it is valid for: valid_from, the event that produced it; valid_to, the event that replaced it (NULL
-- while current). A ledger line is never replaced (a reversal posts new lines), so its valid_to stays
-- NULL; a budget is replaced by a later agreement, which closes the old version instead of updating
-- it. effective_on is the date the fact is about: a recharge's lines its deliveredOn; a reversal's
-- lines the reversed recharge's deliveredOn (a correction counts as of the fact it corrects); a budget
-- the start of its academic year. `asOf` reads the rows valid at a position, `on` those effective by a date.
-- The read model is rebuilt from the events: the tables are dropped and recreated empty and the
-- projection's checkpoint reset to 0, so the worker replays every event into them.
DROP TABLE recharge_ledger_budgets;
DROP TABLE recharge_ledger_lines;
CREATE TABLE recharge_ledger_lines (
  position numeric(39,0) NOT NULL CHECK (position > 0),
  line_number smallint NOT NULL CHECK (line_number > 0),
  recharge_id text NOT NULL,
  -- The year the line counts in: a reversal's is its recharge's, whenever it is reversed.
  academic_year text NOT NULL,
  -- The day the support was delivered, or the day the recharge was reversed.
  date date NOT NULL,
  account text NOT NULL,
  -- The academy whose account it is; NULL for the trust centre's.
  academy_id text,
  debit_pence bigint NOT NULL CHECK (debit_pence >= 0),
  credit_pence bigint NOT NULL CHECK (credit_pence >= 0),
  description text NOT NULL,
  effective_on date NOT NULL,
  valid_from numeric(39,0) NOT NULL CHECK (valid_from = position),
  valid_to numeric(39,0) CHECK (valid_to > valid_from),
  PRIMARY KEY (position, line_number, valid_from),
  CONSTRAINT recharge_ledger_lines_one_side CHECK (debit_pence = 0 OR credit_pence = 0)
);
CREATE INDEX recharge_ledger_lines_year_academy ON recharge_ledger_lines (academic_year, academy_id, valid_from);
CREATE INDEX recharge_ledger_lines_recharge ON recharge_ledger_lines (recharge_id, valid_from);

CREATE TABLE recharge_ledger_budgets (
  academy_id text NOT NULL,
  academic_year text NOT NULL,
  amount_pence bigint NOT NULL CHECK (amount_pence >= 0),
  position numeric(39,0) NOT NULL CHECK (position > 0),
  effective_on date NOT NULL,
  valid_from numeric(39,0) NOT NULL CHECK (valid_from = position),
  valid_to numeric(39,0) CHECK (valid_to > valid_from),
  PRIMARY KEY (academy_id, academic_year, valid_from)
);
CREATE UNIQUE INDEX recharge_ledger_budgets_current ON recharge_ledger_budgets (academy_id, academic_year) WHERE valid_to IS NULL;
UPDATE projection_checkpoints SET position = 0, failed_position = NULL, last_error = NULL WHERE name = 'recharge-ledger';

-- Down Migration
DROP TABLE recharge_ledger_budgets;
DROP TABLE recharge_ledger_lines;
CREATE TABLE recharge_ledger_lines (
  position numeric(39,0) NOT NULL CHECK (position > 0),
  line_number smallint NOT NULL CHECK (line_number > 0),
  recharge_id text NOT NULL,
  academic_year text NOT NULL,
  date date NOT NULL,
  account text NOT NULL,
  academy_id text,
  debit_pence bigint NOT NULL CHECK (debit_pence >= 0),
  credit_pence bigint NOT NULL CHECK (credit_pence >= 0),
  description text NOT NULL,
  PRIMARY KEY (position, line_number),
  CONSTRAINT recharge_ledger_lines_one_side CHECK (debit_pence = 0 OR credit_pence = 0)
);
CREATE INDEX recharge_ledger_lines_year_academy ON recharge_ledger_lines (academic_year, academy_id, position);
CREATE INDEX recharge_ledger_lines_recharge ON recharge_ledger_lines (recharge_id);
CREATE TABLE recharge_ledger_budgets (
  academy_id text NOT NULL,
  academic_year text NOT NULL,
  amount_pence bigint NOT NULL CHECK (amount_pence >= 0),
  position numeric(39,0) NOT NULL CHECK (position > 0),
  PRIMARY KEY (academy_id, academic_year)
);
UPDATE projection_checkpoints SET position = 0, failed_position = NULL, last_error = NULL WHERE name = 'recharge-ledger';
