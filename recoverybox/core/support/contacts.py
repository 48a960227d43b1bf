"""The person's support network."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from recoverybox.core.base.changes import Area, Changes
from recoverybox.core.base.errors import QT_TRANSLATE_NOOP, Words
from recoverybox.core.base.validation import (
    ValidationError,
    check_choice,
    clean_optional_line,
    clean_text,
    clean_title,
)
from recoverybox.core.storage.columns import CONTACT_ROLES
from recoverybox.core.storage.db import Database
from recoverybox.core.storage.models import Contact


@dataclass
class ContactInput:
    """What a person enters for a contact."""

    name: str
    role: str = "friend"
    phone: str | None = None
    email: str | None = None
    best_times: str | None = None
    notes: str = ""
    pinned: bool = False


def validate_contact(data: ContactInput) -> ContactInput:
    email = clean_optional_line(data.email, "email", 200)
    if email is not None and ("@" not in email or " " in email):
        raise ValidationError("email", QT_TRANSLATE_NOOP("errors", "This doesn't look like an e-mail address."))
    phone = clean_optional_line(data.phone, "phone", 100)
    if phone is not None and not any(c.isdigit() for c in phone):
        raise ValidationError("phone", QT_TRANSLATE_NOOP("errors", "A phone number needs at least one digit."))
    return ContactInput(
        name=clean_title(data.name, "name"),
        role=check_choice(data.role, "role", CONTACT_ROLES, Words(QT_TRANSLATE_NOOP("errors", "role"))),
        phone=phone,
        email=email,
        best_times=clean_optional_line(data.best_times, "best_times", 200),
        notes=clean_text(data.notes, "notes", 5000),
        pinned=bool(data.pinned),
    )


class ContactService:
    """Contact CRUD; every call is one transaction."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def create(self, data: ContactInput) -> Changes:
        contact = Contact(**vars(validate_contact(data)))
        with self._db.transaction() as session:
            session.add(contact)
        return Changes.of(Area.CONTACTS, ids=(contact.id,))

    def update(self, contact_id: int, data: ContactInput) -> Changes:
        clean = validate_contact(data)
        with self._db.transaction() as session:
            contact = session.get(Contact, contact_id)
            if contact is None:
                raise ValidationError("contact", QT_TRANSLATE_NOOP("errors", "This contact no longer exists."))
            for name, value in vars(clean).items():
                setattr(contact, name, value)
        return Changes.of(Area.CONTACTS, ids=(contact_id,))

    def delete(self, contact_id: int) -> Changes:
        with self._db.transaction() as session:
            contact = session.get(Contact, contact_id)
            if contact is not None:
                session.delete(contact)
        return Changes.of(Area.CONTACTS, ids=(contact_id,))

    def get(self, contact_id: int) -> Contact:
        with self._db.reading() as session:
            contact = session.get(Contact, contact_id)
            if contact is None:
                raise ValidationError("contact", QT_TRANSLATE_NOOP("errors", "This contact no longer exists."))
            return contact

    def list(self, pinned_only: bool = False) -> list[Contact]:
        with self._db.reading() as session:
            query = select(Contact).order_by(Contact.pinned.desc(), Contact.name)
            if pinned_only:
                query = query.where(Contact.pinned.is_(True))
            return list(session.scalars(query))
