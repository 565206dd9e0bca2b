from studio_dsar.core.intake.language import detect_language, language_scores


def test_scores_count_each_language_only_word_once_per_occurrence():
    assert language_scores("Ik wil graag mijn gegevens, please the data") == {"nl": 5, "en": 3, "fr": 0, "de": 0}


def test_a_changed_score_does_not_change_the_next_reading_of_the_same_text():
    text = "Désabonnez-moi."
    scores = language_scores(text)
    first = dict(scores)
    scores["fr"] += 5
    assert language_scores(text) == first == {"nl": 0, "en": 0, "fr": 1, "de": 0}
    assert detect_language(text) == "fr" and detect_language(text) == "fr"
