-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema 8: who made each change. On a server it is the account (see pg/008-accounts.sql,
-- which also brings the roles and their rights); a file has one user at a time, and its
-- changes say ''.
ALTER TABLE riwayat_batch ADD COLUMN oleh TEXT NOT NULL DEFAULT '';
