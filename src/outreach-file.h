/* outreach-file.h: reading a file once, whole and bounded (no GTK)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

GBytes *outreach_file_read_bounded (const char  *filename,
                                    gsize        max_size,
                                    guint64     *size,
                                    GError     **error);

char   *outreach_file_display_name (const char  *filename);
char   *outreach_file_dup_absolute (const char  *filename);
const char *outreach_file_describe_errno (int saved_errno);

gboolean outreach_file_write        (const char  *filename,
                                     GBytes      *bytes,
                                     const char  *keep,
                                     GError     **error);

G_END_DECLS
