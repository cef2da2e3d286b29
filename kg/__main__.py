"""Run the kg command line as ``python -m kg``."""

from kg.cli import cli

if __name__ == "__main__":
    cli()
