"""Time axis and import identity: cases.admission_time -> index_time, examinations.time, cases.source_hash.

Revision ID: 0002_time_identity
Revises: reveals_diagnosis
Create Date: 2026-12-04

Plain ALTER TABLE statements (SQLite >= 3.35 and PostgreSQL both take them), never a batch table
copy: copying `cases` on SQLite drops the old table, and with foreign keys on that would cascade
into every examination. Existing rows become schema 2 in place: their results have no time (the
old importers dropped it) and their source hash is unknown, which the store treats as "compare
the content" (an upgraded database never replaces a case silently either).
"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


revision: str = "0002_time_identity"
down_revision: Union[str, Sequence[str], None] = "reveals_diagnosis"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.execute("ALTER TABLE cases RENAME COLUMN admission_time TO index_time")
    op.add_column("cases", sa.Column("source_hash", sa.String(), nullable=True))
    op.add_column("examinations", sa.Column("time", sa.Text(), nullable=True))
    op.execute("UPDATE cases SET schema_version = 2 WHERE schema_version = 1")


def downgrade() -> None:
    op.execute("UPDATE cases SET schema_version = 1 WHERE schema_version = 2")
    op.drop_column("examinations", "time")
    op.drop_column("cases", "source_hash")
    op.execute("ALTER TABLE cases RENAME COLUMN index_time TO admission_time")
