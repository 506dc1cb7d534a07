/* outreach-content.c: a loaded content pack, the root of the model
 *
 * The pack's organisation, its lists (sidebar, units, pages, profiles,
 * contacts, links, templates) and the lookups by id. Reading and checking
 * a pack is the loader's (outreach-content-loader.c).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n.h>

#include "outreach-content-private.h"
#include "outreach-link.h"
#include "outreach-profile.h"
#include "outreach-text.h"

G_DEFINE_FINAL_TYPE (OutreachContent, outreach_content, G_TYPE_OBJECT)

static void
outreach_content_finalize (GObject *object)
{
  OutreachContent *self = OUTREACH_CONTENT (object);

  g_clear_pointer (&self->source, g_free);
  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->short_name, g_free);
  g_clear_pointer (&self->strapline, g_free);
  g_clear_object (&self->sidebar);
  g_clear_object (&self->units);
  g_clear_object (&self->pages);
  g_clear_object (&self->profiles);
  g_clear_object (&self->contacts);
  g_clear_object (&self->links);
  g_clear_object (&self->templates);
  g_clear_object (&self->routes);
  g_clear_object (&self->tours);
  g_clear_pointer (&self->nodes, g_hash_table_unref);
  g_clear_pointer (&self->app_name, g_free);
  g_clear_pointer (&self->employment, g_hash_table_unref);

  G_OBJECT_CLASS (outreach_content_parent_class)->finalize (object);
}

static void
outreach_content_class_init (OutreachContentClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = outreach_content_finalize;
}

static void
outreach_content_init (OutreachContent *self)
{
  self->nodes = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_object_unref);
  self->sidebar = g_list_store_new (OUTREACH_TYPE_NODE);
  self->units = g_list_store_new (OUTREACH_TYPE_NODE);
  self->pages = g_list_store_new (OUTREACH_TYPE_NODE);
  self->profiles = g_list_store_new (OUTREACH_TYPE_PROFILE);
  self->contacts = g_list_store_new (OUTREACH_TYPE_CONTACT);
  self->links = g_list_store_new (OUTREACH_TYPE_LINK);
  self->templates = g_list_store_new (OUTREACH_TYPE_TEMPLATE);
  self->routes = g_list_store_new (OUTREACH_TYPE_ROUTE);
  self->tours = g_list_store_new (OUTREACH_TYPE_TOUR);
  self->employment = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
}

static gpointer
lookup_in_store (GListStore *store,
                 const char *id,
                 const char *(*get_id) (gpointer))
{
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (store)); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (G_LIST_MODEL (store), i);

      if (g_strcmp0 (get_id (item), id) == 0)
        return item;
    }
  return NULL;
}

/* Accessors */

/**
 * outreach_content_get_source:
 *
 * Returns: where the pack came from: its path, or "built-in content"
 */
const char *
outreach_content_get_source (OutreachContent *self)
{
  return self->source;
}

const char *
outreach_content_get_name (OutreachContent *self)
{
  return self->name;
}

const char *
outreach_content_get_short_name (OutreachContent *self)
{
  return self->short_name ? self->short_name : self->name;
}

const char *
outreach_content_get_strapline (OutreachContent *self)
{
  return self->strapline;
}

/**
 * outreach_content_get_app_name:
 *
 * Returns: the app's name for this pack, as the About window and the main
 *   menu say it: the pack's "app_name", by default "SHORT_NAME Outreach"
 */
const char *
outreach_content_get_app_name (OutreachContent *self)
{
  g_return_val_if_fail (OUTREACH_IS_CONTENT (self), NULL);

  /* the loader sets it for every pack it returns */
  return self->app_name ? self->app_name : outreach_content_get_short_name (self);
}

/**
 * outreach_content_get_employment_name:
 * @id: a kind of employment's id, such as a profile's
 *
 * Returns: (nullable): what the pack calls that kind of employment, in the
 *   user's language, or %NULL if the pack has no such kind
 */
const char *
outreach_content_get_employment_name (OutreachContent *self,
                                      const char      *id)
{
  g_return_val_if_fail (OUTREACH_IS_CONTENT (self), NULL);

  return id ? g_hash_table_lookup (self->employment, id) : NULL;
}

/**
 * outreach_content_get_sidebar:
 *
 * Returns: (transfer none): the top-level nodes of the navigation tree
 */
GListModel *
outreach_content_get_sidebar (OutreachContent *self)
{
  return G_LIST_MODEL (self->sidebar);
}

/**
 * outreach_content_get_units:
 *
 * Returns: (transfer none): the roots of the unit tree
 */
GListModel *
outreach_content_get_units (OutreachContent *self)
{
  return G_LIST_MODEL (self->units);
}

GListModel *
outreach_content_get_pages (OutreachContent *self)
{
  return G_LIST_MODEL (self->pages);
}

GListModel *
outreach_content_get_profiles (OutreachContent *self)
{
  return G_LIST_MODEL (self->profiles);
}

GListModel *
outreach_content_get_contacts (OutreachContent *self)
{
  return G_LIST_MODEL (self->contacts);
}

GListModel *
outreach_content_get_links (OutreachContent *self)
{
  return G_LIST_MODEL (self->links);
}

GListModel *
outreach_content_get_templates (OutreachContent *self)
{
  return G_LIST_MODEL (self->templates);
}

/**
 * outreach_content_get_tours:
 *
 * Returns: (transfer none): the pack's tours (#OutreachTour), in its order;
 *   when it gives none, one default tour (Home, About, each capability, Our
 *   people, Join us: whichever the pack has)
 */
GListModel *
outreach_content_get_tours (OutreachContent *self)
{
  g_return_val_if_fail (OUTREACH_IS_CONTENT (self), NULL);

  return G_LIST_MODEL (self->tours);
}

/**
 * outreach_content_get_routes:
 *
 * Returns: (transfer none): the pack's ways in (#OutreachRoute), in its
 *   order; empty when it gives none
 */
GListModel *
outreach_content_get_routes (OutreachContent *self)
{
  g_return_val_if_fail (OUTREACH_IS_CONTENT (self), NULL);

  return G_LIST_MODEL (self->routes);
}

/**
 * outreach_content_get_template_for:
 *
 * Returns: (transfer none): the message that "Get in touch" starts from on
 *   the page of a node of @kind
 */
OutreachTemplate *
outreach_content_get_template_for (OutreachContent  *self,
                                   OutreachNodeKind  kind)
{
  g_return_val_if_fail (kind < G_N_ELEMENTS (self->get_in_touch), NULL);

  return self->get_in_touch[kind];
}

/**
 * outreach_content_dup_contacts_about:
 * @about: (nullable): the page being read; %NULL for Home
 *
 * Returns: (transfer container) (element-type OutreachContact): every
 *   contact, the most fitting for @about's kind of page first (whom
 *   "get_in_touch" writes to), then the others in the pack's order
 */
GPtrArray *
outreach_content_dup_contacts_about (OutreachContent *self,
                                     OutreachNode    *about)
{
  OutreachNodeKind kind = about ? outreach_node_get_kind (about) : OUTREACH_NODE_PAGE;
  OutreachTemplate *first;
  OutreachContact *fitting;
  GPtrArray *contacts;

  g_return_val_if_fail (OUTREACH_IS_CONTENT (self), NULL);

  first = outreach_content_get_template_for (self, kind);
  fitting = first ? outreach_template_get_contact (first) : NULL;
  contacts = g_ptr_array_new_with_free_func (g_object_unref);
  if (fitting != NULL)
    g_ptr_array_add (contacts, g_object_ref (fitting));
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->contacts)); i++)
    {
      g_autoptr(OutreachContact) contact = g_list_model_get_item (G_LIST_MODEL (self->contacts), i);

      if (contact != fitting)
        g_ptr_array_add (contacts, g_steal_pointer (&contact));
    }
  return contacts;
}

/**
 * outreach_content_lookup_contact:
 *
 * Returns: (transfer none) (nullable): the contact with @id
 */
OutreachContact *
outreach_content_lookup_contact (OutreachContent *self,
                                 const char      *id)
{
  return lookup_in_store (self->contacts, id, (const char *(*) (gpointer)) outreach_contact_get_id);
}

/* Returns: (transfer none) (nullable): the link with @id */
OutreachLink *
_outreach_content_lookup_link (OutreachContent *self,
                               const char      *id)
{
  return lookup_in_store (self->links, id, (const char *(*) (gpointer)) outreach_link_get_id);
}

/* Returns: (transfer none) (nullable): the template with @id */
OutreachTemplate *
_outreach_content_lookup_template (OutreachContent *self,
                                   const char      *id)
{
  return lookup_in_store (self->templates, id,
                          (const char *(*) (gpointer)) outreach_template_get_id);
}

static void
add_nodes (GListModel *nodes,
           GPtrArray  *all,
           GHashTable *seen)
{
  for (guint i = 0; nodes != NULL && i < g_list_model_get_n_items (nodes); i++)
    {
      g_autoptr(OutreachNode) node = g_list_model_get_item (nodes, i);

      if (!g_hash_table_add (seen, node))
        continue;
      g_ptr_array_add (all, node);
      add_nodes (outreach_node_get_children (node), all, seen);
    }
}

/**
 * outreach_content_dup_nodes:
 *
 * Returns: (transfer container) (element-type OutreachNode): every page,
 *   unit and profile once, in the order of the tree, then those the tree
 *   does not reach (pages, units and people not in it)
 */
GPtrArray *
outreach_content_dup_nodes (OutreachContent *self)
{
  GPtrArray *all = g_ptr_array_new ();
  g_autoptr(GHashTable) seen = g_hash_table_new (NULL, NULL);

  add_nodes (G_LIST_MODEL (self->sidebar), all, seen);
  add_nodes (G_LIST_MODEL (self->units), all, seen);
  add_nodes (G_LIST_MODEL (self->pages), all, seen);
  add_nodes (G_LIST_MODEL (self->profiles), all, seen);
  return all;
}

guint
outreach_content_get_n_units (OutreachContent *self)
{
  return self->n_units;
}

/**
 * outreach_content_lookup:
 *
 * Returns: (transfer none) (nullable): the page, unit or profile with @id
 */
OutreachNode *
outreach_content_lookup (OutreachContent *self,
                         const char      *id)
{
  g_return_val_if_fail (OUTREACH_IS_CONTENT (self), NULL);

  return id ? g_hash_table_lookup (self->nodes, id) : NULL;
}

/* The ids a person could have meant: enough to see the pattern, not a
 * 100,000-page pack's every id */
#define LISTED_IDS 50

/* The first of @ids, and how many more of @total there are */
static char *
join_ids_of (GPtrArray *ids,
             guint      total)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < MIN (ids->len, LISTED_IDS); i++)
    g_string_append_printf (out, "%s%s", i ? ", " : "", (const char *) g_ptr_array_index (ids, i));
  if (total > LISTED_IDS)
    /* Translators: after a list of ids, how many more there are */
    g_string_append_printf (out, ngettext (" and %u more", " and %u more", total - LISTED_IDS),
                            total - LISTED_IDS);
  return g_string_free (out, FALSE);
}

static char *
join_ids (GPtrArray *ids)
{
  return join_ids_of (ids, ids->len);
}

/**
 * outreach_content_find_page:
 * @id: (nullable): an id a person gave (on the command line, the bus …)
 *
 * Like outreach_content_lookup(), for ids from outside: an unknown id is an
 * error that quotes it in a line's worth and lists ids that would do.
 *
 * Returns: (transfer none) (nullable): the page, unit or profile with @id
 */
OutreachNode *
outreach_content_find_page (OutreachContent  *self,
                            const char       *id,
                            GError          **error)
{
  OutreachNode *node = outreach_content_lookup (self, id);
  g_autoptr(GPtrArray) nodes = NULL;
  g_autoptr(GPtrArray) ids = NULL;
  g_autofree char *valid = NULL;
  g_autofree char *quoted = NULL;

  if (node != NULL)
    return node;

  nodes = outreach_content_dup_nodes (self);
  ids = g_ptr_array_new ();
  for (guint i = 0; i < nodes->len; i++)
    g_ptr_array_add (ids, (gpointer) outreach_node_get_id (g_ptr_array_index (nodes, i)));
  valid = join_ids (ids);
  quoted = outreach_text_excerpt (id, -1, OUTREACH_TEXT_EXCERPT_CHARS);
  g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
               _("No page has the id “%s”. The pages are: %s."), quoted, valid);
  return NULL;
}

/**
 * outreach_content_find_tour:
 * @id: (nullable): a tour's id, from outside; %NULL or "" for the pack's first
 *
 * The tour to present: an unknown id is an error that quotes it and lists
 * the pack's tours (the first fifty).
 *
 * Returns: (transfer full) (nullable): the tour
 */
OutreachTour *
outreach_content_find_tour (OutreachContent  *self,
                            const char       *id,
                            GError          **error)
{
  GListModel *tours = outreach_content_get_tours (self);
  guint n = g_list_model_get_n_items (tours);
  g_autoptr(GPtrArray) ids = g_ptr_array_new ();
  g_autofree char *valid = NULL;
  g_autofree char *quoted = NULL;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(OutreachTour) tour = g_list_model_get_item (tours, i);

      if (id == NULL || *id == '\0' || g_strcmp0 (outreach_tour_get_id (tour), id) == 0)
        return g_steal_pointer (&tour);
      /* (the pack's list holds the tour, and so its id) */
      if (i < LISTED_IDS)
        g_ptr_array_add (ids, (gpointer) outreach_tour_get_id (tour));
    }
  if (id == NULL || *id == '\0')
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND, _("The pack has no tour to present."));
      return NULL;
    }
  valid = join_ids_of (ids, n);
  quoted = outreach_text_excerpt (id, -1, OUTREACH_TEXT_EXCERPT_CHARS);
  g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
               _("There is no tour with the id “%s”. The pack’s tours: %s."), quoted, valid);
  return NULL;
}

/**
 * outreach_content_find_contact:
 * @id: (nullable): an id a person gave
 *
 * Like outreach_content_lookup_contact(), for ids from outside.
 *
 * Returns: (transfer none) (nullable): the contact with @id
 */
OutreachContact *
outreach_content_find_contact (OutreachContent  *self,
                               const char       *id,
                               GError          **error)
{
  OutreachContact *contact = id ? outreach_content_lookup_contact (self, id) : NULL;
  GListModel *contacts = outreach_content_get_contacts (self);
  g_autoptr(GPtrArray) ids = NULL;
  g_autofree char *valid = NULL;
  g_autofree char *quoted = NULL;

  if (contact != NULL)
    return contact;

  ids = g_ptr_array_new ();
  for (guint i = 0; i < g_list_model_get_n_items (contacts); i++)
    {
      /* the pack's list holds the contact: its id outlives this reference */
      g_autoptr(OutreachContact) item = g_list_model_get_item (contacts, i);

      g_ptr_array_add (ids, (gpointer) outreach_contact_get_id (item));
    }
  valid = join_ids (ids);
  quoted = outreach_text_excerpt (id, -1, OUTREACH_TEXT_EXCERPT_CHARS);
  g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
               _("No contact has the id “%s”. The contacts are: %s."), quoted, valid);
  return NULL;
}

OutreachNode *
outreach_content_get_home (OutreachContent *self)
{
  return outreach_content_lookup (self, "home");
}
