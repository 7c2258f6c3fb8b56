-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema 9 for PostgreSQL: live dashboards. Every statement that writes a table of the
-- database, whoever runs it (this program, the CLI, an office's account, a hand-written
-- session), notifies the channel "dukcapil" with the table's name; the server delivers it
-- when the transaction commits, once per table and transaction, and not at all if it rolls
-- back. The windows listen (DkStoreWatch) and show the figures again.
--
-- A table made by a later migration notifies once that migration runs this file's DO
-- block for it. Runs again unharmed (the tests take a database back to an older schema).
CREATE OR REPLACE FUNCTION dk_notify () RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify ('dukcapil', TG_TABLE_NAME);
  RETURN NULL;
END $$;

DO $$
DECLARE
  t record;
BEGIN
  FOR t IN SELECT tablename FROM pg_tables
           WHERE schemaname = current_schema () AND tablename <> 'dk_schema' LOOP
    EXECUTE format ('DROP TRIGGER IF EXISTS dk_notify ON %I', t.tablename);
    EXECUTE format ('CREATE TRIGGER dk_notify AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %I '
                    'FOR EACH STATEMENT EXECUTE FUNCTION dk_notify ()', t.tablename);
  END LOOP;
END $$;
