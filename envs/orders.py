"""Category-wide orders ("all labs", 全部检查): the consultation's name for `dxgym.agents.orders`.

Why a re-export: the rule is written once, in `agents`, where the lookup reads it as well (dependencies point one way,
`agents` <- `envs`); the consultation, the scripted policies and the metrics import it from here.
"""

from dxgym.agents.orders import is_category_order

__all__ = ["is_category_order"]
