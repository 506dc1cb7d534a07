/* outreach-search-result-row.c: one search result, as the results list shows it
 *
 * What kind of page it is and where it is ("Team in the Regional Economic
 * Crime Unit"), its title, and a snippet of its text with the words that
 * matched highlighted. Its name for a screen reader says the same in one
 * line, with the snippet as its description.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "outreach-column.h"
#include "outreach-search-result-row.h"
#include "outreach-unit.h"

struct _OutreachSearchResultRow
{
  GtkBox                parent_instance;

  OutreachSearchResult *result;

  GtkLabel             *kind_label;
  GtkLabel             *title_label;
  GtkLabel             *snippet_label;
};

G_DEFINE_FINAL_TYPE (OutreachSearchResultRow, outreach_search_result_row, GTK_TYPE_BOX)

enum {
  PROP_0,
  PROP_RESULT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static PangoAttrList *
highlight_matches (OutreachSearchResult *result)
{
  PangoAttrList *attrs = pango_attr_list_new ();
  const OutreachMatch *matches;
  guint n;

  matches = outreach_search_result_get_matches (result, &n);
  for (guint i = 0; i < n; i++)
    {
      /* bold, and dark on yellow whatever the theme: not colour alone */
      PangoAttribute *attr[] = {
        pango_attr_weight_new (PANGO_WEIGHT_BOLD),
        pango_attr_background_new (0xf6f6, 0xd3d3, 0x2d2d),
        pango_attr_foreground_new (0x0000, 0x0000, 0x0000),
      };

      for (guint k = 0; k < G_N_ELEMENTS (attr); k++)
        {
          attr[k]->start_index = matches[i].start;
          attr[k]->end_index = matches[i].end;
          pango_attr_list_insert (attrs, attr[k]);
        }
    }
  return attrs;
}

static OutreachNode *
parent_of (OutreachSearchResult *result)
{
  return outreach_node_get_parent (outreach_search_result_get_node (result));
}

/* "Team in the Regional Economic Crime Unit", or "Unit" at the root */
static char *
dup_kind_line (OutreachSearchResult *result)
{
  OutreachNode *parent = parent_of (result);

  if (parent == NULL)
    return g_strdup (outreach_search_result_get_kind (result));
  /* Translators: above a search result's title: its kind, then the title
   * of the unit or page it is part of, e.g. "Team in the Regional Economic
   * Crime Unit" */
  if (!OUTREACH_IS_UNIT (parent))
    /* Translators: above a search result's title, where it is on a page
     * rather than in a unit: its kind, then the page's title, e.g.
     * "Person on “Our people”" */
    return g_strdup_printf (_("%1$s on “%2$s”"), outreach_search_result_get_kind (result),
                            outreach_node_get_title (parent));
  return g_strdup_printf (_("%1$s in the %2$s"), outreach_search_result_get_kind (result),
                          outreach_node_get_title (parent));
}

/**
 * outreach_search_result_row_dup_name:
 *
 * Returns: (transfer full): the result as a screen reader names it:
 *   "<title>, <kind> in the <parent's title>", or "<title>, <kind>" at the
 *   root; "" with no result
 */
char *
outreach_search_result_row_dup_name (OutreachSearchResultRow *self)
{
  OutreachNode *parent;

  g_return_val_if_fail (OUTREACH_IS_SEARCH_RESULT_ROW (self), NULL);

  if (self->result == NULL)
    return g_strdup ("");
  parent = parent_of (self->result);
  if (parent == NULL)
    /* Translators: a search result as a screen reader names it: its title,
     * then its kind, e.g. "About the unit, Page" */
    return g_strdup_printf (_("%1$s, %2$s"), outreach_search_result_get_title (self->result),
                            outreach_search_result_get_kind (self->result));
  /* Translators: a search result as a screen reader names it: its title,
   * its kind, then the title of the unit or page it is part of, e.g.
   * "Regional Asset Recovery Team, Team in the Regional Economic Crime Unit" */
  if (!OUTREACH_IS_UNIT (parent))
    /* Translators: a search result on a page rather than in a unit, as a
     * screen reader names it: its title, its kind, then the page's title,
     * e.g. "Jody, Person on “Our people”" */
    return g_strdup_printf (_("%1$s, %2$s on “%3$s”"),
                            outreach_search_result_get_title (self->result),
                            outreach_search_result_get_kind (self->result),
                            outreach_node_get_title (parent));
  return g_strdup_printf (_("%1$s, %2$s in the %3$s"),
                          outreach_search_result_get_title (self->result),
                          outreach_search_result_get_kind (self->result),
                          outreach_node_get_title (parent));
}

/**
 * outreach_search_result_row_describe:
 * @accessible: what a screen reader meets for this result (the list's row)
 *
 * Names @accessible for the result (see outreach_search_result_row_dup_name()),
 * with the snippet as its description.
 */
void
outreach_search_result_row_describe (OutreachSearchResultRow *self,
                                     GtkAccessible           *accessible)
{
  g_autofree char *name = NULL;

  g_return_if_fail (OUTREACH_IS_SEARCH_RESULT_ROW (self));

  name = outreach_search_result_row_dup_name (self);
  gtk_accessible_update_property (accessible,
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  self->result ? outreach_search_result_get_snippet (self->result) : "",
                                  -1);
}

OutreachSearchResult *
outreach_search_result_row_get_result (OutreachSearchResultRow *self)
{
  g_return_val_if_fail (OUTREACH_IS_SEARCH_RESULT_ROW (self), NULL);

  return self->result;
}

/**
 * outreach_search_result_row_set_result:
 * @result: (nullable): the result to show
 */
void
outreach_search_result_row_set_result (OutreachSearchResultRow *self,
                                       OutreachSearchResult    *result)
{
  g_autoptr(PangoAttrList) attrs = NULL;

  g_return_if_fail (OUTREACH_IS_SEARCH_RESULT_ROW (self));

  if (!g_set_object (&self->result, result))
    return;

  if (result != NULL)
    attrs = highlight_matches (result);
  if (result != NULL)
    {
      g_autofree char *kind = dup_kind_line (result);

      gtk_label_set_text (self->kind_label, kind);
    }
  else
    gtk_label_set_text (self->kind_label, "");
  gtk_label_set_text (self->title_label, result ? outreach_search_result_get_title (result) : "");
  gtk_label_set_text (self->snippet_label, result ? outreach_search_result_get_snippet (result) : "");
  gtk_label_set_attributes (self->snippet_label, attrs);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RESULT]);
}

static void
outreach_search_result_row_dispose (GObject *object)
{
  OutreachSearchResultRow *self = OUTREACH_SEARCH_RESULT_ROW (object);

  g_clear_object (&self->result);

  G_OBJECT_CLASS (outreach_search_result_row_parent_class)->dispose (object);
}

static void
outreach_search_result_row_get_property (GObject    *object,
                                         guint       prop_id,
                                         GValue     *value,
                                         GParamSpec *pspec)
{
  OutreachSearchResultRow *self = OUTREACH_SEARCH_RESULT_ROW (object);

  switch (prop_id)
    {
    case PROP_RESULT:
      g_value_set_object (value, self->result);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
outreach_search_result_row_set_property (GObject      *object,
                                         guint         prop_id,
                                         const GValue *value,
                                         GParamSpec   *pspec)
{
  OutreachSearchResultRow *self = OUTREACH_SEARCH_RESULT_ROW (object);

  switch (prop_id)
    {
    case PROP_RESULT:
      outreach_search_result_row_set_result (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
outreach_search_result_row_class_init (OutreachSearchResultRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = outreach_search_result_row_dispose;
  object_class->get_property = outreach_search_result_row_get_property;
  object_class->set_property = outreach_search_result_row_set_property;

  properties[PROP_RESULT] =
    g_param_spec_object ("result", NULL, NULL, OUTREACH_TYPE_SEARCH_RESULT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (OUTREACH_TYPE_COLUMN);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/uk/police/serocu/Outreach/ui/outreach-search-result-row.ui");
  gtk_widget_class_bind_template_child (widget_class, OutreachSearchResultRow, kind_label);
  gtk_widget_class_bind_template_child (widget_class, OutreachSearchResultRow, title_label);
  gtk_widget_class_bind_template_child (widget_class, OutreachSearchResultRow, snippet_label);
}

static void
outreach_search_result_row_init (OutreachSearchResultRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
outreach_search_result_row_new (void)
{
  return g_object_new (OUTREACH_TYPE_SEARCH_RESULT_ROW, NULL);
}
