/* dk-pks-sop.c — SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The SOP "Pemberian Hak Akses Pemanfaatan Data Kependudukan" (seed 003, part 2) as a
 * tracked procedure: its six steps in order, each with its actor, its checklist and its
 * time standard, and the holidays its working days skip.
 *
 * The SOP's table gives five times for six steps: 1 hari, 10 menit, 10 menit, 10 menit,
 * 14 hari kerja. Step 1 is the institution's own drafting of the technical guide, which an
 * office cannot time; the five times are those of steps 2 to 6 (the verification with a
 * proof of concept takes the day). Each step's time runs from the day the step before it
 * was done (step 1's from the request); "10 menit" is due the same working day, "1 hari"
 * the next working day.
 */
#define G_LOG_DOMAIN "dk-pks"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "dk-error.h"
#include "dk-format.h"
#include "dk-pks-private.h"

#define SURAT_PERMOHONAN "Surat permohonan pemanfaatan data kependudukan dari lembaga pengguna"
#define DRAFT_JUKNIS "Draft petunjuk teknis"
#define NASKAH_PKS "Naskah PKS pemanfaatan data kependudukan"
#define SURAT_PENGANTAR "Surat pengantar permohonan hak akses dan IP address"
#define JUKNIS "Petunjuk teknis"

static const DkPksStepInfo steps[DK_PKS_N_STEPS] = {
  { 1, "Lembaga pengguna",
    N_("Drafts the technical guide (petunjuk teknis) with the office, to fit the agreed PKS"),
    { SURAT_PERMOHONAN, DRAFT_JUKNIS, NASKAH_PKS, NULL }, DK_PKS_NO_STANDARD, 0 },
  { 2, "Kasi Kerja Sama",
    N_("Verifies the guide against the PKS with a proof of concept; drafts the request for access and IP addresses"),
    { DRAFT_JUKNIS, NASKAH_PKS, NULL }, DK_PKS_DAYS, 1 },
  { 3, "Kabid PIAK",
    N_("Verifies and approves the guide and the request for access and IP addresses"),
    { SURAT_PENGANTAR, JUKNIS, NASKAH_PKS, NULL }, DK_PKS_MINUTES, 10 },
  { 4, "Sekretaris",
    N_("Approves the covering letter of the request"),
    { SURAT_PENGANTAR, JUKNIS, NASKAH_PKS, NULL }, DK_PKS_MINUTES, 10 },
  { 5, "Kadis",
    N_("Approves the covering letter and sends it with the PKS and the guide to Ditjen Dukcapil"),
    { SURAT_PENGANTAR, JUKNIS, NASKAH_PKS, NULL }, DK_PKS_MINUTES, 10 },
  { 6, "Ditjen Dukcapil",
    N_("Opens the access and grants the IP addresses by letter"),
    { SURAT_PENGANTAR, JUKNIS, NASKAH_PKS, NULL }, DK_PKS_WORKING_DAYS, 14 },
};

/**
 * dk_pks_step_info:
 * @number: 1…6
 *
 * Returns: (transfer none): the step as the SOP gives it
 */
const DkPksStepInfo *
dk_pks_step_info (guint number)
{
  g_return_val_if_fail (number >= 1 && number <= DK_PKS_N_STEPS, NULL);
  return &steps[number - 1];
}

/**
 * dk_pks_step_time:
 *
 * Returns: (transfer full): its time standard in words ("14 working days"), or "–"
 */
char *
dk_pks_step_time (const DkPksStepInfo *info)
{
  g_return_val_if_fail (info != NULL, NULL);

  switch (info->unit)
    {
    case DK_PKS_MINUTES:
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u minute", "%u minutes", info->amount), info->amount);
    case DK_PKS_DAYS:
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u day", "%u days", info->amount), info->amount);
    case DK_PKS_WORKING_DAYS:
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u working day", "%u working days", info->amount),
                              info->amount);
    case DK_PKS_NO_STANDARD:
    default:
      return g_strdup ("–");
    }
}

/**
 * dk_pks_step_all_documents:
 *
 * Returns: the bits of every document of its checklist
 */
guint
dk_pks_step_all_documents (const DkPksStepInfo *info)
{
  guint n = 0;

  g_return_val_if_fail (info != NULL, 0);
  while (n < G_N_ELEMENTS (info->documents) && info->documents[n] != NULL)
    n++;
  return (1u << n) - 1;
}

/**
 * dk_pks_step_due:
 * @previous_done: the day the step before was done (for step 1: the request)
 * @holidays: (nullable): a set of holiday dates
 *
 * Returns: %FALSE when the step has no time standard; else @out is the day it is due
 */
gboolean
dk_pks_step_due (const DkPksStepInfo *info,
                 const char          *previous_done,
                 GHashTable          *holidays,
                 char                 out[11])
{
  g_return_val_if_fail (info != NULL, FALSE);

  switch (info->unit)
    {
    case DK_PKS_MINUTES:
      return dk_pks_add_working_days (previous_done, 0, holidays, out);
    case DK_PKS_DAYS:
    case DK_PKS_WORKING_DAYS:
      return dk_pks_add_working_days (previous_done, info->amount, holidays, out);
    case DK_PKS_NO_STANDARD:
    default:
      return FALSE;
    }
}

void
dk_pks_step_free (DkPksStep *step)
{
  if (step == NULL)
    return;
  g_free (step->oleh);
  g_free (step);
}

/* The six steps as recorded; none computed. */
static GPtrArray *
load_steps (DkStore  *store,
            gint64    id,
            GError  **error)
{
  g_autoptr(GPtrArray) list = g_ptr_array_new_with_free_func ((GDestroyNotify) dk_pks_step_free);
  g_autoptr(DkDbStmt) stmt = NULL;
  int rc;

  for (guint n = 1; n <= DK_PKS_N_STEPS; n++)
    {
      DkPksStep *s = g_new0 (DkPksStep, 1);

      s->number = n;
      s->oleh = g_strdup ("");
      g_ptr_array_add (list, s);
    }
  if (!(stmt = _dk_store_prepare (store, "SELECT langkah, selesai, oleh, dokumen FROM pks_langkah "
                                         "WHERE perjanjian_id = ?1 AND langkah BETWEEN 1 AND 6", error)))
    return NULL;
  dk_db_bind_int64 (stmt, 1, id);
  while ((rc = dk_db_step (stmt)) == DK_DB_ROW)
    {
      DkPksStep *s = g_ptr_array_index (list, dk_db_column_int (stmt, 0) - 1);

      g_strlcpy (s->selesai, dk_db_column_text (stmt, 1), sizeof s->selesai);
      g_free (s->oleh);
      s->oleh = _dk_stmt_dup_text (stmt, 2);
      s->dokumen = dk_db_column_int (stmt, 3);
    }
  if (rc != DK_DB_DONE)
    {
      _dk_store_set_error (store, error);
      return NULL;
    }
  return g_steal_pointer (&list);
}

/* Each step's due date and lateness, as of @as_of, once the step before it is done. */
static void
time_steps (GPtrArray  *list,
            const char *diajukan,
            const char *as_of,
            GHashTable *holidays)
{
  const char *previous = diajukan;

  for (guint i = 0; i < list->len && previous != NULL; i++)
    {
      DkPksStep *s = g_ptr_array_index (list, i);
      const char *until = s->selesai[0] != '\0' ? s->selesai : as_of;

      if (dk_pks_step_due (&steps[i], previous, holidays, s->due))
        s->late_days = dk_pks_working_days_between (s->due, until, holidays);
      previous = s->selesai[0] != '\0' ? s->selesai : NULL;
    }
}

/**
 * dk_pks_steps:
 * @as_of: (nullable): the date a step not done is late as of; today when %NULL
 *
 * Returns: (transfer full) (element-type DkPksStep): the SOP's six steps for the
 *   agreement's request, as recorded, with their due dates and lateness
 */
GPtrArray *
dk_pks_steps (DkStore     *store,
              gint64       id,
              const char  *as_of,
              GError     **error)
{
  g_autoptr(DkPksAgreement) a = NULL;
  g_autoptr(GHashTable) holidays = NULL;
  g_autoptr(GPtrArray) list = NULL;

  g_return_val_if_fail (DK_IS_STORE (store), NULL);

  if (!(a = dk_pks_agreement_get (store, id, as_of, error)) || !(holidays = dk_pks_holidays (store, error)) ||
      !(list = load_steps (store, id, error)))
    return NULL;
  time_steps (list, a->diajukan, a->as_of, holidays);
  return g_steal_pointer (&list);
}

gboolean
_dk_pks_fill_sop (DkStore        *store,
                  DkPksAgreement *agreement,
                  GHashTable     *holidays,
                  GError        **error)
{
  g_autoptr(GPtrArray) list = load_steps (store, agreement->id, error);

  if (list == NULL)
    return FALSE;
  time_steps (list, agreement->diajukan, agreement->as_of, holidays);
  agreement->next_step = 0;
  agreement->due[0] = '\0';
  agreement->late_days = 0;
  for (guint i = 0; i < list->len; i++)
    {
      DkPksStep *s = g_ptr_array_index (list, i);

      if (s->selesai[0] != '\0')
        continue;
      agreement->next_step = s->number;
      g_strlcpy (agreement->due, s->due, sizeof agreement->due);
      agreement->late_days = s->late_days;
      break;
    }
  return TRUE;
}

/* ---------------------------------------------------------- recording */

static gboolean
check_documents (const DkPksStepInfo *info,
                 guint                dokumen,
                 GError             **error)
{
  g_autoptr(GString) missing = g_string_new (NULL);

  for (guint k = 0; k < G_N_ELEMENTS (info->documents) && info->documents[k] != NULL; k++)
    if (!(dokumen & (1u << k)))
      g_string_append_printf (missing, "%s%s", missing->len > 0 ? ", " : "", info->documents[k]);
  if (missing->len == 0)
    return TRUE;
  /* Translators: a step of the SOP, then the documents of its checklist that are missing */
  g_set_error (error, DK_ERROR, DK_ERROR_INVALID, _("Step %u needs its documents: %s"), info->number, missing->str);
  return FALSE;
}

static gboolean
check_order (GPtrArray             *list,
             const DkPksAgreement  *a,
             guint                  number,
             const char            *selesai,
             GError               **error)
{
  const DkPksStep *previous = number > 1 ? g_ptr_array_index (list, number - 2) : NULL;
  const DkPksStep *next = number < DK_PKS_N_STEPS ? g_ptr_array_index (list, number) : NULL;

  if (previous != NULL && previous->selesai[0] == '\0')
    g_set_error (error, DK_ERROR, DK_ERROR_INVALID, _("Step %u cannot be done before step %u"), number, number - 1);
  else if (previous != NULL && strcmp (selesai, previous->selesai) < 0)
    g_set_error (error, DK_ERROR, DK_ERROR_INVALID, _("Step %u cannot be done (%s) before step %u was (%s)"), number,
                 selesai, number - 1, previous->selesai);
  else if (previous == NULL && strcmp (selesai, a->diajukan) < 0)
    g_set_error (error, DK_ERROR, DK_ERROR_INVALID, _("Step 1 cannot be done (%s) before the access was requested (%s)"),
                 selesai, a->diajukan);
  else if (next != NULL && next->selesai[0] != '\0' && strcmp (selesai, next->selesai) > 0)
    g_set_error (error, DK_ERROR, DK_ERROR_INVALID, _("Step %u cannot be done (%s) after step %u was (%s)"), number,
                 selesai, number + 1, next->selesai);
  else if (a->access == DK_PKS_ENDED)
    g_set_error (error, DK_ERROR, DK_ERROR_INVALID, _("The cooperation of agreement %lld has ended"), (long long) a->id);
  else
    return TRUE;
  return FALSE;
}

static gboolean
write_step (DkStore               *store,
            const DkPksAgreement  *a,
            guint                  number,
            const char            *selesai,
            const char            *oleh,
            guint                  dokumen,
            GError               **error)
{
  g_autoptr(DkDbStmt) stmt = NULL, grant = NULL;

  if (!(stmt = _dk_store_prepare (store, "INSERT INTO pks_langkah (perjanjian_id, langkah, selesai, oleh, "
                                         "dokumen) VALUES (?1, ?2, ?3, ?4, ?5) "
                                         "ON CONFLICT (perjanjian_id, langkah) DO UPDATE SET "
                                         "selesai = excluded.selesai, oleh = excluded.oleh, "
                                         "dokumen = excluded.dokumen",
                                  error)))
    return FALSE;
  dk_db_bind_int64 (stmt, 1, a->id);
  dk_db_bind_int64 (stmt, 2, number);
  dk_db_bind_text (stmt, 3, selesai);
  dk_db_bind_text_take (stmt, 4, _dk_pks_dup_stripped (oleh));
  dk_db_bind_int64 (stmt, 5, dokumen);
  if (!_dk_store_step_done (store, stmt, error))
    return FALSE;
  /* step 6 is Ditjen opening the access: the request is granted that day */
  if (number != DK_PKS_N_STEPS || a->access != DK_PKS_REQUESTED || strcmp (selesai, a->berakhir) > 0)
    return TRUE;
  if (!(grant = _dk_store_prepare (store, "INSERT INTO pks_akses (perjanjian_id, tanggal, status) "
                                          "VALUES (?1, CASE WHEN ?2 >= (SELECT max (tanggal) FROM pks_akses "
                                          "WHERE perjanjian_id = ?1) THEN ?2 ELSE (SELECT max (tanggal) "
                                          "FROM pks_akses WHERE perjanjian_id = ?1) END, 'dibuka')",
                                   error)))
    return FALSE;
  dk_db_bind_int64 (grant, 1, a->id);
  dk_db_bind_text (grant, 2, selesai);
  return _dk_store_step_done (store, grant, error);
}

/**
 * dk_pks_step_done:
 * @number: 1…6
 * @selesai: the day it was done
 * @oleh: (nullable): by whom
 * @dokumen: the documents of its checklist that were there, a bit each: all are needed
 *
 * Records a step of the SOP done for the agreement's request, after the step it follows.
 * Step 6 done grants the access that day. One change in the history.
 */
gboolean
dk_pks_step_done (DkStore     *store,
                  gint64       id,
                  guint        number,
                  const char  *selesai,
                  const char  *oleh,
                  guint        dokumen,
                  GError     **error)
{
  static const char *const tables[] = { "pks_langkah", "pks_akses", NULL };
  g_auto(DkHistoryRows) rows = { { 0 } };
  g_autoptr(DkPksAgreement) a = NULL;
  g_autoptr(GPtrArray) list = NULL;
  g_autofree char *what = NULL;
  gboolean ok;

  g_return_val_if_fail (DK_IS_STORE (store), FALSE);

  if (number < 1 || number > DK_PKS_N_STEPS)
    {
      g_set_error (error, DK_ERROR, DK_ERROR_INVALID, _("The SOP has steps 1 to %d"), DK_PKS_N_STEPS);
      return FALSE;
    }
  if (!dk_date_check_iso (selesai, NULL, error) || !(a = dk_pks_agreement_get (store, id, "9999-12-31", error)) ||
      !(list = load_steps (store, id, error)) || !check_order (list, a, number, selesai, error) ||
      !check_documents (&steps[number - 1], dokumen, error) || !_dk_store_begin (store, error))
    return FALSE;
  /* Translators: the history's line: the agreement's id, the step, the date */
  what = g_strdup_printf (_("PKS %lld: step %u done on %s"), (long long) id, number, selesai);
  ok = _dk_pks_history_begin (&rows, store, tables, id, error) &&
       write_step (store, a, number, selesai, oleh, dokumen & dk_pks_step_all_documents (&steps[number - 1]), error) &&
       _dk_history_rows_end (&rows, store, what, error);
  return _dk_pks_finish (store, ok, error);
}

/* ----------------------------------------------------------- holidays */

void
dk_pks_holiday_free (DkPksHoliday *holiday)
{
  if (holiday == NULL)
    return;
  g_free (holiday->nama);
  g_free (holiday);
}

/**
 * dk_pks_holiday_list:
 *
 * Returns: (transfer full) (element-type DkPksHoliday): the holidays, by date
 */
GPtrArray *
dk_pks_holiday_list (DkStore  *store,
                     GError  **error)
{
  g_autoptr(GPtrArray) list = g_ptr_array_new_with_free_func ((GDestroyNotify) dk_pks_holiday_free);
  g_autoptr(DkDbStmt) stmt = NULL;
  int rc;

  g_return_val_if_fail (DK_IS_STORE (store), NULL);

  if (!(stmt = _dk_store_prepare (store, "SELECT tanggal, nama FROM pks_libur ORDER BY tanggal", error)))
    return NULL;
  while ((rc = dk_db_step (stmt)) == DK_DB_ROW)
    {
      DkPksHoliday *h = g_new0 (DkPksHoliday, 1);

      g_strlcpy (h->tanggal, dk_db_column_text (stmt, 0), sizeof h->tanggal);
      h->nama = _dk_stmt_dup_text (stmt, 1);
      g_ptr_array_add (list, h);
    }
  if (rc != DK_DB_DONE)
    {
      _dk_store_set_error (store, error);
      return NULL;
    }
  return g_steal_pointer (&list);
}

/**
 * dk_pks_holidays:
 *
 * Returns: (transfer full) (element-type utf8 utf8): the set of holiday dates
 */
GHashTable *
dk_pks_holidays (DkStore  *store,
                 GError  **error)
{
  g_autoptr(GPtrArray) list = dk_pks_holiday_list (store, error);
  GHashTable *set;

  if (list == NULL)
    return NULL;
  set = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  for (guint i = 0; i < list->len; i++)
    g_hash_table_add (set, g_strdup (((DkPksHoliday *) g_ptr_array_index (list, i))->tanggal));
  return set;
}

static gboolean
write_holiday (DkStore     *store,
               const char  *sql,
               const char  *tanggal,
               const char  *nama,
               const char  *what,
               GError     **error)
{
  static const char *const tables[] = { "pks_libur", NULL };
  g_auto(DkHistoryRows) rows = { { 0 } };
  g_autoptr(DkDbStmt) stmt = _dk_store_prepare (store, sql, error);
  gboolean ok;

  if (stmt == NULL || !_dk_store_begin (store, error))
    return FALSE;
  dk_db_bind_text (stmt, 1, tanggal);
  if (nama != NULL)
    dk_db_bind_text_take (stmt, 2, _dk_pks_dup_stripped (nama));
  ok = _dk_pks_history_begin (&rows, store, tables, 0, error) && _dk_store_step_done (store, stmt, error);
  if (ok && dk_db_changes (stmt) == 0)
    {
      g_set_error (error, DK_ERROR, DK_ERROR_NOT_FOUND, _("No holiday is recorded on %s"), tanggal);
      ok = FALSE;
    }
  ok = ok && _dk_history_rows_end (&rows, store, what, error);
  return _dk_pks_finish (store, ok, error);
}

/**
 * dk_pks_holiday_add:
 *
 * Records a holiday, or renames the one of that day.
 */
gboolean
dk_pks_holiday_add (DkStore     *store,
                    const char  *tanggal,
                    const char  *nama,
                    GError     **error)
{
  g_autofree char *what = NULL;

  g_return_val_if_fail (DK_IS_STORE (store), FALSE);

  if (!dk_date_check_iso (tanggal, NULL, error))
    return FALSE;
  /* Translators: the history's line: a holiday's date */
  what = g_strdup_printf (_("Holiday recorded: %s"), tanggal);
  return write_holiday (store, "INSERT INTO pks_libur (tanggal, nama) VALUES (?1, ?2) "
                               "ON CONFLICT (tanggal) DO UPDATE SET nama = excluded.nama",
                        tanggal,
                        nama != NULL ? nama : "", what, error);
}

gboolean
dk_pks_holiday_remove (DkStore     *store,
                       const char  *tanggal,
                       GError     **error)
{
  g_autofree char *what = NULL;

  g_return_val_if_fail (DK_IS_STORE (store), FALSE);

  if (!dk_date_check_iso (tanggal, NULL, error))
    return FALSE;
  /* Translators: the history's line: a holiday's date */
  what = g_strdup_printf (_("Holiday removed: %s"), tanggal);
  return write_holiday (store, "DELETE FROM pks_libur WHERE tanggal = ?1", tanggal, NULL, what, error);
}
