/* test-chart-export.c: the organisation chart as SVG and PDF, for posters
 *
 * Each export is read back as a person would see it: the SVG rendered by
 * rsvg-convert and the PDF by pdftoppm, to PNG, checked for its shape, for
 * its boxes (the top unit's in the app's accent colour) and for text inside
 * each box and never spilling out of one; the names read from the SVG's
 * text and from the PDF's (pdftotext): every unit of the branch drawn,
 * nothing outside it. Packs of every shape: the built-in one, a star of 200,
 * a chain 8 deep, names of 80 characters, right-to-left names, 10,000 units.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <locale.h>
#include <math.h>
#include <string.h>
#include <unistd.h>

#include <cairo.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "outreach-chart-export.h"
#include "test-packs.h"

/* What the SVG says: the page, the title, and each box with its lines */
typedef struct
{
  char   *name;      /* its <title> */
  GPtrArray *lines;  /* its <text>s */
  double  x, y, width, height;
  char   *fill;
  gboolean rtl;      /* a line of it marked right-to-left */
} SvgBox;

typedef struct
{
  double     width, height;   /* in points */
  GPtrArray *title;           /* the page's lines of title */
  GPtrArray *boxes;
  /* while parsing */
  SvgBox    *box;
  GString   *text;
  gboolean   in_text, in_title;
} Svg;

static void
svg_box_free (SvgBox *box)
{
  g_free (box->name);
  g_free (box->fill);
  g_ptr_array_unref (box->lines);
  g_free (box);
}

static void
svg_free (Svg *svg)
{
  g_ptr_array_unref (svg->title);
  g_ptr_array_unref (svg->boxes);
  if (svg->text != NULL)
    g_string_free (svg->text, TRUE);
  g_free (svg);
}
G_DEFINE_AUTOPTR_CLEANUP_FUNC (Svg, svg_free)

static const char *
attribute (const char **names,
           const char **values,
           const char  *name)
{
  for (guint i = 0; names[i] != NULL; i++)
    if (g_str_equal (names[i], name))
      return values[i];
  return NULL;
}

static double
number (const char **names,
        const char **values,
        const char  *name)
{
  const char *value = attribute (names, values, name);

  g_assert_nonnull (value);
  return g_ascii_strtod (value, NULL);
}

static void
on_start (GMarkupParseContext  *context,
          const char           *element,
          const char          **names,
          const char          **values,
          gpointer              data,
          GError              **error)
{
  Svg *svg = data;

  if (g_str_equal (element, "svg"))
    {
      /* "617pt": in points, as the viewBox */
      svg->width = number (names, values, "width");
      svg->height = number (names, values, "height");
      g_assert_true (g_str_has_suffix (attribute (names, values, "width"), "pt"));
      g_assert_nonnull (attribute (names, values, "viewBox"));
    }
  else if (g_str_equal (element, "g"))
    {
      g_assert_null (svg->box);
      svg->box = g_new0 (SvgBox, 1);
      svg->box->lines = g_ptr_array_new_with_free_func (g_free);
    }
  else if (g_str_equal (element, "rect") && svg->box != NULL)
    {
      svg->box->x = number (names, values, "x");
      svg->box->y = number (names, values, "y");
      svg->box->width = number (names, values, "width");
      svg->box->height = number (names, values, "height");
      svg->box->fill = g_strdup (attribute (names, values, "fill"));
    }
  else if (g_str_equal (element, "text"))
    {
      svg->in_text = TRUE;
      g_assert_cmpstr (attribute (names, values, "text-anchor"), ==, "middle");
      if (svg->box != NULL && g_strcmp0 (attribute (names, values, "direction"), "rtl") == 0)
        svg->box->rtl = TRUE;
      g_string_truncate (svg->text, 0);
    }
  else if (g_str_equal (element, "title"))
    {
      svg->in_title = TRUE;
      g_string_truncate (svg->text, 0);
    }
}

static void
on_end (GMarkupParseContext  *context,
        const char           *element,
        gpointer              data,
        GError              **error)
{
  Svg *svg = data;

  if (g_str_equal (element, "g"))
    g_ptr_array_add (svg->boxes, g_steal_pointer (&svg->box));
  else if (g_str_equal (element, "text"))
    {
      g_ptr_array_add (svg->box != NULL ? svg->box->lines : svg->title, g_strdup (svg->text->str));
      svg->in_text = FALSE;
    }
  else if (g_str_equal (element, "title"))
    {
      if (svg->box != NULL)
        svg->box->name = g_strdup (svg->text->str);
      svg->in_title = FALSE;
    }
}

static void
on_text (GMarkupParseContext  *context,
         const char           *text,
         gsize                 length,
         gpointer              data,
         GError              **error)
{
  Svg *svg = data;

  if (svg->in_text || svg->in_title)
    g_string_append_len (svg->text, text, length);
}

static Svg *
svg_parse (GBytes *bytes)
{
  static const GMarkupParser parser = { on_start, on_end, on_text, NULL, NULL };
  Svg *svg = g_new0 (Svg, 1);
  g_autoptr(GMarkupParseContext) context = NULL;
  g_autoptr(GError) error = NULL;
  gsize size;
  const char *data = g_bytes_get_data (bytes, &size);

  svg->title = g_ptr_array_new_with_free_func (g_free);
  svg->boxes = g_ptr_array_new_with_free_func ((GDestroyNotify) svg_box_free);
  svg->text = g_string_new (NULL);
  context = g_markup_parse_context_new (&parser, 0, svg, NULL);
  g_markup_parse_context_parse (context, data, size, &error);
  g_assert_no_error (error);
  g_markup_parse_context_end_parse (context, &error);
  g_assert_no_error (error);
  g_assert_cmpfloat (svg->width, >, 0);
  g_assert_cmpfloat (svg->height, >, 0);
  return svg;
}

/* A box's visible lines as one text */
static char *
box_text (SvgBox *box)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < box->lines->len; i++)
    g_string_append_printf (text, "%s%s", i ? " " : "", (char *) g_ptr_array_index (box->lines, i));
  return g_strdup (text->str);
}

/* @text without its spaces: a name broken across lines at a hyphen has no
 * space there, at a space has one */
static char *
without_spaces (const char *text)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p++)
    if (*p != ' ')
      g_string_append_c (out, *p);
  return g_string_free (out, FALSE);
}

/* The units of @content under @root_id (every one for %NULL), in pre-order */
static void
add_units (GListModel *units,
           GPtrArray  *out)
{
  for (guint i = 0; units != NULL && i < g_list_model_get_n_items (units); i++)
    {
      g_autoptr(OutreachNode) node = g_list_model_get_item (units, i);

      g_ptr_array_add (out, node);
      add_units (outreach_node_get_children (node), out);
    }
}

static GPtrArray *
units_under (OutreachContent *content,
             const char      *root_id)
{
  GPtrArray *out = g_ptr_array_new ();

  if (root_id == NULL)
    add_units (outreach_content_get_units (content), out);
  else
    {
      OutreachNode *root = outreach_content_lookup (content, root_id);

      g_assert_nonnull (root);
      g_ptr_array_add (out, root);
      add_units (outreach_node_get_children (root), out);
    }
  return out;
}

static const char *
name_of (OutreachNode *node)
{
  return outreach_unit_get_name (OUTREACH_UNIT (node));
}

/* The SVG has a box for each unit of the branch, in the tree's order, each
 * with the unit's name as its title, and as its lines when @whole_names
 * (nothing cut short); no box of a unit outside it */
static void
assert_svg_boxes (Svg             *svg,
                  OutreachContent *content,
                  const char      *root_id,
                  gboolean         whole_names)
{
  g_autoptr(GPtrArray) units = units_under (content, root_id);

  g_assert_cmpuint (svg->boxes->len, ==, units->len);
  for (guint i = 0; i < units->len; i++)
    {
      SvgBox *box = g_ptr_array_index (svg->boxes, i);
      const char *name = name_of (g_ptr_array_index (units, i));

      g_assert_cmpstr (box->name, ==, name);
      g_assert_cmpuint (box->lines->len, >=, 1);
      /* the name in at most three lines, and a line of details at most */
      g_assert_cmpuint (box->lines->len, <=, 4);
      if (whole_names)
        {
          g_autofree char *text = box_text (box);
          g_autofree char *text_letters = without_spaces (text);
          g_autofree char *name_letters = without_spaces (name);

          g_assert_true (g_str_has_prefix (text_letters, name_letters));
        }
      /* the top unit in the app's accent colour, the others as its cards */
      g_assert_cmpstr (box->fill, ==, i == 0 ? "#1b6acb" : "#f8f8f8");
    }
}

/* No two boxes overlap */
static void
assert_no_overlap (Svg *svg)
{
  for (guint i = 0; i < svg->boxes->len; i++)
    for (guint j = i + 1; j < svg->boxes->len; j++)
      {
        SvgBox *a = g_ptr_array_index (svg->boxes, i);
        SvgBox *b = g_ptr_array_index (svg->boxes, j);

        g_assert_true (a->x + a->width <= b->x || b->x + b->width <= a->x ||
                       a->y + a->height <= b->y || b->y + b->height <= a->y);
      }
}

static gboolean
have_program (const char *name)
{
  g_autofree char *path = g_find_program_in_path (name);

  return path != NULL;
}

static void
run (const char * const *argv,
     char              **out)
{
  g_autoptr(GError) error = NULL;
  int status;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                NULL, NULL, out, NULL, &status, &error);
  g_assert_no_error (error);
  g_spawn_check_wait_status (status, &error);
  g_assert_no_error (error);
}

static char *
folder_new (void)
{
  char *dir = g_dir_make_tmp ("outreach-chart-XXXXXX", NULL);

  g_assert_nonnull (dir);
  return dir;
}

static void
folder_remove (const char *dir)
{
  g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
  const char *name;

  while (listing != NULL && (name = g_dir_read_name (listing)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      g_unlink (path);
    }
  g_rmdir (dir);
}

static char *
write_bytes (const char *dir,
             const char *name,
             GBytes     *bytes)
{
  char *path = g_build_filename (dir, name, NULL);
  gsize size;
  const char *data = g_bytes_get_data (bytes, &size);

  g_assert_true (g_file_set_contents (path, data, size, NULL));
  return path;
}

static guint32
pixel (cairo_surface_t *image,
       int              x,
       int              y)
{
  unsigned char *data = cairo_image_surface_get_data (image);
  int stride = cairo_image_surface_get_stride (image);

  return *(guint32 *) (data + y * stride + x * 4) & 0xffffff;
}

/* How far two colours are apart: the largest difference of a channel */
static int
distance (guint32 a,
          guint32 b)
{
  int d = 0;

  for (int shift = 0; shift <= 16; shift += 8)
    d = MAX (d, ABS ((int) ((a >> shift) & 0xff) - (int) ((b >> shift) & 0xff)));
  return d;
}

static guint32
colour_of (const char *hex)
{
  return (guint32) g_ascii_strtoull (hex + 1, NULL, 16);
}

/* The render of the page, at @scale pixels a point, as a person sees it:
 * the page's shape; each box's fill where the box is; text (pixels far
 * from the fill) inside each box; and no text spilling out beside a box,
 * where only the page and the lines between boxes may be */
static void
assert_render (const char *png,
               Svg        *svg,
               double      scale,
               guint       max_boxes)
{
  cairo_surface_t *image = cairo_image_surface_create_from_png (png);
  int width, height;

  g_assert_cmpint (cairo_surface_status (image), ==, CAIRO_STATUS_SUCCESS);
  g_assert_cmpint (cairo_image_surface_get_format (image), ==, CAIRO_FORMAT_RGB24);
  width = cairo_image_surface_get_width (image);
  height = cairo_image_surface_get_height (image);
  g_test_message ("%s: %d × %d", png, width, height);
  /* the page's aspect, to a pixel */
  g_assert_cmpfloat (fabs (width - svg->width * scale), <=, 1.5);
  g_assert_cmpfloat (fabs (height - svg->height * scale), <=, 1.5);

  for (guint i = 0; i < MIN (svg->boxes->len, max_boxes); i++)
    {
      SvgBox *box = g_ptr_array_index (svg->boxes, i);
      guint32 fill = colour_of (box->fill);
      int x0 = ceil ((box->x + 2) * scale), x1 = floor ((box->x + box->width - 2) * scale);
      int y0 = ceil ((box->y + 2) * scale), y1 = floor ((box->y + box->height - 2) * scale);
      int centre_y = (box->y + box->height / 2) * scale;
      guint fill_pixels = 0, text_pixels = 0, spilt = 0;

      for (int y = y0; y < y1; y++)
        for (int x = x0; x < x1; x++)
          {
            int d = distance (pixel (image, x, y), fill);

            fill_pixels += d < 8;
            text_pixels += d > 96;
          }
      g_assert_cmpuint (fill_pixels, >, (guint) ((x1 - x0) * (y1 - y0) / 3));
      g_assert_cmpuint (text_pixels, >, 3);

      /* beside it, 1 to 6 points left and right, nothing but the page
       * (the lines between levels are further away), but for the lines to
       * and from it at its middle, left to right */
      for (int y = y0; y < y1; y++)
        {
          if (ABS (y - centre_y) <= 2 * scale + 1)
            continue;
          for (int side = 0; side < 2; side++)
            {
              double from = side == 0 ? box->x - 6 : box->x + box->width + 1;

              for (int x = ceil (from * scale); x < floor ((from + 5) * scale); x++)
                if (x >= 0 && x < width && distance (pixel (image, x, y), 0xffffff) > 96)
                  spilt++;
            }
        }
      g_assert_cmpuint (spilt, ==, 0);
    }
  cairo_surface_destroy (image);
}

/* Whitespace as single spaces */
static char *
squeeze (const char *text)
{
  g_auto(GStrv) words = g_strsplit_set (text, " \n\r\t\f", -1);
  g_autoptr(GString) out = g_string_new (NULL);

  for (guint i = 0; words[i] != NULL; i++)
    if (*words[i] != '\0')
      g_string_append_printf (out, "%s%s", out->len ? " " : "", words[i]);
  return g_strdup (out->str);
}

/* Exports @root_id's branch of @content (%NULL: all of it) as SVG and PDF,
 * renders both back and checks what a person would see */
static void
check_export (OutreachContent *content,
              const char      *root_id,
              gboolean         whole_names)
{
  g_autofree char *dir = folder_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) svg_bytes = outreach_chart_export_bytes (content, root_id,
                                                             OUTREACH_CHART_FORMAT_SVG, &error);
  g_autoptr(GBytes) pdf_bytes = NULL;
  g_autoptr(Svg) svg = NULL;
  g_autoptr(GPtrArray) units = units_under (content, root_id);
  g_autoptr(GPtrArray) all = units_under (content, NULL);
  g_autoptr(GHashTable) inside = g_hash_table_new (NULL, NULL);
  g_autofree char *svg_path = NULL;
  g_autofree char *pdf_path = NULL;
  g_autofree char *svg_png = NULL;
  g_autofree char *pdf_png = NULL;
  g_autofree char *pdf_png_root = NULL;
  g_autofree char *width_option = NULL;
  g_autofree char *pdf_text = NULL;
  g_autofree char *squeezed = NULL;
  g_autofree char *letters = NULL;
  g_autofree char *all_svg_text = NULL;

  g_assert_no_error (error);
  svg = svg_parse (svg_bytes);
  assert_svg_boxes (svg, content, root_id, whole_names);
  assert_no_overlap (svg);
  /* the organisation's name above */
  g_assert_cmpuint (svg->title->len, >=, 1);
  g_assert_true (g_str_has_prefix (outreach_content_get_name (content),
                                   g_ptr_array_index (svg->title, 0)));

  /* no box's text names a unit outside the branch */
  for (guint i = 0; i < units->len; i++)
    g_hash_table_add (inside, g_ptr_array_index (units, i));
  {
    g_autoptr(GString) text = g_string_new (NULL);

    for (guint i = 0; i < svg->boxes->len; i++)
      {
        g_autofree char *line = box_text (g_ptr_array_index (svg->boxes, i));

        g_string_append_printf (text, "%s\n", line);
      }
    all_svg_text = g_strdup (text->str);
  }
  for (guint i = 0; i < all->len && root_id != NULL; i++)
    if (!g_hash_table_contains (inside, g_ptr_array_index (all, i)))
      g_assert_null (strstr (all_svg_text, name_of (g_ptr_array_index (all, i))));

  pdf_bytes = outreach_chart_export_bytes (content, root_id, OUTREACH_CHART_FORMAT_PDF, &error);
  g_assert_no_error (error);
  g_assert_true (g_str_has_prefix (g_bytes_get_data (pdf_bytes, NULL), "%PDF-"));

  if (!have_program ("rsvg-convert") || !have_program ("pdftoppm") || !have_program ("pdftotext"))
    {
      folder_remove (dir);
      g_test_skip ("rsvg-convert and poppler-utils are needed (build-aux/setup.sh test)");
      return;
    }

  svg_path = write_bytes (dir, "chart.svg", svg_bytes);
  pdf_path = write_bytes (dir, "chart.pdf", pdf_bytes);
  svg_png = g_build_filename (dir, "svg.png", NULL);
  pdf_png_root = g_build_filename (dir, "pdf", NULL);
  pdf_png = g_build_filename (dir, "pdf.png", NULL);

  /* two pixels a point, as a poster seen from near */
  width_option = g_strdup_printf ("--width=%d", (int) round (svg->width * 2));
  run ((const char *[]) { "rsvg-convert", width_option, "--background-color=#ffffff", "--output",
                          svg_png, svg_path, NULL }, NULL);
  {
    /* rsvg-convert writes RGBA: as RGB on white, for assert_render() */
    cairo_surface_t *rgba = cairo_image_surface_create_from_png (svg_png);
    cairo_surface_t *rgb = cairo_image_surface_create (CAIRO_FORMAT_RGB24,
                                                       cairo_image_surface_get_width (rgba),
                                                       cairo_image_surface_get_height (rgba));
    cairo_t *cr = cairo_create (rgb);

    g_assert_cmpint (cairo_surface_status (rgba), ==, CAIRO_STATUS_SUCCESS);
    cairo_set_source_rgb (cr, 1, 1, 1);
    cairo_paint (cr);
    cairo_set_source_surface (cr, rgba, 0, 0);
    cairo_paint (cr);
    cairo_destroy (cr);
    g_assert_cmpint (cairo_surface_write_to_png (rgb, svg_png), ==, CAIRO_STATUS_SUCCESS);
    cairo_surface_destroy (rgb);
    cairo_surface_destroy (rgba);
  }
  assert_render (svg_png, svg, round (svg->width * 2) / svg->width, G_MAXUINT);

  run ((const char *[]) { "pdftoppm", "-png", "-r", "144", "-singlefile", pdf_path, pdf_png_root,
                          NULL }, NULL);
  assert_render (pdf_png, svg, 2, G_MAXUINT);

  /* the PDF's text: every name of the branch, a line break where it wraps */
  run ((const char *[]) { "pdftotext", "-raw", "-enc", "UTF-8", pdf_path, "-", NULL }, &pdf_text);
  squeezed = squeeze (pdf_text);
  letters = without_spaces (squeezed);
  for (guint i = 0; i < units->len && whole_names; i++)
    {
      g_autofree char *name = without_spaces (name_of (g_ptr_array_index (units, i)));

      g_assert_nonnull (strstr (letters, name));
    }
  for (guint i = 0; i < all->len && root_id != NULL; i++)
    {
      OutreachNode *node = g_ptr_array_index (all, i);
      g_autofree char *name = squeeze (name_of (node));

      /* (the top unit's name may be the organisation's, the title) */
      if (!g_hash_table_contains (inside, node) &&
          g_strcmp0 (name_of (node), outreach_content_get_name (content)) != 0)
        g_assert_null (strstr (squeezed, name));
    }
  folder_remove (dir);
}

static void
test_builtin (void)
{
  g_autoptr(OutreachContent) content = test_pack_builtin ();

  check_export (content, NULL, TRUE);
}

/* A capability's branch: the Regional Economic Crime Unit and its teams,
 * none of the other capabilities */
static void
test_branch (void)
{
  g_autoptr(OutreachContent) content = test_pack_builtin ();

  check_export (content, "recu", TRUE);
  /* and a team alone */
  check_export (content, "rart", TRUE);
}

/* A pack with these units in place of minimal.json's (whose one profile
 * then belongs to the top unit) */
static OutreachContent *
pack_with_units (JsonNode *units)
{
  g_autoptr(GBytes) minimal = test_pack_read ("minimal.json");
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  JsonObject *root, *profile, *first;
  OutreachContent *content;
  char *text;
  gsize size;

  g_assert_true (json_parser_load_from_data (parser, g_bytes_get_data (minimal, NULL),
                                             g_bytes_get_size (minimal), NULL));
  root = json_node_get_object (json_parser_get_root (parser));
  first = json_array_get_object_element (json_node_get_array (units), 0);
  json_object_set_string_member (first, "id", "exru");
  json_object_set_member (root, "units", units);
  profile = json_array_get_object_element (json_object_get_array_member (root, "profiles"), 0);
  json_object_set_string_member (profile, "team", "exru");

  json_generator_set_root (generator, json_parser_get_root (parser));
  text = json_generator_to_data (generator, &size);
  {
    g_autoptr(GBytes) bytes = g_bytes_new_take (text, size);

    content = outreach_content_load_bytes (bytes, "generated.json", &problems, &error);
  }
  if (problems != NULL)
    for (guint i = 0; i < problems->len; i++)
      {
        g_autofree char *line = outreach_problem_to_string (g_ptr_array_index (problems, i));

        g_test_message ("%s", line);
      }
  g_assert_no_error (error);
  g_assert_nonnull (content);
  return content;
}

static JsonObject *
new_unit (guint       number,
          const char *name,
          const char *abbreviation)
{
  JsonObject *unit = json_object_new ();
  JsonArray *description = json_array_new ();
  g_autofree char *id = g_strdup_printf ("unit-%u", number);

  json_array_add_string_element (description, "A unit.");
  json_object_set_string_member (unit, "id", id);
  json_object_set_string_member (unit, "name", name);
  if (abbreviation != NULL)
    json_object_set_string_member (unit, "abbreviation", abbreviation);
  json_object_set_array_member (unit, "description", description);
  return unit;
}

static JsonNode *
array_node (JsonArray *array)
{
  JsonNode *node = json_node_new (JSON_NODE_ARRAY);

  json_node_take_array (node, array);
  return node;
}

/* The longest organisation name a pack may have (200 characters), as a
 * title cut to two lines with "…": it crashed the export (the probe's find) */
static void
test_long_title (void)
{
  const char *names[] = { NULL, NULL };
  g_autoptr(GString) words = g_string_new (NULL);
  g_autofree char *wide = g_strnfill (200, 'W');

  while (words->len + 21 <= 200)
    g_string_append (words, "Supercalifragilistic ");
  names[0] = wide;
  names[1] = words->str;
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autoptr(GBytes) minimal = test_pack_read ("minimal.json");
      g_autoptr(JsonParser) parser = json_parser_new ();
      g_autoptr(JsonGenerator) generator = json_generator_new ();
      g_autoptr(OutreachContent) content = NULL;
      g_autoptr(GBytes) svg = NULL;
      g_autoptr(GBytes) pdf = NULL;
      g_autoptr(GError) error = NULL;
      JsonObject *organisation;
      char *text;
      gsize size;

      g_assert_true (json_parser_load_from_data (parser, g_bytes_get_data (minimal, NULL),
                                                 g_bytes_get_size (minimal), NULL));
      organisation = json_object_get_object_member (json_node_get_object (json_parser_get_root (parser)),
                                                    "organisation");
      json_object_set_string_member (organisation, "name", names[i]);
      json_generator_set_root (generator, json_parser_get_root (parser));
      text = json_generator_to_data (generator, &size);
      {
        g_autoptr(GBytes) bytes = g_bytes_new_take (text, size);

        content = outreach_content_load_bytes (bytes, "long-title.json", NULL, &error);
      }
      g_assert_no_error (error);
      svg = outreach_chart_export_bytes (content, NULL, OUTREACH_CHART_FORMAT_SVG, &error);
      g_assert_no_error (error);
      g_assert_nonnull (svg);
      g_assert_nonnull (g_strstr_len (g_bytes_get_data (svg, NULL), g_bytes_get_size (svg), "…"));
      pdf = outreach_chart_export_bytes (content, NULL, OUTREACH_CHART_FORMAT_PDF, &error);
      g_assert_no_error (error);
      g_assert_cmpuint (g_bytes_get_size (pdf), >, 0);
    }
}

/* A unit of 200 teams: top-down is far too wide, so it is drawn left to
 * right, a column of 200 boxes */
static void
test_star (void)
{
  JsonArray *units = json_array_new ();
  JsonArray *children = json_array_new ();
  JsonObject *top = new_unit (0, "Star Unit", "STAR");
  g_autoptr(OutreachContent) content = NULL;

  for (guint i = 1; i <= 200; i++)
    {
      g_autofree char *name = g_strdup_printf ("Team %u", i);

      json_array_add_object_element (children, new_unit (i, name, NULL));
    }
  json_object_set_array_member (top, "children", children);
  json_array_add_object_element (units, top);
  content = pack_with_units (array_node (units));
  check_export (content, NULL, TRUE);
}

/* Eight levels, two units on each: a chain with a side branch */
static void
test_deep (void)
{
  JsonArray *units = json_array_new ();
  JsonObject *parent = new_unit (0, "Level 1", "L1");
  g_autoptr(OutreachContent) content = NULL;

  json_array_add_object_element (units, parent);
  for (guint depth = 2; depth <= 8; depth++)
    {
      JsonArray *children = json_array_new ();
      g_autofree char *name = g_strdup_printf ("Level %u", depth);
      g_autofree char *side = g_strdup_printf ("Beside level %u", depth);
      JsonObject *child = new_unit (depth * 2, name, NULL);

      json_array_add_object_element (children, child);
      json_array_add_object_element (children, new_unit (depth * 2 + 1, side, NULL));
      json_object_set_array_member (parent, "children", children);
      parent = child;
    }
  content = pack_with_units (array_node (units));
  check_export (content, NULL, TRUE);
  check_export (content, "unit-8", TRUE);
}

/* Names of 80 characters fit in three lines whole; right-to-left names
 * (Hebrew, Arabic) are marked so; a name far too long is cut short with
 * "…" in its box, and kept whole in the box's title */
static void
test_names (void)
{
  static const char *names[] = {
    "Regional Organised Crime Threat Assessment and Strategic Intelligence Developmen",
    "WWWWWWWWWW MMMMMMMMMM WWWWWWWWWW MMMMMMMMMM WWWWWWWWWW MMMMMMMMMM WWWWWWWWWW WWW",
    "יחידת הסייבר האזורית",
    "وحدة الجرائم الإلكترونية الإقليمية",
    "Équipe régionale d’enquête financière — ÅÄÖ",
  };
  JsonArray *units = json_array_new ();
  JsonArray *children = json_array_new ();
  JsonObject *top = new_unit (0, "Names", NULL);
  g_autoptr(OutreachContent) content = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(Svg) svg = NULL;
  g_autoptr(GString) long_name = g_string_new (NULL);

  /* the longest a pack may hold, of the widest letters */
  for (guint i = 0; i < 20; i++)
    g_string_append (long_name, "WWWWWWWWWW ");
  g_string_truncate (long_name, 199);
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_assert_cmpuint (g_utf8_strlen (names[i], -1), <=, 80);
      json_array_add_object_element (children, new_unit (i + 1, names[i], "ABC"));
    }
  json_array_add_object_element (children, new_unit (99, long_name->str, NULL));
  json_object_set_array_member (top, "children", children);
  json_array_add_object_element (units, top);
  content = pack_with_units (array_node (units));

  bytes = outreach_chart_export_bytes (content, NULL, OUTREACH_CHART_FORMAT_SVG, &error);
  g_assert_no_error (error);
  svg = svg_parse (bytes);
  g_assert_cmpuint (svg->boxes->len, ==, G_N_ELEMENTS (names) + 2);
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      SvgBox *box = g_ptr_array_index (svg->boxes, i + 1);
      g_autofree char *text = box_text (box);
      g_autofree char *letters = without_spaces (text);
      g_autofree char *expected = g_strdup_printf ("%sABC", names[i]);
      g_autofree char *expected_letters = without_spaces (expected);

      g_test_message ("%s", text);
      g_assert_cmpstr (letters, ==, expected_letters);
      g_assert_cmpuint (box->lines->len, <=, 4);
      g_assert_true (box->rtl == (i == 2 || i == 3));
    }
  {
    SvgBox *box = g_ptr_array_index (svg->boxes, G_N_ELEMENTS (names) + 1);

    for (guint i = 0; i < box->lines->len; i++)
      g_test_message ("long name, line %u: %s", i, (char *) g_ptr_array_index (box->lines, i));
    g_assert_cmpuint (box->lines->len, ==, 3);
    g_assert_true (g_str_has_suffix (g_ptr_array_index (box->lines, 2), "…"));
    g_assert_cmpstr (box->name, ==, long_name->str);
  }
  check_export (content, NULL, FALSE);
}

/* Errors a person can act on: an id that is no unit's (with the units'),
 * a name that is neither .svg nor .pdf, a file that cannot be written;
 * never through a link, nor over the pack */
static void
test_errors (void)
{
  g_autoptr(OutreachContent) content = test_pack_builtin ();
  g_autofree char *dir = folder_new ();
  g_autofree char *target = g_build_filename (dir, "target.txt", NULL);
  g_autofree char *link = g_build_filename (dir, "link.svg", NULL);
  g_autofree char *pack = g_build_filename (dir, "pack.pdf", NULL);
  g_autofree char *missing = g_build_filename (dir, "no-such-folder", "chart.pdf", NULL);
  g_autofree char *good = g_build_filename (dir, "chart.SVG", NULL);
  g_autofree char *after = NULL;
  g_autoptr(GError) error = NULL;
  OutreachChartFormat format;

  g_assert_null (outreach_chart_export_bytes (content, "nowhere", OUTREACH_CHART_FORMAT_SVG,
                                              &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_assert_true (g_str_has_prefix (error->message, "No unit has the id “nowhere”. The chart can "
                                   "show the branch of any of these units: serocu, siu, "));
  g_assert_nonnull (strstr (error->message, " rart,"));
  g_clear_error (&error);
  /* a person's page, or a page, has no branch */
  g_assert_null (outreach_chart_export_bytes (content, "jody", OUTREACH_CHART_FORMAT_PDF, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_assert_true (g_str_has_prefix (error->message, "No unit has the id “jody”."));
  g_clear_error (&error);

  g_assert_false (outreach_chart_format_for_filename ("chart.png", &format, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
  g_assert_cmpstr (error->message, ==, "“chart.png” should end in .svg or .pdf.");
  g_clear_error (&error);
  g_assert_true (outreach_chart_format_for_filename ("Chart.PDF", &format, &error));
  g_assert_cmpint (format, ==, OUTREACH_CHART_FORMAT_PDF);

  g_assert_true (outreach_chart_export (content, NULL, good, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_test (good, G_FILE_TEST_IS_REGULAR));

  g_assert_false (outreach_chart_export (content, NULL, missing, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_FAILED);
  g_assert_nonnull (strstr (error->message, "the folder it would be in does not exist"));
  g_clear_error (&error);

  g_assert_true (g_file_set_contents (target, "kept", -1, NULL));
  g_assert_cmpint (symlink (target, link), ==, 0);
  g_assert_false (outreach_chart_export (content, NULL, link, NULL, &error));
  g_assert_nonnull (strstr (error->message, "it is a symbolic link, which is never written through"));
  g_clear_error (&error);
  g_assert_true (g_file_get_contents (target, &after, NULL, NULL));
  g_assert_cmpstr (after, ==, "kept");
  g_clear_pointer (&after, g_free);

  g_assert_true (g_file_set_contents (pack, "{}", -1, NULL));
  g_assert_false (outreach_chart_export (content, NULL, pack, pack, &error));
  g_assert_nonnull (strstr (error->message, "it is the content pack being read"));
  g_clear_error (&error);
  g_assert_true (g_file_get_contents (pack, &after, NULL, NULL));
  g_assert_cmpstr (after, ==, "{}");

  folder_remove (dir);
}

/* 10,000 units, as bench/make-pack.py makes them (a tree up to eight
 * levels deep, 3 to 12 children each, fixed seed): both formats are
 * written, in bounded time (reported, not asserted) */
static void
test_ten_thousand (void)
{
  JsonArray *units = json_array_new ();
  g_autoptr(GPtrArray) made = g_ptr_array_new ();
  g_autoptr(GArray) depths = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GRand) rand = g_rand_new_with_seed (10000);
  g_autoptr(OutreachContent) content = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) svg_bytes = NULL;
  g_autoptr(GBytes) pdf_bytes = NULL;
  g_autoptr(Svg) svg = NULL;
  g_autoptr(GTimer) timer = g_timer_new ();
  static const char *words[] = { "Regional", "Cyber", "Crime", "Unit", "Team", "Fraud", "Asset",
                                 "Recovery", "Intelligence", "Covert", "Operations", "Support" };
  guint next = 0;
  double svg_seconds, pdf_seconds;

  g_ptr_array_add (made, new_unit (0, "Synthetic Regional Unit", "SRU"));
  g_array_append_val (depths, (guint) { 1 });
  json_array_add_object_element (units, g_ptr_array_index (made, 0));
  while (made->len < 10000)
    {
      JsonObject *parent = g_ptr_array_index (made, next);
      guint depth = g_array_index (depths, guint, next);
      JsonArray *children = json_array_new ();
      guint n = g_rand_int_range (rand, 3, 13);

      for (guint i = 0; i < n && made->len < 10000; i++)
        {
          g_autoptr(GString) name = g_string_new (NULL);
          JsonObject *child;
          guint child_depth = depth + 1;

          for (guint w = g_rand_int_range (rand, 2, 6); w > 0; w--)
            g_string_append_printf (name, "%s ", words[g_rand_int_range (rand, 0, G_N_ELEMENTS (words))]);
          g_string_append_printf (name, "%u", made->len);
          child = new_unit (made->len, name->str, NULL);
          json_array_add_object_element (children, child);
          g_ptr_array_add (made, child);
          g_array_append_val (depths, child_depth);
        }
      json_object_set_array_member (parent, "children", children);
      /* breadth first, down to the eighth level, then again from the top */
      do
        next = (next + 1) % made->len;
      while (g_array_index (depths, guint, next) >= 8 ||
             json_object_has_member (g_ptr_array_index (made, next), "children"));
    }
  content = pack_with_units (array_node (units));
  g_assert_cmpuint (outreach_content_get_n_units (content), ==, 10000);

  g_timer_start (timer);
  svg_bytes = outreach_chart_export_bytes (content, NULL, OUTREACH_CHART_FORMAT_SVG, &error);
  svg_seconds = g_timer_elapsed (timer, NULL);
  g_assert_no_error (error);
  g_timer_start (timer);
  pdf_bytes = outreach_chart_export_bytes (content, NULL, OUTREACH_CHART_FORMAT_PDF, &error);
  pdf_seconds = g_timer_elapsed (timer, NULL);
  g_assert_no_error (error);

  svg = svg_parse (svg_bytes);
  g_assert_cmpuint (svg->boxes->len, ==, 10000);
  assert_svg_boxes (svg, content, NULL, FALSE);
  g_test_message ("10,000 units: SVG %.2f s, %zu bytes, %.0f × %.0f pt; PDF %.2f s, %zu bytes",
                  svg_seconds, g_bytes_get_size (svg_bytes), svg->width, svg->height, pdf_seconds,
                  g_bytes_get_size (pdf_bytes));
  g_assert_true (g_str_has_prefix (g_bytes_get_data (pdf_bytes, NULL), "%PDF-"));
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/chart-export/builtin", test_builtin);
  g_test_add_func ("/chart-export/branch", test_branch);
  g_test_add_func ("/chart-export/star", test_star);
  g_test_add_func ("/chart-export/deep", test_deep);
  g_test_add_func ("/chart-export/names", test_names);
  g_test_add_func ("/chart-export/long-title", test_long_title);
  g_test_add_func ("/chart-export/errors", test_errors);
  g_test_add_func ("/chart-export/ten-thousand", test_ten_thousand);

  return g_test_run ();
}
