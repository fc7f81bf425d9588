"""The `mlwf` command line. Errors of the project's own types become one-line messages
on stderr with the exit status their kind maps to (cli/errors.py); nothing else is
caught, so real bugs still show a trace."""
from __future__ import annotations

import argparse
import json
import os
import signal
import sys
from collections import Counter
from typing import Any

from mlwf.cli.errors import report
from mlwf.ontology import i18n
from mlwf.ontology.errors import InvalidInput, MlwfError, quote
from mlwf.ontology.i18n import _, fact_label, pgettext, value_label


def _facts_from_args(args) -> dict[str, Any]:
    from mlwf.rules.facts import parse_cli_value

    facts: dict[str, Any] = {}
    if args.facts:
        try:
            with open(args.facts, encoding="utf-8") as fh:
                loaded = json.load(fh)
        except OSError as exc:
            raise InvalidInput(_("cannot read {file}: {reason}", file=args.facts,
                                 reason=exc.strerror)) from None
        except (ValueError, RecursionError) as exc:
            raise InvalidInput(_("{file} is not valid JSON: {reason}", file=args.facts,
                                 reason=str(exc))) from None
        if not isinstance(loaded, dict):
            raise InvalidInput(_("{file} must hold a JSON object of fact names and values",
                                 file=args.facts))
        facts.update(loaded)
    for item in args.fact or []:
        name, sep, value = item.partition("=")
        if not sep or not name.strip():
            raise InvalidInput(_("--fact {item} is not of the form name=value", item=quote(item)))
        facts[name.strip()] = parse_cli_value(value)
    return facts


SOURCES = {"profile": _("profiled"), "derived": _("derived")}


def _shown_fact(name: str, value: Any) -> str:
    """``name=value`` as --fact takes it, or, where the language has labels for them,
    ``label = value label ("value")``."""
    label = fact_label(name)
    if label == name.replace("_", " "):
        return f"{name}={json.dumps(value, ensure_ascii=False)}"
    return f"{label} = {_shown_value(value)}"


def _shown_value(value: Any) -> str:
    """A fact's value in the reader's language; the vocabulary's value follows a label
    that differs from it, since that is what --fact takes."""
    if isinstance(value, list):
        return ", ".join(_shown_value(v) for v in value)
    if isinstance(value, dict) and set(value) == {"algorithm", "outcome"}:
        return f"{value['algorithm']}: {_shown_value(value['outcome'])}"
    token = json.dumps(value, ensure_ascii=False)
    if isinstance(value, bool) or value in _vocabulary_values():
        label = value_label(value)
        return token if label in (token, value) else f"{label} ({token})"
    return token


def _vocabulary_values() -> dict[str, list[str]]:
    from mlwf.rules.patterns import shown_values
    return shown_values()


def _print_advice(advice: dict[str, Any], out) -> None:
    """The advice as text; its texts are already in the language asked for, and the
    headings are rendered in the current one (main sets it from --lang)."""
    w = out.write
    step = advice["next_step"]
    heads = [str(h) for h in (_("Stage:"), _("Next step:"), _("Ways back:"), _("Derived:"))]
    width = max(len(h) for h in heads) + 1
    w(f"{heads[0]:<{width}} {advice['stage']['label']}\n")
    w(f"{heads[1]:<{width}} {step['label']} — {step['explanation']}\n")
    if advice["return_to"]:
        w(f"{heads[2]:<{width}} " + "; ".join(r["label"] for r in advice["return_to"]) + "\n")
    q = advice["next_question"]
    if q:
        choices = q.get("choices") or [{"value": a, "label": a} for a in q["answers"]]
        answers = " | ".join(c["label"] if c["label"] == c["value"]
                             else f"{c['label']} = {c['value']}" for c in choices)
        w(str(_("Next question ({fact}): {text}", fact=q["fact"], text=q["text"]))
          + (f" [{answers}]" if answers else "") + "\n")
        if q.get("candidates"):
            w("  " + str(_("candidates: {names}",
                           names=", ".join(c["label"] for c in q["candidates"]))) + "\n")
    for name, d in advice.get("derived", {}).items():
        if d.get("explanation"):
            w(f"{heads[3]:<{width}} {_shown_fact(name, d['value'])} — {d['explanation']}\n")
    if advice.get("evidence"):
        evidence_head = str(_("Evidence:"))
        w(f"{evidence_head:<{width}} {advice['evidence']['note']}\n")
        w("  " + str(_("most similar: {names}", names=", ".join(
            n["dataset"] for n in advice["evidence"]["neighbours"][:5]))) + "\n")
    from mlwf.rules.base import KIND_HEADINGS, KINDS

    kind = None
    # "2=" marks a rank that several pieces of advice of one kind share (rules/ranking.py)
    shared = Counter((r["kind"], r["rank"]) for r in advice["recommendations"])
    if any(n > 1 for n in shared.values()):
        w("\n" + str(_("A rank followed by \"=\" is shared: the rules prefer those pieces of "
                        "advice equally, and their order among themselves means nothing.")) + "\n")
    # grouped in the rules' one order of kinds, as the page groups them
    for r in sorted(advice["recommendations"], key=lambda r: KINDS.index(r["kind"])):
        if r["kind"] != kind:
            kind = r["kind"]
            w(f"\n{KIND_HEADINGS[kind]}:\n")
        mark = "=" if shared[(r["kind"], r["rank"])] > 1 else "."
        sk = f" ({r['sklearn']})" if r["sklearn"] else ""
        because = ", ".join(_shown_fact(b["name"], b["value"])
                            + (f" [{SOURCES[b['source']]}]" if b["source"] in SOURCES else "")
                            for b in r["because"])
        tried = (" [" + str(_("tried: {outcome}", outcome=value_label(r["tried"]))) + "]"
                 if r.get("tried") else "")
        notes = ([_("chart step {step}", step=r["chart_step"])] if "chart_step" in r else []) + \
            ([_("unknown: {names}", names=", ".join(fact_label(n) for n in r["unknown"]))]
             if r.get("unknown") else [])
        rule = _("rule {rule}; because {facts}", rule=r["rule"], facts=because) if because \
            else _("rule {rule}", rule=r["rule"])
        w(f"  {r['rank']:>2}{mark} {r['label']}{sk}{tried}\n      {r['explanation']}\n"
          f"      {rule}" + "".join(f"; {n}" for n in notes) + "\n")


def _progress(label: str):
    """A progress line on stderr for long profiles (only when stderr is a terminal)."""
    if not sys.stderr.isatty():
        return None

    def report(rows: int) -> None:
        sys.stderr.write("\r" + str(_("{file}: {rows} rows read", file=label, rows=rows)))
        sys.stderr.flush()
    return report


def cmd_advise(args) -> int:
    from mlwf.kb.metakb import advisor_with_evidence

    facts = _facts_from_args(args)
    sources: dict[str, str] = {}
    metafeatures = None
    if args.csv:
        from mlwf.profiling.metafeatures import describe_csv
        from mlwf.profiling.profile import profile_csv
        profile = profile_csv(args.csv, args.target, progress=_progress(args.csv))
        # Stated facts win over profiled ones.
        sources = {k: "profile" for k in profile.facts if k not in facts}
        facts = {**profile.facts, **facts}
        if not args.no_evidence:
            metafeatures = describe_csv(args.csv, args.target, profile, facts)
    elif args.target:
        raise InvalidInput(_("--target goes with --csv"))
    advisor = advisor_with_evidence(enabled=not args.no_evidence)
    advice = advisor.advise(facts, lang=i18n.current_lang(), sources=sources,
                            metafeatures=metafeatures)
    if args.json:
        json.dump(advice, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        _print_advice(advice, sys.stdout)
    return 0


def cmd_profile(args) -> int:
    from mlwf.profiling.profile import profile_csv

    profile = profile_csv(args.file, args.target, progress=_progress(args.file))
    if sys.stderr.isatty():
        sys.stderr.write("\n")
    doc = profile.to_json()
    if args.json:
        json.dump(doc, sys.stdout, ensure_ascii=False, indent=2, default=str)
        sys.stdout.write("\n")
        return 0
    table = doc.get("table", {})
    print(_("{file}: {rows} rows, {columns} columns", file=args.file,
            rows=table.get("n_rows", "?"), columns=table.get("n_columns", "?")))
    if table.get("units"):
        print(_("  line {line} gives the columns' units or types and was read as part of the "
                "header: {units}", line=table["units_line"] + 1,
                units=", ".join(f"{name} {unit}" for name, unit in table["units"].items())))
    width = max(len(c["name"]) for c in doc["columns"])
    for c in doc["columns"]:
        reason = f" — {c['reason']}" if c.get("reason") else ""
        missing = _("missing {share}", share=i18n.Percent(c["missing_ratio"], digits=1))
        print(f"  {c['name']:<{width}}  {c['stat_type']:<11} {c['confidence']:.2f}  "
              f"{missing}{reason}")
    print(_("Facts:"))
    for name, value in doc["facts"].items():
        print(f"  {name} = {json.dumps(value, ensure_ascii=False)}")
    if doc.get("reasons"):
        print(_("How the table-wide facts were derived:"))
        for name, why in doc["reasons"].items():
            print(f"  {name} = {json.dumps(why['value'])} ({why['confidence']:.2f}) — {why['reason']}")
    return 0


class _EvaluationProgress:
    """Progress of `mlwf evaluate` on stderr: a live line on a terminal (candidate, fold,
    elapsed), one line per finished candidate otherwise."""

    def __init__(self):
        self.tty = sys.stderr.isatty()
        self.folds: dict[str, int] = {}

    def __call__(self, event: dict[str, Any]) -> None:
        name = event["candidate"]
        self.folds[name] = self.folds.get(name, 0) + 1
        if self.tty:
            sys.stderr.write(f"\r\033[K[{event['done']}/{event['total']}] {name} fold "
                             f"{event['fold']}/{event['n_splits']} · {event['elapsed']:.1f} s")
        elif self.folds[name] == event["n_splits"]:
            sys.stderr.write(str(_("{candidate}: {n} folds done · {seconds} s",
                                   candidate=name, n=event["n_splits"],
                                   seconds=i18n.Number(event["elapsed"], digits=1))) + "\n")
        sys.stderr.flush()

    def end(self) -> None:
        if self.tty:
            sys.stderr.write("\n")


# A run's outcome besides the judged ones: value_label shows them (marked here for the catalogue).
RUN_STATES = (pgettext("value", "failed"), pgettext("value", "stopped"))


def _print_evaluation(doc: dict[str, Any], out) -> None:
    """The evaluation for a person, in the current language (``doc`` is to_json's)."""
    w = out.write
    v = doc["validation"]
    label = lambda name: i18n.Label(name).render(i18n.current_lang())  # noqa: E731
    four = lambda x: "" if x is None else str(i18n.Number(x, digits=4))  # noqa: E731
    w(str(_("{file}: {task} of {target}, {rows} rows; {validation} ({splits}), primary metric "
            "{metric}", file=doc["source"].rsplit("/", 1)[-1], task=value_label(doc["task"]),
            target=quote(doc["target"]), rows=doc["n_rows"], validation=label(v["concept"]),
            splits=_("1 split") if v["n_splits"] == 1 else _("{n} splits", n=v["n_splits"]),
            metric=label(doc["primary_metric"]))) + "\n")
    base = doc["baseline"]["scores"].get(doc["primary_metric"])
    if base is not None:
        w(str(_("dummy baseline: {score}", score=four(base))) + "\n")
    for note in doc["notes"]:
        w(str(_("note: {note}", note=note)) + "\n")
    heads = [str(h) for h in (_("rank"), _("algorithm"), _("score"), _("± std"), _("train"),
                              _("outcome"), _("seconds"))]
    w(f"\n{heads[0]:>4}  {heads[1]:<30} {heads[2]:>8} {heads[3]:>7} {heads[4]:>7}  "
      f"{heads[5]:<12} {heads[6]:>7}\n")
    for row in doc["leaderboard"]:
        rank = "" if row["rank"] is None else str(row["rank"])
        outcome = value_label(row["outcome"])
        w(f"{rank:>4}  {row['algorithm']:<30} {four(row['score']):>8} {four(row['std']):>7} "
          f"{four(row['train']):>7}  {outcome:<12} {str(i18n.Number(row['time'], digits=2)):>7}\n")
        if row["error"]:
            w("      " + str(_("failed: {error}", error=row["error"])) + "\n")
        if row["stopped"]:
            w("      " + str(_("stopped: {reason}", reason=row["stopped"])) + "\n")
    for run in doc["runs"]:
        if run["judgement"]:
            w(f"\n{run['algorithm']}: {value_label(run['judgement']['outcome'])} — "
              f"{run['judgement']['explanation']}")
    if doc["skipped"]:
        w("\n\n" + str(_("not run: {reasons}", reasons="; ".join(
            f"{k} ({v})" for k, v in doc["skipped"].items()))))
    w("\n")


def cmd_evaluate(args) -> int:
    import threading

    from mlwf.evaluation import evaluate
    from mlwf.evaluation.export import write_script
    from mlwf.kb.metakb import advisor_with_evidence

    facts = _facts_from_args(args)
    cases = None
    if args.case:
        from mlwf.kb.cases import Cases
        from mlwf.kb.store import open_store
        store = open_store(None if args.store_url else args.store, args.store_url,
                           args.store_update_url)
        cases = Cases(store)
        cases.check_id(args.case)
        stored, _sources = cases.facts(args.case)   # not `_`: that is the translation
        facts = {**stored, **facts}
    progress = _EvaluationProgress()
    stop = threading.Event()
    try:
        result = evaluate(args.file, args.target, facts=facts, top=args.top, budget=args.budget,
                          n_jobs=args.jobs, folds=args.folds, scheduler=args.scheduler,
                          progress=progress, stop=stop,
                          # the same order of candidates as `mlwf advise --csv`
                          advisor=advisor_with_evidence(enabled=not args.no_evidence))
    finally:
        progress.end()
    interrupted = any(r.result.interrupted for r in result.runs)
    doc = result.to_json()
    if cases is not None:
        from mlwf.kb.runs import record_evaluation
        evaluation_id, written = record_evaluation(cases, args.case, result,
                                                   profile_facts=result.profile_facts)
        doc["case"], doc["evaluation"] = args.case, evaluation_id
        if written is not None:
            doc["next_step"] = (written.advice_in(i18n.current_lang()) or written.advice)["next_step"]
    if args.export:
        if result.best is None:
            raise InvalidInput(_("--export: no candidate finished, so there is no pipeline "
                                 "to export"))
        doc["export"] = str(write_script(result, args.export))
    if args.json:
        json.dump(doc, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        _print_evaluation(doc, sys.stdout)
        if "evaluation" in doc:
            print(_("stored in case {case} as evaluation {evaluation}; outcomes asserted as "
                    "tried", case=doc["case"], evaluation=doc["evaluation"]))
            if "next_step" in doc:
                step = doc["next_step"]
                print(_("next step: {label} — {explanation}", label=step["label"],
                        explanation=step["explanation"]))
        if "export" in doc and result.best is not None:  # a script is written for the best run only
            print(_("wrote {path}: python {path} rebuilds {algorithm}, reproduces its score and "
                    "fits the final model", path=doc["export"], algorithm=result.best.algorithm))
    return 130 if interrupted else 0


def cmd_ontology_export(args) -> int:
    from mlwf.ontology.export import serialize, write_all

    if args.write:
        if args.format not in ("owl", "xml"):
            raise InvalidInput(_("--write regenerates ontology/mlwf.owl and goes with --format owl"))
        written = write_all()
        for path in written:
            print(f"wrote {path}")
        if not written:
            print("the generated files are up to date")
        return 0
    sys.stdout.buffer.write(serialize(args.format))
    return 0


def cmd_ontology_check(args) -> int:
    from mlwf.ontology import MLWF, graph, load
    from mlwf.ontology.quality import counts_by_stage, run_checks
    from mlwf.ontology.reasoner import REASONERS, check_bridge, run_reasoner
    from mlwf.ontology.report import counts, report

    g = graph()
    onto = load()
    print(f"mlwf ontology: {len(g)} triples, {len(onto.concepts)} classes, "
          f"{len(onto.questions)} questions, {len(onto.algorithms)} algorithms")
    print("Classes by main stage:")
    for stage, n in sorted(counts_by_stage(g).items(), key=lambda kv: -kv[1]):
        print(f"  {stage:<20} {n}")
    failed = 0
    for title, offenders in run_checks(g).items():
        mark = "ok " if not offenders else "FAIL"
        print(f"[{mark}] {title}" + (f": {len(offenders)}" if offenders else ""))
        for o in offenders[:50]:
            print(f"        {o}")
        failed += bool(offenders)
    rows = report(g)
    tally = counts(rows)
    ok = not tally["ERROR"] and not tally["WARN"]
    print(f"[{'ok ' if ok else 'FAIL'}] quality report (ROBOT's default profile, language-aware): "
          f"{tally['ERROR']} errors, {tally['WARN']} warnings, {tally['INFO']} info")
    short = lambda iri: iri.replace(str(MLWF), "mlwf:")  # noqa: E731
    for row in rows:
        if row.level != "INFO":
            print("        " + row.line(short))
    failed += not ok
    if args.no_reasoner:
        print("[skip] reasoners (--no-reasoner)")
    for name in () if args.no_reasoner else REASONERS:
        verdict = run_reasoner(name)
        title = {"hermit": "HermiT", "pellet": "Pellet"}[name]
        if not verdict.ran:
            print(f"[skip] {title}: {verdict.message}")
            continue
        ok = bool(verdict.consistent) and not verdict.unsatisfiable
        print(f"[{'ok ' if ok else 'FAIL'}] {title}: {verdict.message}")
        for c in verdict.unsatisfiable:
            print(f"        unsatisfiable: {c}")
        failed += not ok
    for name in () if args.no_reasoner else REASONERS:
        verdict = check_bridge(name)
        title = {"hermit": "HermiT", "pellet": "Pellet"}[name]
        if verdict.ran:
            ok = bool(verdict.consistent) and not verdict.unsatisfiable
            print(f"[{'ok ' if ok else 'FAIL'}] {title} on mlwf + ML Schema + bridge: {verdict.message}")
            for c in verdict.unsatisfiable:
                print(f"        unsatisfiable: {c}")
            failed += not ok
    return 1 if failed else 0


def serve_settings(args) -> dict:
    """The settings named on the command line: the options, then each --setting."""
    from mlwf.server import settings

    given = {key: value for key, value in (
        ("STORE_PATH", args.store), ("STORE_URL", args.store_url),
        ("STORE_UPDATE_URL", args.store_update_url), ("STORE_USER", args.store_user),
        ("STORE_PASSWORD", args.store_password)) if value is not None}
    for text in args.setting or []:
        name, value = settings.parse_assignment(text)
        given[name] = value
    return given


def cmd_serve(args) -> int:
    from werkzeug.serving import make_server

    from mlwf.server import settings
    from mlwf.server.app import create_app

    if args.help_settings:
        print(settings.help_table())
        return 0
    given = serve_settings(args)
    if args.workers > 1:
        from mlwf.server.workers import serve_with_gunicorn
        serve_with_gunicorn(args.host, args.port, args.workers, args.threads, given)
    app = create_app(given)
    server = make_server(args.host, args.port, app, threaded=True)
    where = app.config["STORE_URL"] or f"embedded store in {app.config['STORE_PATH']}"
    where = where if app.config["STORE_URL"] else _("embedded store in {path}",
                                                    path=app.config["STORE_PATH"])
    url = f"http://{args.host}:{server.server_port}"
    print(_("mlwf serving on {url} ({where}); Ctrl-C stops it", url=url, where=where), flush=True)

    def stop(signum, frame):
        raise KeyboardInterrupt  # SIGTERM ends the server as Ctrl-C does: cleaned up

    signal.signal(signal.SIGTERM, stop)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        app.extensions["mlwf"].close()
    return 0


def cmd_metakb_build(args) -> int:
    from mlwf.evaluation.metakb import build
    from mlwf.kb.metakb import shipped_path

    try:
        os.nice(10)      # a long build should not slow the machine's interactive work
    except OSError:
        pass
    out = args.out or shipped_path()
    counts = build(out, cache=args.cache, n_jobs=args.jobs, only=args.only,
                   log=lambda line: print(line, flush=True),
                   **({"max_rows": args.max_rows} if args.max_rows else {}))
    print(f"wrote {out}: " + ", ".join(f"{v} {k}" for k, v in counts.items()))
    return 0


def cmd_metakb_corpus(args) -> int:
    from mlwf.evaluation.corpus import CORPUS, MAX_ROWS

    print(f"{len(CORPUS)} datasets (rows capped at {MAX_ROWS:,}):")
    for e in CORPUS:
        print(f"  {e.name:<55} {e.task}")
    return 0


def cmd_sparql(args) -> int:
    from mlwf.kb.namespaces import PREFIXES
    from mlwf.kb.query import query_bytes, query_dataframe
    from mlwf.kb.sparql_guard import inspect_query

    query = sys.stdin.read() if args.query == "-" else args.query
    if args.format == "table":
        form = inspect_query(query, prefixes=PREFIXES).form
        if form == "SELECT":
            frame = query_dataframe(query, store_path=args.store, endpoint=args.endpoint)
            print(frame.to_string(index=False) if len(frame) else _("(no results)"))
            return 0
        args.format = "turtle" if form != "ASK" else "json"
    sys.stdout.buffer.write(query_bytes(query, args.format, store_path=args.store,
                                        endpoint=args.endpoint))
    return 0


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="mlwf", description="What should I do next in my "
                                "machine-learning project, and why.")
    # Every command takes --lang; without it the environment's language (LANGUAGE,
    # LC_ALL, LC_MESSAGES, LANG) decides, as for any gettext program, English by default.
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--lang", choices=i18n.LANGS, default=None,
                        help="the language of the output (default: the environment's, else en)")
    sub = p.add_subparsers(dest="command", required=True)

    def command(name: str, **kwargs) -> argparse.ArgumentParser:
        return sub.add_parser(name, parents=[common], **kwargs)

    a = command("advise", help="advice for stated facts")
    a.add_argument("--fact", action="append", metavar="NAME=VALUE",
                   help="a fact; the value is read as JSON when it parses as JSON")
    a.add_argument("--facts", metavar="FILE.json", help="a JSON object of facts")
    a.add_argument("--csv", metavar="FILE.csv", help="profile a CSV and use its facts "
                   "(stated facts win over profiled ones)")
    a.add_argument("--target", metavar="COLUMN", help="the target column of --csv")
    a.add_argument("--json", action="store_true", help="print the advice document as JSON")
    a.add_argument("--no-evidence", action="store_true", help="order the algorithms by the "
                   "chart alone, without the meta-knowledge base")
    a.set_defaults(func=cmd_advise)

    pr = command("profile", help="profile a CSV: column types and the facts they give")
    pr.add_argument("file")
    pr.add_argument("--target", metavar="COLUMN")
    pr.add_argument("--json", action="store_true", help="the full profile as JSON")
    pr.set_defaults(func=cmd_profile)

    ev = command("evaluate", help="cross-validate the advised candidates on a CSV, "
                        "judge them, and (with --case) record the runs and outcomes")
    ev.add_argument("file", metavar="DATA.csv")
    ev.add_argument("--target", required=True, metavar="COLUMN")
    ev.add_argument("--case", metavar="ID", help="take the case's facts, and store the runs and "
                    "their judged outcomes (as tried) in it")
    ev.add_argument("--top", type=int, default=3, metavar="K",
                    help="how many of the advised candidates to run (default 3)")
    ev.add_argument("--budget", type=float, metavar="SECONDS", help="wall-clock limit; "
                    "candidates still running then are stopped and reported")
    ev.add_argument("--jobs", type=int, default=1, metavar="N",
                    help="joblib worker processes for candidates and folds (default 1; -1: all cores)")
    ev.add_argument("--folds", type=int, default=5, metavar="N", help="folds of k-fold "
                    "cross-validation (default 5)")
    ev.add_argument("--scheduler", metavar="ADDRESS", help="run on a Dask cluster, e.g. "
                    "tcp://127.0.0.1:8786 (pip install 'mlwf[dask]')")
    ev.add_argument("--export", metavar="best.py", help="write a standalone script that rebuilds "
                    "the best pipeline")
    ev.add_argument("--fact", action="append", metavar="NAME=VALUE",
                    help="a fact for the advice (wins over profiled and stored ones)")
    ev.add_argument("--facts", metavar="FILE.json", help="a JSON object of facts")
    ev.add_argument("--json", action="store_true", help="print the evaluation as JSON")
    ev.add_argument("--no-evidence", action="store_true", help="run the top candidates in the "
                    "rules' order, as `mlwf advise --no-evidence` gives them")
    ev.add_argument("--store", default="var/store", metavar="PATH",
                    help="the embedded store holding --case (default: var/store)")
    ev.add_argument("--store-url", metavar="URL", help="a SPARQL 1.1 store holding --case")
    ev.add_argument("--store-update-url", metavar="URL", help="its update endpoint, if different")
    ev.set_defaults(func=cmd_evaluate)

    s = command("serve", help="the API, SPARQL endpoint and page (the main job)")
    s.add_argument("--host", default="127.0.0.1")
    s.add_argument("--port", type=int, default=5000)
    s.add_argument("--store", metavar="PATH",
                   help="directory of the embedded store (default: var/store)")
    s.add_argument("--store-url", metavar="URL", help="a SPARQL 1.1 query endpoint to use "
                   "instead of the embedded store")
    s.add_argument("--store-update-url", metavar="URL", help="its update endpoint, if different")
    s.add_argument("--store-user", help="user for the remote store's updates")
    s.add_argument("--store-password", help="password for the remote store's updates "
                   "(better: the environment variable MLWF_STORE_PASSWORD, which `ps` does not show)")
    s.add_argument("--workers", type=int, default=1, metavar="N", help="run N gunicorn worker "
                   "processes (needs --store-url: they share the remote store)")
    s.add_argument("--threads", type=int, default=4, metavar="N",
                   help="threads per gunicorn worker (with --workers)")
    s.add_argument("--setting", action="append", metavar="NAME=VALUE",
                   help="any setting of --help-settings, e.g. --setting query_timeout=30")
    s.add_argument("--help-settings", action="store_true",
                   help="list every setting with its MLWF_ variable and default, and exit")
    s.set_defaults(func=cmd_serve)

    q = command("sparql", help="run a SPARQL query ('-' reads it from stdin)")
    q.add_argument("query")
    q.add_argument("--format", default="table",
                   choices=("table", "json", "xml", "csv", "tsv", "turtle", "ntriples",
                            "rdfxml", "jsonld"))
    q.add_argument("--store", default="var/store", metavar="PATH")
    q.add_argument("--endpoint", metavar="URL", help="query a SPARQL endpoint, e.g. "
                   "http://127.0.0.1:5000/sparql of a running mlwf serve")
    q.set_defaults(func=cmd_sparql)

    m = command("metakb", help="the meta-knowledge base: datasets, meta-features, runs")
    msub = m.add_subparsers(dest="metakb_command", required=True)
    b = msub.add_parser("build", help="cross-validate every algorithm on every corpus dataset "
                        "and write the base (needs pip install 'mlwf[metakb]'; long)")
    b.add_argument("--out", metavar="FILE.nt.gz", help="where to write it (default: the "
                   "package's kb/data/metakb.nt.gz, which mlwf loads at start)")
    b.add_argument("--cache", metavar="DIR", default="var/metakb-cache",
                   help="finished datasets are kept here, so a stopped build resumes")
    b.add_argument("--jobs", type=int, default=2, metavar="N", help="processes (default 2)")
    b.add_argument("--max-rows", type=int, metavar="N", help="rows each dataset is capped "
                   "at (default: the shipped base's, evaluation/corpus.py MAX_ROWS)")
    b.add_argument("--only", action="append", metavar="NAME", help="only this corpus entry "
                   "(e.g. sklearn/iris:target); repeatable")
    b.set_defaults(func=cmd_metakb_build)
    ls = msub.add_parser("corpus", help="list the corpus: datasets, targets, tasks")
    ls.set_defaults(func=cmd_metakb_corpus)

    o = command("ontology", help="export or check the ontology")
    osub = o.add_subparsers(dest="ontology_command", required=True)
    e = osub.add_parser("export", help="print the ontology in a format")
    e.add_argument("--format", default="ttl", help="owl (RDF/XML), ttl, jsonld or nt")
    e.add_argument("--write", action="store_true", help="regenerate ontology/mlwf.owl, "
                   "mlschema/MLSchema.owl and the bridge's implementations")
    e.set_defaults(func=cmd_ontology_export)
    c = osub.add_parser("check", help="quality report: counts, labels, definitions, reasoner")
    c.add_argument("--no-reasoner", action="store_true", help="skip HermiT and Pellet")
    c.set_defaults(func=cmd_ontology_check)
    return p


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    with i18n.use(getattr(args, "lang", None) or i18n.environment_lang()):
        try:
            return args.func(args)
        except MlwfError as exc:
            return report(exc)
        except BrokenPipeError:
            return 0
        except KeyboardInterrupt:
            print("mlwf: " + str(_("interrupted")), file=sys.stderr)
            return 130


if __name__ == "__main__":
    sys.exit(main())
