"""Rule modules, one per workflow stage; rules/engine.py combines them into one engine."""
