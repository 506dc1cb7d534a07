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
 * This file measures and lays out the chart, and names and writes its
 * file; outreach-chart-export-draw.c draws it, in SVG or PDF; the sizes,
 * colours and the laid-out chart they share are in
 * outreach-chart-export-private.h.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <math.h>
#include <string.h>

#include <cairo.h>
#include <glib/gi18n.h>
#include <pango/pangocairo.h>

#include "outreach-chart-export-private.h"
#include "outreach-file.h"
#include "outreach-text.h"

/* The ids an unknown one is answered with: enough to see the pattern */
#define LISTED_IDS 50

const FontSpec _outreach_chart_export_fonts[N_FONTS] = {
  [FONT_TITLE] = { FONT_FAMILIES " Bold 24", 24, TRUE },
  [FONT_NAME] = { FONT_FAMILIES " Bold 11", 11, TRUE },
  [FONT_DETAILS] = { FONT_FAMILIES " 9", 9, FALSE },
};

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
      PangoFontDescription *description =
        pango_font_description_from_string (_outreach_chart_export_fonts[i].pango);

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
  return format == OUTREACH_CHART_FORMAT_SVG ? _outreach_chart_export_to_svg (&chart)
                                              : _outreach_chart_export_to_pdf (&chart, content,
                                                                               error);
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
