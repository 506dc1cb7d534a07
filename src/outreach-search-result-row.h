/* outreach-search-result-row.h: one search result, as the results list shows it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "outreach-search-result.h"

G_BEGIN_DECLS

#define OUTREACH_TYPE_SEARCH_RESULT_ROW (outreach_search_result_row_get_type ())
G_DECLARE_FINAL_TYPE (OutreachSearchResultRow, outreach_search_result_row, OUTREACH,
                      SEARCH_RESULT_ROW, GtkBox)

GtkWidget            *outreach_search_result_row_new         (void);
OutreachSearchResult *outreach_search_result_row_get_result  (OutreachSearchResultRow *self);
void                  outreach_search_result_row_set_result  (OutreachSearchResultRow *self,
                                                              OutreachSearchResult    *result);
char                 *outreach_search_result_row_dup_name    (OutreachSearchResultRow *self);
void                  outreach_search_result_row_describe    (OutreachSearchResultRow *self,
                                                              GtkAccessible           *accessible);

G_END_DECLS
