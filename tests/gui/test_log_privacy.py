"""The log file: written, private to its user, and free of personal data after a
realistic session that handles a child's name and a case note, and hits errors."""

from __future__ import annotations

import logging
import stat
import sys
from pathlib import Path

import pytest

from infoshare_desktop import logs
from infoshare_desktop.domain.record import PersonInvolved
from infoshare_desktop.domain.vocab import PersonRole
from infoshare_desktop.services import records
from infoshare_desktop.storage.database import Database
from infoshare_desktop.ui import app
from infoshare_desktop.ui.views.record_form import RecordForm
from tests.factories import complete_record
from tests.services.org import build

from .conftest import AUTOSAVE_MS

CHILD = "Tallulah Quenby-Marchetti"
NOTE = "Disclosed at school that her stepfather locks her in the shed"
SECRETS = ("Tallulah", "Quenby", "Marchetti", "stepfather", "shed")


def test_a_session_with_personal_data_and_errors_leaves_none_in_the_log(
    qtbot, db: Database, log_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    org = build(db)
    # Services: a record about the child, saved and read back.
    saved = records.save_draft(db, org.author, complete_record(
        recipient_organisation_id=org.organisation_id,
        people=[PersonInvolved(PersonRole.CHILD, CHILD)], purpose=NOTE))
    assert records.get_record(db, org.author, saved.id).purpose == NOTE  # type: ignore[arg-type]

    # The form: typing the name and the note, saving, autosaving.
    form = RecordForm(db, org.author, records.new_record(), autosave_ms=AUTOSAVE_MS)
    qtbot.addWidget(form)
    form.show()
    qtbot.keyClicks(form.editor("case_reference").edit, "CM-4411")
    qtbot.keyClicks(form.editor("purpose").edit, NOTE)
    assert form.save_draft()
    qtbot.wait(AUTOSAVE_MS * 3)
    form.close()

    # Errors: a bug whose message holds the data, a library that quotes its values,
    # and the app's own logger handed an exception by mistake.
    monkeypatch.setattr(app.crash_dialog, "show_crash", lambda reference, details: None)
    try:
        raise ValueError(f"cannot save {CHILD}: {NOTE}")
    except ValueError as error:
        app.handle_exception(ValueError, error, error.__traceback__)
        logging.getLogger("sqlalchemy.pool").error(
            "Exception during reset for %s", CHILD, exc_info=True)
        logging.getLogger("infoshare_desktop.ui").warning("Save failed (%s)", error)
        logging.getLogger("infoshare_desktop.ui").error(error)

    for handler in logging.getLogger().handlers:
        handler.flush()
    text = log_file.read_text(encoding="utf-8")
    assert "Unexpected error ValueError (reference IS-" in text
    assert "Exception during reset for %s [details withheld]" in text
    assert "Save failed (<ValueError>)" in text
    assert "test_log_privacy.py" in text  # where it happened is kept
    for secret in SECRETS:
        assert secret not in text, secret
    if sys.platform != "win32":
        assert stat.S_IMODE(log_file.stat().st_mode) == 0o600


def test_the_log_rotates_and_every_copy_stays_private(
    log_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    handler = logs._our_handler()
    assert handler is not None
    monkeypatch.setattr(handler, "maxBytes", 2_000)
    log = logging.getLogger("infoshare_desktop.test")
    for number in range(200):
        log.info("Record %d saved", number)
    copies = sorted(log_file.parent.glob("infoshare.log*"))
    assert len(copies) == 1 + logs.BACKUP_COUNT
    if sys.platform != "win32":
        assert {stat.S_IMODE(p.stat().st_mode) for p in copies} == {0o600}


def test_setting_up_twice_keeps_one_handler(log_file: Path) -> None:
    assert logs.setup_logging() == log_file
    ours = [h for h in logging.getLogger().handlers
            if isinstance(h, logs.PrivateRotatingFileHandler)]
    assert len(ours) == 1


def test_an_unwritable_log_folder_does_not_stop_the_app(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("")
    monkeypatch.setenv(logs.LOG_DIR_ENV_VAR, str(blocker / "logs"))
    before = logs._our_handler()
    assert logs.setup_logging() is None
    assert logs._our_handler() is before
