/* test-i18n.c: the window in Welsh
 *
 * Runs the real widgets under cy_GB.UTF-8 with the translations just built
 * (TEST_LOCALEDIR, the build's po/ folder), and checks that a Welsh speaker reads Welsh:
 * in .ui templates, in C, in the plural forms (Welsh has six), and in the
 * content pack's own "@cy" fields.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>
#include <string.h>

#include "outreach-application.h"
#include "outreach-page-view.h"
#include "outreach-search-view.h"
#include "outreach-window.h"
#include "test-utils.h"

static gboolean welsh;

/* Whether a label under @widget reads @text (mnemonics taken out). */
static gboolean
shows_text (GtkWidget  *widget,
            const char *text)
{
  if (GTK_IS_LABEL (widget) && gtk_widget_get_visible (widget) &&
      strcmp (gtk_label_get_text (GTK_LABEL (widget)), text) == 0)
    return TRUE;
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c; c = gtk_widget_get_next_sibling (c))
    if (shows_text (c, text))
      return TRUE;
  return FALSE;
}

static void
test_plural_forms (void)
{
  /* Welsh counts zero, one, two, few (3), many (6) and other: the
   * translation says "N o ganlyniadau" only for "other" */
  static const struct { guint n; const char *says; } counts[] = {
    { 0, "0 canlyniad ar gyfer “x”" },
    { 1, "1 canlyniad ar gyfer “x”" },
    { 2, "2 canlyniad ar gyfer “x”" },
    { 3, "3 canlyniad ar gyfer “x”" },
    { 6, "6 canlyniad ar gyfer “x”" },
    { 7, "7 o ganlyniadau ar gyfer “x”" },
    { 11, "11 o ganlyniadau ar gyfer “x”" },
  };

  if (!welsh)
    {
      g_test_skip ("the cy_GB.UTF-8 locale is not installed (build-aux/setup.sh test makes it)");
      return;
    }
  for (guint i = 0; i < G_N_ELEMENTS (counts); i++)
    {
      g_autofree char *text = g_strdup_printf (ngettext ("%u result for “%s”", "%u results for “%s”",
                                                         counts[i].n), counts[i].n, "x");
      g_assert_cmpstr (text, ==, counts[i].says);
    }
}

static void
test_window_in_welsh (void)
{
  g_autoptr(OutreachContent) content = NULL;
  OutreachWindow *window;
  GtkWidget *entry, *view;
  GtkLabel *status;
  g_autofree char *placeholder = NULL;

  if (!welsh)
    {
      g_test_skip ("the cy_GB.UTF-8 locale is not installed (build-aux/setup.sh test makes it)");
      return;
    }
  content = test_pack_builtin ();
  window = test_window_new (content);
  entry = test_child (window, OUTREACH_TYPE_WINDOW, "search_entry");
  view = test_child (window, OUTREACH_TYPE_WINDOW, "page_view");
  status = GTK_LABEL (test_child (test_child (window, OUTREACH_TYPE_WINDOW, "search_view"), OUTREACH_TYPE_SEARCH_VIEW, "results_status"));

  /* from the window's template */
  g_object_get (entry, "placeholder-text", &placeholder, NULL);
  g_assert_cmpstr (placeholder, ==, "Chwilio unedau, timau, pobl a thudalennau");

  /* from C: the home page's buttons, then a team's Get in touch buttons */
  g_assert_true (shows_text (view, "Archwilio’r uned"));
  g_assert_true (shows_text (view, "Cwrdd â’n pobl"));
  outreach_window_show_page (window, "rart");
  g_assert_true (shows_text (view, "Ysgrifennu at South East Regional HR"));
  g_assert_true (shows_text (view, "Ysgrifennu at Diversity team"));
  g_assert_false (shows_text (view, "Write to South East Regional HR"));

  /* a plural from C, in the window */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.search", NULL);
  gtk_editable_set_text (GTK_EDITABLE (entry), "gatwick");
  g_signal_emit_by_name (entry, "search-changed");
  g_assert_cmpstr (gtk_label_get_text (status), ==, "1 canlyniad ar gyfer “gatwick”");

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  /* the application's class brings in the UI resources, as in the app */
  g_type_class_unref (g_type_class_ref (OUTREACH_TYPE_APPLICATION));

  /* after gtk_test_init (), which sets en_US.UTF-8 */
  g_setenv ("LANGUAGE", "cy", TRUE);
  g_setenv ("LC_ALL", "cy_GB.UTF-8", TRUE);
  welsh = setlocale (LC_ALL, "cy_GB.UTF-8") != NULL;
  bindtextdomain (GETTEXT_PACKAGE, TEST_LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  g_test_add_func ("/i18n/plural-forms", test_plural_forms);
  g_test_add_func ("/i18n/window", test_window_in_welsh);

  return g_test_run ();
}
