/* outreach-char-width.c: a character's width in a widget's font, kept
 *
 * GtkLabel's "width-chars" and "max-width-chars" are counted in the width
 * of an average character (or of a digit, whichever is wider), which it
 * asks Pango for every time it is measured. Pango answers by shaping a
 * sample sentence in the font, anew each time: on the home page that was
 * some eighty sentences before the first frame, for a handful of fonts.
 * The reading column, the text blocks and the tree's rows ask here
 * instead: the answer is kept for each font (its description, size,
 * resolution, options and language), so each font is asked once.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <pango/pangocairo.h>

#include "outreach-char-width.h"

/* a few fonts for each text size the app has shown: kept until there are
 * this many, then started again */
#define MAX_KEPT 64

static GHashTable *kept;

static char *
font_key (PangoContext *context)
{
  const PangoFontDescription *desc = pango_context_get_font_description (context);
  const cairo_font_options_t *options = pango_cairo_context_get_font_options (context);
  g_autofree char *font = desc != NULL ? pango_font_description_to_string (desc) : g_strdup ("");

  return g_strdup_printf ("%s|%g|%lu|%s|%p", font, pango_cairo_context_get_resolution (context),
                          options != NULL ? cairo_font_options_hash (options) : 0UL,
                          pango_language_to_string (pango_context_get_language (context)),
                          (gpointer) pango_context_get_font_map (context));
}

/**
 * outreach_char_width:
 * @widget: a widget, whose font (from its style) is measured
 *
 * Pango's answer (pango_context_get_metrics ()), kept.
 *
 * Returns: the width in Pango units of a character in @widget's font, as
 *   GtkLabel counts "width-chars": the wider of an average character and
 *   a digit
 */
int
outreach_char_width_units (GtkWidget *widget)
{
  PangoContext *context = gtk_widget_get_pango_context (widget);
  g_autofree char *key = font_key (context);
  PangoFontMetrics *metrics;
  gpointer width;

  if (kept == NULL)
    kept = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  if (g_hash_table_lookup_extended (kept, key, NULL, &width))
    return GPOINTER_TO_INT (width);

  metrics = pango_context_get_metrics (context, NULL, NULL);
  width = GINT_TO_POINTER (MAX (pango_font_metrics_get_approximate_char_width (metrics),
                                pango_font_metrics_get_approximate_digit_width (metrics)));
  pango_font_metrics_unref (metrics);
  if (g_hash_table_size (kept) >= MAX_KEPT)
    g_hash_table_remove_all (kept);
  g_hash_table_insert (kept, g_steal_pointer (&key), width);
  return GPOINTER_TO_INT (width);
}
