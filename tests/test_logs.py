import logging
import sys

from studio_dsar.core import logs


def test_log_records_are_scrubbed(private_home):
    log = logs.setup()
    try:
        log.warning("OCR read BSN %s on page %d", "111222333", 1)
        try:
            raise ValueError("bad number 85.07.30-033.28")
        except ValueError:
            log.exception("failed")
    finally:
        for h in list(log.handlers):
            h.close()
            log.removeHandler(h)
    text = (private_home / "logs" / "studio-dsar.log").read_text(encoding="utf-8")
    assert "page 1" in text and "ValueError" in text
    assert "111222333" not in text and "85.07.30-033.28" not in text


def test_crash_report_is_scrubbed(private_home):
    try:
        raise RuntimeError("document 111222333 failed")
    except RuntimeError:
        path = logs.write_crash_report(*sys.exc_info())
    text = open(path, encoding="utf-8").read()
    assert "RuntimeError" in text and "111222333" not in text
    logging.getLogger("studio_dsar").handlers.clear()
