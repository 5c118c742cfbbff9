"""Typed models of the directory database.

The HSDS 3.0 part (organization … attribute) follows Open Referral's schema names so that an
HSDS export maps onto it column for column. Camino's layer (questions, options, steps, rules,
per-locale text) makes the questionnaire and the pathway logic data that a city publishes.

English lives in the HSDS columns; other languages live in ``localized_text``. A directory file
is read-only on the kiosk and replaced whole by sync.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import Boolean, Date, Float, ForeignKey, Integer, PrimaryKeyConstraint, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


# --- HSDS 3.0 -------------------------------------------------------------------------------


class Organization(Base):
    __tablename__ = "organization"
    id: Mapped[str] = mapped_column(String, primary_key=True)
    name: Mapped[str] = mapped_column(String)
    alternate_name: Mapped[str | None]
    description: Mapped[str | None] = mapped_column(Text)
    email: Mapped[str | None]
    website: Mapped[str | None]
    legal_status: Mapped[str | None]
    year_incorporated: Mapped[int | None]


class Service(Base):
    __tablename__ = "service"
    id: Mapped[str] = mapped_column(String, primary_key=True)
    organization_id: Mapped[str] = mapped_column(ForeignKey("organization.id"), index=True)
    name: Mapped[str]
    alternate_name: Mapped[str | None]
    description: Mapped[str | None] = mapped_column(Text)
    url: Mapped[str | None]
    email: Mapped[str | None]
    # active | inactive | defunct | temporarily closed
    status: Mapped[str] = mapped_column(String, default="active")
    interpretation_services: Mapped[str | None] = mapped_column(Text)
    application_process: Mapped[str | None] = mapped_column(Text)
    fees_description: Mapped[str | None] = mapped_column(Text)
    eligibility_description: Mapped[str | None] = mapped_column(Text)
    alert: Mapped[str | None] = mapped_column(Text)
    assured_date: Mapped[date | None] = mapped_column(Date)
    last_modified: Mapped[str | None]


class Location(Base):
    __tablename__ = "location"
    id: Mapped[str] = mapped_column(String, primary_key=True)
    organization_id: Mapped[str | None] = mapped_column(ForeignKey("organization.id"), index=True)
    # physical | postal | virtual
    location_type: Mapped[str] = mapped_column(String, default="physical")
    name: Mapped[str | None]
    description: Mapped[str | None] = mapped_column(Text)
    transportation: Mapped[str | None] = mapped_column(Text)
    url: Mapped[str | None]
    latitude: Mapped[float | None] = mapped_column(Float)
    longitude: Mapped[float | None] = mapped_column(Float)


class ServiceAtLocation(Base):
    __tablename__ = "service_at_location"
    id: Mapped[str] = mapped_column(String, primary_key=True)
    service_id: Mapped[str] = mapped_column(ForeignKey("service.id"), index=True)
    # No index: nothing looks a location's services up, and each index lengthens every update's check.
    location_id: Mapped[str] = mapped_column(ForeignKey("location.id"))
    description: Mapped[str | None] = mapped_column(Text)


class Address(Base):
    __tablename__ = "address"
    id: Mapped[str] = mapped_column(String, primary_key=True)
    location_id: Mapped[str] = mapped_column(ForeignKey("location.id"), index=True)
    attention: Mapped[str | None]
    address_1: Mapped[str]
    address_2: Mapped[str | None]
    city: Mapped[str]
    region: Mapped[str | None]
    state_province: Mapped[str]
    postal_code: Mapped[str]
    country: Mapped[str]
    # physical | postal | virtual
    address_type: Mapped[str] = mapped_column(String, default="physical")


class Phone(Base):
    __tablename__ = "phone"
    id: Mapped[str] = mapped_column(String, primary_key=True)
    location_id: Mapped[str | None] = mapped_column(ForeignKey("location.id"), index=True)
    service_id: Mapped[str | None] = mapped_column(ForeignKey("service.id"), index=True)
    organization_id: Mapped[str | None] = mapped_column(ForeignKey("organization.id"), index=True)
    service_at_location_id: Mapped[str | None]
    number: Mapped[str]
    extension: Mapped[str | None]
    type: Mapped[str | None]
    description: Mapped[str | None] = mapped_column(Text)


class Schedule(Base):
    __tablename__ = "schedule"
    id: Mapped[str] = mapped_column(String, primary_key=True)
    service_id: Mapped[str | None] = mapped_column(ForeignKey("service.id"), index=True)
    location_id: Mapped[str | None] = mapped_column(ForeignKey("location.id"), index=True)
    service_at_location_id: Mapped[str | None]
    freq: Mapped[str | None]
    byday: Mapped[str | None]
    opens_at: Mapped[str | None]
    closes_at: Mapped[str | None]
    description: Mapped[str | None] = mapped_column(Text)
    notes: Mapped[str | None] = mapped_column(Text)


class Language(Base):
    __tablename__ = "language"
    id: Mapped[str] = mapped_column(String, primary_key=True)
    service_id: Mapped[str | None] = mapped_column(ForeignKey("service.id"), index=True)
    location_id: Mapped[str | None] = mapped_column(ForeignKey("location.id"))  # never looked up by it
    phone_id: Mapped[str | None]
    name: Mapped[str | None]
    code: Mapped[str | None]
    note: Mapped[str | None]


class RequiredDocument(Base):
    __tablename__ = "required_document"
    id: Mapped[str] = mapped_column(String, primary_key=True)
    service_id: Mapped[str] = mapped_column(ForeignKey("service.id"), index=True)
    document: Mapped[str]
    uri: Mapped[str | None]


class CostOption(Base):
    __tablename__ = "cost_option"
    id: Mapped[str] = mapped_column(String, primary_key=True)
    service_id: Mapped[str] = mapped_column(ForeignKey("service.id"), index=True)
    option: Mapped[str | None]
    currency: Mapped[str | None]
    amount: Mapped[float | None] = mapped_column(Float)
    amount_description: Mapped[str | None] = mapped_column(Text)


class TaxonomyTerm(Base):
    __tablename__ = "taxonomy_term"
    id: Mapped[str] = mapped_column(String, primary_key=True)
    code: Mapped[str | None] = mapped_column(String, index=True)
    name: Mapped[str]
    description: Mapped[str | None] = mapped_column(Text)
    parent_id: Mapped[str | None]
    taxonomy: Mapped[str | None]


class Attribute(Base):
    """Links an entity (``link_entity`` + ``link_id``) to a taxonomy term: Camino's flags and categories."""

    __tablename__ = "attribute"
    id: Mapped[str] = mapped_column(String)  # unique: the importer refuses duplicate ids
    link_id: Mapped[str] = mapped_column(String)
    taxonomy_term_id: Mapped[str] = mapped_column(ForeignKey("taxonomy_term.id"))
    link_type: Mapped[str | None]
    link_entity: Mapped[str] = mapped_column(String, default="service")
    value: Mapped[str | None]
    label: Mapped[str | None]

    # The largest table (several rows per service), always read by its entity. Keyed by
    # (link_entity, link_id, id) without a rowid, the table is its own only index: the file is
    # smaller and SQLite's integrity check (run on every update) has one b-tree to walk, not four.
    __table_args__ = (
        PrimaryKeyConstraint("link_entity", "link_id", "id"),
        {"sqlite_with_rowid": False},
    )


# --- Camino's layer ---------------------------------------------------------------------------


class Question(Base):
    __tablename__ = "question"
    id: Mapped[str] = mapped_column(String, primary_key=True)
    position: Mapped[int] = mapped_column(Integer)
    # single | multi | zip
    kind: Mapped[str]
    # need | stage | kind | identity | location
    facet: Mapped[str]
    optional: Mapped[bool] = mapped_column(Boolean, default=False)
    text: Mapped[str]
    help: Mapped[str | None] = mapped_column(Text)


class Option(Base):
    __tablename__ = "option"
    id: Mapped[str] = mapped_column(String, primary_key=True)
    question_id: Mapped[str] = mapped_column(ForeignKey("question.id"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    value: Mapped[str | None]
    icon: Mapped[str | None]
    text: Mapped[str]


class Step(Base):
    __tablename__ = "step"
    id: Mapped[str] = mapped_column(String, primary_key=True)
    # 1 prepare … 5 grow: orders steps that prerequisites leave free.
    phase: Mapped[int] = mapped_column(Integer)
    position: Mapped[int] = mapped_column(Integer)
    title: Mapped[str]
    why: Mapped[str] = mapped_column(Text)


class StepPrerequisite(Base):
    """``step_id`` comes after ``requires_step_id`` whenever both are on a pathway."""

    __tablename__ = "step_prerequisite"
    step_id: Mapped[str] = mapped_column(ForeignKey("step.id"), primary_key=True)
    requires_step_id: Mapped[str] = mapped_column(ForeignKey("step.id"), primary_key=True)


class StepTerm(Base):
    """A step lists the active services carrying any of its taxonomy terms."""

    __tablename__ = "step_term"
    step_id: Mapped[str] = mapped_column(ForeignKey("step.id"), primary_key=True)
    taxonomy_term_id: Mapped[str] = mapped_column(ForeignKey("taxonomy_term.id"), primary_key=True)


class Rule(Base):
    """Choosing ``option_id`` puts ``step_id`` on the pathway."""

    __tablename__ = "rule"
    option_id: Mapped[str] = mapped_column(ForeignKey("option.id"), primary_key=True)
    step_id: Mapped[str] = mapped_column(ForeignKey("step.id"), primary_key=True)


class LocalizedText(Base):
    """A visible field in a language other than English: (entity, id, field, locale) → text."""

    __tablename__ = "localized_text"
    __table_args__ = {"sqlite_with_rowid": False}  # the key is the whole lookup: one b-tree, not two
    entity: Mapped[str] = mapped_column(String, primary_key=True)
    entity_id: Mapped[str] = mapped_column(String, primary_key=True)
    field: Mapped[str] = mapped_column(String, primary_key=True)
    locale: Mapped[str] = mapped_column(String, primary_key=True)
    text: Mapped[str] = mapped_column(Text)


class ZipCentroid(Base):
    __tablename__ = "zip_centroid"
    zip: Mapped[str] = mapped_column(String, primary_key=True)
    latitude: Mapped[float] = mapped_column(Float)
    longitude: Mapped[float] = mapped_column(Float)


class DirectoryMeta(Base):
    """Key/value facts about the directory: version, published, city, is_demo, fallback services."""

    __tablename__ = "directory_meta"
    key: Mapped[str] = mapped_column(String, primary_key=True)
    value: Mapped[str] = mapped_column(Text)
