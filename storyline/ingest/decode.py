"""Bytes to text: encoding detection and the checks that turn bad files into clear messages."""

from __future__ import annotations

import gzip
import zlib
from pathlib import Path

MAX_BYTES = 64 * 1024 * 1024  # one article file larger than this is not an article

# Bytes that never occur in text: a few of them mean a binary file, whatever its extension.
_CONTROL = bytes(range(0, 9)) + bytes(range(14, 32))


# Legacy encodings news sites still serve; restricting detection to them keeps a short Latin-1
# article from being read as a Korean or Japanese double-byte encoding.
NEWS_ENCODINGS = (
    "cp1252", "iso8859_15", "cp1250", "iso8859_2", "cp1251", "koi8_r", "cp1253", "cp1254", "cp1255",
    "cp1256", "cp1257", "gb18030", "big5", "shift_jis", "euc_jp", "euc_kr",
)  # fmt: skip


class DecodeError(ValueError):
    """The bytes are not usable text; the message says why, in words a user can act on."""


def read_bytes(path: Path) -> bytes:
    """The file's bytes, gunzipped when it ends in ``.gz``; size-capped."""
    size = path.stat().st_size
    if size > MAX_BYTES:
        raise DecodeError(f"file too large ({size // 2**20} MiB > {MAX_BYTES // 2**20} MiB)")
    data = path.read_bytes()
    if path.suffix.lower() == ".gz":
        try:
            data = gzip.decompress(data)
        except (OSError, EOFError, zlib.error) as err:
            raise DecodeError(f"corrupt gzip data ({err})") from None
        if len(data) > MAX_BYTES:
            raise DecodeError("file too large once decompressed")
    return data


def looks_binary(data: bytes) -> bool:
    """True for data with NUL bytes or many control characters (images, archives, executables)."""
    sample = data[:8192]
    if b"\x00" in sample:
        return True
    controls = sum(sample.count(bytes([c])) for c in _CONTROL)
    return controls > max(8, len(sample) // 100)


def decode_text(data: bytes) -> tuple[str, str]:
    """Decode bytes to ``(text, encoding)``: UTF-8 (with or without BOM) first, then detection.

    Non-UTF-8 text (Latin-1, Windows-1252...) is common in scraped news; it is decoded with the
    detected encoding rather than rejected, and the encoding is recorded in the metadata.
    """
    for bom, enc in ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16")):
        if data.startswith(bom):  # before the binary check: UTF-16 text is full of NUL bytes
            try:
                return data.decode(enc), enc
            except UnicodeDecodeError as err:
                raise DecodeError(f"starts with a {enc} byte-order mark but is not {enc} ({err.reason})") from err
    if looks_binary(data):
        raise DecodeError("binary data, not text")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    matches = list(from_bytes(data, cp_isolation=list(NEWS_ENCODINGS)))
    if not matches:
        raise DecodeError("not valid UTF-8 and no text encoding fits")
    # Short texts often fit several code pages equally well: then the more common one wins.
    rank = {enc: i for i, enc in enumerate(NEWS_ENCODINGS)}
    best = min(matches, key=lambda m: (m.percent_chaos, -m.percent_coherence, rank.get(m.encoding, 99)))
    return str(best), best.encoding
