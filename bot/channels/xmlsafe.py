"""Hardened XML reading and CDATA-safe XML writing for WeChat message bodies.

Pure transport utility: no WeChat semantics and no domain imports.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any
from xml.parsers import expat

# Characters XML 1.0 forbids even inside CDATA; a user can type some of them
# (e.g. \x08 from a broken keyboard app) and one would make the whole reply invalid.
_ILLEGAL_XML_CHARS = re.compile("[^\x09\x0a\x0d\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


class UnsafeXml(ValueError):
    """Body is not well-formed XML, or carries a DTD / entity declaration."""


def _refuse_doctype(*_args: object) -> None:
    # Billion-laughs and XXE both need a DTD; WeChat never sends one.
    raise UnsafeXml("DOCTYPE declarations are not allowed")


def _refuse_entity(*_args: object) -> None:
    raise UnsafeXml("ENTITY declarations are not allowed")


class _TreeBuilder:
    """Collects expat events into xmltodict-like nested dicts (attributes ignored)."""

    def __init__(self) -> None:
        self.stack: list[tuple[str, dict[str, Any], list[str]]] = []
        self.root: tuple[str, Any] | None = None

    def start(self, tag: str, _attrs: object) -> None:
        self.stack.append((tag, {}, []))

    def data(self, text: str) -> None:
        if self.stack:
            self.stack[-1][2].append(text)

    def end(self, _tag: str) -> None:
        tag, children, texts = self.stack.pop()
        # Leaf text is kept verbatim (user text may have meaningful spaces);
        # whitespace between child elements is formatting and is dropped.
        value: Any = children if children else "".join(texts)
        if not self.stack:
            self.root = (tag, value)
            return
        siblings = self.stack[-1][1]
        if tag not in siblings:
            siblings[tag] = value
        elif isinstance(siblings[tag], list):
            siblings[tag].append(value)
        else:
            siblings[tag] = [siblings[tag], value]


def parse_xml(data: bytes | str, root: str = "xml") -> dict[str, Any]:
    """Parse a WeChat XML document into a dict, refusing DTDs, entities and bad XML."""
    builder = _TreeBuilder()
    parser = expat.ParserCreate()
    parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
    parser.StartDoctypeDeclHandler = _refuse_doctype
    parser.EntityDeclHandler = _refuse_entity
    parser.UnparsedEntityDeclHandler = _refuse_entity
    parser.StartElementHandler = builder.start
    parser.EndElementHandler = builder.end
    parser.CharacterDataHandler = builder.data
    parser.buffer_text = True
    try:
        parser.Parse(data, True)
    except expat.ExpatError as exc:
        raise UnsafeXml(f"malformed XML: {exc}") from exc
    if builder.root is None or builder.root[0] != root:
        raise UnsafeXml(f"root element must be <{root}>")
    value = builder.root[1]
    return value if isinstance(value, dict) else {}


def cdata(text: str) -> str:
    """Wrap text in CDATA; a literal ']]>' is split across two sections so it survives."""
    clean = _ILLEGAL_XML_CHARS.sub("", text)
    return "<![CDATA[" + clean.replace("]]>", "]]]]><![CDATA[>") + "]]>"


def _render_value(tag: str, value: Any) -> str:
    if isinstance(value, bool):
        raise TypeError(f"{tag}: booleans have no WeChat XML form")
    if isinstance(value, int | float):
        return f"<{tag}>{value}</{tag}>"
    if isinstance(value, str):
        return f"<{tag}>{cdata(value)}</{tag}>"
    if isinstance(value, Mapping):
        return f"<{tag}>{_render_fields(value)}</{tag}>"
    if isinstance(value, Sequence):
        return "".join(_render_value(tag, item) for item in value)
    raise TypeError(f"{tag}: cannot render {type(value).__name__}")


def _render_fields(fields: Mapping[str, Any]) -> str:
    return "".join(_render_value(tag, v) for tag, v in fields.items() if v is not None)


def render_xml(fields: Mapping[str, Any], root: str = "xml") -> str:
    """Render WeChat-style XML: str -> CDATA, numbers bare, mappings nested, lists repeated."""
    return f"<{root}>{_render_fields(fields)}</{root}>"
