/* outreach-button.c
 *
 * GTK 4.8 names a button made with gtk_button_new_with_mnemonic() after
 * both its label property and its label child: a screen reader says
 * "_Get in Touch Get in Touch". A button whose child is a mnemonic label
 * is named once, and its mnemonic still works.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "outreach-button.h"

GtkWidget *
outreach_button_new_with_mnemonic (const char *label)
{
  GtkWidget *button = gtk_button_new ();
  GtkWidget *child = gtk_label_new_with_mnemonic (label);

  gtk_label_set_mnemonic_widget (GTK_LABEL (child), button);
  gtk_button_set_child (GTK_BUTTON (button), child);
  return button;
}
