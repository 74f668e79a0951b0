"""Load the ontology (node types, relationship types, taxonomies) from the YAML files beside this module.

The ontology is data: everything else refers to types and relationships through the objects built here,
so that the store DDL, record validation, NER gazetteers and UI labels all come from one place.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

HERE = Path(__file__).parent
PROPERTY_TYPES = {"string", "int", "float", "bool", "date", "datetime", "strings"}
IDENTIFIER = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


class OntologyError(ValueError):
    """The ontology files themselves are inconsistent."""


@dataclass(frozen=True)
class Property:
    name: str
    type: str
    required: bool = False
    enum: str | None = None
    zh: str = ""
    en: str = ""


@dataclass(frozen=True)
class NodeType:
    name: str
    zh: str
    en: str
    key: tuple[str, ...]
    properties: dict[str, Property]

    def label(self, lang: str = "zh") -> str:
        return self.zh if lang == "zh" else self.en


@dataclass(frozen=True)
class RelType:
    name: str
    zh: str
    en: str
    sources: tuple[str, ...]
    targets: tuple[str, ...]
    properties: dict[str, Property]
    legal_basis: str = ""

    def allows(self, src: str, dst: str) -> bool:
        return src in self.sources and dst in self.targets

    def label(self, lang: str = "zh") -> str:
        return self.zh if lang == "zh" else self.en


@dataclass(frozen=True)
class TaxonomyEntry:
    code: str
    zh: str
    en: str
    data: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Taxonomy:
    name: str
    source: str
    entries: tuple[TaxonomyEntry, ...]

    @property
    def codes(self) -> set[str]:
        return {e.code for e in self.entries}

    def get(self, code: str) -> TaxonomyEntry:
        for e in self.entries:
            if e.code == code:
                return e
        raise KeyError(f"{code!r} is not in taxonomy {self.name}")


@dataclass(frozen=True)
class Ontology:
    nodes: dict[str, NodeType]
    relations: dict[str, RelType]
    taxonomies: dict[str, Taxonomy]
    node_common: dict[str, Property]
    provenance: dict[str, Property]

    def node(self, name: str) -> NodeType:
        try:
            return self.nodes[name]
        except KeyError:
            raise KeyError(f"unknown node type {name!r}") from None

    def relation(self, name: str) -> RelType:
        try:
            return self.relations[name]
        except KeyError:
            raise KeyError(f"unknown relationship type {name!r}") from None

    def taxonomy(self, name: str) -> Taxonomy:
        return self.taxonomies[name]

    def node_properties(self, type_name: str) -> dict[str, Property]:
        """All properties a node of this type may hold: common, own, provenance (in that order)."""
        return {**self.node_common, **self.node(type_name).properties, **self.provenance}

    def relation_properties(self, rel_name: str) -> dict[str, Property]:
        return {**self.relation(rel_name).properties, **self.provenance}


def _props(raw: dict[str, Any] | None, where: str) -> dict[str, Property]:
    out: dict[str, Property] = {}
    for name, spec in (raw or {}).items():
        if not IDENTIFIER.match(name):
            raise OntologyError(f"{where}: property name {name!r} is not an identifier")
        ptype = spec.get("type")
        if ptype not in PROPERTY_TYPES:
            raise OntologyError(f"{where}.{name}: type {ptype!r} is not one of {sorted(PROPERTY_TYPES)}")
        out[name] = Property(
            name=name,
            type=ptype,
            required=bool(spec.get("required", False)),
            enum=spec.get("enum"),
            zh=spec.get("zh", name),
            en=spec.get("en", name),
        )
    return out


def _read(path: Path) -> Any:
    with path.open(encoding="utf-8") as f:
        return yaml.safe_load(f)


def load_from(directory: Path) -> Ontology:
    common = _read(directory / "common.yaml")
    node_common = _props(common["node_properties"], "common.node_properties")
    provenance = _props(common["provenance_properties"], "common.provenance_properties")

    taxonomies: dict[str, Taxonomy] = {}
    for tname, traw in _read(directory / "taxonomies.yaml").items():
        entries = []
        for e in traw["entries"]:
            e = dict(e)
            code = str(e.pop("code"))
            zh = str(e.pop("zh", code))
            en = str(e.pop("en", code))
            entries.append(TaxonomyEntry(code=code, zh=zh, en=en, data=e))
        taxonomies[tname] = Taxonomy(name=tname, source=traw.get("source", ""), entries=tuple(entries))

    nodes: dict[str, NodeType] = {}
    for name, raw in _read(directory / "types.yaml").items():
        if not IDENTIFIER.match(name):
            raise OntologyError(f"types.yaml: type name {name!r} is not an identifier")
        props = _props(raw.get("properties"), f"types.{name}")
        clash = set(props) & (set(node_common) | set(provenance))
        if clash:
            raise OntologyError(f"types.{name}: redefines common properties {sorted(clash)}")
        key = tuple(raw["key"])
        for k in key:
            if k not in props and k not in node_common:
                raise OntologyError(f"types.{name}: key field {k!r} is not a property")
        nodes[name] = NodeType(name=name, zh=raw.get("zh", name), en=raw.get("en", name), key=key, properties=props)

    rel_raw = _read(directory / "relations.yaml")
    groups: dict[str, list[str]] = rel_raw.get("groups", {})

    def expand(names: list[str], where: str) -> tuple[str, ...]:
        out: list[str] = []
        for n in names:
            for t in groups.get(n, [n]):
                if t not in nodes:
                    raise OntologyError(f"{where}: unknown node type {t!r}")
                if t not in out:
                    out.append(t)
        return tuple(out)

    relations: dict[str, RelType] = {}
    for name, raw in rel_raw["relations"].items():
        if not IDENTIFIER.match(name):
            raise OntologyError(f"relations.yaml: name {name!r} is not an identifier")
        relations[name] = RelType(
            name=name,
            zh=raw.get("zh", name),
            en=raw.get("en", name),
            sources=expand(raw["from"], f"relations.{name}.from"),
            targets=expand(raw["to"], f"relations.{name}.to"),
            properties=_props(raw.get("properties"), f"relations.{name}"),
            legal_basis=raw.get("legal_basis", ""),
        )

    onto = Ontology(nodes, relations, taxonomies, node_common, provenance)
    for tname, nt in nodes.items():
        _check_enums(onto, nt.properties, f"types.{tname}")
    for rname, rt in relations.items():
        _check_enums(onto, rt.properties, f"relations.{rname}")
    return onto


def _check_enums(onto: Ontology, props: dict[str, Property], where: str) -> None:
    for p in props.values():
        if p.enum is not None and p.enum not in onto.taxonomies:
            raise OntologyError(f"{where}.{p.name}: enum {p.enum!r} is not a taxonomy")


@lru_cache(maxsize=1)
def load() -> Ontology:
    """The project's ontology, read once per process."""
    return load_from(HERE)
