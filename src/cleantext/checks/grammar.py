"""Grammar: a/an agreement by sound, doubled words ("the the"), and the simple past of an
irregular verb where its past participle belongs ("has went", "was wrote")."""
from __future__ import annotations

from functools import lru_cache
from importlib import resources
from itertools import compress, islice, repeat
from operator import attrgetter, eq
from typing import Iterator

from ..document import Document, Token
from ..findings import Finding
from ..rules import Rule, flags, passes

A_AN = Rule(
    "grammar.a_an", "grammar", "warning",
    "'a' before a consonant sound, 'an' before a vowel sound.",
    (
        flags("Gas exports are a advancement for Europe.", "an", span="a"),
        flags("She is an European diplomat.", "a", span="an"),
        flags("We waited for a hour.", "an", span="a"),
        flags("It was an useful meeting.", "a", span="an"),
        flags("Gas imports-a advancement for Europe.", "an", span="a"),
        passes("It took an hour at a university near an honest broker."),
        passes("A European ally and a one-off deal, an FBI agent and a NATO summit."),
        passes("An historic day and a historic day are both accepted."),
        passes("Point a) comes first; a. and b. follow."),
        passes("Vitamin A is an essential nutrient."),
        passes("It was a a good day, and an an odd one."),
        passes("Put it in envelope A and seal it; an M&S spokesman agreed."),
    ),
)
REPEATED = Rule(
    "grammar.repeated_word", "grammar", "warning",
    "The same word twice in a row.",
    (
        flags("We met the the minister.", "the", span="the the"),
        flags("It was in in March.", "in", span="in in"),
        flags("They said no to to to the plan.", "to", span="to to to"),
        passes("What he had had was enough, and that that was true."),
        passes("Introduction\nIntroduction of the new rules came later."),
        passes("The senior law lord Lord Bingham spoke."),
        passes("They chanted \u201cno, no\u201d and the Walla Walla team won."),
    ),
)
PARTICIPLE = Rule(
    "grammar.participle", "grammar", "warning",
    "The simple past of an irregular verb after 'have' or a passive 'be', where the past "
    "participle belongs ('has went' -> 'has gone', 'was wrote' -> 'was written').",
    (
        flags("She has went home already.", "gone", span="went"),
        flags("The report was wrote by the committee.", "written", span="wrote"),
        flags("They had took the early train.", "taken", span="took"),
        flags("We haven't ate since noon.", "eaten", span="ate"),
        flags("I have never drank coffee.", "drunk", span="drank"),
        flags("The letters were stole in the night.", "stolen", span="stole"),
        flags("He's been chose as captain.", "chosen", span="chose"),
        flags("Prices have rose sharply this year.", "risen", span="rose"),
        passes("She has gone home, and the report was written by the committee."),
        passes("We have rose bushes, a saw mill, and a bit of time; I was broke."),
        passes("They had, went the story, no money; what she had came from her mother."),
        passes("The money they had went on rent, and all he has went to charity."),
        passes("The question is who went first, and the answer was simple: Ann went."),
        passes("The new design is wore modern than the old one."),
    ),
)
RULES = (A_AN, REPEATED, PARTICIPLE)

# Irregular verbs whose simple past is not their past participle.
_PARTICIPLES = {
    "went": "gone", "came": "come", "ran": "run", "began": "begun", "drank": "drunk", "sang": "sung",
    "swam": "swum", "rang": "rung", "sank": "sunk", "shrank": "shrunk", "arose": "arisen", "rose": "risen",
    "wrote": "written", "took": "taken", "ate": "eaten", "saw": "seen", "did": "done", "gave": "given",
    "knew": "known", "grew": "grown", "threw": "thrown", "flew": "flown", "drew": "drawn", "spoke": "spoken",
    "broke": "broken", "chose": "chosen", "froze": "frozen", "stole": "stolen", "woke": "woken",
    "wore": "worn", "tore": "torn", "swore": "sworn", "shook": "shaken", "forgot": "forgotten",
    "fell": "fallen", "drove": "driven", "rode": "ridden", "hid": "hidden", "bit": "bitten", "blew": "blown",
    "mistook": "mistaken", "undertook": "undertaken", "overtook": "overtaken", "forgave": "forgiven",
    "withdrew": "withdrawn", "forbade": "forbidden", "strove": "striven", "overcame": "overcome",
    "became": "become", "underwent": "undergone", "rewrote": "rewritten", "foresaw": "foreseen",
}
# Pasts that are also nouns or adjectives: "have rose bushes", "a saw mill", "I was broke".
_AFTER_HAVE_ONLY = frozenset("rose saw fell bit spoke stole".split())
_NOT_PASSIVE = frozenset("rose saw fell bit spoke broke came went ran became".split())
# "rose" and "fell" are verbs for sure when a measure or a preposition follows: "has rose sharply".
_MOVES = frozenset(("rose", "fell"))
_MOVE_AFTER = frozenset("to by from again above below in on over since after back".split())


def _moved(toks: list[Token], i: int) -> bool:
    if i + 1 >= len(toks):
        return True
    q = toks[i + 1]
    return q.kind == "punct" or q.kind == "word" and (q.lower in _MOVE_AFTER or q.lower.endswith("ly"))


# A passive ends its verb phrase: an agent, a preposition, a conjunction or punctuation follows
# ("was wrote by", "were stole in the night"); before an adjective the word is a slip of another
# ("is wore modern" for "more").
_PASSIVE_AFTER = frozenset("""by to in on at for from into with during after before over under off out up
down away back and but as yesterday today last""".split())


def _passive_end(toks: list[Token], i: int) -> bool:
    if i + 1 >= len(toks):
        return True
    q = toks[i + 1]
    return q.kind == "punct" or q.kind == "word" and q.lower in _PASSIVE_AFTER


_HAVE = frozenset("have has had having 've hasn't haven't hadn't".split())
_BE = frozenset("is are was were be been being isn't aren't wasn't weren't".split())
# Adverbs that may stand between the auxiliary and the verb: "has never went", "was also took".
_BETWEEN = frozenset("just already never not also always recently finally ever since probably certainly "
                     "clearly simply actually really only even all both".split())

_VOWELS = "aeiou"
# Letters whose names start with a vowel sound: "an FBI", "an MP", "an SUV".
_VOWEL_LETTERS = set("AEFHILMNORSX")
_NEVER_DOUBLE = {"had", "that", "is", "do", "bye", "no", "yes", "very", "so", "ha", "really", "far",
                 "many", "more", "blah", "ho", "knock", "tut", "go", "well", "now", "long", "little"}
_FUNCTION = {"the", "a", "an", "of", "to", "in", "on", "at", "for", "and", "or", "with", "by", "from",
             "as", "is", "was", "are", "were", "be", "it", "this", "they", "we", "he", "she", "i", "you",
             "his", "her", "their", "our", "its", "but", "not", "will", "would", "can", "could", "has", "have"}


@lru_cache(maxsize=1)
def _exceptions() -> dict[str, str]:
    out: dict[str, str] = {}
    data = resources.files("cleantext").joinpath("data/a_an_exceptions.txt").read_text("utf-8")
    for line in data.splitlines():
        if line and not line.startswith("#"):
            kind, word = line.split("\t")
            out[word] = kind
    return out


def article_for(word: str, acronym: bool = False) -> str | None:
    """'a', 'an', or None when either is acceptable or the sound is unknown."""
    if not word:
        return None
    if acronym:
        letters = word.rstrip("s'\u2019")
        if any(c in "AEIOU" for c in letters[1:]) and len(letters) >= 4:
            return None  # probably read as a word: NATO, NASA, UNESCO
        if any(c in "AEIOUY" for c in letters) and len(letters) >= 3 and letters[0] not in "FHLMNRSX":
            return None  # "an IAEA", "a UEFA": too ambiguous to judge
        return "an" if letters[0] in _VOWEL_LETTERS else "a"
    low = word.lower().replace("\u2019", "'")
    head = low.split("-")[0]
    exc = _exceptions()
    kind = exc.get(low) or exc.get(head)
    if kind == "both":
        return None
    if kind:
        return kind
    if head[:1] == "h" or head[:1] == "y":
        return None  # "an historic", "a hotel"/"an hotel", "yttrium": accept either
    if head[:2] in ("eu", "ew", "on") or head[:3] in ("uni", "use", "usu", "ura", "uti", "uri", "ubi"):
        return None  # not in the pronouncing table: sound unknown
    return "an" if head[:1] in _VOWELS else "a"


def run(doc: Document, ctx) -> Iterator[Finding]:
    toks = doc.tokens
    n = len(toks)
    if n < 2:
        return
    # The candidates are found with C-level passes over the lower-cased tokens (Token.lower is
    # norm.lower()): articles ("a", "an", "imports-a") and a word equal to the next one. Every
    # other token was visited in Python only to be skipped.
    lows = list(map(_LOWER, toks))
    found = set(compress(range(n - 1), map(_ARTICLE_LOWS.__contains__, lows)))
    found.update(compress(range(n - 1), map(str.endswith, lows, repeat(("-a", "-an")))))
    found.update(compress(range(n - 1), map(eq, lows, islice(lows, 1, None))))
    for i in sorted(found):
        t = toks[i]
        if t.kind != "word":
            continue
        norm = t.norm
        if len(norm) <= 2 and t.lower in ("a", "an") or norm.endswith(("-a", "-an")):
            f = _article(doc, t, toks[i + 1])
            if f:
                yield f
        nxt = toks[i + 1]
        prev = toks[i - 1] if i else None
        prev_norm = prev.norm if prev is not None and prev.kind == "word" else ""
        if (nxt.kind == "word" and len(nxt.norm) == len(norm)
                and nxt.lower == t.lower and _same_sentence(doc, t, nxt)
                and not (len(prev_norm) == len(norm) and prev.lower == t.lower
                         and _same_sentence(doc, prev, t))):
            # A run of the same word ("the the the") is one finding, fixed in one step.
            low = t.lower
            j = i + 1
            while j + 1 < n and toks[j + 1].kind == "word" and toks[j + 1].lower == low \
                    and _same_sentence(doc, toks[j], toks[j + 1]):
                j += 1
            f = _repeat(doc, t, toks[j])
            if f:
                yield f


    for i in compress(range(n), map(_PARTICIPLES.__contains__, lows)):
        if i:
            f = _participle(doc, toks, i)
            if f:
                yield f


def _participle(doc: Document, toks: list[Token], i: int) -> Finding | None:
    """The simple past at token i after an auxiliary of the same clause ("has went"), with at most
    one adverb between ("has never went")."""
    t = toks[i]
    if t.kind != "word" or t.quoted or not t.text.islower():
        return None
    j = i - 1
    aux = toks[j]
    if aux.kind == "word" and aux.lower in _BETWEEN and j and _tight(doc, aux, t):
        j -= 1
        aux, mid = toks[j], aux
    else:
        mid = t
    if aux.kind != "word" or not _tight(doc, aux, mid):
        return None
    low = aux.lower.replace("\u2019", "'")
    have = low in _HAVE or low.endswith("'ve")
    if have:
        if t.lower in _AFTER_HAVE_ONLY and not (t.lower in _MOVES and _moved(toks, i)) \
                or _ends_relative(doc, toks, j):
            return None
    elif low not in _BE or t.lower in _NOT_PASSIVE or not _passive_end(toks, i):
        return None
    rep = _PARTICIPLES[t.lower]
    what = "after 'have'" if have else "in the passive"
    return PARTICIPLE.finding(t.start, t.end, f"{t.text!r} is the simple past; {what} the participle is "
                              f"{rep!r}.", [rep], 0.9)


# A "have" that ends a relative clause is the main verb, and the past after it the main clause's:
# "what she had came from her mother", "the money they had went on rent".
_RELATIVES = frozenset("what whatever which that all everything anything nothing something who whoever".split())
_SUBJECTS = frozenset("i you he she it we they".split())
_OPENERS = frozenset("and but so then because when if although though while as since yet".split())


def _ends_relative(doc: Document, toks: list[Token], j: int) -> bool:
    """The "have" at token j may end a relative clause: a relative word shortly before it, or a
    pronoun subject after a word that opens no clause ("the money they had went", where "and they
    had went" and "They had went" are the slip)."""
    first = doc.sentence_of(toks[j]).first
    for k in range(max(first, j - 3), j):
        if toks[k].kind == "word" and toks[k].lower in _RELATIVES:
            return True
    if j - 2 >= first and toks[j - 1].lower in _SUBJECTS:
        before = toks[j - 2]
        return before.kind != "word" or before.lower not in _OPENERS
    return False


def _tight(doc: Document, a: Token, b: Token) -> bool:
    """`a` and `b` are neighbouring words joined by one space: no comma, no line break."""
    return doc.text[a.end:b.start] == " "


_LOWER = attrgetter("lower")
_ARTICLE_LOWS = frozenset(("a", "an"))


def _article(doc: Document, art: Token, nxt: Token) -> Finding | None:
    if nxt.kind not in ("word", "acronym") or nxt.quoted != art.quoted or nxt.lower in _ARTICLE_LOWS:
        return None  # "a a good day": a doubled word (grammar.repeated_word), not a wrong article
    if art.text == "A" and (nxt.kind == "acronym" or art.start != doc.sentence_of(art).start):
        return None  # "envelope A and", "Plan A": a label, not an article
    gap = doc.text[art.end:nxt.start]
    if gap.strip() or "\n" in gap:
        return None
    prev = doc.prev_token(art)
    if prev is not None and prev.kind == "word" and prev.lower in ("vitamin", "plan", "type", "grade", "class",
                                                                    "section", "part", "option", "exhibit"):
        return None
    single_letter = len(nxt.text) == 1 and nxt.text.isupper()  # "an M&S spokesman", "a U-turn"
    want = article_for(nxt.text, nxt.kind == "acronym" or single_letter)
    have = art.lower.rsplit("-", 1)[-1]
    if want is None or want == have:
        return None
    start = art.end - len(have)  # "imports-a advancement": a dash written as a hyphen
    capitalised = nxt.text[:1].isupper() and nxt.kind == "word"
    sentence = doc.sentence_of(nxt)
    conf = 0.9
    if capitalised and nxt.start != sentence.start and nxt.lower not in _exceptions() and not single_letter:
        conf = 0.6  # a name: its pronunciation is a guess
    if nxt.kind == "acronym" and nxt.text[0] in "HRU":
        conf = 0.6  # "a HDTV" ("haitch") and similar are regional
    if nxt.kind == "word" and not single_letter:
        other = _meant_instead(doc, art, have, nxt)
        if other is not None:  # "confirmed an the Senate": not an article at all
            rep = other if doc.text[start:art.end].islower() else other.capitalize()
            alt = want if doc.text[start:art.end].islower() else want.capitalize()
            return A_AN.finding(start, art.end, f"{art.text!r} does not fit before {nxt.text!r}; "
                                f"perhaps {rep!r}.", [rep, alt], 0.6)
        if conf > 0.6 and not _known(nxt.lower):
            conf = 0.6  # a misspelling ("a awyer" for "a lawyer"): the sound of its correction is a guess
    rep = want if doc.text[start:art.end].islower() else want.capitalize()
    return A_AN.finding(start, art.end, f"Use {rep!r} before {nxt.text!r}.", [rep], conf)


def _known(low: str) -> bool:
    from .typo.lexicon import lexicon

    return all(lexicon().known(p) for p in low.replace("\u2019", "'").split("-") if p.isalpha())


MEANT_RIGHT = 2.0  # log10 odds: the next word follows the other word this much more readily than an article
MEANT_LEFT_SLACK = 1.0  # ... while the previous word may take an article up to this much more readily


def _meant_instead(doc: Document, art: Token, have: str, nxt: Token) -> str | None:
    """A frequent word two edits or less from the typed article ("in", "by", "as") when the next
    word hardly ever follows an article but readily follows that word, and the previous word takes
    that word nearly as well as an article ("confirmed an the Senate" -> "by"): then the article
    itself is the slip, and the other article is no fix. Judged by the bigram model of typo.realword."""
    from .typo import context as C

    prev = doc.prev_token(art)
    if prev is None or prev.kind != "word" or not prev.text.isalpha() or prev.end + 1 != art.start:
        return None
    p, n = prev.lower, nxt.lower
    model = C.lm()
    if p not in model or n not in model:
        return None
    left_art = max(C.logp(a, p) for a in ("a", "an"))
    right_art = max(C.logp(n, a) for a in ("a", "an"))
    best, best_s = None, -1e9
    for x in C._frequent_near(have):
        if x in ("a", "an") or not model.seen(p, x) or not model.seen(x, n):
            continue
        left, right = C.logp(x, p) - left_art, C.logp(n, x) - right_art
        if left >= -MEANT_LEFT_SLACK and right >= MEANT_RIGHT and left + right > best_s:
            best, best_s = x, left + right
    return best


def _same_sentence(doc: Document, a: Token, b: Token) -> bool:
    gap = doc.text[a.end:b.start]
    if gap.strip():
        return False
    return "\n" not in gap and "\r" not in gap or doc.sentence_of(a) is doc.sentence_of(b)


def _repeat(doc: Document, a: Token, b: Token) -> Finding | None:
    low = a.lower
    if low in _NEVER_DOUBLE or len(low) == 1 and low not in ("a", "i"):
        return None
    if a.text[:1].isupper() and b.text[:1].isupper() and doc.sentence_of(a).start != a.start:
        return None  # a name such as "Walla Walla"
    if a.text[:1].isupper() != b.text[:1].isupper() and a.start != doc.sentence_of(a).start:
        return None  # "law lord Lord Bingham": a title, not a slip
    conf = 0.92 if low in _FUNCTION else 0.75
    return REPEATED.finding(a.start, b.end, f"Repeated word: {a.text!r}.", [a.text], conf)
