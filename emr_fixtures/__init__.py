"""dxgym: emr_fixtures."""
