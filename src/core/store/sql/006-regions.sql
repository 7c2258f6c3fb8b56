-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema 6: the whole country's region registry and population per region.
-- The migration's seed adds every Kemendagri code (data/seed/wilayah.csv) to the region
-- table, keeping the rows already there, and the population figures below.

-- A region's population at a date, as Ditjen Dukcapil publishes it. kode is a region
-- code, or '0' for Indonesia as the source codes the whole country.
CREATE TABLE penduduk (
  kode      TEXT NOT NULL,
  per       TEXT NOT NULL CHECK (per GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
  laki_laki INTEGER NOT NULL CHECK (laki_laki >= 0),
  perempuan INTEGER NOT NULL CHECK (perempuan >= 0),
  total     INTEGER NOT NULL CHECK (total = laki_laki + perempuan),
  sumber    TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (kode, per)
) WITHOUT ROWID;

CREATE TRIGGER penduduk_region BEFORE INSERT ON penduduk
  WHEN NEW.kode <> '0' AND NOT EXISTS (SELECT 1 FROM region WHERE kode = NEW.kode)
BEGIN
  SELECT RAISE (ABORT, 'penduduk: unknown region code');
END;
