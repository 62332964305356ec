"""dxgym: training."""
