"""Signed directory updates: IT publishes a bundle once, every kiosk fetches, verifies and installs it.

``keys`` (ed25519 key pairs, trusted keys), ``bundle`` (manifest, publish), ``fetch`` (HTTP and folder
sources), ``delta`` (the compressed database and patches: publishing them, taking the smallest),
``zstd_files`` (zstd with an old file as reference), ``apply`` (verify, atomic install, rollback),
``status`` (last attempts), ``service`` (``sync_once(config)``, the one call the CLI and the app use).
See ``docs/it-guide.md``.
"""
