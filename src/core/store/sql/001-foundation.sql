-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema 1: the region registry and IKD snapshots.

-- Kemendagri region codes, kept as text: '13', '13.01', '13.01.01', '13.01.01.2001'.
CREATE TABLE region (
  kode    TEXT PRIMARY KEY NOT NULL,
  nama    TEXT NOT NULL,
  tingkat TEXT NOT NULL CHECK (tingkat IN ('provinsi', 'kabkota', 'kecamatan', 'desa')),
  induk   TEXT REFERENCES region (kode),
  CHECK ((tingkat = 'provinsi') = (induk IS NULL))
) WITHOUT ROWID;
CREATE INDEX region_induk ON region (induk, kode);

-- The national IKD target, in hundredths of a percent, from a year onward.
CREATE TABLE ikd_target (
  tahun     INTEGER PRIMARY KEY NOT NULL CHECK (tahun BETWEEN 1900 AND 2999),
  target_bp INTEGER NOT NULL CHECK (target_bp BETWEEN 1 AND 10000)
);

-- One snapshot per as-of date; its values may cover any regions at any level.
CREATE TABLE ikd_snapshot (
  id     INTEGER PRIMARY KEY,
  per    TEXT NOT NULL UNIQUE
         CHECK (per GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
  sumber TEXT NOT NULL DEFAULT ''
);

-- A region's figures at a snapshot. When a region has figures of its own and its children
-- have figures too, its own are the source's stated total, checked against the children's sum.
CREATE TABLE ikd_value (
  snapshot_id   INTEGER NOT NULL REFERENCES ikd_snapshot (id) ON DELETE CASCADE,
  kode          TEXT NOT NULL REFERENCES region (kode),
  rekam_dinamis INTEGER NOT NULL CHECK (rekam_dinamis >= 0),
  jumlah_ikd    INTEGER NOT NULL CHECK (jumlah_ikd >= 0),
  persen_bp     INTEGER CHECK (persen_bp IS NULL OR persen_bp >= 0), -- as printed by the source
  PRIMARY KEY (snapshot_id, kode)
) WITHOUT ROWID;
