/* outreach-exit-pin.h: the staff PIN that leaves a display station, as stored and as checked
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define OUTREACH_EXIT_PIN_ERROR (outreach_exit_pin_error_quark ())

typedef enum {
  OUTREACH_EXIT_PIN_ERROR_UNTYPEABLE,   /* not 4 to 8 digits: the pad cannot type it */
  OUTREACH_EXIT_PIN_ERROR_NOT_HASHED,   /* a stored value not in the hashed form */
  OUTREACH_EXIT_PIN_ERROR_RANDOM,       /* no random bytes for the salt */
  OUTREACH_EXIT_PIN_ERROR_LOCKED,       /* too many wrong PINs: not checked */
  OUTREACH_EXIT_PIN_ERROR_WRONG,        /* checked, and wrong */
} OutreachExitPinError;

#define OUTREACH_EXIT_PIN_MIN_DIGITS   4
#define OUTREACH_EXIT_PIN_MAX_DIGITS   8
/* about 100 ms for one check on the project's 2-core machine (see the .c) */
#define OUTREACH_EXIT_PIN_ITERATIONS   200000
#define OUTREACH_EXIT_PIN_SALT_BYTES   16
#define OUTREACH_EXIT_PIN_HASH_BYTES   32
#define OUTREACH_EXIT_PIN_PREFIX       "pbkdf2-sha256"

GQuark    outreach_exit_pin_error_quark   (void);

void      outreach_pbkdf2_hmac_sha256     (const guint8  *password,
                                           gsize          password_len,
                                           const guint8  *salt,
                                           gsize          salt_len,
                                           guint          iterations,
                                           guint8        *out,
                                           gsize          out_len);

gboolean  outreach_exit_pin_check_typeable (const char   *pin,
                                            GError      **error);
char     *outreach_exit_pin_hash          (const char    *pin,
                                           GError       **error);
char     *outreach_exit_pin_hash_with_salt (const char   *pin,
                                            const guint8 *salt,
                                            gsize         salt_len,
                                            guint         iterations,
                                            GError      **error);
gboolean  outreach_exit_pin_is_hashed     (const char    *stored,
                                           GError       **error);
gboolean  outreach_exit_pin_verify        (const char    *stored,
                                           const char    *pin);

/* The pad's lock-out: after OUTREACH_EXIT_PIN_FREE_TRIES wrong PINs in a
 * row it locks for 30 s, twice as long at each further wrong PIN, 15 min
 * at most; a right PIN unlocks it. */
#define OUTREACH_EXIT_PIN_FREE_TRIES      3
#define OUTREACH_EXIT_PIN_FIRST_LOCK_S    30
#define OUTREACH_EXIT_PIN_MAX_LOCK_S      (15 * 60)

typedef struct _OutreachExitPinLock OutreachExitPinLock;

/* microseconds, monotonic: g_get_monotonic_time() unless a test gives its own */
typedef gint64 (*OutreachExitPinClock) (gpointer user_data);

OutreachExitPinLock *outreach_exit_pin_lock_new         (void);
OutreachExitPinLock *outreach_exit_pin_lock_ref         (OutreachExitPinLock  *self);
void                 outreach_exit_pin_lock_unref       (OutreachExitPinLock  *self);
void                 outreach_exit_pin_lock_set_clock   (OutreachExitPinLock  *self,
                                                         OutreachExitPinClock  clock,
                                                         gpointer              user_data);
guint                outreach_exit_pin_lock_get_seconds_left (OutreachExitPinLock *self);
guint                outreach_exit_pin_lock_get_wrong_tries  (OutreachExitPinLock *self);
void                 outreach_exit_pin_lock_note_wrong  (OutreachExitPinLock  *self);
void                 outreach_exit_pin_lock_note_right  (OutreachExitPinLock  *self);
gboolean             outreach_exit_pin_lock_try         (OutreachExitPinLock  *self,
                                                         const char           *stored,
                                                         const char           *pin,
                                                         GError              **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (OutreachExitPinLock, outreach_exit_pin_lock_unref)

G_END_DECLS
