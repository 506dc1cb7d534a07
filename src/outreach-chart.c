/* outreach-chart.c: the pack's unit tree as an organisation chart
 *
 * One real widget per unit shown (OutreachChartBoxWidget, made the first
 * time its unit shows, so that a big pack's closed branches cost no
 * widgets), placed by the tidy-tree
 * layout (outreach-chart-layout.c) in the orientation that fits the
 * scrolled window it sits in best, with lines from each parent to its
 * children drawn behind them. Real widgets rather than one drawing: each
 * box takes the focus, a click or a tap, and is read by a screen reader.
 *
 * Zoom ("zoom", 0.25 to 3; from 1 with "touch", on a station) scales the
 * boxes as they are drawn and hit, not their text's layout: a box is
 * measured once, at the text size, and keeps its line breaks at any zoom.
 * The first time the chart has a window (a new pack, a reset) it opens
 * readable: the whole chart if it fits at 75% or more (not above 100%),
 * else the levels that fit at 75%, the deeper branches collapsed (the
 * root's children shown at least, and the selection's path), else those
 * at 75%, scrolled to the Tab stop. outreach_chart_zoom_fit() is the
 * overview: every branch expanded, fitted down to 25%. While the zoom is
 * a fit's (the user has not zoomed since), collapsing or expanding a
 * branch fits the chart again, between 75% and 100%. Pinching zooms too;
 * the scrolled window's bars and the keyboard pan.
 *
 * Keys: the chart is one Tab stop (the box last visited; the root at
 * first). They follow the drawing: top down, Up goes to the parent, Down
 * to the first child (expanding a collapsed box), Left and Right to the
 * previous and next sibling (mirrored in right-to-left text); left to
 * right, Left goes to the parent, Right to the first child (mirrored in
 * right-to-left text), Up and Down to the previous and next sibling.
 * Home goes to the root, End to the last sibling; minus collapses the
 * box's branch and plus expands it; Enter or Space activates the box
 * ("node-activated"), as a click or a tap does. Ctrl with plus, minus and
 * 0 zooms in, out and to the overview while the focus is in the chart.
 *
 * This file holds the widget: its boxes, properties, zoom and selection.
 * Where the boxes go and the lines between them are in
 * outreach-chart-place.c, the focus, keys and pinching in
 * outreach-chart-keys.c, the fields they share in outreach-chart-private.h.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "outreach-chart-private.h"
#include "outreach-unit.h"


G_DEFINE_FINAL_TYPE (OutreachChart, outreach_chart, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_CONTENT,
  PROP_ZOOM,
  PROP_SELECTED_NODE,
  PROP_TOUCH,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  NODE_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Shows the boxes whose ancestors are all expanded */
static void
update_shown (OutreachChart *self)
{
  gboolean had_focus = gtk_widget_get_focus_child (GTK_WIDGET (self)) != NULL;

  for (guint i = 0; i < _outreach_chart_n_boxes (self); i++)
    {
      int p = _outreach_chart_parent_of (self, i);

      self->shown[i] = p < 0 || (self->shown[p] && _outreach_chart_unit_at (self, p)->expanded);
      /* a box is made when it first shows */
      if (self->shown[i])
        gtk_widget_set_visible (GTK_WIDGET (_outreach_chart_box_at (self, i)), TRUE);
      else if (g_ptr_array_index (self->boxes, i) != NULL)
        gtk_widget_set_visible (g_ptr_array_index (self->boxes, i), FALSE);
    }
  /* the box in the Tab order went with its branch: its shown ancestor takes its place */
  while (self->current < _outreach_chart_n_boxes (self) && !self->shown[self->current])
    self->current = _outreach_chart_parent_of (self, self->current);
  /* the keyboard stays in the chart, on the box whose branch closed over it */
  if (had_focus && gtk_widget_get_focus_child (GTK_WIDGET (self)) == NULL &&
      self->current < _outreach_chart_n_boxes (self))
    gtk_widget_grab_focus (GTK_WIDGET (_outreach_chart_box_at (self, self->current)));
}
/* The boxes */

static void
on_box_activate (OutreachChart          *self,
                 OutreachChartBoxWidget *box)
{
  g_signal_emit (self, signals[NODE_ACTIVATED], 0, outreach_chart_box_widget_get_node (box));
}


static void
expanded_changed (OutreachChart *self)
{
  if (self->batch)
    return;
  update_shown (self);
  _outreach_chart_invalidate_layout (self);
  /* a zoom that was a fit fits what is shown now, where it can be read */
  if (self->auto_fit && self->fitted)
    _outreach_chart_fit_within (self, _outreach_chart_readable_zoom (self));
}

static void
on_box_expanded (OutreachChart          *self,
                 GParamSpec             *pspec,
                 OutreachChartBoxWidget *box)
{
  guint i = _outreach_chart_index_of (self, outreach_chart_box_widget_get_node (box));

  if (i == NONE)
    return;
  _outreach_chart_unit_at (self, i)->expanded = outreach_chart_box_widget_get_expanded (box);
  expanded_changed (self);
}

/* Expands or collapses unit @i's branch, its box made or not */
void
_outreach_chart_set_expanded (OutreachChart *self,
              guint          i,
              gboolean       expanded)
{
  OutreachChartBoxWidget *box = g_ptr_array_index (self->boxes, i);

  if (box != NULL)
    outreach_chart_box_widget_set_expanded (box, expanded);  /* on_box_expanded() */
  else if (_outreach_chart_unit_at (self, i)->expanded != expanded)
    {
      _outreach_chart_unit_at (self, i)->expanded = expanded;
      expanded_changed (self);
    }
}

/* Expands (or collapses) many boxes, then shows them at once */
void
_outreach_chart_begin_batch (OutreachChart *self)
{
  self->batch = TRUE;
}

void
_outreach_chart_end_batch (OutreachChart *self)
{
  self->batch = FALSE;
  update_shown (self);
  _outreach_chart_invalidate_layout (self);
}

static void
clear_boxes (OutreachChart *self)
{
  for (guint i = 0; i < self->boxes->len; i++)
    if (g_ptr_array_index (self->boxes, i) != NULL)
      gtk_widget_unparent (g_ptr_array_index (self->boxes, i));
  g_ptr_array_set_size (self->boxes, 0);
  g_ptr_array_set_size (self->nodes, 0);
  g_array_set_size (self->units, 0);
  g_array_set_size (self->parent, 0);
  g_array_set_size (self->next, 0);
  g_array_set_size (self->prev, 0);
  g_hash_table_remove_all (self->index);
  g_clear_pointer (&self->placed, g_free);
  g_clear_pointer (&self->shown, g_free);
  self->current = 0;
}

static guint
count_units (GListModel *model)
{
  guint n = 0;

  for (guint i = 0; model != NULL && i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, i);

      n += OUTREACH_IS_UNIT (item);
    }
  return n;
}

/* Adds the units of @roots and their branches, parents first (a stack of
 * lists, no recursion: a pack may be deep); their boxes are made when they
 * first show. @expanded: whether each starts expanded, or only the roots */
static void
add_units (OutreachChart *self,
           GListModel    *roots,
           gboolean       expanded)
{
  typedef struct { GListModel *model; guint next; int parent; int last; guint n, place; } Level;
  g_autoptr(GArray) stack = g_array_new (FALSE, FALSE, sizeof (Level));
  Level top = { roots, 0, -1, -1, count_units (roots), 0 };

  g_array_append_val (stack, top);
  while (stack->len > 0)
    {
      Level *level = &g_array_index (stack, Level, stack->len - 1);
      g_autoptr(GObject) item = NULL;
      GListModel *children;
      OutreachChartUnit unit;
      int index, none = -1;
      guint n_children;

      if (level->next >= g_list_model_get_n_items (level->model))
        {
          g_array_set_size (stack, stack->len - 1);
          continue;
        }
      item = g_list_model_get_item (level->model, level->next++);
      if (!OUTREACH_IS_UNIT (item))
        continue;

      children = outreach_node_get_children (OUTREACH_NODE (item));
      n_children = count_units (children);
      unit = (OutreachChartUnit) {
        .n_children = n_children,
        .place = level->place++,
        .n_siblings = level->parent < 0 && level->n == 1 ? 0 : level->n,
        .level = stack->len - 1,
        .expanded = expanded || level->parent < 0,
      };

      index = self->nodes->len;
      g_ptr_array_add (self->nodes, item);
      g_array_append_val (self->units, unit);
      g_ptr_array_add (self->boxes, NULL);
      g_array_append_val (self->parent, level->parent);
      g_array_append_val (self->next, none);
      g_array_append_val (self->prev, level->last);
      if (level->last >= 0)
        g_array_index (self->next, int, level->last) = index;
      level->last = index;
      g_hash_table_insert (self->index, item, GUINT_TO_POINTER (index + 1));

      if (n_children > 0)
        {
          Level below = { children, 0, index, -1, n_children, 0 };

          g_array_append_val (stack, below);
        }
    }
}

static void
update_highlight (OutreachChart *self)
{
  g_autoptr(GHashTable) path = g_hash_table_new (NULL, NULL);

  if (self->selected_node != NULL)
    {
      g_autoptr(GPtrArray) chain = outreach_node_dup_ancestry (self->selected_node);

      for (guint i = 0; i < chain->len; i++)
        g_hash_table_add (path, g_ptr_array_index (chain, i));
    }
  for (guint i = 0; i < self->boxes->len; i++)
    {
      OutreachChartBoxWidget *box = g_ptr_array_index (self->boxes, i);
      OutreachNode *node;

      if (box == NULL)
        continue;
      node = outreach_chart_box_widget_get_node (box);

      outreach_chart_box_widget_set_highlight (box, node == self->selected_node,
                                               g_hash_table_contains (path, node));
    }
}

/**
 * _outreach_chart_box_at:
 * @i: a unit's index
 *
 * Returns: (transfer none): unit @i's box, made now if it has not shown
 * before: among the chart's children in the units' order (a screen reader
 * reads them in it), expanded as the unit is, highlighted as it should be
 */
OutreachChartBoxWidget *
_outreach_chart_box_at (OutreachChart *self,
                        guint          i)
{
  OutreachChartBoxWidget *box = g_ptr_array_index (self->boxes, i);
  OutreachChartUnit *unit = _outreach_chart_unit_at (self, i);
  OutreachNode *node = g_ptr_array_index (self->nodes, i);
  GtkWidget *before = NULL;
  gboolean on_path = FALSE;

  if (box != NULL)
    return box;

  box = OUTREACH_CHART_BOX_WIDGET (outreach_chart_box_widget_new (node, unit->n_children));
  outreach_chart_box_widget_set_place (box, unit->place, unit->n_siblings);
  outreach_chart_box_widget_set_level (box, unit->level);
  outreach_chart_box_widget_set_expanded (box, unit->expanded);
  for (OutreachNode *n = self->selected_node; n != NULL && !on_path; n = outreach_node_get_parent (n))
    on_path = n == node;
  outreach_chart_box_widget_set_highlight (box, node == self->selected_node, on_path);
  gtk_widget_set_visible (GTK_WIDGET (box), FALSE);
  for (guint j = i; j-- > 0 && before == NULL;)
    before = g_ptr_array_index (self->boxes, j);
  gtk_widget_insert_after (GTK_WIDGET (box), GTK_WIDGET (self), before);
  g_signal_connect_object (box, "activate", G_CALLBACK (on_box_activate), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (box, "notify::expanded", G_CALLBACK (on_box_expanded), self,
                           G_CONNECT_SWAPPED);
  g_ptr_array_index (self->boxes, i) = box;
  return box;
}

/* GObject */

static void
outreach_chart_dispose (GObject *object)
{
  OutreachChart *self = OUTREACH_CHART (object);

  g_clear_handle_id (&self->relayout_source, g_source_remove);
  g_clear_handle_id (&self->scroll_source, g_source_remove);
  if (self->boxes != NULL)
    clear_boxes (self);
  g_clear_object (&self->content);
  g_clear_object (&self->selected_node);
  G_OBJECT_CLASS (outreach_chart_parent_class)->dispose (object);
}

static void
outreach_chart_finalize (GObject *object)
{
  OutreachChart *self = OUTREACH_CHART (object);

  g_ptr_array_unref (self->boxes);
  g_ptr_array_unref (self->nodes);
  g_array_unref (self->units);
  g_array_unref (self->parent);
  g_array_unref (self->next);
  g_array_unref (self->prev);
  g_hash_table_unref (self->index);
  g_free (self->placed);
  g_free (self->shown);
  G_OBJECT_CLASS (outreach_chart_parent_class)->finalize (object);
}

static void
outreach_chart_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  OutreachChart *self = OUTREACH_CHART (object);

  switch (prop_id)
    {
    case PROP_CONTENT:
      g_value_set_object (value, self->content);
      break;
    case PROP_ZOOM:
      g_value_set_double (value, self->zoom);
      break;
    case PROP_SELECTED_NODE:
      g_value_set_object (value, self->selected_node);
      break;
    case PROP_TOUCH:
      g_value_set_boolean (value, self->touch);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
outreach_chart_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  OutreachChart *self = OUTREACH_CHART (object);

  switch (prop_id)
    {
    case PROP_CONTENT:
      outreach_chart_set_content (self, g_value_get_object (value));
      break;
    case PROP_ZOOM:
      outreach_chart_set_zoom (self, g_value_get_double (value));
      break;
    case PROP_SELECTED_NODE:
      outreach_chart_set_selected_node (self, g_value_get_object (value));
      break;
    case PROP_TOUCH:
      outreach_chart_set_touch (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
outreach_chart_class_init (OutreachChartClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = outreach_chart_dispose;
  object_class->finalize = outreach_chart_finalize;
  object_class->get_property = outreach_chart_get_property;
  object_class->set_property = outreach_chart_set_property;
  widget_class->measure = _outreach_chart_measure;
  widget_class->size_allocate = _outreach_chart_size_allocate;
  widget_class->snapshot = _outreach_chart_snapshot;
  widget_class->focus = _outreach_chart_focus;
  widget_class->grab_focus = _outreach_chart_grab_focus;
  widget_class->set_focus_child = _outreach_chart_set_focus_child;

  properties[PROP_CONTENT] =
    g_param_spec_object ("content", NULL, NULL, OUTREACH_TYPE_CONTENT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ZOOM] =
    g_param_spec_double ("zoom", NULL, NULL, OUTREACH_CHART_ZOOM_MIN, OUTREACH_CHART_ZOOM_MAX,
                         1.0, G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SELECTED_NODE] =
    g_param_spec_object ("selected-node", NULL, NULL, OUTREACH_TYPE_NODE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /**
   * OutreachChart:touch:
   *
   * Whether every box stays a touch target (44 pixels at 100%): the chart
   * then zooms, and fits its window, no smaller than 100%. For a station.
   */
  properties[PROP_TOUCH] =
    g_param_spec_boolean ("touch", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * OutreachChart::node-activated:
   * @node: the unit whose box was activated
   */
  signals[NODE_ACTIVATED] = g_signal_new ("node-activated", G_TYPE_FROM_CLASS (klass),
                                          G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                          G_TYPE_NONE, 1, OUTREACH_TYPE_NODE);

  gtk_widget_class_set_css_name (widget_class, "chart");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_TREE);
}

static void
outreach_chart_init (OutreachChart *self)
{
  self->boxes = g_ptr_array_new ();
  self->nodes = g_ptr_array_new ();
  self->units = g_array_new (FALSE, FALSE, sizeof (OutreachChartUnit));
  self->parent = g_array_new (FALSE, FALSE, sizeof (int));
  self->next = g_array_new (FALSE, FALSE, sizeof (int));
  self->prev = g_array_new (FALSE, FALSE, sizeof (int));
  self->index = g_hash_table_new (NULL, NULL);
  self->zoom = 1.0;
  self->scroll_to = NONE;

  _outreach_chart_add_controllers (self);

  gtk_widget_set_halign (GTK_WIDGET (self), GTK_ALIGN_FILL);
  gtk_widget_set_valign (GTK_WIDGET (self), GTK_ALIGN_FILL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  /* Translators: the organisation chart, as a screen reader
                                   * names it */
                                  _("Organisation chart"), -1);
}

GtkWidget *
outreach_chart_new (void)
{
  return g_object_new (OUTREACH_TYPE_CHART, NULL);
}

OutreachContent *
outreach_chart_get_content (OutreachChart *self)
{
  g_return_val_if_fail (OUTREACH_IS_CHART (self), NULL);

  return self->content;
}

/**
 * outreach_chart_set_content:
 * @content: (nullable): the pack whose unit tree to show
 *
 * Makes a box for each unit, all expanded, and fits the chart to its
 * window again at the next layout.
 */
void
outreach_chart_set_content (OutreachChart   *self,
                            OutreachContent *content)
{
  g_return_if_fail (OUTREACH_IS_CHART (self));

  if (!g_set_object (&self->content, content))
    return;

  clear_boxes (self);
  /* below the roots, branches wait for the first view to open them (a
   * station's, for touch, open at once) */
  if (content != NULL)
    add_units (self, outreach_content_get_units (content), self->touch);
  self->placed = g_new0 (OutreachChartBox, _outreach_chart_n_boxes (self) + 1);
  self->shown = g_new0 (gboolean, _outreach_chart_n_boxes (self) + 1);
  update_shown (self);
  update_highlight (self);
  self->fitted = FALSE;
  _outreach_chart_invalidate_layout (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONTENT]);
}

OutreachNode *
outreach_chart_get_selected_node (OutreachChart *self)
{
  g_return_val_if_fail (OUTREACH_IS_CHART (self), NULL);

  return self->selected_node;
}

/**
 * outreach_chart_set_selected_node:
 * @node: (nullable): the node to highlight, with the path to it from the root
 *
 * Expands the branches down to @node's box, highlights it and the boxes on
 * the way, makes it the chart's Tab stop and scrolls to it. A node with no
 * box (a page, a person) highlights its nearest unit.
 */
void
outreach_chart_set_selected_node (OutreachChart *self,
                                  OutreachNode  *node)
{
  guint i = NONE;

  g_return_if_fail (OUTREACH_IS_CHART (self));

  for (OutreachNode *n = node; n != NULL && i == NONE; n = outreach_node_get_parent (n))
    if ((i = _outreach_chart_index_of (self, n)) != NONE)
      node = n;
  if (i == NONE)
    node = NULL;

  if (!g_set_object (&self->selected_node, node))
    return;
  if (i != NONE)
    {
      for (int p = _outreach_chart_parent_of (self, i); p >= 0;
           p = _outreach_chart_parent_of (self, p))
        _outreach_chart_set_expanded (self, p, TRUE);
      self->current = i;
      _outreach_chart_scroll_to_box (self, i);
    }
  update_highlight (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED_NODE]);
}

/**
 * outreach_chart_get_current_node:
 *
 * Returns: (transfer none) (nullable): the unit of the chart's Tab stop:
 * the box last given the keyboard, or selected (the root at first)
 */
OutreachNode *
outreach_chart_get_current_node (OutreachChart *self)
{
  g_return_val_if_fail (OUTREACH_IS_CHART (self), NULL);

  if (self->current >= _outreach_chart_n_boxes (self))
    return NULL;
  return g_ptr_array_index (self->nodes, self->current);
}

/**
 * outreach_chart_get_box:
 * @node: a unit
 *
 * Returns: (transfer none) (nullable): the box that shows @node
 */
GtkWidget *
outreach_chart_get_box (OutreachChart *self,
                        OutreachNode  *node)
{
  guint i;

  g_return_val_if_fail (OUTREACH_IS_CHART (self), NULL);

  i = _outreach_chart_index_of (self, node);
  return i == NONE ? NULL : GTK_WIDGET (_outreach_chart_box_at (self, i));
}

OutreachChartOrientation
outreach_chart_get_orientation (OutreachChart *self)
{
  g_return_val_if_fail (OUTREACH_IS_CHART (self), OUTREACH_CHART_TOP_DOWN);

  return self->orientation;
}

gboolean
outreach_chart_get_touch (OutreachChart *self)
{
  g_return_val_if_fail (OUTREACH_IS_CHART (self), FALSE);

  return self->touch;
}

/**
 * outreach_chart_set_touch:
 * @touch: whether every box stays a touch target
 *
 * With @touch, the chart zooms no smaller than 100%, where every box is
 * 44 pixels or more.
 */
void
outreach_chart_set_touch (OutreachChart *self,
                          gboolean       touch)
{
  g_return_if_fail (OUTREACH_IS_CHART (self));

  touch = !!touch;
  if (self->touch == touch)
    return;
  self->touch = touch;
  if (touch && self->zoom < 1.0)
    outreach_chart_set_zoom (self, 1.0);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TOUCH]);
}
