"""`python -m mlwf.cli`: the same as the `mlwf` command."""
import sys

from mlwf.cli.main import main

sys.exit(main())
