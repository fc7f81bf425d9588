"""The mlwf expert system: from facts about a goal and its data to advice with reasons.

    from mlwf.rules import advise
    advise({"goal": "predict diabetes", "target_type": "binary", "n_samples": 768})
"""
from mlwf.rules.engine import Advisor, advise
from mlwf.rules.facts import SPECS, FactError, normalize_facts

__all__ = ["Advisor", "FactError", "SPECS", "advise", "normalize_facts"]
