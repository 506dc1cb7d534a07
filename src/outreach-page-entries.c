/* outreach-page-entries.c: a page's ways on, as buttons
 *
 * A page's calls to action (Home's first, where a visitor starts; another
 * page's last, where to go once it is read), the usual ones on Home for a
 * pack that lists none, and Home's way to the Structure page: the whole
 * unit as an organisation chart (win.show-structure), as the sidebar's
 * Structure row and the header bar's button have it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "outreach-accessible.h"
#include "outreach-page-entries.h"
#include "outreach-unit.h"

static GtkWidget *
entry_point (const char *label,
             const char *target)
{
  GtkWidget *button = gtk_button_new_with_label (label);

  gtk_widget_add_css_class (button, "entry-point");
  gtk_widget_add_css_class (button, "suggested-action");
  gtk_widget_set_hexpand (button, TRUE);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "win.show");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "s", target);
  return button;
}

/* Buttons side by side where there is room, one under the other where
 * there is not (a narrow window, large text on a display station) */
static GtkWidget *
entry_point_row (void)
{
  GtkWidget *row = _outreach_accessible_list_flow_box ();

  gtk_flow_box_set_selection_mode (GTK_FLOW_BOX (row), GTK_SELECTION_NONE);
  gtk_flow_box_set_homogeneous (GTK_FLOW_BOX (row), TRUE);
  gtk_flow_box_set_max_children_per_line (GTK_FLOW_BOX (row), 3);
  gtk_flow_box_set_column_spacing (GTK_FLOW_BOX (row), 12);
  gtk_flow_box_set_row_spacing (GTK_FLOW_BOX (row), 12);
  gtk_widget_set_margin_top (row, 12);
  gtk_widget_set_margin_bottom (row, 12);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Where to go next"), -1);
  return row;
}

static void
add_entry_point (GtkWidget  *row,
                 const char *label,
                 const char *target)
{
  GtkWidget *button = entry_point (label, target);

  gtk_flow_box_append (GTK_FLOW_BOX (row), _outreach_accessible_list_item (button));
  /* the button is the one stop for the keyboard, not its wrapper too */
  gtk_widget_set_focusable (gtk_widget_get_parent (button), FALSE);
}

/* The row, if it holds any: else nothing */
static GtkWidget *
entry_points (GtkWidget *row)
{
  if (gtk_widget_get_first_child (row) != NULL)
    return row;
  g_object_unref (g_object_ref_sink (row));
  return NULL;
}

/**
 * _outreach_page_entries_for_page:
 *
 * Returns: (transfer floating) (nullable): a page's calls to action, as
 *   the pack lists them
 */
GtkWidget *
_outreach_page_entries_for_page (OutreachPage *page)
{
  GtkWidget *row = entry_point_row ();

  for (guint i = 0; i < outreach_page_get_n_actions (page); i++)
    {
      const OutreachPageAction *action = outreach_page_get_action (page, i);

      if (action->target != NULL)
        add_entry_point (row, action->label, outreach_node_get_id (action->target));
    }
  return entry_points (row);
}

/**
 * _outreach_page_entries_usual_home:
 *
 * Returns: (transfer floating) (nullable): Home's buttons for a pack that
 *   does not list them: the first unit in the sidebar, and the pages
 *   "people" and "join-us" where the pack has them
 */
GtkWidget *
_outreach_page_entries_usual_home (OutreachContent *content)
{
  static const struct { const char *label; const char *id; } entries[] = {
    { N_("Explore the unit"), NULL },
    { N_("Meet our people"), "people" },
    { N_("Get in touch"), "join-us" },
  };
  GtkWidget *row = entry_point_row ();
  GListModel *sidebar = outreach_content_get_sidebar (content);

  for (guint i = 0; i < G_N_ELEMENTS (entries); i++)
    {
      const char *id = entries[i].id;

      /* "Explore" opens the first unit in the sidebar: the unit itself */
      for (guint k = 0; id == NULL && k < g_list_model_get_n_items (sidebar); k++)
        {
          g_autoptr(OutreachNode) node = g_list_model_get_item (sidebar, k);

          if (OUTREACH_IS_UNIT (node))
            id = outreach_node_get_id (node);
        }
      if (id != NULL && outreach_content_lookup (content, id) != NULL)
        add_entry_point (row, _(entries[i].label), id);
    }
  return entry_points (row);
}

/**
 * _outreach_page_entries_structure:
 *
 * Returns: (transfer floating) (nullable): Home's button for the Structure
 *   page, for a pack with units to draw
 */
GtkWidget *
_outreach_page_entries_structure (OutreachContent *content)
{
  GtkWidget *button, *box, *label;

  if (content == NULL || g_list_model_get_n_items (outreach_content_get_units (content)) == 0)
    return NULL;

  box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  /* the icon is for the eye only */
  gtk_box_append (GTK_BOX (box), g_object_new (GTK_TYPE_IMAGE,
                                               "icon-name", "network-workgroup-symbolic",
                                               "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION,
                                               NULL));
  label = gtk_label_new (_("See the whole structure as a chart"));
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_box_append (GTK_BOX (box), label);

  button = gtk_button_new ();
  gtk_button_set_child (GTK_BUTTON (button), box);
  gtk_widget_add_css_class (button, "structure-link");
  gtk_widget_set_halign (button, GTK_ALIGN_START);
  gtk_widget_set_margin_bottom (button, 12);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "win.show-structure");
  /* named by its words, once, for a screen reader (not the icon's too) */
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("See the whole structure as a chart"), -1);
  return button;
}
