/* dk-cli-m2m.c — SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dk-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "dk-cli-private.h"
#include "dk-format.h"
#include "dk-m2m.h"

static void
print_csv (FILE       *out,
           DkM2mTable *table)
{
  GListModel *rows = dk_m2m_table_get_rows (table);
  DkNumberFormat plain;

  dk_number_format_init_plain (&plain);
  fprintf (out, "kode,wilayah,jumlah_perangkat,jumlah_aktif,tidak_aktif\n");
  for (guint i = 0; i <= g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(DkM2mRow) row = i < g_list_model_get_n_items (rows)
                                ? g_list_model_get_item (rows, i)
                                : g_object_ref (dk_m2m_table_get_total (table));
      g_autoptr(GString) line = g_string_new (NULL);
      g_autofree char *d = dk_format_int (&plain, dk_m2m_row_get_perangkat (row));
      g_autofree char *a = dk_format_int (&plain, dk_m2m_row_get_aktif (row));
      g_autofree char *n = dk_format_int (&plain, dk_m2m_row_get_tidak_aktif (row));

      dk_cli_csv_field (line, dk_m2m_row_get_kode (row));
      dk_cli_csv_field (line, dk_m2m_row_get_wilayah (row));
      dk_cli_csv_field (line, d);
      dk_cli_csv_field (line, a);
      dk_cli_csv_field (line, n);
      fprintf (out, "%s\n", line->str);
    }
}

static void
add_row (DkCliTable           *t,
         const DkNumberFormat *fmt,
         DkM2mRow             *row)
{
  g_autofree char *number = dk_m2m_row_get_number (row) ? g_strdup_printf ("%u", dk_m2m_row_get_number (row)) : g_strdup ("");
  g_autofree char *d = dk_format_int (fmt, dk_m2m_row_get_perangkat (row));
  g_autofree char *a = dk_format_int (fmt, dk_m2m_row_get_aktif (row));
  g_autofree char *n = dk_format_int (fmt, dk_m2m_row_get_tidak_aktif (row));

  dk_cli_table_add_row (t, number, dk_m2m_row_get_kode (row), dk_m2m_row_get_wilayah (row), d, a, n,
                        dk_m2m_row_get_keterangan (row), NULL);
}

static void
print_outages (FILE        *out,
               DkStore     *store,
               DkM2mTable  *table)
{
  g_autoptr(GPtrArray) outages = dk_m2m_outages (store, dk_m2m_table_get_parent (table),
                                                 dk_m2m_table_get_as_of (table), NULL);

  if (outages == NULL || outages->len == 0)
    return;
  fprintf (out, "\n%s\n", _("Offices that cannot run mobile services:"));
  for (guint i = 0; i < outages->len; i++)
    {
      DkM2mOutage *o = g_ptr_array_index (outages, i);
      g_autofree char *since = dk_format_date_long (o->since);

      fprintf (out, "  %s (%s): %s, ", o->wilayah, o->kode,
               o->no_device ? _("no M2M device") : _("no active M2M device"));
      /* Translators: since when an office has been without a device */
      fprintf (out, o->since_first ? _("since at least %s\n") : _("since %s\n"), since);
    }
}

static void
print_text (FILE       *out,
            DkStore    *store,
            DkM2mTable *table)
{
  GListModel *rows = dk_m2m_table_get_rows (table);
  g_autoptr(DkCliTable) t = dk_cli_table_new (7, "rllrrrl");
  g_autofree char *date = dk_format_date_long (dk_m2m_table_get_as_of (table));
  DkNumberFormat fmt;
  GPtrArray *stated = dk_m2m_table_get_stated (table);

  dk_number_format_init_locale (&fmt);
  /* Translators: the heading of the M2M table: region, date */
  fprintf (out, _("M2M devices, %s, as of %s\n\n"),
           dk_m2m_row_get_wilayah (dk_m2m_table_get_total (table)), date);
  dk_cli_table_add_row (t, C_("column", "No"), C_("column", "Code"), C_("column", "Region"),
                        dk_m2m_column_title ("jumlah_perangkat"), dk_m2m_column_title ("jumlah_aktif"),
                        dk_m2m_column_title ("tidak_aktif"), C_("column", "Remarks"), NULL);
  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(DkM2mRow) row = g_list_model_get_item (rows, i);

      add_row (t, &fmt, row);
    }
  add_row (t, &fmt, dk_m2m_table_get_total (table));
  dk_cli_table_print (t, out);

  for (guint i = 0; i < stated->len; i++)
    {
      DkStatedTotal *s = g_ptr_array_index (stated, i);
      gint64 sum = dk_m2m_table_get_column_sum (table, s->kolom);
      g_autofree char *a = NULL, *b = NULL;

      if (!s->has_value || s->nilai == sum)
        continue;
      a = dk_format_int (&fmt, s->nilai);
      b = dk_format_int (&fmt, sum);
      /* Translators: a stated total differs: column, stated, computed */
      g_printerr (_("Note: %s: the source’s total states %s, the rows add up to %s\n"),
                  dk_m2m_column_title (s->kolom), a, b);
    }
  print_outages (out, store, table);
}

int
dk_cli_m2m (DkCli  *cli,
            int     argc,
            char  **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(DkM2mTable) table = NULL;
  g_autofree char *as_of = NULL, *format = NULL, *parent = NULL;
  GError *error = NULL;
  DkStore *store;
  gboolean csv;
  GOptionEntry entries[] = {
    { "as-of", 0, 0, G_OPTION_ARG_STRING, &as_of, N_("The inventory’s date (default: the latest)"), N_("YYYY-MM-DD") },
    { "region", 0, 0, G_OPTION_ARG_STRING, &parent, N_("The region whose offices make the rows (default: the home province of Preferences, 13 unless changed)"), N_("CODE") },
    { NULL }
  };

  context = dk_cli_context_new (NULL, _("Print the M2M device inventory: one row per kabupaten/kota "
                                        "office and the total computed from the rows."), entries, &format);
  if (!dk_cli_parse_no_args (context, "m2m", &argc, &argv, &format, &csv))
    return DK_EXIT_USAGE;

  if (!(store = dk_cli_get_store (cli, &error)) ||
      !(table = dk_m2m_table_load (store, parent ? parent : dk_cli_default_province (cli), as_of, &error)))
    return dk_cli_fail (error);
  if (csv)
    print_csv (cli->out, table);
  else
    print_text (cli->out, store, table);
  return DK_EXIT_OK;
}

int
dk_cli_m2m_events (DkCli  *cli,
                   int     argc,
                   char  **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GPtrArray) events = NULL;
  g_autofree char *format = NULL;
  GError *error = NULL;
  DkStore *store;
  gboolean csv;
  GOptionEntry entries[] = {
    { NULL }
  };

  context = dk_cli_context_new (NULL, _("List the events of the M2M devices, oldest first."), entries, &format);
  if (!dk_cli_parse_no_args (context, "m2m-events", &argc, &argv, &format, &csv))
    return DK_EXIT_USAGE;
  if (!(store = dk_cli_get_store (cli, &error)) || !(events = dk_m2m_list_events (store, &error)))
    return dk_cli_fail (error);

  if (csv)
    fprintf (cli->out, "tanggal,bulan_saja,kode,jenis,catatan\n");
  for (guint i = 0; i < events->len; i++)
    {
      DkM2mEvent *e = g_ptr_array_index (events, i);
      g_autoptr(GString) line = g_string_new (NULL);

      if (csv)
        {
          dk_cli_csv_field (line, e->tanggal);
          dk_cli_csv_field (line, e->month_only ? "1" : "0");
          dk_cli_csv_field (line, e->kode != NULL ? e->kode : "");
          dk_cli_csv_field (line, dk_m2m_event_kind_to_string (e->kind));
          dk_cli_csv_field (line, e->catatan);
        }
      else
        {
          g_autofree char *when = dk_m2m_event_format_date (e);

          g_string_printf (line, "%s  %s  %s  %s", when, e->kode != NULL ? e->kode : _("national"),
                           dk_m2m_event_kind_label (e->kind), e->catatan);
        }
      fprintf (cli->out, "%s\n", line->str);
    }
  return DK_EXIT_OK;
}
