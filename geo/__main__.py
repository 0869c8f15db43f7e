"""``python -m geo`` runs the ``geo`` command."""

import sys

try:
    from geo.cli import main
except BaseException as exc:
    # Ctrl-C while the modules load: end as click does for one during a command, without a traceback;
    # also when it comes wrapped (a class being made reports it as a RuntimeError; geo.interrupts)
    from geo.interrupts import caused

    if not caused(exc):
        raise
    sys.stderr.write("Aborted!\n")
    sys.exit(1)

main()
