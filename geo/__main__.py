"""``python -m geo`` runs the ``geo`` command."""

import sys

try:
    from geo.cli import main
except KeyboardInterrupt:
    # Ctrl-C while the modules load: end as click does for one during a command, without a traceback.
    sys.stderr.write("Aborted!\n")
    sys.exit(1)

main()
