/* dk-xlsx-zip.c — SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Faster workbooks: libxlsxwriter (1.1.4 in Debian 12) compresses every part of an XLSX
 * with zlib's default level and has no option to change it; on a national village table
 * that compression is half of the export's time. This file defines minizip's
 * zipOpenNewFileInZip4_64 in our executables (they export the symbol, see meson.build),
 * so libxlsxwriter's call lands here and goes on to the real function with level 1
 * (Z_BEST_SPEED): the same valid workbook, about a quarter larger, written twice as fast
 * (bench/RESULTS.md). Should the real function not be found, the call fails as a zip
 * error and the export reports it; nothing else in the process is affected.
 */
#define G_LOG_DOMAIN "dk-xlsx"
#define _GNU_SOURCE

#include "config.h"

#include <dlfcn.h>
#include <glib.h>

#define DK_ZIP_BEST_SPEED 1
#define DK_ZIP_INTERNALERROR (-104)

/* minizip's types, spelled out to need no minizip header */
typedef void *dk_zip_file;
typedef unsigned int dk_uint;
typedef unsigned long dk_ulong;

typedef int (*ZipOpenFunc) (dk_zip_file, const char *, const void *, const void *, dk_uint,
                            const void *, dk_uint, const char *, int, int, int, int, int, int,
                            const char *, dk_ulong, dk_ulong, dk_ulong, int);

int zipOpenNewFileInZip4_64 (dk_zip_file  file,
                             const char  *filename,
                             const void  *zipfi,
                             const void  *extrafield_local,
                             dk_uint      size_extrafield_local,
                             const void  *extrafield_global,
                             dk_uint      size_extrafield_global,
                             const char  *comment,
                             int          method,
                             int          level,
                             int          raw,
                             int          window_bits,
                             int          mem_level,
                             int          strategy,
                             const char  *password,
                             dk_ulong     crc_for_crypting,
                             dk_ulong     version_made_by,
                             dk_ulong     flag_base,
                             int          zip64);

int
zipOpenNewFileInZip4_64 (dk_zip_file  file,
                         const char  *filename,
                         const void  *zipfi,
                         const void  *extrafield_local,
                         dk_uint      size_extrafield_local,
                         const void  *extrafield_global,
                         dk_uint      size_extrafield_global,
                         const char  *comment,
                         int          method,
                         int          level,
                         int          raw,
                         int          window_bits,
                         int          mem_level,
                         int          strategy,
                         const char  *password,
                         dk_ulong     crc_for_crypting,
                         dk_ulong     version_made_by,
                         dk_ulong     flag_base,
                         int          zip64)
{
  static gsize found = 0;   /* the function's address, or 1 when there is none */
  ZipOpenFunc real;

  if (g_once_init_enter (&found))
    {
      gpointer symbol = dlsym (RTLD_NEXT, "zipOpenNewFileInZip4_64");

      g_once_init_leave (&found, symbol != NULL ? (gsize) symbol : 1);
    }
  if (found == 1)
    return DK_ZIP_INTERNALERROR;
  real = (ZipOpenFunc) found;
  return real (file, filename, zipfi, extrafield_local, size_extrafield_local, extrafield_global,
               size_extrafield_global, comment, method, DK_ZIP_BEST_SPEED, raw, window_bits, mem_level,
               strategy, password, crc_for_crypting, version_made_by, flag_base, zip64);
}
