/* outreach-link-button.c: a button for one of a pack's links
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "outreach-accessible.h"
#include "outreach-link-button.h"
#include "outreach-text.h"

static gboolean
on_activate_link (GtkLinkButton *button)
{
  /* launched, or on a display station shown as a QR code: the window decides */
  gtk_widget_activate_action (GTK_WIDGET (button), "win.open-link", "s",
                              gtk_link_button_get_uri (button));
  return TRUE;
}

/* a link's address as its tooltip: where it goes, in a few lines at most */
#define LINK_TOOLTIP_CHARS 200

/**
 * outreach_link_button_new:
 * @link: a link of the pack's
 * @width_chars: the most characters a line of its title may have
 *
 * Returns: (transfer floating): a button for @link: its title (wrapping),
 *   its address as the tooltip and the site it opens, in words, for a
 *   screen reader; pressed, "win.open-link" (launched, or on a display
 *   station shown as a QR code)
 */
GtkWidget *
outreach_link_button_new (OutreachLink *link,
                          int           width_chars)
{
  GtkWidget *button = gtk_link_button_new_with_label (outreach_link_get_url (link),
                                                      outreach_link_get_title (link));
  GtkWidget *label = gtk_button_get_child (GTK_BUTTON (button));
  g_autofree char *tooltip = outreach_text_excerpt (outreach_link_get_url (link), -1,
                                                    LINK_TOOLTIP_CHARS);
  g_autoptr(GUri) uri = NULL;

  /* the title wraps as the page's text does */
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_natural_wrap_mode (GTK_LABEL (label), GTK_NATURAL_WRAP_NONE);
  gtk_label_set_max_width_chars (GTK_LABEL (label), width_chars);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_set_halign (button, GTK_ALIGN_START);
  _outreach_accessible_set_tooltip (button, tooltip);
  /* the tooltip shows the address; a screen reader says where it goes in
   * words, not "https colon slash slash …" */
  if ((uri = g_uri_parse (outreach_link_get_url (link), G_URI_FLAGS_NONE, NULL)) != NULL
      && g_uri_get_host (uri) != NULL)
    {
      /* Translators: what a screen reader says of a link on a page, after
       * its title; %s is the site, such as "tvpcareers.co.uk" */
      g_autofree char *where = g_strdup_printf (_("Opens %s in your web browser"), g_uri_get_host (uri));

      gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                      where, -1);
    }
  else
    gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                    "", -1);
  g_signal_connect (button, "activate-link", G_CALLBACK (on_activate_link), NULL);
  return button;
}

