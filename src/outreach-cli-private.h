/* outreach-cli-private.h: the command-line tools' own files
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* outreach-cli-pin.c */
int _outreach_cli_run_hash_exit_pin (void);

/* outreach-cli.c */
gboolean _outreach_cli_choose_pack (GVariantDict  *options,
                                    char         **file,
                                    gboolean      *configured,
                                    GError       **error);

/* outreach-cli-validate.c */
int _outreach_cli_run_validate (GVariantDict *options,
                                const char   *validate_file);

G_END_DECLS
