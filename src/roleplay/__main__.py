"""``python -m roleplay``."""

import sys

from roleplay.cli import main

sys.exit(main())
