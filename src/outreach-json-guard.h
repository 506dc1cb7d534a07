/* outreach-json-guard.h: checks that json-glib 1.6 does not make before it parses
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "outreach-content-problem.h"

G_BEGIN_DECLS

/* What a document may hold, far beyond any real pack. */
typedef struct
{
  guint max_depth;    /* lists and objects open at once */
  gsize max_string;   /* bytes in one string, as written */
  guint max_items;    /* entries in one list or object */
  guint max_values;   /* values in the whole document (keys are not values) */
  guint max_fields;   /* fields in one object */
} OutreachGuardLimits;

/* The outcome of a failed check: the kind of problem, where (line and
 * column counted in characters, from 1) and a sentence saying what. */
typedef struct
{
  OutreachContentError  code;
  guint                 line;
  guint                 column;
  char                 *message;
} OutreachGuardFailure;

gboolean outreach_json_guard_check  (const char                *data,
                                     gsize                      length,
                                     const OutreachGuardLimits *limits,
                                     OutreachGuardFailure      *failure);

void     outreach_json_guard_locate (const char *data,
                                     gsize       offset,
                                     guint      *line,
                                     guint      *column);

G_END_DECLS
