-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema 3: budget realisation by kode rekening (anggaran and realisasi of each activity).

-- A fiscal year (Tahun Anggaran).
CREATE TABLE anggaran_tahun (
  tahun INTEGER PRIMARY KEY CHECK (tahun BETWEEN 2000 AND 2999)
);

-- An activity (sub kegiatan) of a year, e.g. 2.12.04.1.02.0001.
CREATE TABLE anggaran_kegiatan (
  id    INTEGER PRIMARY KEY,
  tahun INTEGER NOT NULL REFERENCES anggaran_tahun (tahun) ON DELETE CASCADE,
  kode  TEXT NOT NULL CHECK (kode <> ''),
  nama  TEXT NOT NULL CHECK (nama <> ''),
  UNIQUE (tahun, kode)
);

-- A budget line (kode rekening) of an activity. The hierarchy comes from the codes:
-- a line's parent is the longest other code of the activity that prefixes it followed
-- by '.'. Only lines without children carry amounts; the others are sums. A line whose
-- code is the activity's own carries the activity's amounts when the source gives no
-- breakdown.
CREATE TABLE anggaran_baris (
  id          INTEGER PRIMARY KEY,
  kegiatan_id INTEGER NOT NULL REFERENCES anggaran_kegiatan (id) ON DELETE CASCADE,
  kode        TEXT NOT NULL CHECK (kode <> ''),
  uraian      TEXT NOT NULL CHECK (uraian <> ''),
  UNIQUE (kegiatan_id, kode)
);

-- A version of an activity's DPA: 1 is the original, each later one an amendment
-- (pergeseran or perubahan) with budget figures of its own.
CREATE TABLE anggaran_dpa (
  id          INTEGER PRIMARY KEY,
  kegiatan_id INTEGER NOT NULL REFERENCES anggaran_kegiatan (id) ON DELETE CASCADE,
  nomor       INTEGER NOT NULL CHECK (nomor >= 1),
  nama        TEXT NOT NULL CHECK (nama <> ''),
  tanggal     TEXT CHECK (tanggal IS NULL OR
                          tanggal GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
  UNIQUE (kegiatan_id, nomor)
);

-- The budget (anggaran, whole rupiah) of a leaf line in a DPA version.
CREATE TABLE anggaran_nilai (
  dpa_id   INTEGER NOT NULL REFERENCES anggaran_dpa (id) ON DELETE CASCADE,
  baris_id INTEGER NOT NULL REFERENCES anggaran_baris (id) ON DELETE CASCADE,
  anggaran INTEGER NOT NULL CHECK (anggaran >= 0),
  PRIMARY KEY (dpa_id, baris_id)
) WITHOUT ROWID;

-- What a leaf line spent in the year, when no monthly figures are known.
CREATE TABLE anggaran_realisasi (
  baris_id  INTEGER PRIMARY KEY REFERENCES anggaran_baris (id) ON DELETE CASCADE,
  realisasi INTEGER NOT NULL CHECK (realisasi >= 0)
);

-- What a leaf line spent in one month; once a line has monthly figures, its
-- realisation is their sum.
CREATE TABLE anggaran_realisasi_bulan (
  baris_id  INTEGER NOT NULL REFERENCES anggaran_baris (id) ON DELETE CASCADE,
  bulan     INTEGER NOT NULL CHECK (bulan BETWEEN 1 AND 12),
  realisasi INTEGER NOT NULL CHECK (realisasi >= 0),
  PRIMARY KEY (baris_id, bulan)
) WITHOUT ROWID;
