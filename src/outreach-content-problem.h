/* outreach-content-problem.h: what can be wrong with a content pack
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define OUTREACH_CONTENT_ERROR (outreach_content_error_quark ())

typedef enum
{
  OUTREACH_CONTENT_ERROR_IO,
  OUTREACH_CONTENT_ERROR_TOO_LARGE,
  OUTREACH_CONTENT_ERROR_TOO_DEEP,
  OUTREACH_CONTENT_ERROR_ENCODING,
  OUTREACH_CONTENT_ERROR_SYNTAX,
  OUTREACH_CONTENT_ERROR_SCHEMA_VERSION,
  OUTREACH_CONTENT_ERROR_INVALID,
  OUTREACH_CONTENT_ERROR_DUPLICATE_ID,
  OUTREACH_CONTENT_ERROR_UNRESOLVED,
  OUTREACH_CONTENT_ERROR_UNSAFE_LINK,
  OUTREACH_CONTENT_ERROR_BAD_ADDRESS,
} OutreachContentError;

/* One thing wrong with a pack. A problem found before the JSON is parsed
 * (a syntax error, too deep, a bad encoding) has a line and column, from 1;
 * one in a field has a JSON path such as "$.units[0].children[2].name"; one
 * with the whole file (unreadable, too large) has neither. */
typedef struct
{
  OutreachContentError  code;
  char                 *file;
  guint                 line;
  guint                 column;
  char                 *path;
  char                 *message;
} OutreachProblem;

GQuark  outreach_content_error_quark  (void);
void    outreach_problem_free         (OutreachProblem       *problem);
char   *outreach_problem_to_string    (const OutreachProblem *problem);

G_END_DECLS
