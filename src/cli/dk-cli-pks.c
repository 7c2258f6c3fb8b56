/* dk-cli-pks.c — SPDX-License-Identifier: GPL-3.0-or-later
 *
 * `dukcapil-cli pks …`: the register of data-access agreements (PKS) with the institutions
 * that use population data, their access, the SOP's steps and the holidays its working
 * days skip.
 */
#define G_LOG_DOMAIN "dk-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "dk-cli-private.h"
#include "dk-error.h"
#include "dk-format.h"
#include "dk-pks.h"

static gboolean
parse_id (const char *command,
          const char *text,
          gint64     *id)
{
  char *end = NULL;

  *id = text != NULL ? g_ascii_strtoll (text, &end, 10) : 0;
  if (text != NULL && end != text && *end == '\0' && *id > 0)
    return TRUE;
  dk_cli_usage_error (command, _("“%s” is not an agreement’s id"), text != NULL ? text : "");
  return FALSE;
}

/* "step 3 (Kabid PIAK), 2 working days late" */
static char *
describe_position (const DkPksAgreement *a)
{
  const DkPksStepInfo *info;

  if (a->next_step == 0)
    return g_strdup (_("SOP done"));
  info = dk_pks_step_info (a->next_step);
  if (a->late_days > 0)
    /* Translators: the SOP's step an agreement's request waits at, its actor, how late */
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "step %u (%s), %d working day late",
                                         "step %u (%s), %d working days late", a->late_days),
                            info->number, info->actor, a->late_days);
  /* Translators: the SOP's step an agreement's request waits at, and its actor */
  return g_strdup_printf (_("step %u (%s)"), info->number, info->actor);
}

/* -------------------------------------------------------------------- add */

typedef struct
{
  char *number, *their_number, *signed_on, *ends, *access, *data, *ip, *certificate, *certificate_ends;
  char *requested, *kind;
  int   term;
} AddOptions;

static void
add_options_clear (AddOptions *o)
{
  g_free (o->number);
  g_free (o->their_number);
  g_free (o->signed_on);
  g_free (o->ends);
  g_free (o->access);
  g_free (o->data);
  g_free (o->ip);
  g_free (o->certificate);
  g_free (o->certificate_ends);
  g_free (o->requested);
  g_free (o->kind);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (AddOptions, add_options_clear)

static int
cmd_add (DkCli  *cli,
         int     argc,
         char  **argv)
{
  g_auto(AddOptions) o = { 0 };
  GError *error = NULL;
  DkStore *store;
  gint64 id;
  DkPksAgreementInput in = { 0 };
  GOptionEntry entries[] = {
    { "number", 0, 0, G_OPTION_ARG_STRING, &o.number, N_("The agreement’s number on the office’s side"), N_("NUMBER") },
    { "their-number", 0, 0, G_OPTION_ARG_STRING, &o.their_number, N_("Its number on the institution’s side"), N_("NUMBER") },
    { "signed", 0, 0, G_OPTION_ARG_STRING, &o.signed_on, N_("The date it was signed"), N_("YYYY-MM-DD") },
    { "ends", 0, 0, G_OPTION_ARG_STRING, &o.ends, N_("Its last day"), N_("YYYY-MM-DD") },
    { "term", 0, 0, G_OPTION_ARG_INT, &o.term, N_("Its term in months, instead of --ends"), N_("MONTHS") },
    { "access", 0, 0, G_OPTION_ARG_STRING, &o.access, N_("The access mechanism: card-reader, web-service or web-portal (default: web-service)"), N_("MECHANISM") },
    { "data", 0, 0, G_OPTION_ARG_STRING, &o.data, N_("The data it covers"), N_("TEXT") },
    { "ip", 0, 0, G_OPTION_ARG_STRING, &o.ip, N_("The IP addresses granted, separated by commas"), N_("ADDRESSES") },
    { "certificate", 0, 0, G_OPTION_ARG_STRING, &o.certificate, N_("The institution’s security certificate"), N_("TEXT") },
    { "certificate-ends", 0, 0, G_OPTION_ARG_STRING, &o.certificate_ends, N_("The certificate’s expiry"), N_("YYYY-MM-DD") },
    { "requested", 0, 0, G_OPTION_ARG_STRING, &o.requested, N_("The date the access was requested (default: the signing date)"), N_("YYYY-MM-DD") },
    { "kind", 0, 0, G_OPTION_ARG_STRING, &o.kind, N_("A new institution’s kind (bank, hospital, BPJS, OPD…)"), N_("TEXT") },
    { NULL }
  };
  g_autoptr(GOptionContext) context =
    dk_cli_context_new (_("INSTITUTION"), _("Record a data-access agreement (PKS) with an institution, and the "
                                            "institution when it is new. Prints the new agreement’s id."), entries, NULL);

  if (!dk_cli_parse (context, "pks add", &argc, &argv))
    return DK_EXIT_USAGE;
  if (argc != 2)
    return dk_cli_usage_error ("pks add", argc < 2 ? _("Give the institution’s name") : _("Too many arguments"));
  if (o.number == NULL || o.signed_on == NULL || (o.ends == NULL && o.term <= 0))
    return dk_cli_usage_error ("pks add", _("Give --number, --signed and --ends (or --term)"));
  in.mechanism = DK_PKS_WEB_SERVICE;
  if (o.access != NULL && !dk_pks_mechanism_from_string (o.access, &in.mechanism))
    return dk_cli_usage_error ("pks add", _("Unknown access mechanism “%s”: use card-reader, web-service or web-portal"),
                               o.access);
  in = (DkPksAgreementInput) { argv[1], o.kind, o.number, o.their_number, o.signed_on, MAX (o.term, 0), o.ends,
                               o.data, in.mechanism, o.ip, o.certificate, o.certificate_ends, o.requested };
  if (!(store = dk_cli_get_store (cli, &error)) || !dk_pks_agreement_add (store, &in, &id, &error))
    return dk_cli_fail (error);
  fprintf (cli->out, "%" G_GINT64_FORMAT "\n", id);
  return DK_EXIT_OK;
}

/* -------------------------------------------------------- access, extend */

static int
cmd_access (DkCli  *cli,
            int     argc,
            char  **argv)
{
  GError *error = NULL;
  DkStore *store;
  DkPksAccess access;
  gint64 id;
  g_autoptr(GOptionContext) context =
    dk_cli_context_new (_("ID on|off|end DATE"), _("Record that an agreement’s access was switched on, switched off, or "
                                                  "ended with the cooperation, from a date. It is switched on only "
                                                  "once the SOP’s step 6 is done and while the agreement is in its "
                                                  "term."), (GOptionEntry[]) { { NULL } }, NULL);

  if (!dk_cli_parse (context, "pks access", &argc, &argv))
    return DK_EXIT_USAGE;
  if (argc != 4)
    return dk_cli_usage_error ("pks access", _("Give the agreement’s id, on, off or end, and the date"));
  if (!parse_id ("pks access", argv[1], &id))
    return DK_EXIT_USAGE;
  if (g_str_equal (argv[2], "on"))
    access = DK_PKS_GRANTED;
  else if (g_str_equal (argv[2], "off"))
    access = DK_PKS_SWITCHED_OFF;
  else if (g_str_equal (argv[2], "end"))
    access = DK_PKS_ENDED;
  else
    return dk_cli_usage_error ("pks access", _("Unknown state “%s”: use on, off or end"), argv[2]);
  if (!(store = dk_cli_get_store (cli, &error)) || !dk_pks_set_access (store, id, access, argv[3], &error))
    return dk_cli_fail (error);
  return DK_EXIT_OK;
}

static int
cmd_extend (DkCli  *cli,
            int     argc,
            char  **argv)
{
  g_autofree char *ends = NULL, *on = NULL, *number = NULL;
  GError *error = NULL;
  DkStore *store;
  gint64 id;
  GOptionEntry entries[] = {
    { "ends", 0, 0, G_OPTION_ARG_STRING, &ends, N_("The new last day"), N_("YYYY-MM-DD") },
    { "signed", 0, 0, G_OPTION_ARG_STRING, &on, N_("The date the extension was issued (default: today)"), N_("YYYY-MM-DD") },
    { "number", 0, 0, G_OPTION_ARG_STRING, &number, N_("The extension’s number"), N_("NUMBER") },
    { NULL }
  };
  g_autoptr(GOptionContext) context =
    dk_cli_context_new (_("ID"), _("Record an agreement’s extension and its new end."), entries, NULL);

  if (!dk_cli_parse (context, "pks extend", &argc, &argv))
    return DK_EXIT_USAGE;
  if (argc != 2 || ends == NULL)
    return dk_cli_usage_error ("pks extend", _("Give the agreement’s id and --ends"));
  if (!parse_id ("pks extend", argv[1], &id))
    return DK_EXIT_USAGE;
  if (on == NULL)
    on = dk_pks_today ();
  if (!(store = dk_cli_get_store (cli, &error)) || !dk_pks_extend (store, id, on, number, ends, &error))
    return dk_cli_fail (error);
  return DK_EXIT_OK;
}

/* ------------------------------------------------------------------- step */

static int
cmd_step (DkCli  *cli,
          int     argc,
          char  **argv)
{
  g_autofree char *done = NULL, *by = NULL;
  GError *error = NULL;
  DkStore *store;
  gint64 id, number;
  GOptionEntry entries[] = {
    { "done", 0, 0, G_OPTION_ARG_STRING, &done, N_("The date it was done"), N_("YYYY-MM-DD") },
    { "by", 0, 0, G_OPTION_ARG_STRING, &by, N_("Who did it"), N_("NAME") },
    { NULL }
  };
  g_autoptr(GOptionContext) context =
    dk_cli_context_new (_("ID STEP"), _("Record a step of the SOP “Pemberian Hak Akses Pemanfaatan Data "
                                        "Kependudukan” (1 to 6) done for an agreement’s request, with the "
                                        "documents of its checklist. A step is done only after the one it "
                                        "follows; step 6 grants the access."), entries, NULL);

  if (!dk_cli_parse (context, "pks step", &argc, &argv))
    return DK_EXIT_USAGE;
  if (argc != 3 || done == NULL)
    return dk_cli_usage_error ("pks step", _("Give the agreement’s id, the step and --done"));
  if (!parse_id ("pks step", argv[1], &id))
    return DK_EXIT_USAGE;
  number = g_ascii_strtoll (argv[2], NULL, 10);
  if (number < 1 || number > DK_PKS_N_STEPS)
    return dk_cli_usage_error ("pks step", _("The SOP has steps 1 to %d"), DK_PKS_N_STEPS);
  if (!(store = dk_cli_get_store (cli, &error)) ||
      !dk_pks_step_done (store, id, number, done, by, dk_pks_step_all_documents (dk_pks_step_info (number)), &error))
    return dk_cli_fail (error);
  return DK_EXIT_OK;
}

/* ------------------------------------------------------------------- show */

static void
print_agreement (FILE                 *out,
                 const DkPksAgreement *a)
{
  g_autofree char *signed_on = dk_format_date_long (a->ditandatangani), *ends = dk_format_date_long (a->berakhir);
  g_autofree char *since = dk_format_date_long (a->access_since), *position = describe_position (a);

  fprintf (out, "%s — PKS %s%s%s\n", a->lembaga, a->nomor, a->nomor_lembaga[0] ? " / " : "", a->nomor_lembaga);
  if (a->jenis[0] != '\0')
    fprintf (out, "%s: %s\n", _("Kind"), a->jenis);
  fprintf (out, "%s: %s\n", _("Signed"), signed_on);
  fprintf (out, "%s: %s", _("Ends"), ends);
  if (a->n_extensions > 0)
    fprintf (out, g_dngettext (GETTEXT_PACKAGE, " (after %u extension)", " (after %u extensions)", a->n_extensions),
             a->n_extensions);
  fprintf (out, "\n%s: %s\n", _("Access mechanism"), dk_pks_mechanism_label (a->mechanism));
  if (a->data[0] != '\0')
    fprintf (out, "%s: %s\n", _("Data"), a->data);
  if (a->ip[0] != '\0')
    fprintf (out, "%s: %s\n", _("IP addresses"), a->ip);
  if (a->sertifikat[0] != '\0' || a->sertifikat_berakhir[0] != '\0')
    fprintf (out, "%s: %s %s\n", _("Security certificate"), a->sertifikat, a->sertifikat_berakhir);
  fprintf (out, "%s: %s (%s)\n", _("Access"), dk_pks_access_label (a->access), since);
  fprintf (out, "%s: %s\n", _("Status"), dk_pks_status_label (a->status));
  fprintf (out, "%s: %s\n\n", _("SOP"), position);
}

static void
print_steps (FILE      *out,
             GPtrArray *steps)
{
  g_autoptr(DkCliTable) t = dk_cli_table_new (7, "rllllll");

  dk_cli_table_add_row (t, C_("column", "Step"), C_("column", "Actor"), C_("column", "Time"), C_("column", "Due"),
                        C_("column", "Done"), C_("column", "By"), C_("column", "Late"), NULL);
  for (guint i = 0; i < steps->len; i++)
    {
      const DkPksStep *s = g_ptr_array_index (steps, i);
      const DkPksStepInfo *info = dk_pks_step_info (s->number);
      g_autofree char *n = g_strdup_printf ("%u", s->number), *time = dk_pks_step_time (info);
      g_autofree char *late = s->late_days > 0 ? g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d working day",
                                                                              "%d working days", s->late_days),
                                                                  s->late_days)
                                               : g_strdup ("");

      dk_cli_table_add_row (t, n, info->actor, time, s->due, s->selesai, s->oleh, late, NULL);
    }
  dk_cli_table_print (t, out);
}

static int
cmd_show (DkCli  *cli,
          int     argc,
          char  **argv)
{
  g_autofree char *as_of = NULL;
  g_autoptr(DkPksAgreement) a = NULL;
  g_autoptr(GPtrArray) steps = NULL, events = NULL;
  GError *error = NULL;
  DkStore *store;
  gint64 id;
  GOptionEntry entries[] = {
    { "as-of", 0, 0, G_OPTION_ARG_STRING, &as_of, N_("The date (default: today)"), N_("YYYY-MM-DD") },
    { NULL }
  };
  g_autoptr(GOptionContext) context =
    dk_cli_context_new (_("ID"), _("Show an agreement: its institution, term, access, the SOP’s steps with their "
                                   "time standards and lateness, and its record of access and extensions."), entries, NULL);

  if (!dk_cli_parse (context, "pks show", &argc, &argv))
    return DK_EXIT_USAGE;
  if (argc != 2)
    return dk_cli_usage_error ("pks show", _("Give the agreement’s id"));
  if (!parse_id ("pks show", argv[1], &id))
    return DK_EXIT_USAGE;
  if (!dk_cli_check_date (as_of, &error) || !(store = dk_cli_get_store (cli, &error)) ||
      !(a = dk_pks_agreement_get (store, id, as_of, &error)) || !(steps = dk_pks_steps (store, id, as_of, &error)) ||
      !(events = dk_pks_events (store, id, &error)))
    return dk_cli_fail (error);
  print_agreement (cli->out, a);
  print_steps (cli->out, steps);
  fprintf (cli->out, "\n");
  for (guint i = 0; i < events->len; i++)
    {
      const DkPksEvent *e = g_ptr_array_index (events, i);
      DkPksAccess access;

      if (dk_pks_access_from_string (e->what, &access))
        fprintf (cli->out, "%s  %s: %s\n", e->tanggal, _("Access"), dk_pks_access_label (access));
      else
        /* Translators: a line of an agreement's record: date, the extension's number, the new end */
        fprintf (cli->out, _("%s  Extension %s: ends %s\n"), e->tanggal, e->nomor, e->berakhir);
    }
  return DK_EXIT_OK;
}

/* ------------------------------------------------------------------- list */

static void
print_list_csv (FILE      *out,
                GPtrArray *list)
{
  fprintf (out, "id,lembaga,nomor,mulai,berakhir,akses,status\n");
  for (guint i = 0; i < list->len; i++)
    {
      const DkPksAgreement *a = g_ptr_array_index (list, i);
      g_autoptr(GString) line = g_string_new (NULL);
      g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, a->id);

      dk_cli_csv_field (line, id);
      dk_cli_csv_field (line, a->lembaga);
      dk_cli_csv_field (line, a->nomor);
      dk_cli_csv_field (line, a->ditandatangani);
      dk_cli_csv_field (line, a->berakhir);
      dk_cli_csv_field (line, dk_pks_mechanism_to_string (a->mechanism));
      dk_cli_csv_field (line, dk_pks_status_to_string (a->status));
      fprintf (out, "%s\n", line->str);
    }
}

static void
print_list_text (FILE      *out,
                 GPtrArray *list)
{
  g_autoptr(DkCliTable) t = dk_cli_table_new (8, "rllllrll");

  dk_cli_table_add_row (t, C_("column", "ID"), C_("column", "Institution"), C_("column", "Number"),
                        C_("column", "Signed"), C_("column", "Ends"), C_("column", "Days left"),
                        C_("column", "Status"), C_("column", "SOP"), NULL);
  for (guint i = 0; i < list->len; i++)
    {
      const DkPksAgreement *a = g_ptr_array_index (list, i);
      g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, a->id), *days = g_strdup_printf ("%d", a->days_left);
      g_autofree char *position = describe_position (a);

      dk_cli_table_add_row (t, id, a->lembaga, a->nomor, a->ditandatangani, a->berakhir, days,
                            dk_pks_status_label (a->status), position, NULL);
    }
  dk_cli_table_print (t, out);
}

static int
cmd_list (DkCli  *cli,
          int     argc,
          char  **argv)
{
  g_autofree char *as_of = NULL, *format = NULL;
  g_autoptr(GPtrArray) list = NULL;
  int expiring = -1;
  GError *error = NULL;
  DkStore *store;
  gboolean csv;
  GOptionEntry entries[] = {
    { "expiring", 0, 0, G_OPTION_ARG_INT, &expiring, N_("Only the agreements in their term that end within DAYS days"), N_("DAYS") },
    { "as-of", 0, 0, G_OPTION_ARG_STRING, &as_of, N_("The date (default: today)"), N_("YYYY-MM-DD") },
    { NULL }
  };
  g_autoptr(GOptionContext) context =
    dk_cli_context_new (NULL, _("List the agreements, the earliest end first, with their status as of a date and "
                                "the SOP’s step each request waits at."), entries, &format);

  if (!dk_cli_parse_no_args (context, "pks list", &argc, &argv, &format, &csv))
    return DK_EXIT_USAGE;
  if (!dk_cli_check_date (as_of, &error) || !(store = dk_cli_get_store (cli, &error)) ||
      !(list = dk_pks_agreements (store, as_of, &error)))
    return dk_cli_fail (error);
  for (guint i = list->len; expiring >= 0 && i-- > 0;)
    if (!dk_pks_is_expiring (g_ptr_array_index (list, i), expiring))
      g_ptr_array_remove_index (list, i);
  if (csv)
    print_list_csv (cli->out, list);
  else
    print_list_text (cli->out, list);
  return DK_EXIT_OK;
}

/* ----------------------------------------------------------- institutions */

static int
cmd_institution (DkCli  *cli,
                 int     argc,
                 char  **argv)
{
  g_autofree char *kind = NULL, *address = NULL, *contact = NULL;
  g_autoptr(GPtrArray) list = NULL;
  GError *error = NULL;
  DkStore *store;
  DkPksInstitution in = { 0 };
  GOptionEntry entries[] = {
    { "kind", 0, 0, G_OPTION_ARG_STRING, &kind, N_("Its kind (bank, hospital, BPJS, OPD…)"), N_("TEXT") },
    { "address", 0, 0, G_OPTION_ARG_STRING, &address, N_("Its address"), N_("TEXT") },
    { "contact", 0, 0, G_OPTION_ARG_STRING, &contact, N_("Its contact"), N_("TEXT") },
    { NULL }
  };
  g_autoptr(GOptionContext) context =
    dk_cli_context_new (_("[NAME]"), _("Without a name, list the institutions; with one, record it or change its "
                                       "kind, address and contact."), entries, NULL);

  if (!dk_cli_parse (context, "pks institution", &argc, &argv))
    return DK_EXIT_USAGE;
  if (argc > 2)
    return dk_cli_usage_error ("pks institution", _("Too many arguments"));
  if (!(store = dk_cli_get_store (cli, &error)) || !(list = dk_pks_institutions (store, &error)))
    return dk_cli_fail (error);
  if (argc == 1)
    {
      for (guint i = 0; i < list->len; i++)
        {
          const DkPksInstitution *it = g_ptr_array_index (list, i);

          fprintf (cli->out, "%s\t%s\t%s\t%s\t%u\n", it->nama, it->jenis, it->alamat, it->kontak, it->n_agreements);
        }
      return DK_EXIT_OK;
    }
  in.nama = argv[1];
  for (guint i = 0; i < list->len; i++)
    {
      const DkPksInstitution *it = g_ptr_array_index (list, i);

      if (g_ascii_strcasecmp (it->nama, argv[1]) == 0)
        in = *it;
    }
  in.jenis = kind != NULL ? kind : in.jenis;
  in.alamat = address != NULL ? address : in.alamat;
  in.kontak = contact != NULL ? contact : in.kontak;
  if (!dk_pks_institution_set (store, &in, NULL, &error))
    return dk_cli_fail (error);
  return DK_EXIT_OK;
}

/* --------------------------------------------------------------- holidays */

static int
cmd_holiday (DkCli  *cli,
             int     argc,
             char  **argv)
{
  g_autoptr(GPtrArray) list = NULL;
  GError *error = NULL;
  DkStore *store;
  g_autoptr(GOptionContext) context =
    dk_cli_context_new (_("list | add DATE NAME | remove DATE"),
                        _("The holidays that the SOP’s working days skip, besides Saturdays and Sundays."),
                        (GOptionEntry[]) { { NULL } }, NULL);

  if (!dk_cli_parse (context, "pks holiday", &argc, &argv))
    return DK_EXIT_USAGE;
  if (argc < 2 || !((g_str_equal (argv[1], "list") && argc == 2) || (g_str_equal (argv[1], "add") && argc == 4) ||
                    (g_str_equal (argv[1], "remove") && argc == 3)))
    return dk_cli_usage_error ("pks holiday", _("Give list, add DATE NAME or remove DATE"));
  if (!(store = dk_cli_get_store (cli, &error)))
    return dk_cli_fail (error);
  if (g_str_equal (argv[1], "add") ? !dk_pks_holiday_add (store, argv[2], argv[3], &error)
      : g_str_equal (argv[1], "remove") ? !dk_pks_holiday_remove (store, argv[2], &error)
      : !(list = dk_pks_holiday_list (store, &error)))
    return dk_cli_fail (error);
  for (guint i = 0; list != NULL && i < list->len; i++)
    {
      const DkPksHoliday *h = g_ptr_array_index (list, i);

      fprintf (cli->out, "%s\t%s\n", h->tanggal, h->nama);
    }
  return DK_EXIT_OK;
}

/* ---------------------------------------------------------------- command */

static const DkCliSubcommand subcommands[] = {
  { "list", cmd_list, N_("The agreements with their status and the SOP’s step") },
  { "show", cmd_show, N_("An agreement, its SOP steps and its record") },
  { "add", cmd_add, N_("Record an agreement (and its institution)") },
  { "extend", cmd_extend, N_("Record an agreement’s extension") },
  { "access", cmd_access, N_("Switch an agreement’s access on or off, or end it") },
  { "step", cmd_step, N_("Record a step of the SOP done") },
  { "institution", cmd_institution, N_("List the institutions, or record one") },
  { "holiday", cmd_holiday, N_("List, add or remove the holidays") },
};

int
dk_cli_pks (DkCli  *cli,
            int     argc,
            char  **argv)
{
  return dk_cli_run_subcommand (cli, "pks",
                                _("Data-access agreements (PKS) with the institutions that use population data: "
                                  "the register, the access and the SOP “Pemberian Hak Akses Pemanfaatan Data "
                                  "Kependudukan”."),
                                subcommands, G_N_ELEMENTS (subcommands), argc, argv);
}
