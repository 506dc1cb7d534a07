/* outreach-file.c: reading a file once, whole and bounded
 *
 * A pack is read into memory of the app's own, once, through one descriptor:
 * the size check, the scan and the parser then all see the same bytes,
 * whatever happens to the file meanwhile. (A memory mapping of the file, as
 * before, let a pack copied over the old one while it was read kill the app
 * with SIGBUS, or change under the scan that had checked it.)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "outreach-file.h"
#include "outreach-text.h"

/**
 * outreach_file_describe_errno:
 * @saved_errno: an errno value
 *
 * Returns: what went wrong, in a phrase in the app's own words (not a C
 *   function's)
 */
const char *
outreach_file_describe_errno (int saved_errno)
{
  switch (saved_errno)
    {
    case EBADF:
    case EPIPE:
      return _("nothing is reading it");
    case ENOENT:
      return _("there is no such file");
    case EROFS:
      return _("the disk is read-only");
    case ENOSPC:
    case EDQUOT:
      return _("the disk is full");
    case EACCES:
    case EPERM:
      return _("the app is not allowed to read it");
    case EISDIR:
      return _("it is a folder, not a file");
    case ENOTDIR:
      return _("a part of its path is not a folder");
    case ENAMETOOLONG:
      return _("its name is too long");
    case ELOOP:
      return _("its path has too many symbolic links");
    case EIO:
      return _("the disk could not be read");
    default:
      return g_strerror (saved_errno);
    }
}

static GBytes *
fail_errno (int      saved_errno,
            GError **error)
{
  g_set_error_literal (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
                       outreach_file_describe_errno (saved_errno));
  return NULL;
}

/**
 * outreach_file_read_bounded:
 * @filename: the file
 * @max_size: the most it may hold, in bytes
 * @size: (out) (optional): how many bytes it was found to hold, when it held
 *   more than @max_size (however it grew while it was read)
 * @error: %G_FILE_ERROR_INVAL when it is not a regular file,
 *   %G_FILE_ERROR_FAILED when it is too large, or the error of the read;
 *   messages are short phrases in the app's words ("there is no such file")
 *   that do not repeat the name
 *
 * Opens @filename once (never waiting on a FIFO or a device), checks what
 * the descriptor is, and reads it to its end into a private buffer.
 *
 * Returns: (transfer full) (nullable): the file's bytes
 */
static GBytes *
fail_too_large (guint64   found,
                gsize     max_size,
                guint64  *size,
                GError  **error)
{
  g_autofree char *limit = g_format_size_full (max_size, G_FORMAT_SIZE_IEC_UNITS);

  if (size != NULL)
    *size = found;
  /* Translators: a size such as "64.0 MiB" */
  g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_FAILED, _("it holds more than %s"), limit);
  return NULL;
}

GBytes *
outreach_file_read_bounded (const char  *filename,
                            gsize        max_size,
                            guint64     *size,
                            GError     **error)
{
  g_autofree char *buffer = NULL;
  gsize length = 0, allocated;
  struct stat st;
  int fd;

  fd = g_open (filename, O_RDONLY | O_NOCTTY | O_NONBLOCK | O_CLOEXEC, 0);
  if (fd < 0)
    return fail_errno (errno, error);

  if (fstat (fd, &st) != 0)
    {
      int saved_errno = errno;

      g_close (fd, NULL);
      return fail_errno (saved_errno, error);
    }
  if (!S_ISREG (st.st_mode))
    {
      g_close (fd, NULL);
      g_set_error_literal (error, G_FILE_ERROR, G_FILE_ERROR_INVAL,
                           S_ISDIR (st.st_mode) ? _("it is a folder, not a file")
                                                : _("it is not a regular file"));
      return NULL;
    }
  if ((guint64) st.st_size > max_size)
    {
      g_close (fd, NULL);
      return fail_too_large (st.st_size, max_size, size, error);
    }

  /* the size stat gave, and room to notice that the file grew since */
  allocated = (gsize) st.st_size + 1;
  buffer = g_malloc (allocated + 1);
  for (;;)
    {
      gssize n = read (fd, buffer + length, allocated - length);

      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0)
        {
          int saved_errno = errno;

          g_close (fd, NULL);
          return fail_errno (saved_errno, error);
        }
      if (n == 0)
        break;
      length += n;
      if (length > max_size)
        {
          g_close (fd, NULL);
          return fail_too_large (length, max_size, size, error);
        }
      if (length == allocated)
        {
          allocated = MIN (allocated * 2, max_size + 1);
          buffer = g_realloc (buffer, allocated + 1);
        }
    }
  g_close (fd, NULL);

  buffer[length] = '\0';
  return g_bytes_new_take (g_steal_pointer (&buffer), length);
}

/**
 * outreach_file_dup_absolute:
 * @filename: a file name
 *
 * Returns: (transfer full): @filename as an absolute path: one starting
 *   with "~/" is in the home folder (as the content-file setting takes it,
 *   and as a shell would have it, had it expanded "--content=~/…"), another
 *   relative one is taken from the current folder (that of the command line
 *   that gave it), and otherwise it is left as it is
 */
char *
outreach_file_dup_absolute (const char *filename)
{
  g_autofree char *current = NULL;

  if (g_path_is_absolute (filename))
    return g_strdup (filename);
  if (g_str_has_prefix (filename, "~/"))
    return g_build_filename (g_get_home_dir (), filename + 2, NULL);
  current = g_get_current_dir ();
  return g_build_filename (current, filename, NULL);
}

/**
 * outreach_file_display_name:
 * @filename: a file name in the file system's encoding
 *
 * Returns: (transfer full): @filename as a person should read it in a
 *   message: valid UTF-8 on one line (a line break in a name must not forge
 *   a second problem line)
 */
char *
outreach_file_display_name (const char *filename)
{
  g_autofree char *display = g_filename_display_name (filename);

  return outreach_text_excerpt (display, -1, 1024);
}

/**
 * outreach_file_write:
 * @filename: where to write
 * @bytes: what to write
 * @keep: (nullable): a file that must not be overwritten (the pack being read)
 * @error: why not, in a phrase in the app's words
 *
 * Writes @bytes to @filename, a new file or in place of an existing regular
 * one, and nothing else: never through a symbolic link, never into a device
 * or a FIFO, never over @keep. The bytes go to a new file beside it first,
 * which then takes its name: a failed write (a full disk) leaves the old file
 * as it was, and no empty one.
 *
 * Returns: whether @bytes were written
 */
gboolean
outreach_file_write (const char  *filename,
                     GBytes      *bytes,
                     const char  *keep,
                     GError     **error)
{
  g_autofree char *dir = g_path_get_dirname (filename);
  g_autofree char *base = g_path_get_basename (filename);
  g_autofree char *temp = NULL;
  struct stat st, kept, folder;
  gsize size;
  const char *data = g_bytes_get_data (bytes, &size);
  gboolean existed = FALSE;
  int saved_errno;
  int fd;

  if (g_lstat (filename, &st) == 0)
    {
      existed = TRUE;
      if (S_ISLNK (st.st_mode))
        {
          g_set_error_literal (error, G_FILE_ERROR, G_FILE_ERROR_INVAL,
                               _("it is a symbolic link, which is never written through"));
          return FALSE;
        }
      if (!S_ISREG (st.st_mode))
        {
          g_set_error_literal (error, G_FILE_ERROR, G_FILE_ERROR_INVAL,
                               _("it is not a regular file"));
          return FALSE;
        }
      if (keep != NULL && g_stat (keep, &kept) == 0 && kept.st_dev == st.st_dev &&
          kept.st_ino == st.st_ino)
        {
          g_set_error_literal (error, G_FILE_ERROR, G_FILE_ERROR_EXIST,
                               _("it is the content pack being read, which is never written to"));
          return FALSE;
        }
      /* a file made read-only is not replaced behind its owner's back (its
       * mode says so: root may write anything, and is told the same) */
      if (!(st.st_mode & S_IWUSR) || g_access (filename, W_OK) != 0)
        {
          g_set_error_literal (error, G_FILE_ERROR, G_FILE_ERROR_ACCES,
                               _("it is read-only"));
          return FALSE;
        }
    }
  else if (errno != ENOENT)
    {
      fail_errno (errno, error);
      return FALSE;
    }
  if (g_stat (dir, &folder) != 0 || !S_ISDIR (folder.st_mode))
    {
      g_set_error_literal (error, G_FILE_ERROR, G_FILE_ERROR_NOENT,
                           _("the folder it would be in does not exist"));
      return FALSE;
    }

  temp = g_strdup_printf ("%s/.%s.XXXXXX", dir, base);
  /* 0666 less the process's umask, as any new file of the user's: the
   * kernel applies the mask at open (g_mkstemp_full() passes the mode on),
   * so the mask is never read, nor changed for the other threads meanwhile */
  fd = g_mkstemp_full (temp, O_WRONLY | O_CLOEXEC, 0666);
  if (fd < 0)
    {
      saved_errno = errno;
      g_set_error_literal (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
                           saved_errno == EACCES || saved_errno == EPERM
                           ? _("the app is not allowed to write there")
                           : outreach_file_describe_errno (saved_errno));
      return FALSE;
    }

  /* the file written again keeps who may read it (a 0640 file does not
   * become readable by all) */
  if (existed && fchmod (fd, st.st_mode & 07777) != 0)
    goto failed;

  while (size > 0)
    {
      gssize n = write (fd, data, size);

      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0)
        goto failed;
      data += n;
      size -= n;
    }
  if (fsync (fd) != 0 || !g_close (fd, NULL))
    {
      fd = -1;
      goto failed;
    }
  if (g_rename (temp, filename) != 0)
    {
      fd = -1;
      goto failed;
    }
  return TRUE;

failed:
  saved_errno = errno;
  if (fd >= 0)
    g_close (fd, NULL);
  g_unlink (temp);
  fail_errno (saved_errno, error);
  return FALSE;
}
