/* dk-error.h — SPDX-License-Identifier: GPL-3.0-or-later
 *
 * base — the bottom layer, the main header of src/core/base.
 *
 * Owns what every layer needs and nothing of the database: the error domain (here),
 * number and date formatting (dk-format.h), the parsing rules of the files offices send
 * (dk-parse.h), checked arithmetic (dk-number.h), CSV reading (dk-csv.h), atomic file
 * writes (dk-atomic-file.h), the findings of the checks (dk-finding.h), gettext set-up
 * (dk-i18n.h).
 *
 * Uses: GLib and GIO only; no other folder of ours.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define DK_ERROR (dk_error_quark ())

/**
 * DkError:
 * @DK_ERROR_DATABASE: the database could not be opened, read or written
 * @DK_ERROR_NEWER_SCHEMA: the database was written by a newer version of the program
 * @DK_ERROR_NOT_OURS: the file is not a Dukcapil database
 * @DK_ERROR_NOT_FOUND: a requested record (date, region, year…) does not exist
 * @DK_ERROR_INVALID: a value given by the user or a file is invalid
 * @DK_ERROR_PARSE: a file could not be parsed
 * @DK_ERROR_IO: a file could not be read or written
 * @DK_ERROR_BUSY: another program held the database for longer than a write waits
 * @DK_ERROR_REFUSED: the database may be read but not written (damaged, or holding
 *   objects the program did not make)
 * @DK_ERROR_CONNECTION: the database server could not be reached, or the connection was lost
 * @DK_ERROR_AUTH: the database server did not accept the account or its password
 * @DK_ERROR_PASSWORD: the database server asks for a password that was not given, or refused
 *   the one given: the program may ask the user for it
 * @DK_ERROR_CONFLICT: another program changed the figures after they were read: nothing
 *   was written, the caller should reload them
 */
typedef enum
{
  DK_ERROR_DATABASE,
  DK_ERROR_NEWER_SCHEMA,
  DK_ERROR_NOT_OURS,
  DK_ERROR_NOT_FOUND,
  DK_ERROR_INVALID,
  DK_ERROR_PARSE,
  DK_ERROR_IO,
  DK_ERROR_BUSY,
  DK_ERROR_REFUSED,
  DK_ERROR_CONNECTION,
  DK_ERROR_AUTH,
  DK_ERROR_CONFLICT,
  DK_ERROR_PASSWORD,
} DkError;

GQuark dk_error_quark (void);

G_END_DECLS
