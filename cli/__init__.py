"""The `mlwf` command line: one subcommand per capability, over the layers below."""
