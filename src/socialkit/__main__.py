"""``python -m socialkit``: the same as the ``socialkit`` command."""

import sys

from socialkit.cli import main

sys.exit(main())
