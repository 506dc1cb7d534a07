/* outreach-content-private.h: for the files that make up the content pack
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "outreach-content.h"

G_BEGIN_DECLS

GPtrArray *_outreach_problem_list_new  (void);
void       _outreach_problem_list_add  (GPtrArray            *problems,
                                        OutreachContentError  code,
                                        const char           *file,
                                        guint                 line,
                                        guint                 column,
                                        const char           *path,
                                        char                 *message);

G_END_DECLS
