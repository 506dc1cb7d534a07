/* test-exit-pin.c: the staff PIN as stored and checked, and the pad's lock-out, with no display
 *
 * PBKDF2-HMAC-SHA256 against published vectors (RFC 7914 §11, and the
 * RFC 6070 inputs with SHA-256 that Python's hashlib, OpenSSL and others
 * agree on); the stored form; PINs the pad cannot type; stored values that
 * are no PIN; the lock-out's timing on a clock the test moves.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <locale.h>
#include <stdio.h>
#include <string.h>

#include "outreach-exit-pin.h"

static char *
to_hex (const guint8 *bytes,
        gsize         len)
{
  GString *hex = g_string_new (NULL);

  for (gsize i = 0; i < len; i++)
    g_string_append_printf (hex, "%02x", bytes[i]);
  return g_string_free (hex, FALSE);
}

static void
test_vectors (void)
{
  static const struct {
    const char *password; gsize password_len;
    const char *salt; gsize salt_len;
    guint iterations; gsize out_len;
    const char *expected;
  } vectors[] = {
    /* RFC 7914, §11 */
    { "passwd", 6, "salt", 4, 1, 64,
      "55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc"
      "49ca9cccf179b645991664b39d77ef317c71b845b1e30bd509112041d3a19783" },
    { "Password", 8, "NaCl", 4, 80000, 64,
      "4ddcd8f60b98be21830cee5ef22701f9641a4418d04c0414aeff08876b34ab56"
      "a1d425a1225833549adb841b51c9b3176a272bdebba1d078478f62b397f33c8d" },
    /* RFC 6070's inputs, with SHA-256 */
    { "password", 8, "salt", 4, 1, 32,
      "120fb6cffcf8b32c43e7225256c4f837a86548c92ccc35480805987cb70be17b" },
    { "password", 8, "salt", 4, 2, 32,
      "ae4d0c95af6b46d32d0adff928f06dd02a303f8ef3c251dfd6e2d85a95474c43" },
    { "password", 8, "salt", 4, 4096, 32,
      "c5e478d59288c841aa530db6845c4c8d962893a001ce4e11a4963873aa98134a" },
    { "passwordPASSWORDpassword", 24, "saltSALTsaltSALTsaltSALTsaltSALTsalt", 36, 4096, 40,
      "348c89dbcbd32b2f32d814b8116e84cf2b17347ebc1800181c4e2a1fb8dd53e1c635518c7dac47e9" },
    { "pass\0word", 9, "sa\0lt", 5, 4096, 16, "89b69d0516f829893c696226650a8687" },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (vectors); i++)
    {
      guint8 out[64];
      g_autofree char *hex = NULL;

      outreach_pbkdf2_hmac_sha256 ((const guint8 *) vectors[i].password, vectors[i].password_len,
                                   (const guint8 *) vectors[i].salt, vectors[i].salt_len,
                                   vectors[i].iterations, out, vectors[i].out_len);
      hex = to_hex (out, vectors[i].out_len);
      g_assert_cmpstr (hex, ==, vectors[i].expected);
    }
}

static void
test_stored_form (void)
{
  static const guint8 salt[16] = "0123456789abcdef";
  g_autoptr(GError) error = NULL;
  g_autofree char *fixed = outreach_exit_pin_hash_with_salt ("2468", salt, sizeof salt, 1000, &error);
  g_autofree char *one = NULL, *two = NULL;
  g_auto(GStrv) parts = NULL;
  gsize len;
  g_autofree guint8 *bytes = NULL;
  guint8 expected[32];

  g_assert_no_error (error);
  g_assert_cmpstr (fixed, ==,
                   "pbkdf2-sha256$1000$MDEyMzQ1Njc4OWFiY2RlZg==$"
                   "RykCuFJiXjaaWy/+Tf9rr0wUj5t7g5zOKdXms+nU5TA=");
  /* the hash is PBKDF2's, of the digits as ASCII */
  outreach_pbkdf2_hmac_sha256 ((const guint8 *) "2468", 4, salt, sizeof salt, 1000, expected, 32);
  parts = g_strsplit (fixed, "$", -1);
  bytes = g_base64_decode (parts[3], &len);
  g_assert_cmpmem (bytes, len, expected, 32);
  g_assert_true (outreach_exit_pin_verify (fixed, "2468"));
  g_assert_false (outreach_exit_pin_verify (fixed, "2469"));
  g_assert_false (outreach_exit_pin_verify (fixed, "24680"));
  g_assert_false (outreach_exit_pin_verify (fixed, ""));

  /* with a salt of its own each time, so two stations with one PIN differ */
  one = outreach_exit_pin_hash ("13572468", &error);
  g_assert_no_error (error);
  two = outreach_exit_pin_hash ("13572468", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (one, !=, two);
  g_assert_true (g_str_has_prefix (one, "pbkdf2-sha256$200000$"));
  g_assert_true (outreach_exit_pin_is_hashed (one, NULL));
  g_assert_true (outreach_exit_pin_is_hashed (two, NULL));
  /* (each check takes 0.1 s, a minute under valgrind: one is enough) */
  g_assert_true (outreach_exit_pin_verify (two, "13572468"));
  /* the PIN itself is nowhere in what is stored */
  g_assert_null (strstr (one, "13572468"));
}

static void
test_untypeable_pins (void)
{
  const char *refused[] = { "", "123", "123456789", "12a4", "１２３４", " 1234", "1234\n", "-1234",
                            "12 34", "+1234", "0x12", "١٢٣٤" };
  const char *accepted[] = { "0000", "1234", "00000000", "98765432", "12345" };

  for (gsize i = 0; i < G_N_ELEMENTS (refused); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *stored = outreach_exit_pin_hash (refused[i], &error);

      g_test_message ("refused: “%s”", refused[i]);
      g_assert_null (stored);
      g_assert_error (error, OUTREACH_EXIT_PIN_ERROR, OUTREACH_EXIT_PIN_ERROR_UNTYPEABLE);
      /* the message names the rule */
      g_assert_nonnull (strstr (error->message, "4 to 8 digits"));
    }
  g_assert_false (outreach_exit_pin_check_typeable (NULL, NULL));
  for (gsize i = 0; i < G_N_ELEMENTS (accepted); i++)
    {
      g_autoptr(GError) error = NULL;

      g_assert_true (outreach_exit_pin_check_typeable (accepted[i], &error));
      g_assert_no_error (error);
    }
}

static void
test_not_hashed (void)
{
  static const guint8 salt[16] = "0123456789abcdef";
  g_autofree char *good = outreach_exit_pin_hash_with_salt ("2468", salt, sizeof salt, 1000, NULL);
  g_autofree char *bad_hash = g_strdup (good);
  const char *not_pins[] = {
    "2468",                                               /* the old plain PIN */
    "", "pbkdf2-sha256", "pbkdf2-sha256$$$",
    "pbkdf2-sha1$1000$MDEyMzQ1Njc4OWFiY2RlZg==$RykCuFJiXjaaWy/+Tf9rr0wUj5t7g5zOKdXms+nU5TA=",
    "pbkdf2-sha256$0$MDEyMzQ1Njc4OWFiY2RlZg==$RykCuFJiXjaaWy/+Tf9rr0wUj5t7g5zOKdXms+nU5TA=",
    "pbkdf2-sha256$01000$MDEyMzQ1Njc4OWFiY2RlZg==$RykCuFJiXjaaWy/+Tf9rr0wUj5t7g5zOKdXms+nU5TA=",
    "pbkdf2-sha256$-1$MDEyMzQ1Njc4OWFiY2RlZg==$RykCuFJiXjaaWy/+Tf9rr0wUj5t7g5zOKdXms+nU5TA=",
    "pbkdf2-sha256$99999999999$MDEyMzQ1Njc4OWFiY2RlZg==$RykCuFJiXjaaWy/+Tf9rr0wUj5t7g5zOKdXms+nU5TA=",
    /* salt too short, hash of the wrong length, not base64, a part more */
    "pbkdf2-sha256$1000$MDEy$RykCuFJiXjaaWy/+Tf9rr0wUj5t7g5zOKdXms+nU5TA=",
    "pbkdf2-sha256$1000$MDEyMzQ1Njc4OWFiY2RlZg==$RykCuFJiXjaaWy/+Tf9rr0wU",
    "pbkdf2-sha256$1000$MDEyMzQ1Njc4OWFiY2RlZg==$RykCuFJiXjaaWy/+Tf9rr0wUj5t7g5zOKdXms+nU5T*=",
    "pbkdf2-sha256$1000$MDEyMzQ1Njc4OWFiY2RlZg==$RykCuFJiXjaaWy/+Tf9rr0wUj5t7g5zOKdXms+nU5TA=$",
    " pbkdf2-sha256$1000$MDEyMzQ1Njc4OWFiY2RlZg==$RykCuFJiXjaaWy/+Tf9rr0wUj5t7g5zOKdXms+nU5TA=",
  };

  g_assert_true (outreach_exit_pin_is_hashed (good, NULL));
  for (gsize i = 0; i < G_N_ELEMENTS (not_pins); i++)
    {
      g_autoptr(GError) error = NULL;

      g_test_message ("not a PIN: “%s”", not_pins[i]);
      g_assert_false (outreach_exit_pin_is_hashed (not_pins[i], &error));
      g_assert_error (error, OUTREACH_EXIT_PIN_ERROR, OUTREACH_EXIT_PIN_ERROR_NOT_HASHED);
      /* it says how to set one */
      g_assert_nonnull (strstr (error->message, "serocu-outreach --hash-exit-pin"));
      /* and lets no one out, whatever they type: the old PIN above all */
      g_assert_false (outreach_exit_pin_verify (not_pins[i], "2468"));
      g_assert_false (outreach_exit_pin_verify (not_pins[i], not_pins[i]));
    }
  g_assert_false (outreach_exit_pin_is_hashed (NULL, NULL));

  /* the hash changed: a wrong PIN, however right the digits */
  {
    char *c = bad_hash + strlen (bad_hash) - 10;

    *c = *c == 'A' ? 'B' : 'A';
  }
  g_assert_true (outreach_exit_pin_is_hashed (bad_hash, NULL));
  g_assert_false (outreach_exit_pin_verify (bad_hash, "2468"));
}

/* how long one check takes on this machine, with the iterations the app uses */
static void
test_check_time (void)
{
  static const guint8 salt[16] = "0123456789abcdef";
  g_autofree char *stored = outreach_exit_pin_hash_with_salt ("24681357", salt, sizeof salt,
                                                              OUTREACH_EXIT_PIN_ITERATIONS, NULL);
  gint64 start = g_get_monotonic_time ();
  gint64 took;

  g_assert_true (outreach_exit_pin_verify (stored, "24681357"));
  took = g_get_monotonic_time () - start;
  printf ("# one PIN check (%u iterations): %.1f ms\n", OUTREACH_EXIT_PIN_ITERATIONS, took / 1000.0);
  /* a bound that a loaded machine keeps: too fast means too few iterations */
  g_assert_cmpint (took, >, 10 * 1000);
}

/* The lock-out, on a clock the test moves */

static gint64 fake_now;

static gint64
fake_clock (gpointer data)
{
  return fake_now;
}

static void
advance (double seconds)
{
  fake_now += (gint64) (seconds * G_USEC_PER_SEC);
}

static void
test_lockout (void)
{
  static const guint8 salt[16] = "0123456789abcdef";
  g_autofree char *stored = outreach_exit_pin_hash_with_salt ("2468", salt, sizeof salt, 1000, NULL);
  g_autoptr(OutreachExitPinLock) lock = outreach_exit_pin_lock_new ();
  /* the lock after the 3rd, 4th … wrong PIN */
  const guint expected[] = { 30, 60, 120, 240, 480, 900, 900, 900 };

  fake_now = 1000 * G_USEC_PER_SEC;
  outreach_exit_pin_lock_set_clock (lock, fake_clock, NULL);

  /* two wrong PINs: still open */
  for (guint i = 0; i < 2; i++)
    {
      g_autoptr(GError) error = NULL;

      g_assert_false (outreach_exit_pin_lock_try (lock, stored, "1111", &error));
      g_assert_error (error, OUTREACH_EXIT_PIN_ERROR, OUTREACH_EXIT_PIN_ERROR_WRONG);
      g_assert_cmpuint (outreach_exit_pin_lock_get_seconds_left (lock), ==, 0);
    }

  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_autoptr(GError) wrong = NULL;
      g_autoptr(GError) locked = NULL;

      g_assert_false (outreach_exit_pin_lock_try (lock, stored, "1111", &wrong));
      g_assert_error (wrong, OUTREACH_EXIT_PIN_ERROR, OUTREACH_EXIT_PIN_ERROR_WRONG);
      g_assert_cmpuint (outreach_exit_pin_lock_get_seconds_left (lock), ==, expected[i]);

      /* locked: even the right PIN is not checked, nor counted */
      advance (expected[i] - 0.5);
      g_assert_cmpuint (outreach_exit_pin_lock_get_seconds_left (lock), ==, 1);
      g_assert_false (outreach_exit_pin_lock_try (lock, stored, "2468", &locked));
      g_assert_error (locked, OUTREACH_EXIT_PIN_ERROR, OUTREACH_EXIT_PIN_ERROR_LOCKED);
      g_assert_cmpuint (outreach_exit_pin_lock_get_wrong_tries (lock), ==, 3 + i);
      advance (0.5);
      g_assert_cmpuint (outreach_exit_pin_lock_get_seconds_left (lock), ==, 0);
    }

  /* open again: the right PIN is taken, and forgives every wrong one */
  g_assert_true (outreach_exit_pin_lock_try (lock, stored, "2468", NULL));
  g_assert_cmpuint (outreach_exit_pin_lock_get_wrong_tries (lock), ==, 0);
  for (guint i = 0; i < 2; i++)
    g_assert_false (outreach_exit_pin_lock_try (lock, stored, "1111", NULL));
  g_assert_cmpuint (outreach_exit_pin_lock_get_seconds_left (lock), ==, 0);
  g_assert_false (outreach_exit_pin_lock_try (lock, stored, "1111", NULL));
  g_assert_cmpuint (outreach_exit_pin_lock_get_seconds_left (lock), ==, 30);

  /* a stored value that is no PIN is no try either */
  advance (30);
  {
    g_autoptr(GError) error = NULL;

    g_assert_false (outreach_exit_pin_lock_try (lock, "2468", "2468", &error));
    g_assert_error (error, OUTREACH_EXIT_PIN_ERROR, OUTREACH_EXIT_PIN_ERROR_NOT_HASHED);
    g_assert_cmpuint (outreach_exit_pin_lock_get_wrong_tries (lock), ==, 3);
  }
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/exit-pin/pbkdf2-vectors", test_vectors);
  g_test_add_func ("/exit-pin/stored-form", test_stored_form);
  g_test_add_func ("/exit-pin/untypeable-pins", test_untypeable_pins);
  g_test_add_func ("/exit-pin/not-hashed", test_not_hashed);
  g_test_add_func ("/exit-pin/check-time", test_check_time);
  g_test_add_func ("/exit-pin/lockout", test_lockout);

  return g_test_run ();
}
