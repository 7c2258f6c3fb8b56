-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema 5: blank KTP-el cards (blangko): the province's stock ledger, the offices' daily
-- reports, their monthly usage reports, the approved allocation plans, the report's
-- signatories and the KTP-el coverage figures.

-- Blanks the province received from the centre (Ditjen Dukcapil), with the number of the
-- berita acara serah terima (handover record) signed for them.
CREATE TABLE blangko_terima (
  id       INTEGER PRIMARY KEY,
  tanggal  TEXT NOT NULL CHECK (tanggal GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
  nomor_ba TEXT NOT NULL DEFAULT '',
  keping   INTEGER NOT NULL CHECK (keping > 0),
  catatan  TEXT NOT NULL DEFAULT ''
);
CREATE INDEX blangko_terima_tanggal ON blangko_terima (tanggal);

-- An allocation plan (rencana pembagian) once approved and recorded: the blanks it split
-- and the date of the daily reports it was made from. Its distributions point to it.
CREATE TABLE blangko_rencana (
  id      INTEGER PRIMARY KEY,
  tanggal TEXT NOT NULL CHECK (tanggal GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
  per     TEXT NOT NULL CHECK (per GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
  keping  INTEGER NOT NULL CHECK (keping > 0),
  catatan TEXT NOT NULL DEFAULT ''
);

-- Blanks the province handed to a kabupaten/kota office, with the BAST number, and how:
-- collected by the office (dijemput), delivered by province staff (diantar) or sent by
-- courier (ekspedisi).
CREATE TABLE blangko_distribusi (
  id         INTEGER PRIMARY KEY,
  tanggal    TEXT NOT NULL CHECK (tanggal GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
  kode       TEXT NOT NULL REFERENCES region (kode),
  nomor_bast TEXT NOT NULL DEFAULT '',
  keping     INTEGER NOT NULL CHECK (keping > 0),
  cara       TEXT NOT NULL CHECK (cara IN ('dijemput', 'diantar', 'ekspedisi')),
  rencana_id INTEGER REFERENCES blangko_rencana (id) ON DELETE SET NULL,
  catatan    TEXT NOT NULL DEFAULT ''
);
CREATE INDEX blangko_distribusi_tanggal ON blangko_distribusi (tanggal);
CREATE INDEX blangko_distribusi_kode ON blangko_distribusi (kode, tanggal);

-- An office's daily service report (as sent to the WhatsApp group): blanks left at the
-- end of the day, cards printed that day, print-ready records (PRR) waiting for a card,
-- and substitute letters (Suket) issued that day.
CREATE TABLE blangko_harian (
  kode    TEXT NOT NULL REFERENCES region (kode),
  tanggal TEXT NOT NULL CHECK (tanggal GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
  sisa    INTEGER NOT NULL CHECK (sisa >= 0),
  cetak   INTEGER NOT NULL CHECK (cetak >= 0),
  prr     INTEGER NOT NULL CHECK (prr >= 0),
  suket   INTEGER NOT NULL CHECK (suket >= 0),
  PRIMARY KEY (kode, tanggal)
) WITHOUT ROWID;

-- A day of an office's monthly usage report, in the 14 columns agreed at the Rakor of
-- 11 March 2019. Saldo and sisa are kept as reported, so that a break in the balance can
-- be found (`dukcapil-cli check`).
CREATE TABLE blangko_penggunaan (
  kode            TEXT NOT NULL REFERENCES region (kode),
  tanggal         TEXT NOT NULL CHECK (tanggal GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
  nomor_masuk     TEXT NOT NULL DEFAULT '',                      -- 2: BAST / BA pinjam pakai
  masuk           INTEGER NOT NULL DEFAULT 0 CHECK (masuk >= 0), -- 3
  saldo           INTEGER NOT NULL,                              -- 4
  pemakaian       INTEGER NOT NULL DEFAULT 0 CHECK (pemakaian >= 0), -- 5
  nomor_pinjam    TEXT NOT NULL DEFAULT '',                      -- 6
  pinjam          INTEGER NOT NULL DEFAULT 0 CHECK (pinjam >= 0),    -- 7
  cetak_baru      INTEGER NOT NULL DEFAULT 0 CHECK (cetak_baru >= 0),      -- 8
  cetak_hilang    INTEGER NOT NULL DEFAULT 0 CHECK (cetak_hilang >= 0),    -- 9
  cetak_rusak     INTEGER NOT NULL DEFAULT 0 CHECK (cetak_rusak >= 0),     -- 10
  cetak_perubahan INTEGER NOT NULL DEFAULT 0 CHECK (cetak_perubahan >= 0), -- 11
  rusak_invalid   INTEGER NOT NULL DEFAULT 0 CHECK (rusak_invalid >= 0),   -- 12
  sisa            INTEGER NOT NULL,                              -- 13
  ket             TEXT NOT NULL DEFAULT '',                      -- 14
  PRIMARY KEY (kode, tanggal)
) WITHOUT ROWID;

-- Who signs a region's reports: for a kabupaten/kota its monthly usage report, for the
-- province its allocation plan. Nothing is shipped: the names are the office's to enter.
CREATE TABLE blangko_penandatangan (
  kode    TEXT PRIMARY KEY NOT NULL REFERENCES region (kode),
  jabatan TEXT NOT NULL DEFAULT '',
  nama    TEXT NOT NULL DEFAULT '',
  pangkat TEXT NOT NULL DEFAULT '',
  nip     TEXT NOT NULL DEFAULT '',
  tempat  TEXT NOT NULL DEFAULT ''
) WITHOUT ROWID;

-- KTP-el coverage of a region at a date: residents who must hold a KTP (wajib KTP), who
-- have recorded, who own a KTP-el; cards printed, print-ready records, records sent for
-- enrollment (SFE) and duplicate records. A figure the source does not give is NULL.
CREATE TABLE ktp_el_cakupan (
  kode             TEXT NOT NULL REFERENCES region (kode),
  per              TEXT NOT NULL CHECK (per GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
  wajib_ktp        INTEGER NOT NULL CHECK (wajib_ktp >= 0),
  sudah_rekam      INTEGER NOT NULL CHECK (sudah_rekam >= 0),
  memiliki_ktp_el  INTEGER NOT NULL CHECK (memiliki_ktp_el >= 0),
  dicetak_keping   INTEGER CHECK (dicetak_keping IS NULL OR dicetak_keping >= 0),
  prr              INTEGER CHECK (prr IS NULL OR prr >= 0),
  sfe              INTEGER CHECK (sfe IS NULL OR sfe >= 0),
  duplicate_record INTEGER CHECK (duplicate_record IS NULL OR duplicate_record >= 0),
  sumber           TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (kode, per)
) WITHOUT ROWID;
