/* outreach-content-watch.h: a pack's file, watched for new versions (no GTK)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "outreach-content.h"

G_BEGIN_DECLS

#define OUTREACH_TYPE_CONTENT_WATCH (outreach_content_watch_get_type ())
G_DECLARE_FINAL_TYPE (OutreachContentWatch, outreach_content_watch, OUTREACH, CONTENT_WATCH, GObject)

OutreachContentWatch *outreach_content_watch_new (const char  *filename,
                                                  GBytes      *current);
OutreachContentWatch *outreach_content_watch_new_held (const char *filename);
void                  outreach_content_watch_release (OutreachContentWatch *self,
                                                      GBytes               *current);
gboolean              outreach_content_watch_get_loading (OutreachContentWatch *self);
guint                 _outreach_content_watch_get_n_reads (void);

typedef void (*OutreachContentReadHook) (const char *filename,
                                         gboolean    settled);
void                  _outreach_content_watch_set_read_hook (OutreachContentReadHook hook);

/* outreach-content-kept.c */
GBytes          *_outreach_content_read_settled (const char *filename);
void             _outreach_content_keep_copy    (const char *filename,
                                                 GBytes     *bytes);
void             _outreach_content_count_read   (void);
OutreachContent *outreach_content_load_kept (const char  *filename,
                                             gboolean    *from_copy,
                                             GBytes     **bytes_out,
                                             GError     **error);
void             outreach_content_load_kept_async  (const char          *filename,
                                                    GCancellable        *cancellable,
                                                    GAsyncReadyCallback  callback,
                                                    gpointer             user_data);
OutreachContent *outreach_content_load_kept_finish (GAsyncResult        *result,
                                                    gboolean            *from_copy,
                                                    GBytes             **bytes_out,
                                                    char               **problem,
                                                    GError             **error);
char            *outreach_content_dup_copy_path (const char *filename);
char            *_outreach_content_dup_canonical_path (const char *filename);
void             _outreach_content_remember_shown     (const char *filename);
char            *_outreach_content_dup_last_shown     (void);
OutreachContent *_outreach_content_load_last_shown    (const char *except);

G_END_DECLS
