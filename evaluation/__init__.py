"""dxgym: evaluation."""
