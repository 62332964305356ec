"""Print every record of this part's cases: source key | group | category | result.

Run: python show.py [row or case id ...]   (`dxgym.evaluation.lookup_sets`)
"""
import sys
from pathlib import Path

from dxgym.evaluation.lookup_sets import main

sys.exit(main(["show", str(Path(__file__).resolve().parent), *sys.argv[1:]]))
