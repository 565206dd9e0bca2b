"""Translated labels for the register's codes (from :mod:`studio_dsar.core.vocab`) and audit
events, so the table, the detail pane and the dialogs say the same thing. No Qt here
except the date formatting helpers, which use QLocale so month names follow the UI language.
"""

from __future__ import annotations

import unicodedata
from datetime import date, datetime

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime

from studio_dsar.core import deadlines, vocab
from studio_dsar.core.i18n import _, current_language, ngettext


def right_label(code: str) -> str:
    return vocab.word(vocab.RIGHT_WORDS, code)


def right_description(code: str) -> str:
    """Longer label with the GDPR article, for the new-request dialog."""
    return vocab.word(vocab.RIGHT_DESCRIPTIONS, code)


def status_label(code: str) -> str:
    return vocab.word(vocab.STATUS_WORDS, code)


def channel_label(code: str) -> str:
    return vocab.word(vocab.CHANNEL_WORDS, code)


def language_label(code: str) -> str:
    return vocab.word(vocab.LANGUAGE_WORDS, code)


def country_label(code: str) -> str:
    return vocab.word(vocab.COUNTRY_WORDS, code)


def letter_kind_label(code: str) -> str:
    return vocab.word(vocab.LETTER_KINDS, code)


def field_label(key: str) -> str:
    return vocab.word(vocab.FIELD_WORDS, key)


# -- text hygiene -------------------------------------------------------------------------
def clean(text, *, multiline: bool = False) -> str:
    """Text from a mail or the database made safe to show: control and bidi-override characters
    removed (newlines and tabs kept only when ``multiline``)."""
    if text is None:
        return ""
    text = str(text)
    out = []
    for ch in text:
        cat = unicodedata.category(ch)
        if ch in "\n\t" and multiline:
            out.append(ch)
        elif ch in "\r\n\t":
            out.append(" ")
        elif cat == "Cc" or (cat == "Cf" and ch not in "\u200d"):
            continue
        else:
            out.append(ch)
    result = "".join(out)
    return result if multiline else " ".join(result.split())


# -- dates --------------------------------------------------------------------------------
def ui_locale() -> QLocale:
    if current_language() == "en":
        return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    return QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands)


def fmt_date(day: date | None) -> str:
    if day is None:
        return ""
    return ui_locale().toString(QDate(day.year, day.month, day.day), "d MMM yyyy")


def fmt_date_medium(day: date | None) -> str:
    """With the weekday, which matters for deadlines: 'vr 20 nov. 2026'."""
    if day is None:
        return ""
    return ui_locale().toString(QDate(day.year, day.month, day.day), "ddd d MMM yyyy")


def fmt_date_long(day: date | None) -> str:
    if day is None:
        return ""
    return ui_locale().toString(QDate(day.year, day.month, day.day), "dddd d MMMM yyyy")


def fmt_timestamp(iso: str | None) -> str:
    """An ISO timestamp (UTC or with offset) shown in the studio's time zone."""
    if not iso:
        return ""
    try:
        moment = datetime.fromisoformat(iso)
    except ValueError:
        return clean(iso)
    if moment.tzinfo is not None:
        moment = moment.astimezone(deadlines.STUDIO_TZ)
    qdt = QDateTime(QDate(moment.year, moment.month, moment.day), QTime(moment.hour, moment.minute))
    return ui_locale().toString(qdt, "d MMM yyyy HH:mm")


def days_left_text(left: int) -> str:
    if left == 0:
        return _("due today")
    if left < 0:
        return ngettext("{n} day overdue", "{n} days overdue", -left).format(n=-left)
    return ngettext("{n} day", "{n} days", left).format(n=left)


# -- audit events ------------------------------------------------------------------------
def describe_event(event: str, details: dict) -> str:
    """One human-readable, translated sentence for an audit-log entry."""
    d = details or {}
    if event == "created":
        return _("Logged by hand (received by {channel}).").format(
            channel=channel_label(d.get("channel", "")).lower())
    if event == "imported":
        source = clean(d.get("source") or "")
        text = _("Imported from e-mail {file}.").format(file=source) if source else _("Imported from e-mail.")
        if d.get("received_flag"):
            text += " " + _("The date of receipt could not be read from the mail.")
        return text
    if event == "edited":
        fields = [k for k in d if k != "reference"]
        if fields == ["notes"]:
            return _("Notes changed.")
        return _("Details changed: {fields}.").format(fields=", ".join(field_label(k) for k in fields))
    if event == "status_changed":
        text = _("Status changed from {old} to {new}.").format(
            old=status_label(d.get("from", "")), new=status_label(d.get("to", "")))
        if d.get("reason"):
            text += " " + _("Reason: {reason}").format(reason=clean(d["reason"]))
        if d.get("undo"):
            text += " " + _("(undo)")
        return text
    if event == "extended":
        text = _("Deadline extended by two months.")
        if d.get("extended_due"):
            try:
                text = _("Deadline extended to {date}.").format(
                    date=fmt_date(date.fromisoformat(d["extended_due"])))
            except ValueError:
                pass
        if d.get("reason"):
            text += " " + _("Reason: {reason}").format(reason=clean(d["reason"]))
        return text
    if event == "letter_exported":
        return _("Letter exported: {file}.").format(file=clean(d.get("file") or d.get("kind") or ""))
    if event == "register_exported":
        return _("Register exported as CSV.")
    if event == "settings_changed":
        return _("Settings changed.")
    if event == "recovery_code_made":
        return _("A new recovery code for the backups was made (the previous one no longer works).")
    if event == "vault_stored":
        if d.get("kind") == "attachment":
            return _("Attachment of the mail kept (encrypted): {file}.").format(file=clean(d.get("file") or ""))
        if d.get("kind") == "original":
            return _("ID document received and stored encrypted until it is checked.")
        return _("Redacted ID copy stored (encrypted): {file}.").format(file=clean(d.get("file") or ""))
    if event == "vault_wiped":
        if d.get("kind") == "original":
            return _("Original ID document wiped.")
        return _("Stored ID copy wiped.")
    if event == "vault_exported":
        return _("Redacted ID copy exported: {file}.").format(file=clean(d.get("file") or ""))
    if event == "id_redacted":
        text = _("ID document redacted ({n} areas blacked out).").format(n=d.get("regions", 0))
        if d.get("needs_review"):
            text += " " + _("The app asked for a check by hand.")
        return text
    if event == "id_checked":
        from studio_dsar.core import vocab

        text = vocab.word(vocab.ID_DECISION_WORDS, d.get("decision") or "") + "."
        if d.get("fields_matched"):
            text += " " + _("Matched: {fields}.").format(fields=vocab.words(vocab.ID_FIELD_WORDS, d["fields_matched"]))
        if d.get("override"):
            text += " " + _("Accepted despite a mismatch, with a reason.")
        if d.get("copy_kept_until"):
            text += " " + _("Redacted copy kept until {date}.").format(date=d["copy_kept_until"])
        else:
            text += " " + _("No copy kept.")
        return text
    if event == "id_check_discarded":
        return _("ID check discarded; nothing kept.")
    if event == "id_source_wiped":
        return _("The scan chosen for the ID check was wiped from this computer; the owner was told that the "
                 "mail program and mail server still hold the attachment.")
    if event == "id_interrupted_wiped":
        return _("Originals left by an interrupted ID check were wiped at start-up.")
    if event == "id_copies_expired_wiped":
        return _("Redacted ID copies past their end date were wiped.")
    if event == "id_reason_recorded":
        return _("Reason for asking ID recorded: {reason}").format(reason=clean(d.get("reason") or ""))
    if event == "deleted":
        return _("Deleted from the register. Reason: {reason}").format(reason=clean(d.get("reason") or ""))
    if event == "restored":
        return _("Brought back into the register.")
    if event == "extension_undone":
        return _("Extension taken back (undo); status {status}.").format(status=status_label(d.get("to", "")))
    if event == "letter_sent":
        kind = letter_kind_label(str(d.get("kind") or ""))
        if d.get("via") == "mail_program":
            return _("{kind} handed to the mail program as sent.").format(kind=kind)
        return _("{kind} marked as sent.").format(kind=kind)
    if event == "letter_unsent":
        return _("{kind}: the mark 'sent' was taken back.").format(kind=letter_kind_label(str(d.get("kind") or "")))
    if event == "action_recorded":
        from studio_dsar.core import vocab

        kind = vocab.word(vocab.ACTION_KINDS, str(d.get("kind") or ""))
        what = clean(d.get("what") or "")
        return _("Recorded as done on {date}: {kind}{what}.").format(
            date=clean(d.get("done_on") or ""), kind=kind, what=f" – {what}" if what else "")
    if event == "action_withdrawn":
        from studio_dsar.core import vocab

        return _("Recorded action withdrawn (recorded by mistake): {kind}.").format(
            kind=vocab.word(vocab.ACTION_KINDS, str(d.get("kind") or "")))
    if event == "calendar_exported":
        return _("Deadlines exported to a calendar file.")
    # Events added by later parts of the app: show the code readably rather than hide them.
    return clean(event.replace("_", " ")).capitalize() + "."

