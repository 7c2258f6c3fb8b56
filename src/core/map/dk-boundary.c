/* dk-boundary.c — SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Reads the compact boundary layers from the resource (see build-aux/compact-boundaries.py
 * for the format). The more detailed layer wins when two hold the same region: the
 * kabupaten/kota of Sumatera Barat come from their own file, the others from the national one.
 */
#define G_LOG_DOMAIN "dk-boundary"

#include "config.h"

#include <gio/gio.h>
#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "dk-boundary.h"
#include "dk-error.h"

struct _DkBoundaries
{
  GObject     parent_instance;
  GPtrArray  *shapes;        /* every shape read, owned */
  GHashTable *by_kode;       /* kode → the most detailed DkShape */
  GHashTable *kecamatan_of;  /* the provinces whose kecamatan have shapes */
  gsize       size;
};

G_DEFINE_FINAL_TYPE (DkBoundaries, dk_boundaries, G_TYPE_OBJECT)

/* Least detailed first: a later layer replaces an earlier one's shape of the same code. */
static const char *layers[] = { "id_provinsi", "id_kabkota", "13_kabkota", "13_kecamatan" };

typedef struct
{
  const guint8 *p, *end;
  gboolean      failed;
} Reader;

static guint64
read_varint (Reader *r)
{
  guint64 value = 0;

  for (guint shift = 0; shift < 64; shift += 7)
    {
      if (r->p >= r->end)
        break;
      value |= (guint64) (*r->p & 0x7f) << shift;
      if ((*r->p++ & 0x80) == 0)
        return value;
    }
  r->failed = TRUE;
  return 0;
}

static gint64
read_zigzag (Reader *r)
{
  guint64 v = read_varint (r);

  return (gint64) (v >> 1) ^ -(gint64) (v & 1);
}

static char *
read_string (Reader *r,
             guint   length_bytes)
{
  gsize length;
  char *s;

  if (r->end - r->p < (gssize) length_bytes)
    {
      r->failed = TRUE;
      return g_strdup ("");
    }
  length = length_bytes == 1 ? r->p[0] : (gsize) r->p[0] | (gsize) r->p[1] << 8;
  r->p += length_bytes;
  if ((gsize) (r->end - r->p) < length)
    {
      r->failed = TRUE;
      return g_strdup ("");
    }
  s = g_strndup ((const char *) r->p, length);
  r->p += length;
  return s;
}

static void
shape_free (DkShape *shape)
{
  g_free (shape->kode);
  g_free (shape->nama);
  g_free (shape->ring_ends);
  g_free (shape->points);
  g_free (shape);
}

static DkShape *
read_shape (Reader *r)
{
  DkShape *shape = g_new0 (DkShape, 1);
  g_autoptr(GArray) points = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) ends = g_array_new (FALSE, FALSE, sizeof (guint));
  gint64 x, y;

  shape->kode = read_string (r, 1);
  shape->nama = read_string (r, 2);
  x = read_zigzag (r);
  y = read_zigzag (r);
  shape->label_x = x / 1e6;
  shape->label_y = y / 1e6;
  shape->x0 = shape->y0 = INFINITY;
  shape->x1 = shape->y1 = -INFINITY;
  shape->n_rings = (guint) read_varint (r);
  for (guint i = 0; i < shape->n_rings && !r->failed; i++)
    {
      guint64 n = read_varint (r);

      for (guint64 j = 0; j < n && !r->failed; j++)
        {
          double xy[2];

          x += read_zigzag (r);
          y += read_zigzag (r);
          xy[0] = x / 1e6;
          xy[1] = y / 1e6;
          g_array_append_vals (points, xy, 2);
          shape->x0 = MIN (shape->x0, xy[0]);
          shape->x1 = MAX (shape->x1, xy[0]);
          shape->y0 = MIN (shape->y0, xy[1]);
          shape->y1 = MAX (shape->y1, xy[1]);
        }
      g_array_append_val (ends, (guint) { points->len / 2 });
    }
  shape->n_rings = ends->len;
  shape->ring_ends = (guint *) g_array_free (g_steal_pointer (&ends), FALSE);
  shape->points = (double *) g_array_free (g_steal_pointer (&points), FALSE);
  return shape;
}

static gboolean
load_layer (DkBoundaries  *self,
            const char    *name,
            GError       **error)
{
  g_autofree char *path = g_strdup_printf ("/com/sumbar/dukcapil/map/%s.dkb", name);
  g_autoptr(GBytes) bytes = g_resources_lookup_data (path, G_RESOURCE_LOOKUP_FLAGS_NONE, error);
  Reader r;
  guint32 n;
  gsize size;

  if (bytes == NULL)
    return FALSE;
  r.p = g_bytes_get_data (bytes, &size);
  r.end = r.p + size;
  r.failed = size < 8 || memcmp (r.p, "DKB1", 4) != 0;
  if (!r.failed)
    {
      n = (guint32) r.p[4] | (guint32) r.p[5] << 8 | (guint32) r.p[6] << 16 | (guint32) r.p[7] << 24;
      r.p += 8;
      for (guint32 i = 0; i < n && !r.failed; i++)
        {
          DkShape *shape = read_shape (&r);

          g_ptr_array_add (self->shapes, shape);
          g_hash_table_insert (self->by_kode, shape->kode, shape);
          self->size += sizeof *shape + strlen (shape->kode) + strlen (shape->nama) + 2 +
                        shape->n_rings * sizeof (guint) +
                        (shape->n_rings > 0 ? shape->ring_ends[shape->n_rings - 1] : 0) * 2 * sizeof (double);
          if (dk_region_level_of_code (shape->kode) == DK_REGION_LEVEL_KECAMATAN)
            g_hash_table_add (self->kecamatan_of, g_strndup (shape->kode, strcspn (shape->kode, ".")));
        }
    }
  if (r.failed)
    {
      g_set_error (error, DK_ERROR, DK_ERROR_PARSE, _("The boundaries “%s” are damaged"), name);
      return FALSE;
    }
  return TRUE;
}

static void
dk_boundaries_finalize (GObject *object)
{
  DkBoundaries *self = DK_BOUNDARIES (object);

  g_clear_pointer (&self->by_kode, g_hash_table_unref);
  g_clear_pointer (&self->kecamatan_of, g_hash_table_unref);
  g_clear_pointer (&self->shapes, g_ptr_array_unref);
  G_OBJECT_CLASS (dk_boundaries_parent_class)->finalize (object);
}

static void
dk_boundaries_class_init (DkBoundariesClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = dk_boundaries_finalize;
}

static void
dk_boundaries_init (DkBoundaries *self)
{
  self->shapes = g_ptr_array_new_with_free_func ((GDestroyNotify) shape_free);
  self->by_kode = g_hash_table_new (g_str_hash, g_str_equal);
  self->kecamatan_of = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
}

/**
 * dk_project:
 * @longitude: in degrees, east positive
 * @latitude: in degrees, north positive
 *
 * The projection the shapes are stored in (Mercator, unit sphere).
 */
void
dk_project (double  longitude,
            double  latitude,
            double *x,
            double *y)
{
  *x = longitude * G_PI / 180;
  *y = log (tan (G_PI / 4 + latitude * G_PI / 360));
}

/**
 * dk_shape_contains:
 * @x: a projected point
 *
 * Whether the point is inside the shape by the even-odd rule, the rule it is filled by:
 * a point of Bukittinggi is not inside Agam.
 */
gboolean
dk_shape_contains (const DkShape *shape,
                   double         x,
                   double         y)
{
  gboolean inside = FALSE;
  guint start = 0;

  g_return_val_if_fail (shape != NULL, FALSE);
  if (x < shape->x0 || x > shape->x1 || y < shape->y0 || y > shape->y1)
    return FALSE;
  for (guint r = 0; r < shape->n_rings; r++)
    {
      guint end = shape->ring_ends[r];

      for (guint i = start, j = end - 1; i < end; j = i++)
        {
          const double *a = &shape->points[2 * i], *b = &shape->points[2 * j];

          if ((a[1] > y) != (b[1] > y) && x < (b[0] - a[0]) * (y - a[1]) / (b[1] - a[1]) + a[0])
            inside = !inside;
        }
      start = end;
    }
  return inside;
}

/**
 * dk_boundaries_new:
 *
 * Reads every shipped layer.
 *
 * Returns: (transfer full): the boundaries, or %NULL if the resource is damaged
 */
DkBoundaries *
dk_boundaries_new (GError **error)
{
  g_autoptr(DkBoundaries) self = g_object_new (DK_TYPE_BOUNDARIES, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (layers); i++)
    if (!load_layer (self, layers[i], error))
      return NULL;
  return g_steal_pointer (&self);
}

/**
 * dk_boundaries_lookup:
 *
 * Returns: (transfer none) (nullable): the region's shape, the most detailed shipped
 */
const DkShape *
dk_boundaries_lookup (DkBoundaries *self,
                      const char   *kode)
{
  g_return_val_if_fail (DK_IS_BOUNDARIES (self), NULL);
  g_return_val_if_fail (kode != NULL, NULL);
  return g_hash_table_lookup (self->by_kode, kode);
}

/**
 * dk_boundaries_level_mapped:
 * @kode: a region's code
 *
 * Whether the region's level has shapes where it lies: every province and kabupaten/kota
 * does, kecamatan only in the provinces shipped with theirs (Sumatera Barat), desa never.
 * Such a region without a shape is a defect of the data.
 */
gboolean
dk_boundaries_level_mapped (DkBoundaries *self,
                            const char   *kode)
{
  g_autofree char *province = NULL;

  g_return_val_if_fail (DK_IS_BOUNDARIES (self), FALSE);
  switch (dk_region_level_of_code (kode))
    {
    case DK_REGION_LEVEL_PROVINSI:
    case DK_REGION_LEVEL_KABKOTA:
      return TRUE;
    case DK_REGION_LEVEL_KECAMATAN:
      province = g_strndup (kode, strcspn (kode, "."));
      return g_hash_table_contains (self->kecamatan_of, province);
    case DK_REGION_LEVEL_DESA:
    case DK_REGION_LEVEL_INVALID:
    default:
      return FALSE;
    }
}

static int
by_kode (gconstpointer a,
         gconstpointer b)
{
  return strcmp ((*(DkShape **) a)->kode, (*(DkShape **) b)->kode);
}

/**
 * dk_boundaries_list:
 *
 * Returns: (transfer container) (element-type DkShape): the shapes of a level, by code
 */
GPtrArray *
dk_boundaries_list (DkBoundaries  *self,
                    DkRegionLevel  level)
{
  GPtrArray *list = g_ptr_array_new ();
  GHashTableIter iter;
  gpointer value;

  g_return_val_if_fail (DK_IS_BOUNDARIES (self), list);
  g_hash_table_iter_init (&iter, self->by_kode);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    if (dk_region_level_of_code (((DkShape *) value)->kode) == level)
      g_ptr_array_add (list, value);
  g_ptr_array_sort (list, by_kode);
  return list;
}

/**
 * dk_boundaries_get_size:
 *
 * Returns: about how many bytes the shapes take in memory
 */
gsize
dk_boundaries_get_size (DkBoundaries *self)
{
  g_return_val_if_fail (DK_IS_BOUNDARIES (self), 0);
  return self->size;
}
