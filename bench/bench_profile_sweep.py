"""Every delimited file the installed packages ship, profiled: does the profiler stay up?

Packages carry thousands of tables nobody wrote for this profiler: test fixtures, INI files
named .dat, R exports, tab-separated lists with trailing fields, files of one column. Each
must either be profiled or refused with a ProfileError that says why; any other exception is
a crash that a user uploading the same file would meet as a stack trace or a server error.
This finds every *.csv, *.tsv, *.tab and *.dat under 20 MB in the active environment's
site-packages, profiles each in a worker (joblib, two at a time) with a time limit, and prints
how many were profiled, refused, crashed or ran out of time, the median and slowest times,
and each crash with its file.
Usage: python bench/bench_profile_sweep.py [LIMIT_SECONDS]
"""
import signal
import statistics
import sys
import sysconfig
import time
import traceback
import warnings
from collections import Counter
from pathlib import Path

from joblib import Parallel, delayed

SUFFIXES = {".csv", ".tsv", ".tab", ".dat"}
MAX_BYTES = 20 * 1024 * 1024


class _OutOfTime(Exception):
    pass


def _alarm(*_):
    raise _OutOfTime


def profile_one(path: str, limit: int) -> tuple[str, str, float]:
    """(path, outcome, seconds): 'profiled', 'refused', 'out of time' or 'crash: ...'."""
    from mlwf.profiling.profile import ProfileError, profile_csv
    warnings.simplefilter("ignore")
    signal.signal(signal.SIGALRM, _alarm)
    signal.alarm(limit)
    start = time.perf_counter()
    try:
        profile_csv(path)
        outcome = "profiled"
    except ProfileError:
        outcome = "refused"
    except _OutOfTime:
        outcome = "out of time"
    except Exception as exc:  # the point of the sweep: anything else is a crash to report
        where = traceback.extract_tb(exc.__traceback__)[-1]
        outcome = f"crash: {type(exc).__name__}: {exc} ({Path(where.filename).name}:{where.lineno})"
    finally:
        signal.alarm(0)
    return path, outcome, time.perf_counter() - start


def shipped_files() -> list[str]:
    root = Path(sysconfig.get_paths()["purelib"])
    return sorted(str(p) for p in root.rglob("*") if p.suffix.lower() in SUFFIXES
                  and p.is_file() and p.stat().st_size < MAX_BYTES)


def main() -> None:
    limit = int(sys.argv[1]) if len(sys.argv) > 1 else 60
    files = shipped_files()
    start = time.perf_counter()
    results = Parallel(n_jobs=2, batch_size=8)(delayed(profile_one)(f, limit) for f in files)
    wall = time.perf_counter() - start
    kinds = Counter("crash" if r[1].startswith("crash") else r[1] for r in results)
    times = [r[2] for r in results]
    print(f"{len(files)} files under {Path(sysconfig.get_paths()['purelib'])}, "
          f"{wall:.0f} s on two workers")
    print(f"{'outcome':<14}{'files':>7}")
    for kind in ("profiled", "refused", "out of time", "crash"):
        print(f"{kind:<14}{kinds.get(kind, 0):>7}")
    print(f"median {statistics.median(times):.2f} s a file; slowest:")
    for path, _, seconds in sorted(results, key=lambda r: -r[2])[:5]:
        print(f"  {seconds:6.2f} s  {Path(path).relative_to(sysconfig.get_paths()['purelib'])}")
    for path, outcome, _ in results:
        if outcome.startswith("crash"):
            print(f"{outcome}\n  {path}")


if __name__ == "__main__":
    main()
