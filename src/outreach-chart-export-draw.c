/* outreach-chart-export-draw.c: the organisation chart drawn, as SVG or PDF
 *
 * The chart measured and laid out (outreach-chart-export.c) drawn on a
 * canvas: SVG text written here, each line of a name a <text> element and
 * each box a group titled with the unit's full name, or a cairo context on
 * a PDF surface, its text laid out by pangocairo.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <math.h>
#include <string.h>

#include <cairo.h>
#include <cairo-pdf.h>
#include <glib/gi18n.h>
#include <pango/pangocairo.h>

#include "outreach-chart-export-private.h"

/* Where the drawing goes: a cairo context (PDF) or SVG text */
typedef struct
{
  cairo_t *cr;
  GString *svg;
} Canvas;

static void
set_source (cairo_t *cr,
            guint32  colour)
{
  cairo_set_source_rgb (cr, ((colour >> 16) & 0xff) / 255.0, ((colour >> 8) & 0xff) / 255.0,
                        (colour & 0xff) / 255.0);
}

/* A number for SVG, whatever the locale: "12.5", never "12,5" */
static void
append_number (GString *out,
               double   value)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  g_ascii_formatd (buffer, sizeof buffer, "%.2f", value);
  if (strchr (buffer, '.') != NULL)
    {
      char *end = buffer + strlen (buffer) - 1;

      while (*end == '0')
        *end-- = '\0';
      if (*end == '.')
        *end = '\0';
    }
  g_string_append (out, strcmp (buffer, "-0") == 0 ? "0" : buffer);
}

/* @format with %N for a number (append_number()) and %s for text, escaped */
static void
svg_printf (GString    *out,
            const char *format,
            ...)
{
  va_list args;

  va_start (args, format);
  for (const char *p = format; *p != '\0'; p++)
    {
      if (p[0] == '%' && p[1] == 'N')
        append_number (out, va_arg (args, double));
      else if (p[0] == '%' && p[1] == 's')
        {
          g_autofree char *escaped = g_markup_escape_text (va_arg (args, const char *), -1);

          g_string_append (out, escaped);
        }
      else if (p[0] == '%' && p[1] == 'c')
        g_string_append_printf (out, "#%06x", va_arg (args, guint32));
      else
        {
          g_string_append_c (out, *p);
          continue;
        }
      p++;
    }
  va_end (args);
}

static void
draw_box (Canvas                 *canvas,
          const OutreachChartBox *box,
          guint32                 fill,
          guint32                 border)
{
  if (canvas->cr != NULL)
    {
      cairo_t *cr = canvas->cr;
      double r = RADIUS, x = box->x, y = box->y, w = box->width, h = box->height;

      cairo_new_sub_path (cr);
      cairo_arc (cr, x + w - r, y + r, r, -G_PI / 2, 0);
      cairo_arc (cr, x + w - r, y + h - r, r, 0, G_PI / 2);
      cairo_arc (cr, x + r, y + h - r, r, G_PI / 2, G_PI);
      cairo_arc (cr, x + r, y + r, r, G_PI, 3 * G_PI / 2);
      cairo_close_path (cr);
      set_source (cr, fill);
      cairo_fill_preserve (cr);
      set_source (cr, border);
      cairo_set_line_width (cr, BORDER_WIDTH);
      cairo_stroke (cr);
      return;
    }
  svg_printf (canvas->svg,
              "<rect x=\"%N\" y=\"%N\" width=\"%N\" height=\"%N\" rx=\"%N\" fill=\"%c\" "
              "stroke=\"%c\" stroke-width=\"%N\"/>\n",
              box->x, box->y, box->width, box->height, RADIUS, fill, border, BORDER_WIDTH);
}

/* A line of text centred on @centre, its top at @top */
static void
draw_line (Canvas     *canvas,
           Chart      *chart,
           const Line *line,
           double      centre,
           double      top,
           guint32     colour)
{
  if (canvas->cr != NULL)
    {
      PangoLayout *layout = chart->layouts[line->font];

      pango_layout_set_width (layout, -1);
      pango_layout_set_text (layout, line->text, -1);
      set_source (canvas->cr, colour);
      cairo_move_to (canvas->cr, centre - line->width / 2, top);
      pango_cairo_show_layout (canvas->cr, layout);
      return;
    }
  /* the width measured here, whatever font the reader has: a wider one
   * than Cantarell squeezed into the box rather than spilling out of it */
  svg_printf (canvas->svg,
              "<text x=\"%N\" y=\"%N\" text-anchor=\"middle\" font-size=\"%N\" fill=\"%c\" "
              "textLength=\"%N\" lengthAdjust=\"spacingAndGlyphs\"",
              centre, top + line->baseline, _outreach_chart_export_fonts[line->font].size, colour,
              line->width);
  if (_outreach_chart_export_fonts[line->font].bold)
    g_string_append (canvas->svg, " font-weight=\"bold\"");
  if (line->rtl)
    g_string_append (canvas->svg, " direction=\"rtl\"");
  svg_printf (canvas->svg, ">%s</text>\n", line->text);
}

/* Each parent's line down to the middle of the gap, across its children,
 * and down to each (across, then along, left to right) */
static void
draw_connectors (Canvas *canvas,
                 Chart  *chart)
{
  gboolean down = chart->orientation == OUTREACH_CHART_TOP_DOWN;
  g_autofree double *first = g_new (double, chart->n);
  g_autofree double *last = g_new (double, chart->n);
  g_autofree double *level = g_new (double, chart->n);
  GString *path = g_string_new (NULL);

  for (guint i = 0; i < chart->n; i++)
    first[i] = last[i] = level[i] = NAN;
  for (guint i = 0; i < chart->n; i++)
    {
      const OutreachChartBox *box = &chart->boxes[i];
      int p = chart->parent[i];
      double centre = down ? box->x + box->width / 2 : box->y + box->height / 2;

      if (p < 0)
        continue;
      if (isnan (first[p]) || centre < first[p])
        first[p] = centre;
      if (isnan (last[p]) || centre > last[p])
        last[p] = centre;
      /* children on a level share its band: the gap's middle is before it */
      level[p] = (down ? box->y : box->x) - LEVEL_GAP / 2;
    }

  for (guint i = 0; i < chart->n; i++)
    {
      const OutreachChartBox *box = &chart->boxes[i];
      int p = chart->parent[i];

      if (!isnan (level[i]))
        {
          double centre = down ? box->x + box->width / 2 : box->y + box->height / 2;
          double edge = down ? box->y + box->height : box->x + box->width;
          double from = MIN (first[i], centre), to = MAX (last[i], centre);

          if (down)
            svg_printf (path, "M%N %NV%NM%N %NH%N", centre, edge, level[i], from, level[i], to);
          else
            svg_printf (path, "M%N %NH%NM%N %NV%N", edge, centre, level[i], level[i], from, to);
        }
      if (p >= 0)
        {
          if (down)
            svg_printf (path, "M%N %NV%N", box->x + box->width / 2, level[p], box->y);
          else
            svg_printf (path, "M%N %NH%N", level[p], box->y + box->height / 2, box->x);
        }
    }

  if (canvas->svg != NULL)
    {
      if (path->len > 0)
        svg_printf (canvas->svg,
                    "<path d=\"%s\" fill=\"none\" stroke=\"%c\" stroke-width=\"%N\"/>\n",
                    path->str, (guint32) COLOUR_LINE, LINE_WIDTH);
    }
  else
    {
      /* the same path, in cairo's words */
      cairo_t *cr = canvas->cr;
      const char *p = path->str;

      while (*p != '\0')
        {
          char command = *p++;
          double a = g_ascii_strtod (p, (char **) &p);

          if (command == 'M')
            {
              double b = g_ascii_strtod (p, (char **) &p);

              cairo_move_to (cr, a, b);
            }
          else
            {
              double x, y;

              cairo_get_current_point (cr, &x, &y);
              if (command == 'H')
                cairo_line_to (cr, a, y);
              else
                cairo_line_to (cr, x, a);
            }
        }
      set_source (cr, COLOUR_LINE);
      cairo_set_line_width (cr, LINE_WIDTH);
      cairo_set_line_cap (cr, CAIRO_LINE_CAP_BUTT);
      cairo_stroke (cr);
    }
  g_string_free (path, TRUE);
}

static void
draw (Canvas *canvas,
      Chart  *chart)
{
  double top = MARGIN;

  if (canvas->cr != NULL)
    {
      set_source (canvas->cr, COLOUR_PAGE);
      cairo_paint (canvas->cr);
    }
  else
    svg_printf (canvas->svg, "<rect width=\"%N\" height=\"%N\" fill=\"%c\"/>\n",
                chart->width, chart->height, (guint32) COLOUR_PAGE);

  for (guint i = 0; i < chart->n_title; i++)
    {
      draw_line (canvas, chart, &chart->title[i], chart->width / 2, top, COLOUR_TEXT);
      top += chart->title[i].height;
    }

  draw_connectors (canvas, chart);

  for (guint i = 0; i < chart->n; i++)
    {
      const OutreachChartBox *box = &chart->boxes[i];
      BoxText *text = &chart->texts[i];
      gboolean top_unit = chart->parent[i] < 0;
      double y = box->y + PADDING_Y;

      if (canvas->svg != NULL)
        svg_printf (canvas->svg, "<g>\n<title>%s</title>\n",
                    outreach_unit_get_name (OUTREACH_UNIT (text->node)));
      draw_box (canvas, box, top_unit ? COLOUR_TOP : COLOUR_BOX,
                top_unit ? COLOUR_TOP_BORDER : COLOUR_BOX_BORDER);
      for (guint j = 0; j < text->n_lines; j++)
        {
          const Line *line = &text->lines[j];

          if (j > 0 && line->font != text->lines[j - 1].font)
            y += DETAILS_GAP;
          draw_line (canvas, chart, line, box->x + box->width / 2, y,
                     top_unit ? COLOUR_TOP_TEXT
                              : line->font == FONT_DETAILS ? COLOUR_DIM_TEXT : COLOUR_TEXT);
          y += line->height;
        }
      if (canvas->svg != NULL)
        g_string_append (canvas->svg, "</g>\n");
    }
}

GBytes *
_outreach_chart_export_to_svg (Chart *chart)
{
  GString *svg = g_string_new ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
  Canvas canvas = { NULL, svg };
  g_autofree char *title = NULL;

  for (guint i = 0; i < chart->n_title; i++)
    {
      char *longer = g_strconcat (title ? title : "", title ? " " : "", chart->title[i].text, NULL);

      g_free (title);
      title = longer;
    }
  svg_printf (svg,
              "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%Npt\" height=\"%Npt\" "
              "viewBox=\"0 0 %N %N\" font-family=\"%s\">\n<title>%s</title>\n",
              chart->width, chart->height, chart->width, chart->height, SVG_FONT_FAMILIES,
              title ? title : "");
  draw (&canvas, chart);
  g_string_append (svg, "</svg>\n");
  return g_string_free_to_bytes (svg);
}

static cairo_status_t
append_bytes (void                *data,
              const unsigned char *bytes,
              unsigned int         length)
{
  g_byte_array_append (data, bytes, length);
  return CAIRO_STATUS_SUCCESS;
}

GBytes *
_outreach_chart_export_to_pdf (Chart            *chart,
                               OutreachContent  *content,
                               GError          **error)
{
  g_autoptr(GByteArray) pdf = g_byte_array_new ();
  double scale = MIN (1.0, PDF_MAX_SIDE / MAX (chart->width, chart->height));
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;
  Canvas canvas = { NULL, NULL };

  surface = cairo_pdf_surface_create_for_stream (append_bytes, pdf, chart->width * scale,
                                                 chart->height * scale);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE,
                                  outreach_content_get_name (content));
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "serocu-outreach");
  cr = cairo_create (surface);
  cairo_scale (cr, scale, scale);
  canvas.cr = cr;
  draw (&canvas, chart);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  if (status != CAIRO_STATUS_SUCCESS)
    {
      /* Translators: %s is why, in cairo's words (in English) */
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("Cannot draw the chart: %s."),
                   cairo_status_to_string (status));
      return NULL;
    }
  return g_byte_array_free_to_bytes (g_steal_pointer (&pdf));
}
