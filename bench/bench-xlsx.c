/* bench-xlsx.c — SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The export path on a national village table: reads a CSV (kode, wilayah, rekam_dinamis,
 * jumlah_ikd, persen_ikd) as the peers do, and writes it with the application's own IKD
 * sheet writer (formats, formulas with cached values, A4 print set-up). The time of the
 * writing alone, from the table in memory, is printed in milliseconds as "write-ms N", to
 * compare with bench-xlsx-plain, which writes the same cells with plain libxlsxwriter.
 * Usage: bench-xlsx IN.csv OUT.xlsx
 */
#include "config.h"

#include <stdio.h>

#include "dk-csv.h"
#include "dk-format.h"
#include "dk-xlsx.h"

static gboolean
add_row (DkCsvRecord  *record,
         gpointer      user_data,
         GError      **error)
{
  g_autoptr(DkCsvRecord) r = record;
  GPtrArray *rows = user_data;
  gint64 rekam = 0, ikd = 0;

  if (r->line == 1 || r->n_fields < 4)   /* the header */
    return TRUE;
  dk_parse_plain_int (r->fields[2], &rekam);
  dk_parse_plain_int (r->fields[3], &ikd);
  g_ptr_array_add (rows, dk_ikd_row_new (rows->len + 1, r->fields[0], r->fields[1], rekam, ikd, 3000));
  return TRUE;
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GListStore) store = g_list_store_new (DK_TYPE_IKD_ROW);
  g_autoptr(DkIkdTable) table = NULL;
  g_autofree char *data = NULL;
  gsize len;
  gint64 t0;

  if (argc != 3 || !g_file_get_contents (argv[1], &data, &len, &error))
    {
      g_printerr ("usage: bench-xlsx IN.csv OUT.xlsx%s%s\n", error ? ": " : "", error ? error->message : "");
      return 2;
    }
  /* record by record, as the importer reads large files */
  if (!dk_csv_parse_foreach (data, len, ',', add_row, rows, &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  g_clear_pointer (&data, g_free);
  g_list_store_splice (store, 0, 0, rows->pdata, rows->len);
  g_clear_pointer (&rows, g_ptr_array_unref);
  table = dk_ikd_table_new ("0", "INDONESIA", "2025-12-31", 3000, G_LIST_MODEL (store));
  t0 = g_get_monotonic_time ();
  if (!dk_xlsx_export_ikd (table, argv[2], NULL, NULL, NULL, &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  printf ("write-ms %.1f\n", (g_get_monotonic_time () - t0) / 1000.0);
  return 0;
}
