/* dk-pks.c — SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The register of data-access agreements: institutions, agreements, their extensions and
 * the states of their access, and each agreement's status as of a date (rule 001: an
 * agreement past its end without an extension must have its access switched off).
 */
#define G_LOG_DOMAIN "dk-pks"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "dk-error.h"
#include "dk-format.h"
#include "dk-pks-private.h"

/* ------------------------------------------------------------- enums */

static const char *const mechanism_names[] = { "card-reader", "web-service", "web-portal" };
static const char *const access_names[] = { "diajukan", "dibuka", "dimatikan", "berakhir" };
static const char *const status_names[] = {
  "diajukan", "aktif", "dimatikan", "harus-dimatikan", "kedaluwarsa", "berakhir"
};

const char *
dk_pks_mechanism_to_string (DkPksMechanism mechanism)
{
  g_return_val_if_fail (mechanism < DK_PKS_N_MECHANISMS, NULL);
  return mechanism_names[mechanism];
}

/**
 * dk_pks_mechanism_from_string:
 *
 * Reads "card-reader", "web-service" or "web-portal", in any case, with a space or an
 * underscore for the hyphen, or without it.
 */
gboolean
dk_pks_mechanism_from_string (const char     *str,
                              DkPksMechanism *mechanism)
{
  g_autoptr(GString) key = g_string_new (NULL);

  g_return_val_if_fail (mechanism != NULL, FALSE);
  for (const char *p = str != NULL ? str : ""; *p; p++)
    if (g_ascii_isalpha (*p))
      g_string_append_c (key, g_ascii_tolower (*p));
  for (guint i = 0; i < DK_PKS_N_MECHANISMS; i++)
    {
      g_autofree char *name = g_strdup (mechanism_names[i]);
      char *dash = strchr (name, '-');

      memmove (dash, dash + 1, strlen (dash));
      if (g_str_equal (key->str, name))
        {
          *mechanism = i;
          return TRUE;
        }
    }
  return FALSE;
}

const char *
dk_pks_mechanism_label (DkPksMechanism mechanism)
{
  static const char *const labels[] = { N_("Card reader"), N_("Web service"), N_("Web portal") };

  g_return_val_if_fail (mechanism < DK_PKS_N_MECHANISMS, NULL);
  return _(labels[mechanism]);
}

const char *
dk_pks_access_to_string (DkPksAccess access)
{
  g_return_val_if_fail (access < DK_PKS_N_ACCESS, NULL);
  return access_names[access];
}

gboolean
dk_pks_access_from_string (const char  *str,
                           DkPksAccess *access)
{
  for (guint i = 0; i < DK_PKS_N_ACCESS; i++)
    if (g_strcmp0 (str, access_names[i]) == 0)
      {
        *access = i;
        return TRUE;
      }
  return FALSE;
}

const char *
dk_pks_access_label (DkPksAccess access)
{
  static const char *const labels[] = {
    N_("Requested"), NC_("access", "On"), NC_("access", "Switched off"), NC_("access", "Ended")
  };
  static const char *const contexts[] = { NULL, "access", "access", "access" };

  g_return_val_if_fail (access < DK_PKS_N_ACCESS, NULL);
  return contexts[access] != NULL ? g_dpgettext2 (GETTEXT_PACKAGE, contexts[access], labels[access])
                                  : _(labels[access]);
}

const char *
dk_pks_status_to_string (DkPksStatus status)
{
  g_return_val_if_fail (status < DK_PKS_N_STATUSES, NULL);
  return status_names[status];
}

const char *
dk_pks_status_label (DkPksStatus status)
{
  static const char *const labels[] = {
    N_("Access requested"), N_("Active"), N_("In term, access off"), N_("Ended: switch access off"),
    N_("Ended, waiting for extension"), N_("Cooperation ended")
  };

  g_return_val_if_fail (status < DK_PKS_N_STATUSES, NULL);
  return _(labels[status]);
}

/* ------------------------------------------------------------- frees */

void
dk_pks_institution_free (DkPksInstitution *institution)
{
  if (institution == NULL)
    return;
  g_free (institution->nama);
  g_free (institution->jenis);
  g_free (institution->alamat);
  g_free (institution->kontak);
  g_free (institution);
}

void
dk_pks_agreement_free (DkPksAgreement *agreement)
{
  if (agreement == NULL)
    return;
  g_free (agreement->lembaga);
  g_free (agreement->jenis);
  g_free (agreement->nomor);
  g_free (agreement->nomor_lembaga);
  g_free (agreement->data);
  g_free (agreement->ip);
  g_free (agreement->sertifikat);
  g_free (agreement);
}

void
dk_pks_event_free (DkPksEvent *event)
{
  if (event == NULL)
    return;
  g_free (event->what);
  g_free (event->nomor);
  g_free (event);
}

/* -------------------------------------------------------- institutions */

/**
 * dk_pks_institutions:
 *
 * Returns: (transfer full) (element-type DkPksInstitution): every institution, by name
 */
GPtrArray *
dk_pks_institutions (DkStore  *store,
                     GError  **error)
{
  g_autoptr(GPtrArray) list = g_ptr_array_new_with_free_func ((GDestroyNotify) dk_pks_institution_free);
  g_autoptr(DkDbStmt) stmt = NULL;
  int rc;

  g_return_val_if_fail (DK_IS_STORE (store), NULL);

  if (!(stmt = _dk_store_prepare (store, "SELECT l.id, l.nama, l.jenis, l.alamat, l.kontak, "
                                         "(SELECT count(*) FROM pks_perjanjian p WHERE p.lembaga_id = l.id) "
                                         "FROM pks_lembaga l ORDER BY lower (l.nama), l.nama", error)))
    return NULL;
  while ((rc = dk_db_step (stmt)) == DK_DB_ROW)
    {
      DkPksInstitution *i = g_new0 (DkPksInstitution, 1);

      i->id = dk_db_column_int64 (stmt, 0);
      i->nama = _dk_stmt_dup_text (stmt, 1);
      i->jenis = _dk_stmt_dup_text (stmt, 2);
      i->alamat = _dk_stmt_dup_text (stmt, 3);
      i->kontak = _dk_stmt_dup_text (stmt, 4);
      i->n_agreements = dk_db_column_int (stmt, 5);
      g_ptr_array_add (list, i);
    }
  if (rc != DK_DB_DONE)
    {
      _dk_store_set_error (store, error);
      return NULL;
    }
  return g_steal_pointer (&list);
}

/* Returns: the institution's id, 0 when there is none of that name in any case of its
 * ASCII letters (the names' unique key on either engine), -1 on error */
static gint64
find_institution (DkStore    *store,
                  const char *nama,
                  GError    **error)
{
  g_autoptr(DkDbStmt) stmt = _dk_store_prepare (store, "SELECT id FROM pks_lembaga WHERE lower (nama) = ?1", error);
  int rc;

  if (stmt == NULL)
    return -1;
  dk_db_bind_text_take (stmt, 1, g_ascii_strdown (nama, -1));
  rc = dk_db_step (stmt);
  if (rc == DK_DB_ROW)
    return dk_db_column_int64 (stmt, 0);
  if (rc == DK_DB_DONE)
    return 0;
  _dk_store_set_error (store, error);
  return -1;
}

static gboolean
check_institution (DkStore                *store,
                   const DkPksInstitution *in,
                   GError                **error)
{
  g_autofree char *nama = _dk_pks_dup_stripped (in->nama);
  gint64 other;

  if (nama[0] == '\0')
    {
      g_set_error (error, DK_ERROR, DK_ERROR_INVALID, _("The institution needs a name"));
      return FALSE;
    }
  if ((other = find_institution (store, nama, error)) < 0)
    return FALSE;
  if (other > 0 && other != in->id)
    {
      g_set_error (error, DK_ERROR, DK_ERROR_INVALID, _("An institution named “%s” is already recorded"), nama);
      return FALSE;
    }
  return TRUE;
}

static gboolean
write_institution (DkStore                *store,
                   const DkPksInstitution *in,
                   gint64                 *id,
                   GError                **error)
{
  g_autoptr(DkDbStmt) stmt = NULL;

  stmt = _dk_store_prepare (store, in->id > 0 ? "UPDATE pks_lembaga SET nama = ?1, jenis = ?2, alamat = ?3, kontak = ?4 WHERE id = ?5" : "INSERT INTO pks_lembaga (nama, jenis, alamat, kontak) VALUES (?1, ?2, ?3, ?4) RETURNING id",
                            error);
  if (stmt == NULL)
    return FALSE;
  dk_db_bind_text_take (stmt, 1, _dk_pks_dup_stripped (in->nama));
  dk_db_bind_text_take (stmt, 2, _dk_pks_dup_stripped (in->jenis));
  dk_db_bind_text_take (stmt, 3, _dk_pks_dup_stripped (in->alamat));
  dk_db_bind_text_take (stmt, 4, _dk_pks_dup_stripped (in->kontak));
  if (in->id == 0)
    return _dk_store_step_id (store, stmt, id, error);
  dk_db_bind_int64 (stmt, 5, in->id);
  if (!_dk_store_step_done (store, stmt, error))
    return FALSE;
  if (in->id > 0 && dk_db_changes (stmt) == 0)
    {
      g_set_error (error, DK_ERROR, DK_ERROR_NOT_FOUND, _("No institution has the id %lld"), (long long) in->id);
      return FALSE;
    }
  *id = in->id;
  return TRUE;
}

/**
 * dk_pks_institution_set:
 * @institution: its @id 0 to record a new one, else the one to change; @n_agreements is
 *   not read
 * @id: (out) (optional): its id
 *
 * Records an institution or changes its name, kind, address and contact.
 */
gboolean
dk_pks_institution_set (DkStore                *store,
                        const DkPksInstitution *institution,
                        gint64                 *id,
                        GError                **error)
{
  static const char *const tables[] = { "pks_lembaga", NULL };
  g_auto(DkHistoryRows) rows = { { 0 } };
  gint64 new_id = 0;
  gboolean ok;

  g_return_val_if_fail (DK_IS_STORE (store), FALSE);
  g_return_val_if_fail (institution != NULL, FALSE);

  if (!check_institution (store, institution, error) || !_dk_store_begin (store, error))
    return FALSE;
  ok = _dk_pks_history_begin (&rows, store, tables, 0, error) && write_institution (store, institution, &new_id, error) &&
       _dk_history_rows_end (&rows, store, institution->id > 0 ? _("PKS institution changed")
                                                               : _("PKS institution recorded"), error);
  if (!_dk_pks_finish (store, ok, error))
    return FALSE;
  if (id != NULL)
    *id = new_id;
  return TRUE;
}

/* ---------------------------------------------------------- agreements */

#define AGREEMENT_SELECT \
  "SELECT p.id, p.lembaga_id, l.nama, l.jenis, p.nomor, p.nomor_lembaga, p.ditandatangani, p.jangka_bulan, " \
  "p.berakhir, CASE WHEN (SELECT max (e.berakhir) FROM pks_perpanjangan e " \
  "  WHERE e.perjanjian_id = p.id AND e.tanggal <= ?2) > p.berakhir " \
  "  THEN (SELECT max (e.berakhir) FROM pks_perpanjangan e WHERE e.perjanjian_id = p.id AND e.tanggal <= ?2) " \
  "  ELSE p.berakhir END, " \
  "(SELECT count(*) FROM pks_perpanjangan e WHERE e.perjanjian_id = p.id AND e.tanggal <= ?2), " \
  "p.data, p.akses, p.ip, p.sertifikat, p.sertifikat_berakhir, p.diajukan, a.status, a.tanggal " \
  "FROM pks_perjanjian p JOIN pks_lembaga l ON l.id = p.lembaga_id " \
  "LEFT JOIN pks_akses a ON a.id = (SELECT a2.id FROM pks_akses a2 WHERE a2.perjanjian_id = p.id " \
  "  AND a2.tanggal <= ?2 ORDER BY a2.tanggal DESC, a2.id DESC LIMIT 1) " \
  "WHERE CAST (?1 AS BIGINT) IS NULL OR p.id = ?1 ORDER BY 10, lower (l.nama), l.nama, p.id"

static void
copy_date (char        out[11],
           const char *value)
{
  g_strlcpy (out, value != NULL ? value : "", 11);
}

static DkPksStatus
status_of (const DkPksAgreement *a)
{
  if (a->access == DK_PKS_ENDED)
    return DK_PKS_STATUS_ENDED;
  if (a->days_left < 0)
    return a->access == DK_PKS_GRANTED ? DK_PKS_STATUS_MUST_SWITCH_OFF : DK_PKS_STATUS_EXPIRED;
  if (a->access == DK_PKS_GRANTED)
    return DK_PKS_STATUS_ACTIVE;
  return a->access == DK_PKS_SWITCHED_OFF ? DK_PKS_STATUS_OFF : DK_PKS_STATUS_REQUESTED;
}

static DkPksAgreement *
agreement_from_row (DkDbStmt   *stmt,
                    const char *as_of)
{
  g_autoptr(DkPksAgreement) a = g_new0 (DkPksAgreement, 1);
  g_autofree char *mechanism = NULL, *access = NULL;

  a->id = dk_db_column_int64 (stmt, 0);
  a->lembaga_id = dk_db_column_int64 (stmt, 1);
  a->lembaga = _dk_stmt_dup_text (stmt, 2);
  a->jenis = _dk_stmt_dup_text (stmt, 3);
  a->nomor = _dk_stmt_dup_text (stmt, 4);
  a->nomor_lembaga = _dk_stmt_dup_text (stmt, 5);
  copy_date (a->ditandatangani, dk_db_column_text (stmt, 6));
  a->jangka_bulan = dk_db_column_int (stmt, 7);
  copy_date (a->berakhir_awal, dk_db_column_text (stmt, 8));
  copy_date (a->berakhir, dk_db_column_text (stmt, 9));
  a->n_extensions = dk_db_column_int (stmt, 10);
  a->data = _dk_stmt_dup_text (stmt, 11);
  mechanism = _dk_stmt_dup_text (stmt, 12);
  if (!dk_pks_mechanism_from_string (mechanism, &a->mechanism))
    a->mechanism = DK_PKS_WEB_SERVICE;
  a->ip = _dk_stmt_dup_text (stmt, 13);
  a->sertifikat = _dk_stmt_dup_text (stmt, 14);
  copy_date (a->sertifikat_berakhir, dk_db_column_text (stmt, 15));
  copy_date (a->diajukan, dk_db_column_text (stmt, 16));
  access = _dk_stmt_dup_text (stmt, 17);
  if (dk_db_column_is_null (stmt, 17) || !dk_pks_access_from_string (access, &a->access))
    a->access = DK_PKS_REQUESTED;
  copy_date (a->access_since, !dk_db_column_is_null (stmt, 18)
                                  ? dk_db_column_text (stmt, 18)
                                  : a->diajukan);
  copy_date (a->as_of, as_of);
  a->days_left = dk_pks_days_between (as_of, a->berakhir);
  a->status = status_of (a);
  return g_steal_pointer (&a);
}

static GPtrArray *
load_agreements (DkStore     *store,
                 gint64       id,
                 const char  *as_of,
                 GError     **error)
{
  g_autoptr(GPtrArray) list = g_ptr_array_new_with_free_func ((GDestroyNotify) dk_pks_agreement_free);
  g_autoptr(GHashTable) holidays = NULL;
  g_autoptr(DkDbStmt) stmt = NULL;
  g_autofree char *today = NULL;
  int rc;

  if (as_of == NULL)
    as_of = today = dk_pks_today ();
  if (!dk_date_check_iso (as_of, NULL, error) || !(holidays = dk_pks_holidays (store, error)) ||
      !(stmt = _dk_store_prepare (store, AGREEMENT_SELECT, error)))
    return NULL;
  if (id > 0)
    dk_db_bind_int64 (stmt, 1, id);
  dk_db_bind_text (stmt, 2, as_of);
  while ((rc = dk_db_step (stmt)) == DK_DB_ROW)
    g_ptr_array_add (list, agreement_from_row (stmt, as_of));
  if (rc != DK_DB_DONE)
    {
      _dk_store_set_error (store, error);
      return NULL;
    }
  for (guint i = 0; i < list->len; i++)
    if (!_dk_pks_fill_sop (store, g_ptr_array_index (list, i), holidays, error))
      return NULL;
  return g_steal_pointer (&list);
}

/**
 * dk_pks_agreements:
 * @as_of: (nullable): the date the statuses are for; today when %NULL
 *
 * Returns: (transfer full) (element-type DkPksAgreement): every agreement, the earliest
 *   end first
 */
GPtrArray *
dk_pks_agreements (DkStore     *store,
                   const char  *as_of,
                   GError     **error)
{
  g_return_val_if_fail (DK_IS_STORE (store), NULL);
  return load_agreements (store, 0, as_of, error);
}

/**
 * dk_pks_agreement_get:
 * @as_of: (nullable): the date its status is for; today when %NULL
 *
 * Returns: (transfer full): the agreement, or %NULL with @error set
 */
DkPksAgreement *
dk_pks_agreement_get (DkStore     *store,
                      gint64       id,
                      const char  *as_of,
                      GError     **error)
{
  g_autoptr(GPtrArray) list = NULL;

  g_return_val_if_fail (DK_IS_STORE (store), NULL);

  if (!(list = load_agreements (store, MAX (id, 1), as_of, error)))
    return NULL;
  if (id <= 0 || list->len == 0)
    {
      g_set_error (error, DK_ERROR, DK_ERROR_NOT_FOUND, _("No agreement has the id %lld"), (long long) id);
      return NULL;
    }
  return g_ptr_array_steal_index (list, 0);
}

/* "10.1.2.3, 10.1.2.0/24": each an address or a network; @out the list as stored */
static gboolean
check_addresses (const char  *text,
                 char       **out,
                 GError     **error)
{
  g_auto(GStrv) parts = g_regex_split_simple ("[\\s,;]+", text != NULL ? text : "", 0, 0);
  g_autoptr(GPtrArray) kept = g_ptr_array_new ();

  for (guint i = 0; parts[i] != NULL; i++)
    {
      g_autoptr(GInetAddressMask) mask = NULL;

      if (parts[i][0] == '\0')
        continue;
      if (!(mask = g_inet_address_mask_new_from_string (parts[i], NULL)))
        {
          g_set_error (error, DK_ERROR, DK_ERROR_INVALID, _("“%s” is not an IP address"), parts[i]);
          return FALSE;
        }
      g_ptr_array_add (kept, parts[i]);
    }
  g_ptr_array_add (kept, NULL);
  *out = g_strjoinv (", ", (char **) kept->pdata);
  return TRUE;
}

static gboolean
check_optional_date (const char  *what,
                     const char  *value,
                     GError     **error)
{
  if (value == NULL || value[0] == '\0' || dk_date_parse_iso (value, &(GDate) { 0 }))
    return TRUE;
  /* Translators: a field, then the text that is not a date */
  g_set_error (error, DK_ERROR, DK_ERROR_INVALID, _("%s: “%s” is not a date (YYYY-MM-DD)"), what, value);
  return FALSE;
}

static gboolean
check_agreement_dates (const DkPksAgreementInput *in,
                       char                       berakhir[11],
                       GError                   **error)
{
  if (!dk_date_check_iso (in->ditandatangani, NULL, error) ||
      !check_optional_date (_("Ends"), in->berakhir, error) ||
      !check_optional_date (_("Requested"), in->diajukan, error) ||
      !check_optional_date (_("Certificate expires"), in->sertifikat_berakhir, error))
    return FALSE;
  if (in->berakhir != NULL && in->berakhir[0] != '\0')
    copy_date (berakhir, in->berakhir);
  else if (!dk_pks_term_end (in->ditandatangani, in->jangka_bulan, berakhir))
    {
      g_set_error (error, DK_ERROR, DK_ERROR_INVALID, _("The agreement needs an end date or a term in months"));
      return FALSE;
    }
  if (strcmp (berakhir, in->ditandatangani) < 0)
    {
      g_set_error (error, DK_ERROR, DK_ERROR_INVALID, _("The agreement ends (%s) before it was signed (%s)"),
                   berakhir, in->ditandatangani);
      return FALSE;
    }
  if (in->diajukan != NULL && in->diajukan[0] != '\0' && strcmp (in->diajukan, in->ditandatangani) < 0)
    {
      g_set_error (error, DK_ERROR, DK_ERROR_INVALID,
                   _("The access cannot be requested (%s) before the agreement is signed (%s)"),
                   in->diajukan, in->ditandatangani);
      return FALSE;
    }
  return TRUE;
}

static gboolean
check_agreement (DkStore                   *store,
                 const DkPksAgreementInput *in,
                 char                       berakhir[11],
                 char                     **ip,
                 GError                   **error)
{
  g_autofree char *lembaga = _dk_pks_dup_stripped (in->lembaga), *nomor = _dk_pks_dup_stripped (in->nomor);
  g_autoptr(DkDbStmt) stmt = NULL;

  if (lembaga[0] == '\0' || nomor[0] == '\0' || in->mechanism >= DK_PKS_N_MECHANISMS)
    {
      g_set_error_literal (error, DK_ERROR, DK_ERROR_INVALID,
                           lembaga[0] == '\0' ? _("The agreement needs its institution")
                           : nomor[0] == '\0' ? _("The agreement needs its number")
                                              : _("Unknown access mechanism"));
      return FALSE;
    }
  if (!check_agreement_dates (in, berakhir, error) || !check_addresses (in->ip, ip, error))
    return FALSE;
  if (!(stmt = _dk_store_prepare (store, "SELECT 1 FROM pks_perjanjian WHERE nomor = ?1", error)))
    return FALSE;
  dk_db_bind_text (stmt, 1, nomor);
  if (dk_db_step (stmt) == DK_DB_ROW)
    {
      g_set_error (error, DK_ERROR, DK_ERROR_INVALID, _("An agreement numbered “%s” is already recorded"), nomor);
      return FALSE;
    }
  return TRUE;
}

static gboolean
insert_access (DkStore     *store,
               gint64       id,
               DkPksAccess  access,
               const char  *tanggal,
               GError     **error)
{
  g_autoptr(DkDbStmt) stmt =
      _dk_store_prepare (store, "INSERT INTO pks_akses (perjanjian_id, tanggal, status) VALUES (?1, ?2, ?3)", error);

  if (stmt == NULL)
    return FALSE;
  dk_db_bind_int64 (stmt, 1, id);
  dk_db_bind_text (stmt, 2, tanggal);
  dk_db_bind_text (stmt, 3, access_names[access]);
  return _dk_store_step_done (store, stmt, error);
}

static gboolean
insert_agreement (DkStore                   *store,
                  const DkPksAgreementInput *in,
                  const char                *berakhir,
                  const char                *ip,
                  gint64                    *id,
                  GError                   **error)
{
  g_autoptr(DkDbStmt) stmt = NULL;
  DkPksInstitution institution = { 0, (char *) in->lembaga, (char *) in->jenis, NULL, NULL, 0 };
  gint64 lembaga_id;
  const char *diajukan = in->diajukan != NULL && in->diajukan[0] != '\0' ? in->diajukan : in->ditandatangani;

  {
    g_autofree char *nama = _dk_pks_dup_stripped (in->lembaga);

    if ((lembaga_id = find_institution (store, nama, error)) < 0 ||
        (lembaga_id == 0 && !write_institution (store, &institution, &lembaga_id, error)))
      return FALSE;
  }
  if (!(stmt = _dk_store_prepare (store, "INSERT INTO pks_perjanjian (lembaga_id, nomor, nomor_lembaga, ditandatangani, "
                                         "jangka_bulan, berakhir, data, akses, ip, sertifikat, sertifikat_berakhir, diajukan) "
                                         "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12) RETURNING id",
                                  error)))
    return FALSE;
  dk_db_bind_int64 (stmt, 1, lembaga_id);
  dk_db_bind_text_take (stmt, 2, _dk_pks_dup_stripped (in->nomor));
  dk_db_bind_text_take (stmt, 3, _dk_pks_dup_stripped (in->nomor_lembaga));
  dk_db_bind_text (stmt, 4, in->ditandatangani);
  dk_db_bind_int64 (stmt, 5, in->berakhir != NULL && in->berakhir[0] != '\0' ? 0 : in->jangka_bulan);
  dk_db_bind_text (stmt, 6, berakhir);
  dk_db_bind_text_take (stmt, 7, _dk_pks_dup_stripped (in->data));
  dk_db_bind_text (stmt, 8, mechanism_names[in->mechanism]);
  dk_db_bind_text (stmt, 9, ip);
  dk_db_bind_text_take (stmt, 10, _dk_pks_dup_stripped (in->sertifikat));
  dk_db_bind_text (stmt, 11, in->sertifikat_berakhir != NULL ? in->sertifikat_berakhir : "");
  dk_db_bind_text (stmt, 12, diajukan);
  if (!_dk_store_step_id (store, stmt, id, error))
    return FALSE;
  return insert_access (store, *id, DK_PKS_REQUESTED, diajukan, error);
}

/**
 * dk_pks_agreement_add:
 * @id: (out) (optional): the new agreement's id
 *
 * Records an agreement, and its institution when none of that name is recorded; its access
 * is requested from @input's @diajukan. One change in the history.
 */
gboolean
dk_pks_agreement_add (DkStore                   *store,
                      const DkPksAgreementInput *input,
                      gint64                    *id,
                      GError                   **error)
{
  static const char *const tables[] = { "pks_lembaga", "pks_perjanjian", "pks_akses", NULL };
  g_auto(DkHistoryRows) rows = { { 0 } };
  g_autofree char *ip = NULL, *what = NULL;
  char berakhir[11] = "";
  gint64 new_id = 0;
  gboolean ok;

  g_return_val_if_fail (DK_IS_STORE (store), FALSE);
  g_return_val_if_fail (input != NULL, FALSE);

  if (!check_agreement (store, input, berakhir, &ip, error) || !_dk_store_begin (store, error))
    return FALSE;
  /* Translators: the history's line: the institution, the agreement's number */
  what = g_strdup_printf (_("PKS recorded: %s, %s"), input->lembaga, input->nomor);
  ok = _dk_pks_history_begin (&rows, store, tables, 0, error) &&
       insert_agreement (store, input, berakhir, ip, &new_id, error) &&
       _dk_history_rows_end (&rows, store, what, error);
  if (!_dk_pks_finish (store, ok, error))
    return FALSE;
  if (id != NULL)
    *id = new_id;
  return TRUE;
}

/* ---------------------------------------------------------- extension */

static gboolean
check_extension (DkStore     *store,
                 gint64       id,
                 const char  *tanggal,
                 const char  *berakhir,
                 GError     **error)
{
  g_autoptr(DkPksAgreement) a = NULL;

  if (!dk_date_check_iso (tanggal, NULL, error) || !dk_date_check_iso (berakhir, NULL, error) ||
      !(a = dk_pks_agreement_get (store, id, "9999-12-31", error)))
    return FALSE;
  if (a->access == DK_PKS_ENDED)
    g_set_error (error, DK_ERROR, DK_ERROR_INVALID, _("The cooperation of agreement %lld has ended"), (long long) id);
  else if (strcmp (berakhir, a->berakhir) <= 0)
    g_set_error (error, DK_ERROR, DK_ERROR_INVALID, _("The new end (%s) must be after the current end (%s)"), berakhir,
                 a->berakhir);
  else if (strcmp (tanggal, a->ditandatangani) < 0)
    g_set_error (error, DK_ERROR, DK_ERROR_INVALID, _("The extension (%s) cannot be before the agreement (%s)"),
                 tanggal, a->ditandatangani);
  else if (strcmp (tanggal, berakhir) > 0)
    g_set_error (error, DK_ERROR, DK_ERROR_INVALID, _("The extension (%s) cannot be after its new end (%s)"),
                 tanggal, berakhir);
  else
    return TRUE;
  return FALSE;
}

/**
 * dk_pks_extend:
 * @tanggal: the date the extension was issued
 * @nomor: (nullable): its number
 * @berakhir: the new end, after the current one
 *
 * Records an agreement's extension.
 */
gboolean
dk_pks_extend (DkStore     *store,
               gint64       id,
               const char  *tanggal,
               const char  *nomor,
               const char  *berakhir,
               GError     **error)
{
  static const char *const tables[] = { "pks_perpanjangan", NULL };
  g_auto(DkHistoryRows) rows = { { 0 } };
  g_autoptr(DkDbStmt) stmt = NULL;
  g_autofree char *what = NULL;
  gboolean ok;

  g_return_val_if_fail (DK_IS_STORE (store), FALSE);

  if (!check_extension (store, id, tanggal, berakhir, error) ||
      !(stmt = _dk_store_prepare (store, "INSERT INTO pks_perpanjangan (perjanjian_id, tanggal, nomor, berakhir) "
                                         "VALUES (?1, ?2, ?3, ?4)", error)) ||
      !_dk_store_begin (store, error))
    return FALSE;
  dk_db_bind_int64 (stmt, 1, id);
  dk_db_bind_text (stmt, 2, tanggal);
  dk_db_bind_text_take (stmt, 3, _dk_pks_dup_stripped (nomor));
  dk_db_bind_text (stmt, 4, berakhir);
  /* Translators: the history's line: the agreement's id, its new end */
  what = g_strdup_printf (_("PKS %lld extended to %s"), (long long) id, berakhir);
  ok = _dk_pks_history_begin (&rows, store, tables, id, error) && _dk_store_step_done (store, stmt, error) &&
       _dk_history_rows_end (&rows, store, what, error);
  return _dk_pks_finish (store, ok, error);
}

/* ------------------------------------------------------------- access */

static gboolean
check_access (DkStore         *store,
              const DkPksAgreement *a,
              DkPksAccess      access,
              const char      *tanggal,
              GError         **error)
{
  g_autoptr(DkPksAgreement) then = NULL;

  if (strcmp (tanggal, a->access_since) < 0 || strcmp (tanggal, a->ditandatangani) < 0)
    g_set_error (error, DK_ERROR, DK_ERROR_INVALID, _("The date (%s) is before the access’s last change (%s)"), tanggal,
                 strcmp (a->access_since, a->ditandatangani) >= 0 ? a->access_since : a->ditandatangani);
  else if (a->access == DK_PKS_ENDED)
    g_set_error (error, DK_ERROR, DK_ERROR_INVALID, _("The cooperation of agreement %lld has ended"), (long long) a->id);
  else if (access == a->access || access == DK_PKS_REQUESTED)
    g_set_error (error, DK_ERROR, DK_ERROR_INVALID, _("The access is already “%s”"), dk_pks_access_label (a->access));
  else if (access == DK_PKS_GRANTED && a->next_step != 0)
    g_set_error (error, DK_ERROR, DK_ERROR_INVALID,
                 _("The access cannot be switched on before the SOP’s step 6 (Ditjen Dukcapil) is done"));
  else if (access == DK_PKS_GRANTED && !(then = dk_pks_agreement_get (store, a->id, tanggal, error)))
    return FALSE;
  else if (then != NULL && then->days_left < 0)
    g_set_error (error, DK_ERROR, DK_ERROR_INVALID,
                 _("The agreement ended on %s: record its extension before switching its access on"), then->berakhir);
  else
    return TRUE;
  return FALSE;
}

/**
 * dk_pks_set_access:
 * @access: %DK_PKS_GRANTED (on), %DK_PKS_SWITCHED_OFF or %DK_PKS_ENDED
 * @tanggal: from when, not before the access's last change
 *
 * Records a change of an agreement's access. It is switched on only once the SOP is done
 * and while the agreement is in its term (rule 001).
 */
gboolean
dk_pks_set_access (DkStore     *store,
                   gint64       id,
                   DkPksAccess  access,
                   const char  *tanggal,
                   GError     **error)
{
  static const char *const tables[] = { "pks_akses", NULL };
  g_auto(DkHistoryRows) rows = { { 0 } };
  g_autoptr(DkPksAgreement) a = NULL;
  g_autofree char *what = NULL;
  gboolean ok;

  g_return_val_if_fail (DK_IS_STORE (store), FALSE);
  g_return_val_if_fail (access < DK_PKS_N_ACCESS, FALSE);

  if (!dk_date_check_iso (tanggal, NULL, error) || !(a = dk_pks_agreement_get (store, id, "9999-12-31", error)) ||
      !check_access (store, a, access, tanggal, error) || !_dk_store_begin (store, error))
    return FALSE;
  /* Translators: the history's line: the agreement's id, the access's new state, the date */
  what = g_strdup_printf (_("PKS %lld access: %s from %s"), (long long) id, dk_pks_access_label (access), tanggal);
  ok = _dk_pks_history_begin (&rows, store, tables, id, error) && insert_access (store, id, access, tanggal, error) &&
       _dk_history_rows_end (&rows, store, what, error);
  return _dk_pks_finish (store, ok, error);
}

/**
 * dk_pks_events:
 *
 * Returns: (transfer full) (element-type DkPksEvent): the agreement's changes of access
 *   and extensions, by date
 */
GPtrArray *
dk_pks_events (DkStore  *store,
               gint64    id,
               GError  **error)
{
  g_autoptr(GPtrArray) list = g_ptr_array_new_with_free_func ((GDestroyNotify) dk_pks_event_free);
  g_autoptr(DkDbStmt) stmt = NULL;
  int rc;

  g_return_val_if_fail (DK_IS_STORE (store), NULL);

  if (!(stmt = _dk_store_prepare (store, "SELECT tanggal, status, '', '', 0, id FROM pks_akses WHERE perjanjian_id = ?1 "
                                         "UNION ALL SELECT tanggal, 'perpanjangan', nomor, "
                                         "CAST (berakhir AS TEXT), 1, id "
                                         "FROM pks_perpanjangan WHERE perjanjian_id = ?1 ORDER BY 1, 5, 6", error)))
    return NULL;
  dk_db_bind_int64 (stmt, 1, id);
  while ((rc = dk_db_step (stmt)) == DK_DB_ROW)
    {
      DkPksEvent *e = g_new0 (DkPksEvent, 1);

      copy_date (e->tanggal, dk_db_column_text (stmt, 0));
      e->what = _dk_stmt_dup_text (stmt, 1);
      e->nomor = _dk_stmt_dup_text (stmt, 2);
      copy_date (e->berakhir, dk_db_column_text (stmt, 3));
      g_ptr_array_add (list, e);
    }
  if (rc != DK_DB_DONE)
    {
      _dk_store_set_error (store, error);
      return NULL;
    }
  return g_steal_pointer (&list);
}

/* ------------------------------------------------------------ summary */

/**
 * dk_pks_is_expiring:
 *
 * Returns: whether the agreement is in its term and ends within @days days of its as-of
 *   date
 */
gboolean
dk_pks_is_expiring (const DkPksAgreement *agreement,
                    int                   days)
{
  g_return_val_if_fail (agreement != NULL, FALSE);
  return agreement->status != DK_PKS_STATUS_ENDED && agreement->days_left >= 0 && agreement->days_left <= days;
}

/**
 * dk_pks_summarize:
 * @agreements: (element-type DkPksAgreement): agreements as of one date
 *
 * Counts what the page's cards show.
 */
void
dk_pks_summarize (GPtrArray    *agreements,
                  DkPksSummary *summary)
{
  g_return_if_fail (agreements != NULL && summary != NULL);

  memset (summary, 0, sizeof *summary);
  for (guint i = 0; i < agreements->len; i++)
    {
      const DkPksAgreement *a = g_ptr_array_index (agreements, i);

      summary->n_active += a->status == DK_PKS_STATUS_ACTIVE || a->status == DK_PKS_STATUS_REQUESTED ||
                           a->status == DK_PKS_STATUS_OFF;
      summary->n_expiring += dk_pks_is_expiring (a, DK_PKS_EXPIRING_DAYS);
      summary->n_must_switch_off += a->status == DK_PKS_STATUS_MUST_SWITCH_OFF;
      summary->n_late += a->late_days > 0 && a->status != DK_PKS_STATUS_ENDED;
    }
}
