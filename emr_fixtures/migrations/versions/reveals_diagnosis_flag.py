"""Examinations gain `reveals_diagnosis` (issue 13): a result that names its case's diagnosis.

Existing rows are flagged here with the same matcher imports use (`emr_fixtures/revealing.py`), so a
database upgraded in place reports the same `revealing_records` as one built fresh.

Revision ID: reveals_diagnosis
Revises: 0001
Create Date: 2026-12-04

"""
from types import SimpleNamespace
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


revision: str = 'reveals_diagnosis'
down_revision: Union[str, Sequence[str], None] = '0001'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    with op.batch_alter_table('examinations', schema=None) as batch_op:
        batch_op.add_column(sa.Column('reveals_diagnosis', sa.Boolean(), nullable=False, server_default=sa.false()))

    from dxgym.emr_fixtures.revealing import reveals

    conn = op.get_bind()
    diagnoses: dict[str, list[SimpleNamespace]] = {}
    for case_id, name, icd10 in conn.execute(sa.text("SELECT case_id, name, icd10 FROM diagnoses")):
        diagnoses.setdefault(case_id, []).append(SimpleNamespace(name=name, icd10=icd10))
    flagged = [
        {"case_id": case_id, "position": position}
        for case_id, position, name, result in conn.execute(
            sa.text("SELECT case_id, position, name, result FROM examinations"))
        if reveals(SimpleNamespace(name=name, result=result), diagnoses.get(case_id, ()))
    ]
    if flagged:
        conn.execute(sa.text("UPDATE examinations SET reveals_diagnosis = :yes "
                             "WHERE case_id = :case_id AND position = :position"),
                     [{**row, "yes": True} for row in flagged])


def downgrade() -> None:
    with op.batch_alter_table('examinations', schema=None) as batch_op:
        batch_op.drop_column('reveals_diagnosis')
