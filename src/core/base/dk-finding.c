/* dk-finding.c — SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A finding of the consistency checks, and the two ways the domains' checks add one.
 */
#define G_LOG_DOMAIN "dk-finding"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdarg.h>

#include "dk-finding.h"

void
dk_finding_free (DkFinding *finding)
{
  if (finding == NULL)
    return;
  g_free (finding->table);
  g_free (finding->ref);
  g_free (finding->kode);
  g_free (finding->column);
  g_free (finding->message);
  g_free (finding);
}

/**
 * dk_findings_add:
 * @findings: (element-type DkFinding): where to add it
 * @format: the finding's details, after "TABLE REF: "
 *
 * Adds a finding whose message starts with the table and its date or year.
 */
void
dk_findings_add (GPtrArray  *findings,
                 const char *table,
                 const char *ref,
                 const char *kode,
                 const char *column,
                 const char *format,
                 ...)
{
  DkFinding *f = g_new0 (DkFinding, 1);
  g_autofree char *details = NULL;
  va_list args;

  va_start (args, format);
  details = g_strdup_vprintf (format, args);
  va_end (args);
  f->table = g_strdup (table);
  f->ref = g_strdup (ref);
  f->kode = g_strdup (kode);
  f->column = g_strdup (column);
  f->message = *ref != '\0' ? g_strdup_printf ("%s %s: %s", table, ref, details)
                            : g_strdup_printf ("%s: %s", table, details);
  g_ptr_array_add (findings, f);
}

/**
 * dk_findings_add_stated:
 *
 * Adds a finding when a total the source states differs from the sum of its rows.
 */
void
dk_findings_add_stated (GPtrArray            *findings,
                        const DkNumberFormat *fmt,
                        const char           *table,
                        const char           *ref,
                        const char           *wilayah,
                        const char           *kode,
                        const char           *column,
                        gint64                stated,
                        gint64                computed)
{
  g_autofree char *s = dk_format_int (fmt, stated);
  g_autofree char *c = dk_format_int (fmt, computed);

  if (stated == computed)
    return;
  /* Translators: a finding: region (code), column: stated, computed */
  dk_findings_add (findings, table, ref, kode, column,
                   _("%s (%s), %s: the source states %s, the rows add up to %s"),
                   wilayah, kode, column, s, c);
}
