/* dk-cli-blangko.c — SPDX-License-Identifier: GPL-3.0-or-later
 *
 * `dukcapil-cli blangko …`: the province's stock of blank KTP-el cards, its ledger, the
 * offices' daily reports, the allocation planner, an office's monthly usage report and
 * the KTP-el coverage table.
 */
#define G_LOG_DOMAIN "dk-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "dk-blangko.h"
#include "dk-parse.h"
#include "dk-blangko-chart.h"
#include "dk-blangko-plan.h"
#include "dk-blangko-usage.h"
#include "dk-cli-private.h"
#include "dk-error.h"
#include "dk-format.h"
#include "dk-import.h"
#include "dk-region.h"
#include "dk-xlsx-blangko.h"

typedef gboolean (*PlanSetter) (DkBlangkoPlan  *plan,
                                const char     *kode,
                                gint64          value,
                                GError        **error);

/* The figures of a day of the usage report: received to remaining */
#define N_USAGE_CELLS 10

static gboolean
parse_count (const char  *command,
             const char  *what,
             const char  *text,
             gint64      *value)
{
  g_autofree char *why = NULL;
  gboolean none;

  if (text != NULL && dk_parse_count (text, value, &none, &why))
    return TRUE;
  dk_cli_usage_error (command, "%s: %s", what, why != NULL ? why : _("a number is needed"));
  return FALSE;
}

static char *
count (const DkNumberFormat *fmt,
       gint64                value)
{
  return dk_format_int (fmt, value);
}

/* "2,5" days, in tenths */
static char *
tenths (const DkNumberFormat *fmt,
        gint64                x10)
{
  g_autofree char *whole = dk_format_int (fmt, x10 / 10);

  return g_strdup_printf ("%s%s%d", whole, fmt->decimal, (int) (x10 % 10));
}

static char *
pace (const DkNumberFormat *fmt,
      const DkBlangkoOffice *o)
{
  return dk_format_fixed (fmt, dk_blangko_office_pace_x100 (o));
}

/* ------------------------------------------------------------------ stock */

/* The province's own line of the CSV: only its stock */
static void
print_province_csv (FILE                 *out,
                    DkStore              *store,
                    const char           *as_of,
                    const DkBlangkoStock *stock)
{
  g_autoptr(DkRegion) province = dk_region_lookup (store, "13", NULL);
  DkNumberFormat plain;
  g_autofree char *s = NULL;
  g_autoptr(GString) line = g_string_new (NULL);

  dk_number_format_init_plain (&plain);
  s = count (&plain, stock->stock);
  dk_cli_csv_field (line, "13");
  dk_cli_csv_field (line, province != NULL ? province->wilayah : "13");
  dk_cli_csv_field (line, as_of);
  dk_cli_csv_field (line, s);
  for (guint k = 0; k < 7; k++)
    dk_cli_csv_field (line, "");
  fprintf (out, "%s\n", line->str);
}

static void
print_office_csv (FILE                  *out,
                  const DkBlangkoOffice *o)
{
  DkNumberFormat plain;
  g_autoptr(GString) line = g_string_new (NULL);
  g_autofree char *s = NULL, *p = NULL, *d = NULL, *prr = NULL, *suket = NULL, *need = NULL;

  dk_number_format_init_plain (&plain);
  s = count (&plain, o->sisa);
  p = pace (&plain, o);
  d = tenths (&plain, o->days_left_x10);
  prr = count (&plain, o->prr);
  suket = count (&plain, o->suket);
  need = count (&plain, o->need);
  dk_cli_csv_field (line, o->kode);
  dk_cli_csv_field (line, o->wilayah);
  dk_cli_csv_field (line, o->has_report ? o->report_date : "");
  dk_cli_csv_field (line, o->has_report ? s : "");
  dk_cli_csv_field (line, o->has_report ? p : "");
  dk_cli_csv_field (line, o->has_report && o->runs_out ? d : "");
  dk_cli_csv_field (line, o->has_report && o->runs_out ? o->run_out : "");
  dk_cli_csv_field (line, o->has_report ? prr : "");
  dk_cli_csv_field (line, o->has_report ? suket : "");
  dk_cli_csv_field (line, o->has_report ? need : "");
  dk_cli_csv_field (line, o->until);
  fprintf (out, "%s\n", line->str);
}

static void
print_stock_csv (FILE                 *out,
                 DkStore              *store,
                 const char           *as_of,
                 const DkBlangkoStock *stock,
                 GPtrArray            *offices)
{
  fprintf (out, "kode,wilayah,laporan,sisa,cetak_per_hari,hari_stok,habis,prr,suket,kebutuhan,kebutuhan_sampai\n");
  print_province_csv (out, store, as_of, stock);
  for (guint i = 0; i < offices->len; i++)
    print_office_csv (out, g_ptr_array_index (offices, i));
}

static void
add_office_row (DkCliTable            *t,
                const DkNumberFormat  *fmt,
                const DkBlangkoOffice *o)
{
  g_autofree char *rep = NULL, *left = NULL, *p = NULL, *days = NULL, *out = NULL, *prr = NULL, *suket = NULL;
  g_autofree char *need = NULL;

  if (!o->has_report)
    {
      dk_cli_table_add_row (t, o->kode, o->wilayah, _("no report in 30 days"), "", "", "", "", "", "", "", NULL);
      return;
    }
  rep = dk_format_date_long (o->report_date);
  left = count (fmt, o->sisa);
  p = pace (fmt, o);
  days = o->runs_out ? tenths (fmt, o->days_left_x10) : g_strdup ("–");
  out = o->runs_out ? dk_format_date_long (o->run_out) : g_strdup (_("not printing"));
  prr = count (fmt, o->prr);
  suket = count (fmt, o->suket);
  need = count (fmt, o->need);
  dk_cli_table_add_row (t, o->kode, o->wilayah, rep, left, p, days, out, prr, suket, need, NULL);
}

static void
print_stock_text (FILE                 *out,
                  const char           *as_of,
                  const DkBlangkoStock *stock,
                  GPtrArray            *offices)
{
  DkNumberFormat fmt;
  g_autofree char *date = NULL, *r = NULL, *d = NULL, *s = NULL;
  g_autofree char *need_title = NULL, *until_date = NULL;
  g_autoptr(DkCliTable) t = dk_cli_table_new (10, "llrrrrlrrr");

  dk_number_format_init_locale (&fmt);
  date = dk_format_date_long (as_of);
  r = count (&fmt, stock->received);
  d = count (&fmt, stock->distributed);
  s = count (&fmt, stock->stock);
  /* Translators: the province's stock: date, received, distributed, in stock */
  fprintf (out, _("Blank KTP-el cards of the province as of %s: %s received, %s distributed, %s in stock\n\n"),
           date, r, d, s);
  until_date = offices->len > 0 ? dk_format_date_long (((DkBlangkoOffice *) offices->pdata[0])->until) : g_strdup ("");
  /* Translators: a column: the blanks needed up to a date */
  need_title = g_strdup_printf (_("Need by %s"), until_date);
  dk_cli_table_add_row (t, C_("column", "Code"), C_("column", "Region"), C_("column", "Report"),
                        C_("column", "Blanks left"), C_("column", "Printed a day"), C_("column", "Days left"),
                        C_("column", "Runs out"), "PRR", "Suket", need_title, NULL);
  for (guint i = 0; i < offices->len; i++)
    add_office_row (t, &fmt, g_ptr_array_index (offices, i));
  dk_cli_table_print (t, out);
}

static int
cmd_stock (DkCli  *cli,
           int     argc,
           char  **argv)
{
  g_autofree char *as_of = NULL, *until = NULL, *format = NULL;
  g_autoptr(GPtrArray) offices = NULL;
  GError *error = NULL;
  DkBlangkoStock stock;
  DkStore *store;
  gboolean csv;
  GOptionEntry entries[] = {
    { "as-of", 0, 0, G_OPTION_ARG_STRING, &as_of, N_("The date (default: today)"), N_("YYYY-MM-DD") },
    { "until", 0, 0, G_OPTION_ARG_STRING, &until, N_("Count each office’s need up to this date (default: 30 days after the date)"), N_("YYYY-MM-DD") },
    { NULL }
  };
  g_autoptr(GOptionContext) context =
    dk_cli_context_new (NULL, _("The province’s stock of blank KTP-el cards at a date, and each kabupaten/kota office’s "
                         "position from its daily reports: blanks left, average daily printing, days of stock "
                         "left, the day it runs out, PRR, Suket and the need up to a date."), entries, &format);

  if (!dk_cli_parse_no_args (context, "blangko stock", &argc, &argv, &format, &csv))
    return DK_EXIT_USAGE;
  if (!dk_cli_check_date (as_of, &error) || !dk_cli_check_date (until, &error))
    return dk_cli_fail (error);
  if (as_of == NULL)
    as_of = dk_blangko_today ();
  if (!(store = dk_cli_get_store (cli, &error)) || !dk_blangko_stock_at (store, as_of, &stock, &error) ||
      !(offices = dk_blangko_offices (store, "13", as_of, until, &error)))
    return dk_cli_fail (error);

  if (csv)
    print_stock_csv (cli->out, store, as_of, &stock, offices);
  else
    print_stock_text (cli->out, as_of, &stock, offices);
  return DK_EXIT_OK;
}

/* ----------------------------------------------------------------- ledger */

static int
cmd_ledger (DkCli  *cli,
            int     argc,
            char  **argv)
{
  g_autofree char *from = NULL, *to = NULL, *format = NULL;
  g_autoptr(GPtrArray) entries_list = NULL;
  GError *error = NULL;
  DkStore *store;
  gboolean csv;
  DkNumberFormat fmt;
  GOptionEntry entries[] = {
    { "from", 0, 0, G_OPTION_ARG_STRING, &from, N_("The first date"), N_("YYYY-MM-DD") },
    { "to", 0, 0, G_OPTION_ARG_STRING, &to, N_("The last date"), N_("YYYY-MM-DD") },
    { NULL }
  };
  g_autoptr(GOptionContext) context =
    dk_cli_context_new (NULL, _("List the province’s receipts of blank KTP-el cards from the centre and its distributions "
                         "to the kabupaten/kota, oldest first, with the stock after each."), entries, &format);

  if (!dk_cli_parse_no_args (context, "blangko ledger", &argc, &argv, &format, &csv))
    return DK_EXIT_USAGE;
  if (!dk_cli_check_date (from, &error) || !dk_cli_check_date (to, &error) ||
      !(store = dk_cli_get_store (cli, &error)) || !(entries_list = dk_blangko_list_ledger (store, from, to, &error)))
    return dk_cli_fail (error);

  if (csv)
    {
      dk_number_format_init_plain (&fmt);
      fprintf (cli->out, "id,tanggal,jenis,nomor,kode,wilayah,cara,masuk,keluar,saldo,catatan\n");
    }
  else
    dk_number_format_init_locale (&fmt);
  {
    g_autoptr(DkCliTable) t = dk_cli_table_new (8, "llllrrrl");

    dk_cli_table_add_row (t, C_("column", "Date"), C_("column", "Number"), C_("column", "Office"), C_("column", "How"),
                          C_("column", "In"), C_("column", "Out"), C_("column", "Stock"), C_("column", "Note"), NULL);
    for (guint i = 0; i < entries_list->len; i++)
      {
        DkBlangkoEntry *e = g_ptr_array_index (entries_list, i);
        gboolean in = e->kind == DK_BLANGKO_RECEIPT;
        g_autofree char *k = count (&fmt, e->keping), *s = count (&fmt, e->saldo);
        g_autofree char *id = g_strdup_printf ("%c%" G_GINT64_FORMAT, in ? 'T' : 'D', e->id);

        if (csv)
          {
            g_autoptr(GString) line = g_string_new (NULL);

            dk_cli_csv_field (line, id);
            dk_cli_csv_field (line, e->tanggal);
            dk_cli_csv_field (line, in ? "terima" : "distribusi");
            dk_cli_csv_field (line, e->nomor);
            dk_cli_csv_field (line, in ? "" : e->kode);
            dk_cli_csv_field (line, in ? "" : e->wilayah);
            dk_cli_csv_field (line, in ? "" : dk_blangko_method_to_string (e->method));
            dk_cli_csv_field (line, in ? k : "0");
            dk_cli_csv_field (line, in ? "0" : k);
            dk_cli_csv_field (line, s);
            dk_cli_csv_field (line, e->catatan);
            fprintf (cli->out, "%s\n", line->str);
          }
        else
          {
            g_autofree char *date = dk_format_date_long (e->tanggal);

            dk_cli_table_add_row (t, date, e->nomor, in ? _("from the centre") : e->wilayah,
                                  in ? "" : dk_blangko_method_label (e->method), in ? k : "", in ? "" : k, s,
                                  e->catatan, NULL);
          }
      }
    if (!csv)
      dk_cli_table_print (t, cli->out);
  }
  return DK_EXIT_OK;
}

/* --------------------------------------------------- receive, distribute */

static int
cmd_receive (DkCli  *cli,
             int     argc,
             char  **argv)
{
  g_autofree char *ba = NULL, *note = NULL;
  GError *error = NULL;
  DkStore *store;
  gint64 keping, id;
  GOptionEntry entries[] = {
    { "ba", 0, 0, G_OPTION_ARG_STRING, &ba, N_("The number of the berita acara serah terima"), N_("NUMBER") },
    { "note", 0, 0, G_OPTION_ARG_STRING, &note, N_("A note"), N_("TEXT") },
    { NULL }
  };
  g_autoptr(GOptionContext) context =
    dk_cli_context_new (_("DATE BLANKS"), _("Record blank KTP-el cards the province received from the centre."),
                        entries, NULL);

  if (!dk_cli_parse (context, "blangko receive", &argc, &argv))
    return DK_EXIT_USAGE;
  if (argc != 3)
    return dk_cli_usage_error ("blangko receive", _("Give the date and the number of blanks"));
  if (!parse_count ("blangko receive", _("Blanks"), argv[2], &keping))
    return DK_EXIT_USAGE;
  if (!(store = dk_cli_get_store (cli, &error)) ||
      !dk_blangko_add_receipt (store, argv[1], ba, keping, note, &id, &error))
    return dk_cli_fail (error);
  return DK_EXIT_OK;
}

static int
cmd_distribute (DkCli  *cli,
                int     argc,
                char  **argv)
{
  g_autofree char *bast = NULL, *method_name = NULL, *note = NULL;
  GError *error = NULL;
  DkStore *store;
  DkBlangkoDistributionInput in = { 0 };
  DkBlangkoMethod method = DK_BLANGKO_COLLECTED;
  GOptionEntry entries[] = {
    { "bast", 0, 0, G_OPTION_ARG_STRING, &bast, N_("The BAST number"), N_("NUMBER") },
    { "method", 0, 0, G_OPTION_ARG_STRING, &method_name, N_("How: collected, delivered or courier (default: collected)"), N_("HOW") },
    { "note", 0, 0, G_OPTION_ARG_STRING, &note, N_("A note"), N_("TEXT") },
    { NULL }
  };
  g_autoptr(GOptionContext) context =
    dk_cli_context_new (_("DATE CODE BLANKS"), _("Record blank KTP-el cards handed to a kabupaten/kota office. More than "
                                          "the province holds is refused."), entries, NULL);

  if (!dk_cli_parse (context, "blangko distribute", &argc, &argv))
    return DK_EXIT_USAGE;
  if (argc != 4)
    return dk_cli_usage_error ("blangko distribute", _("Give the date, the kabupaten/kota code and the number of blanks"));
  if (method_name != NULL && !dk_blangko_method_from_string (method_name, &method))
    return dk_cli_usage_error ("blangko distribute", _("Unknown way “%s”: use collected, delivered or courier"),
                               method_name);
  in.tanggal = argv[1];
  in.kode = argv[2];
  in.nomor_bast = bast;
  in.method = method;
  in.catatan = note;
  if (!parse_count ("blangko distribute", _("Blanks"), argv[3], &in.keping))
    return DK_EXIT_USAGE;
  if (!(store = dk_cli_get_store (cli, &error)) || !dk_blangko_add_distribution (store, &in, NULL, &error))
    return dk_cli_fail (error);
  return DK_EXIT_OK;
}

static int
cmd_bast (DkCli  *cli,
          int     argc,
          char  **argv)
{
  GError *error = NULL;
  DkStore *store;
  const char *id_text;
  guint64 id;
  g_autoptr(GOptionContext) context =
    dk_cli_context_new (_("ID NUMBER"), _("Fill in the BAST number of a distribution: its id as “blangko ledger --format "
                                   "csv” prints it (D12, or 12)."), NULL, NULL);

  if (!dk_cli_parse (context, "blangko bast", &argc, &argv))
    return DK_EXIT_USAGE;
  if (argc != 3)
    return dk_cli_usage_error ("blangko bast", _("Give the distribution’s id and the BAST number"));
  id_text = argv[1][0] == 'D' ? argv[1] + 1 : argv[1];
  if (!g_ascii_string_to_unsigned (id_text, 10, 1, G_MAXINT64, &id, NULL))
    return dk_cli_usage_error ("blangko bast", _("“%s” is not a distribution’s id"), argv[1]);
  if (!(store = dk_cli_get_store (cli, &error)) ||
      !dk_blangko_set_distribution_number (store, (gint64) id, argv[2], &error))
    return dk_cli_fail (error);
  return DK_EXIT_OK;
}

/* ------------------------------------------------------------------ daily */

static int
cmd_daily (DkCli  *cli,
           int     argc,
           char  **argv)
{
  g_autofree char *sisa = NULL, *cetak = NULL, *prr = NULL, *suket = NULL;
  GError *error = NULL;
  DkStore *store;
  DkBlangkoDaily d = { 0 };
  GOptionEntry entries[] = {
    { "sisa", 0, 0, G_OPTION_ARG_STRING, &sisa, N_("Blanks left at the end of the day"), N_("N") },
    { "cetak", 0, 0, G_OPTION_ARG_STRING, &cetak, N_("Cards printed that day"), N_("N") },
    { "prr", 0, 0, G_OPTION_ARG_STRING, &prr, N_("Print-ready records waiting for a card"), N_("N") },
    { "suket", 0, 0, G_OPTION_ARG_STRING, &suket, N_("Suket issued that day (default: 0)"), N_("N") },
    { NULL }
  };
  g_autoptr(GOptionContext) context =
    dk_cli_context_new (_("CODE DATE"), _("Record a kabupaten/kota office’s daily report, replacing the one of that day."),
                 entries, NULL);

  if (!dk_cli_parse (context, "blangko daily", &argc, &argv))
    return DK_EXIT_USAGE;
  if (argc != 3)
    return dk_cli_usage_error ("blangko daily", _("Give the kabupaten/kota code and the date"));
  if (sisa == NULL || cetak == NULL || prr == NULL)
    return dk_cli_usage_error ("blangko daily", _("Give --sisa, --cetak and --prr"));
  if (!parse_count ("blangko daily", "--sisa", sisa, &d.sisa) || !parse_count ("blangko daily", "--cetak", cetak, &d.cetak) ||
      !parse_count ("blangko daily", "--prr", prr, &d.prr) ||
      (suket != NULL && !parse_count ("blangko daily", "--suket", suket, &d.suket)))
    return DK_EXIT_USAGE;
  d.kode = argv[1];
  if (!dk_date_check_iso (argv[2], NULL, &error))
    return dk_cli_fail (error);
  g_strlcpy (d.tanggal, argv[2], sizeof d.tanggal);
  if (!(store = dk_cli_get_store (cli, &error)) || !dk_blangko_set_daily (store, &d, &error))
    return dk_cli_fail (error);
  return DK_EXIT_OK;
}

/* ------------------------------------------------------------------- plan */

static gboolean
split_assignment (const char  *command,
                  const char  *text,
                  char       **kode,
                  gint64      *value)
{
  const char *eq = strchr (text, '=');

  if (eq == NULL || eq == text)
    {
      dk_cli_usage_error (command, _("“%s”: write CODE=N"), text);
      return FALSE;
    }
  *kode = g_strndup (text, eq - text);
  return parse_count (command, *kode, eq + 1, value);
}

static void
print_plan_csv (FILE          *out,
                DkBlangkoPlan *plan)
{
  DkNumberFormat plain;

  dk_number_format_init_plain (&plain);
  fprintf (out, "kode,wilayah,peringkat,sisa,cetak_per_hari,hari_stok,prr,suket,kebutuhan,bobot,batas,keping\n");
  for (guint i = 0; i < dk_blangko_plan_get_n_rows (plan); i++)
    {
      DkBlangkoPlanRow *row = dk_blangko_plan_get_row (plan, i);
      DkBlangkoOffice *o = row->office;
      g_autoptr(GString) line = g_string_new (NULL);
      g_autofree char *rank = g_strdup_printf ("%u", row->rank);
      g_autofree char *s = count (&plain, o->sisa), *p = pace (&plain, o), *d = tenths (&plain, o->days_left_x10);
      g_autofree char *prr = count (&plain, o->prr), *suket = count (&plain, o->suket), *need = count (&plain, o->need);
      g_autofree char *w = count (&plain, row->weight), *cap = count (&plain, row->cap), *k = count (&plain, row->keping);

      dk_cli_csv_field (line, o->kode);
      dk_cli_csv_field (line, o->wilayah);
      dk_cli_csv_field (line, rank);
      dk_cli_csv_field (line, o->has_report ? s : "");
      dk_cli_csv_field (line, o->has_report ? p : "");
      dk_cli_csv_field (line, o->has_report && o->runs_out ? d : "");
      dk_cli_csv_field (line, o->has_report ? prr : "");
      dk_cli_csv_field (line, o->has_report ? suket : "");
      dk_cli_csv_field (line, o->has_report ? need : "");
      dk_cli_csv_field (line, w);
      dk_cli_csv_field (line, row->cap >= 0 ? cap : "");
      dk_cli_csv_field (line, k);
      fprintf (out, "%s\n", line->str);
    }
}

static void
print_plan_text (FILE          *out,
                 DkBlangkoPlan *plan)
{
  g_autoptr(GPtrArray) ranked = dk_blangko_plan_ranked (plan);
  g_autoptr(DkCliTable) t = dk_cli_table_new (5, "rllrl");
  g_autofree char *total = NULL, *date = NULL, *until = NULL, *stock = NULL;
  DkNumberFormat fmt;

  dk_number_format_init_locale (&fmt);
  total = count (&fmt, dk_blangko_plan_get_total (plan));
  date = dk_format_date_long (dk_blangko_plan_get_as_of (plan));
  until = dk_format_date_long (dk_blangko_plan_get_until (plan));
  stock = count (&fmt, dk_blangko_plan_get_stock (plan));
  /* Translators: the plan's heading: blanks, date of the reports, date of the need */
  fprintf (out, _("Allocation plan of %s blanks, from the daily reports to %s, needs counted to %s\n"), total, date, until);
  fprintf (out, "%s\n\n", dk_blangko_plan_rule ());
  dk_cli_table_add_row (t, C_("column", "Rank"), C_("column", "Code"), C_("column", "Region"), C_("column", "Blanks"),
                        C_("column", "Reason"), NULL);
  for (guint i = 0; i < ranked->len; i++)
    {
      DkBlangkoPlanRow *row = g_ptr_array_index (ranked, i);
      g_autofree char *rank = g_strdup_printf ("%u", row->rank);
      g_autofree char *k = count (&fmt, row->keping);
      g_autofree char *reason = dk_blangko_plan_row_reason (plan, row, FALSE);

      dk_cli_table_add_row (t, rank, row->office->kode, row->office->wilayah, k, reason, NULL);
    }
  dk_cli_table_add_row (t, "", "", C_("blangko", "Total"), total, "", NULL);
  dk_cli_table_print (t, out);
  if (dk_blangko_plan_get_stock (plan) < dk_blangko_plan_get_total (plan))
    /* Translators: a note under the plan: stock, date */
    g_printerr (_("Note: the province holds %s blanks on %s; record the receipt before approving the plan\n"), stock, date);
}

typedef struct
{
  char *place;
  char *title;
  char *name;
  char *rank;
  char *nip;
  char *date;
} SignerOptions;

static void
signer_options_clear (SignerOptions *s)
{
  g_free (s->place);
  g_free (s->title);
  g_free (s->name);
  g_free (s->rank);
  g_free (s->nip);
  g_free (s->date);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (SignerOptions, signer_options_clear)

static void
add_signer_entries (GOptionContext *context,
                    SignerOptions  *s)
{
  GOptionEntry entries[] = {
    { "date", 0, 0, G_OPTION_ARG_STRING, &s->date, N_("The date by the signature"), N_("YYYY-MM-DD") },
    { "place", 0, 0, G_OPTION_ARG_STRING, &s->place, N_("The place by the signature (default: as set with “blangko signer”)"), N_("PLACE") },
    { "signer-title", 0, 0, G_OPTION_ARG_STRING, &s->title, N_("The signatory’s position (default: Kepala Dinas)"), N_("TEXT") },
    { "signer-name", 0, 0, G_OPTION_ARG_STRING, &s->name, N_("The signatory’s name (default: as set with “blangko signer”)"), N_("NAME") },
    { "signer-rank", 0, 0, G_OPTION_ARG_STRING, &s->rank, N_("The signatory’s rank (pangkat)"), N_("TEXT") },
    { "signer-nip", 0, 0, G_OPTION_ARG_STRING, &s->nip, N_("The signatory’s NIP"), N_("NIP") },
    { NULL }
  };
  GOptionGroup *group = g_option_group_new ("signature", _("Signature options:"), _("Show the signature options"),
                                            NULL, NULL);

  g_option_group_add_entries (group, entries);
  g_option_group_set_translation_domain (group, GETTEXT_PACKAGE);
  g_option_context_add_group (context, group);
}

/* The stored signatory of @kode with the options given over it */
static DkBlangkoSigner *
signer_for (DkStore        *store,
            const char     *kode,
            SignerOptions  *s,
            GError        **error)
{
  DkBlangkoSigner *signer = dk_blangko_signer_get (store, kode, error);

  if (signer == NULL)
    return NULL;
  /* the fields' addresses are taken only once there is a signer */
  struct { char **field; char *value; } over[] = {
    { &signer->tempat, s->place }, { &signer->jabatan, s->title }, { &signer->nama, s->name },
    { &signer->pangkat, s->rank }, { &signer->nip, s->nip },
  };
  for (guint i = 0; i < G_N_ELEMENTS (over); i++)
    if (over[i].value != NULL)
      {
        g_free (*over[i].field);
        *over[i].field = g_strdup (over[i].value);
      }
  return signer;
}

/* Applies the CODE=N options in turn with @set; the exit status of the first that fails */
static int
apply_assignments (DkBlangkoPlan  *plan,
                   char          **assignments,
                   PlanSetter      set)
{
  for (guint i = 0; assignments != NULL && assignments[i] != NULL; i++)
    {
      g_autofree char *kode = NULL;
      GError *error = NULL;
      gint64 value;

      if (!split_assignment ("blangko plan", assignments[i], &kode, &value))
        return DK_EXIT_USAGE;
      if (!set (plan, kode, value, &error))
        return dk_cli_fail (error);
    }
  return DK_EXIT_OK;
}

static gboolean
write_plan_workbook (DkStore        *store,
                     DkBlangkoPlan  *plan,
                     SignerOptions  *signer_options,
                     const char     *output,
                     GError        **error)
{
  g_autoptr(DkBlangkoSigner) signer = signer_for (store, "13", signer_options, error);
  g_autoptr(DkRegion) province = dk_region_lookup (store, "13", NULL);

  return signer != NULL &&
         dk_xlsx_export_blangko_plan (plan, province != NULL ? province->wilayah : "13", signer,
                                      signer_options->date, output, error);
}

static gboolean
record_plan (DkStore          *store,
             DkBlangkoPlan    *plan,
             const char       *approve,
             DkBlangkoMethod   method,
             const char       *note,
             GError          **error)
{
  g_autofree char *number = NULL;
  gint64 id;

  if (!dk_blangko_plan_record (store, plan, approve, method, note, &id, error))
    return FALSE;
  number = g_strdup_printf ("%" G_GINT64_FORMAT, id);
  /* Translators: after recording a plan: its number, the date */
  g_printerr (_("Plan %s recorded as distributions on %s\n"), number, approve);
  return TRUE;
}

static int
cmd_plan (DkCli  *cli,
          int     argc,
          char  **argv)
{
  g_autofree char *as_of = NULL, *until = NULL, *format = NULL, *output = NULL, *approve = NULL;
  g_autofree char *method_name = NULL, *note = NULL;
  g_auto(GStrv) caps = NULL, shares = NULL;
  g_autoptr(DkBlangkoPlan) plan = NULL;
  g_auto(SignerOptions) signer_options = { 0 };
  GError *error = NULL;
  DkBlangkoMethod method = DK_BLANGKO_COURIER;
  DkStore *store;
  gboolean csv;
  gint64 total;
  int status;
  GOptionEntry entries[] = {
    { "as-of", 0, 0, G_OPTION_ARG_STRING, &as_of, N_("The plan’s date: the daily reports of the 30 days to it are used (default: today)"), N_("YYYY-MM-DD") },
    { "until", 0, 0, G_OPTION_ARG_STRING, &until, N_("Count the needs up to this date (default: 30 days after the plan’s date)"), N_("YYYY-MM-DD") },
    { "cap", 0, 0, G_OPTION_ARG_STRING_ARRAY, &caps, N_("The most an office may get; repeat for several"), N_("CODE=N") },
    { "set", 0, 0, G_OPTION_ARG_STRING_ARRAY, &shares, N_("Set an office’s share by hand; the others are split again"), N_("CODE=N") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("Also write the plan (rencana pembagian) to an XLSX workbook for approval"), N_("FILE.xlsx") },
    { "approve", 0, 0, G_OPTION_ARG_STRING, &approve, N_("Record the plan as distributions on this date"), N_("YYYY-MM-DD") },
    { "method", 0, 0, G_OPTION_ARG_STRING, &method_name, N_("With --approve: collected, delivered or courier (default: courier)"), N_("HOW") },
    { "note", 0, 0, G_OPTION_ARG_STRING, &note, N_("With --approve: a note on the plan"), N_("TEXT") },
    { NULL }
  };
  g_autoptr(GOptionContext) context =
    dk_cli_context_new (_("BLANKS"), _("Propose how the blanks received are split among the kabupaten/kota offices, with "
                                "each office’s reason; optionally write it for approval and record it as "
                                "distributions."), entries, &format);

  add_signer_entries (context, &signer_options);
  if (!dk_cli_parse (context, "blangko plan", &argc, &argv))
    return DK_EXIT_USAGE;
  if (argc != 2)
    return dk_cli_usage_error ("blangko plan", _("Give the number of blanks to split"));
  if (!parse_count ("blangko plan", _("Blanks"), argv[1], &total))
    return DK_EXIT_USAGE;
  if (!dk_cli_parse_format ("blangko plan", format, &csv))
    return DK_EXIT_USAGE;
  if (output != NULL && !g_str_has_suffix (output, ".xlsx") && !g_str_has_suffix (output, ".XLSX"))
    return dk_cli_usage_error ("blangko plan", _("“%s”: the file name must end in .xlsx"), output);
  if (method_name != NULL && !dk_blangko_method_from_string (method_name, &method))
    return dk_cli_usage_error ("blangko plan", _("Unknown way “%s”: use collected, delivered or courier"), method_name);
  if (!dk_cli_check_date (as_of, &error) || !dk_cli_check_date (until, &error) ||
      !dk_cli_check_date (approve, &error) || !dk_cli_check_date (signer_options.date, &error))
    return dk_cli_fail (error);

  if (!(store = dk_cli_get_store (cli, &error)) ||
      !(plan = dk_blangko_plan_new (store, "13", total, as_of, until, &error)))
    return dk_cli_fail (error);
  if ((status = apply_assignments (plan, caps, dk_blangko_plan_set_cap)) != DK_EXIT_OK ||
      (status = apply_assignments (plan, shares, dk_blangko_plan_set_share)) != DK_EXIT_OK)
    return status;

  if (csv)
    print_plan_csv (cli->out, plan);
  else
    print_plan_text (cli->out, plan);

  if (output != NULL && !write_plan_workbook (store, plan, &signer_options, output, &error))
    return dk_cli_fail (error);
  if (approve != NULL && !record_plan (store, plan, approve, method, note, &error))
    return dk_cli_fail (error);
  return DK_EXIT_OK;
}

/* ----------------------------------------------------------------- report */

static const char *usage_csv_header =
  "tanggal,nomor_masuk,masuk,saldo,pemakaian,nomor_pinjam,pinjam,cetak_baru,cetak_hilang,cetak_rusak,"
  "cetak_perubahan_data,rusak_invalid,sisa,ket\n";

/* The report's heading and the table's column titles */
static void
print_usage_heading (FILE                *out,
                     DkCliTable          *t,
                     DkBlangkoUsageMonth *month)
{
  g_autoptr(GDateTime) dt = g_date_time_new_utc (month->year, month->month, 1, 0, 0, 0);
  g_autofree char *when = g_date_time_format (dt, C_("month and year", "%B %Y"));

  /* Translators: heading of the usage report: office (code), month */
  fprintf (out, _("Blank KTP-el usage of %s (%s), %s\n\n"), month->wilayah, month->kode, when);
  dk_cli_table_add_row (t, C_("column", "Date"), C_("column", "BAST"), C_("usage column", "Received"),
                        C_("usage column", "Balance"), C_("usage column", "Used"), C_("column", "BA lent"),
                        C_("usage column", "Lent"), C_("usage column", "New"), C_("usage column", "Lost"),
                        C_("usage column", "Damaged"), C_("usage column", "Data change"),
                        C_("usage column", "Spoiled/invalid"), C_("usage column", "Remaining"),
                        C_("column", "Remarks"), NULL);
}

/* a figure that breaks the balance is marked */
static void
mark_breaks (const DkBlangkoUsageDay *d,
             char                   **cells)
{
  guint marks[] = { DK_USAGE_BREAK_SALDO | DK_USAGE_BREAK_NEGATIVE, DK_USAGE_BREAK_PEMAKAIAN,
                    DK_USAGE_BREAK_SISA | DK_USAGE_BREAK_NEGATIVE };
  guint at[] = { 1, 2, 9 };

  for (guint k = 0; k < G_N_ELEMENTS (marks); k++)
    if (d->breaks & marks[k])
      {
        char *marked = g_strconcat ("!", cells[at[k]], NULL);

        g_free (cells[at[k]]);
        cells[at[k]] = marked;
      }
}

static void
print_usage_csv_day (FILE                    *out,
                     const DkBlangkoUsageDay *d,
                     char                   **cells)
{
  g_autoptr(GString) line = g_string_new (NULL);

  dk_cli_csv_field (line, d->tanggal);
  dk_cli_csv_field (line, d->nomor_masuk);
  dk_cli_csv_field (line, cells[0]);
  dk_cli_csv_field (line, cells[1]);
  dk_cli_csv_field (line, cells[2]);
  dk_cli_csv_field (line, d->nomor_pinjam);
  for (guint k = 3; k < N_USAGE_CELLS; k++)
    dk_cli_csv_field (line, cells[k]);
  dk_cli_csv_field (line, d->ket);
  fprintf (out, "%s\n", line->str);
}

static void
add_usage_day (DkCliTable              *t,
               const DkBlangkoUsageDay *d,
               char                   **cells)
{
  g_autofree char *day = g_strdup_printf ("%d", atoi (d->tanggal + 8));

  dk_cli_table_add_row (t, day, d->nomor_masuk, cells[0], cells[1], cells[2], d->nomor_pinjam, cells[3],
                        cells[4], cells[5], cells[6], cells[7], cells[8], cells[9], d->ket, NULL);
}

/* A day's line of the CSV, or its row of the table */
static void
print_usage_day (FILE                    *out,
                 DkCliTable              *t,
                 const DkNumberFormat    *fmt,
                 const DkBlangkoUsageDay *d,
                 gboolean                 csv)
{
  gint64 values[N_USAGE_CELLS] = { d->masuk, d->saldo, d->pemakaian, d->pinjam, d->baru, d->hilang, d->rusak,
                                   d->perubahan, d->invalid, d->sisa };
  char *cells[N_USAGE_CELLS];

  for (guint k = 0; k < N_USAGE_CELLS; k++)
    cells[k] = count (fmt, values[k]);
  if (!csv && d->breaks != 0)
    mark_breaks (d, cells);
  if (csv)
    print_usage_csv_day (out, d, cells);
  else
    add_usage_day (t, d, cells);
  for (guint k = 0; k < N_USAGE_CELLS; k++)
    g_free (cells[k]);
}

static void
print_usage (FILE                *out,
             DkBlangkoUsageMonth *month,
             gboolean             csv)
{
  DkNumberFormat fmt;
  g_autoptr(DkCliTable) t = dk_cli_table_new (14, "llrrrlrrrrrrrl");

  if (csv)
    {
      dk_number_format_init_plain (&fmt);
      fputs (usage_csv_header, out);
    }
  else
    {
      dk_number_format_init_locale (&fmt);
      print_usage_heading (out, t, month);
    }
  for (guint i = 0; i < month->days->len; i++)
    print_usage_day (out, t, &fmt, g_ptr_array_index (month->days, i), csv);
  if (csv)
    return;
  dk_cli_table_print (t, out);
  if (month->days->len == 0)
    fprintf (out, "%s\n", _("No day of this month has been entered."));
}

static void
print_breaks (DkBlangkoUsageMonth *month)
{
  static const DkBlangkoUsageBreak kinds[] = { DK_USAGE_BREAK_SALDO, DK_USAGE_BREAK_PEMAKAIAN, DK_USAGE_BREAK_SISA,
                                               DK_USAGE_BREAK_NEGATIVE };

  for (guint i = 0; i < month->days->len; i++)
    {
      DkBlangkoUsageDay *d = g_ptr_array_index (month->days, i);
      g_autofree char *date = dk_format_date_long (d->tanggal);

      for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
        if (d->breaks & kinds[k])
          {
            g_autofree char *what = dk_blangko_usage_describe_break (d, kinds[k], FALSE);

            /* Translators: a break in the balance: date, what */
            g_printerr (_("Note: %s: %s\n"), date, what);
          }
    }
}

static int
cmd_report (DkCli  *cli,
            int     argc,
            char  **argv)
{
  g_autofree char *format = NULL, *output = NULL;
  g_auto(SignerOptions) signer_options = { 0 };
  g_autoptr(DkBlangkoUsageMonth) month = NULL;
  GError *error = NULL;
  DkStore *store;
  gboolean csv;
  int year, mon;
  GOptionEntry entries[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("Write the report to an XLSX workbook in the agreed 14-column layout"), N_("FILE.xlsx") },
    { NULL }
  };
  g_autoptr(GOptionContext) context =
    dk_cli_context_new (_("CODE YYYY-MM"), _("An office’s monthly blank KTP-el usage report in the 14 columns agreed in "
                                      "2019, its balance checked row by row (a figure that breaks it is marked "
                                      "with “!” and explained)."), entries, &format);

  add_signer_entries (context, &signer_options);
  if (!dk_cli_parse (context, "blangko report", &argc, &argv))
    return DK_EXIT_USAGE;
  if (argc != 3)
    return dk_cli_usage_error ("blangko report", _("Give the kabupaten/kota code and the month"));
  if (!dk_cli_parse_format ("blangko report", format, &csv))
    return DK_EXIT_USAGE;
  if (output != NULL && !g_str_has_suffix (output, ".xlsx") && !g_str_has_suffix (output, ".XLSX"))
    return dk_cli_usage_error ("blangko report", _("“%s”: the file name must end in .xlsx"), output);
  if (!dk_blangko_parse_month (argv[2], &year, &mon, &error) || !dk_cli_check_date (signer_options.date, &error))
    return dk_cli_fail (error);
  if (!(store = dk_cli_get_store (cli, &error)) || !(month = dk_blangko_usage_load (store, argv[1], year, mon, &error)))
    return dk_cli_fail (error);

  if (output != NULL)
    {
      g_autoptr(DkBlangkoSigner) signer = signer_for (store, argv[1], &signer_options, &error);

      if (signer == NULL || !dk_xlsx_export_blangko_usage (month, signer, signer_options.date, output, &error))
        return dk_cli_fail (error);
    }
  else
    print_usage (cli->out, month, csv);
  print_breaks (month);
  return DK_EXIT_OK;
}

/* ------------------------------------------------------------------ usage */

static int
cmd_usage (DkCli  *cli,
           int     argc,
           char  **argv)
{
  g_autofree char *bast = NULL, *ba_pinjam = NULL, *ket = NULL;
  g_autofree char *masuk = NULL, *saldo = NULL, *pemakaian = NULL, *pinjam = NULL, *baru = NULL, *hilang = NULL;
  g_autofree char *rusak = NULL, *perubahan = NULL, *invalid = NULL, *sisa = NULL;
  GError *error = NULL;
  DkStore *store;
  DkBlangkoUsageInput in = { { 0 } };
  GOptionEntry entries[] = {
    { "bast", 0, 0, G_OPTION_ARG_STRING, &bast, N_("2: the BAST (or BA pinjam pakai) number of blanks received"), N_("NUMBER") },
    { "masuk", 0, 0, G_OPTION_ARG_STRING, &masuk, N_("3: blanks received"), N_("N") },
    { "saldo", 0, 0, G_OPTION_ARG_STRING, &saldo, N_("4: the balance (default: the previous day’s remaining blanks + received)"), N_("N") },
    { "pemakaian", 0, 0, G_OPTION_ARG_STRING, &pemakaian, N_("5: blanks given to the division (default: columns 8 to 12)"), N_("N") },
    { "ba-pinjam", 0, 0, G_OPTION_ARG_STRING, &ba_pinjam, N_("6: the BA pinjam pakai number of blanks lent"), N_("NUMBER") },
    { "pinjam", 0, 0, G_OPTION_ARG_STRING, &pinjam, N_("7: blanks lent to another office"), N_("N") },
    { "baru", 0, 0, G_OPTION_ARG_STRING, &baru, N_("8: new cards printed"), N_("N") },
    { "hilang", 0, 0, G_OPTION_ARG_STRING, &hilang, N_("9: cards printed for lost ones"), N_("N") },
    { "rusak", 0, 0, G_OPTION_ARG_STRING, &rusak, N_("10: cards printed for damaged ones"), N_("N") },
    { "perubahan", 0, 0, G_OPTION_ARG_STRING, &perubahan, N_("11: cards printed for changed data"), N_("N") },
    { "invalid", 0, 0, G_OPTION_ARG_STRING, &invalid, N_("12: blanks spoiled or invalid"), N_("N") },
    { "sisa", 0, 0, G_OPTION_ARG_STRING, &sisa, N_("13: the remaining blanks (default: computed)"), N_("N") },
    { "ket", 0, 0, G_OPTION_ARG_STRING, &ket, N_("14: remarks"), N_("TEXT") },
    { NULL }
  };
  struct { const char *name; const char *text; gint64 *value; gboolean optional; } counts[] = {
    { "--masuk", masuk, &in.masuk, FALSE }, { "--saldo", saldo, &in.saldo, TRUE },
    { "--pemakaian", pemakaian, &in.pemakaian, TRUE }, { "--pinjam", pinjam, &in.pinjam, FALSE },
    { "--baru", baru, &in.baru, FALSE }, { "--hilang", hilang, &in.hilang, FALSE }, { "--rusak", rusak, &in.rusak, FALSE },
    { "--perubahan", perubahan, &in.perubahan, FALSE }, { "--invalid", invalid, &in.invalid, FALSE },
    { "--sisa", sisa, &in.sisa, TRUE },
  };
  g_autoptr(GOptionContext) context =
    dk_cli_context_new (_("CODE DATE"), _("Enter a day of an office’s monthly usage report (the 14 columns), replacing "
                                   "that day’s row. Figures not given are 0; the balance, the blanks used and the "
                                   "remaining blanks are computed when not given."), entries, NULL);

  if (!dk_cli_parse (context, "blangko usage", &argc, &argv))
    return DK_EXIT_USAGE;
  if (argc != 3)
    return dk_cli_usage_error ("blangko usage", _("Give the kabupaten/kota code and the date"));
  /* the options were parsed after the table was set up: read them now */
  counts[0].text = masuk; counts[1].text = saldo; counts[2].text = pemakaian; counts[3].text = pinjam;
  counts[4].text = baru; counts[5].text = hilang; counts[6].text = rusak; counts[7].text = perubahan;
  counts[8].text = invalid; counts[9].text = sisa;
  for (guint i = 0; i < G_N_ELEMENTS (counts); i++)
    {
      if (counts[i].text == NULL)
        *counts[i].value = counts[i].optional ? -1 : 0;
      else if (!parse_count ("blangko usage", counts[i].name, counts[i].text, counts[i].value))
        return DK_EXIT_USAGE;
    }
  if (!dk_date_check_iso (argv[2], NULL, &error))
    return dk_cli_fail (error);
  g_strlcpy (in.tanggal, argv[2], sizeof in.tanggal);
  in.nomor_masuk = bast;
  in.nomor_pinjam = ba_pinjam;
  in.ket = ket;
  if (!(store = dk_cli_get_store (cli, &error)) || !dk_blangko_usage_set_day (store, argv[1], &in, &error))
    return dk_cli_fail (error);
  return DK_EXIT_OK;
}

static int
cmd_import (DkCli  *cli,
            int     argc,
            char  **argv)
{
  g_autoptr(DkBlangkoUsageImport) import = NULL;
  gboolean dry_run = FALSE;
  GError *error = NULL;
  DkStore *store;
  GPtrArray *problems;
  int year, month;
  GOptionEntry entries[] = {
    { "dry-run", 0, 0, G_OPTION_ARG_NONE, &dry_run, N_("Check the file and say what would change, without writing"), NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) context =
    dk_cli_context_new (_("CODE YYYY-MM FILE.csv"), _("Import an office’s monthly usage report from a CSV file saved from "
                                                "its spreadsheet in the agreed 14 columns, replacing the month. Every "
                                                "problem is listed with its line and column; a file with any error "
                                                "changes nothing. The database is backed up first."), entries, NULL);

  if (!dk_cli_parse (context, "blangko import", &argc, &argv))
    return DK_EXIT_USAGE;
  if (argc != 4)
    return dk_cli_usage_error ("blangko import", _("Give the kabupaten/kota code, the month and the file"));
  if (!dk_blangko_parse_month (argv[2], &year, &month, &error) || !(store = dk_cli_get_store (cli, &error)) ||
      !dk_blangko_check_office (store, argv[1], &error))
    return dk_cli_fail (error);
  import = dk_blangko_usage_import_new (store, argv[1], year, month);
  if (!dk_blangko_usage_import_read_file (import, argv[3], &error))
    return dk_cli_fail (error);
  problems = dk_blangko_usage_import_get_problems (import);
  for (guint i = 0; i < problems->len; i++)
    {
      DkBlangkoProblem *p = g_ptr_array_index (problems, i);

      /* the line closing a list cut at DK_PARSE_MAX_PROBLEMS stands alone */
      g_printerr ("%s%s%s\n", i == DK_PARSE_MAX_PROBLEMS ? "" : p->is_error ? _("error:") : _("note:"),
                  i == DK_PARSE_MAX_PROBLEMS ? "" : " ", p->message);
    }
  if (dk_blangko_usage_import_get_n_errors (import) > 0)
    {
      guint n = dk_blangko_usage_import_get_n_errors (import);

      g_printerr (g_dngettext (GETTEXT_PACKAGE, "%s: %u error; nothing was imported\n",
                               "%s: %u errors; nothing was imported\n", n), argv[3], n);
      return DK_EXIT_ERROR;
    }
  if (dry_run)
    {
      guint n = dk_blangko_usage_import_get_n_days (import);

      /* Translators: a dry run: days, office, month */
      fprintf (cli->out, g_dngettext (GETTEXT_PACKAGE, "%u day of %s, %s, would be imported\n",
                                      "%u days of %s, %s, would be imported\n", n), n, argv[1], argv[2]);
      return DK_EXIT_OK;
    }
  if (!dk_blangko_usage_import_commit (import, &error))
    return dk_cli_fail (error);
  return DK_EXIT_OK;
}

/* --------------------------------------------------------------- coverage */

static int
cmd_coverage (DkCli  *cli,
              int     argc,
              char  **argv)
{
  g_autofree char *as_of = NULL, *format = NULL;
  g_autoptr(GPtrArray) list = NULL;
  GError *error = NULL;
  DkStore *store;
  gboolean csv;
  DkNumberFormat fmt;
  GOptionEntry entries[] = {
    { "as-of", 0, 0, G_OPTION_ARG_STRING, &as_of, N_("The figures’ date (default: the latest)"), N_("YYYY-MM-DD") },
    { NULL }
  };
  g_autoptr(GOptionContext) context =
    dk_cli_context_new (NULL, _("KTP-el coverage: residents who must hold a KTP, recorded, owning a KTP-el (with their "
                         "percentages), cards printed, PRR, SFE and duplicate records."), entries, &format);

  if (!dk_cli_parse_no_args (context, "blangko coverage", &argc, &argv, &format, &csv))
    return DK_EXIT_USAGE;
  if (!(store = dk_cli_get_store (cli, &error)) || !(list = dk_blangko_coverage_list (store, as_of, &error)))
    return dk_cli_fail (error);

  if (csv)
    {
      dk_number_format_init_plain (&fmt);
      fprintf (cli->out, "kode,wilayah,per,wajib_ktp,sudah_rekam,persen_rekam,memiliki_ktp_el,persen_ktp_el,"
                         "dicetak_keping,prr,sfe,duplicate_record\n");
    }
  else
    dk_number_format_init_locale (&fmt);
  {
    g_autoptr(DkCliTable) t = dk_cli_table_new (12, "lllrrrrrrrrr");

    dk_cli_table_add_row (t, C_("column", "Code"), C_("column", "Region"), C_("column", "Date"),
                          C_("column", "Must hold a KTP"), C_("column", "Recorded"), "%", C_("column", "Own a KTP-el"),
                          "%", C_("column", "Cards printed"), "PRR", "SFE", C_("column", "Duplicates"), NULL);
    for (guint i = 0; i < list->len; i++)
      {
        DkBlangkoCoverage *c = g_ptr_array_index (list, i);
        gint64 optional[] = { c->dicetak_keping, c->prr, c->sfe, c->duplicate_record };
        char *o[4];
        g_autofree char *w = count (&fmt, c->wajib_ktp), *r = count (&fmt, c->sudah_rekam);
        g_autofree char *k = count (&fmt, c->memiliki_ktp_el);
        g_autofree char *rp = csv ? dk_format_fixed (&fmt, c->rekam_bp) : dk_format_percent_bp (&fmt, c->rekam_bp);
        g_autofree char *kp = csv ? dk_format_fixed (&fmt, c->ktp_el_bp) : dk_format_percent_bp (&fmt, c->ktp_el_bp);

        for (guint j = 0; j < 4; j++)
          o[j] = optional[j] < 0 ? g_strdup (csv ? "" : "–") : count (&fmt, optional[j]);
        if (csv)
          {
            g_autoptr(GString) line = g_string_new (NULL);
            const char *cells[] = { c->kode, c->wilayah, c->per, w, r, rp, k, kp, o[0], o[1], o[2], o[3] };

            for (guint j = 0; j < G_N_ELEMENTS (cells); j++)
              dk_cli_csv_field (line, cells[j]);
            fprintf (cli->out, "%s\n", line->str);
          }
        else
          {
            g_autofree char *date = dk_format_date_long (c->per);

            dk_cli_table_add_row (t, c->kode, c->wilayah, date, w, r, rp, k, kp, o[0], o[1], o[2], o[3], NULL);
          }
        for (guint j = 0; j < 4; j++)
          g_free (o[j]);
      }
    if (!csv)
      dk_cli_table_print (t, cli->out);
  }
  return DK_EXIT_OK;
}

static int
cmd_coverage_set (DkCli  *cli,
                  int     argc,
                  char  **argv)
{
  g_autofree char *wajib = NULL, *rekam = NULL, *ktp_el = NULL, *dicetak = NULL, *prr = NULL, *sfe = NULL;
  g_autofree char *duplicate = NULL, *source = NULL;
  DkBlangkoCoverage c = { 0 };
  GError *error = NULL;
  DkStore *store;
  GOptionEntry entries[] = {
    { "wajib", 0, 0, G_OPTION_ARG_STRING, &wajib, N_("Residents who must hold a KTP"), N_("N") },
    { "rekam", 0, 0, G_OPTION_ARG_STRING, &rekam, N_("Of whom recorded"), N_("N") },
    { "ktp-el", 0, 0, G_OPTION_ARG_STRING, &ktp_el, N_("Of whom own a KTP-el"), N_("N") },
    { "dicetak", 0, 0, G_OPTION_ARG_STRING, &dicetak, N_("Cards printed"), N_("N") },
    { "prr", 0, 0, G_OPTION_ARG_STRING, &prr, N_("Print-ready records"), N_("N") },
    { "sfe", 0, 0, G_OPTION_ARG_STRING, &sfe, N_("Records sent for enrollment"), N_("N") },
    { "duplicate", 0, 0, G_OPTION_ARG_STRING, &duplicate, N_("Duplicate records"), N_("N") },
    { "source", 0, 0, G_OPTION_ARG_STRING, &source, N_("Where the figures come from"), N_("TEXT") },
    { NULL }
  };
  struct { const char *name; const char *text; gint64 *value; } counts[] = {
    { "--wajib", NULL, &c.wajib_ktp }, { "--rekam", NULL, &c.sudah_rekam }, { "--ktp-el", NULL, &c.memiliki_ktp_el },
    { "--dicetak", NULL, &c.dicetak_keping }, { "--prr", NULL, &c.prr }, { "--sfe", NULL, &c.sfe },
    { "--duplicate", NULL, &c.duplicate_record },
  };
  g_autoptr(GOptionContext) context =
    dk_cli_context_new (_("CODE DATE"), _("Record a region’s KTP-el coverage at a date, replacing figures of that date. "
                                   "The figures not given are left empty."), entries, NULL);

  if (!dk_cli_parse (context, "blangko coverage-set", &argc, &argv))
    return DK_EXIT_USAGE;
  if (argc != 3)
    return dk_cli_usage_error ("blangko coverage-set", _("Give the region code and the date"));
  if (wajib == NULL || rekam == NULL || ktp_el == NULL)
    return dk_cli_usage_error ("blangko coverage-set", _("Give --wajib, --rekam and --ktp-el"));
  counts[0].text = wajib; counts[1].text = rekam; counts[2].text = ktp_el; counts[3].text = dicetak;
  counts[4].text = prr; counts[5].text = sfe; counts[6].text = duplicate;
  for (guint i = 0; i < G_N_ELEMENTS (counts); i++)
    {
      if (counts[i].text == NULL)
        *counts[i].value = -1;
      else if (!parse_count ("blangko coverage-set", counts[i].name, counts[i].text, counts[i].value))
        return DK_EXIT_USAGE;
    }
  c.kode = argv[1];
  if (!dk_date_check_iso (argv[2], NULL, &error))
    return dk_cli_fail (error);
  g_strlcpy (c.per, argv[2], sizeof c.per);
  c.sumber = source;
  if (!(store = dk_cli_get_store (cli, &error)) || !dk_blangko_coverage_set (store, &c, &error))
    return dk_cli_fail (error);
  return DK_EXIT_OK;
}

/* ------------------------------------------------------------------ chart */

static int
cmd_chart (DkCli  *cli,
           int     argc,
           char  **argv)
{
  g_autofree char *output = NULL, *as_of = NULL;
  g_autoptr(DkChart) chart = NULL;
  int width = 1200, height = 600;
  gboolean dark = FALSE, no_title = FALSE;
  GError *error = NULL;
  DkChartStyle style;
  DkNumberFormat fmt;
  DkStore *store;
  GOptionEntry entries[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("The file to write: .png, .svg or .pdf"), N_("FILE") },
    { "as-of", 0, 0, G_OPTION_ARG_STRING, &as_of, N_("The date (default: today)"), N_("YYYY-MM-DD") },
    { "width", 0, 0, G_OPTION_ARG_INT, &width, N_("Width in pixels (default 1200)"), N_("W") },
    { "height", 0, 0, G_OPTION_ARG_INT, &height, N_("Height in pixels (default 600)"), N_("H") },
    { "dark", 0, 0, G_OPTION_ARG_NONE, &dark, N_("Use the dark palette"), NULL },
    { "no-title", 0, 0, G_OPTION_ARG_NONE, &no_title, N_("Leave out the title"), NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) context =
    dk_cli_context_new (_("days|stock"), _("Draw the days of stock left per kabupaten/kota (days) or the province’s stock "
                                    "over time (stock) into a PNG, SVG or PDF file, as the window draws it."),
                 entries, NULL);

  if (!dk_cli_parse (context, "blangko chart", &argc, &argv))
    return DK_EXIT_USAGE;
  if (argc != 2 || (!g_str_equal (argv[1], "days") && !g_str_equal (argv[1], "stock")))
    return dk_cli_usage_error ("blangko chart", _("Give the chart: days or stock"));
  if (output == NULL)
    return dk_cli_usage_error ("blangko chart", _("No output file given (-o FILE)"));
  if (width < 100 || height < 100 || width > 20000 || height > 20000)
    return dk_cli_usage_error ("blangko chart", _("The size must be between 100 and 20000 pixels"));
  if (!dk_cli_check_date (as_of, &error) || !(store = dk_cli_get_store (cli, &error)))
    return dk_cli_fail (error);
  if (as_of == NULL)
    as_of = dk_blangko_today ();

  dk_number_format_init_locale (&fmt);
  if (g_str_equal (argv[1], "days"))
    {
      g_autoptr(GPtrArray) offices = dk_blangko_offices (store, "13", as_of, NULL, &error);
      g_autoptr(DkBarChart) days = NULL;
      g_autofree char *date = NULL, *title = NULL;

      if (offices == NULL)
        return dk_cli_fail (error);
      days = dk_blangko_days_chart_new (offices, &fmt);
      dk_bar_chart_set_sort (days, DK_BAR_SORT_VALUE_ASC);
      date = dk_format_date_long (as_of);
      /* Translators: a chart's title: the date */
      title = g_strdup_printf (_("Days of stock left per kabupaten/kota, %s"), date);
      if (!no_title)
        dk_chart_set_title (DK_CHART (days), title);
      chart = DK_CHART (g_steal_pointer (&days));
    }
  else
    {
      g_autoptr(GArray) trend = dk_blangko_stock_trend (store, &error);

      if (trend == NULL)
        return dk_cli_fail (error);
      chart = DK_CHART (dk_blangko_stock_chart_new (trend, &fmt));
      if (!no_title)
        dk_chart_set_title (chart, _("The province’s stock over time"));
    }
  dk_chart_style_init (&style, dark);
  if (!dk_chart_save (chart, &style, width, height, output, &error))
    return dk_cli_fail (error);
  return DK_EXIT_OK;
}

/* ----------------------------------------------------------------- signer */

static int
cmd_signer (DkCli  *cli,
            int     argc,
            char  **argv)
{
  g_auto(SignerOptions) s = { 0 };
  g_autoptr(DkBlangkoSigner) signer = NULL;
  GError *error = NULL;
  DkStore *store;
  g_autoptr(GOptionContext) context =
    dk_cli_context_new (_("CODE"), _("Show or set who signs a region’s blangko reports: the Kepala Dinas of a "
                              "kabupaten/kota for its usage report, of the province (13) for the allocation "
                              "plan."), NULL, NULL);

  add_signer_entries (context, &s);
  if (!dk_cli_parse (context, "blangko signer", &argc, &argv))
    return DK_EXIT_USAGE;
  if (argc != 2)
    return dk_cli_usage_error ("blangko signer", _("Give the region code"));
  if (!(store = dk_cli_get_store (cli, &error)) || !(signer = signer_for (store, argv[1], &s, &error)))
    return dk_cli_fail (error);
  if ((s.place || s.title || s.name || s.rank || s.nip) && !dk_blangko_signer_set (store, argv[1], signer, &error))
    return dk_cli_fail (error);
  fprintf (cli->out, "%s\n%s\n%s\n%s\nNIP. %s\n", signer->tempat, signer->jabatan, signer->nama, signer->pangkat,
           signer->nip);
  return DK_EXIT_OK;
}

/* ---------------------------------------------------------------- command */

static const DkCliSubcommand subcommands[] = {
  { "stock", cmd_stock, N_("The province’s stock and each office’s days of stock left") },
  { "ledger", cmd_ledger, N_("The receipts and distributions, with the stock after each") },
  { "receive", cmd_receive, N_("Record blanks received from the centre") },
  { "distribute", cmd_distribute, N_("Record blanks handed to an office") },
  { "bast", cmd_bast, N_("Fill in a distribution’s BAST number") },
  { "daily", cmd_daily, N_("Record an office’s daily report") },
  { "plan", cmd_plan, N_("Propose the split of the blanks received; export it; record it") },
  { "report", cmd_report, N_("An office’s monthly usage report (14 columns), to XLSX") },
  { "usage", cmd_usage, N_("Enter a day of an office’s monthly usage report") },
  { "import", cmd_import, N_("Import an office’s monthly usage report from CSV") },
  { "coverage", cmd_coverage, N_("The KTP-el coverage table") },
  { "coverage-set", cmd_coverage_set, N_("Record a region’s KTP-el coverage at a date") },
  { "signer", cmd_signer, N_("Show or set who signs a region’s reports") },
  { "chart", cmd_chart, N_("Draw the days of stock or the stock over time into a file") },
};

int
dk_cli_blangko (DkCli  *cli,
                int     argc,
                char  **argv)
{
  return dk_cli_run_subcommand (cli, "blangko",
                                _("Blank KTP-el cards: the province’s stock, the allocation plan and the offices’ reports."),
                                subcommands, G_N_ELEMENTS (subcommands), argc, argv);
}
