"""Confining the SPARQL worker process: no network, no file outside the snapshots.

The guard (kb/sparql_guard.py) refuses SERVICE, LOAD and the like before a query runs;
this module is what holds when the guard misses something. Two Linux mechanisms, both
applied by the worker to itself before it opens a store or starts a thread:

- a network namespace of its own (unshare(2) with CLONE_NEWNET, inside a new user
  namespace when the process is not root): the worker then has no interface but a
  loopback of its own that is down, so no connection to any host, this one included,
  can even be attempted;
- Landlock (the kernel's unprivileged sandbox, Linux >= 5.13): from then on the process
  may read files and list directories only beneath the snapshot directory, may write,
  create or delete nothing anywhere, and (Landlock ABI >= 4) may neither bind nor connect
  TCP sockets.

Both are written with ctypes because the standard library has os.unshare only from
Python 3.12 and the PyPI package ``landlock`` (a 1.0.0.dev pre-release) knows no network
rules. ``confine`` reports what it could apply; kb/query_runner.py refuses to run
people's queries in a worker that is not confined unless the operator says so
(QUERY_SANDBOX = "off").
"""
from __future__ import annotations

import ctypes
import os
from dataclasses import dataclass

CLONE_NEWUSER = 0x10000000
CLONE_NEWNET = 0x40000000
PR_SET_NO_NEW_PRIVS = 38

# x86-64 and aarch64 share these (the "generic" syscall table numbers of Landlock)
SYS_LANDLOCK_CREATE_RULESET = 444
SYS_LANDLOCK_ADD_RULE = 445
SYS_LANDLOCK_RESTRICT_SELF = 446
LANDLOCK_CREATE_RULESET_VERSION = 1
LANDLOCK_RULE_PATH_BENEATH = 1

# Filesystem rights by ABI version (include/uapi/linux/landlock.h)
FS_EXECUTE, FS_WRITE_FILE, FS_READ_FILE, FS_READ_DIR = 1 << 0, 1 << 1, 1 << 2, 1 << 3
FS_ABI1 = (1 << 13) - 1          # execute .. make_sym
FS_REFER = 1 << 13               # ABI 2
FS_TRUNCATE = 1 << 14            # ABI 3
FS_IOCTL_DEV = 1 << 15           # ABI 5
NET_BIND_TCP, NET_CONNECT_TCP = 1 << 0, 1 << 1   # ABI 4


class _RulesetAttr(ctypes.Structure):
    _fields_ = [("handled_access_fs", ctypes.c_uint64), ("handled_access_net", ctypes.c_uint64)]


class _PathBeneath(ctypes.Structure):
    _pack_ = 1  # the kernel's struct is __attribute__((packed))
    _fields_ = [("allowed_access", ctypes.c_uint64), ("parent_fd", ctypes.c_int32)]


@dataclass
class Confinement:
    network_namespace: bool = False
    landlock_abi: int = 0           # 0: Landlock not applied
    landlock_network: bool = False
    problems: tuple[str, ...] = ()

    @property
    def complete(self) -> bool:
        return self.network_namespace and self.landlock_abi > 0

    def describe(self) -> str:
        parts = ["own network namespace" if self.network_namespace else "NO network namespace",
                 f"Landlock ABI {self.landlock_abi}" + (" with TCP rules" if self.landlock_network else "")
                 if self.landlock_abi else "NO Landlock"]
        return ", ".join(parts) + ("; " + "; ".join(self.problems) if self.problems else "")


def _libc():
    return ctypes.CDLL(None, use_errno=True)


def _unshare_network(libc) -> str | None:
    """Enter a new, empty network namespace; None when done, else why not."""
    for flags in (CLONE_NEWNET, CLONE_NEWUSER | CLONE_NEWNET):
        if libc.unshare(flags) == 0:
            return None
        error = os.strerror(ctypes.get_errno())
    return f"unshare(CLONE_NEWNET): {error}"


def _landlock(libc, readable: str) -> tuple[int, bool, str | None]:
    syscall = libc.syscall
    syscall.restype = ctypes.c_long
    abi = syscall(SYS_LANDLOCK_CREATE_RULESET, None, ctypes.c_size_t(0),
                  ctypes.c_uint32(LANDLOCK_CREATE_RULESET_VERSION))
    if abi < 1:
        return 0, False, f"Landlock unavailable: {os.strerror(ctypes.get_errno())}"
    handled_fs = FS_ABI1 | (FS_REFER if abi >= 2 else 0) | (FS_TRUNCATE if abi >= 3 else 0) | \
        (FS_IOCTL_DEV if abi >= 5 else 0)
    handled_net = NET_BIND_TCP | NET_CONNECT_TCP if abi >= 4 else 0
    attr = _RulesetAttr(handled_fs, handled_net)
    size = ctypes.sizeof(attr) if abi >= 4 else ctypes.sizeof(ctypes.c_uint64)
    ruleset = syscall(SYS_LANDLOCK_CREATE_RULESET, ctypes.byref(attr), ctypes.c_size_t(size),
                      ctypes.c_uint32(0))
    if ruleset < 0:
        return 0, False, f"landlock_create_ruleset: {os.strerror(ctypes.get_errno())}"
    try:
        directory = os.open(readable, os.O_PATH | os.O_DIRECTORY)
        try:
            rule = _PathBeneath(FS_READ_FILE | FS_READ_DIR, directory)
            if syscall(SYS_LANDLOCK_ADD_RULE, ctypes.c_int(ruleset),
                       ctypes.c_int(LANDLOCK_RULE_PATH_BENEATH), ctypes.byref(rule),
                       ctypes.c_uint32(0)) != 0:
                return 0, False, f"landlock_add_rule: {os.strerror(ctypes.get_errno())}"
        finally:
            os.close(directory)
        if libc.prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0:
            return 0, False, f"prctl(NO_NEW_PRIVS): {os.strerror(ctypes.get_errno())}"
        if syscall(SYS_LANDLOCK_RESTRICT_SELF, ctypes.c_int(ruleset), ctypes.c_uint32(0)) != 0:
            return 0, False, f"landlock_restrict_self: {os.strerror(ctypes.get_errno())}"
    finally:
        os.close(ruleset)
    return abi, bool(handled_net), None


def confine(readable: str) -> Confinement:
    """Confine this process for good: no network, reads only beneath ``readable``.

    Call it while the process has a single thread (unshare of a user namespace and
    Landlock both act on the calling thread) and after every module it needs is imported.
    """
    libc = _libc()
    problems = []
    network_problem = _unshare_network(libc)
    if network_problem:
        problems.append(network_problem)
    abi, net_rules, landlock_problem = _landlock(libc, readable)
    if landlock_problem:
        problems.append(landlock_problem)
    return Confinement(network_problem is None, abi, net_rules, tuple(problems))
