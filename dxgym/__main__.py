"""`python -m dxgym`: the same CLI as the `dxgym` console script."""

from dxgym import main

main()
