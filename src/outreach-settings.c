/* outreach-settings.c: one lookup for "GSettings, if the schema is installed",
 * and what the settings name that more than one part of the app reads
 *
 * An uninstalled build run without its schema, or a desktop without GNOME's
 * schemas, still works as a desktop window, unsaved. The schema is where each
 * default is written down, once: without it there are none to read (and the
 * app refuses to be a display station).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

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

/**
 * outreach_settings_dup_content_file:
 * @error: why the setting names no file that can be read
 *
 * The file the content-file setting names, as a path. The app starts from
 * different folders (a launcher in the home folder, D-Bus activation and
 * systemd in /), so a relative path is refused rather than read from
 * whichever folder that is; "~/" is the user's home folder, the same for
 * every way the app starts. Whether the file is there, and a good pack, is
 * for whoever reads it to find out.
 *
 * Returns: (transfer full) (nullable): the path; %NULL for the built-in pack
 *   (the setting empty, or no settings schema installed), or %NULL and
 *   @error (%G_FILE_ERROR_INVAL) for a relative path
 */
char *
outreach_settings_dup_content_file (GError **error)
{
  g_autoptr(GSettings) settings = outreach_settings_new_if_installed (APP_ID, "content-file");
  g_autofree char *value = settings ? g_settings_get_string (settings, "content-file") : NULL;

  if (value == NULL || value[0] == '\0')
    return NULL;
  if (g_path_is_absolute (value))
    return g_steal_pointer (&value);
  if (g_str_has_prefix (value, "~/"))
    return g_build_filename (g_get_home_dir (), value + 2, NULL);
  g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_INVAL,
               _("The content-file setting is “%s”: a content pack’s file must be given by its "
                 "absolute path, or by one starting with “~/” for the home folder."), value);
  return NULL;
}
