-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema 2: the M2M device inventory, its on/off events, and the totals sources state.

-- One inventory per as-of date.
CREATE TABLE m2m_snapshot (
  id     INTEGER PRIMARY KEY,
  per    TEXT NOT NULL UNIQUE
         CHECK (per GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
  sumber TEXT NOT NULL DEFAULT ''
);

-- A kabupaten/kota office's devices at a snapshot. Active devices above the number of
-- devices are possible in a bad source: `dukcapil-cli check` reports them.
CREATE TABLE m2m_value (
  snapshot_id INTEGER NOT NULL REFERENCES m2m_snapshot (id) ON DELETE CASCADE,
  kode        TEXT NOT NULL REFERENCES region (kode),
  perangkat   INTEGER NOT NULL CHECK (perangkat >= 0),
  aktif       INTEGER NOT NULL CHECK (aktif >= 0),
  keterangan  TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (snapshot_id, kode)
) WITHOUT ROWID;

-- Something that happened to the devices: nationally (kode NULL) or to one office.
-- When only the month is known, bulan_saja is 1 and the day is the first.
CREATE TABLE m2m_event (
  id        INTEGER PRIMARY KEY,
  tanggal   TEXT NOT NULL
            CHECK (tanggal GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
  bulan_saja INTEGER NOT NULL DEFAULT 0 CHECK (bulan_saja IN (0, 1)),
  kode      TEXT REFERENCES region (kode),
  jenis     TEXT NOT NULL CHECK (jenis IN ('nonaktif', 'aktif', 'tambah', 'rusak', 'lapor', 'lain')),
  catatan   TEXT NOT NULL DEFAULT ''
);
CREATE INDEX m2m_event_tanggal ON m2m_event (tanggal);

-- A total printed by a source (its "Total"/"Jumlah" row), kept as printed and compared
-- with the sum of the rows. tabel names the table ('m2m', …), ref the snapshot's date or
-- the year, kode the region or line the total is of; nilai is NULL when printed blank.
CREATE TABLE stated_total (
  tabel TEXT NOT NULL,
  ref   TEXT NOT NULL,
  kode  TEXT NOT NULL,
  kolom TEXT NOT NULL,
  nilai INTEGER,
  label TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (tabel, ref, kode, kolom)
) WITHOUT ROWID;
