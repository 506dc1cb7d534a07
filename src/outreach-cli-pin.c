/* outreach-cli-pin.c: serocu-outreach --hash-exit-pin
 *
 * The staff PIN from standard input (asked twice, unseen, on a terminal),
 * its salted hash (outreach-exit-pin.c) on standard output: the value of
 * the kiosk-exit-pin setting.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>

#include <gio/gio.h>
#include <glib/gi18n.h>

#include "outreach-cli-private.h"
#include "outreach-exit-pin.h"
#include "outreach-file.h"

/* --hash-exit-pin: the PIN from standard input, never from the command line
 * (which `ps` shows to everyone), and not echoed on a terminal */

static struct termios saved_termios;
static volatile sig_atomic_t echo_is_off;

/* Interrupted with the echo off: the terminal gets it back (tcsetattr() is
 * safe in a signal handler), then the signal does what it would have done. */
static void
restore_echo_and_raise (int signum)
{
  if (echo_is_off)
    tcsetattr (STDIN_FILENO, TCSAFLUSH, &saved_termios);
  signal (signum, SIG_DFL);
  raise (signum);
}

static gboolean
set_echo (gboolean on)
{
  static const int signals[] = { SIGINT, SIGTERM, SIGHUP, SIGQUIT };
  struct termios quiet;

  if (!on)
    {
      if (tcgetattr (STDIN_FILENO, &saved_termios) != 0)
        return FALSE;
      quiet = saved_termios;
      quiet.c_lflag &= ~(ECHO | ECHONL);
      quiet.c_lflag |= ICANON;
      for (guint i = 0; i < G_N_ELEMENTS (signals); i++)
        signal (signals[i], restore_echo_and_raise);
      echo_is_off = TRUE;
      return tcsetattr (STDIN_FILENO, TCSAFLUSH, &quiet) == 0;
    }
  if (echo_is_off)
    {
      tcsetattr (STDIN_FILENO, TCSAFLUSH, &saved_termios);
      echo_is_off = FALSE;
      for (guint i = 0; i < G_N_ELEMENTS (signals); i++)
        signal (signals[i], SIG_DFL);
    }
  return TRUE;
}

/* One line of standard input into @line, without its line end; on a
 * terminal, after @prompt and with no echo. A line longer than @line is
 * cut short, which makes it no PIN either. */
static gboolean
read_pin_line (const char  *prompt,
               char        *line,
               gsize        size,
               GError     **error)
{
  gboolean terminal = isatty (STDIN_FILENO);
  gboolean got;
  int saved_errno;

  /* the echo goes first: what is typed after the prompt is never shown */
  if (terminal && !set_echo (FALSE))
    terminal = FALSE;
  if (terminal)
    {
      fputs (prompt, stderr);
      fflush (stderr);
    }
  errno = 0;
  got = fgets (line, size, stdin) != NULL;
  saved_errno = errno;
  if (terminal)
    {
      set_echo (TRUE);
      fputc ('\n', stderr);
    }
  if (!got && ferror (stdin))
    {
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   _("Cannot read the PIN: %s."), outreach_file_describe_errno (saved_errno));
      return FALSE;
    }
  if (!got)
    line[0] = '\0';
  line[strcspn (line, "\r\n")] = '\0';
  return TRUE;
}

int
_outreach_cli_run_hash_exit_pin (void)
{
  char pin[64], again[64];
  g_autofree char *prompt = NULL;
  g_autofree char *stored = NULL;
  g_autoptr(GError) error = NULL;
  int status = 1;

  /* Translators: the prompt for the staff PIN, typed with no echo */
  prompt = g_strdup_printf (_("Staff PIN (%d to %d digits): "), OUTREACH_EXIT_PIN_MIN_DIGITS,
                            OUTREACH_EXIT_PIN_MAX_DIGITS);
  if (!read_pin_line (prompt, pin, sizeof pin, &error) ||
      !outreach_exit_pin_check_typeable (pin, &error))
    goto out;

  /* typed unseen, so typed twice */
  if (isatty (STDIN_FILENO))
    {
      if (!read_pin_line (_("The same PIN again: "), again, sizeof again, &error))
        goto out;
      if (strcmp (pin, again) != 0)
        {
          g_set_error_literal (&error, G_IO_ERROR, G_IO_ERROR_FAILED,
                               _("The two PINs differ: nothing is set. Try again."));
          goto out;
        }
    }

  if ((stored = outreach_exit_pin_hash (pin, &error)) == NULL)
    goto out;
  g_print ("%s\n", stored);
  status = 0;

out:
  if (error != NULL)
    g_printerr ("%s\n", error->message);
  explicit_bzero (pin, sizeof pin);
  explicit_bzero (again, sizeof again);
  return status;
}
