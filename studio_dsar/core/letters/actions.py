"""What the owner did for a restriction, rectification or objection, as the letters may state it.

An erasure letter rests on its checklist (:mod:`.checklist`); these three letters rest on
recorded actions. Each action is one thing the owner did and when:

* ``restricted`` - processing restricted on a date: what (Art. 18);
* ``corrected`` - a field corrected on a date, from what to what, or completed (Art. 16);
* ``marketing_stopped`` - the objection to direct marketing honoured: that use stopped
  (Art. 21(2)-(3); there is no way to record it as refused: the law allows none);
* ``processing_stopped`` - an objection to other use honoured: that use stopped (Art. 21(1));
* ``processing_continued`` - an objection not honoured: the compelling legitimate grounds that
  override the person's interests, or the legal claims, in the owner's words (Art. 21(1));
* ``told_of_restriction`` / ``told_of_correction`` - a recipient of the data told of the
  restriction or the correction (Art. 19). Optional: without one the letter only undertakes to
  tell recipients; with them it names who was told and when;
* ``restriction_lifted`` - a restriction lifted on a date: what. The person must be told before
  (Art. 18(3)): the notice letter ``restriction_lift`` states the restrictions in force and the
  owner's reasons, and warns when a lifting is already recorded.

The letter states exactly the recorded actions that are not withdrawn, and is refused while
none of its own kinds is recorded (see :func:`require_actions`). Every record and withdrawal is
written to the audit log by the store. A value that holds a BSN or rijksregisternummer is
refused, never stored (UAVG art. 46): the letter would quote it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from studio_dsar.core import vocab
from studio_dsar.core.errors import InputError, StateError
from studio_dsar.core.i18n import _
from studio_dsar.core.sensitive import find_sensitive

KINDS: tuple[str, ...] = ("restricted", "corrected", "marketing_stopped", "processing_stopped",
                          "processing_continued", "told_of_restriction", "told_of_correction",
                          "restriction_lifted")
# The actions that answer each letter kind: the letter is refused while none of them is recorded.
LETTER_ACTIONS: dict[str, tuple[str, ...]] = {
    "restriction": ("restricted",),
    "restriction_lift": ("restricted",),
    "rectification": ("corrected",),
    "objection": ("marketing_stopped", "processing_stopped", "processing_continued"),
}
# The actions each letter kind states: those above and the recipients told (Art. 19).
STATED_ACTIONS: dict[str, tuple[str, ...]] = {
    "restriction": ("restricted", "told_of_restriction"),
    "rectification": ("corrected", "told_of_correction"),
    "restriction_lift": ("restricted",),
    "objection": LETTER_ACTIONS["objection"],
}
# The actions the owner records from each letter's window: those it states, and the lifting of a
# restriction (recorded once done; the notice before it states the restrictions in force).
RECORDED_FROM: dict[str, tuple[str, ...]] = {
    **STATED_ACTIONS,
    "restriction": ("restricted", "told_of_restriction", "restriction_lifted"),
    "restriction_lift": ("restricted", "restriction_lifted"),
}
KIND_LABELS = vocab.ACTION_KINDS
MAX_TEXT = 500


@dataclass(frozen=True)
class Action:
    id: int
    kind: str
    done_on: date
    what: str  # what was restricted / the field corrected / the use stopped or continued
    value_from: str = ""  # corrected: the old value ("" when the data was completed)
    value_to: str = ""  # corrected: the new value
    grounds: str = ""  # processing_continued: why the objection is not honoured
    recorded_at: str = ""
    withdrawn_at: str | None = None

    @property
    def active(self) -> bool:
        return not self.withdrawn_at

    def summary(self) -> str:
        """One line in the UI language (command line)."""
        return f"{self.done_on.isoformat()} {vocab.word(KIND_LABELS, self.kind)}: {self.details()}"

    def details(self) -> str:
        """What was done, without date and kind, in the UI language."""
        if self.kind == "corrected" and self.value_from:
            return _("{what}: from “{old}” to “{new}”").format(what=self.what, old=self.value_from, new=self.value_to)
        if self.kind == "corrected":
            return _("{what}: completed with “{new}”").format(what=self.what, new=self.value_to)
        if self.kind == "processing_continued":
            return _("{what}, because: {grounds}").format(what=self.what, grounds=self.grounds)
        return self.what


def from_row(row: Any) -> Action:
    return Action(id=int(row["id"]), kind=row["kind"], done_on=date.fromisoformat(row["done_on"]),
                  what=row["what"] or "", value_from=row["value_from"] or "", value_to=row["value_to"] or "",
                  grounds=row["grounds"] or "", recorded_at=row["recorded_at"] or "",
                  withdrawn_at=row["withdrawn_at"])


def parse_date(value: str | date | None, today: date) -> date:
    if value is None or value == "":
        return today
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value).strip())
    except ValueError:
        raise InputError(_("Give the date as YYYY-MM-DD, not {value}.").format(value=value)) from None


def check(kind: str, done_on: date, what: str, value_from: str, value_to: str, grounds: str, *,
          today: date) -> None:
    """Refuse an action the letter could not state truthfully. Raises InputError."""
    if kind not in KINDS:
        raise InputError(_("Unknown action: {value}. Choose one of: {choices}").format(
            value=kind, choices=", ".join(KINDS)))
    if done_on > today:
        raise InputError(_("{date} is in the future: record what was done once it is done.").format(
            date=done_on.isoformat()))
    if not what:
        raise InputError({
            "restricted": _("Say what processing you restricted (for example: “photos of the shoot of 3 May "
                            "no longer used, only stored”)."),
            "corrected": _("Name the data you corrected (for example: “postal address”)."),
            "told_of_restriction": _("Name the recipient you told (for example: “Brevo SAS”)."),
            "told_of_correction": _("Name the recipient you told (for example: “Brevo SAS”)."),
            "restriction_lifted": _("Say which restriction you lifted (for example: “photos of the shoot of 3 May "
                                    "used again”)."),
        }.get(kind, _("Name the use of the data you stopped or continue (for example: “newsletter”).")))
    if kind == "corrected" and not value_to:
        raise InputError(_("Give the corrected value: the letter tells the person what their data now says."))
    if kind == "processing_continued" and not grounds:
        raise InputError(_("An objection you do not honour needs its compelling legitimate grounds, or the "
                           "legal claims it serves (GDPR Art. 21(1)): the letter must state them."))
    for text in (what, value_from, value_to, grounds):
        if len(text) > MAX_TEXT:
            raise InputError(_("A text of an action is at most {n} characters.").format(n=MAX_TEXT))
        if find_sensitive(text):
            raise InputError(_("A BSN or national register number is never stored: describe the change "
                               "without the number (for example: “national register number corrected”)."))


def for_letter(actions: list[Action], letter_kind: str) -> list[Action]:
    """The recorded, not withdrawn actions a letter of this kind states, oldest first."""
    kinds = STATED_ACTIONS.get(letter_kind, ())
    return sorted((a for a in actions if a.active and a.kind in kinds), key=lambda a: (a.done_on, a.id))


def require_actions(actions: list[Action], letter_kind: str, reference: str = "REFERENCE") -> None:
    """Refuse a letter that would claim an action the owner has not recorded."""
    if letter_kind not in LETTER_ACTIONS or any(a.kind in LETTER_ACTIONS[letter_kind]
                                                for a in for_letter(actions, letter_kind)):
        return
    what = {
        "restriction": _("This letter tells the person that the processing is restricted: record first what "
                         "you restricted and on which date (“Record what was done…”, or studio-dsar action "
                         "{ref} restricted --what TEXT)."),
        "restriction_lift": _("This letter tells the person before you lift a restriction: record first what "
                              "you restricted and since when (“Record what was done…”, or studio-dsar action "
                              "{ref} restricted --what TEXT)."),
        "rectification": _("This letter tells the person which data you corrected: record first each "
                           "correction, from what to what and on which date (“Record what was done…”, or "
                           "studio-dsar action {ref} corrected --what FIELD --from OLD --to NEW)."),
        "objection": _("This letter tells the person what you did with the objection: record first which use "
                       "you stopped, or why you continue it (“Record what was done…”, or studio-dsar action "
                       "{ref} processing_stopped --what TEXT)."),
    }[letter_kind].format(ref=reference)
    raise StateError(what + " " + _(
        "Not done yet? Send an acknowledgement, or an extension notice with its reasons; if you refuse, a "
        "refusal letter with your reasons."))


def context(actions: list[Action], letter_kind: str, lang: str) -> dict[str, list[dict[str, str]]]:
    """What the template sees: per action kind, the recorded actions with their dates in ``lang``."""
    from studio_dsar.core.letters.words import format_date

    out: dict[str, list[dict[str, str]]] = {k: [] for k in KINDS}
    for a in for_letter(actions, letter_kind):
        out[a.kind].append({"what": a.what, "on": format_date(a.done_on, lang), "old": a.value_from,
                            "new": a.value_to, "grounds": a.grounds})
    return out


def lifted(actions: list[Action]) -> list[Action]:
    """The recorded, not withdrawn liftings of a restriction, oldest first."""
    return sorted((a for a in actions if a.active and a.kind == "restriction_lifted"), key=lambda a: (a.done_on, a.id))


def letter_record(actions: list[Action], letter_kind: str) -> list[dict[str, Any]]:
    """What the letter's claims rest on, kept with the letter in the register (no texts)."""
    return [{"action": a.id, "kind": a.kind, "done_on": a.done_on.isoformat()}
            for a in for_letter(actions, letter_kind)]
