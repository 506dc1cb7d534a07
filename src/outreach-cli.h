/* outreach-cli.h: the command line: its options, and the tools that print and exit
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

void     outreach_cli_add_options      (GApplication  *application);
int      outreach_cli_run_tool         (GVariantDict  *options);
gboolean outreach_cli_check_repeats    (char         **argv,
                                        GError       **error);
char    *outreach_cli_take_present     (void);
gboolean outreach_cli_get_idle_seconds (GVariantDict  *options,
                                        guint         *seconds,
                                        GError       **error);

G_END_DECLS
