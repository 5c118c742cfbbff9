"""Signed directory updates: IT publishes a bundle once, every kiosk fetches, verifies and installs it.

``keys`` (ed25519 key pairs, trusted keys), ``bundle`` (manifest, publish), ``fetch`` (HTTP and folder
sources), ``apply`` (verify, atomic install, rollback), ``status`` (last attempts), ``service``
(``sync_once(config)``, the one call the CLI and the app use). See ``docs/it-guide.md``.
"""
