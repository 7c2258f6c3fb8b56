/* test-tls.c — SPDX-License-Identifier: GPL-3.0-or-later
 *
 * TLS with certificate verification when the connection string asks for it
 * (sslmode=verify-full), on a PostgreSQL server of the test's own that takes TCP
 * connections with TLS only (tests/run-with-pg.sh with PG_SERVER_TLS: a certificate for
 * "localhost" signed by a test authority). The store connects through a verified TLS
 * connection; a certificate signed by another authority, or one for another name, is
 * refused before anything is sent, with a message that says so; the command line does the
 * same.
 */
#include "config.h"

#include <string.h>

#include "dk-domains.h"
#include "dk-error.h"
#include "dk-test-util.h"

static const char *server_dir;
static char       *port;

static char *
tls_address (const char *host,
             const char *root)
{
  return g_strdup_printf ("host=%s port=%s dbname=tls user=postgres sslmode=verify-full "
                          "sslrootcert=%s/tls/%s connect_timeout=30",
                          host, port, server_dir, root);
}

static void
test_verified (void)
{
  g_autofree char *address = tls_address ("localhost", "ca.crt");
  g_autoptr(GError) error = NULL;
  g_autoptr(DkStore) store = dk_domains_open (address, &error);
  g_autofree char *ssl = NULL;

  g_assert_no_error (error);
  g_assert_true (dk_store_is_server (store));
  /* the server says the connection is encrypted */
  ssl = dk_test_query_text (address, "SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid ()");
  g_assert_cmpstr (ssl, ==, "t");
}

static void
test_other_authority (void)
{
  g_autofree char *address = tls_address ("localhost", "other-ca.crt");
  g_autoptr(GError) error = NULL;
  g_autoptr(DkStore) store = dk_domains_open (address, &error);

  g_assert_null (store);
  g_assert_error (error, DK_ERROR, DK_ERROR_CONNECTION);
  g_assert_nonnull (strstr (error->message, "secure connection"));
  g_assert_nonnull (strstr (error->message, "certificate"));
}

static void
test_other_name (void)
{
  /* the certificate is for localhost, not for the address */
  g_autofree char *address = tls_address ("127.0.0.1", "ca.crt");
  g_autoptr(GError) error = NULL;
  g_autoptr(DkStore) store = dk_domains_open (address, &error);

  g_assert_null (store);
  g_assert_error (error, DK_ERROR, DK_ERROR_CONNECTION);
  g_assert_nonnull (strstr (error->message, "secure connection"));
  g_assert_nonnull (strstr (error->message, "127.0.0.1"));
}

static void
test_cli (void)
{
  g_autofree char *cli = g_test_build_filename (G_TEST_BUILT, "..", "src", "cli", "dukcapil-cli", NULL);
  g_autofree char *good = tls_address ("localhost", "ca.crt");
  g_autofree char *bad = tls_address ("localhost", "other-ca.crt");
  const char *good_argv[] = { cli, "--db", good, "history", "--limit", "1", NULL };
  const char *bad_argv[] = { cli, "--db", bad, "history", "--limit", "1", NULL };
  g_autofree char *out = NULL, *err = NULL;
  int status;

  out = dk_test_run (good_argv, &status, &err);
  g_assert_cmpstr (err, ==, "");
  g_assert_cmpint (status, ==, 0);
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  out = dk_test_run (bad_argv, &status, &err);
  g_assert_cmpint (status, !=, 0);
  g_assert_nonnull (strstr (err, "certificate"));
}

int
main (int    argc,
      char **argv)
{
  g_autofree char *port_file = NULL;
  g_autofree char *admin = NULL;

  g_test_init (&argc, &argv, NULL);
  server_dir = g_getenv ("DK_TEST_SERVER_DIR");
  if (server_dir == NULL)
    g_error ("run by tests/run-with-pg.sh with PG_SERVER_TLS=1, which starts the server");
  port_file = g_build_filename (server_dir, "tls", "port", NULL);
  if (!g_file_get_contents (port_file, &port, NULL, NULL))
    g_error ("the server was started without PG_SERVER_TLS");
  g_strstrip (port);
  g_unsetenv ("DK_TEST_PG");
  g_unsetenv ("DK_TEST_ENGINE");
  /* the database, made through the socket */
  admin = g_strdup_printf ("host=%s port=%s user=postgres dbname=postgres", server_dir, port);
  g_assert_null (dk_test_exec_sql (admin, "CREATE DATABASE tls"));

  g_test_add_func ("/tls/verified", test_verified);
  g_test_add_func ("/tls/other-authority", test_other_authority);
  g_test_add_func ("/tls/other-name", test_other_name);
  g_test_add_func ("/tls/cli", test_cli);
  return g_test_run ();
}
