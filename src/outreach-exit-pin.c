/* outreach-exit-pin.c: the staff PIN that leaves a display station, as stored and as checked
 *
 * The PIN is never stored as such: kiosk-exit-pin holds
 *
 *   pbkdf2-sha256$ITERATIONS$SALT$HASH
 *
 * with SALT 16 random bytes and HASH PBKDF2-HMAC-SHA256 (RFC 8018, §5.2) of
 * the PIN's digits, 32 bytes, both in base64; `serocu-outreach
 * --hash-exit-pin` prints it. Why this: PBKDF2 needs nothing but HMAC, which
 * GLib has (GHmac), so there is no new dependency, and it is the
 * standard, tested key-stretching function (NIST SP 800-132); the salt
 * makes one table of all 10^8 PINs useless against it; the iterations make
 * each guess cost some 100 ms here (200,000 iterations: 91–97 ms for one
 * check, best of 3, measured on the project's 2-core machine; test-exit-pin
 * prints it). A memory-hard function (scrypt,
 * Argon2) would resist graphics cards better, but would need a library
 * that the app does not otherwise use. A 4-digit PIN is still only 10,000
 * guesses for whoever can read the dconf database; the hash stops the PIN
 * being read off the file at a glance, and a long PIN stops the rest.
 *
 * A stored value in any other form, such as a PIN typed straight into the
 * key, is no PIN at all: the station then has no way out.
 *
 * The pad's lock-out (OutreachExitPinLock) counts wrong PINs in a row and
 * says how long the pad stays locked, by a clock a test can set.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <errno.h>
#include <string.h>
#include <sys/random.h>

#include <glib/gi18n.h>

#include "outreach-exit-pin.h"

/* a check runs on the station's main thread: 1,000,000 rounds take about
 * half a second here (200,000, what --hash-exit-pin uses, about 0.1 s);
 * more would freeze the screen and its countdown at each try */
#define MAX_ITERATIONS 1000000
#define MIN_SALT_BYTES 8
#define MAX_SALT_BYTES 64

G_DEFINE_QUARK (outreach-exit-pin-error-quark, outreach_exit_pin_error)

/**
 * outreach_pbkdf2_hmac_sha256:
 * @out: (out caller-allocates) (array length=out_len): the derived key
 *
 * PBKDF2 (RFC 8018, §5.2) with HMAC-SHA256 as its pseudo-random function.
 */
void
outreach_pbkdf2_hmac_sha256 (const guint8 *password,
                             gsize         password_len,
                             const guint8 *salt,
                             gsize         salt_len,
                             guint         iterations,
                             guint8       *out,
                             gsize         out_len)
{
  /* keyed once: each iteration copies it rather than hash the key again */
  g_autoptr(GHmac) keyed = g_hmac_new (G_CHECKSUM_SHA256, password ? password : (const guint8 *) "",
                                       password_len);
  guint8 u[OUTREACH_EXIT_PIN_HASH_BYTES];
  guint8 t[OUTREACH_EXIT_PIN_HASH_BYTES];
  gsize done = 0;

  g_return_if_fail (iterations >= 1);

  for (guint32 block = 1; done < out_len; block++)
    {
      const guint8 index[4] = { block >> 24, block >> 16, block >> 8, block };
      GHmac *hmac = g_hmac_copy (keyed);
      gsize len = sizeof u;
      gsize n;

      /* U1 = PRF (P, S || INT (i)) */
      g_hmac_update (hmac, salt, salt_len);
      g_hmac_update (hmac, index, sizeof index);
      g_hmac_get_digest (hmac, u, &len);
      g_hmac_unref (hmac);
      memcpy (t, u, sizeof t);

      /* Uj = PRF (P, Uj-1); T = U1 ^ U2 ^ … ^ Uc */
      for (guint j = 1; j < iterations; j++)
        {
          hmac = g_hmac_copy (keyed);
          g_hmac_update (hmac, u, sizeof u);
          len = sizeof u;
          g_hmac_get_digest (hmac, u, &len);
          g_hmac_unref (hmac);
          for (gsize k = 0; k < sizeof t; k++)
            t[k] ^= u[k];
        }

      n = MIN (sizeof t, out_len - done);
      memcpy (out + done, t, n);
      done += n;
    }
  explicit_bzero (u, sizeof u);
  explicit_bzero (t, sizeof t);
}

/**
 * outreach_exit_pin_check_typeable:
 *
 * Returns: whether @pin is one the station's pad can type: 4 to 8 digits
 */
gboolean
outreach_exit_pin_check_typeable (const char  *pin,
                                  GError     **error)
{
  gsize len = pin ? strlen (pin) : 0;
  gboolean digits = TRUE;

  for (gsize i = 0; i < len; i++)
    digits = digits && g_ascii_isdigit (pin[i]);

  if (!digits || len < OUTREACH_EXIT_PIN_MIN_DIGITS || len > OUTREACH_EXIT_PIN_MAX_DIGITS)
    {
      g_set_error (error, OUTREACH_EXIT_PIN_ERROR, OUTREACH_EXIT_PIN_ERROR_UNTYPEABLE,
                   _("A staff PIN is %d to %d digits (0 to 9), nothing else: the station’s pad "
                     "has only those keys."),
                   OUTREACH_EXIT_PIN_MIN_DIGITS, OUTREACH_EXIT_PIN_MAX_DIGITS);
      return FALSE;
    }
  return TRUE;
}

/**
 * outreach_exit_pin_hash_with_salt:
 *
 * Returns: (transfer full) (nullable): the value to store for @pin, or
 *   %NULL if the pad cannot type @pin
 */
char *
outreach_exit_pin_hash_with_salt (const char    *pin,
                                  const guint8  *salt,
                                  gsize          salt_len,
                                  guint          iterations,
                                  GError       **error)
{
  guint8 hash[OUTREACH_EXIT_PIN_HASH_BYTES];
  g_autofree char *salt64 = NULL, *hash64 = NULL;

  g_return_val_if_fail (salt_len >= MIN_SALT_BYTES && salt_len <= MAX_SALT_BYTES, NULL);
  g_return_val_if_fail (iterations >= 1 && iterations <= MAX_ITERATIONS, NULL);

  if (!outreach_exit_pin_check_typeable (pin, error))
    return NULL;

  outreach_pbkdf2_hmac_sha256 ((const guint8 *) pin, strlen (pin), salt, salt_len, iterations,
                               hash, sizeof hash);
  salt64 = g_base64_encode (salt, salt_len);
  hash64 = g_base64_encode (hash, sizeof hash);
  explicit_bzero (hash, sizeof hash);
  return g_strdup_printf (OUTREACH_EXIT_PIN_PREFIX "$%u$%s$%s", iterations, salt64, hash64);
}

/**
 * outreach_exit_pin_hash:
 *
 * The value to store in kiosk-exit-pin for @pin, with a new random salt.
 *
 * Returns: (transfer full) (nullable): the value, or %NULL if the pad cannot type @pin
 */
char *
outreach_exit_pin_hash (const char  *pin,
                        GError     **error)
{
  guint8 salt[OUTREACH_EXIT_PIN_SALT_BYTES];
  gsize got = 0;

  if (!outreach_exit_pin_check_typeable (pin, error))
    return NULL;

  /* the kernel's random numbers (GRand is predictable, not for salts) */
  while (got < sizeof salt)
    {
      ssize_t n = getrandom (salt + got, sizeof salt - got, 0);

      if (n < 0 && errno == EINTR)
        continue;
      if (n <= 0)
        {
          int saved = errno;

          g_set_error (error, OUTREACH_EXIT_PIN_ERROR, OUTREACH_EXIT_PIN_ERROR_RANDOM,
                       _("Cannot get random numbers from the system: %s."), g_strerror (saved));
          return NULL;
        }
      got += n;
    }
  return outreach_exit_pin_hash_with_salt (pin, salt, sizeof salt, OUTREACH_EXIT_PIN_ITERATIONS,
                                           error);
}

/* base64 as g_base64_encode() writes it, and nothing else (g_base64_decode()
 * skips what it does not know) */
static guint8 *
decode_base64 (const char *text,
               gsize      *len)
{
  g_autofree guint8 *bytes = NULL;
  g_autofree char *again = NULL;
  gsize n = strlen (text);

  if (n == 0 || n % 4 != 0)
    return NULL;
  for (gsize i = 0; i < n; i++)
    if (!g_ascii_isalnum (text[i]) && text[i] != '+' && text[i] != '/' &&
        !(text[i] == '=' && i >= n - 2))
      return NULL;
  bytes = g_base64_decode (text, len);
  again = g_base64_encode (bytes, *len);
  return g_str_equal (again, text) ? g_steal_pointer (&bytes) : NULL;
}

typedef struct {
  guint   iterations;
  guint8 *salt;
  gsize   salt_len;
  guint8 *hash;
  gsize   hash_len;
} Stored;

static void
stored_clear (Stored *stored)
{
  g_clear_pointer (&stored->salt, g_free);
  g_clear_pointer (&stored->hash, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Stored, stored_clear)

static gboolean
parse_stored (const char  *text,
              Stored      *stored,
              GError     **error)
{
  g_auto(GStrv) parts = text ? g_strsplit (text, "$", -1) : NULL;
  guint64 iterations = 0;

  if (parts == NULL || g_strv_length (parts) != 4 || !g_str_equal (parts[0], OUTREACH_EXIT_PIN_PREFIX) ||
      !g_ascii_string_to_unsigned (parts[1], 10, 1, MAX_ITERATIONS, &iterations, NULL) ||
      parts[1][0] == '0' ||
      (stored->salt = decode_base64 (parts[2], &stored->salt_len)) == NULL ||
      stored->salt_len < MIN_SALT_BYTES || stored->salt_len > MAX_SALT_BYTES ||
      (stored->hash = decode_base64 (parts[3], &stored->hash_len)) == NULL ||
      stored->hash_len != OUTREACH_EXIT_PIN_HASH_BYTES)
    {
      g_set_error (error, OUTREACH_EXIT_PIN_ERROR, OUTREACH_EXIT_PIN_ERROR_NOT_HASHED,
                   _("The staff PIN is not stored in its hashed form, so it lets no one out. "
                     "Set kiosk-exit-pin to what “%s” prints."),
                   "serocu-outreach --hash-exit-pin");
      return FALSE;
    }
  stored->iterations = iterations;
  return TRUE;
}

/**
 * outreach_exit_pin_is_hashed:
 * @stored: a value of kiosk-exit-pin
 *
 * Returns: whether @stored is in the form outreach_exit_pin_hash() makes;
 *   if not, @error says how to set it
 */
gboolean
outreach_exit_pin_is_hashed (const char  *stored,
                             GError     **error)
{
  g_auto(Stored) parsed = { 0 };

  return parse_stored (stored, &parsed, error);
}

/**
 * outreach_exit_pin_verify:
 * @stored: a value of kiosk-exit-pin
 * @pin: the digits typed
 *
 * Compares in constant time: how long it takes says nothing of how much of
 * the hash matched.
 *
 * Returns: whether @pin is the PIN @stored was made from; %FALSE for a
 *   @stored not in the hashed form
 */
gboolean
outreach_exit_pin_verify (const char *stored,
                          const char *pin)
{
  g_auto(Stored) parsed = { 0 };
  guint8 hash[OUTREACH_EXIT_PIN_HASH_BYTES];
  volatile guint8 difference = 0;

  if (pin == NULL || !parse_stored (stored, &parsed, NULL))
    return FALSE;

  outreach_pbkdf2_hmac_sha256 ((const guint8 *) pin, strlen (pin), parsed.salt, parsed.salt_len,
                               parsed.iterations, hash, sizeof hash);
  for (gsize i = 0; i < sizeof hash; i++)
    difference |= hash[i] ^ parsed.hash[i];
  explicit_bzero (hash, sizeof hash);
  return difference == 0;
}

/* The lock-out */

struct _OutreachExitPinLock
{
  grefcount            ref_count;
  OutreachExitPinClock clock;
  gpointer             clock_data;
  guint                wrong_tries;   /* in a row */
  gint64               locked_until;  /* by the clock; 0 for not locked */
};

static gint64
real_clock (gpointer data)
{
  return g_get_monotonic_time ();
}

OutreachExitPinLock *
outreach_exit_pin_lock_new (void)
{
  OutreachExitPinLock *self = g_new0 (OutreachExitPinLock, 1);

  g_ref_count_init (&self->ref_count);
  self->clock = real_clock;
  return self;
}

OutreachExitPinLock *
outreach_exit_pin_lock_ref (OutreachExitPinLock *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_ref_count_inc (&self->ref_count);
  return self;
}

void
outreach_exit_pin_lock_unref (OutreachExitPinLock *self)
{
  g_return_if_fail (self != NULL);

  if (g_ref_count_dec (&self->ref_count))
    g_free (self);
}

/**
 * outreach_exit_pin_lock_set_clock:
 * @clock: (nullable): the time in microseconds, for tests; %NULL for the real one
 */
void
outreach_exit_pin_lock_set_clock (OutreachExitPinLock  *self,
                                  OutreachExitPinClock  clock,
                                  gpointer              user_data)
{
  g_return_if_fail (self != NULL);

  self->clock = clock ? clock : real_clock;
  self->clock_data = clock ? user_data : NULL;
}

/**
 * outreach_exit_pin_lock_get_seconds_left:
 *
 * Returns: how long the pad stays locked, in whole seconds rounded up; 0
 *   when it takes a PIN
 */
guint
outreach_exit_pin_lock_get_seconds_left (OutreachExitPinLock *self)
{
  gint64 left;

  g_return_val_if_fail (self != NULL, 0);

  left = self->locked_until - self->clock (self->clock_data);
  return left > 0 ? (guint) ((left + G_USEC_PER_SEC - 1) / G_USEC_PER_SEC) : 0;
}

guint
outreach_exit_pin_lock_get_wrong_tries (OutreachExitPinLock *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->wrong_tries;
}

void
outreach_exit_pin_lock_note_wrong (OutreachExitPinLock *self)
{
  guint beyond;
  gint64 seconds;

  g_return_if_fail (self != NULL);

  if (self->wrong_tries < G_MAXUINT)
    self->wrong_tries++;
  if (self->wrong_tries < OUTREACH_EXIT_PIN_FREE_TRIES)
    return;

  /* 30 s, 60 s, 120 s … 15 min */
  beyond = self->wrong_tries - OUTREACH_EXIT_PIN_FREE_TRIES;
  seconds = beyond < 16 ? (gint64) OUTREACH_EXIT_PIN_FIRST_LOCK_S << beyond : OUTREACH_EXIT_PIN_MAX_LOCK_S;
  seconds = MIN (seconds, OUTREACH_EXIT_PIN_MAX_LOCK_S);
  self->locked_until = self->clock (self->clock_data) + seconds * G_USEC_PER_SEC;
}

void
outreach_exit_pin_lock_note_right (OutreachExitPinLock *self)
{
  g_return_if_fail (self != NULL);

  self->wrong_tries = 0;
  self->locked_until = 0;
}

/**
 * outreach_exit_pin_lock_try:
 * @stored: the value of kiosk-exit-pin
 * @pin: the digits typed
 *
 * Checks @pin unless the pad is locked, and counts it.
 *
 * Returns: whether @pin is right; if not, @error says why:
 *   %OUTREACH_EXIT_PIN_ERROR_LOCKED (not checked, not counted),
 *   %OUTREACH_EXIT_PIN_ERROR_NOT_HASHED (no PIN is right, not counted) or
 *   %OUTREACH_EXIT_PIN_ERROR_WRONG
 */
gboolean
outreach_exit_pin_lock_try (OutreachExitPinLock  *self,
                            const char           *stored,
                            const char           *pin,
                            GError              **error)
{
  guint left;

  g_return_val_if_fail (self != NULL, FALSE);

  if ((left = outreach_exit_pin_lock_get_seconds_left (self)) > 0)
    {
      /* Translators: minutes and seconds, as in "try again in 2:30" */
      g_set_error (error, OUTREACH_EXIT_PIN_ERROR, OUTREACH_EXIT_PIN_ERROR_LOCKED,
                   _("Too many wrong PINs. Try again in %u:%02u."), left / 60, left % 60);
      return FALSE;
    }
  if (!outreach_exit_pin_is_hashed (stored, error))
    return FALSE;
  if (!outreach_exit_pin_verify (stored, pin))
    {
      outreach_exit_pin_lock_note_wrong (self);
      g_set_error_literal (error, OUTREACH_EXIT_PIN_ERROR, OUTREACH_EXIT_PIN_ERROR_WRONG,
                           _("Wrong PIN: try again"));
      return FALSE;
    }
  outreach_exit_pin_lock_note_right (self);
  return TRUE;
}
