/* outreach-page.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "outreach-model-private.h"

G_DEFINE_FINAL_TYPE (OutreachPage, outreach_page, OUTREACH_TYPE_NODE)

OutreachSection *
_outreach_section_new (void)
{
  OutreachSection *section = g_new0 (OutreachSection, 1);

  section->contacts = g_ptr_array_new_with_free_func (g_object_unref);
  section->links = g_ptr_array_new_with_free_func (g_object_unref);
  section->profiles = g_ptr_array_new_with_free_func (g_object_unref);

  return section;
}

void
_outreach_section_free (OutreachSection *section)
{
  g_free (section->heading);
  g_strfreev (section->paragraphs);
  g_free (section->quote);
  g_free (section->quote_source);
  g_strfreev (section->items);
  g_strfreev (section->after);
  g_free (section->signature);
  g_ptr_array_unref (section->contacts);
  g_ptr_array_unref (section->links);
  g_ptr_array_unref (section->profiles);
  g_free (section);
}

static void
outreach_page_finalize (GObject *object)
{
  OutreachPage *self = OUTREACH_PAGE (object);

  g_clear_pointer (&self->summary, g_free);
  g_clear_pointer (&self->sections, g_ptr_array_unref);

  G_OBJECT_CLASS (outreach_page_parent_class)->finalize (object);
}

static void
outreach_page_class_init (OutreachPageClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = outreach_page_finalize;
}

static void
outreach_page_init (OutreachPage *self)
{
  self->sections = g_ptr_array_new_with_free_func ((GDestroyNotify) _outreach_section_free);
}

/**
 * outreach_page_get_summary:
 *
 * Returns: (nullable): the page's opening line
 */
const char *
outreach_page_get_summary (OutreachPage *self)
{
  return self->summary;
}

guint
outreach_page_get_n_sections (OutreachPage *self)
{
  return self->sections->len;
}

const OutreachSection *
outreach_page_get_section (OutreachPage *self,
                           guint         index)
{
  g_return_val_if_fail (index < self->sections->len, NULL);

  return g_ptr_array_index (self->sections, index);
}
