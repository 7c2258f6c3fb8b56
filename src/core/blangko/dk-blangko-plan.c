/* dk-blangko-plan.c — SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The allocation planner: the priority rule of dk-blangko-plan.h, the split in whole
 * cards, shares set by hand, and the approved plan recorded as distributions.
 */
#define G_LOG_DOMAIN "dk-blangko"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "dk-blangko-plan.h"
#include "dk-blangko-private.h"
#include "dk-error.h"
#include "dk-format.h"
#include "dk-history-internal.h"
#include "dk-number.h"
#include "dk-store-internal.h"

/* -------------------------------------------------------------- allocation */

typedef struct
{
  guint             index;
  unsigned __int128 remainder;
  guint             rank;
} Remainder;

/* A split under way: which offices still get a share in proportion, what is left for
 * them, and whether they share in equal parts because none has a weight. */
typedef struct
{
  const DkBlangkoShareInput *in;
  DkBlangkoShare            *out;
  guint                      n;
  gint64                     total;
  gboolean                  *active;
  guint                      n_active;
  gint64                     remaining;
  gint64                     capacity;
  gboolean                   unlimited;
  gboolean                   even;
  unsigned __int128          weights;
} Split;

static int
compare_remainders (gconstpointer a,
                    gconstpointer b)
{
  const Remainder *x = a, *y = b;

  if (x->remainder != y->remainder)
    return x->remainder > y->remainder ? -1 : 1;
  if (x->rank != y->rank)
    return x->rank < y->rank ? -1 : 1;
  return x->index < y->index ? -1 : x->index > y->index;
}

static guint64
weight_of (const Split *s,
           guint        i)
{
  return s->even ? 1 : (guint64) s->in[i].weight;
}

/* Every figure of the split within DK_COUNT_MAX (see dk-number.h), so that the sums of
 * caps and shares below cannot overflow */
static gboolean
check_bounds (gint64                     total,
              guint                      n,
              const DkBlangkoShareInput *in,
              GError                   **error)
{
  if (!dk_number_check_count (_("Blanks to split"), total, error))
    return FALSE;
  for (guint i = 0; i < n; i++)
    if (!dk_number_check_count (_("A cap"), in[i].cap, error) ||
        !dk_number_check_count (_("A share set by hand"), in[i].pinned, error))
      return FALSE;
  return TRUE;
}

/* Gives the shares set by hand and sets aside the offices capped at nothing; the others
 * are left active, their caps summed */
static gboolean
place_pinned (Split   *s,
              GError **error)
{
  const DkBlangkoShareInput *in = s->in;
  DkBlangkoShare *out = s->out;

  for (guint i = 0; i < s->n; i++)
    {
      out[i].keping = 0;
      out[i].at_cap = FALSE;
      out[i].even = FALSE;
      if (in[i].pinned >= 0)
        {
          out[i].keping = in[i].pinned;
          out[i].at_cap = in[i].cap >= 0 && in[i].pinned == in[i].cap;
          s->remaining -= in[i].pinned;
          if (in[i].cap >= 0 && in[i].pinned > in[i].cap)
            {
              g_autofree char *p = _dk_blangko_count (in[i].pinned), *c = _dk_blangko_count (in[i].cap);

              g_set_error (error, DK_ERROR, DK_ERROR_INVALID,
                           _("A share of %s was set by hand above the office’s cap of %s"), p, c);
              return FALSE;
            }
          continue;
        }
      if (in[i].cap == 0)
        {
          out[i].at_cap = TRUE;
          continue;
        }
      s->active[i] = TRUE;
      s->n_active++;
      if (in[i].cap < 0)
        s->unlimited = TRUE;
      else
        s->capacity += in[i].cap;
    }
  return TRUE;
}

/* Whether what is left can be given: not below nothing, not above the caps */
static gboolean
check_room (const Split  *s,
            GError      **error)
{
  if (s->remaining < 0)
    {
      g_autofree char *p = _dk_blangko_count (s->total - s->remaining), *t = _dk_blangko_count (s->total);

      g_set_error (error, DK_ERROR, DK_ERROR_INVALID,
                   _("The shares set by hand add up to %s, more than the %s blanks to split"), p, t);
      return FALSE;
    }
  if (!s->unlimited && s->capacity < s->remaining)
    {
      g_autofree char *c = _dk_blangko_count (s->total - s->remaining + s->capacity);
      g_autofree char *t = _dk_blangko_count (s->total);

      g_set_error (error, DK_ERROR, DK_ERROR_INVALID,
                   _("The caps and the shares set by hand let at most %s of the %s blanks be given"), c, t);
      return FALSE;
    }
  return TRUE;
}

static unsigned __int128
sum_weights (const Split *s)
{
  unsigned __int128 weights = 0;

  for (guint i = 0; i < s->n; i++)
    if (s->active[i])
      weights += weight_of (s, i);
  return weights;
}

/* Holds at its cap every active office whose quota would reach it; returns whether any was */
static gboolean
hold_at_caps (Split *s)
{
  gboolean changed = FALSE;

  for (guint i = 0; i < s->n; i++)
    {
      unsigned __int128 w = weight_of (s, i);

      if (!s->active[i] || s->in[i].cap < 0 ||
          (unsigned __int128) s->remaining * w < (unsigned __int128) s->in[i].cap * s->weights)
        continue;
      s->out[i].keping = s->in[i].cap;
      s->out[i].at_cap = TRUE;
      s->out[i].even = s->even;
      s->active[i] = FALSE;
      s->n_active--;
      changed = TRUE;
    }
  return changed;
}

static void
recount_remaining (Split *s)
{
  s->remaining = s->total;
  for (guint i = 0; i < s->n; i++)
    if (!s->active[i])
      s->remaining -= s->out[i].keping;
}

/* offices at their caps are set aside until the others' quotas fit under theirs */
static void
set_aside_capped (Split *s)
{
  gboolean changed;

  do
    {
      changed = FALSE;
      s->weights = sum_weights (s);
      if (s->weights == 0 && s->n_active > 0 && !s->even)
        {
          s->even = TRUE;
          changed = TRUE;
          continue;
        }
      if (s->remaining == 0 || s->weights == 0)
        break;
      changed = hold_at_caps (s);
      if (changed)
        recount_remaining (s);
    }
  while (changed);
}

/* the whole parts, then a card each to the largest remainders */
static void
give_shares (Split *s)
{
  g_autofree Remainder *rems = g_new0 (Remainder, s->n);
  guint n_rems = 0;
  gint64 given = 0;

  for (guint i = 0; i < s->n; i++)
    {
      unsigned __int128 share;

      if (!s->active[i])
        continue;
      share = (unsigned __int128) s->remaining * weight_of (s, i);
      s->out[i].keping = (gint64) (share / s->weights);
      s->out[i].even = s->even;
      given += s->out[i].keping;
      rems[n_rems].index = i;
      rems[n_rems].remainder = share % s->weights;
      rems[n_rems].rank = s->in[i].rank;
      n_rems++;
    }
  qsort (rems, n_rems, sizeof *rems, compare_remainders);
  for (guint k = 0; given < s->remaining; k++)
    {
      g_assert (k < n_rems);
      s->out[rems[k].index].keping++;
      given++;
    }
  for (guint i = 0; i < s->n; i++)
    if (s->active[i] && s->in[i].cap >= 0 && s->out[i].keping == s->in[i].cap)
      s->out[i].at_cap = TRUE;
}

/**
 * dk_blangko_allocate:
 * @total: the blanks to split
 * @in: (array length=n): the offices
 * @out: (array length=n) (out caller-allocates): their shares
 *
 * Splits @total in whole cards in proportion to the weights by the largest-remainder
 * method, keeping shares set by hand and holding offices at their caps (see
 * dk-blangko-plan.h). The shares sum to @total exactly.
 *
 * Returns: %FALSE, with @error set and @out undefined, when it cannot be done: the shares
 *   set by hand exceed @total, or the caps leave blanks over
 */
gboolean
dk_blangko_allocate (gint64                     total,
                     guint                      n,
                     const DkBlangkoShareInput *in,
                     DkBlangkoShare            *out,
                     GError                   **error)
{
  g_autofree gboolean *active = g_new0 (gboolean, n);
  Split s = { .in = in, .out = out, .n = n, .total = total, .active = active, .remaining = total };

  g_return_val_if_fail (total >= 0, FALSE);

  if (!check_bounds (total, n, in, error) || !place_pinned (&s, error) || !check_room (&s, error))
    return FALSE;
  set_aside_capped (&s);
  if (s.remaining == 0)
    return TRUE;
  g_assert (s.weights > 0);
  give_shares (&s);
  return TRUE;
}

/* -------------------------------------------------------------------- plan */

struct _DkBlangkoPlan
{
  char      *parent;
  char       as_of[11];
  char       until[11];
  gint64     total;
  gint64     stock;
  GPtrArray *rows;    /* of DkBlangkoPlanRow, in code order */
};

static void
row_free (DkBlangkoPlanRow *row)
{
  dk_blangko_office_free (row->office);
  g_free (row);
}

void
dk_blangko_plan_free (DkBlangkoPlan *plan)
{
  if (plan == NULL)
    return;
  g_free (plan->parent);
  g_ptr_array_unref (plan->rows);
  g_free (plan);
}

static int
compare_rank (gconstpointer a,
              gconstpointer b)
{
  const DkBlangkoPlanRow *x = *(DkBlangkoPlanRow **) a, *y = *(DkBlangkoPlanRow **) b;
  int c = dk_blangko_office_compare_days (x->office, y->office);

  if (c != 0)
    return c;
  if (x->weight != y->weight)
    return x->weight > y->weight ? -1 : 1;
  return strcmp (x->office->kode, y->office->kode);
}

/* Splits again; on failure nothing changes. */
static gboolean
reallocate (DkBlangkoPlan  *plan,
            GError        **error)
{
  guint n = plan->rows->len;
  g_autofree DkBlangkoShareInput *in = g_new0 (DkBlangkoShareInput, n);
  g_autofree DkBlangkoShare *out = g_new0 (DkBlangkoShare, n);

  for (guint i = 0; i < n; i++)
    {
      DkBlangkoPlanRow *row = g_ptr_array_index (plan->rows, i);

      in[i].weight = row->weight;
      in[i].cap = row->cap;
      in[i].pinned = row->pinned ? row->keping : -1;
      in[i].rank = row->rank;
    }
  if (!dk_blangko_allocate (plan->total, n, in, out, error))
    return FALSE;
  for (guint i = 0; i < n; i++)
    {
      DkBlangkoPlanRow *row = g_ptr_array_index (plan->rows, i);

      row->keping = out[i].keping;
      row->at_cap = out[i].at_cap;
      row->even = out[i].even;
    }
  return TRUE;
}

/**
 * dk_blangko_plan_new:
 * @parent: the province, e.g. "13"
 * @total: the blanks to split, more than 0
 * @as_of: (nullable): the plan's date, %NULL for today; the daily reports are those of
 *   the 30 days to it
 * @until: (nullable): the date the needs are counted to, %NULL for @as_of + 30 days
 *
 * Returns: (transfer full): the proposed split, or %NULL on error
 */
DkBlangkoPlan *
dk_blangko_plan_new (DkStore     *store,
                     const char  *parent,
                     gint64       total,
                     const char  *as_of,
                     const char  *until,
                     GError     **error)
{
  g_autoptr(DkBlangkoPlan) plan = g_new0 (DkBlangkoPlan, 1);
  g_autoptr(GPtrArray) offices = NULL;
  g_autoptr(GPtrArray) ranked = NULL;
  g_autofree char *today = NULL;
  DkBlangkoStock stock;

  g_return_val_if_fail (DK_IS_STORE (store), NULL);

  plan->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) row_free);
  plan->parent = g_strdup (parent);
  if (total <= 0)
    {
      g_autofree char *t = _dk_blangko_count (total);

      g_set_error (error, DK_ERROR, DK_ERROR_INVALID, _("%s blanks cannot be split: give a number above 0"), t);
      return NULL;
    }
  plan->total = total;
  if (as_of == NULL)
    as_of = today = dk_blangko_today ();
  if (!(offices = dk_blangko_offices (store, parent, as_of, until, error)))
    return NULL;
  if (offices->len == 0)
    {
      g_set_error (error, DK_ERROR, DK_ERROR_NOT_FOUND, _("%s has no kabupaten/kota to split the blanks among"), parent);
      return NULL;
    }
  if (!dk_blangko_stock_at (store, as_of, &stock, error))
    return NULL;
  plan->stock = stock.stock;
  g_strlcpy (plan->as_of, as_of, sizeof plan->as_of);
  g_strlcpy (plan->until, ((DkBlangkoOffice *) g_ptr_array_index (offices, 0))->until, sizeof plan->until);

  for (guint i = 0; i < offices->len; i++)
    {
      DkBlangkoPlanRow *row = g_new0 (DkBlangkoPlanRow, 1);

      row->office = g_ptr_array_steal_index (offices, i--);
      row->weight = row->office->has_report ? row->office->need + row->office->suket : 0;
      row->cap = -1;
      g_ptr_array_add (plan->rows, row);
    }
  ranked = dk_blangko_plan_ranked (plan);
  for (guint i = 0; i < ranked->len; i++)
    ((DkBlangkoPlanRow *) g_ptr_array_index (ranked, i))->rank = i + 1;
  if (!reallocate (plan, error))
    return NULL;
  return g_steal_pointer (&plan);
}

gint64
dk_blangko_plan_get_total (DkBlangkoPlan *plan)
{
  return plan->total;
}

const char *
dk_blangko_plan_get_as_of (DkBlangkoPlan *plan)
{
  return plan->as_of;
}

const char *
dk_blangko_plan_get_until (DkBlangkoPlan *plan)
{
  return plan->until;
}

const char *
dk_blangko_plan_get_parent (DkBlangkoPlan *plan)
{
  return plan->parent;
}

/**
 * dk_blangko_plan_get_stock:
 *
 * Returns: the province's stock at the plan's date
 */
gint64
dk_blangko_plan_get_stock (DkBlangkoPlan *plan)
{
  return plan->stock;
}

guint
dk_blangko_plan_get_n_rows (DkBlangkoPlan *plan)
{
  return plan->rows->len;
}

/**
 * dk_blangko_plan_get_row:
 *
 * Returns: (transfer none): the @i-th office in code order
 */
DkBlangkoPlanRow *
dk_blangko_plan_get_row (DkBlangkoPlan *plan,
                         guint          i)
{
  g_return_val_if_fail (i < plan->rows->len, NULL);
  return g_ptr_array_index (plan->rows, i);
}

/**
 * dk_blangko_plan_find:
 *
 * Returns: (transfer none) (nullable): the office @kode's row
 */
DkBlangkoPlanRow *
dk_blangko_plan_find (DkBlangkoPlan *plan,
                      const char    *kode)
{
  for (guint i = 0; i < plan->rows->len; i++)
    {
      DkBlangkoPlanRow *row = g_ptr_array_index (plan->rows, i);

      if (g_strcmp0 (row->office->kode, kode) == 0)
        return row;
    }
  return NULL;
}

/**
 * dk_blangko_plan_ranked:
 *
 * Returns: (transfer container) (element-type DkBlangkoPlanRow): the rows, most urgent first
 */
GPtrArray *
dk_blangko_plan_ranked (DkBlangkoPlan *plan)
{
  GPtrArray *ranked = g_ptr_array_new ();

  for (guint i = 0; i < plan->rows->len; i++)
    g_ptr_array_add (ranked, g_ptr_array_index (plan->rows, i));
  g_ptr_array_sort (ranked, compare_rank);
  return ranked;
}

static DkBlangkoPlanRow *
find_or_fail (DkBlangkoPlan  *plan,
              const char     *kode,
              GError        **error)
{
  DkBlangkoPlanRow *row = dk_blangko_plan_find (plan, kode);

  if (row == NULL)
    g_set_error (error, DK_ERROR, DK_ERROR_INVALID, _("%s is not a kabupaten/kota of %s"), kode, plan->parent);
  return row;
}

/**
 * dk_blangko_plan_set_total:
 *
 * Splits another number of blanks, keeping the shares set by hand and the caps.
 */
gboolean
dk_blangko_plan_set_total (DkBlangkoPlan  *plan,
                           gint64          total,
                           GError        **error)
{
  gint64 old = plan->total;

  if (total <= 0)
    {
      g_autofree char *t = _dk_blangko_count (total);

      g_set_error (error, DK_ERROR, DK_ERROR_INVALID, _("%s blanks cannot be split: give a number above 0"), t);
      return FALSE;
    }
  plan->total = total;
  if (reallocate (plan, error))
    return TRUE;
  plan->total = old;
  return FALSE;
}

/**
 * dk_blangko_plan_set_cap:
 * @cap: the most the office may get, or -1 for no cap
 *
 * Returns: %FALSE, the plan unchanged, when the caps no longer let every blank be given
 */
gboolean
dk_blangko_plan_set_cap (DkBlangkoPlan  *plan,
                         const char     *kode,
                         gint64          cap,
                         GError        **error)
{
  DkBlangkoPlanRow *row = find_or_fail (plan, kode, error);
  gint64 old;

  if (row == NULL)
    return FALSE;
  old = row->cap;
  row->cap = cap < 0 ? -1 : cap;
  if (reallocate (plan, error))
    return TRUE;
  g_prefix_error (error, "%s: ", row->office->wilayah);
  row->cap = old;
  return FALSE;
}

/**
 * dk_blangko_plan_set_share:
 *
 * Sets an office's share by hand; the other offices' shares are split again over what
 * remains. Refused, the plan unchanged, when the share is negative, above the office's
 * cap or leaves the others unable to take the rest.
 */
gboolean
dk_blangko_plan_set_share (DkBlangkoPlan  *plan,
                           const char     *kode,
                           gint64          keping,
                           GError        **error)
{
  DkBlangkoPlanRow *row = find_or_fail (plan, kode, error);
  gint64 old_keping;
  gboolean old_pinned;

  if (row == NULL)
    return FALSE;
  if (keping < 0)
    {
      g_set_error (error, DK_ERROR, DK_ERROR_INVALID, _("%s: a share cannot be negative"), row->office->wilayah);
      return FALSE;
    }
  if (row->cap >= 0 && keping > row->cap)
    {
      g_autofree char *k = _dk_blangko_count (keping), *c = _dk_blangko_count (row->cap);

      g_set_error (error, DK_ERROR, DK_ERROR_INVALID, _("%s: %s is above its cap of %s"), row->office->wilayah, k, c);
      return FALSE;
    }
  if (keping > plan->total)
    {
      g_autofree char *k = _dk_blangko_count (keping), *t = _dk_blangko_count (plan->total);

      g_set_error (error, DK_ERROR, DK_ERROR_INVALID, _("%s: %s is more than the %s blanks to split"),
                   row->office->wilayah, k, t);
      return FALSE;
    }
  old_keping = row->keping;
  old_pinned = row->pinned;
  row->keping = keping;
  row->pinned = TRUE;
  if (reallocate (plan, error))
    return TRUE;
  row->keping = old_keping;
  row->pinned = old_pinned;
  return FALSE;
}

/**
 * dk_blangko_plan_release:
 *
 * Gives an office's share set by hand back to the rule.
 */
void
dk_blangko_plan_release (DkBlangkoPlan *plan,
                         const char    *kode)
{
  DkBlangkoPlanRow *row = dk_blangko_plan_find (plan, kode);
  g_autoptr(GError) error = NULL;

  if (row == NULL || !row->pinned)
    return;
  row->pinned = FALSE;
  /* more room than before: it cannot fail */
  if (!reallocate (plan, &error))
    g_critical ("%s", error->message);
}

/* ----------------------------------------------------------------- reasons */

typedef struct
{
  gboolean        indonesian;
  DkNumberFormat  fmt;
} Words;

static char *
words_count (Words  *w,
             gint64  value)
{
  return dk_format_int (&w->fmt, value);
}

static char *
words_date (Words      *w,
            const char *iso)
{
  return w->indonesian ? dk_format_date_indonesian (iso) : dk_format_date_long (iso);
}

static char *
words_tenths (Words  *w,
              gint64  x10)
{
  g_autofree char *whole = dk_format_int (&w->fmt, x10 / 10);

  if (x10 % 10 == 0)
    return g_steal_pointer (&whole);
  return g_strdup_printf ("%s%s%d", whole, w->fmt.decimal, (int) (x10 % 10));
}

/**
 * dk_blangko_plan_row_reason:
 * @indonesian: in the report's language, Indonesian, whatever the user's (for the
 *   workbook); otherwise in the user's
 *
 * Returns: (transfer full): why the office gets its share, in a line
 */
char *
dk_blangko_plan_row_reason (DkBlangkoPlan    *plan,
                            DkBlangkoPlanRow *row,
                            gboolean          indonesian)
{
  DkBlangkoOffice *o = row->office;
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  Words w = { indonesian };
  g_autofree char *as_of = NULL;

  if (indonesian)
    dk_number_format_init (&w.fmt, ".", ",");
  else
    dk_number_format_init_locale (&w.fmt);
  as_of = words_date (&w, plan->as_of);

  if (!o->has_report)
    g_ptr_array_add (parts, g_strdup_printf (indonesian ? "Tidak ada laporan harian dalam 30 hari s.d. %s"
                                                        : _("No daily report in the 30 days to %s"), as_of));
  else
    {
      g_autofree char *sisa = words_count (&w, o->sisa);
      g_autofree char *prr = words_count (&w, o->prr);
      g_autofree char *suket = words_count (&w, o->suket);
      g_autofree char *need = words_count (&w, o->need);
      g_autofree char *until = words_date (&w, plan->until);

      if (o->sisa == 0)
        g_ptr_array_add (parts, g_strdup (indonesian ? "Blangko habis" : _("Out of blanks")));
      else if (o->runs_out)
        {
          g_autofree char *days = words_tenths (&w, o->days_left_x10);
          g_autofree char *out = words_date (&w, o->run_out);

          /* Translators: the first part of a plan's reason: days of stock, the date it runs out */
          g_ptr_array_add (parts, g_strdup_printf (indonesian ? "Stok %s hari (habis %s)" : _("Stock for %s days (out on %s)"),
                                                   days, out));
        }
      else
        g_ptr_array_add (parts, g_strdup_printf (indonesian ? "Sisa %s, tidak ada pencetakan dalam 30 hari"
                                                            : _("%s left, nothing printed in 30 days"), sisa));
      if (o->since_report > 0)
        {
          g_autofree char *since = words_count (&w, o->since_report);

          g_ptr_array_add (parts, g_strdup_printf (indonesian ? "termasuk %s yang dikirim setelah laporannya"
                                                              : _("including %s sent after its report"), since));
        }
      g_ptr_array_add (parts, g_strdup_printf ("PRR %s", prr));
      g_ptr_array_add (parts, g_strdup_printf (indonesian ? "Suket %s dalam 30 hari" : _("%s Suket in 30 days"), suket));
      /* Translators: part of a plan's reason: blanks needed, date */
      g_ptr_array_add (parts, g_strdup_printf (indonesian ? "kebutuhan %s s.d. %s" : _("needs %s by %s"), need, until));
    }
  if (row->pinned)
    g_ptr_array_add (parts, g_strdup (indonesian ? "ditetapkan manual" : _("set by hand")));
  else if (row->at_cap && row->cap >= 0)
    {
      g_autofree char *cap = words_count (&w, row->cap);

      g_ptr_array_add (parts, g_strdup_printf (indonesian ? "dibatasi %s keping" : _("held at its cap of %s"), cap));
    }
  else if (row->even)
    g_ptr_array_add (parts, g_strdup (indonesian ? "dibagi rata: tidak ada kebutuhan yang dilaporkan"
                                                 : _("split evenly: no need reported")));
  g_ptr_array_add (parts, NULL);
  return g_strjoinv ("; ", (char **) parts->pdata);
}

/**
 * dk_blangko_plan_rule:
 *
 * Returns: the priority rule in a paragraph, in the user's language
 */
const char *
dk_blangko_plan_rule (void)
{
  return _("Each office’s weight is the blanks it needs to keep printing at its pace of the last 30 days until "
           "the horizon date and to print its waiting PRR, beyond its stock, plus the Suket it issued in those "
           "30 days. The blanks are split in proportion to the weights in whole cards (largest remainders), "
           "within any caps. Offices are ranked by days of stock left, fewest first.");
}

/* ------------------------------------------------------------------ record */

/**
 * dk_blangko_plan_record:
 * @tanggal: the distributions' date
 * @catatan: (nullable): a note on the plan
 * @rencana_id: (out) (optional): the recorded plan's id
 *
 * Records the approved plan and a distribution for every office with a share, in one
 * transaction: all of it or, on any error (such as fewer blanks in stock than the plan
 * splits), nothing.
 */
gboolean
dk_blangko_plan_record (DkStore          *store,
                        DkBlangkoPlan    *plan,
                        const char       *tanggal,
                        DkBlangkoMethod   method,
                        const char       *catatan,
                        gint64           *rencana_id,
                        GError          **error)
{
  static const char *const tables[] = { "blangko_rencana", "blangko_distribusi", NULL };
  g_auto(DkHistoryRows) rows = { { 0 } };
  g_autoptr(DkDbStmt) stmt = NULL;
  gint64 id, lowest, sum = 0;
  char day[11];

  g_return_val_if_fail (DK_IS_STORE (store), FALSE);

  if (!dk_date_check_iso (tanggal, NULL, error))
    return FALSE;
  for (guint i = 0; i < plan->rows->len; i++)
    sum += ((DkBlangkoPlanRow *) g_ptr_array_index (plan->rows, i))->keping;
  g_return_val_if_fail (sum == plan->total, FALSE);

  if (!_dk_store_begin (store, error))
    return FALSE;
  if (!_dk_blangko_history_begin (&rows, store, tables, NULL, error) ||
      !_dk_blangko_lowest_stock_from (store, tanggal, &lowest, day, error))
    goto failed;
  if (lowest < plan->total)
    {
      g_autofree char *have = _dk_blangko_count (lowest), *want = _dk_blangko_count (plan->total);
      g_autofree char *date = dk_format_date_long (day);

      /* Translators: a plan that cannot be recorded: date, stock, blanks of the plan */
      g_set_error (error, DK_ERROR, DK_ERROR_INVALID,
                   _("On %s the province has %s blanks in stock, fewer than the %s the plan splits; "
                     "record the receipt first"), date, have, want);
      goto failed;
    }
  stmt = _dk_store_prepare (store, "INSERT INTO blangko_rencana (tanggal, per, keping, catatan) VALUES (?1, ?2, ?3, ?4) "
                                   "RETURNING id",
                            error);
  if (stmt == NULL)
    goto failed;
  dk_db_bind_text (stmt, 1, tanggal);
  dk_db_bind_text (stmt, 2, plan->as_of);
  dk_db_bind_int64 (stmt, 3, plan->total);
  dk_db_bind_text (stmt, 4, catatan != NULL ? catatan : "");
  if (!_dk_store_step_id (store, stmt, &id, error))
    goto failed;
  for (guint i = 0; i < plan->rows->len; i++)
    {
      DkBlangkoPlanRow *row = g_ptr_array_index (plan->rows, i);
      DkBlangkoDistributionInput in = { tanggal, row->office->kode, NULL, row->keping, method, catatan };

      if (row->keping > 0 && !_dk_blangko_insert_distribution (store, &in, id, NULL, error))
        goto failed;
    }
  if (!_dk_history_rows_end (&rows, store, _("Allocation plan recorded as distributions"), error))
    goto failed;
  if (!_dk_store_commit (store, error))
    return FALSE;
  if (rencana_id != NULL)
    *rencana_id = id;
  return TRUE;

failed:
  _dk_store_rollback (store);
  return FALSE;
}
