/* outreach-compose-window.c
 *
 * The user reads and edits the message, then opens it in their own mail
 * app through GIO (which goes through the desktop portal when sandboxed).
 * With no mail app, the window says so and offers what works anyway: the
 * address and the message to copy, and a QR code to scan with a phone.
 * Nothing typed is lost, and nothing is ever sent by the app itself.
 *
 * A new version of the pack while the window is open (a live update) does
 * not throw away what the person wrote: the message keeps its subject and
 * text and goes to the contact's address in the new version. If the new
 * version has no such contact, the window says so and nothing in it goes to
 * the old address any more (no Open, no address to copy, no QR code); the
 * words can still be copied.
 *
 * Closing the window (Escape) throws nothing away: what the person wrote
 * is kept as a draft, and the same message (to the same contact, as the
 * pack words it for the same page) opens again as they left it, cursor
 * and all. A draft goes once its words have gone to the mail app or been
 * copied, when the pack words that message differently, when the window
 * is told to forget (a station's reset for the next visitor), and with
 * the app: drafts are never written anywhere.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "outreach-accessible.h"
#include "outreach-compose-layout.h"
#include "outreach-compose-window-private.h"
#include "outreach-mailto.h"
#include "outreach-qr-texture.h"
#include "outreach-text-block.h"

static void
draft_free (Draft *draft)
{
  g_free (draft->subject);
  g_free (draft->body);
  g_free (draft->clean);
  g_free (draft);
}

G_DEFINE_FINAL_TYPE (OutreachComposeWindow, outreach_compose_window, GTK_TYPE_WINDOW)

static void
show_notice (OutreachComposeWindow *self,
             const char            *text,
             gboolean               problem)
{
  gtk_label_set_text (self->notice_label, text);
  gtk_widget_set_visible (GTK_WIDGET (self->notice_label), text != NULL);
  if (problem)
    gtk_widget_add_css_class (GTK_WIDGET (self->notice_label), "problem");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->notice_label), "problem");
}

/* What was just done ("copied"), in the status line: one line, always
 * there, so that nothing moves when it says something */
static void
show_status (OutreachComposeWindow *self,
             const char            *text)
{
  gtk_label_set_text (self->status_label, text ? text : "");
}

static void
update_qr (OutreachComposeWindow *self)
{
  g_autofree char *uri = NULL;
  g_autoptr(OutreachQr) qr = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *description = NULL;
  guint modules;

  if (!gtk_toggle_button_get_active (self->qr_button) || self->message == NULL || self->contact_gone)
    return;

  uri = outreach_message_dup_uri (self->message);
  if ((qr = outreach_qr_new (uri, &error)) == NULL)
    {
      gtk_picture_set_paintable (self->qr_picture, NULL);
      show_notice (self, error->message, TRUE);
      return;
    }

  modules = outreach_qr_get_size (qr) + 2 * OUTREACH_QR_QUIET_ZONE;
  texture = outreach_qr_texture_new (qr, MAX (QR_MIN_PIXELS_PER_MODULE, QR_SIDE / modules));
  gtk_picture_set_paintable (self->qr_picture, GDK_PAINTABLE (texture));

  /* the code is named for what it holds, in words (not the link's
   * %-escapes), once: "QR code of an email to …" */
  description = outreach_message_dup_qr_description (self->message);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->qr_picture),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, description, -1);
}

static void
update_length_warning (OutreachComposeWindow *self)
{
  g_autofree char *uri = NULL;

  if (self->no_mail_app || self->contact_gone)
    return;   /* those notices matter more */
  uri = outreach_message_dup_uri (self->message);
  if (strlen (uri) > OUTREACH_MAILTO_WARN_LENGTH)
    show_notice (self, _("This message is long: some email apps may cut it short. If it arrives "
                         "incomplete, use Copy Message and paste it instead."), FALSE);
  else
    show_notice (self, NULL, FALSE);
}

static void
on_message_changed (OutreachComposeWindow *self)
{
  update_length_warning (self);
  update_qr (self);
}

static void
on_body_changed (OutreachComposeWindow *self,
                 GtkTextBuffer         *buffer)
{
  GtkTextIter start, end;
  g_autofree char *text = NULL;

  if (self->message == NULL)
    return;
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  outreach_message_set_body (self->message, text);
}

static void
on_qr_toggled (OutreachComposeWindow *self)
{
  gboolean active = gtk_toggle_button_get_active (self->qr_button);

  _outreach_compose_window_follow_qr (self, active);

  gtk_widget_set_visible (GTK_WIDGET (self->qr_revealer), active);
  gtk_revealer_set_reveal_child (self->qr_revealer, active);
  gtk_label_set_text_with_mnemonic (GTK_LABEL (gtk_button_get_child (GTK_BUTTON (self->qr_button))),
                                    active ? _("Hide _QR Code") : _("Show _QR Code"));
  update_qr (self);
}

/* Drafts */

/* The subject and the message, as one string to compare */
static char *
dup_words (OutreachMessage *message)
{
  return g_strconcat (outreach_message_get_subject (message), "\x1f",
                      outreach_message_get_body (message), NULL);
}

/* Which message @message is, before it is edited: to whom, and its words
 * as the pack gives them (which name the page it is about) */
static char *
message_key (OutreachMessage *message)
{
  g_autofree char *words = dup_words (message);

  return g_strconcat (outreach_contact_get_id (outreach_message_get_contact (message)), "\x1f",
                      words, NULL);
}

/* The words as they are now have gone to the mail app or the clipboard:
 * nothing of them is lost if the window forgets them */
static void
words_handed_over (OutreachComposeWindow *self)
{
  g_free (self->clean);
  self->clean = dup_words (self->message);
}

/* What the person wrote in the message shown, kept for when it opens
 * again, if it is anything of theirs not handed over */
static void
keep_draft (OutreachComposeWindow *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->body_view);
  g_autofree char *words = NULL;
  GtkTextIter cursor;
  Draft *draft;

  if (self->message == NULL || self->key == NULL)
    return;
  words = dup_words (self->message);
  if (g_strcmp0 (words, self->clean) == 0)
    return;
  draft = g_new0 (Draft, 1);
  draft->subject = g_strdup (outreach_message_get_subject (self->message));
  draft->body = g_strdup (outreach_message_get_body (self->message));
  draft->clean = g_strdup (self->clean);
  gtk_text_buffer_get_iter_at_mark (buffer, &cursor, gtk_text_buffer_get_insert (buffer));
  draft->cursor = gtk_text_iter_get_offset (&cursor);
  g_hash_table_replace (self->drafts, g_strdup (self->key), draft);
}

static void
show_no_mail_app (OutreachComposeWindow *self)
{
  self->no_mail_app = TRUE;
  /* a usual case (webmail only), not an error: what to do instead; said
   * too in the status line, which stays in view when the notice has
   * scrolled away above the QR code (large text, a small screen) */
  show_status (self, _("No email app here: use Copy Message, or scan the QR code."));
  show_notice (self, _("There is no email app set up on this computer, so the message cannot open in "
                       "one. Instead, use Copy Message and paste it into the email service you use, "
                       "or scan the QR code with your phone to write it there."), FALSE);
  gtk_toggle_button_set_active (self->qr_button, TRUE);
}

/* A message on its way to the mail app: which, and its words as sent */
typedef struct
{
  OutreachComposeWindow *self;
  char                  *key;
  char                  *words;
} Launch;

static void
on_launched (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  Launch *launch = user_data;
  g_autoptr(OutreachComposeWindow) self = launch->self;
  g_autofree char *key = launch->key;
  g_autofree char *words = launch->words;
  g_autoptr(GError) error = NULL;

  g_free (launch);
  if (!g_app_info_launch_default_for_uri_finish (result, &error))
    {
      g_message ("Opening the mail app failed: %s", error->message);
      show_no_mail_app (self);
      return;
    }

  /* the mail app has those words now (what was written since is still
   * the person's to keep); the preview has done its job */
  if (g_strcmp0 (key, self->key) == 0)
    {
      g_free (self->clean);
      self->clean = g_steal_pointer (&words);
    }
  gtk_window_close (GTK_WINDOW (self));
}

static void
open_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  OutreachComposeWindow *self = OUTREACH_COMPOSE_WINDOW (widget);
  g_autofree char *uri = outreach_message_dup_uri (self->message);
  g_autoptr(GAppInfo) handler = g_app_info_get_default_for_uri_scheme ("mailto");
  g_autoptr(GdkAppLaunchContext) context = NULL;
  Launch *launch;

  if (handler == NULL)
    {
      show_no_mail_app (self);
      return;
    }

  context = gdk_display_get_app_launch_context (gtk_widget_get_display (widget));
  launch = g_new0 (Launch, 1);
  launch->self = g_object_ref (self);
  launch->key = g_strdup (self->key);
  launch->words = dup_words (self->message);
  show_status (self, _("Opening your email app…"));
  g_app_info_launch_default_for_uri_async (uri, G_APP_LAUNCH_CONTEXT (context), NULL,
                                           on_launched, launch);
}

static void
copy_text (OutreachComposeWindow *self,
           const char            *text,
           const char            *done)
{
  gdk_clipboard_set_text (gtk_widget_get_clipboard (GTK_WIDGET (self)), text);
  show_status (self, done);
}

static void
copy_address_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  OutreachComposeWindow *self = OUTREACH_COMPOSE_WINDOW (widget);

  copy_text (self, outreach_contact_get_address (outreach_message_get_contact (self->message)),
             _("The address is copied: paste it into your email."));
}

static void
copy_message_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  OutreachComposeWindow *self = OUTREACH_COMPOSE_WINDOW (widget);
  g_autofree char *text = NULL;

  if (self->contact_gone)
    /* Translators: a message copied as text when its contact is gone: the
     * subject, then the body (no address: it is not theirs any more) */
    text = g_strdup_printf (_("Subject: %s\n\n%s"), outreach_message_get_subject (self->message),
                            outreach_message_get_body (self->message));
  else
    text = outreach_message_dup_text (self->message);

  copy_text (self, text, _("The message is copied: paste it into your email."));
  words_handed_over (self);
}

/* Whether the message may go to its contact's address (Open, Copy Address,
 * the QR code) */
static void
set_contact_gone (OutreachComposeWindow *self,
                  gboolean               gone)
{
  self->contact_gone = gone;
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "compose.open", !gone);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "compose.copy-address", !gone);
  gtk_widget_set_sensitive (GTK_WIDGET (self->qr_button), !gone);
  if (gone)
    {
      gtk_toggle_button_set_active (self->qr_button, FALSE);
      gtk_picture_set_paintable (self->qr_picture, NULL);
    }
}

static void
outreach_compose_window_show (GtkWidget *widget)
{
  /* realized first, to know its frame */
  gtk_widget_realize (widget);
  _outreach_compose_window_size_to_content (OUTREACH_COMPOSE_WINDOW (widget));

  GTK_WIDGET_CLASS (outreach_compose_window_parent_class)->show (widget);
}

/* Lets go of the message: no more edits reach it, nor its changes us. */
static void
forget_message (OutreachComposeWindow *self)
{
  if (self->subject_binding != NULL)
    g_binding_unbind (self->subject_binding);
  self->subject_binding = NULL;
  if (self->message != NULL)
    g_signal_handlers_disconnect_by_func (self->message, on_message_changed, self);
  g_clear_object (&self->message);
}

static void
outreach_compose_window_dispose (GObject *object)
{
  OutreachComposeWindow *self = OUTREACH_COMPOSE_WINDOW (object);

  forget_message (self);
  g_clear_pointer (&self->drafts, g_hash_table_unref);
  g_clear_pointer (&self->key, g_free);
  g_clear_pointer (&self->clean, g_free);

  G_OBJECT_CLASS (outreach_compose_window_parent_class)->dispose (object);
}

static void
outreach_compose_window_class_init (OutreachComposeWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = outreach_compose_window_dispose;
  widget_class->show = outreach_compose_window_show;

  g_type_ensure (OUTREACH_TYPE_TEXT_BLOCK);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/uk/police/serocu/Outreach/ui/outreach-compose-window.ui");
  gtk_widget_class_bind_template_child (widget_class, OutreachComposeWindow, title_label);
  gtk_widget_class_bind_template_child (widget_class, OutreachComposeWindow, purpose_text);
  gtk_widget_class_bind_template_child (widget_class, OutreachComposeWindow, address_label);
  gtk_widget_class_bind_template_child (widget_class, OutreachComposeWindow, subject_entry);
  gtk_widget_class_bind_template_child (widget_class, OutreachComposeWindow, body_view);
  gtk_widget_class_bind_template_child (widget_class, OutreachComposeWindow, notice_label);
  gtk_widget_class_bind_template_child (widget_class, OutreachComposeWindow, status_label);
  gtk_widget_class_bind_template_child (widget_class, OutreachComposeWindow, message_row);
  gtk_widget_class_bind_template_child (widget_class, OutreachComposeWindow, content_box);
  gtk_widget_class_bind_template_child (widget_class, OutreachComposeWindow, scroller);
  gtk_widget_class_bind_template_child (widget_class, OutreachComposeWindow, body_scroller);
  gtk_widget_class_bind_template_child (widget_class, OutreachComposeWindow, qr_revealer);
  gtk_widget_class_bind_template_child (widget_class, OutreachComposeWindow, qr_picture);
  gtk_widget_class_bind_template_child (widget_class, OutreachComposeWindow, qr_button);
  gtk_widget_class_bind_template_child (widget_class, OutreachComposeWindow, open_button);
  gtk_widget_class_bind_template_child (widget_class, OutreachComposeWindow, copy_address_button);
  gtk_widget_class_bind_template_child (widget_class, OutreachComposeWindow, copy_message_button);
  gtk_widget_class_bind_template_callback (widget_class, on_qr_toggled);

  gtk_widget_class_install_action (widget_class, "compose.open", NULL, open_action);
  gtk_widget_class_install_action (widget_class, "compose.copy-address", NULL, copy_address_action);
  gtk_widget_class_install_action (widget_class, "compose.copy-message", NULL, copy_message_action);
}

static void
outreach_compose_window_init (OutreachComposeWindow *self)
{
  GtkEventController *shortcuts = gtk_shortcut_controller_new ();

  gtk_widget_init_template (GTK_WIDGET (self));
  self->drafts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) draft_free);
  gtk_widget_set_layout_manager (GTK_WIDGET (self->message_row),
                                 _outreach_compose_row_layout_new ());
  gtk_widget_set_layout_manager (gtk_widget_get_parent (GTK_WIDGET (self->open_button)),
                                 _outreach_compose_buttons_layout_new ());
  _outreach_accessible_tidy (GTK_WIDGET (self));
  _outreach_accessible_follow_status (self->status_label);
  g_signal_connect_object (gtk_text_view_get_buffer (self->body_view), "changed",
                           G_CALLBACK (on_body_changed), self, G_CONNECT_SWAPPED);

  /* ahead of the text view, which would take Ctrl+Return as a line break */
  gtk_event_controller_set_propagation_phase (shortcuts, GTK_PHASE_CAPTURE);
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts),
    gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_Return, GDK_CONTROL_MASK),
                      gtk_named_action_new ("compose.open")));
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts),
    gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_Escape, 0),
                      gtk_named_action_new ("window.close")));
  gtk_widget_add_controller (GTK_WIDGET (self), shortcuts);
}

/* The contact's name, purpose and address, in the window */
static void
show_contact (OutreachComposeWindow *self,
              OutreachContact       *contact)
{
  g_autofree char *title = g_strdup_printf (_("Write to %s"), outreach_contact_get_name (contact));

  gtk_window_set_title (GTK_WINDOW (self), title);
  gtk_label_set_text (self->title_label, title);
  outreach_text_block_set_text (self->purpose_text, outreach_contact_get_purpose (contact));
  gtk_label_set_text (self->address_label, outreach_contact_get_address (contact));
}

/* Edits from now on go to @message, which has the words of the message
 * before it; the subject field and the text stay as they are */
static void
take_message (OutreachComposeWindow *self,
              OutreachMessage       *message)
{
  forget_message (self);
  self->message = g_object_ref (message);
  self->subject_binding = g_object_bind_property (self->subject_entry, "text", message, "subject",
                                                  G_BINDING_DEFAULT);
  g_signal_connect_swapped (message, "notify", G_CALLBACK (on_message_changed), self);
}

/**
 * outreach_compose_window_new:
 * @message: the prefilled message; the window edits it in place
 *
 * The window hides when closed and can show the next message: one text
 * view for a whole session, not one per message (each new one grew the
 * process by some 10 KiB in the display-station soak test).
 */
OutreachComposeWindow *
outreach_compose_window_new (GtkWindow       *parent,
                             OutreachMessage *message)
{
  OutreachComposeWindow *self = g_object_new (OUTREACH_TYPE_COMPOSE_WINDOW,
                                              "transient-for", parent,
                                              "application", parent ? gtk_window_get_application (parent) : NULL,
                                              "hide-on-close", TRUE,
                                              NULL);

  outreach_compose_window_set_message (self, message);
  return self;
}

/**
 * outreach_compose_window_set_message:
 * @message: (nullable): the message to show, or %NULL to forget the last
 *   one and every draft, and empty the subject and the message (the
 *   contact's name, purpose and address stay until the next one)
 *
 * What the person wrote in the message shown before is kept as a draft
 * (unless it went to the mail app or was copied). If @message is one they
 * left a draft of (to the same contact, worded the same by the pack), it
 * shows as they left it, and @message takes its words.
 */
void
outreach_compose_window_set_message (OutreachComposeWindow *self,
                                     OutreachMessage       *message)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->body_view);
  Draft *draft = NULL;
  GtkTextIter cursor;

  if (message != NULL)
    keep_draft (self);
  else
    /* nothing of anyone's is left (a station's next visitor) */
    g_hash_table_remove_all (self->drafts);
  g_clear_pointer (&self->key, g_free);
  g_clear_pointer (&self->clean, g_free);
  forget_message (self);
  self->no_mail_app = FALSE;
  set_contact_gone (self, FALSE);
  show_notice (self, NULL, FALSE);
  show_status (self, NULL);
  gtk_editable_set_text (GTK_EDITABLE (self->subject_entry), "");
  gtk_text_buffer_set_text (buffer, "", -1);
  gtk_picture_set_paintable (self->qr_picture, NULL);
  if (message == NULL)
    return;

  self->key = message_key (message);
  if (g_hash_table_steal_extended (self->drafts, self->key, NULL, (gpointer *) &draft))
    {
      outreach_message_set_subject (message, draft->subject);
      outreach_message_set_body (message, draft->body);
    }

  show_contact (self, outreach_message_get_contact (message));
  gtk_editable_set_text (GTK_EDITABLE (self->subject_entry), outreach_message_get_subject (message));
  gtk_text_buffer_set_text (buffer, outreach_message_get_body (message), -1);

  take_message (self, message);
  update_length_warning (self);
  update_qr (self);

  if (draft != NULL)
    {
      self->clean = g_steal_pointer (&draft->clean);
      gtk_text_buffer_get_iter_at_offset (buffer, &cursor, draft->cursor);
      _outreach_compose_window_place_cursor (self, &cursor);
      show_status (self, _("This is your message as you left it."));
      draft_free (draft);
    }
  else
    {
      _outreach_compose_window_place_cursor_for_writing (self);
      /* the words as the pack gives them, with the paragraph to write in */
      self->clean = dup_words (message);
    }
  gtk_window_set_focus (GTK_WINDOW (self), GTK_WIDGET (self->body_view));
}

/**
 * outreach_compose_window_set_content:
 * @content: a new version of the pack
 *
 * Follows @content for the message shown, keeping what the person wrote:
 * it goes to its contact as @content has them (name, purpose, address).
 * If @content has no such contact the window says so, and Open, Copy
 * Address and the QR code, which would use the old address, go; Copy
 * Message copies the words without it.
 */
void
outreach_compose_window_set_content (OutreachComposeWindow *self,
                                     OutreachContent       *content)
{
  OutreachContact *old;
  g_autoptr(OutreachMessage) message = NULL;
  g_autofree char *notice = NULL;

  g_return_if_fail (OUTREACH_IS_COMPOSE_WINDOW (self));
  g_return_if_fail (OUTREACH_IS_CONTENT (content));

  if (self->message == NULL)
    return;
  old = outreach_message_get_contact (self->message);
  if (outreach_content_lookup_contact (content, outreach_contact_get_id (old)) == NULL)
    {
      if (self->contact_gone)
        return;
      set_contact_gone (self, TRUE);
      gtk_label_set_text (self->address_label, "");
      /* Translators: %s is the name of the contact the message was to */
      notice = g_strdup_printf (_("This app’s content has been updated, and %s is no longer one of "
                                  "its contacts, so this message cannot be sent. What you wrote is "
                                  "kept: use Copy Message to keep it."), outreach_contact_get_name (old));
      show_notice (self, notice, TRUE);
      return;
    }

  message = outreach_message_new_for (content, outreach_contact_get_id (old), NULL, NULL);
  g_return_if_fail (message != NULL);
  outreach_message_set_subject (message, outreach_message_get_subject (self->message));
  outreach_message_set_body (message, outreach_message_get_body (self->message));
  take_message (self, message);
  show_contact (self, outreach_message_get_contact (message));
  if (self->contact_gone)
    {
      set_contact_gone (self, FALSE);
      show_notice (self, NULL, FALSE);
    }
  on_message_changed (self);
}

/**
 * outreach_compose_window_get_message:
 *
 * Returns: (transfer none): the message as edited so far
 */
OutreachMessage *
outreach_compose_window_get_message (OutreachComposeWindow *self)
{
  return self->message;
}
