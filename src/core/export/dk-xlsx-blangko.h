/* dk-xlsx-blangko.h — SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "dk-blangko.h"
#include "dk-blangko-plan.h"
#include "dk-blangko-usage.h"

G_BEGIN_DECLS

gboolean dk_xlsx_export_blangko_usage (DkBlangkoUsageMonth    *month,
                                       const DkBlangkoSigner  *signer,
                                       const char             *signed_on,
                                       const char             *path,
                                       GError                **error);
gboolean dk_xlsx_export_blangko_plan  (DkBlangkoPlan          *plan,
                                       const char             *province,
                                       const DkBlangkoSigner  *signer,
                                       const char             *signed_on,
                                       const char             *path,
                                       GError                **error);
char    *dk_xlsx_blangko_usage_name   (DkBlangkoUsageMonth    *month);
char    *dk_xlsx_blangko_plan_name    (DkBlangkoPlan          *plan);

G_END_DECLS
