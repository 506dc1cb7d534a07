/* outreach-search-view.c: what a search found, in place of the page
 *
 * Given the pack and a query, the view runs the search (building the index
 * the first time it is needed, not before the first frame), says how many
 * results there are and lists them. Opening a result, with a click, Enter
 * or outreach_search_view_activate_first(), emits "node-activated"; Escape
 * in the list emits "stop-search", and Up on its first result
 * "leave-results". The entry the query is typed into is
 * the window's.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "outreach-accessible.h"
#include "outreach-column.h"
#include "outreach-search.h"
#include "outreach-search-result-row.h"
#include "outreach-search-view.h"
#include "outreach-text.h"

#define MAX_RESULTS 50

struct _OutreachSearchView
{
  GtkBox           parent_instance;

  OutreachContent *content;
  OutreachSearch  *search;     /* built on the first search */
  char            *query;

  GtkLabel        *results_status;
  GtkStack        *results_stack;
  GtkListView     *results_view;
  GtkWidget       *empty_state;
  GtkImage        *empty_icon;
  GtkLabel        *empty_title;
};

G_DEFINE_FINAL_TYPE (OutreachSearchView, outreach_search_view, GTK_TYPE_BOX)

enum {
  PROP_0,
  PROP_CONTENT,
  PROP_QUERY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  NODE_ACTIVATED,
  STOP_SEARCH,
  LEAVE_RESULTS,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static GListModel *
get_results (OutreachSearchView *self)
{
  GtkSelectionModel *selection = gtk_list_view_get_model (self->results_view);

  return selection ? gtk_no_selection_get_model (GTK_NO_SELECTION (selection)) : NULL;
}

static void
show_results (OutreachSearchView *self,
              GListModel         *results)
{
  g_autoptr(GtkNoSelection) selection = gtk_no_selection_new (g_object_ref (results));

  gtk_list_view_set_model (self->results_view, GTK_SELECTION_MODEL (selection));
}

static void
run_query (OutreachSearchView *self)
{
  g_autoptr(GListModel) results = NULL;
  g_autofree char *status = NULL;
  g_autofree char *quoted = NULL;
  guint n;

  if (self->query == NULL || self->query[0] == '\0' || self->content == NULL)
    return;

  /* the index is built when first needed, not before the first frame */
  if (self->search == NULL)
    self->search = outreach_search_new (self->content);

  results = outreach_search_query (self->search, self->query, MAX_RESULTS);
  n = g_list_model_get_n_items (results);
  /* the query may be pasted, or come from the bus: a line's worth of it */
  quoted = outreach_text_excerpt (self->query, -1, OUTREACH_TEXT_EXCERPT_CHARS);
  if (n == 0)
    {
      /* an empty state, with what to try, rather than a line of grey */
      g_autofree char *title = g_strdup_printf (_("No results for “%s”"), quoted);

      gtk_label_set_text (self->empty_title, title);
      /* loaded when needed: a large icon is an SVG to render where the
       * theme has no picture of that size */
      gtk_image_set_from_icon_name (self->empty_icon, "edit-find-symbolic");
      gtk_stack_set_visible_child_name (self->results_stack, "empty");
      gtk_widget_set_visible (GTK_WIDGET (self->results_status), FALSE);
      show_results (self, results);
      return;
    }
  status = g_strdup_printf (ngettext ("%u result for “%s”", "%u results for “%s”", n), n,
                            quoted);
  gtk_stack_set_visible_child_name (self->results_stack, "results");
  gtk_widget_set_visible (GTK_WIDGET (self->results_status), TRUE);
  gtk_label_set_text (self->results_status, status);
  show_results (self, results);
}

OutreachContent *
outreach_search_view_get_content (OutreachSearchView *self)
{
  g_return_val_if_fail (OUTREACH_IS_SEARCH_VIEW (self), NULL);

  return self->content;
}

/**
 * outreach_search_view_set_content:
 * @content: (nullable): the pack to search
 */
void
outreach_search_view_set_content (OutreachSearchView *self,
                                  OutreachContent    *content)
{
  g_return_if_fail (OUTREACH_IS_SEARCH_VIEW (self));

  if (!g_set_object (&self->content, content))
    return;
  g_clear_object (&self->search);
  run_query (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONTENT]);
}

const char *
outreach_search_view_get_query (OutreachSearchView *self)
{
  g_return_val_if_fail (OUTREACH_IS_SEARCH_VIEW (self), NULL);

  return self->query;
}

/**
 * outreach_search_view_set_query:
 * @query: (nullable): what to search for
 *
 * Runs the search and shows what it found. An empty query leaves the last
 * results as they were: the window shows the page instead.
 */
void
outreach_search_view_set_query (OutreachSearchView *self,
                                const char         *query)
{
  gboolean changed;

  g_return_if_fail (OUTREACH_IS_SEARCH_VIEW (self));

  changed = g_strcmp0 (self->query, query) != 0;
  if (changed)
    {
      g_free (self->query);
      self->query = g_strdup (query);
    }
  /* the same words again are searched again: the list is made anew */
  run_query (self);
  if (changed)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_QUERY]);
}

static void
activate_result (OutreachSearchView *self,
                 guint               position)
{
  GListModel *results = get_results (self);
  g_autoptr(OutreachSearchResult) result = NULL;

  if (results == NULL || (result = g_list_model_get_item (results, position)) == NULL)
    return;
  g_signal_emit (self, signals[NODE_ACTIVATED], 0, outreach_search_result_get_node (result));
}

/**
 * outreach_search_view_activate_first:
 *
 * Opens the best result, if there is one, as Enter in the entry does.
 */
void
outreach_search_view_activate_first (OutreachSearchView *self)
{
  g_return_if_fail (OUTREACH_IS_SEARCH_VIEW (self));

  activate_result (self, 0);
}

/**
 * outreach_search_view_focus_results:
 *
 * Moves the keyboard focus into the results, as Down from the entry does.
 *
 * Returns: %FALSE if there are no results to go to
 */
gboolean
outreach_search_view_focus_results (OutreachSearchView *self)
{
  GListModel *results;
  GtkWidget *first;

  g_return_val_if_fail (OUTREACH_IS_SEARCH_VIEW (self), FALSE);

  results = get_results (self);
  if (results == NULL || g_list_model_get_n_items (results) == 0)
    return FALSE;

  first = gtk_widget_get_first_child (GTK_WIDGET (self->results_view));
  gtk_widget_grab_focus (first ? first : GTK_WIDGET (self->results_view));
  return TRUE;
}

static void
on_result_activate (OutreachSearchView *self,
                    guint               position)
{
  activate_result (self, position);
}

static gboolean
on_results_key_pressed (OutreachSearchView    *self,
                        guint                  keyval,
                        guint                  keycode,
                        GdkModifierType        state,
                        GtkEventControllerKey *controller)
{
  /* Escape in the results, as in the entry, returns to the page */
  if (keyval != GDK_KEY_Escape)
    return GDK_EVENT_PROPAGATE;
  g_signal_emit (self, signals[STOP_SEARCH], 0);
  return GDK_EVENT_STOP;
}

/* Whether the keyboard is on the first result */
static gboolean
is_on_first (OutreachSearchView *self)
{
  GtkWidget *list = GTK_WIDGET (self->results_view);
  GtkWidget *focus = gtk_root_get_focus (gtk_widget_get_root (list));
  GListModel *results = get_results (self);
  g_autoptr(OutreachSearchResult) first = NULL;
  GtkWidget *row;

  if (focus == NULL || results == NULL || (first = g_list_model_get_item (results, 0)) == NULL)
    return FALSE;
  /* the list's row (GTK's) around the focus, and the result it shows */
  while (focus != NULL && gtk_widget_get_parent (focus) != list)
    focus = gtk_widget_get_parent (focus);
  if (focus == NULL)
    return FALSE;
  for (row = gtk_widget_get_first_child (focus); row != NULL; row = gtk_widget_get_next_sibling (row))
    if (OUTREACH_IS_SEARCH_RESULT_ROW (row))
      return outreach_search_result_row_get_result (OUTREACH_SEARCH_RESULT_ROW (row)) == first;
  return FALSE;
}

/* Up on the first result, before the list hears it (it would keep the
 * focus there): back to where the query is typed */
static gboolean
on_results_key_captured (OutreachSearchView    *self,
                         guint                  keyval,
                         guint                  keycode,
                         GdkModifierType        state,
                         GtkEventControllerKey *controller)
{
  if ((keyval != GDK_KEY_Up && keyval != GDK_KEY_KP_Up) ||
      (state & (GDK_CONTROL_MASK | GDK_ALT_MASK | GDK_SHIFT_MASK | GDK_SUPER_MASK | GDK_META_MASK)) != 0 ||
      !is_on_first (self))
    return GDK_EVENT_PROPAGATE;
  g_signal_emit (self, signals[LEAVE_RESULTS], 0);
  return GDK_EVENT_STOP;
}

static void
setup_row (GtkSignalListItemFactory *factory,
           GtkListItem              *item,
           gpointer                  user_data)
{
  gtk_list_item_set_child (item, outreach_search_result_row_new ());
}

/* The list's row is what a screen reader meets when the focus is on a
 * result: it is named for the result (GTK 4.8 names a list's row by
 * nothing of its child's) */
static void
bind_row (GtkSignalListItemFactory *factory,
          GtkListItem              *item,
          gpointer                  user_data)
{
  GtkWidget *row = gtk_list_item_get_child (item);

  outreach_search_result_row_set_result (OUTREACH_SEARCH_RESULT_ROW (row),
                                         gtk_list_item_get_item (item));
  if (gtk_widget_get_parent (row) != NULL)
    outreach_search_result_row_describe (OUTREACH_SEARCH_RESULT_ROW (row),
                                         GTK_ACCESSIBLE (gtk_widget_get_parent (row)));
}

static void
unbind_row (GtkSignalListItemFactory *factory,
            GtkListItem              *item,
            gpointer                  user_data)
{
  outreach_search_result_row_set_result (OUTREACH_SEARCH_RESULT_ROW (gtk_list_item_get_child (item)),
                                         NULL);
}

static void
outreach_search_view_dispose (GObject *object)
{
  OutreachSearchView *self = OUTREACH_SEARCH_VIEW (object);

  if (self->results_view != NULL)
    gtk_list_view_set_model (self->results_view, NULL);
  g_clear_object (&self->search);
  g_clear_object (&self->content);

  G_OBJECT_CLASS (outreach_search_view_parent_class)->dispose (object);
}

static void
outreach_search_view_finalize (GObject *object)
{
  OutreachSearchView *self = OUTREACH_SEARCH_VIEW (object);

  g_free (self->query);

  G_OBJECT_CLASS (outreach_search_view_parent_class)->finalize (object);
}

static void
outreach_search_view_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  OutreachSearchView *self = OUTREACH_SEARCH_VIEW (object);

  switch (prop_id)
    {
    case PROP_CONTENT:
      g_value_set_object (value, self->content);
      break;
    case PROP_QUERY:
      g_value_set_string (value, self->query);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
outreach_search_view_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  OutreachSearchView *self = OUTREACH_SEARCH_VIEW (object);

  switch (prop_id)
    {
    case PROP_CONTENT:
      outreach_search_view_set_content (self, g_value_get_object (value));
      break;
    case PROP_QUERY:
      outreach_search_view_set_query (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
outreach_search_view_class_init (OutreachSearchViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = outreach_search_view_dispose;
  object_class->finalize = outreach_search_view_finalize;
  object_class->get_property = outreach_search_view_get_property;
  object_class->set_property = outreach_search_view_set_property;

  properties[PROP_CONTENT] =
    g_param_spec_object ("content", NULL, NULL, OUTREACH_TYPE_CONTENT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_QUERY] =
    g_param_spec_string ("query", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * OutreachSearchView::node-activated:
   * @node: the page of the result
   *
   * A result was opened.
   */
  signals[NODE_ACTIVATED] = g_signal_new ("node-activated", G_TYPE_FROM_CLASS (klass),
                                          G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                          G_TYPE_NONE, 1, OUTREACH_TYPE_NODE);

  /**
   * OutreachSearchView::stop-search:
   *
   * Escape was pressed in the results.
   */
  signals[STOP_SEARCH] = g_signal_new ("stop-search", G_TYPE_FROM_CLASS (klass),
                                       G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  /**
   * OutreachSearchView::leave-results:
   *
   * Up was pressed on the first result: the keyboard goes back to where
   * the query is typed.
   */
  signals[LEAVE_RESULTS] = g_signal_new ("leave-results", G_TYPE_FROM_CLASS (klass),
                                         G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  g_type_ensure (OUTREACH_TYPE_COLUMN);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/uk/police/serocu/Outreach/ui/outreach-search-view.ui");
  gtk_widget_class_bind_template_child (widget_class, OutreachSearchView, results_status);
  gtk_widget_class_bind_template_child (widget_class, OutreachSearchView, results_stack);
  gtk_widget_class_bind_template_child (widget_class, OutreachSearchView, results_view);
  gtk_widget_class_bind_template_child (widget_class, OutreachSearchView, empty_state);
  gtk_widget_class_bind_template_child (widget_class, OutreachSearchView, empty_icon);
  gtk_widget_class_bind_template_child (widget_class, OutreachSearchView, empty_title);
  gtk_widget_class_bind_template_callback (widget_class, on_result_activate);
}

static void
outreach_search_view_init (OutreachSearchView *self)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  GtkEventController *keys = gtk_event_controller_key_new ();

  gtk_widget_init_template (GTK_WIDGET (self));
  /* the page not shown is not read; the count is not read while empty */
  _outreach_accessible_follow_stack (self->results_stack);
  _outreach_accessible_follow_status (self->results_status);
  _outreach_accessible_follow_status (self->empty_title);

  g_signal_connect (factory, "setup", G_CALLBACK (setup_row), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row), NULL);
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_row), NULL);
  gtk_list_view_set_factory (self->results_view, factory);

  g_signal_connect_object (keys, "key-pressed", G_CALLBACK (on_results_key_pressed), self,
                           G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self->results_view), keys);
  keys = gtk_event_controller_key_new ();
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect_object (keys, "key-pressed", G_CALLBACK (on_results_key_captured), self,
                           G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self->results_view), keys);
}
