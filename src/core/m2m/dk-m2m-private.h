/* dk-m2m-private.h — SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the files of the M2M domain share.
 */
#pragma once

#include "dk-history-internal.h"
#include "dk-m2m.h"

G_BEGIN_DECLS

/* The M2M figures and the totals their sources state, in the history of changes
 * (dk-m2m-history.c). */
extern const DkHistoryTable _dk_m2m_history_table;
extern const DkHistoryTable _dk_m2m_stated_history_table;
extern const DkHistoryTable _dk_m2m_event_history_table;

struct _DkM2mRow
{
  GObject  parent_instance;
  guint    number;
  char    *kode;
  char    *wilayah;
  gint64   perangkat;
  gint64   aktif;
  char    *keterangan;
};

struct _DkM2mTable
{
  GObject     parent_instance;
  char       *parent;
  char       *as_of;
  GListStore *rows;
  DkM2mRow   *total;
  GPtrArray  *stated;
};

G_END_DECLS
