/*
 * json.h: writing JSON text.  Only writing: schemadiff emits JSON for
 * machines (plans, drift reports) and never needs to parse it back.
 */
#ifndef SD_JSON_H
#define SD_JSON_H

#include <stdio.h>

/* s as a JSON string, quotes included; NULL is written as null.  Control
 * characters are escaped; other bytes pass through (catalog text is UTF-8). */
void json_write_string(FILE *fp, const char *s);

#endif
