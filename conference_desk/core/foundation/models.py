"""The data model of a conference (SQLAlchemy 2, typed declarative).

One database holds one conference: the ``conference`` table has a single row,
and every other table belongs to it implicitly.  Reference data (Member States,
categories, venue rooms, hotels) ships in ``resources/`` and is loaded by
``conference_desk.core.foundation.setup_data``; everything is editable afterwards.

Schema changes go through Alembic (``conference_desk/migrations``).  The test
``tests/unit/test_migrations.py`` fails when this module and the migrations
disagree.
"""

from __future__ import annotations

import datetime as dt
import enum
from typing import Optional

from sqlalchemy import (
    CheckConstraint,
    Date,
    DateTime,
    Enum,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    Numeric,
    String,
    Text,
    Time,
    UniqueConstraint,
    false,
    func,
)
from sqlalchemy import text as sa_text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

# Stable constraint names, so that Alembic batch migrations on SQLite and
# PostgreSQL name things the same way.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


def _enum(cls: type[enum.Enum], name: str) -> Enum:
    """Store enums by their value as plain strings with a CHECK constraint."""
    return Enum(
        cls,
        name=name,
        native_enum=False,
        values_callable=lambda e: [m.value for m in e],
        validate_strings=True,
        create_constraint=True,
        length=24,
    )


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)


# --------------------------------------------------------------------------
# Enumerations (labels for users live in core/labels.py, translated there)
# --------------------------------------------------------------------------


class Region(str, enum.Enum):
    """UNESCO's five regional groups."""

    AFRICA = "AFR"
    ARAB_STATES = "ARB"
    ASIA_PACIFIC = "APA"
    EUROPE_NORTH_AMERICA = "EUR"
    LATIN_AMERICA_CARIBBEAN = "LAC"


class MembershipStatus(str, enum.Enum):
    MEMBER = "member"
    ASSOCIATE = "associate"


class DelegationKind(str, enum.Enum):
    MEMBER_STATE = "member_state"
    IGO = "igo"
    NGO = "ngo"
    PRIVATE_SECTOR = "private"
    UNESCO = "unesco"
    HOST = "host"


class Gender(str, enum.Enum):
    FEMALE = "F"
    MALE = "M"
    OTHER = "X"
    UNSPECIFIED = "U"


class Language(str, enum.Enum):
    """The conference's working languages (interpretation and documents)."""

    EN = "en"
    FR = "fr"
    ES = "es"


class ParticipantStatus(str, enum.Enum):
    REGISTERED = "registered"
    CONFIRMED = "confirmed"
    CANCELLED = "cancelled"


class Billing(str, enum.Enum):
    ORGANISER = "organiser"
    GUEST = "guest"


class SessionType(str, enum.Enum):
    CEREMONY = "ceremony"
    PLENARY = "plenary"
    THEMATIC_FORUM = "thematic_forum"
    REGIONAL_FORUM = "regional_forum"
    MAYORS_FORUM = "mayors_forum"
    BREAK = "break"


class SessionRole(str, enum.Enum):
    SPEAKER = "speaker"
    MODERATOR = "moderator"
    RAPPORTEUR = "rapporteur"
    PANELLIST = "panellist"


class LanguageClass(str, enum.Enum):
    """AIIC language classes."""

    A = "A"  # mother tongue: works into it from all others
    B = "B"  # active: works into it
    C = "C"  # passive: works only from it


class InterpreterContract(str, enum.Enum):
    FREELANCE = "freelance"
    STAFF = "staff"


class CheckInPlace(str, enum.Enum):
    VENUE = "venue"
    SESSION = "session"


class CheckInOutcome(str, enum.Enum):
    ADMITTED = "admitted"
    ALREADY_IN = "already_in"
    REJECTED = "rejected"
    # An admission taken back at the desk (the admitted row is marked UNDONE, and an UNDO event
    # naming it records who, when and why): nothing is deleted, and the person may be admitted
    # again, exactly once (migration 0008).
    UNDONE = "undone"
    UNDO = "undo"


# --------------------------------------------------------------------------
# The conference and its reference data
# --------------------------------------------------------------------------


class Conference(Base):
    __tablename__ = "conference"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    name_en: Mapped[str] = mapped_column(String(300))
    name_fr: Mapped[str] = mapped_column(String(300), default="")
    name_es: Mapped[str] = mapped_column(String(300), default="")
    short_name: Mapped[str] = mapped_column(String(40), default="")
    theme_en: Mapped[str] = mapped_column(String(300), default="")
    theme_fr: Mapped[str] = mapped_column(String(300), default="")
    theme_es: Mapped[str] = mapped_column(String(300), default="")
    arrival_date: Mapped[dt.date] = mapped_column(Date)
    start_date: Mapped[dt.date] = mapped_column(Date)
    end_date: Mapped[dt.date] = mapped_column(Date)
    departure_date: Mapped[dt.date] = mapped_column(Date)
    city: Mapped[str] = mapped_column(String(120), default="")
    country_iso3: Mapped[str] = mapped_column(String(3), default="")
    timezone: Mapped[str] = mapped_column(String(64), default="UTC")
    venue_name: Mapped[str] = mapped_column(String(200), default="")
    venue_address: Mapped[str] = mapped_column(String(300), default="")
    venue_description: Mapped[str] = mapped_column(Text, default="")
    # Comma-separated language codes, e.g. "en,fr,es".
    working_languages: Mapped[str] = mapped_column(String(40), default="en,fr,es")
    organisers: Mapped[str] = mapped_column(Text, default="")
    hosts: Mapped[str] = mapped_column(Text, default="")
    venue_opens: Mapped[Optional[dt.time]] = mapped_column(nullable=True)
    venue_closes: Mapped[Optional[dt.time]] = mapped_column(nullable=True)
    # Key that signs badge QR codes (issue: badges).  Never exported.
    badge_secret: Mapped[bytes] = mapped_column(LargeBinary(64))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)

    __table_args__ = (
        CheckConstraint("arrival_date <= start_date", name="arrival_before_start"),
        CheckConstraint("start_date <= end_date", name="start_before_end"),
        CheckConstraint("end_date <= departure_date", name="end_before_departure"),
    )

    def name(self, lang: str) -> str:
        return getattr(self, f"name_{lang}", "") or self.name_en

    def languages(self) -> list[str]:
        return [code for code in self.working_languages.split(",") if code]


class MemberState(Base):
    """A UNESCO Member State or Associate Member, with UN short names."""

    __tablename__ = "member_state"

    id: Mapped[int] = mapped_column(primary_key=True)
    iso3: Mapped[str] = mapped_column(String(3), unique=True)
    iso2: Mapped[str] = mapped_column(String(2), unique=True)
    name_en: Mapped[str] = mapped_column(String(120))
    name_fr: Mapped[str] = mapped_column(String(120))
    name_es: Mapped[str] = mapped_column(String(120))
    region: Mapped[Region] = mapped_column(_enum(Region, "region"))
    status: Mapped[MembershipStatus] = mapped_column(
        _enum(MembershipStatus, "membership_status"), default=MembershipStatus.MEMBER
    )

    __table_args__ = (
        CheckConstraint("length(iso3) = 3", name="iso3_length"),
        CheckConstraint("length(iso2) = 2", name="iso2_length"),
    )

    def name(self, lang: str) -> str:
        return getattr(self, f"name_{lang}", "") or self.name_en


class Category(Base):
    """A participant category, with the badge colour and label in 3 languages."""

    __tablename__ = "category"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    label_en: Mapped[str] = mapped_column(String(80))
    label_fr: Mapped[str] = mapped_column(String(80))
    label_es: Mapped[str] = mapped_column(String(80))
    colour: Mapped[str] = mapped_column(String(7), default="#1f4e79")
    text_colour: Mapped[str] = mapped_column(String(7), default="#ffffff")
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    # Protocol priority for hotels and seating: lower is earlier.
    priority: Mapped[int] = mapped_column(Integer, default=50)

    __table_args__ = (
        CheckConstraint("colour LIKE '#%' AND length(colour) = 7", name="colour_hex"),
        CheckConstraint(
            "text_colour LIKE '#%' AND length(text_colour) = 7", name="text_colour_hex"
        ),
    )

    def label(self, lang: str) -> str:
        return getattr(self, f"label_{lang}", "") or self.label_en


# --------------------------------------------------------------------------
# Registration: delegations and participants
# --------------------------------------------------------------------------


class Delegation(Base):
    """A Member State's delegation or an organisation's group of participants."""

    __tablename__ = "delegation"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[DelegationKind] = mapped_column(_enum(DelegationKind, "delegation_kind"))
    member_state_id: Mapped[Optional[int]] = mapped_column(
        ForeignKey("member_state.id", ondelete="RESTRICT"), unique=True, nullable=True
    )
    organisation_name: Mapped[str] = mapped_column(String(200), default="")
    head_id: Mapped[Optional[int]] = mapped_column(
        ForeignKey(
            "participant.id",
            ondelete="SET NULL",
            use_alter=True,
            name="fk_delegation_head_id_participant",
        ),
        nullable=True,
    )
    notes: Mapped[str] = mapped_column(Text, default="")

    member_state: Mapped[Optional[MemberState]] = relationship()
    participants: Mapped[list["Participant"]] = relationship(
        back_populates="delegation", foreign_keys="Participant.delegation_id"
    )
    head: Mapped[Optional["Participant"]] = relationship(
        foreign_keys=[head_id], post_update=True
    )

    __table_args__ = (
        # A Member State's delegation names its state; an organisation's its name.
        CheckConstraint(
            "(kind = 'member_state' AND member_state_id IS NOT NULL)"
            " OR (kind <> 'member_state' AND member_state_id IS NULL"
            " AND organisation_name <> '')",
            name="state_or_organisation",
        ),
    )

    def display_name(self, lang: str = "en") -> str:
        if self.member_state is not None:
            return self.member_state.name(lang)
        from .terms import organisation_name

        return organisation_name(self.organisation_name, lang)


class Participant(Base):
    __tablename__ = "participant"

    id: Mapped[int] = mapped_column(primary_key=True)
    # Registration id from an external system (import matching).
    external_id: Mapped[Optional[str]] = mapped_column(String(80), unique=True, nullable=True)
    delegation_id: Mapped[Optional[int]] = mapped_column(
        ForeignKey("delegation.id", ondelete="RESTRICT"), nullable=True, index=True
    )
    category_id: Mapped[int] = mapped_column(
        ForeignKey("category.id", ondelete="RESTRICT"), index=True
    )
    title: Mapped[str] = mapped_column(String(40), default="")
    given_name: Mapped[str] = mapped_column(String(120), default="")
    family_name: Mapped[str] = mapped_column(String(120))
    # Latin forms, for names written in another script (badge fallback, search).
    given_name_latin: Mapped[str] = mapped_column(String(120), default="")
    family_name_latin: Mapped[str] = mapped_column(String(120), default="")
    badge_name: Mapped[str] = mapped_column(String(160), default="")
    # Accent-free, lower-case, transliterated text of every searchable field
    # (kept up to date on every write; search is a LIKE on it, see registration.py).
    search_text: Mapped[str] = mapped_column(Text, default="")
    # "family given" folded the same way: the default order, walked by its index.
    sort_name: Mapped[str] = mapped_column(String(250), default="", server_default="", index=True)
    gender: Mapped[Gender] = mapped_column(_enum(Gender, "gender"), default=Gender.UNSPECIFIED)
    position: Mapped[str] = mapped_column(String(200), default="")
    organisation: Mapped[str] = mapped_column(String(200), default="")
    city: Mapped[str] = mapped_column(String(120), default="")
    email: Mapped[str] = mapped_column(String(254), default="", index=True)
    phone: Mapped[str] = mapped_column(String(40), default="")
    preferred_language: Mapped[Language] = mapped_column(
        _enum(Language, "language"), default=Language.EN
    )
    # Sensitive (core/safety/privacy.py): masked for desk clerks, left out of exports unless asked for.
    passport_number: Mapped[str] = mapped_column(String(20), default="", server_default="")
    date_of_birth: Mapped[Optional[dt.date]] = mapped_column(Date, nullable=True)
    arrival_date: Mapped[Optional[dt.date]] = mapped_column(Date, nullable=True)
    departure_date: Mapped[Optional[dt.date]] = mapped_column(Date, nullable=True)
    # Flights (ground transport, migration 0012): number, local time and terminal on the arrival and
    # departure dates above; ``own_transport`` = "own arrangement" (no pick-up wanted).
    arrival_flight: Mapped[str] = mapped_column(String(10), default="", server_default="")
    arrival_time: Mapped[Optional[dt.time]] = mapped_column(Time, nullable=True)
    arrival_terminal: Mapped[str] = mapped_column(String(4), default="", server_default="")
    departure_flight: Mapped[str] = mapped_column(String(10), default="", server_default="")
    departure_time: Mapped[Optional[dt.time]] = mapped_column(Time, nullable=True)
    departure_terminal: Mapped[str] = mapped_column(String(4), default="", server_default="")
    own_transport: Mapped[bool] = mapped_column(default=False, server_default=false())
    needs_hotel: Mapped[bool] = mapped_column(default=False)
    preferred_hotel_id: Mapped[Optional[int]] = mapped_column(
        ForeignKey("hotel.id", ondelete="SET NULL"), nullable=True
    )
    room_type_request: Mapped[str] = mapped_column(String(20), default="")
    sharer_note: Mapped[str] = mapped_column(String(200), default="")
    hotel_funded: Mapped[bool] = mapped_column(default=False)
    accessibility_needs: Mapped[str] = mapped_column(Text, default="")
    dietary_needs: Mapped[str] = mapped_column(String(200), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[ParticipantStatus] = mapped_column(
        _enum(ParticipantStatus, "participant_status"), default=ParticipantStatus.REGISTERED
    )
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)
    # Optimistic locking: a stale edit raises StaleDataError instead of overwriting.
    row_version: Mapped[int] = mapped_column(Integer, default=1)

    delegation: Mapped[Optional[Delegation]] = relationship(
        back_populates="participants", foreign_keys=[delegation_id]
    )
    category: Mapped[Category] = relationship()
    preferred_hotel: Mapped[Optional["Hotel"]] = relationship()
    badges: Mapped[list["Badge"]] = relationship(back_populates="participant")

    __mapper_args__ = {"version_id_col": row_version}
    __table_args__ = (
        CheckConstraint("family_name <> ''", name="family_name_required"),
        CheckConstraint(
            "departure_date IS NULL OR arrival_date IS NULL OR departure_date >= arrival_date",
            name="departure_after_arrival",
        ),
        Index("ix_participant_names", "family_name", "given_name"),
    )

    @property
    def full_name(self) -> str:
        return " ".join(part for part in (self.given_name, self.family_name) if part)

    @property
    def latin_name(self) -> str:
        given = self.given_name_latin or self.given_name
        family = self.family_name_latin or self.family_name
        return " ".join(part for part in (given, family) if part)


# --------------------------------------------------------------------------
# Hotels
# --------------------------------------------------------------------------


class ParticipantWord(Base):
    """One search word of a participant (see text.words): search is an indexed
    prefix lookup here, so typing stays instant with 100,000 participants."""

    __tablename__ = "participant_word"

    word: Mapped[str] = mapped_column(String(60), primary_key=True)
    participant_id: Mapped[int] = mapped_column(
        ForeignKey("participant.id", ondelete="CASCADE"), primary_key=True
    )

    __table_args__ = (Index("ix_participant_word_participant", "participant_id", "word"),)


class Hotel(Base):
    __tablename__ = "hotel"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(160), unique=True)
    address: Mapped[str] = mapped_column(String(300), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    email: Mapped[str] = mapped_column(String(254), default="")
    contact_name: Mapped[str] = mapped_column(String(160), default="")
    cutoff_date: Mapped[Optional[dt.date]] = mapped_column(Date, nullable=True)
    # Share of the block the organiser pays for anyway (attrition clause).
    attrition_percent: Mapped[int] = mapped_column(Integer, default=80)
    notes: Mapped[str] = mapped_column(Text, default="")

    room_types: Mapped[list["RoomType"]] = relationship(
        back_populates="hotel", cascade="all, delete-orphan", order_by="RoomType.id"
    )

    __table_args__ = (
        CheckConstraint(
            "attrition_percent BETWEEN 0 AND 100", name="attrition_percent_range"
        ),
    )


class RoomType(Base):
    __tablename__ = "room_type"

    id: Mapped[int] = mapped_column(primary_key=True)
    hotel_id: Mapped[int] = mapped_column(ForeignKey("hotel.id", ondelete="CASCADE"))
    code: Mapped[str] = mapped_column(String(20))  # single, double, twin, suite
    name: Mapped[str] = mapped_column(String(80))
    capacity: Mapped[int] = mapped_column(Integer, default=1)
    rate: Mapped[float] = mapped_column(Numeric(10, 2), default=0)
    currency: Mapped[str] = mapped_column(String(3), default="MXN")
    accessible: Mapped[bool] = mapped_column(default=False)

    hotel: Mapped[Hotel] = relationship(back_populates="room_types")
    blocks: Mapped[list["RoomBlock"]] = relationship(
        back_populates="room_type", cascade="all, delete-orphan", order_by="RoomBlock.night"
    )

    __table_args__ = (
        UniqueConstraint("hotel_id", "code", name="uq_room_type_hotel_code"),
        CheckConstraint("capacity BETWEEN 1 AND 8", name="capacity_range"),
        CheckConstraint("rate >= 0", name="rate_not_negative"),
    )


class RoomBlock(Base):
    """Rooms of one type held for one night (the night starting on ``night``)."""

    __tablename__ = "room_block"

    id: Mapped[int] = mapped_column(primary_key=True)
    room_type_id: Mapped[int] = mapped_column(ForeignKey("room_type.id", ondelete="CASCADE"))
    night: Mapped[dt.date] = mapped_column(Date)
    rooms: Mapped[int] = mapped_column(Integer)
    billing: Mapped[Billing] = mapped_column(_enum(Billing, "billing"), default=Billing.ORGANISER)

    room_type: Mapped[RoomType] = relationship(back_populates="blocks")

    __table_args__ = (
        UniqueConstraint("room_type_id", "night", name="uq_room_block_type_night"),
        CheckConstraint("rooms >= 0", name="rooms_not_negative"),
    )


# --------------------------------------------------------------------------
# Programme
# --------------------------------------------------------------------------


class VenueRoom(Base):
    __tablename__ = "venue_room"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120), unique=True)
    location: Mapped[str] = mapped_column(String(200), default="")
    capacity: Mapped[int] = mapped_column(Integer)
    layout: Mapped[str] = mapped_column(String(40), default="theatre")
    booths: Mapped[int] = mapped_column(Integer, default=0)
    # Comma-separated language codes the booths can serve.
    booth_languages: Mapped[str] = mapped_column(String(40), default="")
    equipment: Mapped[str] = mapped_column(Text, default="")
    sort_order: Mapped[int] = mapped_column(Integer, default=0)

    __table_args__ = (
        CheckConstraint("capacity > 0", name="capacity_positive"),
        CheckConstraint("booths >= 0", name="booths_not_negative"),
    )


class Session(Base):
    """A slot of the programme (named ``ProgrammeSession`` in code that also uses ORM sessions)."""

    __tablename__ = "programme_session"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    type: Mapped[SessionType] = mapped_column(_enum(SessionType, "session_type"))
    title_en: Mapped[str] = mapped_column(String(300))
    title_fr: Mapped[str] = mapped_column(String(300), default="")
    title_es: Mapped[str] = mapped_column(String(300), default="")
    description_en: Mapped[str] = mapped_column(Text, default="")
    description_fr: Mapped[str] = mapped_column(Text, default="")
    description_es: Mapped[str] = mapped_column(Text, default="")
    starts_at: Mapped[Optional[dt.datetime]] = mapped_column(DateTime, nullable=True)
    ends_at: Mapped[Optional[dt.datetime]] = mapped_column(DateTime, nullable=True)
    venue_room_id: Mapped[Optional[int]] = mapped_column(
        ForeignKey("venue_room.id", ondelete="SET NULL"), nullable=True
    )
    # Comma-separated target languages for interpretation ("" = none).
    interpretation: Mapped[str] = mapped_column(String(40), default="")
    # Comma-separated languages spoken from the floor/podium (the booths'
    # source languages); "" means the same as ``interpretation``.
    floor_languages: Mapped[str] = mapped_column(String(40), default="", server_default="")
    expected_attendance: Mapped[int] = mapped_column(Integer, default=0)
    # Cap on forum sign-ups; None means the room's capacity.
    max_sign_ups: Mapped[Optional[int]] = mapped_column(Integer, nullable=True)
    region: Mapped[Optional[Region]] = mapped_column(_enum(Region, "region"), nullable=True)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)

    venue_room: Mapped[Optional[VenueRoom]] = relationship()
    people: Mapped[list["SessionPerson"]] = relationship(
        back_populates="session", cascade="all, delete-orphan"
    )

    __table_args__ = (
        CheckConstraint(
            "(starts_at IS NULL AND ends_at IS NULL)"
            " OR (starts_at IS NOT NULL AND ends_at IS NOT NULL AND ends_at > starts_at)",
            name="times_consistent",
        ),
        CheckConstraint("expected_attendance >= 0", name="attendance_not_negative"),
    )

    def title(self, lang: str) -> str:
        return getattr(self, f"title_{lang}", "") or self.title_en


ProgrammeSession = Session


class SessionPerson(Base):
    __tablename__ = "session_person"

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(
        ForeignKey("programme_session.id", ondelete="CASCADE")
    )
    participant_id: Mapped[int] = mapped_column(
        ForeignKey("participant.id", ondelete="CASCADE"), index=True
    )
    role: Mapped[SessionRole] = mapped_column(_enum(SessionRole, "session_role"))

    session: Mapped[Session] = relationship(back_populates="people")
    participant: Mapped[Participant] = relationship()

    __table_args__ = (
        UniqueConstraint("session_id", "participant_id", "role", name="uq_session_person"),
    )


class SignUp(Base):
    """A participant's sign-up to a forum (waiting list when ``waitlisted``)."""

    __tablename__ = "sign_up"

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(
        ForeignKey("programme_session.id", ondelete="CASCADE")
    )
    participant_id: Mapped[int] = mapped_column(
        ForeignKey("participant.id", ondelete="CASCADE"), index=True
    )
    waitlisted: Mapped[bool] = mapped_column(default=False)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)

    __table_args__ = (
        UniqueConstraint("session_id", "participant_id", name="uq_sign_up_session_participant"),
    )


# --------------------------------------------------------------------------
# Interpreting
# --------------------------------------------------------------------------


class Interpreter(Base):
    __tablename__ = "interpreter"

    id: Mapped[int] = mapped_column(primary_key=True)
    given_name: Mapped[str] = mapped_column(String(120), default="")
    family_name: Mapped[str] = mapped_column(String(120))
    email: Mapped[str] = mapped_column(String(254), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    contract: Mapped[InterpreterContract] = mapped_column(
        _enum(InterpreterContract, "interpreter_contract"), default=InterpreterContract.FREELANCE
    )
    is_local: Mapped[bool] = mapped_column(default=True)
    daily_rate: Mapped[float] = mapped_column(Numeric(10, 2), default=0)
    currency: Mapped[str] = mapped_column(String(3), default="USD")
    notes: Mapped[str] = mapped_column(Text, default="")

    languages: Mapped[list["InterpreterLanguage"]] = relationship(
        back_populates="interpreter", cascade="all, delete-orphan"
    )

    __table_args__ = (CheckConstraint("family_name <> ''", name="family_name_required"),)


class InterpreterLanguage(Base):
    __tablename__ = "interpreter_language"

    id: Mapped[int] = mapped_column(primary_key=True)
    interpreter_id: Mapped[int] = mapped_column(ForeignKey("interpreter.id", ondelete="CASCADE"))
    language: Mapped[str] = mapped_column(String(8))
    language_class: Mapped[LanguageClass] = mapped_column(_enum(LanguageClass, "language_class"))
    # For a B language: does the interpreter work into it (retour)?
    retour: Mapped[bool] = mapped_column(default=False)

    interpreter: Mapped[Interpreter] = relationship(back_populates="languages")

    __table_args__ = (
        UniqueConstraint("interpreter_id", "language", name="uq_interpreter_language"),
    )


class InterpreterAvailability(Base):
    """A half-day an interpreter is available (``half`` is 'am' or 'pm')."""

    __tablename__ = "interpreter_availability"

    id: Mapped[int] = mapped_column(primary_key=True)
    interpreter_id: Mapped[int] = mapped_column(ForeignKey("interpreter.id", ondelete="CASCADE"))
    day: Mapped[dt.date] = mapped_column(Date)
    half: Mapped[str] = mapped_column(String(2))
    available: Mapped[bool] = mapped_column(default=True)

    __table_args__ = (
        UniqueConstraint("interpreter_id", "day", "half", name="uq_interpreter_availability"),
        CheckConstraint("half IN ('am', 'pm')", name="half_day"),
    )


class InterpreterAssignment(Base):
    """An interpreter working in one booth (target language) of one session."""

    __tablename__ = "interpreter_assignment"

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(
        ForeignKey("programme_session.id", ondelete="CASCADE"), index=True
    )
    booth_language: Mapped[str] = mapped_column(String(8))
    interpreter_id: Mapped[int] = mapped_column(
        ForeignKey("interpreter.id", ondelete="CASCADE"), index=True
    )
    # Kept as it is by automatic re-runs of the roster.
    locked: Mapped[bool] = mapped_column(default=False)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)

    session: Mapped[Session] = relationship()
    interpreter: Mapped[Interpreter] = relationship()

    __table_args__ = (
        # Never two booths of one session at once.
        UniqueConstraint("session_id", "interpreter_id", name="uq_interpreter_assignment"),
    )


class ConflictAcknowledgement(Base):
    """A programme warning an organiser has deliberately accepted.

    ``fingerprint`` identifies the conflict (kind and the sessions/people
    involved), so the acknowledgement lapses when the conflict changes.
    """

    __tablename__ = "conflict_acknowledgement"

    id: Mapped[int] = mapped_column(primary_key=True)
    fingerprint: Mapped[str] = mapped_column(String(300), unique=True)
    note: Mapped[str] = mapped_column(Text, default="")
    operator: Mapped[str] = mapped_column(String(80), default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


# --------------------------------------------------------------------------
# Badges and check-in
# --------------------------------------------------------------------------


class Badge(Base):
    """One issued version of a participant's badge; a reprint revokes the previous."""

    __tablename__ = "badge"

    id: Mapped[int] = mapped_column(primary_key=True)
    participant_id: Mapped[int] = mapped_column(
        ForeignKey("participant.id", ondelete="CASCADE"), index=True
    )
    version: Mapped[int] = mapped_column(Integer, default=1)
    code: Mapped[str] = mapped_column(String(80), unique=True)
    layout: Mapped[str] = mapped_column(String(20), default="a6")
    issued_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    printed_at: Mapped[Optional[dt.datetime]] = mapped_column(DateTime, nullable=True)
    revoked_at: Mapped[Optional[dt.datetime]] = mapped_column(DateTime, nullable=True)
    revoke_reason: Mapped[str] = mapped_column(String(200), default="")

    participant: Mapped[Participant] = relationship(back_populates="badges")

    __table_args__ = (
        UniqueConstraint("participant_id", "version", name="uq_badge_participant_version"),
        CheckConstraint("version >= 1", name="version_positive"),
    )


ADMITTED_AT_VENUE = "outcome = 'admitted' AND place = 'venue'"
ADMITTED_IN_SESSION = "outcome = 'admitted' AND place = 'session'"


class CheckInEvent(Base):
    """One scan or typed check-in at a desk: an event row, never a flag."""

    __tablename__ = "checkin_event"

    id: Mapped[int] = mapped_column(primary_key=True)
    participant_id: Mapped[Optional[int]] = mapped_column(
        ForeignKey("participant.id", ondelete="SET NULL"), nullable=True, index=True
    )
    badge_id: Mapped[Optional[int]] = mapped_column(
        ForeignKey("badge.id", ondelete="SET NULL"), nullable=True
    )
    place: Mapped[CheckInPlace] = mapped_column(_enum(CheckInPlace, "checkin_place"))
    session_id: Mapped[Optional[int]] = mapped_column(
        ForeignKey("programme_session.id", ondelete="SET NULL"), nullable=True
    )
    day: Mapped[dt.date] = mapped_column(Date)
    desk: Mapped[str] = mapped_column(String(40), default="")
    operator: Mapped[str] = mapped_column(String(80), default="")
    scanned_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    # Unique per scan: replaying an offline desk's queue cannot double-count.
    nonce: Mapped[str] = mapped_column(String(64), unique=True)
    outcome: Mapped[CheckInOutcome] = mapped_column(_enum(CheckInOutcome, "checkin_outcome"))
    reason: Mapped[str] = mapped_column(String(200), default="")
    scanned_code: Mapped[str] = mapped_column(String(200), default="")
    # On an UNDO event: the admission it took back.
    reverses_event_id: Mapped[Optional[int]] = mapped_column(
        ForeignKey("checkin_event.id", ondelete="SET NULL"), nullable=True
    )

    participant: Mapped[Optional[Participant]] = relationship()

    __table_args__ = (
        CheckConstraint(
            "(place = 'venue' AND session_id IS NULL)"
            " OR (place = 'session' AND session_id IS NOT NULL)",
            name="place_consistent",
        ),
        # The desk's counters ("admitted today at the venue / in this session") read this index
        # alone: day, place and outcome are equalities, session_id the last (migration 0011).
        Index("ix_checkin_event_counts", "day", "place", "outcome", "session_id"),
        # Exactly once: at most one *admitted* event per person and day at the
        # venue, and per person, session and day (partial unique indexes, so
        # rejections and "already in" scans are logged freely).  The database
        # enforces it, whatever the number of desks (core/checkin/service.py).
        Index(
            "uq_checkin_admitted_venue", "day", "participant_id", unique=True,
            sqlite_where=sa_text(ADMITTED_AT_VENUE), postgresql_where=sa_text(ADMITTED_AT_VENUE),
        ),
        Index(
            "uq_checkin_admitted_session", "session_id", "day", "participant_id", unique=True,
            sqlite_where=sa_text(ADMITTED_IN_SESSION), postgresql_where=sa_text(ADMITTED_IN_SESSION),
        ),
    )


# --------------------------------------------------------------------------
# Audit and settings
# --------------------------------------------------------------------------


class AuditEntry(Base):
    """Who changed what, when, at which desk (before/after as JSON)."""

    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, index=True)
    operator: Mapped[str] = mapped_column(String(80), default="")
    desk: Mapped[str] = mapped_column(String(40), default="")
    action: Mapped[str] = mapped_column(String(40))
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[Optional[int]] = mapped_column(Integer, nullable=True)
    summary: Mapped[str] = mapped_column(String(300), default="")
    # JSON: {"field": [before, after], ...}
    changes: Mapped[str] = mapped_column(Text, default="{}")

    __table_args__ = (
        Index("ix_audit_log_entity", "entity", "entity_id"),
        # The audit screen filters by operator and action (migration 0007).
        Index("ix_audit_log_operator", "operator", "at"),
        Index("ix_audit_log_action", "action", "at"),
    )


class Setting(Base):
    """Per-conference settings an organiser can edit (JSON values)."""

    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    value: Mapped[str] = mapped_column(Text, default="null")
    updated_at: Mapped[dt.datetime] = mapped_column(
        DateTime, default=utcnow, server_default=func.current_timestamp()
    )


# --------------------------------------------------------------------------
# Derived columns kept up to date on every write
# --------------------------------------------------------------------------

from sqlalchemy import event  # noqa: E402

from .text import fold, words  # noqa: E402

SEARCHABLE_FIELDS = (
    "given_name",
    "family_name",
    "given_name_latin",
    "family_name_latin",
    "badge_name",
    "organisation",
    "city",
    "email",
)


def participant_sort_name(participant: Participant) -> str:
    family = participant.family_name_latin or participant.family_name or ""
    given = participant.given_name_latin or participant.given_name or ""
    # Words only, so "'s Gravensande" sorts under S and "Al-Amin" as "al amin".
    return " ".join(words(family) + words(given))[:250]


def participant_search_text(participant: Participant) -> str:
    return " ".join(
        folded for folded in (fold(getattr(participant, f) or "") for f in SEARCHABLE_FIELDS) if folded
    )


@event.listens_for(Participant, "before_insert")
@event.listens_for(Participant, "before_update")
def _refresh_search_text(_mapper, _connection, target: Participant) -> None:  # type: ignore[no-untyped-def]
    target.search_text = participant_search_text(target)
    target.sort_name = participant_sort_name(target)
    if not target.badge_name:
        target.badge_name = target.full_name


def search_word_rows(participant_id: int, search_text: str) -> list[dict[str, object]]:
    # Cut to the column's 60 characters before removing repeats: two long words may share their first 60.
    return [{"word": word, "participant_id": participant_id} for word in sorted({w[:60] for w in words(search_text)})]


def index_search_words(connection, rows: list[tuple[int, str]]) -> None:  # type: ignore[no-untyped-def]
    """(Re)write the search words of participants given as (id, search_text).

    The ORM keeps them up to date by itself; code that inserts participants
    with bulk Core statements (demo, import) calls this in the same transaction.
    """
    if not rows:
        return
    table = ParticipantWord.__table__
    ids = [participant_id for participant_id, _text in rows]
    for start in range(0, len(ids), 500):
        connection.execute(table.delete().where(table.c.participant_id.in_(ids[start:start + 500])))
    values = [row for participant_id, text in rows for row in search_word_rows(participant_id, text)]
    for start in range(0, len(values), 5000):
        connection.execute(table.insert(), values[start:start + 5000])


def index_missing_search_words(connection) -> int:  # type: ignore[no-untyped-def]
    """Index participants that have no search words yet (after bulk inserts)."""
    from sqlalchemy import select

    indexed = select(ParticipantWord.participant_id)
    rows = [
        (participant_id, text)
        for participant_id, text in connection.execute(
            select(Participant.id, Participant.search_text).where(Participant.id.not_in(indexed))
        )
    ]
    index_search_words(connection, rows)
    return len(rows)


@event.listens_for(Participant, "after_insert")
def _add_search_words(_mapper, connection, target: Participant) -> None:  # type: ignore[no-untyped-def]
    # A new participant has no words yet: only INSERT (a desk's role on a shared server may
    # add a walk-in's words but not delete anyone's).
    values = search_word_rows(target.id, target.search_text or "")
    if values:
        connection.execute(ParticipantWord.__table__.insert(), values)


@event.listens_for(Participant, "after_update")
def _refresh_search_words(_mapper, connection, target: Participant) -> None:  # type: ignore[no-untyped-def]
    from sqlalchemy import inspect as _inspect

    # Rewrite the words only when the searchable text changed (recording an arrival day
    # does not touch them).
    if _inspect(target).attrs.search_text.history.has_changes():
        index_search_words(connection, [(target.id, target.search_text)])


# --------------------------------------------------------------------------
# Hotel allocation (issue 6: core/hotels/service.py)
# --------------------------------------------------------------------------


class RoomAssignment(Base):
    """One guest's stay: hotel, room type, nights and the room they share.

    ``arrival`` is the first night, ``departure`` the morning after the last
    night.  Guests sharing a room have the same ``room_label`` (numbered per
    hotel and room type by the allocator, e.g. ``H-SGL-012``) and ``share_group``.
    A ``locked`` assignment is never changed by an automatic re-run.
    """

    __tablename__ = "room_assignment"

    id: Mapped[int] = mapped_column(primary_key=True)
    participant_id: Mapped[int] = mapped_column(
        ForeignKey("participant.id", ondelete="CASCADE"), unique=True
    )
    hotel_id: Mapped[int] = mapped_column(ForeignKey("hotel.id", ondelete="CASCADE"))
    room_type_id: Mapped[int] = mapped_column(
        ForeignKey("room_type.id", ondelete="CASCADE"), index=True
    )
    arrival: Mapped[dt.date] = mapped_column(Date)
    departure: Mapped[dt.date] = mapped_column(Date)
    room_label: Mapped[str] = mapped_column(String(40), default="")
    share_group: Mapped[Optional[str]] = mapped_column(String(40), nullable=True)
    locked: Mapped[bool] = mapped_column(default=False)
    billing: Mapped[Billing] = mapped_column(_enum(Billing, "billing"), default=Billing.ORGANISER)
    # The hotel's confirmation number, typed in by the organiser.
    confirmation: Mapped[str] = mapped_column(String(60), default="")
    special_requests: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)

    participant: Mapped[Participant] = relationship()
    hotel: Mapped[Hotel] = relationship()
    room_type: Mapped[RoomType] = relationship()

    __table_args__ = (
        CheckConstraint("departure > arrival", name="departure_after_arrival"),
        Index("ix_room_assignment_hotel_type", "hotel_id", "room_type_id"),
    )


# --------------------------------------------------------------------------
# Operators and roles (issue 9: core/desks/operators.py)
# --------------------------------------------------------------------------


class OperatorRole(str, enum.Enum):
    CLERK = "clerk"
    ORGANISER = "organiser"
    ADMINISTRATOR = "administrator"


class Operator(Base):
    """A person who signs in at a desk (name + PIN) with a role.

    The PIN is kept as PBKDF2-HMAC-SHA256 (``pin_iterations`` rounds, a salt of
    its own).  ``failed_attempts`` counts wrong PINs in a row; five lock the
    operator out until ``locked_until`` (stored here, so every desk agrees).
    """

    __tablename__ = "operator"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(80), unique=True)
    role: Mapped[OperatorRole] = mapped_column(_enum(OperatorRole, "operator_role"))
    pin_hash: Mapped[bytes] = mapped_column(LargeBinary(64))
    pin_salt: Mapped[bytes] = mapped_column(LargeBinary(32))
    pin_iterations: Mapped[int] = mapped_column(Integer)
    active: Mapped[bool] = mapped_column(default=True)
    failed_attempts: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[Optional[dt.datetime]] = mapped_column(DateTime, nullable=True)
    last_sign_in_at: Mapped[Optional[dt.datetime]] = mapped_column(DateTime, nullable=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)

    __table_args__ = (CheckConstraint("failed_attempts >= 0", name="failed_attempts_not_negative"),)


# --------------------------------------------------------------------------
# Communications (issue 19: core/communications/)
# --------------------------------------------------------------------------


class MailState(str, enum.Enum):
    """Where a queued message is.  ``sending`` is written (and committed) before the SMTP
    server is spoken to; a row still ``sending`` when a sender starts was interrupted and
    becomes ``unknown``: never resent automatically, a person decides."""

    QUEUED = "queued"
    SENDING = "sending"
    SENT = "sent"
    FAILED = "failed"
    RETRY = "retry"
    UNKNOWN = "unknown"


class MailMessage(Base):
    """One message to one participant in the outbox: rendered at queue time (subject, text and
    HTML parts as previewed), attachments named here and drawn at send time, and a Message-ID
    made at queue time that stays the same across retries."""

    __tablename__ = "mail_message"

    id: Mapped[int] = mapped_column(primary_key=True)
    message_id: Mapped[str] = mapped_column(String(250), unique=True)
    template: Mapped[str] = mapped_column(String(40))
    lang: Mapped[str] = mapped_column(String(2), default="en")
    participant_id: Mapped[Optional[int]] = mapped_column(
        ForeignKey("participant.id", ondelete="SET NULL"), nullable=True, index=True
    )
    to_address: Mapped[str] = mapped_column(String(254))
    to_name: Mapped[str] = mapped_column(String(250), default="")
    subject: Mapped[str] = mapped_column(String(300), default="")
    body_text: Mapped[str] = mapped_column(Text, default="")
    body_html: Mapped[str] = mapped_column(Text, default="")
    # JSON list of {"kind": "badge_pdf" | "badge_png" | "letter" | "agenda" | "certificate", "filename": ...}
    attachments: Mapped[str] = mapped_column(Text, default="[]")
    state: Mapped[MailState] = mapped_column(_enum(MailState, "mail_state"), default=MailState.QUEUED)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[Optional[dt.datetime]] = mapped_column(DateTime, nullable=True)
    server_answer: Mapped[str] = mapped_column(Text, default="")
    queued_by: Mapped[str] = mapped_column(String(80), default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    sending_at: Mapped[Optional[dt.datetime]] = mapped_column(DateTime, nullable=True)
    sent_at: Mapped[Optional[dt.datetime]] = mapped_column(DateTime, nullable=True)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)

    __table_args__ = (
        CheckConstraint("attempts >= 0", name="attempts_not_negative"),
        Index("ix_mail_message_state_next", "state", "next_attempt_at"),
    )


class CertificateOverride(Base):
    """An organiser's decision that someone gets a certificate without a check-in (audited)."""

    __tablename__ = "certificate_override"

    id: Mapped[int] = mapped_column(primary_key=True)
    participant_id: Mapped[int] = mapped_column(
        ForeignKey("participant.id", ondelete="CASCADE"), unique=True
    )
    reason: Mapped[str] = mapped_column(String(300))
    operator: Mapped[str] = mapped_column(String(80), default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)

    __table_args__ = (CheckConstraint("reason <> ''", name="reason_required"),)


class TransportRun(Base):
    """One vehicle going once from one place to another (core/transport): an airport pick-up, a run
    to the airport, or a shuttle between a hotel and the venue.  ``code`` is what drivers read
    ("A-0927-T1-HIL-03"); a ``locked`` run is kept as it is by a re-plan.  ``riders`` counts the
    guests carried (for a shuttle, sized from head counts, there are no named passengers)."""

    __tablename__ = "transport_run"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    kind: Mapped[str] = mapped_column(String(10))
    vehicle: Mapped[str] = mapped_column(String(10))
    seats: Mapped[int] = mapped_column(Integer)
    departs_at: Mapped[dt.datetime] = mapped_column(DateTime, index=True)
    from_place: Mapped[str] = mapped_column(String(160))  # a hotel name (160) or "MEX T1"
    to_place: Mapped[str] = mapped_column(String(160))
    riders: Mapped[int] = mapped_column(Integer, default=0)
    luggage: Mapped[int] = mapped_column(Integer, default=0)
    locked: Mapped[bool] = mapped_column(default=False)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)

    passengers: Mapped[list["TransportSeat"]] = relationship(
        back_populates="run", cascade="all, delete-orphan", passive_deletes=True)

    __table_args__ = (
        CheckConstraint("kind IN ('arrival', 'departure', 'shuttle')", name="kind_known"),
        CheckConstraint("seats > 0 AND riders >= 0 AND riders <= seats", name="riders_within_seats"),
    )


class TransportSeat(Base):
    """One participant on one airport run: at most one arrival and one departure run each."""

    __tablename__ = "transport_seat"

    id: Mapped[int] = mapped_column(primary_key=True)
    run_id: Mapped[int] = mapped_column(ForeignKey("transport_run.id", ondelete="CASCADE"), index=True)
    participant_id: Mapped[int] = mapped_column(ForeignKey("participant.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(10))

    run: Mapped[TransportRun] = relationship(back_populates="passengers")

    __table_args__ = (UniqueConstraint("participant_id", "kind"),)  # one arrival and one departure run at most
