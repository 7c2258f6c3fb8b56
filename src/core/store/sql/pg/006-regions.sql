-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema 6 for PostgreSQL: the whole country's region registry and population per region
-- (see ../006-regions.sql). The migration's seed adds every Kemendagri code
-- (data/seed/wilayah.csv) to the region table, keeping the rows already there, and the
-- population figures below.

-- A region's population at a date, as Ditjen Dukcapil publishes it. kode is a region
-- code, or '0' for Indonesia as the source codes the whole country.
CREATE TABLE penduduk (
  kode      text COLLATE "C" NOT NULL,
  per       date NOT NULL CHECK (per BETWEEN '0001-01-01' AND '9999-12-31'),
  laki_laki bigint NOT NULL CHECK (laki_laki >= 0),
  perempuan bigint NOT NULL CHECK (perempuan >= 0),
  total     bigint NOT NULL CHECK (total = laki_laki + perempuan),
  sumber    text COLLATE "C" NOT NULL DEFAULT '',
  PRIMARY KEY (kode, per)
);

-- kode is a region's or '0': not a foreign key, so a trigger checks it (as sqlite's does,
-- on insert only).
CREATE FUNCTION penduduk_region () RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.kode <> '0' AND NOT EXISTS (SELECT 1 FROM region WHERE kode = NEW.kode) THEN
    RAISE EXCEPTION 'penduduk: unknown region code' USING ERRCODE = 'foreign_key_violation';
  END IF;
  RETURN NEW;
END
$$;

CREATE TRIGGER penduduk_region BEFORE INSERT ON penduduk
  FOR EACH ROW EXECUTE FUNCTION penduduk_region ();
