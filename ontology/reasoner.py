"""Running HermiT (through owlready2) on the ontology."""
from __future__ import annotations

import pathlib
import shutil
import tempfile
from dataclasses import dataclass, field



@dataclass
class ReasonerVerdict:
    ran: bool
    consistent: bool | None = None
    unsatisfiable: list[str] = field(default_factory=list)
    message: str = ""


def java_available() -> bool:
    return shutil.which("java") is not None


def run_hermit(path: str | None = None) -> ReasonerVerdict:
    """Classify the ontology with HermiT; needs Java on the PATH."""
    if not java_available():
        return ReasonerVerdict(False, message="Java is not installed, so HermiT cannot run "
                               "(apt-get install default-jre-headless)")
    import owlready2

    from .export import serialize

    world = owlready2.World()
    with tempfile.TemporaryDirectory() as tmp:
        if path is None:
            # Judge the Turtle source as it is now, not an export that may be stale.
            path = f"{tmp}/mlwf.owl"
            pathlib.Path(path).write_bytes(serialize("owl"))
        onto = world.get_ontology(f"file://{path}").load()
    try:
        with onto:
            owlready2.sync_reasoner_hermit(world, infer_property_values=False, debug=0)
    except owlready2.OwlReadyInconsistentOntologyError as exc:
        return ReasonerVerdict(True, False, message=f"inconsistent: {exc}")
    unsat = sorted(c.name for c in world.inconsistent_classes() if c is not owlready2.Nothing)
    return ReasonerVerdict(True, True, unsat, "consistent" if not unsat else
                           f"{len(unsat)} unsatisfiable class(es)")
