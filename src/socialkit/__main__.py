"""``python -m socialkit``: the same as the ``socialkit`` command."""

import sys

from socialkit._cli import main

sys.exit(main())
