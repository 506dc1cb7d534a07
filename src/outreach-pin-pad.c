/* outreach-pin-pad.c: the staff PIN pad, to leave display-station mode
 *
 * A sheet over the station's page (as OutreachQrSheet is), not a window of
 * its own: taps on it are the station's input, and the visitor reset takes
 * it away with the other sheets. Ten digits, Delete, OK and Cancel, which
 * the keyboard also has (0–9, BackSpace, Return, Escape). Each digit typed
 * shows as a dot, up to 8; only OK checks what was typed, against the
 * stored hash of the PIN (outreach-exit-pin.c), so nothing shows how long
 * the PIN is. A right PIN emits "accepted"; Cancel emits "done".
 *
 * Wrong PINs count in an OutreachExitPinLock that the window keeps, so that
 * closing the pad, or the visitor reset, forgets nothing: while it is
 * locked the pad says for how long, and takes no digits.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "outreach-pin-pad.h"

#define LOCK_TICK_MS 250

struct _OutreachPinPad
{
  GtkBox               parent_instance;

  char                *stored;     /* the value of kiosk-exit-pin */
  OutreachExitPinLock *lock;
  char                 entered[OUTREACH_EXIT_PIN_MAX_DIGITS + 1];
  guint                n_entered;
  guint                lock_tick;

  GtkWidget           *card;
  GtkLabel            *dots_label;
  GtkLabel            *status_label;
  GtkWidget           *keypad;
  GtkWidget           *digit_1;
  GtkWidget           *delete_button;
  GtkWidget           *enter_button;
  GtkWidget           *cancel_button;
};

G_DEFINE_FINAL_TYPE (OutreachPinPad, outreach_pin_pad, GTK_TYPE_BOX)

enum {
  ACCEPTED,
  DONE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
forget_entered (OutreachPinPad *self)
{
  explicit_bzero (self->entered, sizeof self->entered);
  self->n_entered = 0;
}

static void
update_dots (OutreachPinPad *self)
{
  g_autoptr(GString) dots = g_string_new (NULL);
  g_autofree char *description = NULL;

  for (guint i = 0; i < self->n_entered; i++)
    g_string_append (dots, "●");
  gtk_label_set_text (self->dots_label, dots->str);
  description = g_strdup_printf (ngettext ("%u digit typed", "%u digits typed", self->n_entered),
                                 self->n_entered);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->dots_label),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, description, -1);
}

static void
set_status (OutreachPinPad *self,
            const char     *text)
{
  /* shown when empty too: the card keeps its size as the words come and go */
  gtk_label_set_text (self->status_label, text ? text : "");
}

static gboolean on_lock_tick (gpointer data);

/* Locked: no digits, and how long for; open: the keys back. */
static gboolean
update_lock (OutreachPinPad *self)
{
  guint left = outreach_exit_pin_lock_get_seconds_left (self->lock);

  gtk_widget_set_sensitive (self->keypad, left == 0);
  if (left > 0)
    {
      g_autofree char *text = NULL;

      /* Translators: minutes and seconds, as in "try again in 2:30" */
      text = g_strdup_printf (_("Too many wrong PINs. Try again in %u:%02u."), left / 60, left % 60);
      set_status (self, text);
      if (self->lock_tick == 0)
        self->lock_tick = g_timeout_add (LOCK_TICK_MS, on_lock_tick, self);
      return TRUE;
    }
  if (self->lock_tick != 0)
    {
      /* the lock ran out: the words about it go */
      g_clear_handle_id (&self->lock_tick, g_source_remove);
      set_status (self, NULL);
    }
  return FALSE;
}

static gboolean
on_lock_tick (gpointer data)
{
  OutreachPinPad *self = data;

  if (update_lock (self))
    return G_SOURCE_CONTINUE;
  self->lock_tick = 0;
  return G_SOURCE_REMOVE;
}

static void
type_digit (OutreachPinPad *self,
            char            digit)
{
  if (update_lock (self) || self->n_entered >= OUTREACH_EXIT_PIN_MAX_DIGITS)
    return;
  self->entered[self->n_entered++] = digit;
  /* "Wrong PIN" was for the last try */
  set_status (self, NULL);
  update_dots (self);
}

static void
on_digit_clicked (GtkButton      *button,
                  OutreachPinPad *self)
{
  /* each digit's button is labelled with it */
  type_digit (self, gtk_button_get_label (button)[0]);
}

static void
on_delete_clicked (OutreachPinPad *self)
{
  if (self->n_entered == 0)
    return;
  self->entered[--self->n_entered] = '\0';
  update_dots (self);
}

static void
on_enter_clicked (OutreachPinPad *self)
{
  g_autoptr(GError) error = NULL;
  gboolean right;

  if (update_lock (self) || self->n_entered == 0)
    return;

  right = outreach_exit_pin_lock_try (self->lock, self->stored, self->entered, &error);
  forget_entered (self);
  update_dots (self);
  if (right)
    {
      g_signal_emit (self, signals[ACCEPTED], 0);
      return;
    }
  set_status (self, _("Wrong PIN: try again"));
  /* after too many, the lock says more */
  update_lock (self);
}

static void
on_cancel_clicked (OutreachPinPad *self)
{
  forget_entered (self);
  update_dots (self);
  g_signal_emit (self, signals[DONE], 0);
}

/* The keyboard, before the focused button has it (Return would press it) */
static gboolean
on_key_pressed (OutreachPinPad        *self,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                GtkEventControllerKey *controller)
{
  if (state & (GDK_CONTROL_MASK | GDK_ALT_MASK | GDK_SUPER_MASK))
    return GDK_EVENT_PROPAGATE;

  if (keyval >= GDK_KEY_0 && keyval <= GDK_KEY_9)
    type_digit (self, '0' + (keyval - GDK_KEY_0));
  else if (keyval >= GDK_KEY_KP_0 && keyval <= GDK_KEY_KP_9)
    type_digit (self, '0' + (keyval - GDK_KEY_KP_0));
  else if (keyval == GDK_KEY_BackSpace)
    on_delete_clicked (self);
  else if (keyval == GDK_KEY_Return || keyval == GDK_KEY_KP_Enter || keyval == GDK_KEY_ISO_Enter)
    on_enter_clicked (self);
  else if (keyval == GDK_KEY_Escape)
    on_cancel_clicked (self);
  else if (gdk_keyval_to_unicode (keyval) > ' ')
    ; /* other characters are not for the page under the pad either */
  else
    return GDK_EVENT_PROPAGATE;   /* Tab, arrows, Space: moving between the buttons */
  return GDK_EVENT_STOP;
}

/**
 * outreach_pin_pad_get_entered_length:
 *
 * Returns: how many digits are typed, as the dots show
 */
guint
outreach_pin_pad_get_entered_length (OutreachPinPad *self)
{
  g_return_val_if_fail (OUTREACH_IS_PIN_PAD (self), 0);

  return self->n_entered;
}

static gboolean
outreach_pin_pad_grab_focus (GtkWidget *widget)
{
  return gtk_widget_grab_focus (OUTREACH_PIN_PAD (widget)->digit_1);
}

static void
outreach_pin_pad_dispose (GObject *object)
{
  OutreachPinPad *self = OUTREACH_PIN_PAD (object);

  g_clear_handle_id (&self->lock_tick, g_source_remove);
  forget_entered (self);

  G_OBJECT_CLASS (outreach_pin_pad_parent_class)->dispose (object);
}

static void
outreach_pin_pad_finalize (GObject *object)
{
  OutreachPinPad *self = OUTREACH_PIN_PAD (object);

  g_free (self->stored);
  g_clear_pointer (&self->lock, outreach_exit_pin_lock_unref);

  G_OBJECT_CLASS (outreach_pin_pad_parent_class)->finalize (object);
}

static void
outreach_pin_pad_class_init (OutreachPinPadClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = outreach_pin_pad_dispose;
  object_class->finalize = outreach_pin_pad_finalize;
  widget_class->grab_focus = outreach_pin_pad_grab_focus;

  /**
   * OutreachPinPad::accepted:
   *
   * The right PIN was entered.
   */
  signals[ACCEPTED] = g_signal_new ("accepted", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                    0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  /**
   * OutreachPinPad::done:
   *
   * Cancel was pressed: the pad is to go.
   */
  signals[DONE] = g_signal_new ("done", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/uk/police/serocu/Outreach/ui/outreach-pin-pad.ui");
  gtk_widget_class_bind_template_child (widget_class, OutreachPinPad, card);
  gtk_widget_class_bind_template_child (widget_class, OutreachPinPad, dots_label);
  gtk_widget_class_bind_template_child (widget_class, OutreachPinPad, status_label);
  gtk_widget_class_bind_template_child (widget_class, OutreachPinPad, keypad);
  gtk_widget_class_bind_template_child (widget_class, OutreachPinPad, digit_1);
  gtk_widget_class_bind_template_child (widget_class, OutreachPinPad, delete_button);
  gtk_widget_class_bind_template_child (widget_class, OutreachPinPad, enter_button);
  gtk_widget_class_bind_template_child (widget_class, OutreachPinPad, cancel_button);
  gtk_widget_class_bind_template_callback (widget_class, on_digit_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_delete_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_enter_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_cancel_clicked);
}

static void
outreach_pin_pad_init (OutreachPinPad *self)
{
  GtkEventController *keys = gtk_event_controller_key_new ();

  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->card), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Staff PIN"), -1);
  set_status (self, NULL);
  update_dots (self);

  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect_object (keys, "key-pressed", G_CALLBACK (on_key_pressed), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self), keys);
}

/**
 * outreach_pin_pad_new:
 * @stored: (nullable): the value of kiosk-exit-pin (see outreach-exit-pin.c)
 * @lock: the wrong PINs so far, kept by whoever shows the pad
 */
GtkWidget *
outreach_pin_pad_new (const char          *stored,
                      OutreachExitPinLock *lock)
{
  OutreachPinPad *self;

  g_return_val_if_fail (lock != NULL, NULL);

  self = g_object_new (OUTREACH_TYPE_PIN_PAD, NULL);
  self->stored = g_strdup (stored);
  self->lock = outreach_exit_pin_lock_ref (lock);
  /* still locked from before it was closed */
  update_lock (self);
  return GTK_WIDGET (self);
}
