/* dk-metric-card.h — SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

typedef enum
{
  DK_METRIC_NEUTRAL,
  DK_METRIC_GOOD,
  DK_METRIC_BAD,
} DkMetricStatus;

#define DK_TYPE_METRIC_CARD (dk_metric_card_get_type ())

G_DECLARE_FINAL_TYPE (DkMetricCard, dk_metric_card, DK, METRIC_CARD, GtkWidget)

void        dk_metric_card_set_title  (DkMetricCard   *self,
                                       const char     *title);
const char *dk_metric_card_get_title  (DkMetricCard   *self);
void        dk_metric_card_set_value  (DkMetricCard   *self,
                                       const char     *value);
const char *dk_metric_card_get_value  (DkMetricCard   *self);
void        dk_metric_card_set_detail (DkMetricCard   *self,
                                       const char     *detail);
void        dk_metric_card_set_status (DkMetricCard   *self,
                                       DkMetricStatus  status);

G_END_DECLS
