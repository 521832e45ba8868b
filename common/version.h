/* version.h: the tool's version, printed by --version and part of every
 * cache key (a new version never trusts an older one's cached models). */
#ifndef SD_VERSION_H
#define SD_VERSION_H

#define SCHEMADIFF_VERSION "0.2.0"

#endif
