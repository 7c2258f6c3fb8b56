-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema 4: the history of changes to the tables' figures, for browsing and undo.

-- One change as the user made it: an import, a save in a dialog.
CREATE TABLE riwayat_batch (
  id         INTEGER PRIMARY KEY,
  waktu      TEXT NOT NULL,                       -- local time, YYYY-MM-DDTHH:MM:SS
  keterangan TEXT NOT NULL DEFAULT '',            -- what it was: "Imported from kab.csv"
  dibatalkan INTEGER NOT NULL DEFAULT 0 CHECK (dibatalkan IN (0, 1))   -- undone
);

-- Each value it changed. lama is NULL when the row did not exist before, baru when the
-- change removed it; a value the source left blank is ''.
CREATE TABLE riwayat (
  id       INTEGER PRIMARY KEY,
  batch_id INTEGER NOT NULL REFERENCES riwayat_batch (id) ON DELETE CASCADE,
  tabel    TEXT NOT NULL,
  ref      TEXT NOT NULL,
  kode     TEXT NOT NULL,
  kolom    TEXT NOT NULL,
  lama     TEXT,
  baru     TEXT
);
CREATE INDEX riwayat_batch_id ON riwayat (batch_id);
