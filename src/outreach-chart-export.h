/* outreach-chart-export.h: the organisation chart as SVG and PDF, for
 * posters and leaflets (cairo and pango, no GTK: the command line draws it
 * without a display)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "outreach-content.h"

G_BEGIN_DECLS

typedef enum
{
  OUTREACH_CHART_FORMAT_SVG,
  OUTREACH_CHART_FORMAT_PDF,
} OutreachChartFormat;

gboolean  outreach_chart_format_for_filename (const char           *filename,
                                              OutreachChartFormat  *format,
                                              GError              **error);

GBytes   *outreach_chart_export_bytes        (OutreachContent      *content,
                                              const char           *root_id,
                                              OutreachChartFormat   format,
                                              GError              **error);

gboolean  outreach_chart_export              (OutreachContent      *content,
                                              const char           *root_id,
                                              const char           *filename,
                                              const char           *keep,
                                              GError              **error);

G_END_DECLS
