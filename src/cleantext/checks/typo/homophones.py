"""typo.homophone: words written for others that sound alike, where the grammar of the next word
decides: its/it's, your/you're, their/there/they're, whose/who's, "could of" for "could have",
"Lets go" for "Let's go", "to tired" for "too tired", "I except" for "I accept", "rather then"
for "rather than".

The real-word passes judge confusion sets by n-gram statistics, but these pairs differ by an
apostrophe, and neither bundled source can tell them apart: the web bigram counts have no
apostrophes, and the Sphinx language model, built from transcripts, gives "your welcome" and
"it's tail" higher odds than the right spellings. So this rule reads the grammar instead, and
only where it leaves one reading: a possessive ("its", "your", "their", "whose") cannot stand
before an article, "not" or "been"; a contraction ("it's" = "it is") cannot stand before "own" or
right after a preposition, nor own the subject of a verb ("it's name is", "who's car was": a
plain noun and then "is", "was", "has"...); a possessive "its" cannot stand before a predicate
adjective ("its important to"); a sentence that opens "There plan was" or "There going to win"
wants "Their" or "They're"; "whose coming" is "who's coming"; "incase it rains" is "in case";
a question opened by "Were are", "Were did" wants "Where"; "she fell of the ladder" wants "off"
(a verb of moving away after a subject pronoun); a modal verb takes "have", not "of", before a
past participle. Each pattern fires only in those places, so the rule is quiet on fluent
prose; a word in quotation marks or followed by a hyphen ("your so-called friend") is left alone.

One direction the language model does read well: a contraction inside a sentence where the
trigram model prefers the possessive on both sides ("answer you're letters", "met they're coach")
is flagged at a lower confidence (MODEL_MARGIN, calibrated on documentation prose with
scripts/calibrate_typo_contractions.py). The other direction stays with the grammar patterns.
"""
from __future__ import annotations

from typing import Iterator

from ...document import Document, Token
from ...findings import Finding
from ...rules import Rule, flags, passes

HOMOPHONE = Rule(
    "typo.homophone", "typo", "warning",
    "A word confused with one that sounds alike, where the next word's grammar decides "
    "(its/it's, your/you're, their/there/they're, whose/who's, could of/could have, to by/to buy).",
    (
        flags("The committee says its a good plan.", "it's", span="its"),
        flags("Its been a long week for the team.", "It's", span="Its"),
        flags("The town kept it's own council.", "its", span="it's"),
        flags("The firm lost half of it's staff.", "its", span="it's"),
        flags("Your welcome to stay for dinner.", "You're", span="Your"),
        flags("I think your the best person for it.", "you're", span="your"),
        flags("Bring you're own lunch.", "your", span="you're"),
        flags("We will answer you're letters this week.", "your", span="you're"),
        flags("I met they're coach after the game.", "their", span="they're"),
        passes("Don't worry, you're family now, and I know you're friends with her."),
        passes("Tell me when you're done; they're teachers at the school, and it's time we left."),
        flags("Their is no reason to wait.", "There", span="Their"),
        flags("The voters say their not convinced.", "they're", span="their"),
        flags("The teams brought they're own coaches.", "their", span="they're"),
        flags("They did it there own way.", "their", span="there"),
        flags("Whose been using my desk?", "Who's", span="Whose"),
        flags("Your going to love the new office.", "You're", span="Your"),
        flags("She could of told us sooner.", "have", span="of"),
        flags("We should of been there.", "have", span="of"),
        flags("Lets go to the park after lunch.", "Let's", span="Lets"),
        flags("He was to tired to finish the race.", "too", span="to"),
        flags("The offer came too little, to late for the workers.", "too", span="to"),
        passes("He was too tired, to be honest."),
        flags("I except your apology.", "accept", span="except"),
        flags("We want to by a new car.", "buy", span="by"),
        flags("The club says it's name is older than the town.", "its", span="it's"),
        flags("Who's car was parked outside?", "Whose", span="Who's"),
        flags("They're office was closed on Monday.", "Their", span="They're"),
        flags("There plan was approved last week.", "Their", span="There"),
        flags("There going to win the league.", "They're", span="There"),
        flags("They chose to rent rather then buy.", "than", span="then"),
        flags("Its important to check the figures.", "It's", span="Its"),
        flags("I think its likely that prices fall.", "it's", span="its"),
        flags("Whose coming to the meeting tonight?", "Who's", span="Whose"),
        flags("Take a coat incase it rains.", "in case", span="incase"),
        flags("Were are you going after lunch?", "Where", span="Were"),
        flags("Were did they put the keys?", "Where", span="Were"),
        flags("She fell of the ladder and hurt her arm.", "off", span="of"),
        flags("They jumped of the bus at the last stop.", "off", span="of"),
        flags("I would rather walk then drive.", "than", span="then"),
        flags("We'd rather stay home then go out.", "than", span="then"),
        passes("The committee says its plan is good, and it's a fair one."),
        passes("It's been a long week, and its end is near."),
        passes("The town has its own council and it's proud of it."),
        passes("You're welcome to stay; your room is ready."),
        passes("Your so-called friends left, and your very own brother stayed."),
        passes("There is no reason to wait; their plan is clear and they're ready."),
        passes("Is there going to be a vote? Whose idea was it?"),
        passes("Their going to the meeting surprised us."),
        passes("The best of all of them could of course wait."),
        passes("He lets go of the rope, and she lets the dog out."),
        passes("They went to late-night talks and came to bad terms; he was to blame."),
        passes("Everyone except me came, and I accept that."),
        passes("We want to buy a car, and we went to by the river and next to by a wall."),
        passes("I understand their not knowing, and the might of armed forces in May of 2004."),
        passes("The shop is to close, and he is to fast for a day."),
        passes("She said \u201cyour the best\u201d in the note."),
        passes("It's easier than it looks, and it's clearly late; what it's worth is unclear."),
        passes("Who's there is a question; who's going is another, and who's taken it was Tom."),
        passes("We moved north, and there life is hard. Out there life is hard."),
        passes("Is there going to be a vote? There going ahead was never certain."),
        passes("I would rather walk than drive, and rather then, than now."),
        passes("We would rather wait and then decide; he would rather go, then stay."),
        passes("It was rather cold then, and we'd rather not."),
        passes("The coin was valued for its worth; the plan has its essential parts and its new offices."),
        passes("The firm explained its important role to the board, and gave the rival its due."),
        passes("Whose car is this, whose running mate won, and whose doing was it?"),
        passes("Pack the cable, then incase the wires in plastic."),
        passes("Were you there? Were it not for the rain, we were to go. Were they all late?"),
        passes("The highest fell of the range is steep; what he dropped of the load was small."),
        passes("She fell off the ladder, and the first of the climbers fell of exhaustion."),
        passes("The old wall fell down; it fell of its own weight."),
        passes("Years later it's still fine; it kept its kind and its choice to wait. It depends on who's in charge."),
    ),
)

# A possessive cannot stand before these (the contraction can): "its a", "your not", "whose been".
_AFTER_CONTRACTION = frozenset("a an the not been no".split())
_MODALS = frozenset("could should would must might may".split())
_PREPOSITIONS = frozenset("""of in on for with by from into onto at about under over through during
without within upon across against toward towards to""".split())
_IRREGULAR_PARTICIPLES = frozenset("""been gone done known seen taken given had made said told thought got
gotten come become run left felt kept brought bought caught taught found heard held lost met paid sent spent
stood understood won written driven eaten fallen forgotten risen spoken stolen chosen broken frozen woken worn
torn sworn drawn grown flown shown blown sung rung swum begun drunk put set cut hit hurt shut quit read
let meant built dealt fought sold slept sought struck thrown took went""".split())
# Gradable adjectives that "too" goes with and that rarely follow "to" as a preposition or
# infinitive marker ("was to tired to finish").
_TOO_ADJECTIVES = frozenset("""tired late early busy big small hot cold long short expensive cheap young old
hard difficult easy far soon heavy strong loud large little dangerous risky complicated scared afraid
lazy sick ill sad shy nervous drunk""".split())
_BE_FORMS = frozenset("""am is are was were be been being feel feels felt seem seems seemed look looks looked
get gets got getting become became""".split())
_CLAUSE_END = frozenset(". , ; : ! ? to".split())
_TOO_AFTER = _CLAUSE_END | {"for", "and"}
_LETS_FOLLOWERS = frozenset("""go see talk get make take start try look hope say do be have not just find
keep give think play move stop begin check face put call meet eat""".split())


def run(doc: Document, taken: set[int]) -> Iterator[Finding]:
    for i, t in enumerate(doc.tokens):
        if t.kind != "word" or t.quoted or t.start in taken:
            continue
        low = t.lower
        if low not in _WATCHED:
            continue
        rep = _verdict(doc, t, low, _prev_word(doc, i), _next_word(doc, i))
        conf = 0.9
        if rep is None and low in _POSSESSIVE:
            rep, conf = _model_possessive(doc, t, low), MODEL_CONFIDENCE
        if rep is None:
            continue
        if t.text[:1].isupper():
            rep = rep[:1].upper() + rep[1:]
        yield HOMOPHONE.finding(t.start, t.end, f"{t.text!r} should probably be {rep!r} here.", [rep], conf)


# A contraction the language model reads as a possessive on both sides ("answer you're emails",
# "met they're manager"): the trigram odds of the possessive against the contraction, the weaker of
# the two sides (`context.tri_margin`), must reach MODEL_MARGIN. Only this direction: the model
# is built from transcripts and often prefers a contraction where a possessive is right ("and its
# variants"). Measured with scripts/calibrate_typo_contractions.py on documentation prose: at 0.75
# none of 786 contractions in use is read as a possessive, and 32 % of 5,216 possessives typed as
# contractions are (the grammar patterns above find others); the highest-scoring contractions in
# use are real slips ("with it's order reversed"), then "the object you're examining is" (0.31).
MODEL_MARGIN = 0.75
MODEL_CONFIDENCE = 0.85


def _model_possessive(doc: Document, t: Token, low: str) -> str | None:
    from .context import EOS, lm, tri_margin
    from .spans import trigram_window

    window = trigram_window(doc, t, lm().ids)
    if window is None or window[2] == EOS:
        return None
    best = _POSSESSIVE[low]
    return best if tri_margin(low, best, 0.0, *window) >= MODEL_MARGIN else None


_CONTRACTION = {"its": "it's", "your": "you're", "their": "they're", "whose": "who's"}
_POSSESSIVE = {"it's": "its", "you're": "your", "they're": "their", "who's": "whose"}
_WATCHED = frozenset(_CONTRACTION.keys() | _POSSESSIVE.keys()
                     | {"there", "of", "lets", "to", "except", "by", "then", "incase", "were"})
# Verbs and adjectives that take an infinitive: "want to", "able to", "decided to".
_TO_INFINITIVE = frozenset("""want wants wanted need needs needed going have has had able plan plans planned
decided decide try tries tried afford hope hoped wish wished like love""".split())


def _verdict(doc: Document, t: Token, low: str, prev: Token | None, nxt: Token | None) -> str | None:
    after = nxt.lower if nxt is not None else None
    before = prev.lower if prev is not None else None
    if low in _CONTRACTION:
        if after == "not" and _gerund_follows(doc, nxt):
            return None  # "their not knowing": a possessive before a gerund
        if low == "its" and _predicate_adjective(doc, nxt):
            return "it's"
        if low == "whose" and after in _WHO_IS_DOING:
            return "who's"
        if after in _AFTER_CONTRACTION or low == "your" and after == "welcome" and _ends_clause(doc, nxt) \
                or after == "going" and _going_to_verb(doc, nxt):
            return _CONTRACTION[low]
        if low == "their" and after in ("is", "are", "was", "were"):
            return "there"
        return None
    if low in _POSSESSIVE:
        # after a preposition a contraction cannot stand ("half of it's staff"), unless the
        # preposition is an adverb ("years later on it's still") or "who's" opens a clause
        # ("it depends on who's in charge")
        if after == "own" or before in _PREPOSITIONS and nxt is not None and low != "who's" \
                and after not in _AFTER_CONTRACTION and after not in _ADVERBS \
                or before != "what" and _owned_noun(doc, nxt):
            return _POSSESSIVE[low]
        return None
    if low == "there":
        if after == "own":
            return "their"
        if t.text == "There" and _starts_sentence(doc, t.index):
            # "There plan was approved": a noun and its verb after it; "There going to win"
            if _owned_noun(doc, nxt):
                return "their"
            if after == "going" and _going_to_verb(doc, nxt, be=False):
                return "they're"  # not "There going to be", a slip of "There's"
        return None
    if low == "of":
        if before in _MODALS and after is not None and _participle(after) and _modal_verb(doc, prev):
            return "have"
        if before in _OFF_VERBS and after in _DETERMINERS and after != "all" and _subject_before(doc, prev) \
                and not _followed_by(doc, nxt, frozenset({"own"})):
            # "She fell of the ladder": a verb of moving away takes "off" (not "it fell of its own
            # accord", "of all things")
            return "off"
        return None
    if low == "lets":
        if t.text == "Lets" and _starts_sentence(doc, t.index) and after in _LETS_FOLLOWERS:
            return "let's"
        return None
    if low == "to":
        if (before in _BE_FORMS or prev is None and _echoes_too(doc, t.index)) and after in _TOO_ADJECTIVES \
                and _followed_by(doc, nxt, _TOO_AFTER):
            return "too"  # "was to tired to", and the echo in "too little, to late"
        return None
    if low == "by":
        # "want to by a car": after an infinitive "to", a preposition cannot start the verb phrase
        if before == "to" and after in _DETERMINERS and _infinitive_to(doc, prev):
            return "buy"
        return None
    if low == "incase":
        return "in case" if after in _CASE_SUBJECTS else None
    if low == "then":
        return "than" if nxt is not None and _after_rather(doc, t) else None
    if low == "except":
        return "accept" if before == "i" and prev is not None and prev.text == "I" else None
    if low == "were":
        # "Were are you going?": a question opened by "Were" has its subject next ("Were you
        # there?"), never a second verb
        if t.text == "Were" and _starts_sentence(doc, t.index) and after in _QUESTION_VERBS:
            return "where"
        return None
    return None


# Past forms of verbs that take the particle "off" and never "of" right after them, when a subject
# pronoun stands before them ("he jumped of the wall"): with one, none is a noun ("the highest
# fell of the range") or part of a noun phrase.
_OFF_VERBS = frozenset("jumped fell switched kicked hopped stepped slipped dropped climbed".split())
_SUBJECTS = frozenset("i you he she it we they who".split())
# Before the subject, these make the "of" partitive ("what he dropped of the load", "how much
# they kicked of the ball").
_PARTITIVE = frozenset("what whatever much many all that which".split())


def _subject_before(doc: Document, verb: Token) -> bool:
    toks = doc.tokens
    j = verb.index - 1
    if j < 0 or toks[j].kind != "word" or toks[j].lower not in _SUBJECTS:
        return False
    return j == 0 or toks[j - 1].lower not in _PARTITIVE


# Verbs that follow "Where" in a question but never "Were" ("Where is it?", "Where did they go?").
_QUESTION_VERBS = frozenset("is are am was do does did can could will would should shall has have".split())


_DETERMINERS = frozenset("the a an this that its his her their our your my all".split())
# Gerunds that are no nouns: "whose coming" is "who's coming" ("whose running mate", "whose
# doing" are possessives).
_WHO_IS_DOING = frozenset("going coming trying getting leaving talking looking paying".split())
# "incase it rains": the subject of a clause follows, so "in case" was meant ("incase the wires"
# is the verb, "encase").
_CASE_SUBJECTS = frozenset("""i you he she it we they there of anyone someone something anything somebody
anybody nobody""".split())
# Adverbs after which a contraction stands even after a preposition ("years later on it's still").
_ADVERBS = frozenset("still also just always never really only now already even probably certainly".split())
# Adjectives that, after a possessive "its", would need a noun: "its important to", "its likely
# that" are "it's". "its worth", "its due", "its own" are nouns or possessive phrases.
_NOT_PREDICATE = frozenset("worth due own".split())
# Adjectives WordNet also lists as nouns that still mostly follow "it's": "its possible to".
_PREDICATE_NOUNS = frozenset("possible impossible necessary unnecessary essential great".split())


def _predicate_adjective(doc: Document, t: Token | None) -> bool:
    """`t` is an adjective (WordNet lists it as an adjective, or an adjective and an adverb, and
    nothing else; or it is one of _PREDICATE_NOUNS) followed by "to" and a verb-like word, by
    "that", or by the end of the sentence: "its important to check", "its likely that", "I think
    its vital."."""
    if t is None or not t.text.isalpha() or not t.text.islower() or t.lower in _NOT_PREDICATE:
        return False
    from ..spin.data import spin_data

    data = spin_data()
    if data.pos(data.id(t.lower)) & 15 not in (4, 12) and t.lower not in _PREDICATE_NOUNS:
        return False  # a noun too ("its choice to", "its kind."): the possessive may be right
    q = _next_word(doc, t.index)
    if q is not None:
        if q.lower == "that":
            return True
        if q.lower == "to":
            v = _next_word(doc, q.index)
            return v is not None and v.text.islower() and v.lower not in _DETERMINERS \
                and v.lower not in _PREPOSITIONS
        return False
    j = t.index + 1  # the sentence ends right after it
    return j < len(doc.tokens) and doc.tokens[j].kind == "punct" and doc.tokens[j].text in ".!?" \
        and doc.tokens[j].start == t.end
# Finite verbs that can follow a subject noun: "it's name is", "who's car was".
_FINITE = frozenset("is was has had are were will would can could should seems seemed looks looked remains remained".split())


def _owned_noun(doc: Document, t: Token | None) -> bool:
    """`t` reads as a noun a possessive owns, the subject of the finite verb after it ("it's name
    is", "who's car was"): a plain lower-case word, no function word, adverb (-ly), participle or
    gerund, and the next word one of _FINITE. "It's easier than", "who's going is", "it's
    clearly late" keep the contraction."""
    if t is None:
        return False
    from ..spin.words import FUNCTION_WORDS

    w = t.lower
    if not t.text.isalpha() or not t.text.islower() or len(w) < 3 or w in FUNCTION_WORDS \
            or w.endswith(("ly", "ing", "ed", "er")) or w in _IRREGULAR_PARTICIPLES or w == "worth":
        return False
    v = _next_word(doc, t.index)
    return v is not None and v.lower in _FINITE


_PREFERENCE = frozenset("would had i'd you'd he'd she'd we'd they'd".split())
_CLAUSE_LINKS = frozenset("and or but so if when while because then than".split())


def _after_rather(doc: Document, t: Token) -> bool:
    """The "then" at `t` closes a preference: "rather then buy", or "would rather walk then drive"
    (a verb or two between "rather" and "then", no punctuation or conjunction: "rather wait and
    then decide", "rather go, then stay" keep their "then")."""
    p = _prev_word(doc, t.index)
    if p is None:
        return False
    if p.lower == "rather":
        q = _prev_word(doc, p.index)
        return q is None or q.lower != "or"
    for _ in range(2):
        if not p.text.isalpha() or not p.text.islower() or p.lower in _CLAUSE_LINKS:
            return False
        p = _prev_word(doc, p.index)
        if p is None:
            return False
        if p.lower == "rather":
            q = _prev_word(doc, p.index)
            return q is not None and q.lower in _PREFERENCE
    return False


def _modal_verb(doc: Document, t: Token) -> bool:
    """`t` ("could", "might", "may") is a verb, not the month or a noun ("the might of armed
    forces", "in May of"): lower case, or capitalised at a sentence start, and not after a
    determiner."""
    if t.text != t.lower and not _starts_sentence(doc, t.index):
        return False
    p = _prev_word(doc, t.index)
    return p is None or p.lower not in _DETERMINERS


def _going_to_verb(doc: Document, t: Token, be: bool = True) -> bool:
    """"going to" and a plain lower-case verb-like word ("your going to love it"), not a place or
    a thing ("their going to the meeting" may be a gerund); "be" counts unless `be` is False."""
    to = _next_word(doc, t.index)
    if to is None or to.lower != "to":
        return False
    v = _next_word(doc, to.index)
    return v is not None and v.text.islower() and v.lower not in _DETERMINERS \
        and not v.lower.endswith(("ing", "s")) and v.lower not in _PREPOSITIONS and (be or v.lower != "be")


def _gerund_follows(doc: Document, t: Token) -> bool:
    q = _next_word(doc, t.index)
    return q is not None and q.lower.endswith("ing") and len(q.lower) > 5


def _infinitive_to(doc: Document, to: Token) -> bool:
    """`to` follows a word that takes an infinitive ("want to", "able to")."""
    p = _prev_word(doc, to.index)
    return p is not None and p.lower in _TO_INFINITIVE


def _participle(w: str) -> bool:
    return w in _IRREGULAR_PARTICIPLES or len(w) >= 4 and w.endswith("ed")


def _next_word(doc: Document, i: int) -> Token | None:
    """The word right after token i (one space), not part of a hyphenated or quoted compound."""
    toks = doc.tokens
    if i + 1 >= len(toks):
        return None
    t, q = toks[i], toks[i + 1]
    if q.kind != "word" or q.quoted or doc.text[t.end:q.start] != " ":
        return None
    if doc.text[q.end:q.end + 1] == "-":
        return None  # "your so-called friend"
    return q


def _prev_word(doc: Document, i: int) -> Token | None:
    toks = doc.tokens
    if i == 0:
        return None
    p, t = toks[i - 1], toks[i]
    if p.kind != "word" or doc.text[p.end:t.start] != " " or doc.sentence_of(p) is not doc.sentence_of(t):
        return None
    return p


def _echoes_too(doc: Document, i: int) -> bool:
    """Token i follows "too <adjective>, " in its sentence: the second half of a paired phrase."""
    toks = doc.tokens
    if i < 3:
        return False
    comma, adj, too = toks[i - 1], toks[i - 2], toks[i - 3]
    return comma.kind == "punct" and comma.text == "," and comma.start == adj.end \
        and doc.text[comma.end:toks[i].start] == " " and adj.kind == "word" and adj.lower in _TOO_ADJECTIVES \
        and too.kind == "word" and too.lower == "too" and doc.text[too.end:adj.start] == " " \
        and doc.sentence_of(too) is doc.sentence_of(toks[i])


def _starts_sentence(doc: Document, i: int) -> bool:
    return doc.sentence_of(doc.tokens[i]).first == i


def _ends_clause(doc: Document, t: Token) -> bool:
    """The token is followed by punctuation that closes a clause, or by "to" ("your welcome to")."""
    return _followed_by(doc, t, _CLAUSE_END)


def _followed_by(doc: Document, t: Token, words: frozenset[str]) -> bool:
    toks = doc.tokens
    j = t.index + 1
    if j >= len(toks):
        return True
    q = toks[j]
    if q.kind == "punct":
        return q.text in words and q.start == t.end
    return q.kind == "word" and q.lower in words and doc.text[t.end:q.start] == " "
