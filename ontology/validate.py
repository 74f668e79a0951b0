"""Validate records against the ontology before anything is written.

A RecordError names the source (file), the record and the field, so a person can find and fix it.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from .schema import Ontology, Property

KEY_SEPARATOR = "|"


class RecordError(ValueError):
    def __init__(self, source: str, record: str, field: str, message: str) -> None:
        self.source, self.record, self.field, self.message = source, record, field, message
        super().__init__(f"{source}: record {record}: field {field!r}: {message}")


def _coerce(prop: Property, value: Any, onto: Ontology) -> Any:
    """Return the value in its stored form or raise ValueError with a short reason."""
    t = prop.type
    if t == "string":
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            value = str(value)
        if not isinstance(value, str):
            raise ValueError(f"expected text, got {type(value).__name__}")
        value = value.strip()
    elif t == "int":
        if isinstance(value, bool) or not isinstance(value, (int, str, float)):
            raise ValueError(f"expected a whole number, got {value!r}")
        try:
            f = float(value)
        except ValueError:
            raise ValueError(f"expected a whole number, got {value!r}") from None
        if f != int(f):
            raise ValueError(f"expected a whole number, got {value!r}")
        value = int(f)
    elif t == "float":
        if isinstance(value, bool):
            raise ValueError(f"expected a number, got {value!r}")
        try:
            value = float(value)
        except (TypeError, ValueError):
            raise ValueError(f"expected a number, got {value!r}") from None
    elif t == "bool":
        if not isinstance(value, bool):
            raise ValueError(f"expected true or false, got {value!r}")
    elif t == "date":
        if isinstance(value, dt.datetime):
            value = value.date()
        if isinstance(value, dt.date):
            value = value.isoformat()
        try:
            dt.date.fromisoformat(str(value))
        except ValueError:
            raise ValueError(f"expected a date yyyy-mm-dd, got {value!r}") from None
        value = str(value)
    elif t == "datetime":
        if isinstance(value, dt.datetime):
            value = value.isoformat()
        try:
            dt.datetime.fromisoformat(str(value))
        except ValueError:
            raise ValueError(f"expected an ISO date-time, got {value!r}") from None
        value = str(value)
    elif t == "strings":
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise ValueError(f"expected a list of texts, got {value!r}")
        value = [v.strip() for v in value]
    if prop.enum is not None:
        codes = onto.taxonomy(prop.enum).codes
        items = value if isinstance(value, list) else [value]
        bad = [v for v in items if v not in codes]
        if bad:
            raise ValueError(f"{bad[0]!r} is not in taxonomy {prop.enum} ({onto.taxonomy(prop.enum).source})")
    return value


def _clean(onto: Ontology, props: dict[str, Property], record: dict[str, Any], source: str, rid: str) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for name, value in record.items():
        if name not in props:
            raise RecordError(source, rid, name, "is not a property of this type in the ontology")
        if value is None or value == "" or value == []:
            continue
        try:
            out[name] = _coerce(props[name], value, onto)
        except ValueError as e:
            raise RecordError(source, rid, name, str(e)) from None
    return out


def natural_key(onto: Ontology, type_name: str, record: dict[str, Any]) -> str:
    nt = onto.node(type_name)
    return KEY_SEPARATOR.join(str(record[k]).strip() for k in nt.key)


def validate_node(
    onto: Ontology, type_name: str, record: dict[str, Any], *, source: str = "<input>", record_id: str | None = None
) -> dict[str, Any]:
    """Check a node record and return it cleaned, with its uid set from the natural key."""
    try:
        nt = onto.node(type_name)
    except KeyError as e:
        raise RecordError(source, record_id or "?", "type", str(e.args[0])) from None
    rid = record_id or _guess_id(nt.key, record)
    props = onto.node_properties(type_name)
    out = _clean(onto, props, {k: v for k, v in record.items() if k != "uid"}, source, rid)
    for k in nt.key:
        if k not in out:
            raise RecordError(source, rid, k, "is part of the natural key and is missing")
    uid = natural_key(onto, type_name, out)
    if "uid" in record and record["uid"] not in (None, "", uid):
        raise RecordError(source, rid, "uid", f"does not match the natural key {uid!r}")
    out["uid"] = uid
    for name, prop in props.items():
        if prop.required and name not in out:
            raise RecordError(source, rid, name, "is required")
    return out


def validate_relation(
    onto: Ontology,
    rel_name: str,
    src_type: str,
    dst_type: str,
    props: dict[str, Any] | None = None,
    *,
    source: str = "<input>",
    record_id: str = "?",
) -> dict[str, Any]:
    try:
        rt = onto.relation(rel_name)
    except KeyError as e:
        raise RecordError(source, record_id, "type", str(e.args[0])) from None
    if not rt.allows(src_type, dst_type):
        raise RecordError(
            source, record_id, "type", f"{rel_name} may not join {src_type} to {dst_type} (see relations.yaml)"
        )
    allowed = onto.relation_properties(rel_name)
    out = _clean(onto, allowed, props or {}, source, record_id)
    for name, prop in allowed.items():
        if prop.required and name not in out:
            raise RecordError(source, record_id, name, "is required")
    return out


def _guess_id(key: tuple[str, ...], record: dict[str, Any]) -> str:
    parts = [str(record.get(k)) for k in key if record.get(k) not in (None, "")]
    return KEY_SEPARATOR.join(parts) or str(record.get("name") or "?")
