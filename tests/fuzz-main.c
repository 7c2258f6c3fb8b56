/* fuzz-main.c — SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Runs the fuzz target without libFuzzer: every file of the corpus folders given, then a
 * bounded number of mutations of them (bytes flipped, inserted, deleted, duplicated,
 * files spliced), from a fixed seed so that a failure can be replayed. A TAP test.
 *
 * Usage: fuzz-import [--runs N] [--seed S] CORPUS_DIR…
 */
#include "config.h"

#include <stdint.h>
#include <string.h>

#include <glib.h>

int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);

static void
mutate (GRand      *rand,
        GByteArray *bytes,
        GPtrArray  *corpus)
{
  guint n = g_rand_int_range (rand, 1, 8);

  for (guint i = 0; i < n; i++)
    {
      guint pos = bytes->len > 0 ? g_rand_int_range (rand, 0, bytes->len) : 0;
      static const char interesting[] = ",;\t\"\r\n.-%0123456789 \xEF\xBB\xBF\x96\xA0";
      guint8 c = (guint8) interesting[g_rand_int_range (rand, 0, sizeof interesting - 1)];

      switch (g_rand_int_range (rand, 0, 6))
        {
        case 0: /* flip */
          if (bytes->len > 0)
            bytes->data[pos] ^= 1 << g_rand_int_range (rand, 0, 8);
          break;
        case 1: /* insert a character files are made of */
          g_byte_array_set_size (bytes, bytes->len + 1);
          memmove (bytes->data + pos + 1, bytes->data + pos, bytes->len - 1 - pos);
          bytes->data[pos] = c;
          break;
        case 2: /* delete a run */
          if (bytes->len > 0)
            {
              guint want = (guint) g_rand_int_range (rand, 1, 16);

              g_byte_array_remove_range (bytes, pos, MIN (want, bytes->len - pos));
            }
          break;
        case 3: /* duplicate a run */
          if (bytes->len > 0)
            {
              guint want = (guint) g_rand_int_range (rand, 1, 64);
              guint len = MIN (want, bytes->len - pos);
              g_autofree guint8 *run = g_memdup2 (bytes->data + pos, len);
              guint old = bytes->len;

              g_byte_array_set_size (bytes, old + len);
              memmove (bytes->data + pos + len, bytes->data + pos, old - pos);
              memcpy (bytes->data + pos, run, len);
            }
          break;
        case 4: /* splice another file in */
          {
            GBytes *other = g_ptr_array_index (corpus, g_rand_int_range (rand, 0, corpus->len));
            gsize olen;
            const guint8 *odata = g_bytes_get_data (other, &olen);

            if (olen > 0)
              {
                guint from = g_rand_int_range (rand, 0, olen);
                guint want = (guint) g_rand_int_range (rand, 1, 256);
                guint len = MIN (want, olen - from);

                g_byte_array_set_size (bytes, pos);
                g_byte_array_append (bytes, odata + from, len);
              }
          }
          break;
        default: /* replace a byte */
          if (bytes->len > 0)
            bytes->data[pos] = c;
          break;
        }
    }
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GPtrArray) corpus = g_ptr_array_new_with_free_func ((GDestroyNotify) g_bytes_unref);
  g_autoptr(GRand) rand = NULL;
  guint runs = 2000, seed = 20251231;
  int first_dir = 1;

  for (; first_dir + 1 < argc && g_str_has_prefix (argv[first_dir], "--"); first_dir += 2)
    {
      if (g_str_equal (argv[first_dir], "--runs"))
        runs = (guint) g_ascii_strtoull (argv[first_dir + 1], NULL, 10);
      else if (g_str_equal (argv[first_dir], "--seed"))
        seed = (guint) g_ascii_strtoull (argv[first_dir + 1], NULL, 10);
    }
  for (int i = first_dir; i < argc; i++)
    {
      g_autoptr(GDir) dir = g_dir_open (argv[i], 0, NULL);
      g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
      const char *name;

      while (dir && (name = g_dir_read_name (dir)))
        g_ptr_array_add (names, g_build_filename (argv[i], name, NULL));
      g_ptr_array_sort (names, (GCompareFunc) g_strcmp0);
      for (guint k = 0; k < names->len; k++)
        {
          char *data;
          gsize len;

          if (g_file_get_contents (g_ptr_array_index (names, k), &data, &len, NULL))
            g_ptr_array_add (corpus, g_bytes_new_take (data, len));
        }
    }
  if (corpus->len == 0)
    {
      g_printerr ("fuzz-import: no corpus files in the folders given\n");
      return 2;
    }

  g_print ("1..2\n");
  for (guint i = 0; i < corpus->len; i++)
    {
      gsize len;
      const guint8 *data = g_bytes_get_data (g_ptr_array_index (corpus, i), &len);

      LLVMFuzzerTestOneInput (data, len);
    }
  g_print ("ok 1 - %u corpus files\n", corpus->len);

  rand = g_rand_new_with_seed (seed);
  for (guint r = 0; r < runs; r++)
    {
      GBytes *base = g_ptr_array_index (corpus, g_rand_int_range (rand, 0, corpus->len));
      gsize len;
      const guint8 *data = g_bytes_get_data (base, &len);
      g_autoptr(GByteArray) bytes = g_byte_array_sized_new (len + 64);

      g_byte_array_append (bytes, data, len);
      mutate (rand, bytes, corpus);
      LLVMFuzzerTestOneInput (bytes->data, bytes->len);
    }
  g_print ("ok 2 - %u mutations (seed %u)\n", runs, seed);
  return 0;
}
