/* outreach-window-sheets.c: QR codes over the page, on a display station
 *
 * On a station a web link or a message is a sheet over the page with its
 * QR code, for the visitor's phone, not a window. A sheet knows what was
 * shown under it and from which pack: a page change closes it (a code never
 * sits over a page it is not about), and a new pack makes a message's code
 * again from it, or closes a code whose contact, page or link has gone.
 * The staff PIN pad is a sheet too, and stays.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "outreach-debug.h"
#include "outreach-link.h"
#include "outreach-message.h"
#include "outreach-pin-pad.h"
#include "outreach-qr-sheet.h"
#include "outreach-text.h"
#include "outreach-window-private.h"

/* QR codes over the page */

void
_outreach_window_close_sheet (OutreachWindow *self)
{
  GtkWidget *sheet = self->sheet;
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));

  if (sheet == NULL)
    return;
  self->sheet = NULL;
  gtk_widget_set_sensitive (gtk_overlay_get_child (self->overlay), TRUE);
  /* the keyboard goes back to the page: left in a sheet taken away, the
   * focus would be nowhere in the window, and keys would reach nothing */
  if (focus != NULL && (focus == sheet || gtk_widget_is_ancestor (focus, sheet)))
    outreach_page_view_focus (self->page_view);
  gtk_overlay_remove_overlay (self->overlay, sheet);
}

static void
on_sheet_done (OutreachWindow *self)
{
  _outreach_window_close_sheet (self);
  _outreach_window_note_activity (self);
}

/* What the window shows under a sheet: the page's id ("" for none), or the
 * search results */
#define SHEET_OVER_KEY "outreach-sheet-over"
/* (compared, never used: a new pack is handled in on_content_changed) */
#define SHEET_CONTENT_KEY "outreach-sheet-content"

static char *
shown_page (OutreachWindow *self)
{
  OutreachNode *node = outreach_page_view_get_node (self->page_view);
  const char *id = node != NULL ? outreach_node_get_id (node) : NULL;

  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->main_stack), "results") == 0)
    return g_strdup ("\n(results)");
  /* the search bar opened over the page (an empty search from the bus) is
   * a change too: the visitor would find it there after Done */
  if (gtk_search_bar_get_search_mode (self->search_bar))
    return g_strdup_printf ("%s\n(search)", id != NULL ? id : "");
  return g_strdup (id != NULL ? id : "");
}

/* The sheet knows what was under it, and from which pack */
static void
note_shown_under_sheet (OutreachWindow *self)
{
  g_object_set_data_full (G_OBJECT (self->sheet), SHEET_OVER_KEY, shown_page (self), g_free);
  g_object_set_data (G_OBJECT (self->sheet), SHEET_CONTENT_KEY, self->content);
}

/* On a station a link or a message is a sheet over the page, not a window.
 * Sheets come and go with every visitor; windows shown and hidden as often
 * made the process grow in the soak test (some 10 KiB each time, in GTK
 * 4.8), sheets do not. */
void
_outreach_window_show_sheet (OutreachWindow *self,
                             GtkWidget      *sheet)
{
  _outreach_window_close_sheet (self);

  g_signal_connect_object (sheet, "done", G_CALLBACK (on_sheet_done), self, G_CONNECT_SWAPPED);
  self->sheet = sheet;
  gtk_overlay_add_overlay (self->overlay, sheet);
  _outreach_debug_note_next_frame (sheet, "sheet");
  note_shown_under_sheet (self);
  gtk_widget_grab_focus (sheet);
  /* nothing behind a sheet takes the keyboard or the pointer: an arrow key
   * could move the focus out of the sheet to the page, where type-to-search
   * would show the staff PIN typed next to the room, or a tap change the
   * page under a code about another (once the sheet has the focus: a
   * focused field made insensitive never hears it go) */
  gtk_widget_set_sensitive (gtk_overlay_get_child (self->overlay), FALSE);
}

/* A page change that does happen while a QR code is up (from the bus, or
 * the application's actions) closes it: a code never sits over a page it
 * is not about. A new pack (a live update) is on_content_changed's. The
 * staff PIN pad stays. */
static void
on_shown_page_changed (OutreachWindow *self)
{
  g_autofree char *shown = NULL;

  if (self->sheet == NULL || OUTREACH_IS_PIN_PAD (self->sheet) ||
      g_object_get_data (G_OBJECT (self->sheet), SHEET_CONTENT_KEY) != self->content)
    return;
  shown = shown_page (self);
  if (g_strcmp0 (shown, g_object_get_data (G_OBJECT (self->sheet), SHEET_OVER_KEY)) != 0)
    _outreach_window_close_sheet (self);
}

/* What a sheet prints under its code, to read or type: a few lines at most
 * (a link may be 2 KiB; the code holds the whole of it) */
#define SHEET_PRINTED_CHARS 160

void
_outreach_window_show_link_sheet (OutreachWindow *self,
                                  const char     *uri)
{
  g_autofree char *printed = outreach_text_excerpt (uri, -1, SHEET_PRINTED_CHARS);
  g_autofree char *description = g_strdup_printf (_("QR code of the web address %s"), printed);

  _outreach_window_show_sheet (self, outreach_qr_sheet_new (_("Open this page on your phone"), uri, description, printed,
                                           _("Scan the code with your phone’s camera to open the page there."),
                                           _("This address is too long to show as a code. Type it into your "
                                             "phone’s browser instead.")));
}

static char *
message_title (OutreachMessage *message)
{
  return g_strdup_printf (_("Write to %s"), outreach_contact_get_name (outreach_message_get_contact (message)));
}

/* A message's sheet knows whom the message is to and what page it is
 * about (the id; none for Home), to be made again from a new pack */
#define SHEET_CONTACT_KEY "outreach-sheet-contact"
#define SHEET_PAGE_KEY "outreach-sheet-page"

/**
 * _outreach_window_show_message_sheet:
 * @about: (nullable): the id of the page the message is about; %NULL for Home
 *
 * A message on a station: its QR code, to write it on the visitor's phone.
 */
void
_outreach_window_show_message_sheet (OutreachWindow  *self,
                                     OutreachMessage *message,
                                     const char      *about)
{
  OutreachContact *contact = outreach_message_get_contact (message);
  g_autofree char *uri = outreach_message_dup_uri (message);
  g_autofree char *title = message_title (message);
  g_autofree char *description = outreach_message_dup_qr_description (message);
  g_autofree char *subject = outreach_text_excerpt (outreach_message_get_subject (message), -1,
                                                    SHEET_PRINTED_CHARS);
  g_autofree char *printed = g_strdup_printf ("%s\n%s", outreach_contact_get_address (contact),
                                              subject);

  GtkWidget *sheet = outreach_qr_sheet_new (title, uri, description, printed,
                                            _("Scan the code with your phone’s camera: the email opens on your "
                                              "phone, ready to send."),
                                            _("This message is too long to show as a code. Write to the address "
                                              "below from your own phone or email instead."));

  g_object_set_data_full (G_OBJECT (sheet), SHEET_CONTACT_KEY,
                          g_strdup (outreach_contact_get_id (contact)), g_free);
  g_object_set_data_full (G_OBJECT (sheet), SHEET_PAGE_KEY, g_strdup (about), g_free);
  _outreach_window_show_sheet (self, sheet);
}

/* Whether @content links to @uri */
static gboolean
has_link (OutreachContent *content,
          const char      *uri)
{
  GListModel *links = outreach_content_get_links (content);

  for (guint i = 0; i < g_list_model_get_n_items (links); i++)
    {
      g_autoptr(OutreachLink) link = g_list_model_get_item (links, i);

      if (g_strcmp0 (outreach_link_get_url (link), uri) == 0)
        return TRUE;
    }
  return FALSE;
}

/* A new pack while a message's QR code shows: the code must not keep an
 * address the pack no longer has, for the visitor to write to. The sheet
 * is made again from the new pack, for the same contact and page; if either
 * has gone, it closes (the visitor is on the page the window now shows).
 * A sheet that would read the same is left as it is. A link's code stays
 * while the pack has the link; the staff PIN pad stays. */
static void
on_content_changed (OutreachWindow *self)
{
  const char *contact_id;
  g_autofree char *about = NULL;
  OutreachNode *page = NULL;
  g_autoptr(OutreachMessage) message = NULL;
  g_autofree char *uri = NULL;
  g_autofree char *title = NULL;
  g_autofree char *shown_title = NULL;

  /* what a sheet left as it is is over now */
  if (self->sheet != NULL)
    note_shown_under_sheet (self);
  if (self->sheet == NULL || self->content == NULL || OUTREACH_IS_PIN_PAD (self->sheet))
    return;
  /* a link's code stays only if the new pack still has that link: one
   * corrected or withdrawn, or another unit's pack, closes it */
  if ((contact_id = g_object_get_data (G_OBJECT (self->sheet), SHEET_CONTACT_KEY)) == NULL)
    {
      if (!has_link (self->content, outreach_qr_sheet_get_code (OUTREACH_QR_SHEET (self->sheet))))
        _outreach_window_close_sheet (self);
      return;
    }
  /* (the sheet, and what it knows, go when it closes) */
  about = g_strdup (g_object_get_data (G_OBJECT (self->sheet), SHEET_PAGE_KEY));

  if (outreach_content_lookup_contact (self->content, contact_id) == NULL ||
      (about != NULL && (page = outreach_content_lookup (self->content, about)) == NULL) ||
      (message = outreach_message_new_for (self->content, contact_id, page, NULL)) == NULL)
    {
      _outreach_window_close_sheet (self);
      return;
    }
  uri = outreach_message_dup_uri (message);
  title = message_title (message);
  g_object_get (self->sheet, "title", &shown_title, NULL);
  if (g_strcmp0 (uri, outreach_qr_sheet_get_code (OUTREACH_QR_SHEET (self->sheet))) != 0 ||
      g_strcmp0 (title, shown_title) != 0)
    _outreach_window_show_message_sheet (self, message, about);
}

/**
 * outreach_window_get_sheet:
 *
 * Returns: (transfer none) (nullable): the QR code sheet over the page, on a station
 */
GtkWidget *
outreach_window_get_sheet (OutreachWindow *self)
{
  return self->sheet;
}

/* A sheet follows the pack and what is shown under it */
void
_outreach_window_sheets_init (OutreachWindow *self)
{
  g_signal_connect (self, "notify::content", G_CALLBACK (on_content_changed), NULL);
  g_signal_connect_object (self->page_view, "notify::node", G_CALLBACK (on_shown_page_changed), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->main_stack, "notify::visible-child", G_CALLBACK (on_shown_page_changed), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->search_bar, "notify::search-mode-enabled",
                           G_CALLBACK (on_shown_page_changed), self, G_CONNECT_SWAPPED);
}
