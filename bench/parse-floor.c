/* The parse floor for make bench: cmark-gfm alone (tables and task lists on) parsing each file
 * named on the command line, walking its tree and freeing it, on one core. Nothing postmortem
 * does can be faster than this; bench/run.py reports lint against it. */
#include <cmark-gfm.h>
#include <cmark-gfm-core-extensions.h>
#include <stdio.h>
#include <stdlib.h>

int main(int argc, char **argv) {
  cmark_gfm_core_extensions_ensure_registered();
  cmark_syntax_extension *table = cmark_find_syntax_extension("table");
  cmark_syntax_extension *tasklist = cmark_find_syntax_extension("tasklist");
  size_t capacity = 1 << 20;
  char *buffer = malloc(capacity);
  long nodes = 0;
  for (int i = 1; i < argc; i++) {
    FILE *file = fopen(argv[i], "rb");
    if (!file) { perror(argv[i]); return 1; }
    size_t length = fread(buffer, 1, capacity, file);
    fclose(file);
    cmark_parser *parser = cmark_parser_new(CMARK_OPT_DEFAULT | CMARK_OPT_FOOTNOTES);
    cmark_parser_attach_syntax_extension(parser, table);
    cmark_parser_attach_syntax_extension(parser, tasklist);
    cmark_parser_feed(parser, buffer, length);
    cmark_node *document = cmark_parser_finish(parser);
    cmark_iter *iterator = cmark_iter_new(document);
    while (cmark_iter_next(iterator) != CMARK_EVENT_DONE) nodes++;
    cmark_iter_free(iterator);
    cmark_node_free(document);
    cmark_parser_free(parser);
  }
  printf("%ld\n", nodes);
  free(buffer);
  return 0;
}
