/* test-pin-pad.c: the staff PIN pad, tapped and typed on as staff (or a visitor) would
 *
 * The pad in a window of its own under Xvfb, with a PIN hashed by the
 * model and a lock-out on a clock the test moves. Buttons are tapped only
 * when a person could tap them (shown and sensitive); keys are real X key
 * presses (xdotool), so they go where the keyboard focus sends them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include <gdk/x11/gdkx.h>

#include "outreach-application.h"
#include "outreach-exit-pin.h"
#include "outreach-pin-pad.h"
#include "test-utils.h"

static const guint8 test_salt[16] = "0123456789abcdef";

static gint64 fake_now;

static gint64
fake_clock (gpointer data)
{
  return fake_now;
}

typedef struct {
  GtkWindow      *window;
  OutreachPinPad *pad;
  guint           accepted;
  guint           done;
} Pad;

static void
on_accepted (Pad *pad)
{
  pad->accepted++;
}

static void
on_done (Pad *pad)
{
  pad->done++;
}

static void
pad_show (Pad                 *pad,
          const char          *pin,
          OutreachExitPinLock *lock)
{
  /* few iterations: the test is of the pad, not of the hash's cost */
  g_autofree char *stored = outreach_exit_pin_hash_with_salt (pin, test_salt, sizeof test_salt, 1000,
                                                              NULL);

  memset (pad, 0, sizeof *pad);
  pad->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (pad->window, 800, 900);
  pad->pad = OUTREACH_PIN_PAD (outreach_pin_pad_new (stored, lock));
  g_signal_connect_swapped (pad->pad, "accepted", G_CALLBACK (on_accepted), pad);
  g_signal_connect_swapped (pad->pad, "done", G_CALLBACK (on_done), pad);
  gtk_window_set_child (pad->window, GTK_WIDGET (pad->pad));
  gtk_window_present (pad->window);
  test_wait_until (test_is_mapped, pad->pad);
  gtk_widget_grab_focus (GTK_WIDGET (pad->pad));
}

static void
pad_close (Pad *pad)
{
  gtk_window_destroy (pad->window);
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

/* the button whose accessible name (its label, or its label child's) is @name */
static GtkWidget *
find_button (gpointer    root,
             const char *name)
{
  for (GtkWidget *w = gtk_widget_get_first_child (root); w != NULL; w = gtk_widget_get_next_sibling (w))
    {
      GtkWidget *found;

      if (GTK_IS_BUTTON (w))
        {
          const char *label = gtk_button_get_label (GTK_BUTTON (w));
          GtkWidget *child = gtk_button_get_child (GTK_BUTTON (w));

          if (label == NULL && GTK_IS_LABEL (child))
            label = gtk_label_get_text (GTK_LABEL (child));
          if (g_strcmp0 (label, name) == 0)
            return w;
        }
      if ((found = find_button (w, name)) != NULL)
        return found;
    }
  return NULL;
}

/* A tap does something only on a button a person can see and use. */
static gboolean
tap (Pad        *pad,
     const char *name)
{
  GtkWidget *button = find_button (pad->pad, name);

  g_assert_nonnull (button);
  if (!gtk_widget_is_sensitive (button) || !gtk_widget_get_mapped (button))
    return FALSE;
  g_signal_emit_by_name (button, "clicked");
  return TRUE;
}

static void
tap_digits (Pad        *pad,
            const char *digits)
{
  for (const char *d = digits; *d; d++)
    {
      char name[2] = { *d, '\0' };

      tap (pad, name);
    }
}

static const char *
dots (Pad *pad)
{
  return gtk_label_get_text (GTK_LABEL (test_child (pad->pad, OUTREACH_TYPE_PIN_PAD, "dots_label")));
}

/* what the pad says, if it shows anything */
static const char *
status (Pad *pad)
{
  GtkWidget *label = test_child (pad->pad, OUTREACH_TYPE_PIN_PAD, "status_label");

  return gtk_widget_get_visible (label) ? gtk_label_get_text (GTK_LABEL (label)) : "";
}

static char *
n_dots (guint n)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < n; i++)
    g_string_append (text, "●");
  return g_string_free (text, FALSE);
}

/* Nothing tells how long the PIN is before OK: not after 4 digits (its
 * length), nor any other number of them */
static void
test_length_not_revealed (void)
{
  g_autoptr(OutreachExitPinLock) lock = outreach_exit_pin_lock_new ();
  const char *pins[] = { "2468", "246813" };

  for (guint p = 0; p < G_N_ELEMENTS (pins); p++)
    {
      Pad pad;

      pad_show (&pad, pins[p], lock);
      g_assert_cmpstr (dots (&pad), ==, "");
      for (guint n = 1; n <= 9; n++)
        {
          g_autofree char *expected = n_dots (MIN (n, 8));

          tap_digits (&pad, "9");
          /* a dot a digit, 8 at most; no word of a wrong PIN; still open */
          g_assert_cmpstr (dots (&pad), ==, expected);
          g_assert_cmpuint (outreach_pin_pad_get_entered_length (pad.pad), ==, MIN (n, 8));
          g_assert_cmpstr (status (&pad), ==, "");
          g_assert_cmpuint (pad.accepted, ==, 0);
        }
      /* only OK checks it */
      g_assert_true (tap (&pad, "OK"));
      g_assert_cmpstr (status (&pad), ==, "Wrong PIN: try again");
      g_assert_cmpstr (dots (&pad), ==, "");
      g_assert_cmpuint (pad.accepted, ==, 0);
      /* the next digit starts afresh */
      tap_digits (&pad, "1");
      g_assert_cmpstr (status (&pad), ==, "");
      tap (&pad, "Cancel");
      g_assert_cmpuint (pad.done, ==, 1);
      pad_close (&pad);
      outreach_exit_pin_lock_note_right (lock);
    }
}

static void
test_delete_and_accept (void)
{
  g_autoptr(OutreachExitPinLock) lock = outreach_exit_pin_lock_new ();
  Pad pad;

  pad_show (&pad, "2468", lock);
  /* Delete with nothing typed does nothing */
  g_assert_true (tap (&pad, "Delete"));
  g_assert_cmpstr (dots (&pad), ==, "");
  /* OK with nothing typed is no try */
  g_assert_true (tap (&pad, "OK"));
  g_assert_cmpstr (status (&pad), ==, "");
  g_assert_cmpuint (outreach_exit_pin_lock_get_wrong_tries (lock), ==, 0);

  /* a slip, deleted */
  tap_digits (&pad, "2467");
  g_assert_true (tap (&pad, "Delete"));
  g_assert_cmpstr (dots (&pad), ==, "●●●");
  tap_digits (&pad, "8");
  g_assert_cmpuint (pad.accepted, ==, 0);
  g_assert_true (tap (&pad, "OK"));
  g_assert_cmpuint (pad.accepted, ==, 1);
  g_assert_cmpuint (pad.done, ==, 0);
  /* the digits are not kept */
  g_assert_cmpstr (dots (&pad), ==, "");
  g_assert_cmpuint (outreach_pin_pad_get_entered_length (pad.pad), ==, 0);
  pad_close (&pad);
}

static gboolean
status_is (gpointer data)
{
  gpointer *args = data;

  return g_strcmp0 (status (args[0]), args[1]) == 0;
}

static void
wait_for_status (Pad        *pad,
                 const char *text)
{
  gpointer args[] = { pad, (gpointer) text };

  test_wait_until (status_is, args);
}

static void
test_lockout (void)
{
  g_autoptr(OutreachExitPinLock) lock = outreach_exit_pin_lock_new ();
  Pad pad;

  fake_now = (gint64) 5000 * G_USEC_PER_SEC;
  outreach_exit_pin_lock_set_clock (lock, fake_clock, NULL);
  pad_show (&pad, "2468", lock);

  /* two wrong PINs: "Wrong PIN", still open */
  for (guint i = 0; i < 2; i++)
    {
      tap_digits (&pad, "1111");
      g_assert_true (tap (&pad, "OK"));
      g_assert_cmpstr (status (&pad), ==, "Wrong PIN: try again");
    }
  /* the third locks it, and it says for how long */
  tap_digits (&pad, "1111");
  g_assert_true (tap (&pad, "OK"));
  g_assert_cmpstr (status (&pad), ==, "Too many wrong PINs. Try again in 0:30.");

  /* locked: no digit, no Delete, no OK can be tapped; Cancel can */
  for (const char *d = "0123456789"; *d; d++)
    {
      char name[2] = { *d, '\0' };

      g_assert_false (tap (&pad, name));
    }
  g_assert_false (tap (&pad, "Delete"));
  g_assert_false (tap (&pad, "OK"));
  g_assert_cmpstr (dots (&pad), ==, "");

  /* the time left counts down */
  fake_now += 10 * G_USEC_PER_SEC;
  wait_for_status (&pad, "Too many wrong PINs. Try again in 0:20.");

  /* closed and opened again (as the visitor reset does): still locked */
  g_assert_true (tap (&pad, "Cancel"));
  pad_close (&pad);
  pad_show (&pad, "2468", lock);
  g_assert_cmpstr (status (&pad), ==, "Too many wrong PINs. Try again in 0:20.");
  g_assert_false (tap (&pad, "2"));

  /* then open again, and the right PIN is taken */
  fake_now += 20 * G_USEC_PER_SEC;
  wait_for_status (&pad, "");
  tap_digits (&pad, "2468");
  g_assert_true (tap (&pad, "OK"));
  g_assert_cmpuint (pad.accepted, ==, 1);
  pad_close (&pad);

  /* a right PIN forgave the wrong ones: three more before the next lock */
  g_assert_cmpuint (outreach_exit_pin_lock_get_wrong_tries (lock), ==, 0);

  /* a wrong one after the lock ran out locks for twice as long */
  for (guint i = 0; i < 3; i++)
    outreach_exit_pin_lock_note_wrong (lock);
  fake_now += 30 * G_USEC_PER_SEC;
  pad_show (&pad, "2468", lock);
  g_assert_cmpstr (status (&pad), ==, "");
  tap_digits (&pad, "1111");
  g_assert_true (tap (&pad, "OK"));
  g_assert_cmpstr (status (&pad), ==, "Too many wrong PINs. Try again in 1:00.");
  pad_close (&pad);
}

/* Keys: the keyboard can do what the buttons do, wherever the focus is */

static void
press_keys (const char *keys)
{
  g_auto(GStrv) names = g_strsplit (keys, " ", -1);
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  int status;

  g_ptr_array_add (argv, (gpointer) "xdotool");
  g_ptr_array_add (argv, (gpointer) "key");
  g_ptr_array_add (argv, (gpointer) "--delay");
  g_ptr_array_add (argv, (gpointer) "30");
  for (guint i = 0; names[i] != NULL; i++)
    g_ptr_array_add (argv, names[i]);
  g_ptr_array_add (argv, NULL);
  g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, NULL, NULL,
                &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
}

typedef struct {
  Pad        *pad;
  const char *dots;
} DotsWait;

static gboolean
dots_are (gpointer data)
{
  DotsWait *wait = data;

  return g_strcmp0 (dots (wait->pad), wait->dots) == 0;
}

static gboolean
has_focus (gpointer window)
{
  return gtk_window_is_active (window);
}

static gboolean
accepted (gpointer pad)
{
  return ((Pad *) pad)->accepted > 0;
}

static gboolean
done (gpointer pad)
{
  return ((Pad *) pad)->done > 0;
}

static void
test_keys (void)
{
  g_autofree char *xdotool = g_find_program_in_path ("xdotool");
  g_autoptr(OutreachExitPinLock) lock = outreach_exit_pin_lock_new ();
  Pad pad;

  if (xdotool == NULL || !GDK_IS_X11_DISPLAY (gdk_display_get_default ()))
    {
      g_test_skip ("needs xdotool on an X display (build-aux/setup.sh test installs it)");
      return;
    }

  pad_show (&pad, "2468", lock);
  test_wait_until (has_focus, pad.window);
  /* the focus is on a digit's button: Return must not press it */
  g_assert_true (gtk_widget_has_focus (test_child (pad.pad, OUTREACH_TYPE_PIN_PAD, "digit_1")));

  /* digits from the keyboard and the keypad, BackSpace deletes one */
  press_keys ("2 4 KP_6 9 BackSpace");
  {
    DotsWait wait = { &pad, "●●●" };

    test_wait_until (dots_are, &wait);
  }
  /* letters are not digits */
  press_keys ("a");
  press_keys ("8");
  {
    DotsWait wait = { &pad, "●●●●" };

    test_wait_until (dots_are, &wait);
  }
  g_assert_cmpuint (pad.accepted, ==, 0);
  press_keys ("Return");
  test_wait_until (accepted, &pad);
  /* Return was OK, not the focused 1 */
  g_assert_cmpstr (dots (&pad), ==, "");

  /* Escape is Cancel */
  press_keys ("1 Escape");
  test_wait_until (done, &pad);
  pad_close (&pad);
}

/* Every button is big enough to tap and has a name for a screen reader */
static void
test_buttons (void)
{
  g_autoptr(OutreachExitPinLock) lock = outreach_exit_pin_lock_new ();
  const char *names[] = { "0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "Delete", "OK" };
  guint n_buttons = 0;
  graphene_rect_t bounds;
  Pad pad;

  pad_show (&pad, "2468", lock);
  test_wait_drawn (GTK_WIDGET (pad.pad), 10);
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      GtkWidget *button = find_button (pad.pad, names[i]);

      g_assert_nonnull (button);
      /* what a finger can hit: the button's border box, not its content */
      g_assert_true (gtk_widget_compute_bounds (button, button, &bounds));
      g_assert_cmpfloat (bounds.size.width, >=, 64);
      g_assert_cmpfloat (bounds.size.height, >=, 64);
    }
  g_assert_true (gtk_widget_compute_bounds (find_button (pad.pad, "Cancel"), GTK_WIDGET (pad.pad),
                                            &bounds));
  g_assert_cmpfloat (bounds.size.height, >=, 44);

  /* and nothing else a button: each of them has a name */
  for (GtkWidget *w = GTK_WIDGET (pad.pad); w != NULL; )
    {
      if (GTK_IS_BUTTON (w))
        {
          const char *label = gtk_button_get_label (GTK_BUTTON (w));
          GtkWidget *child = gtk_button_get_child (GTK_BUTTON (w));

          n_buttons++;
          g_assert_true ((label != NULL && *label != '\0') ||
                         (GTK_IS_LABEL (child) && *gtk_label_get_text (GTK_LABEL (child)) != '\0'));
        }
      if (gtk_widget_get_first_child (w))
        w = gtk_widget_get_first_child (w);
      else
        {
          while (w != GTK_WIDGET (pad.pad) && gtk_widget_get_next_sibling (w) == NULL)
            w = gtk_widget_get_parent (w);
          w = w == GTK_WIDGET (pad.pad) ? NULL : gtk_widget_get_next_sibling (w);
        }
    }
  g_assert_cmpuint (n_buttons, ==, 13);
  pad_close (&pad);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  /* the application's class brings in the UI resources, as in the app */
  g_type_class_unref (g_type_class_ref (OUTREACH_TYPE_APPLICATION));

  g_test_add_func ("/pin-pad/length-not-revealed", test_length_not_revealed);
  g_test_add_func ("/pin-pad/delete-and-accept", test_delete_and_accept);
  g_test_add_func ("/pin-pad/lockout", test_lockout);
  g_test_add_func ("/pin-pad/keys", test_keys);
  g_test_add_func ("/pin-pad/buttons", test_buttons);

  return g_test_run ();
}
