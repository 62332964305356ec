"""dxgym: agents."""
