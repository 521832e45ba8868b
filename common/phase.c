/* phase.c: see phase.h. */
#include "phase.h"
#include "util.h"

#include <string.h>
#include <sys/resource.h>

#define MAX_PHASES 32

struct phase {
	const char *name;
	double secs;
};
static struct phase phases[MAX_PHASES];
static size_t n_phases;

void phase_since(const char *name, double start)
{
	double secs = monotonic_seconds() - start;
	for (size_t i = 0; i < n_phases; i++)
		if (!strcmp(phases[i].name, name)) {
			phases[i].secs += secs;
			return;
		}
	if (n_phases < MAX_PHASES)
		phases[n_phases++] = (struct phase){ name, secs };
}

void phase_print(FILE *fp)
{
	for (size_t i = 0; i < n_phases; i++)
		fprintf(fp, "timing %s %.4f\n", phases[i].name, phases[i].secs);
	/* the CPU schemadiff itself used, all threads, servers not counted */
	struct rusage ru;
	if (getrusage(RUSAGE_SELF, &ru) == 0)
		fprintf(fp, "timing cpu_self %.4f\n",
			(double)ru.ru_utime.tv_sec + ru.ru_utime.tv_usec / 1e6 +
				(double)ru.ru_stime.tv_sec + ru.ru_stime.tv_usec / 1e6);
}
