-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema 7: data-access agreements (Perjanjian Kerja Sama, PKS) with the institutions that
-- use population data (lembaga pengguna), the state of their access, the steps of the SOP
-- "Pemberian Hak Akses Pemanfaatan Data Kependudukan" and the holidays that its working
-- days skip.
--
-- The foreign keys are deferred: an undo puts rows back table by table, in one transaction.

-- An institution that uses population data: a bank, a hospital, BPJS, a local government
-- office (jenis, free text).
CREATE TABLE pks_lembaga (
  id     INTEGER PRIMARY KEY,
  nama   TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (trim(nama) <> ''),
  jenis  TEXT NOT NULL DEFAULT '',
  alamat TEXT NOT NULL DEFAULT '',
  kontak TEXT NOT NULL DEFAULT ''
);

-- An agreement: its number on the office's side (nomor) and on the institution's
-- (nomor_lembaga), the date it was signed, its term in months (0 when an end date was given
-- instead) and its end date; the data it covers, the access mechanism, the IP addresses
-- granted, the institution's security certificate and its expiry (empty when none), and the
-- date the access was requested (the SOP's start).
CREATE TABLE pks_perjanjian (
  id                  INTEGER PRIMARY KEY,
  lembaga_id          INTEGER NOT NULL REFERENCES pks_lembaga (id) DEFERRABLE INITIALLY DEFERRED,
  nomor               TEXT NOT NULL CHECK (trim(nomor) <> ''),
  nomor_lembaga       TEXT NOT NULL DEFAULT '',
  ditandatangani      TEXT NOT NULL CHECK (ditandatangani GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
  jangka_bulan        INTEGER NOT NULL DEFAULT 0 CHECK (jangka_bulan >= 0),
  berakhir            TEXT NOT NULL CHECK (berakhir GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'
                                           AND berakhir >= ditandatangani),
  data                TEXT NOT NULL DEFAULT '',
  akses               TEXT NOT NULL CHECK (akses IN ('card-reader', 'web-service', 'web-portal')),
  ip                  TEXT NOT NULL DEFAULT '',
  sertifikat          TEXT NOT NULL DEFAULT '',
  sertifikat_berakhir TEXT NOT NULL DEFAULT ''
                      CHECK (sertifikat_berakhir = '' OR
                             sertifikat_berakhir GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
  diajukan            TEXT NOT NULL CHECK (diajukan GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]')
);
CREATE INDEX pks_perjanjian_lembaga ON pks_perjanjian (lembaga_id);

-- An extension (perpanjangan) of an agreement: its date, its number and the new end date.
CREATE TABLE pks_perpanjangan (
  id            INTEGER PRIMARY KEY,
  perjanjian_id INTEGER NOT NULL REFERENCES pks_perjanjian (id) DEFERRABLE INITIALLY DEFERRED,
  tanggal       TEXT NOT NULL CHECK (tanggal GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
  nomor         TEXT NOT NULL DEFAULT '',
  berakhir      TEXT NOT NULL CHECK (berakhir GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]')
);
CREATE INDEX pks_perpanjangan_perjanjian ON pks_perpanjangan (perjanjian_id);

-- The states of an agreement's access, each from its date: requested (diajukan), granted
-- (dibuka), switched off (dimatikan), ended (berakhir). The latest is the state now.
CREATE TABLE pks_akses (
  id            INTEGER PRIMARY KEY,
  perjanjian_id INTEGER NOT NULL REFERENCES pks_perjanjian (id) DEFERRABLE INITIALLY DEFERRED,
  tanggal       TEXT NOT NULL CHECK (tanggal GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
  status        TEXT NOT NULL CHECK (status IN ('diajukan', 'dibuka', 'dimatikan', 'berakhir')),
  catatan       TEXT NOT NULL DEFAULT ''
);
CREATE INDEX pks_akses_perjanjian ON pks_akses (perjanjian_id, tanggal);

-- A step of the SOP done for an agreement's request: the date, by whom, and the documents
-- of its checklist that were there (a bit per document, in the SOP's order).
CREATE TABLE pks_langkah (
  perjanjian_id INTEGER NOT NULL REFERENCES pks_perjanjian (id) DEFERRABLE INITIALLY DEFERRED,
  langkah       INTEGER NOT NULL CHECK (langkah BETWEEN 1 AND 6),
  selesai       TEXT NOT NULL CHECK (selesai GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
  oleh          TEXT NOT NULL DEFAULT '',
  dokumen       INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (perjanjian_id, langkah)
) WITHOUT ROWID;

-- Holidays (hari libur nasional, cuti bersama) that the SOP's working days skip, besides
-- Saturdays and Sundays.
CREATE TABLE pks_libur (
  tanggal TEXT PRIMARY KEY CHECK (tanggal GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
  nama    TEXT NOT NULL DEFAULT ''
) WITHOUT ROWID;
