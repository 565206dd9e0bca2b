"""The learned second opinion of the intake (core/intake/learned.py): the shipped model loads,
reads known plain-word sentences, is asked only where the rules place nothing, and needs no network."""

from __future__ import annotations

import socket

import numpy as np
import pytest

from studio_dsar.core.intake import learned
from studio_dsar.core.intake.classify import Classification, decide_request, detect_rights
from studio_dsar.core.intake.text import fold


def _read(*sentences: str) -> learned.Reading | None:
    return learned.read([fold(s) for s in sentences], list(sentences))


def test_shipped_model_loads_and_is_small() -> None:
    assert learned.MODEL_PATH.exists()
    assert learned.MODEL_PATH.stat().st_size < 2_000_000
    m = learned.load()
    assert m.weights.shape == (1 << learned.HASH_BITS, len(learned.OUTPUTS))
    assert 0.0 < m.request_threshold < 1.0 and 0.0 < m.right_threshold < 1.0
    assert np.count_nonzero(np.any(m.weights != 0, axis=1)) > 10_000


def test_feature_hashing_is_stable() -> None:
    # the shipped weights are indexed by these hashes: a change of hashing would silently void them
    assert learned._h("w foto") == 0x5727 and learned._h("c <ge") == 0x321fd
    idx, val = learned.features("verwijder mijn foto's", "")
    assert len(idx) == len(val) > 10 and abs(float(np.dot(val, val)) - 1.0) < 1e-5


@pytest.mark.parametrize(("sentences", "right"), [
    (("Kunnen jullie al mijn gegevens verwijderen?",), "erasure"),
    (("Please send me a copy of all the data you hold about me.",), "access"),
    (("Ich möchte keine Werbung mehr von Ihnen bekommen.",), "objection"),
    (("Pourriez-vous m'envoyer une copie de toutes mes données personnelles ?",), "access"),
])
def test_known_sentences_are_read(sentences: tuple[str, ...], right: str) -> None:
    reading = _read(*sentences)
    assert reading is not None and right in reading.rights
    assert reading.evidence[right] == [sentences[0]]


@pytest.mark.parametrize("sentences", [
    ("Bedankt voor de mooie foto's van vorige week!",),
    ("Thanks again for the lovely shoot, we had a great time.",),
    ("Kunnen we de fotoshoot van zaterdag verzetten naar volgende week?",),
])
def test_thanks_and_bookings_are_no_request(sentences: tuple[str, ...]) -> None:
    assert _read(*sentences) is None


def test_asked_only_where_the_rules_place_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    def boom(*_a: object) -> None:
        raise AssertionError("the model was asked although the rules placed the mail")

    monkeypatch.setattr(learned, "read", boom)
    c = detect_rights("Graag wil ik inzage in al mijn persoonsgegevens.", "nl")
    assert decide_request(c, bulk=False, follow_up=False, quoted_own_request=False) == (True, [])
    c = Classification(asking="verwijder al mijn gegevens", own=["Verwijder al mijn gegevens."])
    assert decide_request(c, bulk=True, follow_up=False, quoted_own_request=False) == (False, [])


def test_model_reading_is_flagged_with_its_sentences() -> None:
    text = "Verwijder al mijn gegevens uit jullie systeem."
    c = Classification(asking=fold(text), own=[text])  # as if no rule had matched it
    is_request, flags = decide_request(c, bulk=False, follow_up=False, quoted_own_request=False)
    assert is_request and flags == ["model_reading"]
    assert "erasure" in c.rights and c.evidence["erasure"] == [text]
    c = Classification(asking=fold(text), own=[text])
    with learned.use_model(None):
        assert decide_request(c, bulk=False, follow_up=False, quoted_own_request=False) == (False, ["possible_request"])
    assert c.rights == []


def test_no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_socket(*_a: object, **_k: object) -> None:
        raise AssertionError("network used")

    monkeypatch.setattr(socket, "socket", no_socket)
    monkeypatch.setattr(socket, "create_connection", no_socket)
    learned._shipped.cache_clear()
    assert learned.model() is not None
    assert _read("Kunnen jullie al mijn gegevens verwijderen?") is not None


def test_a_model_for_other_outputs_is_refused(tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "m.npz"
    np.savez(path, rows=np.zeros(0, np.uint32), values=np.zeros((0, 3), np.float16), bias=np.zeros(3, np.float32),
             thresholds=np.array([0.5, 0.5], np.float32), outputs=np.array(["request", "a", "b"]),
             hash_bits=np.array([learned.HASH_BITS]))
    with pytest.raises(ValueError):
        learned.load(path)
