"""Alembic migrations of the EMR schema, shipped inside the package and run from code (`db.init_db`)."""
