/*
 * phase.h: how long each phase of a command took, for --timings.
 *
 * A phase is timed where it runs (phase_since(name, start)) and printed
 * by the command at the end, as "timing NAME SECONDS" lines, so deep
 * layers (the shadow's load, the parser) can report without threading a
 * timings structure through every call.  Only the main thread records.
 */
#ifndef SD_PHASE_H
#define SD_PHASE_H

#include <stdio.h>

/* record (or add to) phase name: the seconds since start, a
 * monotonic_seconds() value; name must be a string literal */
void phase_since(const char *name, double start);
/* the recorded phases, in the order first recorded */
void phase_print(FILE *fp);

#endif
