/* outreach-chart-export-private.h: what the chart's export shares between its files
 *
 *   outreach-chart-export.c       the chart measured and laid out; the files' names and
 *                                 writing
 *   outreach-chart-export-draw.c  the chart drawn: as SVG text, or with cairo as a PDF
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <pango/pango.h>

#include "outreach-chart-export.h"
#include "outreach-chart-layout.h"

G_BEGIN_DECLS

/* Sizes, in points (1/72 inch) */
#define MARGIN          36.0
#define SIBLING_GAP     12.0
#define LEVEL_GAP       40.0
#define PADDING_X       10.0
#define PADDING_Y        8.0
#define DETAILS_GAP      3.0
#define NAME_WIDTH     150.0   /* a name wraps beyond this… */
#define MAX_NAME_WIDTH 330.0   /* …and its box widens to this before a name is cut short:
                                * 80 characters of the widest letters in three lines */
#define MIN_BOX_WIDTH   96.0
#define NAME_LINES       3
#define TITLE_LINES      2
#define TITLE_MIN_WIDTH 640.0   /* a title wraps beyond this, or the chart's width */
#define TITLE_GAP       24.0
#define RADIUS           8.0   /* as the app's cards (.contact-card, .route-card) */
#define LINE_WIDTH       1.25
#define BORDER_WIDTH     1.0
#define PDF_MAX_SIDE   14400.0 /* 200 inches */

/* A-series paper, landscape */
#define PAGE_RATIO G_SQRT2

/* Fonts: Adwaita's (Cantarell), else the system's sans-serif */
#define FONT_FAMILIES     "Cantarell,Sans"
#define SVG_FONT_FAMILIES "Cantarell, sans-serif"

/* The colours of data/style.css's light style, on white paper: its text
 * (#1e1e1e), its cards (the text at 3 % on the page, their borders at
 * 15 %), its accent (white on it: 5.3:1) for the chart's top, secondary
 * text as .dim-label (90 %), and lines at half the text's strength */
#define COLOUR_PAGE          0xffffff
#define COLOUR_TEXT          0x1e1e1e
#define COLOUR_DIM_TEXT      0x353535
#define COLOUR_BOX           0xf8f8f8
#define COLOUR_BOX_BORDER    0xdddddd
#define COLOUR_TOP           0x1b6acb   /* @outreach_accent_bg */
#define COLOUR_TOP_BORDER    0x1a5fb4   /* @outreach_accent_active */
#define COLOUR_TOP_TEXT      0xffffff   /* @outreach_accent_fg */
#define COLOUR_LINE          0x8f8f8f
typedef enum
{
  FONT_TITLE,
  FONT_NAME,
  FONT_DETAILS,
  N_FONTS
} Font;
typedef struct
{
  const char *pango;
  double      size;
  gboolean    bold;
} FontSpec;

extern const FontSpec _outreach_chart_export_fonts[N_FONTS];

/* One line of text, measured */
typedef struct
{
  char     *text;
  Font      font;
  double    width;
  double    height;
  double    baseline;
  gboolean  rtl;
} Line;

typedef struct
{
  OutreachNode *node;      /* (unowned): the pack holds it */
  Line          lines[NAME_LINES + 1];
  guint         n_lines;
} BoxText;

typedef struct
{
  PangoFontMap             *font_map;
  PangoContext             *context;
  PangoLayout              *layouts[N_FONTS];
  guint                     n;
  int                      *parent;
  OutreachChartBox         *boxes;
  BoxText                  *texts;
  Line                      title[TITLE_LINES];
  guint                     n_title;
  OutreachChartOrientation  orientation;
  double                    chart_width, chart_height;
  double                    chart_x, chart_y;   /* where the chart starts on the page */
  double                    width, height;      /* the page */
} Chart;

/* outreach-chart-export-draw.c */
GBytes *_outreach_chart_export_to_svg (Chart            *chart);
GBytes *_outreach_chart_export_to_pdf (Chart            *chart,
                                       OutreachContent  *content,
                                       GError          **error);

G_END_DECLS
