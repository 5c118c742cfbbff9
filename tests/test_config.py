"""The config file: defaults when missing, typed values, clear errors, atomic saves."""

from __future__ import annotations

import pytest

from kiosk import config as config_mod
from kiosk import paths
from kiosk.errors import BadInput


def test_missing_config_means_the_demo_and_the_main_library(isolated_data_dir):
    config = config_mod.load()
    assert config.kiosk.location_name == "Albuquerque Main Library"
    assert config.directory.path == "" and config.directory.seed == "albuquerque"
    assert config.session.idle_timeout_s == 90 and config.session.countdown_s == 20


def test_data_folder_and_config_follow_the_environment(isolated_data_dir, monkeypatch, tmp_path):
    assert paths.data_dir() == isolated_data_dir
    assert paths.installed_directory().parent == isolated_data_dir / "directory"
    monkeypatch.setenv("CAMINO_CONFIG", str(tmp_path / "elsewhere.toml"))
    assert paths.config_path() == tmp_path / "elsewhere.toml"


def test_values_round_trip_through_save(tmp_path):
    path = tmp_path / "kiosk.toml"
    config = config_mod.Config()
    config.kiosk.location_name = "South Broadway Cultural Center"
    config.session.idle_timeout_s = 120
    config.printing.paper = "a4"
    config_mod.save(config, path)
    loaded = config_mod.load(path)
    assert loaded.kiosk.location_name == "South Broadway Cultural Center"
    assert loaded.session.idle_timeout_s == 120 and loaded.printing.paper == "a4"
    assert not list(tmp_path.glob("*.tmp")), "no temporary file left behind"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("[kiosk]\nlatitude = 'north'\n", "kiosk.latitude must be float"),
        ("[kiosk]\nfavourite = 1\n", "unknown setting kiosk.favourite"),
        ("[weather]\nsunny = true\n", "unknown section [weather]"),
        ("[session]\nidle_timeout_s = 2\n", "idle_timeout_s must be between"),
        ("[printing]\npaper = 'legal'\n", "printing.paper"),
        ("[session]\nlanguages = ['en', 'klingon']\n", "session.languages"),
        ("this is = not [toml", "not valid TOML"),
    ],
)
def test_bad_config_is_refused_with_the_key_named(tmp_path, text, message):
    path = tmp_path / "bad.toml"
    path.write_text(text)
    with pytest.raises(BadInput, match=message.replace("[", r"\[").replace("]", r"\]")):
        config_mod.load(path)


def test_a_named_config_file_must_exist(tmp_path):
    with pytest.raises(BadInput, match="config file not found"):
        config_mod.load(tmp_path / "missing.toml")
