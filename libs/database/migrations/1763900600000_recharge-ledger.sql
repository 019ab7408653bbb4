-- Up Migration
-- The recharge ledger read model (projections/recharge-ledger): the double-entry lines every
-- RechargeLogged and RechargeReversed posts (libs/domain postingsFor), and each academy's latest
-- improvement budget per academic year. Money is integer pence (bigint); positions are the event
-- store's global positions (numeric(39,0), wide enough for EventStoreDB's packed $all positions).

-- One row per ledger line. An event posts its lines under its own position, numbered from 1, so
-- (position, line_number) identifies a line and applying an event twice inserts nothing new.
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
  PRIMARY KEY (position, line_number),
  CONSTRAINT recharge_ledger_lines_one_side CHECK (debit_pence = 0 OR credit_pence = 0)
);
CREATE INDEX recharge_ledger_lines_year_academy ON recharge_ledger_lines (academic_year, academy_id, position);
CREATE INDEX recharge_ledger_lines_recharge ON recharge_ledger_lines (recharge_id);

-- The latest improvement budget agreed per academy and academic year; position is the agreement's,
-- so an older agreement (or the same one again) never overwrites a newer one.
CREATE TABLE recharge_ledger_budgets (
  academy_id text NOT NULL,
  academic_year text NOT NULL,
  amount_pence bigint NOT NULL CHECK (amount_pence >= 0),
  position numeric(39,0) NOT NULL CHECK (position > 0),
  PRIMARY KEY (academy_id, academic_year)
);

-- Down Migration
DROP TABLE IF EXISTS recharge_ledger_budgets;
DROP TABLE IF EXISTS recharge_ledger_lines;
