/* outreach-cli-private.h: the command-line tools' own files
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* outreach-cli-pin.c */
int _outreach_cli_run_hash_exit_pin (void);

G_END_DECLS
