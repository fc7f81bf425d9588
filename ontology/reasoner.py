"""Running OWL reasoners (HermiT and Pellet, both shipped with owlready2) on the ontology."""
from __future__ import annotations

import pathlib
import re
import shutil
import subprocess
import tempfile
from dataclasses import dataclass, field
from typing import Any

REASONERS = ("hermit", "pellet")


@dataclass
class ReasonerVerdict:
    ran: bool
    consistent: bool | None = None
    unsatisfiable: list[str] = field(default_factory=list)
    message: str = ""
    reasoner: str = "hermit"
    # Every class the reasoner places under mlwf:WorkflowProcess (stages and steps).
    processes: list[str] = field(default_factory=list)


def java_available() -> bool:
    return shutil.which("java") is not None


def run_reasoner(reasoner: str = "hermit", paths: list[str] | None = None) -> ReasonerVerdict:
    """Classify the ontology (or the given OWL files, loaded together) with one reasoner;
    needs Java on the PATH."""
    if not java_available():
        return ReasonerVerdict(False, message="Java is not installed, so the reasoner cannot "
                               "run (apt-get install default-jre-headless)", reasoner=reasoner)
    import owlready2

    from .export import serialize

    world = owlready2.World()
    with tempfile.TemporaryDirectory() as tmp:
        if paths is None:
            # Judge the Turtle source as it is now, not an export that may be stale.
            paths = [f"{tmp}/mlwf.owl"]
            pathlib.Path(paths[0]).write_bytes(serialize("owl"))
        if reasoner == "pellet":
            return _pellet(paths)
        ontos = [world.get_ontology(f"file://{p}").load() for p in paths]
    try:
        with ontos[0]:
            owlready2.sync_reasoner_hermit(world, infer_property_values=False, debug=0)
    except owlready2.OwlReadyInconsistentOntologyError as exc:
        return ReasonerVerdict(True, False, message=f"inconsistent: {exc}", reasoner=reasoner)
    unsat = sorted(c.name for c in world.inconsistent_classes() if c is not owlready2.Nothing)
    process = world["https://w3id.org/mlwf/ontology#WorkflowProcess"]
    processes = sorted(c.name for c in process.descendants(include_self=False)) if process else []
    return ReasonerVerdict(True, True, unsat, "consistent" if not unsat else
                           f"{len(unsat)} unsatisfiable class(es)", reasoner, processes)


def run_hermit(path: str | None = None) -> ReasonerVerdict:
    return run_reasoner("hermit", [path] if path else None)


def _pellet(paths: list[str]) -> ReasonerVerdict:
    """Pellet's own command line, classifying; its class tree is read back by indentation.

    owlready2's sync_reasoner_pellet loads through Jena, whose bundled jar needs a newer
    Java than many systems have; Pellet's OWL API loader works on Java 11 and later.
    """
    import owlready2

    jars = pathlib.Path(owlready2.__file__).parent / "pellet"
    classpath = ":".join(str(j) for j in sorted(jars.glob("*.jar")))
    out = subprocess.run(["java", "-Xmx1000M", "-cp", classpath, "pellet.Pellet", "classify",
                          "--loader", "OWLAPIv3", *paths],
                         capture_output=True, text=True, timeout=600)
    text = out.stdout + out.stderr
    if "inconsistent" in text.lower():
        return ReasonerVerdict(True, False, message="inconsistent: " + text.strip()[-500:],
                               reasoner="pellet")
    if out.returncode != 0:
        return ReasonerVerdict(False, message="Pellet failed: " + text.strip()[-500:],
                               reasoner="pellet")
    unsat: list[str] = []
    processes: list[str] = []
    stack: list[tuple[int, Any]] = []
    nothing = "http://www.w3.org/2002/07/owl#Nothing"
    for line in out.stdout.splitlines():
        # One class per line, indented under its superclass; equivalent classes share
        # a line ("A = B"), and an unsatisfiable class is equivalent to owl:Nothing.
        m = re.match(r"^( *)(\S+://\S+(?: = \S+)*)$", line)
        if not m:
            continue
        depth, iris = len(m.group(1)), m.group(2).split(" = ")
        stack = [(d, i) for d, i in stack if d < depth] + [(depth, iris)]
        above = {i for _, group in stack[:-1] for i in group}
        names = [i.rsplit("#", 1)[-1] for i in iris if i != nothing]
        if nothing in iris or nothing in above:
            unsat += names
        if "https://w3id.org/mlwf/ontology#WorkflowProcess" in above:
            processes += names
    return ReasonerVerdict(True, True, sorted(set(unsat)), "consistent" if not unsat else
                           f"{len(set(unsat))} unsatisfiable class(es)", "pellet",
                           sorted(set(processes)))


def check_bridge(reasoner: str = "hermit") -> ReasonerVerdict:
    """mlwf, ML Schema and the bridge module, classified together."""
    from .bridge import merged_graph
    from .export import serialize
    if not java_available():
        return run_reasoner(reasoner)       # the same "Java is not installed" verdict
    with tempfile.TemporaryDirectory() as tmp:
        path = f"{tmp}/merged.owl"
        pathlib.Path(path).write_bytes(serialize("owl", merged_graph()))
        return run_reasoner(reasoner, [path])
