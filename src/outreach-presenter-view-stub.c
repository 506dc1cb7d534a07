/* TEMPORARY stub until the presenter view lands (i17-view) */
#include "config.h"
#include "outreach-presenter-view.h"
struct _OutreachPresenterView { GtkWindow parent_instance; };
G_DEFINE_FINAL_TYPE (OutreachPresenterView, outreach_presenter_view, GTK_TYPE_WINDOW)
static void outreach_presenter_view_class_init (OutreachPresenterViewClass *klass) {}
static void outreach_presenter_view_init (OutreachPresenterView *self) {}
OutreachPresenterView *outreach_presenter_view_new (GtkApplication *application)
{ return g_object_new (OUTREACH_TYPE_PRESENTER_VIEW, "application", application, NULL); }
void outreach_presenter_view_set_tour_name (OutreachPresenterView *self, const char *name) {}
void outreach_presenter_view_set_step (OutreachPresenterView *self, guint step, guint n_steps, const char *title, const char *next_title, const char *notes) {}
void outreach_presenter_view_set_detour (OutreachPresenterView *self, const char *shown_title) {}
void outreach_presenter_view_set_blank (OutreachPresenterView *self, OutreachBlank blank) {}
void outreach_presenter_view_set_clock_start (OutreachPresenterView *self, gint64 monotonic_start) {}
char *outreach_presenter_view_dup_elapsed (OutreachPresenterView *self) { return g_strdup ("0:00"); }
