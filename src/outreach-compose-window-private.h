/* outreach-compose-window-private.h: the message window, shared by its files
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "outreach-compose-window.h"
#include "outreach-text-block.h"

G_BEGIN_DECLS

/* The QR code's side: about this, in whole pixels a module (sharp), and
 * at least two pixels a module (read from a screen close to; three would
 * put a long message's code under the message at 800 px) */
#define QR_SIDE 240
#define QR_MIN_PIXELS_PER_MODULE 2

/* The QR code's column: the picture, and the space between it and the message */
#define QR_COLUMN_WIDTH (QR_SIDE + 16)
/* The window's side margins */
#define SIDE_MARGINS (2 * 24)
/* The width the window opens at, where there is room: the QR code fits
 * beside a message of 560 px (some 70 characters a line) */
#define DEFAULT_WIDTH (SIDE_MARGINS + QR_COLUMN_WIDTH + 560)
/* The message's height in lines of its text: where there is room, and at
 * the least (on a small screen, at a large text size) */
#define MESSAGE_LINES 13
#define MESSAGE_MIN_LINES 5
/* Room left on the screen around the window (panels, docks) */
#define SCREEN_ROOM 48

/* What the person left in a message they closed or left for another */
typedef struct
{
  char *subject;
  char *body;
  char *clean;    /* see OutreachComposeWindow.clean */
  int   cursor;   /* in characters */
} Draft;

struct _OutreachComposeWindow
{
  GtkWindow          parent_instance;

  OutreachMessage   *message;
  gboolean           no_mail_app;
  gboolean           contact_gone;   /* the pack has no such contact any more */
  guint              scroll_tick;    /* to scroll the message to the cursor, once laid out */

  GtkLabel          *title_label;
  OutreachTextBlock *purpose_text;
  GtkLabel          *address_label;
  GtkEntry          *subject_entry;
  GtkTextView       *body_view;
  GtkLabel          *notice_label;
  GtkLabel          *status_label;
  GtkBox            *message_row;
  GtkWidget         *content_box;
  GtkWidget         *scroller;
  GtkWidget         *body_scroller;
  GtkRevealer       *qr_revealer;
  GtkPicture        *qr_picture;
  GtkToggleButton   *qr_button;
  GtkButton         *open_button;
  GtkButton         *copy_address_button;
  GtkButton         *copy_message_button;
  GBinding          *subject_binding;

  GHashTable        *drafts;         /* a message's key → Draft */
  char              *key;            /* the message shown: see message_key() */
  char              *clean;          /* its words, as the pack gave them or as
                                      * they last went to the mail app or were
                                      * copied: nothing of them to keep */
};

/* outreach-compose-view.c */
void _outreach_compose_window_size_to_content          (OutreachComposeWindow *self);
void _outreach_compose_window_follow_qr                (OutreachComposeWindow *self,
                                                        gboolean               shown);
void _outreach_compose_window_place_cursor             (OutreachComposeWindow *self,
                                                        GtkTextIter           *place);
void _outreach_compose_window_place_cursor_for_writing (OutreachComposeWindow *self);

G_END_DECLS
