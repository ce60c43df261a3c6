"""Hotel room assignments (issue 6): one row per guest stay

The allocator (``core/hotels/service.py``) writes one ``room_assignment`` row per guest:
hotel, room type, first night and departure morning, the room label shared by
sharers, a lock against automatic re-runs, billing, the hotel's confirmation
number and special requests.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-24
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "room_assignment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("participant_id", sa.Integer(), nullable=False),
        sa.Column("hotel_id", sa.Integer(), nullable=False),
        sa.Column("room_type_id", sa.Integer(), nullable=False),
        sa.Column("arrival", sa.Date(), nullable=False),
        sa.Column("departure", sa.Date(), nullable=False),
        sa.Column("room_label", sa.String(length=40), nullable=False),
        sa.Column("share_group", sa.String(length=40), nullable=True),
        sa.Column("locked", sa.Boolean(), nullable=False),
        sa.Column("billing", sa.Enum("organiser", "guest", name="billing", native_enum=False,
                                     create_constraint=True, length=24), nullable=False),
        sa.Column("confirmation", sa.String(length=60), nullable=False),
        sa.Column("special_requests", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("departure > arrival", name=op.f("ck_room_assignment_departure_after_arrival")),
        sa.ForeignKeyConstraint(["participant_id"], ["participant.id"],
                                name=op.f("fk_room_assignment_participant_id_participant"), ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["hotel_id"], ["hotel.id"],
                                name=op.f("fk_room_assignment_hotel_id_hotel"), ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["room_type_id"], ["room_type.id"],
                                name=op.f("fk_room_assignment_room_type_id_room_type"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_room_assignment")),
        sa.UniqueConstraint("participant_id", name=op.f("uq_room_assignment_participant_id")),
    )
    with op.batch_alter_table("room_assignment", schema=None) as batch_op:
        batch_op.create_index("ix_room_assignment_hotel_type", ["hotel_id", "room_type_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_room_assignment_room_type_id"), ["room_type_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("room_assignment", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_room_assignment_room_type_id"))
        batch_op.drop_index("ix_room_assignment_hotel_type")
    op.drop_table("room_assignment")
