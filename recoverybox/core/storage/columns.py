"""What every table shares: the declarative base with its naming convention, instants stored as UTC
(``UTCDateTime``), and the choices a column may hold."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import (
    DateTime,
    MetaData,
)
from sqlalchemy.orm import DeclarativeBase
from sqlalchemy.types import TypeDecorator

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


EVENT_KINDS = ("meeting", "therapy", "self_care", "other")


FELLOWSHIPS = ("AA", "NA", "SMART", "WFS", "SOS", "other")


GOAL_AREAS = ("sobriety", "meetings", "health", "relationships", "self_care", "custom")


GOAL_KINDS = ("daily", "weekly_count", "measured")


GOAL_STATES = ("active", "paused", "archived")


CONTACT_ROLES = ("sponsor", "therapist", "family", "friend", "peer", "crisis_line", "other")


ATTENDANCE = ("attended", "missed")


class UTCDateTime(TypeDecorator[datetime]):
    """Stores an aware datetime as naive UTC; hands back aware UTC."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: object) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given where an instant (aware datetime) is needed")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: object) -> datetime | None:
        return None if value is None else value.replace(tzinfo=UTC)


class Base(DeclarativeBase):
    """Declarative base with stable constraint names (so Alembic sees no drift)."""

    metadata = MetaData(naming_convention=NAMING)
