"""A job in this (fresh) Python, where there is no worker to run it:
``python -m morf_pipeline.runner SCRIPT THREADS PARAMS FILES LOG [NAME=VALUE ...]``."""

import sys

from morf_pipeline.runner.job import Job, run_script

sys.exit(run_script(sys.argv[1], Job.from_args(sys.argv[2:])))
