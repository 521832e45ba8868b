#!/usr/bin/env python3
"""run.py: the benchmark `make bench` runs.

For each size in BENCH_TABLES (default 1000; e.g. BENCH_TABLES=1000,10000)
it generates a schema (bench/gen.py), loads v1 into a database on a
throwaway PostgreSQL cluster (tests/cluster.sh) as the live database, and
measures, BENCH_REPEAT times each (default 3; the warm plan and the
figures inside it BENCH_WARM_REPEAT times, default 7), printing medians:

  pg_dump       pg_dump --schema-only of the live database (the reference)
  catalog_read  schemadiff's read of the live catalog (inside a warm plan)
  shadow_load   the desired state (v2) loaded into the shadow (inside a cold plan)
  cold_plan     schemadiff plan v1 -> v2 with --no-cache
  warm_plan     the same plan with the desired model cached
  diff          compare + order + render (inside a warm plan)
  naive         psql loading v2 (autocommit) + pg_dump --schema-only of v1:
                what a tool without a tuned shadow does, on a server as
                installed (PostgreSQL's own fsync, synchronous_commit and
                full_page_writes: the reference cluster keeps them)
  naive_tuned   the same, with those three turned off for the load as the
                shadow has them: how much of the cold plan's lead is its
                parallel load and how much the settings

The reference cluster's data directory is under the system's temporary
directory, on whatever disk that is; the embedded shadow picks its own
(tmpfs where there is one).

Wall times are measured around each process; peak RSS comes from wait4().
The machine's busy CPU time (all CPUs, every process: both servers, the
clients, the kernel) is read from /proc/stat around the cold plan, the warm
plan and the naive run; divided by the number of CPUs it is the shortest
wall time any schedule of that work could take on this machine.
Phase times inside schemadiff come from its --timings lines.  Ratios are
printed last, in the form `ratio warm_plan/pg_dump 0.83`, one block per
size; with two sizes, the scaling of each figure as well.  Figures are
ratios against a reference measured in the same run, so they compare
across machines better than seconds do.
"""
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SD = os.environ.get("SCHEMADIFF", os.path.join(ROOT, "schemadiff"))
REPEAT = int(os.environ.get("BENCH_REPEAT", "3"))
# A warm plan takes seconds where the naive run takes a minute, and its
# diff figure is milliseconds, the noisiest of all: more runs of it cost
# little and steady its medians.
WARM_REPEAT = int(os.environ.get("BENCH_WARM_REPEAT", str(max(REPEAT, 7))))
SIZES = [int(x) for x in os.environ.get("BENCH_TABLES", "1000").split(",") if x.strip()]
PORT = os.environ.get("BENCH_PGPORT", "54390")


def run(argv, env=None, stdout=subprocess.DEVNULL):
    """Run argv; return (seconds, peak RSS in MiB, stderr text)."""
    start = time.monotonic()
    p = subprocess.Popen(argv, stdout=stdout, stderr=subprocess.PIPE, env=env)
    err = p.stderr.read().decode(errors="replace")
    _, status, usage = os.wait4(p.pid, 0)
    p.returncode = os.waitstatus_to_exitcode(status)
    elapsed = time.monotonic() - start
    if p.returncode != 0:
        sys.exit(f"bench: {' '.join(argv)} failed ({p.returncode}):\n{err}")
    return elapsed, usage.ru_maxrss / 1024.0, err


def busy_cpu_seconds():
    """CPU time the whole machine has spent busy since boot (/proc/stat)."""
    with open("/proc/stat") as f:
        fields = [int(x) for x in f.readline().split()[1:]]
    idle = fields[3] + (fields[4] if len(fields) > 4 else 0)  # idle + iowait
    return (sum(fields[:8]) - idle) / os.sysconf("SC_CLK_TCK")


def timings(stderr):
    """The `timing NAME SECONDS` lines of schemadiff --timings."""
    out = {}
    for line in stderr.splitlines():
        parts = line.split()
        if len(parts) == 3 and parts[0] == "timing":
            out[parts[1]] = float(parts[2])
    return out


def median(xs):
    return statistics.median(xs)


def psql_admin(env, sql):
    """Run sql in the reference server's postgres database; what it printed
    (unaligned, tuples only)."""
    return subprocess.run(["psql", "-X", "-q", "-A", "-t", "-d", "postgres", "-c", sql], env=env,
                          check=True, stdout=subprocess.PIPE, text=True).stdout.strip()


DURABILITY = ("fsync", "synchronous_commit", "full_page_writes")


def set_durability(env, on):
    """Turn the reference server's durability settings to PostgreSQL's own
    (on) or off, as the shadow has them; all three take a reload."""
    for g in DURABILITY:
        psql_admin(env, f"ALTER SYSTEM RESET {g}" if on else f"ALTER SYSTEM SET {g} = off")
    psql_admin(env, "SELECT pg_reload_conf()")
    want = ["on" if on else "off"] * len(DURABILITY)
    shown_sql = "SELECT " + ", ".join(f"current_setting('{g}')" for g in DURABILITY)
    for _ in range(100):  # the reload reaches new sessions shortly after
        shown = psql_admin(env, shown_sql).split("|")
        if shown == want:
            return
        time.sleep(0.1)
    sys.exit(f"bench: the reference server did not take {' '.join(DURABILITY)} = {want[0]}: {shown}")


def checkpoint(env):
    """What a load left for the reference server's checkpointer (with fsync
    on, writes and fsyncs of every file it touched) is not the next figure's
    to pay."""
    psql_admin(env, "CHECKPOINT")


def bench_size(n, env, work):
    d = os.path.join(work, f"t{n}")
    subprocess.run([sys.executable, os.path.join(ROOT, "bench", "gen.py"), str(n), d], check=True)
    live, scratch = f"bench_live_{n}", f"bench_naive_{n}"
    for db in (live, scratch):
        subprocess.run(["dropdb", "--if-exists", "-f", db], env=env, check=True)
    subprocess.run(["createdb", live], env=env, check=True)
    t, _, _ = run(["psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-d", live, "-f",
                   os.path.join(d, "v1.sql")], env=env)
    print(f"# {n} tables: v1 loaded by psql in {t:.1f} s", flush=True)
    checkpoint(env)
    url = f"host={env['PGHOST']} port={env['PGPORT']} user={env['PGUSER']} dbname={live}"
    shadow = f"host={env['PGHOST']} port={env['PGPORT']} user={env['PGUSER']} dbname=postgres"
    plan = [SD, "plan", "--db", url, "--schema", os.path.join(d, "v2.sql"), "--format", "sql",
            "--out", os.devnull, "--timings"]
    if os.environ.get("BENCH_SHADOW_DB"):
        plan += ["--shadow-db", shadow]
    cache = os.path.join(work, "cache")
    penv = dict(env, SCHEMADIFF_CACHE_DIR=cache)

    fig = {}  # name -> (seconds list, rss list)
    cpu = {}  # name -> busy CPU seconds list

    def add(name, secs, rss=None):
        s, r = fig.setdefault(name, ([], []))
        s.append(secs)
        if rss is not None:
            r.append(rss)

    def add_cpu(name, since):
        cpu.setdefault(name, []).append(busy_cpu_seconds() - since)

    for _ in range(REPEAT):
        t, rss, _ = run(["pg_dump", "--schema-only", "-d", live, "-f", os.devnull], env=env)
        add("pg_dump", t, rss)
    for _ in range(REPEAT):
        c0 = busy_cpu_seconds()
        t, rss, err = run(plan + ["--no-cache"], env=penv)
        add_cpu("cold_plan", c0)
        cpu.setdefault("cold_plan_self", []).append(timings(err).get("cpu_self", float("nan")))
        ph = timings(err)
        add("cold_plan", t, rss)
        add("shadow_load", ph.get("desired", float("nan")))
    run(plan, env=penv)  # fills the cache
    for _ in range(WARM_REPEAT):
        c0 = busy_cpu_seconds()
        t, rss, err = run(plan, env=penv)
        add_cpu("warm_plan", c0)
        ph = timings(err)
        add("warm_plan", t, rss)
        add("catalog_read", ph.get("live_read", float("nan")))
        add("diff", ph.get("diff", float("nan")))
    for name, durable in (("naive", True), ("naive_tuned", False)):
        set_durability(env, durable)
        for _ in range(REPEAT):
            subprocess.run(["dropdb", "--if-exists", "-f", scratch], env=env, check=True)
            subprocess.run(["createdb", scratch], env=env, check=True)
            checkpoint(env)
            c0 = busy_cpu_seconds()
            t1, _, _ = run(["psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-d", scratch, "-f",
                            os.path.join(d, "v2.sql")], env=env)
            t2, _, _ = run(["pg_dump", "--schema-only", "-d", live, "-f", os.devnull], env=env)
            add(name, t1 + t2)
            add_cpu(name, c0)
    set_durability(env, True)
    for db in (live, scratch):
        subprocess.run(["dropdb", "--if-exists", "-f", db], env=env, check=True)
    shutil.rmtree(cache, ignore_errors=True)

    med = {k: (median(v[0]), median(v[1]) if v[1] else None) for k, v in fig.items()}
    for name in ("pg_dump", "catalog_read", "shadow_load", "cold_plan", "warm_plan", "diff", "naive",
                 "naive_tuned"):
        secs, rss = med[name]
        rss_s = f"  peak_rss {rss:7.1f} MiB" if rss is not None else ""
        print(f"figure {name:<13} tables {n:>6}  median {secs:9.4f} s{rss_s}", flush=True)
    ncpu = os.cpu_count() or 1
    for name in ("cold_plan", "warm_plan", "naive", "naive_tuned"):
        busy = median(cpu[name])
        print(f"cpu    {name:<13} tables {n:>6}  median {busy:9.4f} s busy on {ncpu} CPUs:"
              f" no schedule under {busy / ncpu:.1f} s", flush=True)
    print(f"cpu    cold_plan     tables {n:>6}  of which schemadiff itself"
          f" {median(cpu['cold_plan_self']):.1f} s (the rest: the two servers)", flush=True)
    med["cold_plan_cpu"] = (median(cpu["cold_plan"]), None)
    return med


def ratios(n, m):
    print(f"# ratios at {n} tables")
    print(f"ratio warm_plan/pg_dump {m['warm_plan'][0] / m['pg_dump'][0]:.2f}")
    print(f"ratio cold_plan/pg_dump {m['cold_plan'][0] / m['pg_dump'][0]:.2f}")
    print(f"ratio catalog_read/pg_dump {m['catalog_read'][0] / m['pg_dump'][0]:.2f}")
    print(f"ratio rss/pg_dump_rss {m['warm_plan'][1] / m['pg_dump'][1]:.2f}")
    print(f"ratio cold_rss/pg_dump_rss {m['cold_plan'][1] / m['pg_dump'][1]:.2f}")
    print(f"ratio cold_plan/naive {m['cold_plan'][0] / m['naive'][0]:.2f}")
    print(f"ratio cold_plan/naive_tuned {m['cold_plan'][0] / m['naive_tuned'][0]:.2f}")
    # the cold plan's own CPU, spread perfectly over every CPU, against the
    # naive runs' wall time: the ratio no scheduling of that work can beat
    floor = m['cold_plan_cpu'][0] / (os.cpu_count() or 1)
    print(f"ratio cold_plan_cpu_floor/naive {floor / m['naive'][0]:.2f}")
    print(f"ratio cold_plan_cpu_floor/naive_tuned {floor / m['naive_tuned'][0]:.2f}")
    print(f"ratio diff/warm_plan {m['diff'][0] / m['warm_plan'][0]:.2f}")


def main():
    work = tempfile.mkdtemp(prefix="schemadiff-bench.")
    os.chmod(work, 0o755)  # the server may run as another user (root: postgres)
    cluster = os.path.join(work, "cluster")
    env = dict(os.environ, TEST_PGPORT=PORT)
    # the reference is a server as installed: durable, like the one a tool
    # without a shadow of its own loads the desired state into
    out = subprocess.run([os.path.join(ROOT, "tests", "cluster.sh"), "start", cluster],
                         env=dict(env, CLUSTER_DURABLE="1"),
                         check=True, capture_output=True, text=True).stdout
    for part in out.replace("export", "").split():
        k, _, v = part.partition("=")
        env[k] = v
    try:
        results = {n: bench_size(n, env, work) for n in SIZES}
        for n in SIZES:
            ratios(n, results[n])
        if len(SIZES) > 1:
            lo, hi = min(SIZES), max(SIZES)
            print(f"# scaling from {lo} to {hi} tables ({hi / lo:.0f}x the schema)")
            for name in ("pg_dump", "catalog_read", "shadow_load", "cold_plan", "warm_plan", "diff"):
                print(f"ratio {name}_{hi}/{name}_{lo} {results[hi][name][0] / results[lo][name][0]:.2f}")
    finally:
        subprocess.run([os.path.join(ROOT, "tests", "cluster.sh"), "stop", cluster], env=env,
                       capture_output=True)
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
