"""Event typing: which of claims.md's event types a sentence reports, and with what weapon.

A *trigger* is a word or phrase of ``data/lexicon.json`` ("shot down", "talks",
"killed") found among the parsed tokens, by text or lemma. Some triggers count only in
context: "launched" needs a weapon in the sentence (not "launched an inquiry"), "exchange"
needs prisoners, "meeting" needs a negotiating party. Words that several types share are
settled by their neighbours: "attack" is a strike near drones or missiles and ground combat
near the front line; "destroyed" is an interception of drones, damage to a building.
"""

from __future__ import annotations

from dataclasses import dataclass

from frontwire.extract.lexicon import Pattern, lexicon
from frontwire.records import ClaimType, Weapon

_POS = {"V": ("VERB", "AUX"), "N": ("NOUN", "PROPN"), "A": ("ADJ",)}
# prepositions that make an event the time of another ("hours before the meeting")
TEMPORAL = frozenset({"after", "before", "following", "ahead", "since", "during", "amid", "until",
                      "prior", "pending", "eve", "as"})


@dataclass(frozen=True)
class Trigger:
    type: ClaimType
    start: int          # token indices in the sentence's Doc
    end: int
    head: int           # the token that carries the event (a verb or a noun)
    anchor: bool = False   # used as a time reference: "after the talks", "before the meeting"


def _token_keys(tok) -> tuple[str, str]:
    return tok.lower_, tok.lemma_.lower()


def _matches(doc, i: int, pat: Pattern) -> bool:
    if i + len(pat.words) > len(doc):
        return False
    for k, (word, pos) in enumerate(zip(pat.words, pat.pos)):
        tok = doc[i + k]
        if word not in _token_keys(tok):
            return False
        if pos and tok.pos_ not in _POS[pos]:
            return False
    return True


def sentence_words(doc, leave_out: range = range(0)) -> frozenset[str]:
    """Lowercase forms and lemmas of a sentence's tokens, for context tests; ``leave_out``
    the trigger's own tokens (an "assault" is not its own ground context)."""
    words = set()
    for tok in doc:
        if tok.i in leave_out:
            continue
        words.add(tok.lower_)
        words.add(tok.lemma_.lower())
    return frozenset(words)


def _near(doc, i: int, words: frozenset[str], window: int = 4) -> bool:
    """Whether one of ``words`` is within ``window`` tokens of token ``i`` or tied to it."""
    tok = doc[i]
    around = [doc[k] for k in range(max(0, i - window), min(len(doc), i + window + 1))]
    around += [tok.head, *tok.children, *tok.head.children]
    return any(t.lower_ in words or t.lemma_.lower() in words for t in around)


def _objects(tok) -> list:
    """The things a verb acts on (its objects, or its subject in the passive), or a noun's
    own words; conjoined ones included."""
    out = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass", "pobj", "attr", "obj")]
    if tok.pos_ in ("NOUN", "PROPN", "ADJ"):
        out.append(tok)
        if tok.dep_ == "amod":
            out.append(tok.head)
    for _ in range(2):                   # "attacks on our energy sector": sector, energy
        for o in list(out):
            out.extend(c for c in o.children if c.dep_ in ("conj", "compound", "amod") and c not in out)
            out.extend(g for c in o.children if c.dep_ == "prep" for g in c.children
                       if g.dep_ == "pobj" and g not in out)
    if tok.dep_ in ("amod", "acl") and tok.head not in out:
        out.append(tok.head)
    return out


def _resolve(doc, i: int, types: list[ClaimType], words: frozenset[str]) -> list[ClaimType]:
    """One type for a word that several types share, from the words around it."""
    ctx = lexicon().context
    if len(types) < 2:
        return types
    tok = doc[i]
    objs = {t.lemma_.lower() for t in _objects(tok)} | {t.lower_ for t in _objects(tok)}
    if "interception" in types or "infrastructure_damage" in types:   # destroyed, repelled
        if objs & ctx["air_weapon"] and "interception" in types:
            return ["interception"]
        if objs & ctx["military_target"] and "strike" in types:
            return ["strike"]             # "destroyed a command post": a strike on a military target
        if objs & ctx["infrastructure"]:
            return ["infrastructure_damage"] if "infrastructure_damage" in types else types[:1]
    if "territorial_change" in types and "capture" in types:         # captured
        if objs & ctx["person_taken"]:
            return ["capture"]
        return ["territorial_change"]
    if "strike" in types and "ground_combat" in types:               # attack, assault
        if _near(doc, i, ctx["weapon"]) or objs & ctx["infrastructure"]:
            return ["strike"]
        if _near(doc, i, ctx["ground"], window=8):
            return ["ground_combat"]
        return ["strike"] if words & ctx["weapon"] else ["ground_combat"]
    if "interception" in types and "ground_combat" in types:         # repelled
        return ["interception"] if _near(doc, i, ctx["air_weapon"], 6) else ["ground_combat"]
    return types[:1]


def _is_anchor(tok) -> bool:
    """Whether an event word only dates another: "hours before the meeting", "after talks"."""
    node = tok
    for _ in range(4):
        if node.dep_ in ("pobj",) and node.head.lower_ in TEMPORAL:
            return True
        if node.dep_ == "pobj" and node.head.lower_ == "of" and \
                node.head.head.lemma_.lower() in ("day", "eve", "night", "morning", "anniversary", "wake"):
            return True                   # "on the day of the Geneva talks"
        if any(c.dep_ == "mark" and c.lower_ in TEMPORAL for c in node.children):
            return True
        if node.head.i == node.i:
            break
        node = node.head
    return False


def find_triggers(doc, skip: frozenset[int] = frozenset()) -> list[Trigger]:
    """Every event trigger of a parsed sentence, leaving out tokens in ``skip`` (the
    attribution "Ukraine's air force said")."""
    lex = lexicon()
    found: dict[int, tuple[int, list[ClaimType]]] = {}   # token -> (end, types)
    i = 0
    while i < len(doc):
        if i in skip:
            i += 1
            continue
        best_len, types = 0, []
        for key in set(_token_keys(doc[i])):
            for pat in lex.triggers.get(key, ()):
                if len(pat.words) < best_len or not _matches(doc, i, pat):
                    continue
                words = sentence_words(doc, range(i, i + len(pat.words)))
                if pat.needs and not any(words & lex.context[n] for n in pat.needs):
                    continue
                if len(pat.words) > best_len:
                    best_len, types = len(pat.words), []
                if pat.label not in types:
                    types.append(pat.label)
        if types:
            found[i] = (i + best_len, _resolve(doc, i, types, sentence_words(doc, range(i, i + best_len))))
            i += best_len
        else:
            i += 1
    _add_weapon_agents(doc, found, skip)
    out = []
    for i, (end, types) in found.items():
        head = _event_head(doc, i, end)
        if _purpose(doc[head]) or _habitual(doc[head]) or _figurative(doc[head], types) \
                or _unit_name(doc[head]) or _comparative(doc[head]) or _idiom(doc, i, types) \
                or _audience(doc[head], types):
            continue
        for t in types:
            if t in ("territorial_change", "capture") and (_attributive(doc, i) or _state(doc[head])):
                continue
            out.append(Trigger(t, i, end, head, _is_anchor(doc[head]) or _circumstance(doc[head])))
    return out


def _state(tok) -> bool:
    """ "the region that Russia doesn't control": holding ground now is a state, not a change
    (a share of territory, "controls 19 percent", is read from its figure)."""
    if tok.lemma_.lower() not in ("control", "occupy", "hold"):
        return False
    if any(c.like_num or c.lower_ in ("percent", "%") for c in tok.subtree):
        return False
    return tok.tag_ in ("VBZ", "VBP") or tok.dep_ == "relcl"   # "which Russia has occupied"


def _idiom(doc, i: int, types: list) -> bool:
    """ "in return for guarantees"; "counter-battery fire", "artillery fire" (not a blaze)."""
    tok = doc[i]
    if tok.lower_ == "return" and i > 0 and doc[i - 1].lower_ == "in":
        return True
    if tok.lemma_.lower() == "fire" and tok.pos_ == "NOUN" and "infrastructure_damage" in types:
        mods = [c for c in tok.children if c.dep_ in ("compound", "amod", "nmod")]
        if mods or (i > 0 and doc[i - 1].lower_ in ("under", "open", "heavy", "return")):
            return True
    return False


def _comparative(tok) -> bool:
    """ "where infrastructure is far less damaged than in Kyiv": a comparison, not an event."""
    return any(c.dep_ == "advmod" and c.lower_ in ("less", "more") for c in tok.children)


def _circumstance(tok) -> bool:
    """ "killed in Russian attacks": an attack named as the cause of another event; "killed
    in a Russian missile attack" names the strike itself, with its weapon."""
    if tok.lemma_.lower() not in ("attack", "assault", "offensive", "war", "invasion") or not (
            tok.dep_ == "pobj" and tok.head.lower_ in ("in", "during", "amid", "from", "after", "since")):
        return False
    weapons = lexicon().context["weapon"]
    return not any(c.lower_ in weapons for c in tok.children if c.dep_ in ("compound", "amod", "nmod"))


# verbs after which an infinitive is an event of its own ("agreed to release", "threatened to take")
_INFINITIVE_EVENT = frozenset({"agree", "plan", "expect", "threaten", "schedule", "set", "prepare", "try",
                               "attempt", "intend", "aim", "vow", "promise", "decide", "continue", "begin",
                               "start", "manage", "seek", "want", "hope", "be", "fail", "refuse", "order",
                               "push", "move", "use", "going", "able", "likely", "ready", "need", "have",
                               "allow", "wish", "offer", "propose", "pledge", "ask", "urge", "call", "tell",
                               "warn", "work"})


OPPORTUNITY = frozenset({"window", "chance", "opportunity", "ability", "way", "means", "capacity",
                         "time", "right", "power", "capability", "tool", "tools"})


def _purpose(tok) -> bool:
    """An event verb in an infinitive of purpose or manner, not reported as happening:
    "misuses the talks to attack civilian infrastructure"; or an event noun inside one:
    "a window to roll back Russian advances"."""
    if tok.pos_ != "VERB":
        verb = tok.head
        for _ in range(4):
            if verb.pos_ == "VERB" or verb.head.i == verb.i:
                break
            verb = verb.head
        # "a window to roll back Russian advances"; not "efforts to hold back a Russian push"
        return (verb.i != tok.i and verb.pos_ == "VERB" and tok.dep_ in ("dobj", "pobj", "compound")
                and verb.dep_ == "acl" and verb.head.lemma_.lower() in OPPORTUNITY
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children))
    if tok.tag_ == "VBG" and tok.dep_ == "pcomp" and tok.head.head.lemma_.lower() in ("aim", "target"):
        return True                       # "a push aimed at capturing Pokrovsk": the goal
    if tok.dep_ == "conj" and tok.head.pos_ == "VERB" and tok.head.i != tok.i:
        return _purpose(tok.head)         # "to attack infrastructure and kill people"
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        return False
    if tok.dep_ == "xcomp" and tok.head.dep_ in ("acl", "relcl"):
        return True                       # "missiles used to target rear areas": what they are for
    return tok.dep_ in ("advcl", "xcomp", "acl", "relcl", "ccomp") and \
        tok.head.lemma_.lower() not in _INFINITIVE_EVENT


UNIT_NOUNS = frozenset({"forces", "force", "brigade", "brigades", "troops", "unit", "units", "regiment",
                        "battalion", "division", "corps", "group", "squad", "team", "company"})


def _unit_name(tok) -> bool:
    """ "the Air Assault Forces", "an assault brigade": a unit's name, not an event."""
    return tok.dep_ in ("compound", "amod") and tok.head.lower_ in UNIT_NOUNS


NOT_HARMED = frozenset({"feelings", "feeling", "pride", "economy", "chances", "chance", "prospects",
                        "relations", "reputation", "image", "interests", "sales", "business", "trade",
                        "talks", "efforts", "market", "markets", "morale", "ratings", "hopes"})


AUDIENCES = frozenset({"reporter", "reporters", "journalist", "journalists", "press", "media", "student",
                       "students", "voter", "voters", "supporter", "supporters", "troops", "soldiers",
                       "lawmakers", "parliament", "public", "nation", "residents", "families"})


def _audience(tok, types: list) -> bool:
    """ "speaking with reporters", "met students": not talks between parties."""
    if "negotiation" not in types or tok.lemma_.lower() not in ("speak", "talk", "meet", "call", "visit"):
        return False
    for c in tok.children:
        objects = [c] if c.dep_ == "dobj" else [g for g in c.children if g.dep_ == "pobj"] \
            if c.dep_ == "prep" and c.lower_ in ("with", "to") else []
        if any(o.lower_ in AUDIENCES for o in objects):
            return True
    return False


def _figurative(tok, types: list) -> bool:
    """ "whose feelings he had hurt", "hurt the economy": not people harmed."""
    if "casualties" not in types:
        return False
    objects = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    if tok.dep_ == "relcl":
        objects.append(tok.head)
    return any(o.lower_ in NOT_HARMED or o.lemma_.lower() in NOT_HARMED for o in objects)


HABITUAL = frozenset({"regularly", "routinely", "usually", "often", "typically", "frequently",
                      "traditionally", "always", "generally", "normally", "constantly", "continuously"})


def _habitual(tok) -> bool:
    """ "The two sides regularly exchange remains": what happens as a rule, not an event."""
    verb = tok if tok.pos_ in ("VERB", "AUX") else tok.head
    return any(c.dep_ == "advmod" and c.lower_ in HABITUAL for c in verb.children)


def _attributive(doc, i: int) -> bool:
    """ "occupied Zaporizhzhia", "Russian-controlled territory": a state, not an event."""
    tok = doc[i]
    if tok.dep_ in ("amod", "compound") or tok.pos_ == "ADJ":
        return True
    if tok.tag_ in ("VBN", "VBD") and i + 1 < len(doc) and doc[i + 1].pos_ in ("NOUN", "PROPN") and not any(
            c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in tok.children):
        return True                       # "reclaiming all occupied territory", parsed as a verb
    return i > 0 and doc[i - 1].text in ("-", "‑") and tok.tag_ in ("VBN", "JJ", "VBD")


def _add_weapon_agents(doc, found: dict, skip: frozenset[int]) -> None:
    """Damage or harm done by a weapon is a strike too (claims.md rule 7): "damaged by
    Russian drones", "a missile killed three people", "wounded in shelling"."""
    harm = {i for i, (_, types) in found.items() if {"infrastructure_damage", "casualties"} & set(types)}
    if not harm or any("strike" in types for _, types in found.values()):
        return
    weapons = lexicon().context["air_weapon"] | {"shelling", "artillery", "shell", "shells", "mortar"}
    for tok in doc:
        if tok.i in skip or tok.i in found or tok.lower_ not in weapons:
            continue
        node, rel = tok, tok.dep_
        while node.dep_ in ("compound", "amod", "conj") and node.head.i != node.i:
            node = node.head
        by_agent = node.dep_ == "pobj" and node.head.lower_ in ("by", "in", "from", "after") \
            and node.head.head.i in harm
        as_subject = node.dep_ == "nsubj" and node.head.i in harm
        if by_agent or as_subject:
            found[tok.i] = (tok.i + 1, ["strike"])
            return


def _event_head(doc, i: int, end: int) -> int:
    """The token of a multiword trigger that the parse hangs the event on."""
    span = range(i, end)
    for k in span:
        if doc[k].head.i not in span or doc[k].head.i == k:
            return k
    return i


def find_weapon(doc) -> Weapon:
    """The weapon a strike or interception sentence names: one kind, ``mixed`` or ``unknown``."""
    table = lexicon().weapons
    kinds: set[str] = set()
    lowers = [t.lower_ for t in doc]
    for k, w in enumerate(lowers):
        for phrase in (f"{w} {lowers[k + 1]}" if k + 1 < len(lowers) else None, w):
            if phrase and phrase in table:
                kinds.add(table[phrase])
                break
    if "glide_bomb" in kinds and "aircraft" in kinds:
        kinds.discard("aircraft")      # glide bombs come from aircraft: one weapon
    if not kinds:
        return "unknown"
    return kinds.pop() if len(kinds) == 1 else "mixed"
