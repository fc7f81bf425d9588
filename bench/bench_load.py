"""Load: the API under gunicorn, driven by locust (headless), on both kinds of store.

For each store (the embedded on-disk one: one gunicorn worker with threads, since the
store belongs to one process; a remote `oxigraph serve` from the oxigraph wheel: several
gunicorn workers with --store-url) and each operation (POST /api/advise, POST
/api/cases/<id>/facts, the README's SPARQL examples), it
  1. starts the servers on free loopback ports and seeds the store with cases,
  2. warms up with a short locust run,
  3. reads the resident memory of the app's process tree (gunicorn master, workers, SPARQL
     worker processes) and of the store server,
  4. runs locust headless for --duration seconds (60 by default) with --users users that
     never wait,
  5. reads the memory again,
and prints one table: throughput, p50/p99 latency, errors (must be 0) and memory.

Needs the bench extra (pip install -e '.[bench]': locust, gunicorn, oxigraph).
Usage: python bench/bench_load.py [--duration 60] [--users 16] [--only embedded|remote]
The load generator shares the machine with the servers: on 2 cores, locust's own CPU use
is part of what limits the numbers.
"""
from __future__ import annotations

import argparse
import csv
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

from mlwf.server.workers import ENV

HERE = Path(__file__).resolve().parent
BIN = Path(sys.executable).parent
LOCUSTFILE = HERE / "locustfile.py"
OPERATIONS = [("advise", "POST /api/advise"), ("facts", "POST /api/cases/<id>/facts"),
              ("sparql", "GET /sparql (README examples)")]
SEED_FACTS = {"goal": "predict diabetes", "task": "classification", "has_data": True,
              "labeled": True, "n_samples": 768, "n_features": 8, "has_outliers": True,
              "feature_types": ["continuous", "discrete"], "missing_ratio": 0.1}


def tool(name: str) -> str:
    path = BIN / name
    if path.exists():
        return str(path)
    found = shutil.which(name)
    if not found:
        sys.exit(f"bench_load: '{name}' is not installed; pip install -e '.[bench]'")
    return found


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for(url: str, process: subprocess.Popen, timeout: float = 120) -> None:
    deadline = time.time() + timeout
    while time.time() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"{process.args[0]} exited with {process.returncode}")
        try:
            urllib.request.urlopen(url, timeout=2).read()
            return
        except OSError:
            time.sleep(0.3)
    raise RuntimeError(f"{url} did not answer within {timeout} s")


def rss_mb(pid: int) -> float:
    """Resident memory of a process and all its descendants, in MB."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as f:
                    ppid = int(f.read().rsplit(")", 1)[1].split()[1])
                children.setdefault(ppid, []).append(int(entry))
            except (OSError, IndexError, ValueError):
                pass
    total, todo = 0, [pid]
    while todo:
        p = todo.pop()
        todo += children.get(p, [])
        try:
            with open(f"/proc/{p}/status") as f:
                for line in f:
                    if line.startswith("VmRSS:"):
                        total += int(line.split()[1])
        except OSError:
            pass
    return total / 1024


def start(args: list[str], log: Path, **kw) -> subprocess.Popen:
    # Its own session, so that stopping it stops exactly its process group.
    return subprocess.Popen(args, stdout=log.open("w"), stderr=subprocess.STDOUT,
                            start_new_session=True, **kw)


def stop(process: subprocess.Popen) -> None:
    if process.poll() is None:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(20)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()


def gunicorn(port: int, workers: int, threads: int, config: dict, cwd: Path) -> subprocess.Popen:
    """gunicorn on the project's WSGI entry, configured as `mlwf serve --workers` does it:
    through the environment (server/workers.py), which keeps the store password off the
    command line."""
    env = {**{k: v for k, v in os.environ.items() if k not in ENV.values()},
           **{ENV[key]: str(value) for key, value in config.items() if value and key in ENV}}
    return start([tool("gunicorn"), "--workers", str(workers), "--threads", str(threads),
                  "--bind", f"127.0.0.1:{port}", "--timeout", "120", "--graceful-timeout", "10",
                  "--log-level", "warning", "mlwf.server.wsgi:app"],
                 cwd / f"gunicorn-{port}.log", cwd=cwd, env=env)


def seed(base: str, n: int) -> None:
    for i in range(n):
        facts = dict(SEED_FACTS, n_samples=100 + 37 * i, has_outliers=i % 3 == 0)
        request = urllib.request.Request(base + "/api/cases", data=json.dumps({"facts": facts}).encode(),
                                         headers={"Content-Type": "application/json"})
        urllib.request.urlopen(request, timeout=30).read()


def locust(base: str, tag: str, users: int, seconds: int, prefix: Path | None) -> int:
    args = [tool("locust"), "-f", str(LOCUSTFILE), "--headless", "-u", str(users), "-r", str(users),
            "-t", f"{seconds}s", "--host", base, "--tags", tag, "--only-summary",
            "--stop-timeout", "10", "--loglevel", "WARNING"]
    if prefix:
        args += ["--csv", str(prefix)]
    done = subprocess.run(args, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    if prefix:
        (prefix.parent / (prefix.name + ".log")).write_text(done.stdout)
    return done.returncode


def read_stats(prefix: Path, name: str) -> dict:
    with open(f"{prefix}_stats.csv", newline="") as f:
        rows = list(csv.DictReader(f))
    row = next(r for r in rows if r["Name"] == name)
    errors = sum(int(r["Failure Count"]) for r in rows if r["Name"] != "Aggregated")
    return {"requests": int(row["Request Count"]), "rps": float(row["Requests/s"]),
            "p50": float(row["50%"]), "p99": float(row["99%"]), "errors": errors}


def run_store(kind: str, opts, work: Path) -> list[dict]:
    results = []
    store_proc = None
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    if kind == "embedded":
        workers, threads = 1, opts.threads
        config = {"STORE_PATH": str(work / "store")}
    elif kind == "virtuoso":
        # Started as the scale-out tests start it (tests/stores.py): a private instance.
        sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
        from stores import VirtuosoServer
        workers, threads = opts.workers, max(2, opts.threads // 2)
        (work / "virtuoso").mkdir()
        virtuoso = VirtuosoServer(work / "virtuoso").start()
        store_proc = virtuoso.server.process
        config = {"STORE_PATH": None, "STORE_URL": virtuoso.query_url,
                  "STORE_UPDATE_URL": virtuoso.update_url, "STORE_USER": virtuoso.user,
                  "STORE_PASSWORD": virtuoso.password}
    else:
        workers, threads = opts.workers, max(2, opts.threads // 2)
        store_port = free_port()
        store_proc = start([tool("oxigraph"), "serve", "--location", str(work / "oxigraph"),
                            "--bind", f"127.0.0.1:{store_port}", "--union-default-graph"],
                           work / "oxigraph.log")
        wait_for(f"http://127.0.0.1:{store_port}/query?query=ASK%7B%7D", store_proc)
        config = {"STORE_PATH": None, "STORE_URL": f"http://127.0.0.1:{store_port}/query",
                  "STORE_UPDATE_URL": f"http://127.0.0.1:{store_port}/update"}
    app_proc = gunicorn(port, workers, threads, config, work)
    try:
        wait_for(base + "/health", app_proc)
        time.sleep(2)  # every worker up, not only the first to answer
        seed(base, opts.seed_cases)
        for tag, name in OPERATIONS:
            locust(base, tag, opts.users, opts.warmup, None)
            rss_start = rss_mb(app_proc.pid)
            store_start = rss_mb(store_proc.pid) if store_proc else None
            prefix = work / f"{kind}-{tag}"
            code = locust(base, tag, opts.users, opts.duration, prefix)
            stats = read_stats(prefix, name)
            if code != 0 and stats["errors"] == 0:
                stats["errors"] = -1  # locust failed for another reason: see the log
            results.append({"store": kind, "gunicorn": f"{workers}w x {threads}t",
                            "operation": name, **stats,
                            "rss_start": rss_start, "rss_end": rss_mb(app_proc.pid),
                            "store_rss_start": store_start,
                            "store_rss_end": rss_mb(store_proc.pid) if store_proc else None})
            print(json.dumps(results[-1]), flush=True)
    finally:
        stop(app_proc)
        if store_proc:
            stop(store_proc)
    return results


def table(results: list[dict]) -> str:
    head = ["store", "gunicorn", "operation", "requests", "req/s", "p50 ms", "p99 ms", "errors",
            "app RSS start→end MB", "store RSS start→end MB"]
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for r in results:
        store_rss = (f"{r['store_rss_start']:.0f} → {r['store_rss_end']:.0f}"
                     if r["store_rss_start"] is not None else "(in app)")
        lines.append("| " + " | ".join([
            r["store"], r["gunicorn"], r["operation"], str(r["requests"]), f"{r['rps']:.1f}",
            f"{r['p50']:.0f}", f"{r['p99']:.0f}", str(r["errors"]),
            f"{r['rss_start']:.0f} → {r['rss_end']:.0f}", store_rss]) + " |")
    return "\n".join(lines)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--duration", type=int, default=60, help="seconds per measured run")
    parser.add_argument("--warmup", type=int, default=10, help="seconds of warm-up per run")
    parser.add_argument("--users", type=int, default=16, help="concurrent locust users")
    parser.add_argument("--threads", type=int, default=8, help="gunicorn threads (embedded)")
    parser.add_argument("--workers", type=int, default=4, help="gunicorn workers (remote)")
    parser.add_argument("--seed-cases", type=int, default=200, help="cases stored before the runs")
    parser.add_argument("--only", choices=("embedded", "remote", "virtuoso"),
                        help="one set-up; by default embedded and remote (oxigraph serve)")
    parser.add_argument("--keep", action="store_true", help="keep the work folder (logs, CSVs)")
    parser.add_argument("--markdown", metavar="FILE", help="also write the table to FILE")
    opts = parser.parse_args(argv)
    work = Path(tempfile.mkdtemp(prefix="mlwf-load-"))
    results = []
    try:
        for kind in ("embedded", "remote", "virtuoso"):
            if opts.only == kind or (opts.only is None and kind != "virtuoso"):
                (work / kind).mkdir()
                results += run_store(kind, opts, work / kind)
    finally:
        if opts.keep:
            print(f"logs and CSVs in {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)
    text = table(results)
    print()
    print(f"{opts.users} locust users without wait, {opts.duration} s per run after "
          f"{opts.warmup} s of warm-up; {os.cpu_count()} CPUs shared by load and servers")
    print(text)
    if opts.markdown:
        Path(opts.markdown).write_text(text + "\n")
    return 1 if any(r["errors"] for r in results) else 0


if __name__ == "__main__":
    sys.exit(main())
