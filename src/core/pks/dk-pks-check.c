/* dk-pks-check.c — SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The register's findings for `check`, as of a date: an agreement past its end whose
 * access is still on (rule 001: switch it off until the extension is issued), a request
 * late at a step of the SOP, and an institution's security certificate that has expired
 * while its access may be used.
 */
#define G_LOG_DOMAIN "dk-pks"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "dk-format.h"
#include "dk-pks-private.h"

static void
check_agreement (const DkPksAgreement *a,
                 GPtrArray            *findings)
{
  g_autofree char *ref = g_strdup_printf ("%" G_GINT64_FORMAT, a->id);

  if (a->status == DK_PKS_STATUS_MUST_SWITCH_OFF)
    {
      g_autofree char *ended = dk_format_date_long (a->berakhir);

      /* Translators: a finding: the institution, the agreement's number, its end date, days since */
      dk_findings_add (findings, "PKS", ref, a->nomor, C_("column", "Access"),
                       g_dngettext (GETTEXT_PACKAGE,
                                    "%s, PKS %s: ended on %s (%d day ago) and its access is still on: switch it off",
                                    "%s, PKS %s: ended on %s (%d days ago) and its access is still on: switch it off",
                                    -a->days_left),
                       a->lembaga, a->nomor, ended, -a->days_left);
    }
  if (a->late_days > 0 && a->status != DK_PKS_STATUS_ENDED)
    {
      const DkPksStepInfo *info = dk_pks_step_info (a->next_step);
      g_autofree char *due = dk_format_date_long (a->due);

      /* Translators: a finding: the institution, the agreement's number, the step, its actor, due date, lateness */
      dk_findings_add (findings, "PKS", ref, a->nomor, C_("column", "Step"),
                       g_dngettext (GETTEXT_PACKAGE,
                                    "%s, PKS %s: step %u (%s) was due on %s and is %d working day late",
                                    "%s, PKS %s: step %u (%s) was due on %s and is %d working days late",
                                    a->late_days),
                       a->lembaga, a->nomor, info->number, info->actor, due, a->late_days);
    }
  if (a->sertifikat_berakhir[0] != '\0' && strcmp (a->sertifikat_berakhir, a->as_of) < 0 &&
      a->status != DK_PKS_STATUS_ENDED && a->status != DK_PKS_STATUS_EXPIRED)
    {
      g_autofree char *expired = dk_format_date_long (a->sertifikat_berakhir);

      /* Translators: a finding: the institution, the agreement's number, the certificate, its expiry */
      dk_findings_add (findings, "PKS", ref, a->nomor, C_("column", "Security certificate"),
                       _("%s, PKS %s: the security certificate %s expired on %s"), a->lembaga, a->nomor,
                       a->sertifikat[0] != '\0' ? a->sertifikat : "–", expired);
    }
}

/**
 * dk_pks_check:
 * @as_of: (nullable): the date the register is checked for; today when %NULL
 * @findings: (element-type DkFinding): where to add them
 *
 * Adds a finding for each agreement past its end with its access on, each request late at
 * a step of the SOP, and each expired security certificate of an agreement in use.
 */
gboolean
dk_pks_check (DkStore     *store,
              const char  *as_of,
              GPtrArray   *findings,
              GError     **error)
{
  g_autoptr(GPtrArray) agreements = NULL;

  g_return_val_if_fail (DK_IS_STORE (store), FALSE);
  g_return_val_if_fail (findings != NULL, FALSE);

  if (!(agreements = dk_pks_agreements (store, as_of, error)))
    return FALSE;
  for (guint i = 0; i < agreements->len; i++)
    check_agreement (g_ptr_array_index (agreements, i), findings);
  return TRUE;
}
