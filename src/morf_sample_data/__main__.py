"""``python -m morf_sample_data``: the ``morf-sample-data`` command."""

import sys

from morf_sample_data.cli import main

sys.exit(main())
