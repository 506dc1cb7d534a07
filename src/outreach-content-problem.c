/* outreach-content-problem.c: a problem with a pack, and how its line reads
 *
 * The lines are what `--validate` prints, and the first is the message of
 * the error a failed load gives, so their form is part of what a user sees.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "outreach-content-private.h"

G_DEFINE_QUARK (outreach-content-error-quark, outreach_content_error)

void
outreach_problem_free (OutreachProblem *problem)
{
  if (problem == NULL)
    return;
  g_free (problem->file);
  g_free (problem->path);
  g_free (problem->message);
  g_free (problem);
}

/**
 * outreach_problem_to_string:
 *
 * Returns: (transfer full): "FILE:LINE:COLUMN: message" for a problem at a
 *   place in the text (such as a syntax error), "FILE: $.path: message" for
 *   one in a field, "FILE: message" for one with the whole file
 */
char *
outreach_problem_to_string (const OutreachProblem *problem)
{
  if (problem->line > 0)
    return g_strdup_printf ("%s:%u:%u: %s", problem->file, problem->line,
                            problem->column, problem->message);
  if (problem->path != NULL)
    return g_strdup_printf ("%s: %s: %s", problem->file, problem->path, problem->message);
  return g_strdup_printf ("%s: %s", problem->file, problem->message);
}

/* Returns: (transfer full): an empty list of #OutreachProblem */
GPtrArray *
_outreach_problem_list_new (void)
{
  return g_ptr_array_new_with_free_func ((GDestroyNotify) outreach_problem_free);
}

/* Appends a problem to @problems. @line and @column are 0 for a problem
 * with no place in the text, @path %NULL for one in no field; @message is
 * taken. */
void
_outreach_problem_list_add (GPtrArray            *problems,
                            OutreachContentError  code,
                            const char           *file,
                            guint                 line,
                            guint                 column,
                            const char           *path,
                            char                 *message)
{
  OutreachProblem *p = g_new0 (OutreachProblem, 1);

  p->code = code;
  p->file = g_strdup (file);
  p->line = line;
  p->column = column;
  p->path = g_strdup (path);
  p->message = message;
  g_ptr_array_add (problems, p);
}
