"""Ed25519 keys for signing directory bundles.

The private key is a PEM (PKCS#8) file readable only by its owner. A public key is one line of text,
``camino-ed25519 BASE64 KEY_ID``, so that a trusted-keys file is simply several ``.pub`` files joined
together: that is how keys are rotated (trust old and new, publish with the new, then drop the old).
Blank lines and lines starting with ``#`` are ignored.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import os
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from db.input_guard import read_bytes
from kiosk.errors import BadInput

KEY_TYPE = "camino-ed25519"


@dataclass(frozen=True)
class TrustedKey:
    """A public key a kiosk accepts bundles from."""

    key: Ed25519PublicKey
    key_id: str


def key_id(public: Ed25519PublicKey) -> str:
    """A short fingerprint that names a key in manifests, logs and the IT guide."""
    raw = public.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return hashlib.sha256(raw).hexdigest()[:16]


def public_line(public: Ed25519PublicKey) -> str:
    """The one-line text form of a public key."""
    raw = public.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return f"{KEY_TYPE} {base64.b64encode(raw).decode()} {key_id(public)}"


def generate(prefix: Path) -> tuple[Path, Path]:
    """Write a new key pair: ``prefix`` (private, mode 0600) and ``prefix.pub``; refuse to overwrite."""
    private_path = Path(prefix)
    public_path = private_path.with_name(private_path.name + ".pub")
    for path in (private_path, public_path):
        if path.exists():
            raise BadInput(f"{path} already exists; choose another --out (keys are never overwritten)")
    if not private_path.parent.is_dir():
        raise BadInput(f"folder not found for --out: {private_path.parent}")
    private = Ed25519PrivateKey.generate()
    pem = private.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                serialization.NoEncryption())
    # Created 0600 from the start: the key is never readable by others, not even for a moment.
    fd = os.open(private_path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(pem)
    public_path.write_text(public_line(private.public_key()) + "\n", encoding="ascii")
    return private_path, public_path


def load_private(path: Path) -> Ed25519PrivateKey:
    """Read a private key written by :func:`generate`."""
    path = Path(path)
    data = read_bytes(path, "private key file", 64 * 1024)
    try:
        key = serialization.load_pem_private_key(data, password=None)
    except (ValueError, TypeError):
        raise BadInput(f"{path} is not an unencrypted PEM private key (make one with `kiosk keygen`)") from None
    if not isinstance(key, Ed25519PrivateKey):
        raise BadInput(f"{path} is not an ed25519 key (make one with `kiosk keygen`)")
    return key


def parse_public_line(line: str, where: str) -> TrustedKey:
    """One public key from its text form (``camino-ed25519 BASE64 [comment]`` or bare BASE64)."""
    parts = line.split()
    encoded = parts[1] if parts[0] == KEY_TYPE and len(parts) > 1 else parts[0]
    try:
        raw = base64.b64decode(encoded, validate=True)
        public = Ed25519PublicKey.from_public_bytes(raw)
    except (binascii.Error, ValueError):
        raise BadInput(f"{where}: not an ed25519 public key (expected a line written by `kiosk keygen`)") from None
    return TrustedKey(public, key_id(public))


def load_trusted(path: Path) -> list[TrustedKey]:
    """The public keys in a file, one per line; at least one."""
    path = Path(path)
    try:
        text = read_bytes(path, "public key file", 64 * 1024).decode("ascii")
    except UnicodeDecodeError:
        raise BadInput(f"cannot read the public key file as text: {path}") from None
    keys = [
        parse_public_line(line, f"{path} line {number}")
        for number, line in enumerate(text.splitlines(), start=1)
        if line.strip() and not line.lstrip().startswith("#")
    ]
    if not keys:
        raise BadInput(f"no public key in {path}")
    return keys


def sign(private: Ed25519PrivateKey, data: bytes) -> bytes:
    """The detached signature file's content: base64 of the 64-byte signature, one line."""
    return base64.b64encode(private.sign(data)) + b"\n"


def verify(trusted: list[TrustedKey], data: bytes, signature_file: bytes) -> TrustedKey | None:
    """The trusted key that signed ``data``, or None when none did (or the signature is malformed)."""
    try:
        signature = base64.b64decode(signature_file.strip(), validate=True)
    except (binascii.Error, ValueError):
        return None
    for candidate in trusted:
        try:
            candidate.key.verify(signature, data)
        except InvalidSignature:
            continue
        return candidate
    return None
