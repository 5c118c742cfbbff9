"""Delta updates: a kiosk on version 1 takes version 2 as a small patch, over HTTP and from a USB folder,
and falls back to the whole (compressed) database whenever anything on the patch's way is wrong."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest
from test_sync_http import BundleServer

from db.identity import check_file, integrity_ok
from kiosk import paths
from kiosk.config import Config
from kiosk.sync import bundle, keys, zstd_files
from kiosk.sync.service import sync_once

PATCH = "directory-v2-from-v1.zst"
WHOLE = "directory-v2.sqlite.zst"


@pytest.fixture(scope="module")
def signing_key(tmp_path_factory):
    folder = tmp_path_factory.mktemp("keys")
    private, public = keys.generate(folder / "it")
    return keys.load_private(private), public


def _changed(demo: Path, dest: Path) -> Path:
    """The demo directory with some services' descriptions rewritten: IT's next edition."""
    shutil.copyfile(demo, dest)
    connection = sqlite3.connect(dest)
    with connection:
        connection.execute("UPDATE service SET description = coalesce(description, '') || ' Hours changed.' "
                           "WHERE rowid % 7 = 0")
    connection.close()
    return dest


@pytest.fixture
def fleet(tmp_path, demo_db_path, signing_key):
    """A bundle folder that held version 1 and now holds version 2; a kiosk with version 1 in service."""
    out = tmp_path / "bundle"
    bundle.publish(str(demo_db_path), signing_key[0], out, version=1)
    shutil.copyfile(out / "directory-v1.sqlite", paths.installed_directory())
    bundle.publish(str(_changed(demo_db_path, tmp_path / "edited.sqlite")), signing_key[0], out, version=2)
    config = Config()
    config.sync.pubkey = str(signing_key[1])
    config.sync.timeout_s = 2.0
    return out, config


@pytest.fixture
def server(fleet):
    srv = BundleServer(fleet[0])
    yield srv
    srv.close()


def installed() -> int:
    return int(check_file(paths.installed_directory())["directory_version"])


def fetched(server) -> list[str]:
    return [name for name, _ in server.requests if name not in ("manifest.json", "manifest.json.sig")]


def _assert_v2_in_service(out: Path) -> None:
    manifest = bundle.Manifest.parse((out / "manifest.json").read_bytes())
    assert installed() == 2 and integrity_ok(paths.installed_directory())
    assert bundle.sha256_file(paths.installed_directory()) == manifest.sha256
    assert check_file(paths.directory_dir() / "previous.sqlite")["directory_version"] == "1"
    assert {p.name for p in paths.directory_dir().iterdir()} == {"current.sqlite", "previous.sqlite", "sync.lock"}


def test_manifest_lists_the_patch_and_the_compressed_file_with_sizes_and_hashes(fleet):
    out, _ = fleet
    manifest = bundle.Manifest.parse((out / "manifest.json").read_bytes())
    [patch] = manifest.deltas
    assert (patch.file, patch.from_version) == (PATCH, 1)
    assert patch.from_sha256 == bundle.sha256_file(out / "directory-v1.sqlite")
    for download in (patch, manifest.compressed):
        assert download.size == (out / download.file).stat().st_size
        assert download.sha256 == bundle.sha256_file(out / download.file)
    assert patch.size < manifest.compressed.size < manifest.size


def test_a_kiosk_on_v1_takes_v2_by_the_patch_over_http(fleet, server):
    out, config = fleet
    result = sync_once(config, server.url)
    assert result.installed, result.message
    assert result.route == "patch from version 1" and "patch from version 1" in result.message
    assert fetched(server) == [PATCH]  # nothing else crossed the network
    assert result.downloaded_bytes == (out / PATCH).stat().st_size
    _assert_v2_in_service(out)


def test_a_damaged_patch_falls_back_to_the_whole_database(fleet, server):
    out, config = fleet
    server.faults[PATCH] = "flip"
    result = sync_once(config, server.url)
    assert result.installed and result.route == "compressed database", result.message
    assert fetched(server) == [PATCH, WHOLE]
    _assert_v2_in_service(out)


def test_a_missing_patch_falls_back_to_the_whole_database(fleet, server):
    out, config = fleet
    server.faults[PATCH] = "404"
    result = sync_once(config, server.url)
    assert result.installed and result.route == "compressed database", result.message
    _assert_v2_in_service(out)


def test_an_installed_file_that_is_not_the_patch_base_takes_the_whole_database(fleet, server, demo_db_path):
    out, config = fleet
    shutil.copyfile(demo_db_path, paths.installed_directory())  # version 1 too, but other bytes
    result = sync_once(config, server.url)
    assert result.installed and result.route == "compressed database", result.message
    assert fetched(server) == [WHOLE]
    _assert_v2_in_service(out)


def test_a_signed_patch_that_rebuilds_the_wrong_file_is_never_installed(fleet, server, signing_key, tmp_path):
    """The manifest is signed and the patch matches its hash, but it rebuilds a file one byte off the
    signed database: its sha256 is checked before anything else, and the whole database is taken instead."""
    out, config = fleet
    wrong = bytearray((out / "directory-v2.sqlite").read_bytes())
    wrong[len(wrong) // 2] ^= 0xFF
    (tmp_path / "wrong.sqlite").write_bytes(wrong)
    zstd_files.compress_file(tmp_path / "wrong.sqlite", out / PATCH, 3, reference=out / "directory-v1.sqlite")
    manifest = json.loads((out / "manifest.json").read_text())
    manifest["deltas"][0].update(size=(out / PATCH).stat().st_size, sha256=bundle.sha256_file(out / PATCH))
    data = json.dumps(manifest).encode()
    (out / "manifest.json").write_bytes(data)
    (out / "manifest.json.sig").write_bytes(keys.sign(signing_key[0], data))
    result = sync_once(config, server.url)
    assert result.installed and result.route == "compressed database", result.message
    _assert_v2_in_service(out)


def test_when_the_whole_database_fails_too_the_old_directory_stays(fleet, server):
    _, config = fleet
    server.faults[PATCH] = "flip"
    server.faults[WHOLE] = "flip"
    result = sync_once(config, server.url)
    assert result.outcome == "failed" and "sha256" in result.message and "discarded" in result.message
    assert installed() == 1 and integrity_ok(paths.installed_directory())
    assert {p.name for p in paths.directory_dir().iterdir()} == {"current.sqlite", "sync.lock"}


def test_a_patch_from_a_usb_folder(fleet):
    out, config = fleet
    result = sync_once(config, str(out))
    assert result.installed and result.route == "patch from version 1", result.message
    _assert_v2_in_service(out)


def test_a_bundle_without_compressed_files_still_installs_from_the_raw_database(fleet, server, signing_key):
    """Bundles published before delta updates list neither; their kiosks' sync stays as it was."""
    out, config = fleet
    manifest = json.loads((out / "manifest.json").read_text())
    del manifest["compressed"], manifest["deltas"]
    data = json.dumps(manifest).encode()
    (out / "manifest.json").write_bytes(data)
    (out / "manifest.json.sig").write_bytes(keys.sign(signing_key[0], data))
    server.faults["directory-v2.sqlite"] = "flip"
    assert sync_once(config, server.url).outcome == "failed" and installed() == 1
    del server.faults["directory-v2.sqlite"]
    result = sync_once(config, server.url)
    assert result.installed and result.route == "database", result.message
    _assert_v2_in_service(out)


@pytest.mark.parametrize(("entry", "words"), [
    ({"file": "../etc/passwd"}, "unsafe file"),
    ({"file": "manifest.json"}, "unsafe file"),
    ({"size": 10**12}, "impossible size"),
    ({"sha256": "nope"}, "sha256"),
    ({"from_version": 2}, "base version"),
    ({"from_version": True}, "from_version"),
])
def test_a_manifest_with_a_bad_patch_entry_is_refused(fleet, entry, words):
    out, _ = fleet
    manifest = json.loads((out / "manifest.json").read_text())
    manifest["deltas"][0].update(entry)
    with pytest.raises(bundle.CaminoError, match=words):
        bundle.Manifest.parse(json.dumps(manifest).encode())


def test_unpacking_stops_at_the_size_the_manifest_gives(fleet, tmp_path):
    out, _ = fleet
    size = (out / "directory-v2.sqlite").stat().st_size
    with pytest.raises(zstd_files.ZstdError, match="more than the expected"):
        zstd_files.decompress_file(out / WHOLE, tmp_path / "x", size - 1)
    truncated = tmp_path / "cut.zst"
    truncated.write_bytes((out / WHOLE).read_bytes()[:-100])
    with pytest.raises(zstd_files.ZstdError, match="truncated"):
        zstd_files.decompress_file(truncated, tmp_path / "y", size)


def test_a_kiosk_takes_the_patch_from_its_own_version_or_the_whole_file_when_too_far_behind(
        tmp_path, demo_db_path, signing_key):
    out = tmp_path / "bundle"
    for version in range(1, 6):  # five editions, each with other services changed
        edition = tmp_path / f"edition-{version}.sqlite"
        shutil.copyfile(demo_db_path, edition)
        connection = sqlite3.connect(edition)
        with connection:
            connection.execute("UPDATE service SET description = coalesce(description, '') || ? "
                               "WHERE rowid % 5 = ?", (f" Edition {version}.", version % 5))
        connection.close()
        bundle.publish(str(edition), signing_key[0], out, version=version)
        if version == 3:
            shutil.copyfile(out / "directory-v3.sqlite", tmp_path / "kept-v3.sqlite")
        if version == 1:
            shutil.copyfile(out / "directory-v1.sqlite", tmp_path / "kept-v1.sqlite")
    manifest = bundle.Manifest.parse((out / "manifest.json").read_bytes())
    assert [d.from_version for d in manifest.deltas] == [4, 3, 2]
    config = Config()
    config.sync.pubkey = str(signing_key[1])

    shutil.copyfile(tmp_path / "kept-v3.sqlite", paths.installed_directory())
    result = sync_once(config, str(out))
    assert result.installed and result.route == "patch from version 3", result.message
    assert bundle.sha256_file(paths.installed_directory()) == manifest.sha256

    for name in ("current.sqlite", "previous.sqlite"):
        (paths.directory_dir() / name).unlink()
    shutil.copyfile(tmp_path / "kept-v1.sqlite", paths.installed_directory())  # older than every base
    result = sync_once(config, str(out))
    assert result.installed and result.route == "compressed database", result.message
    assert bundle.sha256_file(paths.installed_directory()) == manifest.sha256
