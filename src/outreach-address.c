/* outreach-address.c: the e-mail address rules for a pack's contacts
 *
 * A pack's address goes into a mailto: link and on to a QR code, so only
 * the plainest form of address is accepted: one with no quoted string, that
 * can carry nothing but the address.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "outreach-address.h"

/**
 * outreach_address_is_plain:
 * @address: a contact's address, as a pack gives it
 *
 * A plain address: dot-atoms of letters, digits and the RFC 5322 atext
 * symbols in the local part (but not “?” or “%”, which only make sense in
 * a URI), a dotted host name, nothing else: no display name, no header.
 * At most 254 bytes; each label of the host at most 63, not starting or
 * ending with “-”; the last one letters only.
 *
 * Returns: whether @address is such an address
 */
gboolean
outreach_address_is_plain (const char *address)
{
  const char *at = strchr (address, '@');
  const char *p;
  g_auto(GStrv) labels = NULL;
  guint n_labels;

  if (at == NULL || at == address || strchr (at + 1, '@') != NULL || strlen (address) > 254)
    return FALSE;

  for (p = address; p < at; p++)
    {
      if (g_ascii_isalnum (*p) || strchr ("!#$&'*+-/=^_`{|}~", *p) != NULL)
        continue;
      if (*p == '.' && p != address && p + 1 != at && p[1] != '.')
        continue;
      return FALSE;
    }

  labels = g_strsplit (at + 1, ".", -1);
  n_labels = g_strv_length (labels);
  if (n_labels < 2)
    return FALSE;
  for (guint i = 0; i < n_labels; i++)
    {
      gsize len = strlen (labels[i]);

      if (len == 0 || len > 63 || labels[i][0] == '-' || labels[i][len - 1] == '-')
        return FALSE;
      for (p = labels[i]; *p; p++)
        if (!g_ascii_isalnum (*p) && *p != '-')
          return FALSE;
    }
  for (p = labels[n_labels - 1]; *p; p++)
    if (!g_ascii_isalpha (*p))
      return FALSE;

  return TRUE;
}
