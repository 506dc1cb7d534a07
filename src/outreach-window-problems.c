/* outreach-window-problems.c: the window's bar, for what went wrong
 *
 * What a request could not do (an id from the bus, a contact the pack does
 * not have), and which content is shown when the pack could not be used
 * and why. On a station the bar is for staff: it is held until they leave
 * the station, and the pack's problems go to the journal.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "outreach-text.h"
#include "outreach-window-private.h"

/* A problem line quotes outside text (an id from the bus, a pack's value,
 * a file name): the bar shows a few lines' worth at most, each one line,
 * whatever it was given. */
#define PROBLEM_MAX_CHARS  240
/* A pack's problem line starts with the file's name, which may be long,
 * and ends with what is wrong: a longer one is cut after this much */
#define PROBLEM_HEAD_CHARS 60

static char *
problem_line (const char *text,
              guint       head_chars)
{
  g_autofree char *line = NULL;
  g_autofree char *head = NULL;
  g_autofree char *tail = NULL;
  glong n;

  if (head_chars >= PROBLEM_MAX_CHARS)
    return outreach_text_excerpt (text, -1, PROBLEM_MAX_CHARS);

  line = outreach_text_excerpt (text, -1, G_MAXUINT);
  n = g_utf8_strlen (line, -1);
  if (n <= PROBLEM_MAX_CHARS)
    return g_steal_pointer (&line);
  head = g_utf8_substring (line, 0, head_chars);
  tail = g_utf8_substring (line, n - (PROBLEM_MAX_CHARS - head_chars - 1), n);
  return g_strconcat (head, "…", tail, NULL);
}

/* On a station the bar is for staff, not the public (nor, presenting, for
 * the room: see outreach-window-present.c): what it would say is
 * kept, in the bar but not shown, and in the journal, and shows when staff
 * leave the station (see _outreach_window_station_changed). */
static void
show_problem (OutreachWindow *self,
              const char     *title,
              const char     *detail,
              guint           detail_head_chars)
{
  g_autofree char *shown_title = problem_line (title, PROBLEM_MAX_CHARS);
  g_autofree char *shown_detail = problem_line (detail, detail_head_chars);

  gtk_label_set_text (self->problem_title, shown_title);
  gtk_label_set_text (self->problem_label, shown_detail);
  gtk_widget_set_visible (GTK_WIDGET (self->problem_label), detail != NULL);
  /* presenting, nor is it for the room: it shows when presenting ends */
  if (self->kiosk || self->presenter != NULL)
    self->problem_held = TRUE;
  else
    gtk_revealer_set_reveal_child (self->problem_revealer, TRUE);
}

void
_outreach_window_show_problem (OutreachWindow *self,
                               const char     *title,
                               const char     *detail)
{
  /* on a station, what a caller asked for (an id from the bus, a contact)
   * is the caller's doing, for the log only (not a warning): it neither
   * shows nor takes the place of the pack's problem kept for staff */
  if (self->kiosk)
    {
      g_message ("display station: %s%s%s", title, detail ? " " : "", detail ? detail : "");
      return;
    }
  show_problem (self, title, detail, PROBLEM_MAX_CHARS);
}

/* What the pack shown instead is, and why (@title untranslated): in the
 * bar, in the user's language, and on a station in English for staff
 * reading the journal, the whole of @problem */
static void
tell_content (OutreachWindow *self,
              const char     *title,
              const char     *problem)
{
  /* ("…is shown: FILE:LINE: what", the title's full stop a colon) */
  if (self->kiosk)
    g_warning ("%.*s: %s", (int) strlen (title) - 1, title, problem);
  show_problem (self, _(title), problem, PROBLEM_HEAD_CHARS);
}

/**
 * outreach_window_show_content_problem:
 * @problem: the first problem found in the pack, naming the file and place
 *
 * Tells the user that their content pack was rejected, and why. The bar
 * shows a few lines' worth of @problem at most, whatever it quotes.
 */
void
outreach_window_show_content_problem (OutreachWindow *self,
                                      const char     *problem)
{
  tell_content (self, N_("The content pack could not be used, so the built-in content is shown."),
                problem);
}

/**
 * outreach_window_show_content_kept:
 * @problem: why the pack's file could not be used, naming the file and place
 *
 * Tells the user that their content pack's file could not be used, so the
 * last good version of it is shown. On a station, for staff only.
 */
void
outreach_window_show_content_kept (OutreachWindow *self,
                                   const char     *problem)
{
  g_return_if_fail (OUTREACH_IS_WINDOW (self));

  tell_content (self, N_("The content pack could not be used, so its last good version is shown."),
                problem);
}

/**
 * outreach_window_show_content_previous:
 * @problem: why the newly chosen pack could not be used
 *
 * Tells the user that the pack the settings now name could not be used,
 * so the content shown before stays. On a station, for staff only.
 */
void
outreach_window_show_content_previous (OutreachWindow *self,
                                       const char     *problem)
{
  g_return_if_fail (OUTREACH_IS_WINDOW (self));

  tell_content (self, N_("The newly chosen content pack could not be used, so the content shown "
                         "before stays."),
                problem);
}
