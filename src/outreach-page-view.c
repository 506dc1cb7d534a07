/* outreach-page-view.c
 *
 * One widget renders every kind of node: they share the header (breadcrumb,
 * title, subtitle), the scrolling and the text column, and differ only in
 * the body, which is built from the model here: headings, paragraphs,
 * quotes and lists, with the widgets that render a model object of their
 * own (OutreachNodeLink, OutreachContactCard, OutreachProfileCard). Its
 * text is in OutreachTextBlocks, quick to lay out however long it is.
 * Everything from a pack is set as plain text: nothing is parsed as markup.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "outreach-accessible.h"
#include "outreach-breadcrumb.h"
#include "outreach-column.h"
#include "outreach-contact-card.h"
#include "outreach-node-link.h"
#include "outreach-link-button.h"
#include "outreach-page-entries.h"
#include "outreach-page-view.h"
#include "outreach-page.h"
#include "outreach-profile-card.h"
#include "outreach-profile.h"
#include "outreach-route-card.h"
#include "outreach-text.h"
#include "outreach-text-block.h"

#define TEXT_WIDTH_CHARS 72

struct _OutreachPageView
{
  GtkWidget           parent_instance;

  OutreachContent    *content;
  OutreachNode       *node;

  GtkScrolledWindow  *scroller;
  OutreachBreadcrumb *breadcrumb;
  GtkLabel           *title;
  OutreachTextBlock  *subtitle;
  GtkBox             *body;
};

G_DEFINE_FINAL_TYPE (OutreachPageView, outreach_page_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_NODE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Building blocks */

static GtkWidget *
heading_label (const char *text,
               int         level)
{
  GtkWidget *label = g_object_new (GTK_TYPE_LABEL,
                                   "accessible-role", GTK_ACCESSIBLE_ROLE_HEADING,
                                   "label", text,
                                   "xalign", 0.0f,
                                   "wrap", TRUE,
                                   "wrap-mode", PANGO_WRAP_WORD_CHAR,
                                   "natural-wrap-mode", GTK_NATURAL_WRAP_NONE,
                                   "halign", GTK_ALIGN_START,
                                   "max-width-chars", TEXT_WIDTH_CHARS,
                                   "margin-top", 12,
                                   NULL);

  gtk_widget_add_css_class (label, "section-heading");
  gtk_accessible_update_property (GTK_ACCESSIBLE (label),
                                  GTK_ACCESSIBLE_PROPERTY_LEVEL, level,
                                  -1);
  return label;
}

static void
append (OutreachPageView *self,
        GtkWidget        *child)
{
  gtk_box_append (self->body, child);
}

static void
append_paragraphs (OutreachPageView   *self,
                   const char * const *paragraphs)
{
  for (guint i = 0; paragraphs != NULL && paragraphs[i]; i++)
    append (self, outreach_text_block_new (paragraphs[i], "paragraph"));
}

/* A link to each node's page, one under the other, across the column */
static void
append_node_links (OutreachPageView *self,
                   GListModel       *nodes)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);

  gtk_accessible_update_property (GTK_ACCESSIBLE (box), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Links"), -1);
  for (guint i = 0; i < g_list_model_get_n_items (nodes); i++)
    {
      g_autoptr(OutreachNode) node = g_list_model_get_item (nodes, i);
      GtkWidget *link = outreach_node_link_new (node);

      /* a list as wide as the page's column, each link the same width */
      gtk_widget_set_halign (link, GTK_ALIGN_FILL);
      gtk_box_append (GTK_BOX (box), link);
    }
  append (self, box);
}

static void
append_quote (OutreachPageView *self,
              const char       *quote,
              const char       *source)
{
  g_autofree char *quoted = g_strdup_printf ("“%s”", quote);

  append (self, outreach_text_block_new (quoted, "pull-quote"));
  if (source != NULL)
    {
      g_autofree char *attribution = g_strdup_printf ("— %s", source);
      append (self, outreach_text_block_new (attribution, "dim-label"));
    }
}

/* "Get in touch": a button for each contact, each saying whom it writes
 * to, the most fitting for this kind of page first and emphasised. Plain
 * buttons, side by side where there is room and one under the other where
 * there is not (a narrow window, large text on a display station): a
 * screen reader reads each once, a finger on a station's screen finds each
 * at a glance. */
static void
append_get_in_touch (OutreachPageView *self)
{
  g_autoptr(GPtrArray) contacts = outreach_content_dup_contacts_about (self->content, self->node);
  GtkWidget *flow;

  if (contacts->len == 0)
    return;

  append (self, outreach_route_guide_new (self->content, self->node));

  flow = _outreach_accessible_list_flow_box ();
  gtk_flow_box_set_selection_mode (GTK_FLOW_BOX (flow), GTK_SELECTION_NONE);
  /* one size for all, as the Home page's buttons */
  gtk_flow_box_set_homogeneous (GTK_FLOW_BOX (flow), TRUE);
  gtk_flow_box_set_min_children_per_line (GTK_FLOW_BOX (flow), 1);
  gtk_flow_box_set_max_children_per_line (GTK_FLOW_BOX (flow), contacts->len);
  gtk_flow_box_set_column_spacing (GTK_FLOW_BOX (flow), 12);
  gtk_flow_box_set_row_spacing (GTK_FLOW_BOX (flow), 12);
  gtk_widget_set_margin_top (flow, 6);
  gtk_widget_set_margin_bottom (flow, 6);
  gtk_widget_add_css_class (flow, "get-in-touch");
  gtk_accessible_update_property (GTK_ACCESSIBLE (flow), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Get in touch"), -1);

  for (guint i = 0; i < contacts->len; i++)
    {
      OutreachContact *contact = g_ptr_array_index (contacts, i);
      /* Translators: a button that opens a message to this contact */
      g_autofree char *who = g_strdup_printf (_("Write to %s"), outreach_contact_get_name (contact));
      /* named by its label, once, for a screen reader */
      GtkWidget *button = gtk_button_new_with_label (who);
      GtkLabel *label = GTK_LABEL (gtk_button_get_child (GTK_BUTTON (button)));

      /* a long name wraps, as the page's text does */
      gtk_label_set_wrap (label, TRUE);
      gtk_label_set_wrap_mode (label, PANGO_WRAP_WORD_CHAR);
      gtk_label_set_natural_wrap_mode (label, GTK_NATURAL_WRAP_NONE);
      gtk_label_set_max_width_chars (label, 40);
      gtk_label_set_justify (label, GTK_JUSTIFY_CENTER);
      gtk_widget_add_css_class (button, "pill");
      _outreach_accessible_set_tooltip (button, outreach_contact_get_purpose (contact));
      gtk_widget_set_hexpand (button, TRUE);
      if (i == 0)
        {
          /* the keyboard shortcut's action: whom the pack names for this kind of page */
          gtk_widget_add_css_class (button, "suggested-action");
          gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "win.get-in-touch");
        }
      else
        {
          gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "win.write-to");
          gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "s",
                                            outreach_contact_get_id (contact));
        }

      gtk_flow_box_append (GTK_FLOW_BOX (flow), _outreach_accessible_list_item (button));
      /* the button is the one stop for the keyboard, not its wrapper too */
      gtk_widget_set_focusable (gtk_widget_get_parent (button), FALSE);
    }
  append (self, flow);
}

/* Renderers, one per kind */

static void
render_unit (OutreachPageView *self,
             OutreachUnit     *unit)
{
  OutreachNode *node = OUTREACH_NODE (unit);
  GListModel *children = outreach_node_get_children (node);
  GListModel *profiles = outreach_unit_get_profiles (unit);
  const char *abbreviation = outreach_unit_get_abbreviation (unit);
  g_autofree char *subtitle = NULL;

  subtitle = abbreviation ? g_strdup_printf ("%s · %s", outreach_node_get_kind_name (node), abbreviation)
                          : g_strdup (outreach_node_get_kind_name (node));
  outreach_text_block_set_text (self->subtitle, subtitle);

  append_get_in_touch (self);
  append_paragraphs (self, outreach_unit_get_description (unit));

  if (children != NULL)
    {
      append (self, heading_label (outreach_unit_get_children_heading (unit), 2));
      append_node_links (self, children);
    }

  if (g_list_model_get_n_items (profiles) > 0)
    {
      append (self, heading_label (_("Our people here"), 2));
      append_node_links (self, profiles);
    }
}

static GtkWidget *
profile_cards (GPtrArray *profiles)
{
  GtkWidget *flow;

  if (profiles->len == 0)
    return outreach_text_block_new (_("No one has shared their story here yet."), "dim-label");

  flow = _outreach_accessible_list_flow_box ();
  gtk_flow_box_set_selection_mode (GTK_FLOW_BOX (flow), GTK_SELECTION_NONE);
  gtk_flow_box_set_homogeneous (GTK_FLOW_BOX (flow), TRUE);
  gtk_flow_box_set_min_children_per_line (GTK_FLOW_BOX (flow), 1);
  gtk_flow_box_set_max_children_per_line (GTK_FLOW_BOX (flow), 3);
  gtk_flow_box_set_column_spacing (GTK_FLOW_BOX (flow), 12);
  gtk_flow_box_set_row_spacing (GTK_FLOW_BOX (flow), 12);
  gtk_accessible_update_property (GTK_ACCESSIBLE (flow), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Our people"), -1);

  for (guint i = 0; i < profiles->len; i++)
    {
      GtkWidget *card = outreach_profile_card_new (g_ptr_array_index (profiles, i));

      gtk_flow_box_append (GTK_FLOW_BOX (flow), _outreach_accessible_list_item (card));
      /* the card is the one stop for the keyboard, not its wrapper too */
      gtk_widget_set_focusable (gtk_widget_get_parent (card), FALSE);
    }
  return flow;
}

static void
render_section (OutreachPageView      *self,
                const OutreachSection *section)
{
  if (section->heading != NULL)
    append (self, heading_label (section->heading, 2));

  append_paragraphs (self, (const char * const *) section->paragraphs);

  if (section->quote != NULL)
    append_quote (self, section->quote, section->quote_source);

  for (guint i = 0; section->items != NULL && section->items[i]; i++)
    {
      g_autofree char *bullet = g_strdup_printf ("•  %s", section->items[i]);
      GtkWidget *item = outreach_text_block_new (bullet, "paragraph");

      gtk_widget_set_margin_start (item, 12);
      append (self, item);
    }

  append_paragraphs (self, (const char * const *) section->after);

  if (section->signature != NULL)
    append (self, outreach_text_block_new (section->signature, "heading"));

  for (guint i = 0; i < section->contacts->len; i++)
    append (self, outreach_contact_card_new (g_ptr_array_index (section->contacts, i)));

  for (guint i = 0; i < section->links->len; i++)
    append (self, outreach_link_button_new (g_ptr_array_index (section->links, i), TEXT_WIDTH_CHARS));

  if (section->lists_profiles)
    append (self, profile_cards (section->profiles));
}

static void
append_if_any (OutreachPageView *self,
               GtkWidget        *widget)
{
  if (widget != NULL)
    append (self, widget);
}

static void
render_page (OutreachPageView *self,
             OutreachPage     *page)
{
  gboolean is_home = g_strcmp0 (outreach_node_get_id (OUTREACH_NODE (page)), "home") == 0;
  const char *summary = outreach_page_get_summary (page);

  if (is_home && self->content != NULL)
    {
      gtk_label_set_text (self->title, outreach_content_get_name (self->content));
      outreach_text_block_set_text (self->subtitle, outreach_content_get_strapline (self->content));
      if (summary != NULL)
        append (self, outreach_text_block_new (summary, "page-subtitle"));
      /* Home's calls to action come first: they are where a visitor starts */
      append_if_any (self, outreach_page_has_actions (page)
                           ? _outreach_page_entries_for_page (page)
                           : _outreach_page_entries_usual_home (self->content));
      /* and the whole structure at a glance, the organisation chart */
      append_if_any (self, _outreach_page_entries_structure (self->content));
    }
  else if (summary != NULL)
    outreach_text_block_set_text (self->subtitle, summary);

  append (self, outreach_route_cards_new (outreach_page_get_routes (page)));

  for (guint i = 0; i < outreach_page_get_n_sections (page); i++)
    render_section (self, outreach_page_get_section (page, i));

  /* another page's come last: where to go once it is read */
  if (!is_home)
    append_if_any (self, _outreach_page_entries_for_page (page));
}

static void
render_profile (OutreachPageView *self,
                OutreachProfile  *profile)
{
  OutreachUnit *team = outreach_profile_get_team (profile);
  const char *time_in_role = outreach_profile_get_time_in_role (profile);
  const char *employment = outreach_profile_get_employment_label (profile);
  g_autofree char *subtitle = NULL;

  subtitle = time_in_role
    /* Translators: role · staff or officer · time in role, e.g. "10 months" */
    ? g_strdup_printf (_("%s · %s · %s in role"), outreach_profile_get_role (profile),
                       employment, time_in_role)
    : g_strdup_printf ("%s · %s", outreach_profile_get_role (profile), employment);
  outreach_text_block_set_text (self->subtitle, subtitle);

  append_get_in_touch (self);
  if (outreach_profile_get_quote (profile) != NULL)
    append_quote (self, outreach_profile_get_quote (profile), NULL);

  append_paragraphs (self, outreach_profile_get_story (profile));

  if (team != NULL)
    {
      append (self, heading_label (_("Where I work"), 2));
      append (self, outreach_node_link_new (OUTREACH_NODE (team)));
    }
}

static void
render (OutreachPageView *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->body))) != NULL)
    gtk_box_remove (self->body, child);

  outreach_text_block_set_text (self->subtitle, "");

  outreach_breadcrumb_set_node (self->breadcrumb, self->node);

  if (self->node == NULL)
    {
      gtk_label_set_text (self->title, "");
      return;
    }

  gtk_label_set_text (self->title, outreach_node_get_title (self->node));

  switch (outreach_node_get_kind (self->node))
    {
    case OUTREACH_NODE_UNIT:
      render_unit (self, OUTREACH_UNIT (self->node));
      break;
    case OUTREACH_NODE_PAGE:
      render_page (self, OUTREACH_PAGE (self->node));
      break;
    case OUTREACH_NODE_PROFILE:
      render_profile (self, OUTREACH_PROFILE (self->node));
      break;
    default:
      g_assert_not_reached ();
    }

  gtk_widget_set_visible (GTK_WIDGET (self->subtitle),
                          *outreach_text_block_get_text (self->subtitle) != '\0');

  /* a new page starts at its top */
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scroller), 0);
}

/* GObject */

static void
outreach_page_view_dispose (GObject *object)
{
  OutreachPageView *self = OUTREACH_PAGE_VIEW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), OUTREACH_TYPE_PAGE_VIEW);
  g_clear_object (&self->node);
  g_clear_object (&self->content);

  G_OBJECT_CLASS (outreach_page_view_parent_class)->dispose (object);
}

static void
outreach_page_view_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  OutreachPageView *self = OUTREACH_PAGE_VIEW (object);

  switch (prop_id)
    {
    case PROP_NODE:
      g_value_set_object (value, self->node);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
outreach_page_view_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  OutreachPageView *self = OUTREACH_PAGE_VIEW (object);

  switch (prop_id)
    {
    case PROP_NODE:
      outreach_page_view_set_node (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
outreach_page_view_class_init (OutreachPageViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = outreach_page_view_dispose;
  object_class->get_property = outreach_page_view_get_property;
  object_class->set_property = outreach_page_view_set_property;

  properties[PROP_NODE] =
    g_param_spec_object ("node", NULL, NULL, OUTREACH_TYPE_NODE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (OUTREACH_TYPE_BREADCRUMB);
  g_type_ensure (OUTREACH_TYPE_COLUMN);
  g_type_ensure (OUTREACH_TYPE_TEXT_BLOCK);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/uk/police/serocu/Outreach/ui/outreach-page-view.ui");
  gtk_widget_class_bind_template_child (widget_class, OutreachPageView, scroller);
  gtk_widget_class_bind_template_child (widget_class, OutreachPageView, breadcrumb);
  gtk_widget_class_bind_template_child (widget_class, OutreachPageView, title);
  gtk_widget_class_bind_template_child (widget_class, OutreachPageView, subtitle);
  gtk_widget_class_bind_template_child (widget_class, OutreachPageView, body);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_MAIN);
}

static void
outreach_page_view_init (OutreachPageView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

void
outreach_page_view_set_content (OutreachPageView *self,
                                OutreachContent  *content)
{
  g_return_if_fail (OUTREACH_IS_PAGE_VIEW (self));

  if (g_set_object (&self->content, content))
    outreach_page_view_set_node (self, NULL);
}

OutreachNode *
outreach_page_view_get_node (OutreachPageView *self)
{
  g_return_val_if_fail (OUTREACH_IS_PAGE_VIEW (self), NULL);

  return self->node;
}

void
outreach_page_view_set_node (OutreachPageView *self,
                             OutreachNode     *node)
{
  g_return_if_fail (OUTREACH_IS_PAGE_VIEW (self));

  if (g_set_object (&self->node, node))
    {
      render (self);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NODE]);
    }
}

/**
 * outreach_page_view_get_heading:
 *
 * Returns: the page's title as shown
 */
const char *
outreach_page_view_get_heading (OutreachPageView *self)
{
  return gtk_label_get_text (self->title);
}

/**
 * outreach_page_view_focus:
 *
 * Gives the keyboard focus to the page itself, where the reading keys
 * (Page Up, Page Down, Home, End, arrows) scroll it.
 */
void
outreach_page_view_focus (OutreachPageView *self)
{
  gtk_widget_grab_focus (GTK_WIDGET (self->scroller));
}

/**
 * outreach_page_view_focus_start:
 *
 * Gives the keyboard focus to the page's heading, after a navigation the
 * user made: a screen reader reads where they are, the focus shows there,
 * the next Tab goes to the page's first link and Shift+Tab back to the
 * tree. The heading is at the top: the page stays at its top.
 */
void
outreach_page_view_focus_start (OutreachPageView *self)
{
  g_return_if_fail (OUTREACH_IS_PAGE_VIEW (self));

  /* the heading's box in the template: the label itself cannot take the focus */
  gtk_widget_grab_focus (gtk_widget_get_parent (GTK_WIDGET (self->title)));
}

/**
 * outreach_page_view_turn:
 * @forward: down the page, or up
 *
 * Scrolls the page by a screen, less a little of what was shown, as a
 * reader's Page Down does; nothing at its end.
 *
 * Returns: whether there was more of the page that way
 */
gboolean
outreach_page_view_turn (OutreachPageView *self,
                         gboolean          forward)
{
  GtkAdjustment *adjustment;
  double value, page, lower, upper, step;

  g_return_val_if_fail (OUTREACH_IS_PAGE_VIEW (self), FALSE);

  adjustment = gtk_scrolled_window_get_vadjustment (self->scroller);
  value = gtk_adjustment_get_value (adjustment);
  page = gtk_adjustment_get_page_size (adjustment);
  lower = gtk_adjustment_get_lower (adjustment);
  upper = gtk_adjustment_get_upper (adjustment) - page;
  /* a tenth of the screen again, for the eye to find its place */
  step = page * 0.9;
  if (forward ? value >= upper - 1 : value <= lower + 1)
    return FALSE;
  gtk_adjustment_set_value (adjustment, forward ? MIN (value + step, upper) : MAX (value - step, lower));
  return TRUE;
}

/**
 * outreach_page_view_scroll_to_top:
 */
void
outreach_page_view_scroll_to_top (OutreachPageView *self)
{
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (self->scroller);

  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_lower (adjustment));
}

/**
 * outreach_page_view_get_vadjustment:
 *
 * Returns: (transfer none): where the page is scrolled to, and how long it is
 */
GtkAdjustment *
outreach_page_view_get_vadjustment (OutreachPageView *self)
{
  g_return_val_if_fail (OUTREACH_IS_PAGE_VIEW (self), NULL);

  return gtk_scrolled_window_get_vadjustment (self->scroller);
}
