/* outreach-chart-export.c: the organisation chart as SVG and PDF (no GTK)
 *
 * For the stand's posters and leaflets: the pack's unit tree, or one
 * branch of it, as the app shows it — a rounded box for each unit with its
 * name (wrapped, at most three lines), its abbreviation and how many units
 * it has below it, lines from each parent to its children, the
 * organisation's name above — drawn at print quality, in vector form with
 * the text as text (a PDF's can be searched and copied, an SVG's read by a
 * screen reader, and either one printed at any size).
 *
 * The boxes are measured with pango, at 72 points to the inch and with no
 * hinting, so that a measure is the same on every output; they are placed
 * by outreach_chart_layout_best_orientation() for an A-series landscape
 * page (√2 : 1): top-down where that fits such a page as well, else left to
 * right (a wide unit, such as the built-in pack's fourteen capabilities).
 * The page is the chart's own size, in points: it is printed scaled to the
 * poster. A PDF page is at most 200 inches a side (the largest most PDF
 * readers open); a larger chart is scaled down to that.
 *
 * The PDF is drawn with cairo and pangocairo. The SVG is written here, not
 * by cairo, whose SVG output draws every letter as a shape: here each line
 * of a name is a <text> element, centred on its box, with the same lines as
 * the PDF, and each box a group whose <title> holds the unit's full name.
 * Pango orders right-to-left text in the PDF; in the SVG the reader does,
 * told the line's direction.
 *
 * Time and memory are linear in the number of units (measured: README,
 * "Command line").
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <math.h>
#include <string.h>

#include <cairo.h>
#include <cairo-pdf.h>
#include <glib/gi18n.h>
#include <pango/pangocairo.h>

#include "outreach-chart-export.h"
#include "outreach-chart-layout.h"
#include "outreach-file.h"
#include "outreach-text.h"

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

/* The ids an unknown one is answered with: enough to see the pattern */
#define LISTED_IDS 50

typedef enum
{
  FONT_TITLE,
  FONT_NAME,
  FONT_DETAILS,
  N_FONTS
} Font;

static const struct { const char *pango; double size; gboolean bold; } fonts[N_FONTS] = {
  [FONT_TITLE] = { FONT_FAMILIES " Bold 24", 24, TRUE },
  [FONT_NAME] = { FONT_FAMILIES " Bold 11", 11, TRUE },
  [FONT_DETAILS] = { FONT_FAMILIES " 9", 9, FALSE },
};

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

static void
line_clear (Line *line)
{
  g_clear_pointer (&line->text, g_free);
}

static void
chart_clear (Chart *chart)
{
  for (guint i = 0; chart->texts != NULL && i < chart->n; i++)
    for (guint j = 0; j < chart->texts[i].n_lines; j++)
      line_clear (&chart->texts[i].lines[j]);
  for (guint i = 0; i < chart->n_title; i++)
    line_clear (&chart->title[i]);
  for (guint i = 0; i < N_FONTS; i++)
    g_clear_object (&chart->layouts[i]);
  g_clear_object (&chart->context);
  g_clear_object (&chart->font_map);
  g_clear_pointer (&chart->parent, g_free);
  g_clear_pointer (&chart->boxes, g_free);
  g_clear_pointer (&chart->texts, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Chart, chart_clear)

/* Measuring: points at 72 to the inch, no hinting, positions unrounded,
 * so that the PDF and the SVG (and any printer) agree */
static void
chart_init_text (Chart *chart)
{
  cairo_font_options_t *options = cairo_font_options_create ();

  /* a font map of its own, whose fonts go with it (the default one's
   * stay for the life of the thread) */
  chart->font_map = pango_cairo_font_map_new ();
  chart->context = pango_font_map_create_context (chart->font_map);
  pango_cairo_context_set_resolution (chart->context, 72);
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  cairo_font_options_set_antialias (options, CAIRO_ANTIALIAS_GRAY);
  pango_cairo_context_set_font_options (chart->context, options);
  cairo_font_options_destroy (options);
  pango_context_set_round_glyph_positions (chart->context, FALSE);

  for (guint i = 0; i < N_FONTS; i++)
    {
      PangoFontDescription *description = pango_font_description_from_string (fonts[i].pango);

      chart->layouts[i] = pango_layout_new (chart->context);
      pango_layout_set_font_description (chart->layouts[i], description);
      pango_layout_set_wrap (chart->layouts[i], PANGO_WRAP_WORD_CHAR);
      pango_font_description_free (description);
    }
}

/* @text on one line, measured */
static void
measure (Chart      *chart,
         Font        font,
         const char *text,
         Line       *line)
{
  PangoLayout *layout = chart->layouts[font];
  PangoRectangle logical;

  pango_layout_set_width (layout, -1);
  pango_layout_set_text (layout, text, -1);
  pango_layout_get_extents (layout, NULL, &logical);
  line->font = font;
  line->width = (double) logical.width / PANGO_SCALE;
  line->height = (double) logical.height / PANGO_SCALE;
  line->baseline = (double) pango_layout_get_baseline (layout) / PANGO_SCALE;
  line->rtl = pango_layout_get_line_readonly (layout, 0)->resolved_dir == PANGO_DIRECTION_RTL;
}

/* No control characters (XML cannot hold them, and a line break would make
 * a line of its own): a space for a line break or a tab, else U+FFFD */
static char *
printable (const char *text,
           gssize      length)
{
  GString *out = g_string_sized_new (length < 0 ? 16 : length);
  const char *end = length < 0 ? text + strlen (text) : text + length;

  for (const char *p = text; p < end; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == '\n' || c == '\r' || c == '\t')
        g_string_append_c (out, ' ');
      else if ((c < 0x20) || (c >= 0x7f && c < 0xa0) || c == 0xfffe || c == 0xffff)
        g_string_append_unichar (out, 0xfffd);
      else
        g_string_append_len (out, p, g_utf8_next_char (p) - p);
    }
  return g_strstrip (g_string_free (out, FALSE));
}

/* The longest start of @text that fits @max_width with "…" after it, cut
 * where a cursor may stand (never inside a letter and its accents) */
static char *
ellipsize (Chart      *chart,
           Font        font,
           const char *text,
           double      max_width)
{
  glong n_chars = g_utf8_strlen (text, -1);
  glong low = 0, high = n_chars;

  /* the largest number of characters that fits */
  while (low < high)
    {
      glong middle = (low + high + 1) / 2;
      g_autofree char *start = g_utf8_substring (text, 0, middle);
      g_autofree char *candidate = g_strconcat (g_strchomp (start), "…", NULL);
      Line line = { 0 };

      measure (chart, font, candidate, &line);
      if (line.width <= max_width)
        low = middle;
      else
        high = middle - 1;
    }
  /* not between a letter and its accents (nor inside a pair of joined
   * characters): the cut moves back to before the letter */
  while (low > 0 && low < n_chars)
    {
      gunichar next = g_utf8_get_char (g_utf8_offset_to_pointer (text, low));

      if (!g_unichar_ismark (next) && next != 0x200d && !(next >= 0xfe00 && next <= 0xfe0f))
        break;
      low--;
    }

  {
    g_autofree char *start = g_utf8_substring (text, 0, low);

    return g_strconcat (g_strchomp (start), "…", NULL);
  }
}

/* @text wrapped at @max_width into at most @max_lines lines, the last one
 * cut short with "…" if the text goes on; appended to @lines */
static guint
wrap (Chart      *chart,
      Font        font,
      const char *text,
      double      max_width,
      guint       max_lines,
      Line       *lines)
{
  PangoLayout *layout = chart->layouts[font];
  g_autofree char *clean = printable (text, -1);
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  guint n = 0;

  pango_layout_set_width (layout, (int) (max_width * PANGO_SCALE));
  pango_layout_set_text (layout, clean, -1);
  for (GSList *l = pango_layout_get_lines_readonly (layout); l != NULL; l = l->next)
    {
      PangoLayoutLine *line = l->data;

      if (parts->len == max_lines - 1 && l->next != NULL)
        {
          g_ptr_array_add (parts, ellipsize (chart, font, clean + line->start_index, max_width));
          break;
        }
      g_ptr_array_add (parts, g_strndup (clean + line->start_index, line->length));
    }

  for (guint i = 0; i < parts->len; i++)
    {
      char *part = g_strstrip (g_ptr_array_index (parts, i));

      if (*part == '\0')
        continue;
      lines[n].text = g_strdup (part);
      measure (chart, font, part, &lines[n]);
      n++;
    }
  return n;
}

/* A name in at most @max_lines lines, @width wide, or wider up to
 * MAX_NAME_WIDTH where that keeps it whole: a box of the usual width for
 * most names, a wider one for a long name rather than a name cut short */
static guint
wrap_name (Chart      *chart,
           Font        font,
           const char *text,
           double      width,
           guint       max_lines,
           Line       *lines)
{
  PangoLayout *layout = chart->layouts[font];
  g_autofree char *clean = printable (text, -1);
  PangoRectangle logical;

  pango_layout_set_text (layout, clean, -1);
  for (;;)
    {
      pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
      if ((guint) pango_layout_get_line_count (layout) <= max_lines || width >= MAX_NAME_WIDTH)
        break;
      pango_layout_set_width (layout, -1);
      pango_layout_get_extents (layout, NULL, &logical);
      /* a third of it at least, and a step further each time round */
      width = MIN (MAX_NAME_WIDTH,
                   MAX (width * 1.15, (double) logical.width / PANGO_SCALE / max_lines));
    }
  return wrap (chart, font, clean, width, max_lines, lines);
}

/* The line under a unit's name: its abbreviation, how many units it has
 * below it, or both */
static char *
details_for (OutreachNode *node)
{
  const char *abbreviation = outreach_unit_get_abbreviation (OUTREACH_UNIT (node));
  guint n_children = outreach_node_get_n_children (node);
  g_autofree char *count = NULL;

  if (n_children > 0)
    /* Translators: under a unit's name in the organisation chart: what its
     * children are called together (the pack's name for them, by default
     * "Capabilities" or "Teams") and how many it has, such as "Teams: 5" */
    count = g_strdup_printf (C_("organisation chart", "%s: %u"),
                             outreach_unit_get_children_heading (OUTREACH_UNIT (node)),
                             n_children);
  if (abbreviation != NULL && *abbreviation != '\0' && count != NULL)
    /* Translators: under a unit's name in the organisation chart, its
     * abbreviation and how many units it has below it, such as
     * "RECU · Teams: 5" */
    return g_strdup_printf (C_("organisation chart", "%s · %s"), abbreviation, count);
  if (abbreviation != NULL && *abbreviation != '\0')
    return g_strdup (abbreviation);
  return g_steal_pointer (&count);
}

/* The unit tree from @roots, in pre-order (each parent before its
 * children, siblings in the pack's order), without recursion */
static void
collect (Chart     *chart,
         GPtrArray *roots)
{
  g_autoptr(GPtrArray) nodes = g_ptr_array_new ();
  g_autoptr(GArray) parents = g_array_new (FALSE, FALSE, sizeof (int));
  g_autoptr(GPtrArray) stack = g_ptr_array_new ();
  g_autoptr(GArray) stack_parents = g_array_new (FALSE, FALSE, sizeof (int));

  for (guint i = roots->len; i > 0; i--)
    {
      int none = -1;

      g_ptr_array_add (stack, g_ptr_array_index (roots, i - 1));
      g_array_append_val (stack_parents, none);
    }
  while (stack->len > 0)
    {
      OutreachNode *node = g_ptr_array_steal_index (stack, stack->len - 1);
      int parent = g_array_index (stack_parents, int, stack_parents->len - 1);
      int self = nodes->len;
      GListModel *children = outreach_node_get_children (node);

      g_array_set_size (stack_parents, stack_parents->len - 1);
      g_ptr_array_add (nodes, node);
      g_array_append_val (parents, parent);
      for (guint i = children ? g_list_model_get_n_items (children) : 0; i > 0; i--)
        {
          g_autoptr(OutreachNode) child = g_list_model_get_item (children, i - 1);

          if (!OUTREACH_IS_UNIT (child))
            continue;
          /* (the parent holds the child) */
          g_ptr_array_add (stack, child);
          g_array_append_val (stack_parents, self);
        }
    }

  chart->n = nodes->len;
  chart->parent = (int *) g_array_free (g_steal_pointer (&parents), FALSE);
  chart->boxes = g_new0 (OutreachChartBox, chart->n);
  chart->texts = g_new0 (BoxText, chart->n);
  for (guint i = 0; i < chart->n; i++)
    chart->texts[i].node = g_ptr_array_index (nodes, i);
}

/* The pack's top units, or the one with @root_id; an unknown id lists
 * the units' */
static GPtrArray *
find_roots (OutreachContent  *content,
            const char       *root_id,
            GError          **error)
{
  GListModel *units = outreach_content_get_units (content);
  GPtrArray *roots = g_ptr_array_new ();
  OutreachNode *root;
  g_auto(Chart) all = { 0 };
  g_autoptr(GString) valid = NULL;
  g_autofree char *quoted = NULL;

  if (root_id == NULL)
    {
      for (guint i = 0; i < g_list_model_get_n_items (units); i++)
        {
          g_autoptr(OutreachNode) unit = g_list_model_get_item (units, i);

          /* (the pack holds it) */
          g_ptr_array_add (roots, unit);
        }
      if (roots->len == 0)
        {
          g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                               _("The pack has no units: there is no chart to draw."));
          g_clear_pointer (&roots, g_ptr_array_unref);
        }
      return roots;
    }

  root = outreach_content_lookup (content, root_id);
  if (root != NULL && OUTREACH_IS_UNIT (root))
    {
      g_ptr_array_add (roots, root);
      return roots;
    }

  /* every unit's id, in the order of the tree */
  for (guint i = 0; i < g_list_model_get_n_items (units); i++)
    {
      g_autoptr(OutreachNode) unit = g_list_model_get_item (units, i);

      g_ptr_array_add (roots, unit);
    }
  collect (&all, roots);
  g_ptr_array_unref (roots);
  valid = g_string_new (NULL);
  for (guint i = 0; i < MIN (all.n, LISTED_IDS); i++)
    g_string_append_printf (valid, "%s%s", i ? ", " : "",
                            outreach_node_get_id (all.texts[i].node));
  if (all.n > LISTED_IDS)
    /* Translators: after a list of ids, how many more there are */
    g_string_append_printf (valid, ngettext (" and %u more", " and %u more", all.n - LISTED_IDS),
                            all.n - LISTED_IDS);
  quoted = outreach_text_excerpt (root_id, -1, OUTREACH_TEXT_EXCERPT_CHARS);
  if (all.n == 0)
    g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                         _("The pack has no units: there is no chart to draw."));
  else
    /* Translators: the first %s is the id a person gave, the second a list of ids */
    g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                 _("No unit has the id “%s”. The chart can show the branch of any of these "
                   "units: %s."), quoted, valid->str);
  return NULL;
}

/* Each box's lines and size, the layout, the title, the page */
static gboolean
lay_out (Chart           *chart,
         OutreachContent *content)
{
  double title_width = 0, title_height = 0, title_max;

  for (guint i = 0; i < chart->n; i++)
    {
      BoxText *text = &chart->texts[i];
      g_autofree char *details = details_for (text->node);
      double width = 0, height = 0;

      text->n_lines = wrap_name (chart, FONT_NAME,
                                 outreach_unit_get_name (OUTREACH_UNIT (text->node)), NAME_WIDTH,
                                 NAME_LINES, text->lines);
      if (details != NULL)
        text->n_lines += wrap (chart, FONT_DETAILS, details, NAME_WIDTH, 1,
                               text->lines + text->n_lines);
      for (guint j = 0; j < text->n_lines; j++)
        {
          width = MAX (width, text->lines[j].width);
          height += text->lines[j].height;
          if (j > 0 && text->lines[j].font != text->lines[j - 1].font)
            height += DETAILS_GAP;
        }
      chart->boxes[i].width = MAX (MIN_BOX_WIDTH, ceil (width + 2 * PADDING_X));
      chart->boxes[i].height = ceil (height + 2 * PADDING_Y);
    }

  if (!outreach_chart_layout_best_orientation (chart->n, chart->parent, chart->boxes,
                                               SIBLING_GAP, LEVEL_GAP, PAGE_RATIO, 1.0,
                                               &chart->orientation, &chart->chart_width,
                                               &chart->chart_height))
    return FALSE;

  title_max = MAX (TITLE_MIN_WIDTH, chart->chart_width);
  chart->n_title = wrap (chart, FONT_TITLE, outreach_content_get_name (content), title_max,
                         TITLE_LINES, chart->title);
  for (guint i = 0; i < chart->n_title; i++)
    {
      title_width = MAX (title_width, chart->title[i].width);
      title_height += chart->title[i].height;
    }

  chart->width = ceil (MAX (chart->chart_width, title_width) + 2 * MARGIN);
  chart->height = ceil (MARGIN + title_height + TITLE_GAP + chart->chart_height + MARGIN);
  chart->chart_x = (chart->width - chart->chart_width) / 2;
  chart->chart_y = MARGIN + title_height + TITLE_GAP;
  for (guint i = 0; i < chart->n; i++)
    {
      chart->boxes[i].x += chart->chart_x;
      chart->boxes[i].y += chart->chart_y;
    }
  return TRUE;
}

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
              centre, top + line->baseline, fonts[line->font].size, colour, line->width);
  if (fonts[line->font].bold)
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

static GBytes *
to_svg (Chart *chart)
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

static GBytes *
to_pdf (Chart            *chart,
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

/**
 * outreach_chart_format_for_filename:
 * @filename: where the chart is to go
 * @format: (out): the format its name asks for
 *
 * Returns: %FALSE, with @error, for a name that ends in neither .svg nor
 *   .pdf (in any case)
 */
gboolean
outreach_chart_format_for_filename (const char           *filename,
                                    OutreachChartFormat  *format,
                                    GError              **error)
{
  g_autofree char *lower = g_ascii_strdown (filename, -1);
  g_autofree char *display = NULL;

  if (g_str_has_suffix (lower, ".svg"))
    *format = OUTREACH_CHART_FORMAT_SVG;
  else if (g_str_has_suffix (lower, ".pdf"))
    *format = OUTREACH_CHART_FORMAT_PDF;
  else
    {
      display = outreach_file_display_name (filename);
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   _("“%s” should end in .svg or .pdf."), display);
      return FALSE;
    }
  return TRUE;
}

/**
 * outreach_chart_export_bytes:
 * @content: the pack
 * @root_id: (nullable): the unit whose branch to draw; %NULL for the whole
 *   unit tree
 * @format: SVG or PDF
 * @error: an unknown @root_id (with the ids that would do), a pack with no
 *   units, or a drawing that failed
 *
 * Draws the organisation chart, titled with the organisation's name.
 *
 * Returns: (transfer full) (nullable): the file's bytes
 */
GBytes *
outreach_chart_export_bytes (OutreachContent      *content,
                             const char           *root_id,
                             OutreachChartFormat   format,
                             GError              **error)
{
  g_autoptr(GPtrArray) roots = NULL;
  g_auto(Chart) chart = { 0 };

  g_return_val_if_fail (OUTREACH_IS_CONTENT (content), NULL);

  if ((roots = find_roots (content, root_id, error)) == NULL)
    return NULL;
  collect (&chart, roots);
  chart_init_text (&chart);
  if (!lay_out (&chart, content))
    {
      /* (only a tree out of order, which collect() never makes) */
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("Cannot draw the chart: %s."),
                   "layout");
      return NULL;
    }
  return format == OUTREACH_CHART_FORMAT_SVG ? to_svg (&chart) : to_pdf (&chart, content, error);
}

/**
 * outreach_chart_export:
 * @content: the pack
 * @root_id: (nullable): the unit whose branch to draw; %NULL for the whole
 *   unit tree
 * @filename: FILE.svg or FILE.pdf
 * @keep: (nullable): a file never to write over: the pack's
 * @error: why not, in a sentence that names the file
 *
 * Draws the organisation chart into @filename, in the format its name asks
 * for: a new file, or in place of a regular one — never through a symbolic
 * link, into a device, or over @keep (outreach_file_write()).
 *
 * Returns: whether the chart was written
 */
gboolean
outreach_chart_export (OutreachContent  *content,
                       const char       *root_id,
                       const char       *filename,
                       const char       *keep,
                       GError          **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) local_error = NULL;
  OutreachChartFormat format;

  if (!outreach_chart_format_for_filename (filename, &format, error))
    return FALSE;
  if ((bytes = outreach_chart_export_bytes (content, root_id, format, error)) == NULL)
    return FALSE;
  if (!outreach_file_write (filename, bytes, keep, &local_error))
    {
      g_autofree char *display = outreach_file_display_name (filename);

      /* Translators: the first %s is a file name, the second why, such as
       * "the disk is full" */
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("Cannot write %s: %s."), display,
                   local_error->message);
      return FALSE;
    }
  return TRUE;
}
