"""Check this part's cases and requests, then print the counts by kind and language.

The checks are every part's (`dxgym.evaluation.lookup_sets.check_rows`). Run: python validate.py
"""
import sys
from pathlib import Path

from dxgym.evaluation.lookup_sets import main

sys.exit(main(["validate", str(Path(__file__).resolve().parent)]))
