/* dk-boundary.h — SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The map layer of the core: the official boundaries shipped with the program (the
 * provinces and kabupaten/kota of Indonesia, the kabupaten/kota and kecamatan of
 * Sumatera Barat; © 2024 Cahya DSN, MIT), pre-projected to Mercator and joined on the
 * Kemendagri region code, and the geometry questions asked of them (bounds, the shape
 * under a point). It may use base and store (the region codes) only, not the domains.
 */
#pragma once

#include <glib-object.h>

#include "dk-region.h"

G_BEGIN_DECLS

/**
 * DkShape:
 * @kode: the region's code, as in the registry
 * @nama: the region's name in the boundary file
 * @label_x: where its label goes (the region's centroid), projected
 * @x0: the bounds, projected: x grows eastwards, y northwards
 * @n_rings: its rings; filled together with the even-odd rule, so an enclave is a hole
 * @ring_ends: the index after the last point of each ring
 * @points: x, y pairs: Mercator, x the longitude in radians, y ln tan(π/4 + φ/2)
 */
typedef struct
{
  char   *kode;
  char   *nama;
  double  label_x, label_y;
  double  x0, y0, x1, y1;
  guint   n_rings;
  guint  *ring_ends;
  double *points;
} DkShape;

gboolean dk_shape_contains (const DkShape *shape,
                            double         x,
                            double         y);
void     dk_project        (double         longitude,
                            double         latitude,
                            double        *x,
                            double        *y);

#define DK_TYPE_BOUNDARIES (dk_boundaries_get_type ())

G_DECLARE_FINAL_TYPE (DkBoundaries, dk_boundaries, DK, BOUNDARIES, GObject)

DkBoundaries  *dk_boundaries_new          (GError        **error);
const DkShape *dk_boundaries_lookup       (DkBoundaries   *self,
                                           const char     *kode);
gboolean       dk_boundaries_level_mapped (DkBoundaries   *self,
                                           const char     *kode);
GPtrArray     *dk_boundaries_list         (DkBoundaries   *self,
                                           DkRegionLevel   level);
gsize          dk_boundaries_get_size     (DkBoundaries   *self);

/* Its consistency checks, for `check`: regions of a mapped level without a shape, shapes
 * without a region. */
gboolean dk_boundaries_check (DkStore    *store,
                              GPtrArray  *findings,
                              GError    **error);

G_END_DECLS
