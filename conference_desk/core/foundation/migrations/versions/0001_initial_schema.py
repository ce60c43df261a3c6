"""initial schema

Revision ID: 0001
Revises: 
Create Date: 2026-11-21 23:53:17.430996
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('audit_log',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('operator', sa.String(length=80), nullable=False),
    sa.Column('desk', sa.String(length=40), nullable=False),
    sa.Column('action', sa.String(length=40), nullable=False),
    sa.Column('entity', sa.String(length=40), nullable=False),
    sa.Column('entity_id', sa.Integer(), nullable=True),
    sa.Column('summary', sa.String(length=300), nullable=False),
    sa.Column('changes', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_log'))
    )
    with op.batch_alter_table('audit_log', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_audit_log_at'), ['at'], unique=False)
        batch_op.create_index('ix_audit_log_entity', ['entity', 'entity_id'], unique=False)

    op.create_table('category',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=40), nullable=False),
    sa.Column('label_en', sa.String(length=80), nullable=False),
    sa.Column('label_fr', sa.String(length=80), nullable=False),
    sa.Column('label_es', sa.String(length=80), nullable=False),
    sa.Column('colour', sa.String(length=7), nullable=False),
    sa.Column('text_colour', sa.String(length=7), nullable=False),
    sa.Column('sort_order', sa.Integer(), nullable=False),
    sa.Column('priority', sa.Integer(), nullable=False),
    sa.CheckConstraint("colour LIKE '#%' AND length(colour) = 7", name=op.f('ck_category_colour_hex')),
    sa.CheckConstraint("text_colour LIKE '#%' AND length(text_colour) = 7", name=op.f('ck_category_text_colour_hex')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_category')),
    sa.UniqueConstraint('code', name=op.f('uq_category_code'))
    )
    op.create_table('conference',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=40), nullable=False),
    sa.Column('name_en', sa.String(length=300), nullable=False),
    sa.Column('name_fr', sa.String(length=300), nullable=False),
    sa.Column('name_es', sa.String(length=300), nullable=False),
    sa.Column('short_name', sa.String(length=40), nullable=False),
    sa.Column('theme_en', sa.String(length=300), nullable=False),
    sa.Column('theme_fr', sa.String(length=300), nullable=False),
    sa.Column('theme_es', sa.String(length=300), nullable=False),
    sa.Column('arrival_date', sa.Date(), nullable=False),
    sa.Column('start_date', sa.Date(), nullable=False),
    sa.Column('end_date', sa.Date(), nullable=False),
    sa.Column('departure_date', sa.Date(), nullable=False),
    sa.Column('city', sa.String(length=120), nullable=False),
    sa.Column('country_iso3', sa.String(length=3), nullable=False),
    sa.Column('timezone', sa.String(length=64), nullable=False),
    sa.Column('venue_name', sa.String(length=200), nullable=False),
    sa.Column('venue_address', sa.String(length=300), nullable=False),
    sa.Column('venue_description', sa.Text(), nullable=False),
    sa.Column('working_languages', sa.String(length=40), nullable=False),
    sa.Column('organisers', sa.Text(), nullable=False),
    sa.Column('hosts', sa.Text(), nullable=False),
    sa.Column('venue_opens', sa.Time(), nullable=True),
    sa.Column('venue_closes', sa.Time(), nullable=True),
    sa.Column('badge_secret', sa.LargeBinary(length=64), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.CheckConstraint('arrival_date <= start_date', name=op.f('ck_conference_arrival_before_start')),
    sa.CheckConstraint('end_date <= departure_date', name=op.f('ck_conference_end_before_departure')),
    sa.CheckConstraint('start_date <= end_date', name=op.f('ck_conference_start_before_end')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_conference')),
    sa.UniqueConstraint('code', name=op.f('uq_conference_code'))
    )
    op.create_table('hotel',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=160), nullable=False),
    sa.Column('address', sa.String(length=300), nullable=False),
    sa.Column('phone', sa.String(length=40), nullable=False),
    sa.Column('email', sa.String(length=254), nullable=False),
    sa.Column('contact_name', sa.String(length=160), nullable=False),
    sa.Column('cutoff_date', sa.Date(), nullable=True),
    sa.Column('attrition_percent', sa.Integer(), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.CheckConstraint('attrition_percent BETWEEN 0 AND 100', name=op.f('ck_hotel_attrition_percent_range')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_hotel')),
    sa.UniqueConstraint('name', name=op.f('uq_hotel_name'))
    )
    op.create_table('interpreter',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('given_name', sa.String(length=120), nullable=False),
    sa.Column('family_name', sa.String(length=120), nullable=False),
    sa.Column('email', sa.String(length=254), nullable=False),
    sa.Column('phone', sa.String(length=40), nullable=False),
    sa.Column('contract', sa.Enum('freelance', 'staff', name='interpreter_contract', native_enum=False, create_constraint=True, length=24), nullable=False),
    sa.Column('is_local', sa.Boolean(), nullable=False),
    sa.Column('daily_rate', sa.Numeric(precision=10, scale=2), nullable=False),
    sa.Column('currency', sa.String(length=3), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.CheckConstraint("family_name <> ''", name=op.f('ck_interpreter_family_name_required')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_interpreter'))
    )
    op.create_table('member_state',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('iso3', sa.String(length=3), nullable=False),
    sa.Column('iso2', sa.String(length=2), nullable=False),
    sa.Column('name_en', sa.String(length=120), nullable=False),
    sa.Column('name_fr', sa.String(length=120), nullable=False),
    sa.Column('name_es', sa.String(length=120), nullable=False),
    sa.Column('region', sa.Enum('AFR', 'ARB', 'APA', 'EUR', 'LAC', name='region', native_enum=False, create_constraint=True, length=24), nullable=False),
    sa.Column('status', sa.Enum('member', 'associate', name='membership_status', native_enum=False, create_constraint=True, length=24), nullable=False),
    sa.CheckConstraint('length(iso2) = 2', name=op.f('ck_member_state_iso2_length')),
    sa.CheckConstraint('length(iso3) = 3', name=op.f('ck_member_state_iso3_length')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_member_state')),
    sa.UniqueConstraint('iso2', name=op.f('uq_member_state_iso2')),
    sa.UniqueConstraint('iso3', name=op.f('uq_member_state_iso3'))
    )
    op.create_table('setting',
    sa.Column('key', sa.String(length=80), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_setting'))
    )
    op.create_table('venue_room',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.Column('location', sa.String(length=200), nullable=False),
    sa.Column('capacity', sa.Integer(), nullable=False),
    sa.Column('layout', sa.String(length=40), nullable=False),
    sa.Column('booths', sa.Integer(), nullable=False),
    sa.Column('booth_languages', sa.String(length=40), nullable=False),
    sa.Column('equipment', sa.Text(), nullable=False),
    sa.Column('sort_order', sa.Integer(), nullable=False),
    sa.CheckConstraint('booths >= 0', name=op.f('ck_venue_room_booths_not_negative')),
    sa.CheckConstraint('capacity > 0', name=op.f('ck_venue_room_capacity_positive')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_venue_room')),
    sa.UniqueConstraint('name', name=op.f('uq_venue_room_name'))
    )
    op.create_table('delegation',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.Enum('member_state', 'igo', 'ngo', 'private', 'unesco', 'host', name='delegation_kind', native_enum=False, create_constraint=True, length=24), nullable=False),
    sa.Column('member_state_id', sa.Integer(), nullable=True),
    sa.Column('organisation_name', sa.String(length=200), nullable=False),
    sa.Column('head_id', sa.Integer(), nullable=True),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.CheckConstraint("(kind = 'member_state' AND member_state_id IS NOT NULL) OR (kind <> 'member_state' AND member_state_id IS NULL AND organisation_name <> '')", name=op.f('ck_delegation_state_or_organisation')),
    sa.ForeignKeyConstraint(['member_state_id'], ['member_state.id'], name=op.f('fk_delegation_member_state_id_member_state'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_delegation')),
    sa.UniqueConstraint('member_state_id', name=op.f('uq_delegation_member_state_id'))
    )
    op.create_table('interpreter_availability',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('interpreter_id', sa.Integer(), nullable=False),
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('half', sa.String(length=2), nullable=False),
    sa.Column('available', sa.Boolean(), nullable=False),
    sa.CheckConstraint("half IN ('am', 'pm')", name=op.f('ck_interpreter_availability_half_day')),
    sa.ForeignKeyConstraint(['interpreter_id'], ['interpreter.id'], name=op.f('fk_interpreter_availability_interpreter_id_interpreter'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_interpreter_availability')),
    sa.UniqueConstraint('interpreter_id', 'day', 'half', name='uq_interpreter_availability')
    )
    op.create_table('interpreter_language',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('interpreter_id', sa.Integer(), nullable=False),
    sa.Column('language', sa.String(length=8), nullable=False),
    sa.Column('language_class', sa.Enum('A', 'B', 'C', name='language_class', native_enum=False, create_constraint=True, length=24), nullable=False),
    sa.Column('retour', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['interpreter_id'], ['interpreter.id'], name=op.f('fk_interpreter_language_interpreter_id_interpreter'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_interpreter_language')),
    sa.UniqueConstraint('interpreter_id', 'language', name='uq_interpreter_language')
    )
    op.create_table('programme_session',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=40), nullable=False),
    sa.Column('type', sa.Enum('ceremony', 'plenary', 'thematic_forum', 'regional_forum', 'mayors_forum', 'break', name='session_type', native_enum=False, create_constraint=True, length=24), nullable=False),
    sa.Column('title_en', sa.String(length=300), nullable=False),
    sa.Column('title_fr', sa.String(length=300), nullable=False),
    sa.Column('title_es', sa.String(length=300), nullable=False),
    sa.Column('description_en', sa.Text(), nullable=False),
    sa.Column('description_fr', sa.Text(), nullable=False),
    sa.Column('description_es', sa.Text(), nullable=False),
    sa.Column('starts_at', sa.DateTime(), nullable=True),
    sa.Column('ends_at', sa.DateTime(), nullable=True),
    sa.Column('venue_room_id', sa.Integer(), nullable=True),
    sa.Column('interpretation', sa.String(length=40), nullable=False),
    sa.Column('expected_attendance', sa.Integer(), nullable=False),
    sa.Column('region', sa.Enum('AFR', 'ARB', 'APA', 'EUR', 'LAC', name='region', native_enum=False, create_constraint=True, length=24), nullable=True),
    sa.Column('sort_order', sa.Integer(), nullable=False),
    sa.CheckConstraint('(starts_at IS NULL AND ends_at IS NULL) OR (starts_at IS NOT NULL AND ends_at IS NOT NULL AND ends_at > starts_at)', name=op.f('ck_programme_session_times_consistent')),
    sa.CheckConstraint('expected_attendance >= 0', name=op.f('ck_programme_session_attendance_not_negative')),
    sa.ForeignKeyConstraint(['venue_room_id'], ['venue_room.id'], name=op.f('fk_programme_session_venue_room_id_venue_room'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_programme_session')),
    sa.UniqueConstraint('code', name=op.f('uq_programme_session_code'))
    )
    op.create_table('room_type',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('hotel_id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=20), nullable=False),
    sa.Column('name', sa.String(length=80), nullable=False),
    sa.Column('capacity', sa.Integer(), nullable=False),
    sa.Column('rate', sa.Numeric(precision=10, scale=2), nullable=False),
    sa.Column('currency', sa.String(length=3), nullable=False),
    sa.Column('accessible', sa.Boolean(), nullable=False),
    sa.CheckConstraint('capacity BETWEEN 1 AND 8', name=op.f('ck_room_type_capacity_range')),
    sa.CheckConstraint('rate >= 0', name=op.f('ck_room_type_rate_not_negative')),
    sa.ForeignKeyConstraint(['hotel_id'], ['hotel.id'], name=op.f('fk_room_type_hotel_id_hotel'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_room_type')),
    sa.UniqueConstraint('hotel_id', 'code', name='uq_room_type_hotel_code')
    )
    op.create_table('participant',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('external_id', sa.String(length=80), nullable=True),
    sa.Column('delegation_id', sa.Integer(), nullable=True),
    sa.Column('category_id', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=40), nullable=False),
    sa.Column('given_name', sa.String(length=120), nullable=False),
    sa.Column('family_name', sa.String(length=120), nullable=False),
    sa.Column('given_name_latin', sa.String(length=120), nullable=False),
    sa.Column('family_name_latin', sa.String(length=120), nullable=False),
    sa.Column('badge_name', sa.String(length=160), nullable=False),
    sa.Column('search_text', sa.Text(), nullable=False),
    sa.Column('gender', sa.Enum('F', 'M', 'X', 'U', name='gender', native_enum=False, create_constraint=True, length=24), nullable=False),
    sa.Column('position', sa.String(length=200), nullable=False),
    sa.Column('organisation', sa.String(length=200), nullable=False),
    sa.Column('city', sa.String(length=120), nullable=False),
    sa.Column('email', sa.String(length=254), nullable=False),
    sa.Column('phone', sa.String(length=40), nullable=False),
    sa.Column('preferred_language', sa.Enum('en', 'fr', 'es', name='language', native_enum=False, create_constraint=True, length=24), nullable=False),
    sa.Column('arrival_date', sa.Date(), nullable=True),
    sa.Column('departure_date', sa.Date(), nullable=True),
    sa.Column('needs_hotel', sa.Boolean(), nullable=False),
    sa.Column('preferred_hotel_id', sa.Integer(), nullable=True),
    sa.Column('room_type_request', sa.String(length=20), nullable=False),
    sa.Column('sharer_note', sa.String(length=200), nullable=False),
    sa.Column('hotel_funded', sa.Boolean(), nullable=False),
    sa.Column('accessibility_needs', sa.Text(), nullable=False),
    sa.Column('dietary_needs', sa.String(length=200), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('status', sa.Enum('registered', 'confirmed', 'cancelled', name='participant_status', native_enum=False, create_constraint=True, length=24), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('row_version', sa.Integer(), nullable=False),
    sa.CheckConstraint("family_name <> ''", name=op.f('ck_participant_family_name_required')),
    sa.CheckConstraint('departure_date IS NULL OR arrival_date IS NULL OR departure_date >= arrival_date', name=op.f('ck_participant_departure_after_arrival')),
    sa.ForeignKeyConstraint(['category_id'], ['category.id'], name=op.f('fk_participant_category_id_category'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['delegation_id'], ['delegation.id'], name=op.f('fk_participant_delegation_id_delegation'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['preferred_hotel_id'], ['hotel.id'], name=op.f('fk_participant_preferred_hotel_id_hotel'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_participant')),
    sa.UniqueConstraint('external_id', name=op.f('uq_participant_external_id'))
    )
    with op.batch_alter_table('participant', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_participant_category_id'), ['category_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_participant_delegation_id'), ['delegation_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_participant_email'), ['email'], unique=False)
        batch_op.create_index('ix_participant_names', ['family_name', 'given_name'], unique=False)

    # delegation.head_id and participant.delegation_id refer to each other:
    # the head-of-delegation key is added once both tables exist.
    with op.batch_alter_table('delegation', schema=None) as batch_op:
        batch_op.create_foreign_key('fk_delegation_head_id_participant', 'participant', ['head_id'], ['id'], ondelete='SET NULL')

    op.create_table('room_block',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('room_type_id', sa.Integer(), nullable=False),
    sa.Column('night', sa.Date(), nullable=False),
    sa.Column('rooms', sa.Integer(), nullable=False),
    sa.Column('billing', sa.Enum('organiser', 'guest', name='billing', native_enum=False, create_constraint=True, length=24), nullable=False),
    sa.CheckConstraint('rooms >= 0', name=op.f('ck_room_block_rooms_not_negative')),
    sa.ForeignKeyConstraint(['room_type_id'], ['room_type.id'], name=op.f('fk_room_block_room_type_id_room_type'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_room_block')),
    sa.UniqueConstraint('room_type_id', 'night', name='uq_room_block_type_night')
    )
    op.create_table('badge',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('participant_id', sa.Integer(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=80), nullable=False),
    sa.Column('layout', sa.String(length=20), nullable=False),
    sa.Column('issued_at', sa.DateTime(), nullable=False),
    sa.Column('printed_at', sa.DateTime(), nullable=True),
    sa.Column('revoked_at', sa.DateTime(), nullable=True),
    sa.Column('revoke_reason', sa.String(length=200), nullable=False),
    sa.CheckConstraint('version >= 1', name=op.f('ck_badge_version_positive')),
    sa.ForeignKeyConstraint(['participant_id'], ['participant.id'], name=op.f('fk_badge_participant_id_participant'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_badge')),
    sa.UniqueConstraint('code', name=op.f('uq_badge_code')),
    sa.UniqueConstraint('participant_id', 'version', name='uq_badge_participant_version')
    )
    with op.batch_alter_table('badge', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_badge_participant_id'), ['participant_id'], unique=False)

    op.create_table('session_person',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('session_id', sa.Integer(), nullable=False),
    sa.Column('participant_id', sa.Integer(), nullable=False),
    sa.Column('role', sa.Enum('speaker', 'moderator', 'rapporteur', 'panellist', name='session_role', native_enum=False, create_constraint=True, length=24), nullable=False),
    sa.ForeignKeyConstraint(['participant_id'], ['participant.id'], name=op.f('fk_session_person_participant_id_participant'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['session_id'], ['programme_session.id'], name=op.f('fk_session_person_session_id_programme_session'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_session_person')),
    sa.UniqueConstraint('session_id', 'participant_id', 'role', name='uq_session_person')
    )
    with op.batch_alter_table('session_person', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_session_person_participant_id'), ['participant_id'], unique=False)

    op.create_table('sign_up',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('session_id', sa.Integer(), nullable=False),
    sa.Column('participant_id', sa.Integer(), nullable=False),
    sa.Column('waitlisted', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['participant_id'], ['participant.id'], name=op.f('fk_sign_up_participant_id_participant'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['session_id'], ['programme_session.id'], name=op.f('fk_sign_up_session_id_programme_session'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sign_up')),
    sa.UniqueConstraint('session_id', 'participant_id', name='uq_sign_up_session_participant')
    )
    with op.batch_alter_table('sign_up', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_sign_up_participant_id'), ['participant_id'], unique=False)

    op.create_table('checkin_event',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('participant_id', sa.Integer(), nullable=True),
    sa.Column('badge_id', sa.Integer(), nullable=True),
    sa.Column('place', sa.Enum('venue', 'session', name='checkin_place', native_enum=False, create_constraint=True, length=24), nullable=False),
    sa.Column('session_id', sa.Integer(), nullable=True),
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('desk', sa.String(length=40), nullable=False),
    sa.Column('operator', sa.String(length=80), nullable=False),
    sa.Column('scanned_at', sa.DateTime(), nullable=False),
    sa.Column('nonce', sa.String(length=64), nullable=False),
    sa.Column('outcome', sa.Enum('admitted', 'already_in', 'rejected', name='checkin_outcome', native_enum=False, create_constraint=True, length=24), nullable=False),
    sa.Column('reason', sa.String(length=200), nullable=False),
    sa.Column('scanned_code', sa.String(length=200), nullable=False),
    sa.CheckConstraint("(place = 'venue' AND session_id IS NULL) OR (place = 'session' AND session_id IS NOT NULL)", name=op.f('ck_checkin_event_place_consistent')),
    sa.ForeignKeyConstraint(['badge_id'], ['badge.id'], name=op.f('fk_checkin_event_badge_id_badge'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['participant_id'], ['participant.id'], name=op.f('fk_checkin_event_participant_id_participant'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['session_id'], ['programme_session.id'], name=op.f('fk_checkin_event_session_id_programme_session'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_checkin_event')),
    sa.UniqueConstraint('nonce', name=op.f('uq_checkin_event_nonce'))
    )
    with op.batch_alter_table('checkin_event', schema=None) as batch_op:
        batch_op.create_index('ix_checkin_event_day_place', ['day', 'place', 'session_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_checkin_event_participant_id'), ['participant_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('delegation', schema=None) as batch_op:
        batch_op.drop_constraint('fk_delegation_head_id_participant', type_='foreignkey')
    with op.batch_alter_table('checkin_event', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_checkin_event_participant_id'))
        batch_op.drop_index('ix_checkin_event_day_place')

    op.drop_table('checkin_event')
    with op.batch_alter_table('sign_up', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_sign_up_participant_id'))

    op.drop_table('sign_up')
    with op.batch_alter_table('session_person', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_session_person_participant_id'))

    op.drop_table('session_person')
    with op.batch_alter_table('badge', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_badge_participant_id'))

    op.drop_table('badge')
    op.drop_table('room_block')
    with op.batch_alter_table('participant', schema=None) as batch_op:
        batch_op.drop_index('ix_participant_names')
        batch_op.drop_index(batch_op.f('ix_participant_email'))
        batch_op.drop_index(batch_op.f('ix_participant_delegation_id'))
        batch_op.drop_index(batch_op.f('ix_participant_category_id'))

    op.drop_table('participant')
    op.drop_table('room_type')
    op.drop_table('programme_session')
    op.drop_table('interpreter_language')
    op.drop_table('interpreter_availability')
    op.drop_table('delegation')
    op.drop_table('venue_room')
    op.drop_table('setting')
    op.drop_table('member_state')
    op.drop_table('interpreter')
    op.drop_table('hotel')
    op.drop_table('conference')
    op.drop_table('category')
    with op.batch_alter_table('audit_log', schema=None) as batch_op:
        batch_op.drop_index('ix_audit_log_entity')
        batch_op.drop_index(batch_op.f('ix_audit_log_at'))

    op.drop_table('audit_log')
