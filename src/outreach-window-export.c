/* outreach-window-export.c: the organisation chart as SVG or PDF, from the window
 *
 * win.export-chart ("s": a unit's id for its branch, "" for the whole
 * chart) asks where, in a file chooser (GtkFileDialog from GTK 4.10, the
 * native chooser before it), and draws the chart there as the command
 * line's --export-chart does: the name's suffix, .svg or .pdf, picks the
 * format; a read-only file, a link or the pack itself is refused. The main
 * menu exports the whole chart; the Structure page's button the branch of
 * the box selected. Drawing a large pack takes a while: it is done in a
 * worker thread, the window live meanwhile. What came of it is told as the
 * window tells things: a notice that it was saved, the problem bar if not
 * (each an alert, read out by a screen reader).
 *
 * Not at a display station: the action is disabled there, the menu hidden
 * and the page's button too.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "outreach-accessible.h"
#include "outreach-chart.h"
#include "outreach-chart-export.h"
#include "outreach-unit.h"
#include "outreach-window-private.h"

/* how long "saved" shows, unless dismissed */
#define NOTICE_SECONDS 10

typedef struct
{
  OutreachContent *content;
  char            *root_id;   /* NULL: the whole chart */
  char            *path;
  char            *keep;      /* the pack's file, never written over */
} ExportJob;

static void
export_job_free (ExportJob *job)
{
  g_clear_object (&job->content);
  g_free (job->root_id);
  g_free (job->path);
  g_free (job->keep);
  g_free (job);
}

/* The notice */

static gboolean
hide_notice (gpointer data)
{
  OutreachWindow *self = data;

  self->notice_source = 0;
  gtk_revealer_set_reveal_child (self->notice_revealer, FALSE);
  return G_SOURCE_REMOVE;
}

static void
show_notice (OutreachWindow *self,
             const char     *text)
{
  gtk_label_set_text (self->notice_label, text);
  gtk_widget_set_visible (GTK_WIDGET (self->notice_revealer), TRUE);
  gtk_revealer_set_reveal_child (self->notice_revealer, TRUE);
  g_clear_handle_id (&self->notice_source, g_source_remove);
  self->notice_source = g_timeout_add_seconds (NOTICE_SECONDS, hide_notice, self);
}

static void
on_notice_dismissed (OutreachWindow *self)
{
  g_clear_handle_id (&self->notice_source, g_source_remove);
  hide_notice (self);
}

/* Drawing and writing, in a worker thread */

static void
export_in_thread (GTask        *task,
                  gpointer      source,
                  gpointer      data,
                  GCancellable *cancellable)
{
  ExportJob *job = data;
  GError *error = NULL;

  /* the pack is not changed once loaded: a new one replaces it whole */
  if (outreach_chart_export (job->content, job->root_id, job->path, job->keep, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

static void update_export_allowed (OutreachWindow *self);

static void
on_exported (GObject      *source,
             GAsyncResult *result,
             gpointer      data)
{
  OutreachWindow *self = OUTREACH_WINDOW (source);
  ExportJob *job = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;
  gboolean saved = g_task_propagate_boolean (G_TASK (result), &error);

  /* the window closed while the chart was drawn: no one to tell */
  if (self->export_closed)
    return;
  self->exports_running--;
  update_export_allowed (self);
  if (!saved)
    {
      _outreach_window_show_problem (self, _("The organisation chart could not be exported."),
                                     error->message);
    }
  else
    {
      g_autofree char *name = g_filename_display_basename (job->path);
      /* Translators: %s is a file's name, such as "poster.pdf" */
      g_autofree char *text = g_strdup_printf (_("Organisation chart saved as %s."), name);

      /* an earlier export's failure is not this one's */
      if (gtk_revealer_get_reveal_child (self->problem_revealer) &&
          g_strcmp0 (gtk_label_get_text (self->problem_title),
                     _("The organisation chart could not be exported.")) == 0)
        gtk_revealer_set_reveal_child (self->problem_revealer, FALSE);
      show_notice (self, text);
    }
}

/**
 * outreach_window_export_chart_to_file:
 * @root_id: (nullable): the unit whose branch to draw; %NULL or "" for the
 *   whole chart
 * @file: where: FILE.svg or FILE.pdf
 *
 * Draws the chart into @file in a worker thread (as win.export-chart does
 * once its file chooser has an answer), and tells the user what came of
 * it: "saved" in a notice, or why not in the problem bar.
 */
void
outreach_window_export_chart_to_file (OutreachWindow *self,
                                      const char     *root_id,
                                      GFile          *file)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  const char *source;
  OutreachChartFormat format;
  ExportJob *job;

  g_return_if_fail (OUTREACH_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  if (self->content == NULL)
    return;
  if ((path = g_file_get_path (file)) == NULL)
    g_set_error_literal (&error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                         _("Only a file on this computer can hold the chart."));
  /* a wrong name is said at once, before anything is drawn */
  if (error != NULL || !outreach_chart_format_for_filename (path, &format, &error))
    {
      _outreach_window_show_problem (self, _("The organisation chart could not be exported."),
                                     error->message);
      return;
    }

  job = g_new0 (ExportJob, 1);
  job->content = g_object_ref (self->content);
  job->root_id = root_id != NULL && *root_id != '\0' ? g_strdup (root_id) : NULL;
  job->path = g_steal_pointer (&path);
  source = outreach_content_get_source (self->content);
  job->keep = source != NULL && g_path_is_absolute (source) ? g_strdup (source) : NULL;

  /* one at a time: the menu item and the button wait for it */
  self->exports_running++;
  update_export_allowed (self);
  task = g_task_new (self, NULL, on_exported, NULL);
  g_task_set_source_tag (task, outreach_window_export_chart_to_file);
  g_task_set_task_data (task, job, (GDestroyNotify) export_job_free);
  g_task_run_in_thread (task, export_in_thread);
}

/* Asking where */

static GtkFileFilter *
chart_filter (void)
{
  GtkFileFilter *filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("SVG or PDF"));
  gtk_file_filter_add_suffix (filter, "svg");
  gtk_file_filter_add_suffix (filter, "pdf");
  return filter;
}

#if GTK_CHECK_VERSION (4, 10, 0)
static void
on_dialog_saved (GObject      *source,
                 GAsyncResult *result,
                 gpointer      data)
{
  g_autoptr(OutreachWindow) self = data;
  g_autofree char *root_id = g_strdup (g_object_get_data (source, "root-id"));
  g_autoptr(GFile) file = gtk_file_dialog_save_finish (GTK_FILE_DIALOG (source), result, NULL);

  /* (nothing chosen: the user cancelled) */
  if (file != NULL && !self->kiosk)
    outreach_window_export_chart_to_file (self, root_id, file);
}

static void
ask_where (OutreachWindow *self,
           const char     *title,
           const char     *name,
           const char     *root_id)
{
  g_autoptr(GtkFileDialog) dialog = gtk_file_dialog_new ();
  g_autoptr(GListStore) filters = g_list_store_new (GTK_TYPE_FILE_FILTER);
  g_autoptr(GtkFileFilter) filter = chart_filter ();

  g_list_store_append (filters, filter);
  gtk_file_dialog_set_title (dialog, title);
  gtk_file_dialog_set_initial_name (dialog, name);
  gtk_file_dialog_set_filters (dialog, G_LIST_MODEL (filters));
  gtk_file_dialog_set_modal (dialog, TRUE);
  g_object_set_data_full (G_OBJECT (dialog), "root-id", g_strdup (root_id), g_free);
  gtk_file_dialog_save (dialog, GTK_WINDOW (self), NULL, on_dialog_saved, g_object_ref (self));
}
#else
static void
on_chooser_response (GtkNativeDialog *chooser,
                     int              response,
                     OutreachWindow  *self)
{
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT && !self->kiosk)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  if (file != NULL)
    outreach_window_export_chart_to_file (self, g_object_get_data (G_OBJECT (chooser), "root-id"),
                                          file);
  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);
}

static void
ask_where (OutreachWindow *self,
           const char     *title,
           const char     *name,
           const char     *root_id)
{
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) filter = chart_filter ();

  /* owned until its answer */
  chooser = gtk_file_chooser_native_new (title, GTK_WINDOW (self), GTK_FILE_CHOOSER_ACTION_SAVE,
                                         _("_Export"), NULL);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  g_object_set_data_full (G_OBJECT (chooser), "root-id", g_strdup (root_id), g_free);
  g_signal_connect_object (chooser, "response", G_CALLBACK (on_chooser_response), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}
#endif

static void
export_chart_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  OutreachWindow *self = OUTREACH_WINDOW (widget);
  const char *root_id = g_variant_get_string (parameter, NULL);
  OutreachNode *root = NULL;
  g_autofree char *title = NULL;
  g_autofree char *name = NULL;

  if (self->kiosk || self->content == NULL)
    return;
  if (*root_id != '\0')
    {
      root = outreach_content_lookup (self->content, root_id);
      if (!OUTREACH_IS_UNIT (root))
        {
          /* Translators: %s is the id asked for, which no unit has */
          g_autofree char *detail = g_strdup_printf (_("No unit has the id “%s”."), root_id);

          _outreach_window_show_problem (self, _("The organisation chart could not be exported."),
                                         detail);
          return;
        }
    }

  if (root != NULL)
    {
      /* Translators: a file chooser's title; %s is a unit's name */
      title = g_strdup_printf (_("Export the Branch of %s"),
                               outreach_unit_get_name (OUTREACH_UNIT (root)));
      name = g_strconcat (root_id, ".pdf", NULL);
    }
  else
    {
      title = g_strdup (_("Export Organisation Chart"));
      name = g_strdup ("organisation-chart.pdf");
    }
  ask_where (self, title, name, root_id);
}

/* The Structure page's button: the branch of the chart's box last given
 * the keyboard, or selected (the top unit's, the whole chart, at first) */
static void
on_chart_export_clicked (OutreachWindow *self)
{
  OutreachNode *node = outreach_chart_get_current_node (self->chart);

  while (node != NULL && !OUTREACH_IS_UNIT (node))
    node = outreach_node_get_parent (node);
  gtk_widget_activate_action (GTK_WIDGET (self), "win.export-chart", "s",
                              node != NULL ? outreach_node_get_id (node) : "");
}

/* No exporting at a station, nor on a projector in front of a room (a
 * file chooser would show the presenter's folders); one export at a time */
static void
update_export_allowed (OutreachWindow *self)
{
  gboolean offered = !self->kiosk && self->presenter == NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export-chart",
                                 offered && self->exports_running == 0);
  gtk_widget_set_visible (self->chart_export_button, offered);
  gtk_widget_set_sensitive (self->chart_export_button, self->exports_running == 0);
}

static void
on_kiosk_changed (OutreachWindow *self)
{
  update_export_allowed (self);
  if (self->kiosk)
    on_notice_dismissed (self);
}

void
_outreach_window_export_init (OutreachWindow *self)
{
  /* out of a screen reader's reach while folded away */
  _outreach_accessible_follow_revealer (self->notice_revealer);
  g_signal_connect (self, "notify::kiosk", G_CALLBACK (on_kiosk_changed), NULL);
  g_signal_connect (self, "notify::presenting", G_CALLBACK (update_export_allowed), NULL);
  on_kiosk_changed (self);
}

void
_outreach_window_export_dispose (OutreachWindow *self)
{
  g_clear_handle_id (&self->notice_source, g_source_remove);
  /* a drawing under way finishes, but tells no one */
  self->export_closed = TRUE;
}

void
_outreach_window_export_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_child (widget_class, OutreachWindow, notice_revealer);
  gtk_widget_class_bind_template_child (widget_class, OutreachWindow, notice_label);
  gtk_widget_class_bind_template_child (widget_class, OutreachWindow, chart_export_button);
  gtk_widget_class_bind_template_callback (widget_class, on_notice_dismissed);
  gtk_widget_class_bind_template_callback (widget_class, on_chart_export_clicked);
  gtk_widget_class_install_action (widget_class, "win.export-chart", "s", export_chart_action);
}
