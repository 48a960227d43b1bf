"""Export everything as JSON and CSV; importing the JSON into an empty data dir reproduces the same data."""

import csv
import json
from datetime import UTC, datetime

import pytest

from recoverybox import paths
from recoverybox.app import main
from recoverybox.core.app.demo import generate
from recoverybox.core.app.opening import open_database
from recoverybox.core.app.services import Services
from recoverybox.core.base.clock import FixedClock
from recoverybox.core.base.validation import ValidationError
from recoverybox.core.export.everything import export_data, import_json, write_csv, write_json


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    app_paths = paths.resolve(tmp_path_factory.mktemp("demo") / "data")
    services = Services(open_database(app_paths.db_file), FixedClock(datetime(2026, 11, 27, 12, tzinfo=UTC)))
    services.settings.set("timezone", "Europe/London")
    generate(services, years=5)
    services.recovery.save_plan({"reasons": "My kids"})
    yield app_paths, services
    services.close()


def test_json_round_trip_on_five_years_of_demo_data(demo, tmp_path):
    _paths, services = demo
    exported = write_json(services.db, tmp_path / "out")
    assert oct(exported.stat().st_mode & 0o777) == "0o600"
    target = paths.resolve(tmp_path / "fresh")
    fresh = Services(open_database(target.db_file))
    counts = import_json(fresh.db, exported)
    assert counts["check_ins"] > 30_000 and counts["journal_entries"] > 1_700
    assert export_data(fresh.db)["tables"] == export_data(services.db)["tables"]
    assert fresh.recovery.reasons() == ["My kids"]
    fresh.close()


def test_csv_has_one_file_a_table_with_headers(demo, tmp_path):
    _paths, services = demo
    written = write_csv(services.db, tmp_path / "csv")
    by_name = {p.stem: p for p in written}
    assert {"events", "check_ins", "journal_entries", "contacts", "urges"} <= set(by_name)
    with open(by_name["contacts"], newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert rows[0].keys() >= {"name", "role", "phone"} and len(rows) == 5


def test_import_refuses_non_empty_stores_and_foreign_files(demo, tmp_path):
    app_paths, services = demo
    exported = write_json(services.db, tmp_path / "out")
    with pytest.raises(ValidationError, match="empty data folder"):
        import_json(services.db, exported)
    other = tmp_path / "other.json"
    other.write_text(json.dumps({"hello": "world"}))
    target = paths.resolve(tmp_path / "fresh2")
    fresh = Services(open_database(target.db_file))
    with pytest.raises(ValidationError, match="not a RecoveryBox export"):
        import_json(fresh.db, other)
    fresh.close()


def test_cli_export_and_import_json(demo, tmp_path, capsys):
    app_paths, _services = demo
    assert main(["export", "--format", "json", str(tmp_path / "x"), "--data-dir", str(app_paths.data_dir)]) == 0
    assert main(["export", "--format", "csv", str(tmp_path / "c"), "--data-dir", str(app_paths.data_dir)]) == 0
    capsys.readouterr()
    empty = tmp_path / "empty"
    assert main(["import-json", str(tmp_path / "x" / "recoverybox-export.json"), "--data-dir", str(empty)]) == 0
    assert "Imported" in capsys.readouterr().out
    assert main(["import-json", str(tmp_path / "x" / "recoverybox-export.json"), "--data-dir", str(empty)]) == 2
    assert "empty data folder" in capsys.readouterr().err
