"""The MORF minimum working example (MOOC dropout prediction), as importable, tested steps."""
