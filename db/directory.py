"""Opening and building directory database files.

A directory file is written whole into a temporary file beside its destination and moved into
place with ``os.replace`` only when complete, so a reader never sees half a directory. Opening
checks that the file is SQLite, is a Camino directory and has this schema version, and says so
in one sentence when it is not.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, insert, select
from sqlalchemy.orm import Session
from sqlalchemy.schema import CreateIndex, CreateTable

from db.atomic import remove_stale
from db.identity import APPLICATION_ID, SCHEMA_VERSION, check_file
from db.models import Base, DirectoryMeta


def _sqlite_url(path: Path, read_only: bool) -> str:
    if read_only:
        return f"sqlite:///file:{path.as_posix()}?mode=ro&uri=true"
    return f"sqlite:///{path.as_posix()}"


def engine_for(path: Path, read_only: bool = True) -> Engine:
    """An engine on an existing directory file (read-only unless told)."""
    engine = create_engine(_sqlite_url(Path(path), read_only))

    @event.listens_for(engine, "connect")
    def _pragmas(dbapi_connection: Any, _record: Any) -> None:
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.close()

    return engine


def open_directory(path: Path) -> Engine:
    """A read-only engine on a checked directory file."""
    check_file(path)
    return engine_for(path, read_only=True)


def read_meta(engine: Engine) -> dict[str, str]:
    with Session(engine) as session:
        return {row.key: row.value for row in session.scalars(select(DirectoryMeta))}


RowsByModel = Iterable[tuple[type[Base], "list[Mapping[str, Any]] | Tuples"]]


def write_directory(out: Path, fill: Callable[[Session], None], meta: Mapping[str, Any],
                    attach: Mapping[str, Path] | None = None) -> Path:
    """Build a complete directory file at ``out``, atomically.

    ``fill`` inserts the rows in one transaction. If it raises, nothing is left at ``out``
    (an existing file there stays as it was). ``attach``: schema name → database file attached
    to the connection ``fill`` writes with (an importer's staging tables, read by ``INSERT … SELECT``).
    """
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    remove_stale(out.parent, f".{out.name}.*.building")  # a killed build's file (100 MB at 50k services)
    tmp = out.with_name(f".{out.name}.{os.getpid()}.building")
    with contextlib.suppress(FileNotFoundError):
        tmp.unlink()
    engine = create_engine(_sqlite_url(tmp, read_only=False))
    if attach:
        @event.listens_for(engine, "connect")
        def _attach(dbapi_connection: Any, _record: Any) -> None:
            for schema, path in attach.items():
                dbapi_connection.execute("ATTACH DATABASE ? AS " + schema, (str(path),))

    try:
        with engine.begin() as connection:
            connection.exec_driver_sql("PRAGMA journal_mode = OFF")
            connection.exec_driver_sql("PRAGMA synchronous = OFF")
        # Indexes are made after the rows are in: one sort per index instead of a B-tree
        # insert per row per index.
        indexes = [index for table in Base.metadata.sorted_tables for index in table.indexes]
        with engine.begin() as connection:
            for table in Base.metadata.sorted_tables:
                connection.execute(CreateTable(table))
        with Session(engine) as session, session.begin():
            fill(session)
            meta_rows = [{"key": k, "value": str(v)} for k, v in meta.items()]
            meta_rows.append({"key": "schema_version", "value": str(SCHEMA_VERSION)})
            session.execute(insert(DirectoryMeta), meta_rows)
            connection = session.connection()
            for index in indexes:
                connection.execute(CreateIndex(index))
        with engine.begin() as connection:
            connection.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")
            connection.exec_driver_sql(f"PRAGMA user_version = {SCHEMA_VERSION}")
            # No ANALYZE: its statistics on mostly-NULL owner columns (phone.service_id, …) talk SQLite
            # out of the indexes the service cards' IN (…) lookups need.
        engine.dispose()
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, out)
    except BaseException:
        engine.dispose()
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
        raise
    return out


def _defaults(model: type[Base]) -> dict[str, Any]:
    """Every column of ``model`` with the value a row that leaves it out (or gives None) gets."""
    return {column.key: column.default.arg if column.default is not None and column.default.is_scalar else None
            for column in model.__table__.columns}


def _tuples(model: type[Base], batch: list[Mapping[str, Any]], dialect: Any) -> Iterator[tuple[Any, ...]]:
    """The rows as tuples in column order, each value as the database driver takes it.

    A missing or None value takes the column's default, as the ORM's bulk insert does; the
    column types' bind processors (dates, booleans) convert as SQLAlchemy would. Made one row
    at a time, as ``executemany`` asks: a 50,000-service directory's rows are not held twice.
    """
    defaults = _defaults(model)
    unknown = {key for row in batch for key in row} - defaults.keys()
    if unknown:
        raise KeyError(f"{model.__tablename__}: no column(s) {', '.join(sorted(unknown))}")
    processors = [column.type._cached_bind_processor(dialect) for column in model.__table__.columns]
    pairs = list(defaults.items())
    converts = any(processors)
    for row in batch:
        values = tuple(default if (value := row.get(key)) is None else value for key, default in pairs)
        if converts:
            values = tuple(value if convert is None or value is None else convert(value)
                           for value, convert in zip(values, processors, strict=True))
        yield values


class Tuples(list):
    """Rows of one table made as tuples in the table's column order, every default already in
    place (an importer that builds its rows value by value skips a dict per row); the column
    types' bind processors are applied on insert, unless ``bound`` says the maker already gave
    every value as the database driver takes it (a date as its ISO text)."""

    bound = False


def _processed(model: type[Base], batch: Tuples, dialect: Any) -> Iterable[Any]:
    """``batch`` with the bind processors of the columns that have one applied, row by row."""
    processors = [(i, convert) for i, column in enumerate(model.__table__.columns)
                  if (convert := column.type._cached_bind_processor(dialect)) is not None]
    if not processors or batch.bound:
        return batch  # executemany reads the list in C
    return (_process(row, processors) for row in batch)


def _process(row: tuple[Any, ...], processors: list[tuple[int, Any]]) -> list[Any]:
    values = list(row)
    for i, convert in processors:
        if values[i] is not None:
            values[i] = convert(values[i])
    return values


def insert_rows(session: Session, rows: RowsByModel) -> None:
    """Bulk-insert rows table by table, in the order given (parents first).

    Each table is one DBAPI ``executemany`` of prepared tuples, inside the session's
    transaction: the ORM's bulk path (a statement per run of equal key sets, a dict per row
    through its persistence layer) cost most of a 50,000-service import's write time. A batch
    may be a list of dicts or :class:`Tuples`.
    """
    connection = session.connection()
    cursor = connection.connection.driver_connection.cursor()
    try:
        for model, batch in rows:
            if not isinstance(batch, Tuples):
                batch = list(batch)
            if not batch:
                continue
            table = model.__table__
            names = ", ".join(f'"{column.name}"' for column in table.columns)
            marks = ", ".join("?" * len(table.columns))
            values = (_processed(model, batch, connection.dialect) if isinstance(batch, Tuples)
                      else _tuples(model, batch, connection.dialect))
            cursor.executemany(f'INSERT INTO "{table.name}" ({names}) VALUES ({marks})', values)
    finally:
        cursor.close()
