/* outreach-settings.c: one lookup for "GSettings, if the schema is installed"
 *
 * An uninstalled build run without its schema, or a desktop without GNOME's
 * schemas, still works as a desktop window, unsaved. The schema is where each
 * default is written down, once: without it there are none to read (and the
 * app refuses to be a display station).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "outreach-settings.h"

static GSettingsSchema *
lookup_schema (const char *schema_id,
               const char *key)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;

  if (source == NULL || (schema = g_settings_schema_source_lookup (source, schema_id, TRUE)) == NULL)
    return NULL;
  if (key != NULL && !g_settings_schema_has_key (schema, key))
    return NULL;
  return g_steal_pointer (&schema);
}

/**
 * outreach_settings_new_if_installed:
 * @schema_id: a schema id
 * @key: (nullable): a key the caller needs, or %NULL
 *
 * Returns: (transfer full) (nullable): the settings, or %NULL when the schema
 *   (or its @key) is not installed
 */
GSettings *
outreach_settings_new_if_installed (const char *schema_id,
                                    const char *key)
{
  g_autoptr(GSettingsSchema) schema = lookup_schema (schema_id, key);

  return schema ? g_settings_new_full (schema, NULL, NULL) : NULL;
}

/**
 * outreach_settings_get_default_uint:
 * @schema_id: a schema id
 * @key: an unsigned key of it
 *
 * The schema is where a default is written down, once: C reads it from there.
 *
 * Returns: the key's default in the installed schema, or 0 when there is none
 */
guint
outreach_settings_get_default_uint (const char *schema_id,
                                    const char *key)
{
  g_autoptr(GSettingsSchema) schema = lookup_schema (schema_id, key);
  g_autoptr(GSettingsSchemaKey) schema_key = NULL;
  g_autoptr(GVariant) value = NULL;

  if (schema == NULL)
    return 0;
  schema_key = g_settings_schema_get_key (schema, key);
  value = g_settings_schema_key_get_default_value (schema_key);
  return g_variant_is_of_type (value, G_VARIANT_TYPE_UINT32) ? g_variant_get_uint32 (value) : 0;
}
