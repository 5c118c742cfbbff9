"""Publishing, USB-folder sync, rollback, key rotation, status, a full disk, and kills during apply."""

from __future__ import annotations

import contextlib
import json
import os
import random
import shutil
import signal
import stat
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from db.identity import check_file, integrity_ok
from kiosk import paths
from kiosk.config import Config
from kiosk.errors import BadInput
from kiosk.sync import bundle, keys, status
from kiosk.sync.service import rollback, sync_once
from kiosk.sync.watch import InstalledDirectoryWatch

ROOT = Path(__file__).resolve().parent.parent
KIOSK = [sys.executable, str(ROOT / "main.py")]


@pytest.fixture(scope="module")
def signing_key(tmp_path_factory):
    folder = tmp_path_factory.mktemp("keys")
    private, public = keys.generate(folder / "it")
    return keys.load_private(private), public


@pytest.fixture(scope="module")
def big_db(tmp_path_factory) -> Path:
    """A 3,000-service directory (7 MB): applying it takes long enough to be interrupted."""
    from db.generate import generate
    from db.seed import seed_folder

    return generate(tmp_path_factory.mktemp("big") / "big.sqlite", 3000, seed_folder("albuquerque"))


@pytest.fixture
def kiosk(demo_db_path, signing_key) -> Config:
    shutil.copyfile(demo_db_path, paths.installed_directory())
    config = Config()
    config.sync.pubkey = str(signing_key[1])
    return config


def installed() -> int:
    return int(check_file(paths.installed_directory())["directory_version"])


def run_kiosk(*args, env=None, timeout=60):
    return subprocess.run([*KIOSK, *args], capture_output=True, text=True, timeout=timeout,
                          env={**os.environ, **(env or {})})


# --- keys and publishing -----------------------------------------------------------------------


def test_keygen_writes_a_private_key_only_its_owner_reads(tmp_path):
    result = run_kiosk("keygen", "--out", str(tmp_path / "it"))
    assert result.returncode == 0, result.stderr
    assert stat.S_IMODE((tmp_path / "it").stat().st_mode) == 0o600
    assert (tmp_path / "it.pub").read_text().startswith("camino-ed25519 ")
    again = run_kiosk("keygen", "--out", str(tmp_path / "it"))
    assert again.returncode == 2 and "already exists" in again.stderr


def test_publish_writes_a_signed_bundle_whose_database_says_its_version(tmp_path, demo_db_path, signing_key):
    out = tmp_path / "bundle"
    manifest = bundle.publish("demo", signing_key[0], out, version=4, expires_days=10)
    data = (out / "manifest.json").read_bytes()
    assert keys.verify(keys.load_trusted(signing_key[1]), data, (out / "manifest.json.sig").read_bytes())
    assert bundle.Manifest.parse(data) == manifest
    assert manifest.size == (out / manifest.file).stat().st_size
    assert manifest.sha256 == bundle.sha256_file(out / manifest.file)
    assert check_file(out / manifest.file)["directory_version"] == "4"
    assert integrity_ok(out / manifest.file)
    # Monotonic: the same or a lower version is refused, the default is one more.
    with pytest.raises(BadInput, match="greater than 4"):
        bundle.publish(str(demo_db_path), signing_key[0], out, version=4)
    assert bundle.publish(str(demo_db_path), signing_key[0], out).version == 5
    assert bundle.publish(str(demo_db_path), signing_key[0], out).version == 6
    # Kept: this and the previous bundle's files (kiosks may be mid-download) and the last three
    # databases (the next publish makes patches from them); nothing older.
    assert sorted(p.name for p in out.glob("directory-v*")) == [
        "directory-v4.sqlite", "directory-v5-from-v4.zst", "directory-v5.sqlite", "directory-v5.sqlite.zst",
        "directory-v6-from-v4.zst", "directory-v6-from-v5.zst", "directory-v6.sqlite", "directory-v6.sqlite.zst"]
    sixth = bundle.Manifest.parse((out / "manifest.json").read_bytes())
    assert [(d.from_version, d.file) for d in sixth.deltas] == [(5, "directory-v6-from-v5.zst"),
                                                              (4, "directory-v6-from-v4.zst")]
    assert sixth.compressed.file == "directory-v6.sqlite.zst" and sixth.compressed.size < sixth.size // 4
    bundle.publish(str(demo_db_path), signing_key[0], out)
    assert not list(out.glob("directory-v4*")) and not list(out.glob("directory-v5-*"))


def test_publish_from_an_hsds_folder(tmp_path, signing_key):
    manifest = bundle.publish(str(ROOT / "tests/data/hsds/v30_camino"), signing_key[0], tmp_path / "b", version=2)
    meta = check_file(tmp_path / "b" / manifest.file)
    assert meta["directory_version"] == "2"


def test_publish_refuses_bad_sources_and_keys(tmp_path, signing_key):
    not_a_db = tmp_path / "x.sqlite"
    not_a_db.write_bytes(b"hello")
    result = run_kiosk("publish", "--source", str(tmp_path / "missing"), "--key", str(tmp_path / "nokey"),
                       "--out", str(tmp_path / "b"))
    assert result.returncode == 2 and "private key file not found" in result.stderr
    result = run_kiosk("publish", "--source", str(tmp_path / "missing"), "--key", str(signing_key[1].with_suffix("")),
                       "--out", str(tmp_path / "b"))
    assert result.returncode == 2 and "not found" in result.stderr
    assert result.stderr.count("\n") == 1
    with pytest.raises(BadInput):
        bundle.publish(str(not_a_db), signing_key[0], tmp_path / "b")
    assert not (tmp_path / "b" / "manifest.json").exists()
    assert not list((tmp_path / "b").glob("*.sqlite"))


# --- USB folder, rollback, rotation ------------------------------------------------------------


def test_usb_folder_sync_then_rollback_then_newer(kiosk, tmp_path, demo_db_path, signing_key):
    usb = tmp_path / "usb"
    bundle.publish(str(demo_db_path), signing_key[0], usb, version=2)
    watch = InstalledDirectoryWatch()
    assert sync_once(kiosk, str(usb)).installed
    assert installed() == 2 and watch.changed()
    watch.accept()
    assert not watch.changed()

    back = rollback()
    assert back.outcome == "installed" and back.version == 1, back.message
    assert installed() == 1 and integrity_ok(paths.installed_directory())
    assert check_file(paths.directory_dir() / "previous.sqlite")["directory_version"] == "2"
    assert watch.changed()
    # The version IT rolled back is not reinstalled by the next timer run; a newer one is.
    refused = sync_once(kiosk, str(usb))
    assert refused.outcome == "failed" and "was rolled back" in refused.message
    assert installed() == 1
    bundle.publish(str(demo_db_path), signing_key[0], usb, version=3)
    assert sync_once(kiosk, str(usb)).installed and installed() == 3


def test_sync_after_one_killed_between_keeping_previous_and_installing(kiosk, tmp_path, demo_db_path, signing_key):
    # A sync killed right after linking previous.sqlite to the directory in service, before putting the
    # new file in place, leaves the two names on one file; the next sync must not trip over that.
    current = paths.installed_directory()
    previous = current.with_name("previous.sqlite")
    os.link(current, previous)
    usb = tmp_path / "usb"
    bundle.publish(str(demo_db_path), signing_key[0], usb, version=2)
    assert sync_once(kiosk, str(usb)).installed and installed() == 2
    assert check_file(previous)["directory_version"] == "1"
    assert sorted(p.name for p in paths.directory_dir().iterdir()) == ["current.sqlite", "previous.sqlite",
                                                                       "sync.lock"]


def test_rollback_without_a_previous_directory_fails_cleanly(kiosk):
    result = run_kiosk("rollback")
    assert result.returncode == 1 and "no previous directory" in result.stderr
    assert installed() == 1


def test_missing_usb_folder_is_a_clear_failure(kiosk, tmp_path):
    result = sync_once(kiosk, str(tmp_path / "not-mounted"))
    assert result.outcome == "failed" and "USB stick" in result.message and installed() == 1


def test_key_rotation_trusts_every_key_in_the_file(kiosk, tmp_path, demo_db_path, signing_key):
    _, new_public = keys.generate(tmp_path / "new")
    trusted = tmp_path / "trusted.pub"
    trusted.write_text(f"# old key, retire after the rotation\n{signing_key[1].read_text()}\n{new_public.read_text()}")
    kiosk.sync.pubkey = str(trusted)
    usb = tmp_path / "usb"
    bundle.publish(str(demo_db_path), signing_key[0], usb, version=2)  # signed with the old key
    assert sync_once(kiosk, str(usb)).installed
    bundle.publish(str(demo_db_path), keys.load_private(tmp_path / "new"), usb, version=3)
    assert sync_once(kiosk, str(usb)).installed and installed() == 3
    kiosk.sync.pubkey = str(signing_key[1])  # a kiosk that only knows the old key refuses the new one
    bundle.publish(str(demo_db_path), keys.load_private(tmp_path / "new"), usb, version=4)
    assert "signature does not match" in sync_once(kiosk, str(usb)).message


def test_relative_pubkey_is_read_beside_the_config_file(tmp_path, demo_db_path, signing_key):
    shutil.copyfile(demo_db_path, paths.installed_directory())
    shutil.copyfile(signing_key[1], tmp_path / "trusted.pub")
    usb = tmp_path / "usb"
    bundle.publish(str(demo_db_path), signing_key[0], usb, version=2)
    config_file = tmp_path / "config.toml"
    config_file.write_text(f'[sync]\nurl = "{usb}"\npubkey = "trusted.pub"\n')
    result = run_kiosk("sync", "--config", str(config_file))
    assert result.returncode == 0, result.stderr
    assert installed() == 2


def test_sync_from_a_worker_thread(kiosk, tmp_path, demo_db_path, signing_key):
    usb = tmp_path / "usb"
    bundle.publish(str(demo_db_path), signing_key[0], usb, version=2)
    results = []
    worker = threading.Thread(target=lambda: results.append(sync_once(kiosk, str(usb))))
    worker.start()
    worker.join(30)
    assert results and results[0].installed


# --- status ------------------------------------------------------------------------------------


def test_status_json_reports_directory_sync_disk_and_printer(kiosk, tmp_path, demo_db_path, signing_key):
    usb = tmp_path / "usb"
    bundle.publish(str(demo_db_path), signing_key[0], usb, version=2)
    sync_once(kiosk, str(tmp_path / "nowhere"))
    result = run_kiosk("status", "--json")
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["directory_version"] == 1 and report["last_sync_result"] == "failed"
    assert "update folder not found" in report["last_error"]
    sync_once(kiosk, str(usb))
    report = json.loads(run_kiosk("status", "--json").stdout)
    for key in ("directory_version", "published", "last_sync_attempt", "last_sync_result", "last_error",
                "app_version", "free_disk_bytes", "printer"):
        assert key in report
    assert report["directory_version"] == 2 and report["previous_version"] == 1
    assert report["last_sync_result"] == "installed" and report["last_error"] is None
    assert report["published"] == check_file(paths.installed_directory())["published"]
    assert report["free_disk_bytes"] > 0
    assert report["printer"]["state"] in ("idle", "printing", "stopped", "no printer", "unknown")
    assert status.load().history[0]["version"] == 2


# --- a full disk -------------------------------------------------------------------------------


def test_disk_full_during_download_keeps_the_installed_directory(kiosk, tmp_path, big_db, signing_key):
    """RLIMIT_FSIZE makes every write past 1 MB fail as a full disk would (EFBIG)."""
    usb = tmp_path / "usb"
    bundle.publish(str(big_db), signing_key[0], usb, version=2)
    code = (
        "import resource, signal, sys\n"
        "signal.signal(signal.SIGXFSZ, signal.SIG_IGN)\n"
        "resource.setrlimit(resource.RLIMIT_FSIZE, (1 << 20, 1 << 20))\n"
        "from main import cli\n"
        "sys.exit(cli(sys.argv[1:]))\n"
    )
    result = subprocess.run([sys.executable, "-c", code, "sync", "--from", str(usb), "--pubkey", str(signing_key[1])],
                            capture_output=True, text=True, timeout=60, cwd=ROOT)
    assert result.returncode == 1, result.stderr
    assert "not enough disk space" in result.stderr and result.stderr.count("\n") == 1
    assert installed() == 1 and integrity_ok(paths.installed_directory())
    assert {p.name for p in paths.directory_dir().iterdir()} == {"current.sqlite", "sync.lock"}


def test_disk_too_small_is_refused_before_downloading(tmp_path, demo_db_path, big_db, signing_key, monkeypatch):
    if os.geteuid() != 0:
        pytest.skip("mounting a small tmpfs needs root")
    mount = tmp_path / "small"
    mount.mkdir()
    made = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", str(mount)], capture_output=True)
    if made.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {made.stderr.decode().strip()}")
    try:
        monkeypatch.setenv("CAMINO_DATA_DIR", str(mount))
        shutil.copyfile(demo_db_path, paths.installed_directory())
        usb = tmp_path / "usb"
        bundle.publish(str(big_db), signing_key[0], usb, version=2)
        config = Config()
        config.sync.pubkey = str(signing_key[1])
        result = sync_once(config, str(usb))
        assert result.outcome == "failed" and "not enough disk space" in result.message
        assert installed() == 1 and integrity_ok(paths.installed_directory())
        assert not [p for p in paths.directory_dir().iterdir() if p.name.endswith(".part")]
    finally:
        subprocess.run(["umount", str(mount)], check=False)


# --- killed at random moments --------------------------------------------------------------------

_WORKERS = """
import os
import sys
from kiosk.config import Config
from kiosk.sync.service import sync_once
config = Config()
config.sync.pubkey = sys.argv[2]
print("ready", flush=True)
for _line in sys.stdin:  # a line: fork one worker that syncs (and may be killed), then report its end
    pid = os.fork()
    if pid == 0:
        print("go", os.getpid(), flush=True)
        print(sync_once(config, sys.argv[1]).outcome, flush=True)
        os._exit(0)
    os.waitpid(pid, 0)
    print("ended", flush=True)
"""


class SyncWorkers:
    """Sync processes to kill: forked from one that imported the sync code once, not a new Python each time
    (thirty-one interpreters starting and importing took longer than the syncs themselves)."""

    def __init__(self, usb: Path, pubkey: Path) -> None:
        self.proc = subprocess.Popen([sys.executable, "-c", _WORKERS, str(usb), str(pubkey)], cwd=ROOT,
                                     stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                                     text=True, env=os.environ.copy())
        assert self.proc.stdout.readline().strip() == "ready"

    def start(self) -> tuple[int, float]:
        """One sync under way in its own process: its pid and when it began."""
        self.proc.stdin.write("\n")
        self.proc.stdin.flush()
        word, pid = self.proc.stdout.readline().split()
        assert word == "go"
        return int(pid), time.monotonic()

    def ended(self) -> list[str]:
        """What the last worker said before it ended (its outcome, unless it was killed)."""
        said = []
        while (line := self.proc.stdout.readline().strip()) != "ended":
            assert line, "the worker parent is gone"
            said.append(line)
        return said

    def close(self) -> None:
        self.proc.stdin.close()
        self.proc.wait(30)


def _assert_whole(path: Path, versions: set[int]) -> int:
    version = int(check_file(path)["directory_version"])
    assert integrity_ok(path), path
    assert version in versions
    return version


@pytest.mark.slow
def test_killed_at_random_points_the_directory_is_always_old_or_new(tmp_path, big_db, signing_key):
    usb = tmp_path / "usb"
    bundle.publish(str(big_db), signing_key[0], usb, version=2)
    bundle.publish(str(big_db), signing_key[0], tmp_path / "v1", version=1)
    v1 = tmp_path / "v1" / "directory-v1.sqlite"
    current = paths.installed_directory()
    shutil.copyfile(v1, current)

    workers = SyncWorkers(usb, signing_key[1])
    _pid, started = workers.start()  # how long one whole sync takes here
    assert workers.ended() == ["installed"]
    span = time.monotonic() - started
    rng = random.Random(20261129)
    outcomes = {1: 0, 2: 0}
    for _ in range(30):
        if _assert_whole(current, {1, 2}) == 2:
            tmp = current.with_name("reset.tmp")
            shutil.copyfile(v1, tmp)
            os.replace(tmp, current)
        pid, started = workers.start()
        time.sleep(max(0.0, rng.uniform(0, span * 1.1) - (time.monotonic() - started)))
        with contextlib.suppress(ProcessLookupError):  # it may have finished already
            os.kill(pid, signal.SIGKILL)
        workers.ended()
        outcomes[_assert_whole(current, {1, 2})] += 1
        previous = current.with_name("previous.sqlite")
        if previous.exists():
            _assert_whole(previous, {1, 2})
    workers.close()
    assert outcomes[1] and outcomes[2], outcomes  # kills landed both before and after the switch
    # Whatever the kills left behind, the next sync finishes the job and tidies up.
    config = Config()
    config.sync.pubkey = str(signing_key[1])
    shutil.copyfile(v1, current)
    assert sync_once(config, str(usb)).installed and installed() == 2
    assert {p.name for p in paths.directory_dir().iterdir()} == {"current.sqlite", "previous.sqlite", "sync.lock"}


@pytest.mark.cups
def test_status_reports_the_configured_cups_queue(tmp_path):
    if subprocess.run(["lpstat", "-p", "camino-pdf"], capture_output=True).returncode != 0:
        pytest.skip("the camino-pdf CUPS queue is not set up (scripts/test.sh starts it)")
    config_file = tmp_path / "config.toml"
    config_file.write_text('[printing]\nprinter = "camino-pdf"\n')
    report = json.loads(run_kiosk("status", "--json", "--config", str(config_file)).stdout)
    assert report["printer"]["name"] == "camino-pdf"
    assert report["printer"]["state"] in ("idle", "printing", "stopped")
    config_file.write_text('[printing]\nprinter = "no-such-queue"\n')
    report = json.loads(run_kiosk("status", "--json", "--config", str(config_file)).stdout)
    assert report["printer"]["state"] == "unknown" and "no-such-queue" in report["printer"]["message"]


def test_app_versions_compare_as_pep_440_orders_them(tmp_path):
    from kiosk.errors import BadInput, CaminoError
    from kiosk.sync.bundle import app_version, publish

    assert app_version("2.0rc1") < app_version("2.0") < app_version("2.0.1") < app_version("2.10")
    assert app_version("1.10.2") > app_version("1.9.9")
    with pytest.raises(CaminoError, match="not an app version"):
        app_version("newest")
    with pytest.raises(BadInput, match="--min-app-version"):
        publish("demo", None, tmp_path / "bundle", min_app_version="soon")
    assert not (tmp_path / "bundle").exists()
