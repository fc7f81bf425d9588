"""Profiling: a CSV (through pandas) into facts of the vocabulary, with each column's
statistical type, a confidence and a reason."""
