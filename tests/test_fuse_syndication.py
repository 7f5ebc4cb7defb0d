"""Syndicated copies: MinHash candidates, the exact check, deterministic groups."""

from __future__ import annotations

from fuse_helpers import COPY, OTHER, WIRE

from frontwire.fuse.syndication import (candidate_pairs, fingerprint, group_documents, is_copy, overlap, shingles,
                                        syndication_groups)


def test_a_trimmed_copy_of_a_wire_story_is_grouped_with_it():
    groups = syndication_groups({"site-b": "\n".join(COPY), "site-a": "\n".join(WIRE), "own": "\n".join(OTHER)})
    assert groups["site-a"] == groups["site-b"] == "site-a"      # named by the smallest id
    assert groups["own"] == "own"


def test_punctuation_and_case_do_not_hide_a_copy():
    retyped = "\n".join(WIRE).upper().replace(",", " ;").replace("—", "-")
    a, b = shingles("\n".join(WIRE)), shingles(retyped)
    assert overlap(a, b).jaccard == 1.0 and is_copy(a, b)


def test_a_quoted_paragraph_inside_a_long_article_is_not_a_copy():
    long_article = "\n".join(OTHER * 6 + [f"Paragraph {i} of analysis about logistics and supply lines, number {i}."
                                          for i in range(60)] + [WIRE[0]])
    a, b = shingles(WIRE[0]), shingles(long_article)
    assert overlap(a, b).containment == 1.0
    assert not is_copy(a, b)                                      # a fifth of the size at least


def test_groups_do_not_depend_on_reading_order():
    texts = {"x": "\n".join(WIRE), "y": "\n".join(COPY), "z": "\n".join(OTHER)}
    forward = syndication_groups(texts)
    backward = syndication_groups(dict(reversed(list(texts.items()))))
    assert forward == backward


def test_candidates_between_new_and_stored_fingerprints():
    old = [fingerprint("old", "\n".join(WIRE)), fingerprint("unrelated", "\n".join(OTHER))]
    new = [fingerprint("new", "\n".join(COPY))]
    assert ("new", "old") in candidate_pairs(new, old)
    assert candidate_pairs([], old) == set()


def test_union_find_links_chains_and_keeps_loners():
    groups = group_documents(["c", "b", "a", "d"], [("b", "c"), ("a", "b")])
    assert groups == {"a": "a", "b": "a", "c": "a", "d": "d"}


def test_odd_bodies_never_crash_and_are_never_copies():
    texts = {"empty": "", "junk": "\x00\x01\ufffd" * 50, "short": "Kyiv.", "cyrillic": "Київ " * 40,
             "copy-of-junk": "\x00\x01\ufffd" * 50}
    groups = syndication_groups(texts)
    assert set(groups) == set(texts)
    assert groups["empty"] == "empty" and groups["short"] == "short"
    assert fingerprint("e", "").size == 0
