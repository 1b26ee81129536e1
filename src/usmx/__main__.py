"""``python -m usmx``: the same command line as ``usmx``."""

from usmx.cli import main

main()
