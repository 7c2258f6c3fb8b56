-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema 8 for PostgreSQL: accounts and what each may do, enforced by the server (GRANTs and
-- row-level security), so that any SQL client logged in as an account is held to it too.
--
--   dukcapil_reader   reads everything, writes nothing;
--   dukcapil_analyst  the province's staff: writes every figure, records history, marks a
--                     change undone (riwayat_batch.dibatalkan and nothing else of history);
--   dukcapil_office   a kabupaten/kota office, bound to its region by the table akun: reads
--                     everything (the province's summaries, the allocation plan), writes only
--                     rows of its region and below of what an office enters (daily reports,
--                     usage reports, M2M figures, IKD figures) and adds history, never
--                     changing or removing it.
--
-- The owner of the tables (the account that ran `dukcapil-cli server init`) keeps every
-- right. The group roles are the cluster's: made here when absent (this needs CREATEROLE),
-- shared by every database of the program on the server. Logins are members of one of
-- them (`dukcapil-cli server user add`).

DO $$
DECLARE
  r text;
BEGIN
  FOREACH r IN ARRAY ARRAY['dukcapil_reader', 'dukcapil_analyst', 'dukcapil_office'] LOOP
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = r) THEN
      BEGIN
        EXECUTE format('CREATE ROLE %I NOLOGIN', r);
      EXCEPTION WHEN duplicate_object OR unique_violation THEN
        NULL; -- another database's migration made it at the same moment
      END;
    END IF;
  END LOOP;
END
$$;

-- Who made a change: the account, as the server knows it. An account records its own name
-- only (see the policies below).
ALTER TABLE riwayat_batch ADD COLUMN oleh text COLLATE "C" NOT NULL DEFAULT current_user;

-- The program's accounts: their kind and, for an office, its region (a kabupaten/kota or
-- below). The login itself is a role of the server; this binds it to a region. kode is not
-- a foreign key, so that a whole copy into the database (which empties region) keeps the
-- accounts: a trigger checks it, as penduduk's does.
CREATE TABLE akun (
  nama  text COLLATE "C" PRIMARY KEY NOT NULL,
  jenis text COLLATE "C" NOT NULL CHECK (jenis IN ('reader', 'analyst', 'office')),
  kode  text COLLATE "C",
  CHECK ((jenis = 'office') = (kode IS NOT NULL))
);

CREATE FUNCTION akun_region () RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.kode IS NOT NULL AND NOT EXISTS (SELECT 1 FROM region WHERE kode = NEW.kode AND induk IS NOT NULL) THEN
    RAISE EXCEPTION 'akun: unknown region code %', NEW.kode USING ERRCODE = 'foreign_key_violation';
  END IF;
  RETURN NEW;
END
$$;

CREATE TRIGGER akun_region BEFORE INSERT OR UPDATE ON akun
  FOR EACH ROW EXECUTE FUNCTION akun_region ();

-- The functions the policies call, their search path fixed to this schema (a temporary
-- table named akun must not stand in for it), security definer so that they read akun
-- whatever the caller may read; current_user is passed in, as inside them it is the owner.
DO $$
BEGIN
  -- The region of an office's account; NULL for any other account.
  EXECUTE format($f$
    CREATE FUNCTION dk_akun_kode (akun_nama text) RETURNS text
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = %I, pg_temp AS
      'SELECT kode FROM akun WHERE nama = akun_nama AND jenis = ''office'''$f$, current_schema ());
  -- Whether kode is the office's region or one below it.
  EXECUTE format($f$
    CREATE FUNCTION dk_wilayah_akun (kode text) RETURNS boolean
      LANGUAGE sql STABLE SET search_path = %I, pg_temp AS
      'SELECT r IS NOT NULL AND (kode = r OR starts_with (kode, r || ''.'')) FROM (SELECT dk_akun_kode (current_user) AS r) a'$f$,
    current_schema ());
END
$$;
REVOKE ALL ON FUNCTION dk_akun_kode (text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION dk_akun_kode (text) TO dukcapil_reader, dukcapil_analyst, dukcapil_office;

-- Everyone of the program reads everything, tables made later included.
DO $$
BEGIN
  EXECUTE format('GRANT USAGE ON SCHEMA %I TO dukcapil_reader, dukcapil_analyst, dukcapil_office', current_schema ());
  EXECUTE format('GRANT SELECT ON ALL TABLES IN SCHEMA %I TO dukcapil_reader, dukcapil_analyst, dukcapil_office',
                 current_schema ());
  EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA %I GRANT SELECT ON TABLES '
                 'TO dukcapil_reader, dukcapil_analyst, dukcapil_office', current_schema ());
  EXECUTE format('GRANT USAGE ON ALL SEQUENCES IN SCHEMA %I TO dukcapil_analyst, dukcapil_office', current_schema ());
END
$$;

-- An analyst writes every figure: all but the schema's version, the accounts and history.
GRANT INSERT, UPDATE, DELETE ON
  region, ikd_target, ikd_snapshot, ikd_value, m2m_snapshot, m2m_value, m2m_event, stated_total,
  anggaran_tahun, anggaran_kegiatan, anggaran_baris, anggaran_dpa, anggaran_nilai, anggaran_realisasi,
  anggaran_realisasi_bulan, blangko_terima, blangko_rencana, blangko_distribusi, blangko_harian,
  blangko_penggunaan, blangko_penandatangan, ktp_el_cakupan, penduduk, pks_lembaga, pks_perjanjian,
  pks_perpanjangan, pks_akses, pks_langkah, pks_libur
  TO dukcapil_analyst;

-- An office writes what it enters, its rows only (the policies): its daily and usage
-- reports, its M2M and IKD figures with the snapshot of their date (a new date's, or the
-- source noted on one: an INSERT … ON CONFLICT DO UPDATE needs UPDATE), and the totals its
-- source states for its region.
GRANT INSERT, UPDATE, DELETE ON blangko_harian, blangko_penggunaan, m2m_value, ikd_value, stated_total
  TO dukcapil_office;
GRANT INSERT, UPDATE (sumber) ON m2m_snapshot, ikd_snapshot TO dukcapil_office;

-- History: added by whoever writes, changed by no one but the owner, except that an
-- analyst marks a change undone.
GRANT INSERT ON riwayat_batch, riwayat TO dukcapil_analyst, dukcapil_office;
GRANT UPDATE (dibatalkan) ON riwayat_batch TO dukcapil_analyst;

-- Row-level security, forced on the owner too (who has a policy of its own): everyone
-- reads every row; an analyst writes any row; an office writes the rows of its region.
DO $$
DECLARE
  t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['blangko_harian', 'blangko_penggunaan', 'm2m_value', 'ikd_value', 'stated_total',
                           'riwayat_batch', 'riwayat'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY dk_baca ON %I FOR SELECT USING (true)', t);
    EXECUTE format('CREATE POLICY dk_pemilik ON %I TO %I USING (true) WITH CHECK (true)', t, current_user);
  END LOOP;
  FOREACH t IN ARRAY ARRAY['blangko_harian', 'blangko_penggunaan', 'm2m_value', 'ikd_value', 'stated_total'] LOOP
    EXECUTE format('CREATE POLICY dk_analis ON %I TO dukcapil_analyst USING (true) WITH CHECK (true)', t);
    EXECUTE format('CREATE POLICY dk_kantor ON %I TO dukcapil_office '
                   'USING (dk_wilayah_akun (kode)) WITH CHECK (dk_wilayah_akun (kode))', t);
  END LOOP;
END
$$;

-- A change is recorded under one's own name, its entries only in one's own change; an
-- analyst marks any change undone (the grant allows no other column).
CREATE POLICY dk_tambah ON riwayat_batch FOR INSERT TO dukcapil_analyst, dukcapil_office
  WITH CHECK (oleh = current_user AND dibatalkan = 0);
CREATE POLICY dk_batal ON riwayat_batch FOR UPDATE TO dukcapil_analyst USING (true) WITH CHECK (true);
CREATE POLICY dk_tambah ON riwayat FOR INSERT TO dukcapil_analyst, dukcapil_office
  WITH CHECK (EXISTS (SELECT 1 FROM riwayat_batch b WHERE b.id = batch_id AND b.oleh = current_user));
