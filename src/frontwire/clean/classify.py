"""Step 3: decide which lines of a text dump are the article.

The decision is made in small steps, each a pure function that can be called and tested
on its own (the way jusText does it):

1. :func:`line_roles`: each line alone. Furniture (links, known boilerplate, times,
   captions, credits, lines repeated on the page or seen on other pages of the site) is
   ``BAD``; so are the titles of teaser lists (:func:`dated_list_lines`: titles between
   dates; :func:`anchor_neighbours`: headlines beside a linked one); everything else is
   text, to be judged in context.
2. :func:`units`: lines broken mid-sentence are glued back into units. Crawlers cut a
   paragraph wherever it had a link ("Ukraine marked the" / "fourth anniversary" / ...);
   a line that ends on "the" or a comma, or a line that starts in lower case, belongs
   with its neighbour.
3. :func:`grade`: each unit gets a class: ``GOOD`` (prose: long, ends like a sentence,
   function words, not Title Case), ``NEAR`` (a sentence-like fragment, a list item, a
   subhead in sentence case), ``SHORT`` (a few words: a subhead or a menu entry) or
   ``BAD``.
4. :func:`boxes`: link boxes ("Recommended stories" and the teasers under it) are found
   so that a box in the middle of an article costs the same as one line.
5. :func:`densest_run`: the article is the densest run of prose: the stretch of units
   whose prose outweighs the furniture between it (a maximum-sum segment: prose units
   score by their length, furniture costs a fixed amount per line).
6. :func:`select`: inside the run, prose and sentence-like units are kept; short units
   are kept where they stand alone between prose (subheads, "said" cut off by a link) and
   dropped where they come in a run (menus, ad blocks, teaser lists).
7. :func:`trim_head`: a header block the run began with (breadcrumb, "by" and a name)
   goes when furniture parts it from the first paragraph; :func:`trim_start`: a wire
   dateline ("KYIV, Ukraine (AP) —") opens the story, so anything kept before it goes. After :func:`classify`, the caller may apply
   :func:`drop_headline_lists` (headlines of other stories listed inside the article) and
   :func:`drop_standfirst` (a lone standfirst between the headline block and the story) and
   :func:`drop_pitch` (an appeal or a product pitch above a button at the end).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from enum import Enum
from typing import NamedTuple

from frontwire.clean import lexicon
from frontwire.clean.features import LineFeatures


class Role(str, Enum):
    GOOD = "good"     # prose
    NEAR = "near"     # sentence-like, too short to stand alone
    SHORT = "short"   # a few words
    BAD = "bad"       # furniture


class Unit(NamedTuple):
    """Consecutive lines read as one piece of text (a paragraph cut by links, or one line)."""

    first: int          # index of the first line
    last: int           # index of the last line (inclusive)
    role: Role
    words: int

    @property
    def indexes(self) -> range:
        return range(self.first, self.last + 1)


# --- 1. each line alone ----------------------------------------------------------------

def line_roles(feats: Sequence[LineFeatures], end: int | None = None) -> list[Role | None]:
    """``BAD`` for furniture, None for text still to be judged; lines from ``end`` on are BAD."""
    end = len(feats) if end is None else end
    roles: list[Role | None] = []
    for i, f in enumerate(feats):
        if i >= end or _is_furniture(f):
            roles.append(Role.BAD)
        else:
            roles.append(None)
    # teasers: a line next to a relative time ("4h ago") belongs to a list of stories
    for i, f in enumerate(feats[:end]):
        if f.timestamp:
            for j in (i - 1, i + 1):
                if 0 <= j < end and roles[j] is None and not feats[j].dateline:
                    roles[j] = Role.BAD
    for i in dated_list_lines(feats[:end]) + anchor_neighbours(feats[:end]) + stat_lines(feats[:end]):
        if roles[i] is None:
            roles[i] = Role.BAD
    return roles


#: The lower-case line under a figure in a stat box has at most this many words.
STAT_CAPTION_WORDS = 15


def stat_lines(feats: Sequence[LineFeatures]) -> list[int]:
    """Indexes of the lines of stat boxes on landing pages: a figure alone on its line ("5.9
    million") and the lower-case line that says what it counts ("people in need of aid"). A
    figure after a line that breaks off ("Over" / "12,000 people") is part of a sentence."""
    out = []
    for i, f in enumerate(feats):
        if f.figure and not f.bullet and (i == 0 or not feats[i - 1].ends_open):
            out.append(i)
            if i + 1 < len(feats) and feats[i + 1].starts_lower and feats[i + 1].words <= STAT_CAPTION_WORDS:
                out.append(i + 1)
    return out


#: A list of stories gives each its date: three dates or more, at most DATED_GAP lines
#: apart, make one, and the lines between them that end without a full stop (titles,
#: labels) are teasers. Paragraphs that end like sentences stay: a timeline is text.
DATED_RUN, DATED_GAP = 3, 4


def dated_list_lines(feats: Sequence[LineFeatures]) -> list[int]:
    """Indexes of the titles in lists of dated teasers (see DATED_RUN)."""
    dates = [i for i, f in enumerate(feats) if f.date_only or f.timestamp]
    out: list[int] = []
    k = 0
    while k < len(dates):
        j = k
        while j + 1 < len(dates) and dates[j + 1] - dates[j] <= DATED_GAP:
            j += 1
        if j - k + 1 >= DATED_RUN:
            first_gap = dates[k + 1] - dates[k]
            for i in range(max(0, dates[k] - first_gap + 1), dates[j]):
                if not feats[i].ends_sentence:
                    out.append(i)
        k = j + 1
    return out


def anchor_neighbours(feats: Sequence[LineFeatures]) -> list[int]:
    """Headlines next to a teaser link: a line of six words or more that the page links
    whole has neighbours of the same kind when they are shaped like headlines too (no full
    stop, no list item, no continuation of a sentence)."""
    out = []
    for i, f in enumerate(feats):
        if f.anchor and f.words >= 6 and not f.starts_lower:
            for j in (i - 1, i + 1):
                if 0 <= j < len(feats):
                    g = feats[j]
                    if (6 <= g.words <= 20 and not g.ends_sentence and not g.ends_open and not g.starts_lower
                            and not g.bullet and not g.dateline):
                        out.append(j)
    return out


def _is_furniture(f: LineFeatures) -> bool:
    if f.anchor and not f.starts_lower and (f.words >= 6 or f.headline_like and f.words >= 2):
        return True      # a whole line that is a link: a menu entry or a teaser
    return (f.link or f.boilerplate or f.box_header or f.timestamp or f.date_only or f.caption
            or f.credit or f.truncated or f.copies > 1 and f.repeated      # a property: only where it can be
            or f.echo or f.site_pages > 0 or f.words == 0)


# --- 2. glue lines cut mid-sentence ------------------------------------------------------

def units(feats: Sequence[LineFeatures], roles: Sequence[Role | None]) -> list[list[int]]:
    """Groups of line indexes: text lines glued where a sentence runs across them."""
    groups: list[list[int]] = []
    for i, role in enumerate(roles):
        if role is Role.BAD:
            # furniture lines in a row make one unit (a menu is one thing), except box
            # headers, which open boxes of their own
            if (groups and roles[groups[-1][-1]] is Role.BAD and groups[-1][-1] == i - 1
                    and not feats[i].box_header and not feats[groups[-1][0]].box_header):
                groups[-1].append(i)
            else:
                groups.append([i])
            continue
        prev = groups[-1][-1] if groups else None
        if prev is not None and prev == i - 1 and roles[prev] is None and (
                not feats[i].bullet and not feats[prev].ends_sentence
                and (feats[prev].ends_open or feats[i].starts_lower)
                # sentences cut from one overlong line are one paragraph again
                or feats[i].segment and feats[prev].segment and feats[i].ends_sentence and feats[prev].ends_sentence):
            groups[-1].append(i)
        else:
            groups.append([i])
    return groups


# --- 3. grade the units ----------------------------------------------------------------

def grade(group: Sequence[int], feats: Sequence[LineFeatures], roles: Sequence[Role | None],
          english: bool = True) -> Unit:
    """The class of one unit from the signals of its lines."""
    first, last = group[0], group[-1]
    if roles[first] is Role.BAD:
        return Unit(first, last, Role.BAD, 0)
    if first == last:
        f = feats[first]
        words, stop, cap = f.words, f.stop_ratio, f.cap_ratio
    else:
        fs = [feats[i] for i in group]
        words = sum(f.words for f in fs)
        stop = sum(f.stop_ratio * f.words for f in fs) / words if words else 0.0
        cap = sum(f.cap_ratio * f.words for f in fs) / words if words else 0.0
    ends = feats[last].ends_sentence
    title_case = cap >= 0.7 and not ends
    prose_words = stop >= 0.15 or not english
    if words >= 10 and prose_words and not title_case and (ends or words >= 20 or first != last and words >= 12):
        role = Role.GOOD
    elif words >= 5 and not title_case and (prose_words or stop >= 0.08):
        role = Role.NEAR
    else:
        role = Role.SHORT
    return Unit(first, last, role, words)


def graded_units(feats: Sequence[LineFeatures], roles: Sequence[Role | None], english: bool = True) -> list[Unit]:
    return [grade(g, feats, roles, english) for g in units(feats, roles)]


# --- 4. link boxes ---------------------------------------------------------------------

def boxes(us: Sequence[Unit], feats: Sequence[LineFeatures]) -> list[tuple[int, int]]:
    """Unit ranges ``(first, last)`` of link boxes: a box header and the teasers after it.

    A box runs from its header over furniture and short lines and ends before the first
    prose or sentence-like unit.
    """
    out = []
    k = 0
    while k < len(us):
        if feats[us[k].first].box_header:
            j = k
            if j + 1 < len(us) and _teaser_title(us[j + 1], feats):
                j += 1          # "Read more" and the one headline it links, set inside the story
            while j + 1 < len(us) and us[j + 1].role in (Role.BAD, Role.SHORT):
                j += 1
            out.append((k, j))
            k = j + 1
        else:
            k += 1
    return out


def _teaser_title(u: Unit, feats: Sequence[LineFeatures]) -> bool:
    """A headline under a box header: one line of a few words that ends without a full stop."""
    f = feats[u.first]
    return (u.role is Role.NEAR and u.first == u.last and u.words <= TEASER_WORDS and not f.ends_sentence
            and not f.ends_open and not f.bullet and not f.dateline)


#: A headline has at most this many words.
TEASER_WORDS = 20


# --- 5. the densest run of prose -------------------------------------------------------

GOOD_BASE, GOOD_PER_WORD, NEAR_GAIN, SHORT_COST, BAD_COST, BOX_COST = 1.0, 1 / 8, 0.3, -0.5, -1.0, -2.0


def unit_scores(us: Sequence[Unit], box_spans: Sequence[tuple[int, int]] = (),
                feats: Sequence[LineFeatures] | None = None) -> list[float]:
    """What each unit adds to a run: prose by its length, furniture a fixed cost per line
    (with ``feats``: a footnote marker split off a paragraph costs nothing)."""
    scores = []
    for u in us:
        if u.role is Role.GOOD:
            scores.append(GOOD_BASE + min(u.words, 120) * GOOD_PER_WORD)
        elif u.role is Role.NEAR:
            scores.append(NEAR_GAIN)
        elif u.role is Role.SHORT:
            scores.append(SHORT_COST)
        elif feats is None:
            scores.append(BAD_COST * (u.last - u.first + 1))
        else:
            scores.append(BAD_COST * sum(1 for i in u.indexes if not feats[i].marker))
    for first, last in box_spans:
        # a whole box costs one box, however many teasers it lists
        for k in range(first, last + 1):
            scores[k] = 0.0
        scores[first] = BOX_COST
    return scores


def densest_run(scores: Sequence[float]) -> tuple[int, int] | None:
    """``(first, last)`` unit indexes of the maximum-sum run (Kadane), None if nothing scores."""
    best, best_span = 0.0, None
    total, start = 0.0, 0
    for k, s in enumerate(scores):
        if total <= 0:
            total, start = s, k
        else:
            total += s
        if total > best:
            best, best_span = total, (start, k)
    return best_span


# --- 6. choose the lines inside the run ------------------------------------------------

def select(us: Sequence[Unit], run: tuple[int, int], box_spans: Sequence[tuple[int, int]] = (),
           feats: Sequence[LineFeatures] | None = None) -> list[Unit]:
    """The units of the run that are article text (``feats``: to tell a byline block)."""
    first, last = run
    in_box = {k for a, b in box_spans for k in range(a, b + 1)}
    kept: list[Unit] = []
    k = first
    while k <= last:
        u = us[k]
        if k in in_box or u.role is Role.BAD:
            k += 1
            continue
        if u.role in (Role.GOOD, Role.NEAR):
            kept.append(u)
            k += 1
            continue
        # a stretch of short units (furniture between them does not count)
        j = k
        stretch = []
        dated = False          # a name and a date between paragraphs: a byline block, no text
        while j <= last and j not in in_box and us[j].role in (Role.SHORT, Role.BAD):
            if us[j].role is Role.SHORT:
                stretch.append(us[j])
            elif feats is not None and any(feats[i].date_only or feats[i].timestamp for i in us[j].indexes):
                dated = True
            j += 1
        bounded = kept and j <= last and us[j].role in (Role.GOOD, Role.NEAR) and j not in in_box
        if bounded and len(stretch) <= 2 and not dated:
            kept.extend(stretch)
        elif bounded and stretch and stretch[-1].last == us[j].first - 1 and 3 <= stretch[-1].words <= 12:
            kept.append(stretch[-1])     # a subhead right above the prose it heads
        k = j
    return kept


def drop_headline_lists(kept: list[Unit], feats: Sequence[LineFeatures], texts: Sequence[str],
                        run: int = 3) -> list[Unit]:
    """Drop lists of headlines inside the article ("related stories" without a header):
    ``run`` or more sentence-like lines in a row that start with a capital, end without a
    full stop and are no list items (a list the author wrote has bullets, numbers or full
    sentences). ``texts`` are the lines' texts, by index."""
    def headline(u: Unit, bullets: bool = False) -> bool:
        f = feats[u.first]
        text = texts[u.first].lstrip("*•·-# ") if bullets and f.bullet else texts[u.first]
        return (u.role is Role.NEAR and u.first == u.last and not f.ends_sentence and (bullets or not f.bullet)
                and text[:1].isupper() and not text.rstrip("*_ ").endswith(":"))

    def run_end(k: int, bullets: bool = False) -> int:
        j = k
        while (j < len(kept) and headline(kept[j], bullets)
               and (j == k or kept[j].first == kept[j - 1].last + 1)):
            j += 1
        return j

    out: list[Unit] = []
    k = 0
    while k < len(kept):
        j = run_end(k)
        if j - k < run and run_end(k, bullets=True) == len(kept) and len(kept) - k >= run and k > 0:
            j = len(kept)      # the story ends on a list of headlines: "more on this" without a header
        if j - k >= run:
            k = j
            continue
        out.append(kept[k])
        k += 1
    return out


# --- 7. where the story starts ---------------------------------------------------------

def trim_start(kept: Sequence[Unit], feats: Sequence[LineFeatures], look: int = 4) -> list[Unit]:
    """Drop what comes before a wire dateline among the first units kept."""
    for pos, u in enumerate(kept[:look]):
        if pos and feats[u.first].dateline:
            return list(kept[pos:])
    return list(kept)


def drop_standfirst(kept: list[Unit], feats: Sequence[LineFeatures]) -> list[Unit]:
    """Drop a standfirst: a lone sentence under the headline block, apart from the story.

    It is the first unit kept, comes right after a date line or a headline, is no dateline
    itself, and furniture or short lines separate it from the next prose.
    """
    if len(kept) < 3:
        return kept
    first, second = kept[0], kept[1]
    if feats[first.first].dateline or first.role is not Role.GOOD or first.words > 60:
        return kept
    prev = first.first - 1
    after_header = prev >= 0 and (feats[prev].date_only or feats[prev].headline_like
                                  or feats[prev].copies > 1 and not feats[prev].ends_sentence)   # the headline again
    apart = second.first > first.last + 1 or second.role is not Role.GOOD
    return kept[1:] if after_header and apart else kept


#: An appeal or a product pitch at the end of a page has at most this many words per unit.
PITCH_WORDS = 40


def is_call_to_action(text: str) -> bool:
    """Whether a line is a button under a pitch ("Learn more.", "**Become a member**")."""
    core = text.strip(" \t*_#>|•·~=+-").rstrip(".!:›»→ ")
    return len(core) <= 40 and lexicon.call_to_action().match(core) is not None


def drop_pitch(kept: list[Unit], feats: Sequence[LineFeatures], texts: Sequence[str],
               action: Callable[[str], bool] = is_call_to_action) -> list[Unit]:
    """Drop the appeal or product pitch the body ends on: a short unit set right above or
    right under a button (``action``: "Learn more", "Become a member", "Contribute today"),
    with the labels just above it that end without a full stop ("Note from the author:",
    "This article is part of Example Pro"). ``texts`` are the lines' texts, by index."""
    while len(kept) > 2:
        last = kept[-1]
        after = last.last + 1 < len(texts) and action(texts[last.last + 1])
        before = last.first > 0 and action(texts[last.first - 1])
        if last.words > PITCH_WORDS or not (after or before):
            return kept
        kept = kept[:-1]
        while (len(kept) > 2 and kept[-1].last == last.first - 1 and kept[-1].words <= PITCH_WORDS
               and not feats[kept[-1].last].ends_sentence):
            last = kept[-1]
            kept = kept[:-1]
    return kept


def trim_head(kept: Sequence[Unit], feats: Sequence[LineFeatures], roles: Sequence[Role | None]) -> list[Unit]:
    """Drop the header block the run began with: units before the first paragraph of prose
    that end without a full stop (a breadcrumb, a headline, "by" and a name) and that
    furniture (a date, a caption, a share bar) parts from it."""
    first_good = next((k for k, u in enumerate(kept) if u.role is Role.GOOD), None)
    if not first_good:
        return list(kept)
    for k in range(first_good - 1, -1, -1):
        u = kept[k]
        if feats[u.last].ends_sentence or feats[u.first].dateline:
            return list(kept)
        gap = range(u.last + 1, kept[k + 1].first)
        if any(roles[i] is Role.BAD and feats[i].words > 0 for i in gap):
            return list(kept[k + 1:])
    return list(kept)


def classify(feats: Sequence[LineFeatures], end: int | None = None, english: bool = True) -> list[Unit]:
    """All the steps: the units that make up the article, in order (may be empty)."""
    feats = feats[:end] if end is not None else feats     # the trailing link list is no text
    roles = line_roles(feats)
    us = graded_units(feats, roles, english)
    box_spans = boxes(us, feats)
    run = densest_run(unit_scores(us, box_spans, feats))
    if run is None:
        return []
    return trim_start(trim_head(select(us, run, box_spans, feats), feats, roles), feats)
