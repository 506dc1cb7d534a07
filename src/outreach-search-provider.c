/* outreach-search-provider.c: org.gnome.Shell.SearchProvider2
 *
 * The shell asks for ids matching the words typed in its overview, then for
 * their names and descriptions, and activates one, or asks for the whole
 * search in the app. Those two the provider leaves to whoever made it, with
 * the "activate-result" and "launch-search" signals (the application answers
 * them with its app.show and app.search actions). It answers from the
 * content it is given (the application gives it the pack its window shows:
 * the content-file setting's, as the shell starts the app with no
 * --content), with the same index as the window's search, built when first
 * asked.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "outreach-search.h"
#include "outreach-search-provider.h"

#define MAX_SHELL_RESULTS 20

static const char introspection_xml[] =
  "<node>"
  "  <interface name='org.gnome.Shell.SearchProvider2'>"
  "    <method name='GetInitialResultSet'>"
  "      <arg type='as' name='terms' direction='in'/>"
  "      <arg type='as' name='results' direction='out'/>"
  "    </method>"
  "    <method name='GetSubsearchResultSet'>"
  "      <arg type='as' name='previous_results' direction='in'/>"
  "      <arg type='as' name='terms' direction='in'/>"
  "      <arg type='as' name='results' direction='out'/>"
  "    </method>"
  "    <method name='GetResultMetas'>"
  "      <arg type='as' name='identifiers' direction='in'/>"
  "      <arg type='aa{sv}' name='metas' direction='out'/>"
  "    </method>"
  "    <method name='ActivateResult'>"
  "      <arg type='s' name='identifier' direction='in'/>"
  "      <arg type='as' name='terms' direction='in'/>"
  "      <arg type='u' name='timestamp' direction='in'/>"
  "    </method>"
  "    <method name='LaunchSearch'>"
  "      <arg type='as' name='terms' direction='in'/>"
  "      <arg type='u' name='timestamp' direction='in'/>"
  "    </method>"
  "  </interface>"
  "</node>";

struct _OutreachSearchProvider
{
  GObject          parent_instance;

  GApplication    *application;   /* not owned: the application owns us */
  GDBusConnection *connection;
  guint            registration;
  OutreachContent *content;
  OutreachSearch  *search;        /* for the content, once asked */
};

G_DEFINE_FINAL_TYPE (OutreachSearchProvider, outreach_search_provider, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_CONTENT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  ACTIVATE_RESULT,
  LAUNCH_SEARCH,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static OutreachSearch *
get_search (OutreachSearchProvider *self)
{
  if (self->search == NULL && self->content != NULL)
    self->search = outreach_search_new (self->content);
  return self->search;
}

static char *
join_terms (GVariant *terms)
{
  g_autofree const char **strv = g_variant_get_strv (terms, NULL);

  return g_strjoinv (" ", (char **) strv);
}

static GVariant *
result_ids (OutreachSearchProvider *self,
            GVariant               *terms,
            GVariant               *within)
{
  g_autofree char *query = join_terms (terms);
  OutreachSearch *search = get_search (self);
  g_autoptr(GListModel) results = search ? outreach_search_query (search, query, MAX_SHELL_RESULTS)
                                         : NULL;
  g_autofree const char **previous = within ? g_variant_get_strv (within, NULL) : NULL;
  GVariantBuilder builder;

  g_variant_builder_init (&builder, G_VARIANT_TYPE ("as"));
  for (guint i = 0; results != NULL && i < g_list_model_get_n_items (results); i++)
    {
      g_autoptr(OutreachSearchResult) result = g_list_model_get_item (results, i);
      const char *id = outreach_node_get_id (outreach_search_result_get_node (result));

      /* a subsearch narrows what was found before */
      if (previous == NULL || g_strv_contains (previous, id))
        g_variant_builder_add (&builder, "s", id);
    }
  return g_variant_new ("(as)", &builder);
}

static GVariant *
result_metas (OutreachSearchProvider *self,
              GVariant               *ids)
{
  OutreachContent *content = self->content;
  g_autofree const char **strv = g_variant_get_strv (ids, NULL);
  GVariantBuilder builder;

  g_variant_builder_init (&builder, G_VARIANT_TYPE ("aa{sv}"));
  for (guint i = 0; strv[i] != NULL; i++)
    {
      OutreachNode *node = content ? outreach_content_lookup (content, strv[i]) : NULL;
      const char *subtitle;
      g_autofree char *description = NULL;

      if (node == NULL)
        continue;

      subtitle = outreach_node_get_subtitle (node);
      description = subtitle ? g_strdup_printf ("%s · %s", outreach_node_get_kind_name (node), subtitle)
                             : g_strdup (outreach_node_get_kind_name (node));

      g_variant_builder_open (&builder, G_VARIANT_TYPE ("a{sv}"));
      g_variant_builder_add (&builder, "{sv}", "id", g_variant_new_string (strv[i]));
      g_variant_builder_add (&builder, "{sv}", "name",
                             g_variant_new_string (outreach_node_get_title (node)));
      g_variant_builder_add (&builder, "{sv}", "description", g_variant_new_string (description));
      g_variant_builder_add (&builder, "{sv}", "gicon", g_variant_new_string (APP_ID));
      g_variant_builder_close (&builder);
    }
  return g_variant_new ("(aa{sv})", &builder);
}

static void
handle_method_call (GDBusConnection       *connection,
                    const char            *sender,
                    const char            *object_path,
                    const char            *interface_name,
                    const char            *method_name,
                    GVariant              *parameters,
                    GDBusMethodInvocation *invocation,
                    gpointer               user_data)
{
  OutreachSearchProvider *self = user_data;
  g_autoptr(GVariant) first = g_variant_get_child_value (parameters, 0);
  GVariant *reply = NULL;

  /* a service exits when idle: not while it answers */
  g_application_hold (self->application);

  if (g_strcmp0 (method_name, "GetInitialResultSet") == 0)
    reply = result_ids (self, first, NULL);
  else if (g_strcmp0 (method_name, "GetSubsearchResultSet") == 0)
    {
      g_autoptr(GVariant) terms = g_variant_get_child_value (parameters, 1);
      reply = result_ids (self, terms, first);
    }
  else if (g_strcmp0 (method_name, "GetResultMetas") == 0)
    reply = result_metas (self, first);
  else if (g_strcmp0 (method_name, "ActivateResult") == 0)
    g_signal_emit (self, signals[ACTIVATE_RESULT], 0, g_variant_get_string (first, NULL));
  else if (g_strcmp0 (method_name, "LaunchSearch") == 0)
    {
      g_autofree char *query = join_terms (first);
      g_signal_emit (self, signals[LAUNCH_SEARCH], 0, query);
    }

  g_dbus_method_invocation_return_value (invocation, reply);
  g_application_release (self->application);
}

static const GDBusInterfaceVTable vtable = { handle_method_call, NULL, NULL, { 0 } };

static void
outreach_search_provider_dispose (GObject *object)
{
  OutreachSearchProvider *self = OUTREACH_SEARCH_PROVIDER (object);

  outreach_search_provider_unexport (self);
  g_clear_object (&self->search);
  g_clear_object (&self->content);

  G_OBJECT_CLASS (outreach_search_provider_parent_class)->dispose (object);
}

static void
outreach_search_provider_get_property (GObject    *object,
                                       guint       prop_id,
                                       GValue     *value,
                                       GParamSpec *pspec)
{
  OutreachSearchProvider *self = OUTREACH_SEARCH_PROVIDER (object);

  switch (prop_id)
    {
    case PROP_CONTENT:
      g_value_set_object (value, self->content);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
outreach_search_provider_set_property (GObject      *object,
                                       guint         prop_id,
                                       const GValue *value,
                                       GParamSpec   *pspec)
{
  OutreachSearchProvider *self = OUTREACH_SEARCH_PROVIDER (object);

  switch (prop_id)
    {
    case PROP_CONTENT:
      outreach_search_provider_set_content (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
outreach_search_provider_class_init (OutreachSearchProviderClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = outreach_search_provider_dispose;
  object_class->get_property = outreach_search_provider_get_property;
  object_class->set_property = outreach_search_provider_set_property;

  properties[PROP_CONTENT] =
    g_param_spec_object ("content", NULL, NULL, OUTREACH_TYPE_CONTENT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * OutreachSearchProvider::activate-result:
   * @id: the id of the node the user picked in the shell
   */
  signals[ACTIVATE_RESULT] =
    g_signal_new ("activate-result", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  /**
   * OutreachSearchProvider::launch-search:
   * @text: the words typed in the shell, to search for in the app
   */
  signals[LAUNCH_SEARCH] =
    g_signal_new ("launch-search", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);
}

static void
outreach_search_provider_init (OutreachSearchProvider *self)
{
}

/**
 * outreach_search_provider_new:
 * @application: held while the provider answers, so that a D-Bus service
 *   does not exit in the middle of a call
 * @content: (nullable): what to search, if known yet
 */
OutreachSearchProvider *
outreach_search_provider_new (GApplication    *application,
                              OutreachContent *content)
{
  OutreachSearchProvider *self = g_object_new (OUTREACH_TYPE_SEARCH_PROVIDER,
                                               "content", content,
                                               NULL);

  self->application = application;
  return self;
}

void
outreach_search_provider_set_content (OutreachSearchProvider *self,
                                      OutreachContent        *content)
{
  g_return_if_fail (OUTREACH_IS_SEARCH_PROVIDER (self));

  if (g_set_object (&self->content, content))
    {
      g_clear_object (&self->search);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONTENT]);
    }
}

gboolean
outreach_search_provider_export (OutreachSearchProvider  *self,
                                 GDBusConnection         *connection,
                                 GError                 **error)
{
  g_autoptr(GDBusNodeInfo) info = g_dbus_node_info_new_for_xml (introspection_xml, error);

  if (info == NULL)
    return FALSE;

  self->registration = g_dbus_connection_register_object (connection,
                                                          OUTREACH_SEARCH_PROVIDER_PATH,
                                                          info->interfaces[0], &vtable,
                                                          self, NULL, error);
  if (self->registration == 0)
    return FALSE;
  self->connection = g_object_ref (connection);
  return TRUE;
}

void
outreach_search_provider_unexport (OutreachSearchProvider *self)
{
  if (self->registration != 0)
    g_dbus_connection_unregister_object (self->connection, self->registration);
  self->registration = 0;
  g_clear_object (&self->connection);
}
