"""A saved index state as bytes: plain data and numpy arrays in one compressed blob, never pickle.

A store is a file people share; opening one must not run code, so the state of the story index
is JSON (dicts, lists, strings, numbers: Python writes floats so that they read back exactly)
with numpy arrays beside it, written by ``np.save`` and read with ``allow_pickle=False`` (an
object array in a blob is refused, not run). Layout::

    MAGIC, FORMAT (2 bytes, big-endian), zlib( JSON length (8 bytes), JSON, array 0 .npy, array 1 .npy ... )

The JSON refers to array ``i`` as ``{"$array": i}``. Each class keeps its own ``to_state`` /
``from_state`` beside it; this module only packs, and offers the compact forms they share: many
small maps over one vocabulary of feature keys, and ragged lists of integers.
"""

from __future__ import annotations

import io
import json
import struct
import zlib
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import numpy as np

MAGIC = b"storyline-state\n"
FORMAT = 1  # bump when the layout of any class's state changes: an old blob then means a recompute
_LEVEL = 1  # zlib: most of the bytes are float64 weights, which a higher level barely shrinks
ARRAY = "$array"


class StateError(ValueError):
    """A blob that is not a readable state of this format (truncated, corrupt, or foreign)."""


def pack(state: Mapping[str, Any]) -> bytes:
    """The blob of a state: JSON-able values and numpy arrays (numeric dtypes) at any depth."""
    arrays: list[np.ndarray] = []

    def array_ref(value: Any) -> dict[str, int]:
        if not isinstance(value, np.ndarray) or value.dtype.hasobject:
            raise TypeError(f"not state data: {type(value).__name__}")
        arrays.append(value)
        return {ARRAY: len(arrays) - 1}

    text = json.dumps(state, ensure_ascii=False, separators=(",", ":"), default=array_ref).encode()
    body = io.BytesIO()
    body.write(struct.pack(">Q", len(text)))
    body.write(text)
    for array in arrays:
        np.save(body, array, allow_pickle=False)
    return MAGIC + struct.pack(">H", FORMAT) + zlib.compress(body.getvalue(), _LEVEL)


def format_of(blob: bytes) -> int | None:
    """The format version a blob says it has (None: not a state blob at all)."""
    head = len(MAGIC)
    if blob[:head] != MAGIC or len(blob) < head + 2:
        return None
    return struct.unpack(">H", blob[head : head + 2])[0]


def unpack(blob: bytes) -> dict[str, Any]:
    """The state in a blob of this ``FORMAT``; ``StateError`` for anything else."""
    found = format_of(blob)
    if found != FORMAT:
        problem = "not a saved index" if found is None else f"written in format {found}, this version reads {FORMAT}"
        raise StateError(problem)
    try:
        body = io.BytesIO(zlib.decompress(blob[len(MAGIC) + 2 :]))
        (size,) = struct.unpack(">Q", body.read(8))
        text = body.read(size)
        arrays: list[np.ndarray] = []
        while body.tell() < len(body.getbuffer()):
            arrays.append(np.load(body, allow_pickle=False))
        return json.loads(text, object_hook=lambda obj: _array_of(obj, arrays))
    except (zlib.error, struct.error, ValueError, IndexError, EOFError, OSError) as err:
        raise StateError(f"corrupt ({type(err).__name__}: {err})") from None


def _array_of(obj: dict[str, Any], arrays: list[np.ndarray]) -> Any:
    """A JSON object, or the array it stands for."""
    if len(obj) == 1 and ARRAY in obj:
        return arrays[obj[ARRAY]]
    return obj


class Vocab:
    """Feature keys as integers, so that a blob spells each key once however often it is used."""

    def __init__(self, words: Iterable[str] = ()) -> None:
        self.index: dict[str, int] = {}
        for word in words:
            self.index.setdefault(word, len(self.index))

    def ids(self, words: Iterable[str]) -> np.ndarray:
        """The ids of ``words``, numbering the new ones."""
        index = self.index
        return np.fromiter((index.setdefault(w, len(index)) for w in words), dtype=np.int32)

    def words(self) -> list[str]:
        """Every key, by id (to be saved after the last ``ids`` call)."""
        return list(self.index)


def encode_maps(maps: Sequence[Mapping[str, Any]], vocab: Vocab, dtype: Any) -> dict[str, np.ndarray]:
    """Many maps from feature keys to numbers, in their iteration order (ties are broken by it)."""
    keys = vocab.ids(k for m in maps for k in m)
    values = np.fromiter((v for m in maps for v in m.values()), dtype=dtype, count=len(keys))
    return {"lengths": np.fromiter((len(m) for m in maps), dtype=np.int64, count=len(maps)), "keys": keys,
            "values": values}  # fmt: skip


def decode_maps(data: Mapping[str, Any], words: Sequence[str]) -> list[dict[str, Any]]:
    """The maps of ``encode_maps``, each in its saved order."""
    keys = [words[i] for i in data["keys"].tolist()]
    return [dict(zip(k, v, strict=True)) for k, v in zip(split(keys, data["lengths"]),
                                                         split(data["values"].tolist(), data["lengths"]))]  # fmt: skip


def ragged(rows: Iterable[Iterable[int]]) -> dict[str, np.ndarray]:
    """Lists of integers (of different lengths) as two arrays."""
    lengths: list[int] = []
    values: list[int] = []
    for row in rows:
        before = len(values)
        values.extend(row)
        lengths.append(len(values) - before)
    return {"lengths": np.asarray(lengths, dtype=np.int64), "values": np.asarray(values, dtype=np.int64)}


def unragged(data: Mapping[str, Any]) -> list[list[int]]:
    """The lists of ``ragged``."""
    return split(data["values"].tolist(), data["lengths"])


def split(values: list[Any], lengths: np.ndarray) -> list[list[Any]]:
    """``values`` cut into consecutive runs of ``lengths``."""
    ends = np.cumsum(lengths).tolist()
    if (ends[-1] if ends else 0) != len(values):
        raise StateError(f"corrupt (lengths sum to {ends[-1] if ends else 0}, {len(values)} values)")
    return [values[a:b] for a, b in zip([0, *ends[:-1]], ends)]
