/* main.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "outreach-application.h"
#include "outreach-debug.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(OutreachApplication) app = NULL;

  _outreach_debug_mark ("main");
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  app = outreach_application_new ();
  return g_application_run (G_APPLICATION (app), argc, argv);
}
