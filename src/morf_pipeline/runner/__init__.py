"""How a rule's job runs its ``scripts/`` adapter: in a warm worker, forked, or in a fresh Python.

A ``script:`` job costs a fresh interpreter, ~0.15 s of Snakemake's own imports to read its
pickled job, and then the step's libraries (scikit-learn ~1.5 s, matplotlib ~0.6 s, pandas
~0.4 s): on small data that is most of a run. So the rules run a small client instead
(``shell:``, :mod:`.client`, standard library only), and Snakemake starts one worker per run
(:mod:`.server`) that imports the steps' modules once, while the first jobs run, and forks a
child per job. The child runs the same adapter with the same ``snakemake`` object a ``script:``
job has (:mod:`.job`): inputs, outputs, params, wildcards, log, resources and threads, with
the job's working directory, environment and standard streams. Without a worker (a cluster
job, a dry run's printed command run by hand, a worker that is gone) the client runs the job
in a fresh Python (``python -m morf_pipeline.runner``): slower, same result.
"""
