/*
 * embedded_pg.c: see embedded_pg.h.
 */
#include "embedded_pg.h"
#include "../common/error.h"
#include "../common/util.h"

#include <dirent.h>
#include <stdbool.h>
#include <errno.h>
#include <fcntl.h>
#include <grp.h>
#include <ftw.h>
#include <libpq-fe.h>
#include <limits.h>
#include <pwd.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

/* The one server this process runs, for the signal handler and atexit. */
static struct embedded_pg *active;

struct run_as {
	bool switch_user;       /* running as root: become uid/gid below */
	uid_t uid;
	gid_t gid;
	const char *name;
};

/* --- finding the binaries -------------------------------------------- */

static bool has_server(const char *dir)
{
	char p[PATH_MAX + 16];
	snprintf(p, sizeof(p), "%s/postgres", dir);
	if (access(p, X_OK) != 0)
		return false;
	snprintf(p, sizeof(p), "%s/initdb", dir);
	return access(p, X_OK) == 0;
}

static bool read_command(const char *cmd, char *out, size_t n)
{
	FILE *fp = popen(cmd, "r");
	if (!fp)
		return false;
	bool ok = fgets(out, (int)n, fp) != NULL;
	pclose(fp);
	if (ok)
		out[strcspn(out, "\n")] = '\0';
	return ok && out[0];
}

/* SCHEMADIFF_PG_BINDIR, then PATH, then pg_config --bindir, then the
 * newest /usr/lib/postgresql/<major>/bin. */
static bool find_bindir(char *out, size_t n)
{
	const char *env = getenv("SCHEMADIFF_PG_BINDIR");
	if (env && *env) {
		snprintf(out, n, "%s", env);
		return has_server(out);
	}
	const char *path = getenv("PATH");
	if (path) {
		char *copy = xstrdup(path), *save = NULL;
		for (char *d = strtok_r(copy, ":", &save); d; d = strtok_r(NULL, ":", &save))
			if (has_server(d)) {
				snprintf(out, n, "%s", d);
				free(copy);
				return true;
			}
		free(copy);
	}
	if (read_command("pg_config --bindir 2>/dev/null", out, n) && has_server(out))
		return true;
	DIR *d = opendir("/usr/lib/postgresql");
	int best = 0;
	if (d) {
		struct dirent *e;
		while ((e = readdir(d))) {
			int v = atoi(e->d_name);
			char dir[64];
			snprintf(dir, sizeof(dir), "/usr/lib/postgresql/%d/bin", v);
			if (v > best && has_server(dir))
				best = v;
		}
		closedir(d);
	}
	if (best) {
		snprintf(out, n, "/usr/lib/postgresql/%d/bin", best);
		return true;
	}
	return false;
}

/* --- processes -------------------------------------------------------- */

static int resolve_user(struct run_as *ru, struct sd_error *err)
{
	memset(ru, 0, sizeof(*ru));
	if (geteuid() != 0)
		return 0;
	const char *name = getenv("SCHEMADIFF_PG_USER");
	if (!name || !*name)
		name = "postgres";
	struct passwd *pw = getpwnam(name);
	if (!pw) {
		sd_error_set(err, SD_ERR_DATABASE,
			     "cannot start the embedded PostgreSQL as root: no user \"%s\" to run it as",
			     name);
		sd_error_hint(err, "PostgreSQL refuses to run as root; create that user, set "
				   "SCHEMADIFF_PG_USER to another one, or pass --shadow-db URL");
		return -1;
	}
	ru->switch_user = true;
	ru->uid = pw->pw_uid;
	ru->gid = pw->pw_gid;
	ru->name = name;
	return 0;
}

/* In a child: drop to the server user, if running as root. */
static void become(const struct run_as *ru)
{
	if (!ru->switch_user)
		return;
	if (setgroups(0, NULL) != 0 || setgid(ru->gid) != 0 || setuid(ru->uid) != 0)
		_exit(126);
}

/* Run argv (as the server user), output to log; returns exit status. */
static int run_wait(const struct run_as *ru, char *const argv[], const char *log)
{
	pid_t pid = fork();
	if (pid < 0)
		return -1;
	if (pid == 0) {
		become(ru);
		int fd = open(log ? log : "/dev/null", O_WRONLY | O_CREAT | O_APPEND, 0600);
		if (fd >= 0) {
			dup2(fd, 1);
			dup2(fd, 2);
		}
		execv(argv[0], argv);
		_exit(127);
	}
	int status;
	while (waitpid(pid, &status, 0) < 0 && errno == EINTR)
		;
	return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

static int make_dir_for(const struct run_as *ru, const char *dir, mode_t mode)
{
	if (mkdir(dir, mode) != 0 && errno != EEXIST)
		return -1;
	if (ru->switch_user && chown(dir, ru->uid, ru->gid) != 0)
		return -1;
	return 0;
}

static int rm_entry(const char *path, const struct stat *st, int flag, struct FTW *ftw)
{
	(void)st, (void)flag, (void)ftw;
	return remove(path) == 0 || errno == ENOENT ? 0 : -1;
}

static void remove_tree(const char *dir)
{
	nftw(dir, rm_entry, 16, FTW_DEPTH | FTW_PHYS);
}

/* --- the template cluster --------------------------------------------- */

/* Where the template lives: the user's cache directory, or, as root, a
 * directory the server user can reach (root's home is closed to it). */
static void cache_dir(const struct run_as *ru, char *out, size_t n)
{
	const char *xdg = getenv("XDG_CACHE_HOME"), *home = getenv("HOME");
	if (ru->switch_user)
		snprintf(out, n, "/var/tmp/schemadiff-%s", ru->name);
	else if (xdg && *xdg)
		snprintf(out, n, "%s/schemadiff", xdg);
	else if (home && *home)
		snprintf(out, n, "%s/.cache/schemadiff", home);
	else
		snprintf(out, n, "/tmp/schemadiff-%d", (int)getuid());
}

static int ensure_template(const struct run_as *ru, const char *bindir, int major,
			   char *tmpl, size_t n, struct sd_error *err)
{
	char cache[PATH_MAX - 64];
	cache_dir(ru, cache, sizeof(cache));
	/* create parents of the cache directory as the invoking user */
	char parent[PATH_MAX];
	snprintf(parent, sizeof(parent), "%s", cache);
	for (char *p = parent + 1; *p; p++)
		if (*p == '/') {
			*p = '\0';
			mkdir(parent, 0755);
			*p = '/';
		}
	if (make_dir_for(ru, cache, 0700) != 0)
		return sd_error_set(err, SD_ERR_DATABASE, "cannot create cache directory \"%s\": %s",
				    cache, strerror(errno));
	snprintf(tmpl, n, "%s/pg%d-template", cache, major);
	char version_file[PATH_MAX + 16];
	snprintf(version_file, sizeof(version_file), "%s/PG_VERSION", tmpl);
	if (access(version_file, R_OK) == 0)
		return 0;

	/* initdb into a private name, then rename: concurrent first runs
	 * each build one, and exactly one wins */
	char building[PATH_MAX + 32], log[PATH_MAX + 32], initdb[PATH_MAX + 16];
	snprintf(building, sizeof(building), "%s/initdb-%d", cache, (int)getpid());
	snprintf(log, sizeof(log), "%s/initdb-%d.log", cache, (int)getpid());
	snprintf(initdb, sizeof(initdb), "%s/initdb", bindir);
	remove_tree(building);
	char *argv[] = { initdb, "-D", building, "-U", "postgres", "-A", "trust", "-E", "UTF8",
			 "--locale=C.UTF-8", "--no-sync", NULL };
	int rc = run_wait(ru, argv, log);
	if (rc != 0) {
		remove_tree(building);
		sd_error_set(err, SD_ERR_DATABASE, "initdb failed (exit %d) for the embedded PostgreSQL",
			     rc);
		sd_error_detail(err, "see %s", log);
		return -1;
	}
	unlink(log);
	if (rename(building, tmpl) != 0)
		remove_tree(building); /* another run won the race */
	return 0;
}

/* --- start and stop ---------------------------------------------------- */

static void on_signal(int sig)
{
	if (active && active->pid > 0) {
		kill(active->pid, SIGQUIT); /* immediate shutdown */
		int status;
		waitpid(active->pid, &status, 0);
		active->pid = 0;
		/* fork and exec are async-signal-safe; nftw is not */
		pid_t rm = fork();
		if (rm == 0) {
			execl("/bin/rm", "rm", "-rf", active->run_dir, (char *)NULL);
			_exit(127);
		}
		if (rm > 0)
			waitpid(rm, &status, 0);
	}
	signal(sig, SIG_DFL);
	raise(sig);
}

static void at_exit_stop(void)
{
	if (active)
		embedded_pg_stop(active);
}

static void install_handlers(void)
{
	static bool installed;
	if (installed)
		return;
	installed = true;
	struct sigaction sa;
	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_signal;
	sigemptyset(&sa.sa_mask);
	sigaction(SIGINT, &sa, NULL);
	sigaction(SIGTERM, &sa, NULL);
	sigaction(SIGHUP, &sa, NULL);
	atexit(at_exit_stop);
}

static int server_major(const char *bindir)
{
	char cmd[PATH_MAX + 32], out[128];
	snprintf(cmd, sizeof(cmd), "'%s/postgres' --version", bindir);
	if (!read_command(cmd, out, sizeof(out)))
		return 0;
	const char *digits = strpbrk(out, "0123456789");
	return digits ? atoi(digits) : 0;
}

/* /dev/shm when it is a writable directory (a tmpfs on Linux) with room
 * for a large schema (containers often give it only 64 MB), else /tmp;
 * SCHEMADIFF_RUN_DIR overrides both.  Kept short: the socket path inside
 * must fit in 107 bytes. */
static const char *run_parent(void)
{
	const char *env = getenv("SCHEMADIFF_RUN_DIR");
	if (env && env[0])
		return env;
	struct statvfs fs;
	if (access("/dev/shm", W_OK | X_OK) == 0 && statvfs("/dev/shm", &fs) == 0 &&
	    (unsigned long long)fs.f_bavail * fs.f_frsize >= 1024ULL * 1024 * 1024)
		return "/dev/shm";
	return "/tmp";
}

int embedded_pg_version(char *out, size_t n)
{
	char bindir[PATH_MAX - 32], cmd[PATH_MAX + 32];
	if (!find_bindir(bindir, sizeof(bindir)))
		return -1;
	snprintf(cmd, sizeof(cmd), "'%s/postgres' --version", bindir);
	return read_command(cmd, out, n) ? 0 : -1;
}

static void log_tail(const char *log, char *out, size_t n)
{
	out[0] = '\0';
	FILE *fp = fopen(log, "r");
	if (!fp)
		return;
	char line[512];
	while (fgets(line, sizeof(line), fp))
		if (strstr(line, "FATAL") || strstr(line, "ERROR"))
			snprintf(out, n, "%s", line);
	fclose(fp);
	out[strcspn(out, "\n")] = '\0';
}

/* Room in shared buffers for the catalog of a large schema (10,000 tables
 * make about 900 MB of database), so a load does not keep evicting and
 * reading back catalog pages; a sixteenth of the machine's memory, from
 * 128 MB to 1 GB.  Only pages the server touches take memory. */
static void shared_buffers_setting(char *out, size_t n)
{
	long pages = sysconf(_SC_PHYS_PAGES), page = sysconf(_SC_PAGESIZE);
	unsigned long long mb = pages > 0 && page > 0
		? (unsigned long long)pages * (unsigned long long)page / 16 / (1024 * 1024) : 0;
	if (mb < 128)
		mb = 128;
	if (mb > 1024)
		mb = 1024;
	snprintf(out, n, "shared_buffers=%lluMB", mb);
}

int embedded_pg_start(struct embedded_pg *pg, struct sd_error *err)
{
	memset(pg, 0, sizeof(*pg));
	char bindir[PATH_MAX - 32];
	if (!find_bindir(bindir, sizeof(bindir))) {
		sd_error_set(err, SD_ERR_DATABASE,
			     "cannot find PostgreSQL server binaries (postgres, initdb) for the embedded shadow");
		sd_error_hint(err, "install the server (Debian: apt-get install postgresql-15), set "
				   "SCHEMADIFF_PG_BINDIR, or pass --shadow-db URL");
		return -1;
	}
	struct run_as ru;
	if (resolve_user(&ru, err) < 0)
		return -1;
	pg->major = server_major(bindir);
	char tmpl[PATH_MAX];
	if (ensure_template(&ru, bindir, pg->major, tmpl, sizeof(tmpl), err) < 0)
		return -1;

	/* a short private directory: the socket path must fit in 107 bytes */
	/* in memory when the machine has a tmpfs for it: the server is
	 * thrown away, and creating thousands of relation files on a disk
	 * file system is what a schema load spends most of its time on */
	snprintf(pg->run_dir, sizeof(pg->run_dir), "%s/schemadiff-XXXXXX", run_parent());
	if (!mkdtemp(pg->run_dir))
		return sd_error_set(err, SD_ERR_DATABASE, "cannot create a temporary directory: %s",
				    strerror(errno));
	if (ru.switch_user && chown(pg->run_dir, ru.uid, ru.gid) != 0) {
		remove_tree(pg->run_dir);
		return sd_error_set(err, SD_ERR_DATABASE, "cannot hand \"%s\" to user \"%s\": %s",
				    pg->run_dir, ru.name, strerror(errno));
	}
	active = pg;
	install_handlers();

	char data[sizeof(pg->run_dir) + 8], log[sizeof(pg->run_dir) + 16];
	snprintf(data, sizeof(data), "%s/data", pg->run_dir);
	snprintf(log, sizeof(log), "%s/server.log", pg->run_dir);
	char *cp[] = { "/bin/cp", "-a", tmpl, data, NULL };
	if (run_wait(&ru, cp, NULL) != 0) {
		embedded_pg_stop(pg);
		return sd_error_set(err, SD_ERR_DATABASE, "cannot copy the template cluster \"%s\"", tmpl);
	}

	char postgres[PATH_MAX + 16], shared_buffers[64];
	snprintf(postgres, sizeof(postgres), "%s/postgres", bindir);
	shared_buffers_setting(shared_buffers, sizeof(shared_buffers));
	pg->pid = fork();
	if (pg->pid < 0) {
		pg->pid = 0;
		embedded_pg_stop(pg);
		return sd_error_set(err, SD_ERR_DATABASE, "fork failed: %s", strerror(errno));
	}
	if (pg->pid == 0) {
		setpgid(0, 0); /* the terminal's ^C is ours to handle, not the server's */
		become(&ru);
		prctl(PR_SET_PDEATHSIG, SIGKILL); /* after setuid, which clears it */
		int fd = open(log, O_WRONLY | O_CREAT | O_APPEND, 0600);
		if (fd >= 0) {
			dup2(fd, 1);
			dup2(fd, 2);
		}
		char *argv[] = { postgres, "-D", data, "-k", pg->run_dir, "-p", "5432",
			"-c", "listen_addresses=",
			"-c", "fsync=off", "-c", "synchronous_commit=off",
			"-c", "full_page_writes=off",
			"-c", "max_locks_per_transaction=4096",
			"-c", shared_buffers,
			"-c", "max_connections=20",
			"-c", "autovacuum=off",
			"-c", "jit=off", /* compiling the catalog queries costs more than it saves */
			/* an index on an empty table is no job for parallel workers,
			 * and asking whether it is costs every CREATE INDEX a plan */
			"-c", "max_parallel_maintenance_workers=0",
			"-c", "log_min_messages=warning",
			NULL };
		execv(postgres, argv);
		_exit(127);
	}
	snprintf(pg->conninfo, sizeof(pg->conninfo),
		 "host=%s port=5432 user=postgres dbname=postgres", pg->run_dir);
	for (int i = 0; i < 600; i++) { /* up to 60 s */
		if (PQping(pg->conninfo) == PQPING_OK)
			return 0;
		int status;
		if (waitpid(pg->pid, &status, WNOHANG) == pg->pid) {
			pg->pid = 0;
			char why[512];
			log_tail(log, why, sizeof(why));
			sd_error_set(err, SD_ERR_DATABASE, "the embedded PostgreSQL did not start%s%s",
				     why[0] ? ": " : "", why);
			embedded_pg_stop(pg);
			return -1;
		}
		struct timespec ts = { 0, 100 * 1000 * 1000 };
		nanosleep(&ts, NULL);
	}
	embedded_pg_stop(pg);
	return sd_error_set(err, SD_ERR_DATABASE, "the embedded PostgreSQL did not start in 60 s");
}

void embedded_pg_stop(struct embedded_pg *pg)
{
	if (pg->pid > 0) {
		/* immediate shutdown: nothing in it is kept, so the shutdown
		 * checkpoint a fast one writes would be wasted */
		kill(pg->pid, SIGQUIT);
		int status;
		for (int i = 0; i < 100; i++) {
			if (waitpid(pg->pid, &status, WNOHANG) == pg->pid) {
				pg->pid = 0;
				break;
			}
			struct timespec ts = { 0, 50 * 1000 * 1000 };
			nanosleep(&ts, NULL);
		}
		if (pg->pid > 0) {
			kill(pg->pid, SIGKILL);
			waitpid(pg->pid, &status, 0);
			pg->pid = 0;
		}
	}
	if (pg->run_dir[0]) {
		remove_tree(pg->run_dir);
		pg->run_dir[0] = '\0';
	}
	if (active == pg)
		active = NULL;
}
