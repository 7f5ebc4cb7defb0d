"""Sentences with offsets into the source text, and the choice of those worth parsing."""

from frontwire.extract.sentences import MAX_SENTENCE, is_candidate, split_sentences, split_text
from frontwire.records import Article


def article(*paragraphs: str, sep: str = "\n") -> Article:
    source = "Headline of the page\n" + sep.join(paragraphs)
    spans, pos = [], len("Headline of the page\n")
    for p in paragraphs:
        spans.append((pos, pos + len(p)))
        pos += len(p) + len(sep)
    return Article(doc_id="t", body=tuple(paragraphs), spans=tuple(spans), source_text=source)


def test_split_keeps_abbreviations_and_initials_together():
    text = ("Gov. Ivan Petrenko said on Feb. 3 that U.S. envoy John D. Smith arrived. "
            "He met officials. Mr. Smith left at 4 p.m. local time.")
    parts = [text[s:e] for s, e in split_text(text)]
    assert parts == ["Gov. Ivan Petrenko said on Feb. 3 that U.S. envoy John D. Smith arrived.",
                     "He met officials.", "Mr. Smith left at 4 p.m. local time."]


def test_split_after_a_social_network_named_x():
    text = "The minister wrote on X. “The talks went well,” he added."
    assert [text[s:e] for s, e in split_text(text)] == [
        "The minister wrote on X.", "“The talks went well,” he added."]


def test_offsets_point_into_the_source():
    a = article("Drones hit a depot in the north. Two people were hurt.", "Talks resumed on Monday.")
    sentences = split_sentences(a)
    assert [s.text for s in sentences] == ["Drones hit a depot in the north.", "Two people were hurt.",
                                           "Talks resumed on Monday."]
    for s in sentences:
        assert a.source_text[s.start:s.end] == s.text
    assert [s.paragraph for s in sentences] == [0, 0, 1]


def test_zero_width_characters_are_removed_but_offsets_stay_true():
    raw = "At\u200d least six\u200b people were killed in the\u2060 shelling."
    a = article(raw)
    (s,) = split_sentences(a)
    assert s.text == "At least six people were killed in the shelling."
    assert a.source_text[s.start:s.end] == raw
    i = s.text.index("six")
    start, end = s.source_span(i, i + 3)
    assert a.source_text[start:end] == "six"


def test_a_sentence_broken_over_two_lines_is_joined():
    a = article("Russian troops shelled the market and the rail station 40 times, the regional",
                "governor said on Monday.")
    (s,) = split_sentences(a)
    assert s.text.endswith("governor said on Monday.") and s.text.startswith("Russian troops")
    assert "\n" in a.source_text[s.start:s.end]


def test_headlines_are_not_joined_to_the_next_paragraph():
    a = article("Drone strikes hit the south", "Officials said the attack began at night.")
    assert len(split_sentences(a)) == 2


def test_a_long_run_without_stops_is_cut():
    a = article("word " * 5000)
    sentences = split_sentences(a)
    assert len(sentences) > 1 and all(len(s.text) <= MAX_SENTENCE for s in sentences)


def test_candidates_name_an_event():
    assert is_candidate("The air force said 40 drones were shot down overnight.")
    assert is_candidate("Talks resumed in Geneva on Tuesday.")
    assert is_candidate("Officials said the village was captured.")
    assert not is_candidate("The weather was mild and the shops were open.")
    assert not is_candidate("He thanked the team for their hard work.")
    # a word that needs context: "meeting" counts only with a negotiating party
    assert not is_candidate("The board meeting approved the budget.")
    assert is_candidate("The meeting of the two delegations ended without a deal.")


def test_empty_and_junk_articles():
    assert split_sentences(Article(doc_id="e", body=(), spans=(), source_text="")) == []
    junk = "\x00\x7f\ufffd" * 300
    assert all(not is_candidate(s.text) for s in split_sentences(article(junk)))
