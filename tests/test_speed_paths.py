"""Speed paths of the first pass give exactly what the plain computation gives (sentences written
for these tests). Speed itself is measured by benchmarks/bench_speed.py, never here."""
from __future__ import annotations

import gc
import random

import cleantext
from cleantext.checks.spin import lexicon as spin_lexicon
from cleantext.checks.typo import _plain
from cleantext.checks.typo import errormodel as E
from cleantext.checks.typo import spans as S
from cleantext.document import Document

SENTENCES = (
    "The council met on Tuesday. the minister was not there! and nobody asked why? no.",
    "She said: \"we will not give up the fight for the library, not now and not ever\" and left.",
    "He called it \"la vie en rose\" twice, and the well-known singer's reply was short.",
    "Blair's aides denied it; the BBC's report quoted O'Neill and the e.g. list of 3rd parties.",
    "The \u212aelvin scale and the \u0130stanbul talks were na\u00efve ideas, said the caf\u00e9 owner.",
    "ALL CAPS HEADLINE then DisplayLink and iPhone, a x i o.",
    "\u201cThe government has said the plan is sound,\u201d a spokesman told the reporters on Monday.",
    "They wrote teh report and recieve the letters from the comittee.",
    "",
    "...",
    "the",
)


def test_checking_a_long_text_sets_off_no_collection():
    # One pause covers segmentation and checks, and ends after the Document is freed: its tokens
    # are never counted as young objects when the collector comes back.
    text = " ".join(SENTENCES[:8]) * 60
    cleantext.check(text)  # loads the tables
    runs = []

    def count(phase, info):
        if phase == "start":
            runs.append(info["generation"])

    gc.collect()
    gc.callbacks.append(count)
    try:
        cleantext.check(text)
        cleantext.check(text)
    finally:
        gc.callbacks.remove(count)
    assert runs == []
    assert gc.isenabled()


def _quotations_by_visit(toks, plain):
    out, run = set(), []
    for t in toks + [None]:
        if t is not None and t.quoted:
            if t.kind == "word":
                run.append(t)
            continue
        if len(run) >= 4 and plain and sum(1 for w in run if w.lower in plain) >= 0.6 * len(run):
            out.update(w.index for w in run)
        run = []
    return out


def test_english_quotations_are_the_runs_a_visit_finds():
    plain = _plain()
    found = 0
    for text in SENTENCES + ("\"one\" \"two words here now\" \u201cand the last of them was\u201d",):
        toks = Document(text).tokens
        want = _quotations_by_visit(toks, plain)
        assert S._english_quotations(toks, plain) == want, text
        found += len(want)
    assert found


def _edit_cost_by_cell(x, c):
    """The weighted alignment computed cell by cell, every move tested in each cell."""
    n, m = len(c), len(x)
    rows = []
    prev = [0.0] * (m + 1)
    for j in range(1, m + 1):
        prev[j] = prev[j - 1] + (0.6 if j > 1 and x[j - 1] == x[j - 2] else 1.1)
    rows.append(prev)
    for i, (ci, dcost, rules) in enumerate(E._plan(c), 1):
        cur = [prev[0] + dcost] + [0.0] * m
        for j in range(1, m + 1):
            xj, icost = E._typed(x)[j - 1]
            best = prev[j - 1] + (E._SUB.get(ci + xj) or (0.0 if ci == xj else E.K["sub"]))
            best = min(best, prev[j] + dcost)
            if ci == xj and icost > E.K["ins_double"]:
                icost = E.K["ins_double"]
            if i == n and j == m and icost > E.K["ins_double"]:
                icost += E.K["ins_end"]
            best = min(best, cur[j - 1] + icost)
            if j > 1 and i > 1 and c[i - 2] == xj and ci == x[j - 2] and ci != xj:
                best = min(best, rows[i - 2][j - 2] + E.K["swap"])
            for la, b, lb, k in rules:
                if lb <= j and (not lb or x[j - lb:j] == b):
                    best = min(best, rows[i - la][j - lb] + k)
            cur[j] = best
        rows.append(cur)
        prev = cur
    cost = prev[m]
    if x[:1] != c[:1] and E.phonetic(x)[:1] != E.phonetic(c)[:1]:
        cost += E.K["first"]
    return cost


_PAIRS = (("teh", "the"), ("recieve", "receive"), ("fone", "phone"), ("localy", "locally"),
          ("local", "localy"), ("nite", "night"), ("shun", "tion"), ("dont", "don't"), ("", "a"),
          ("a", ""), ("", ""), ("comittee", "committee"), ("tought", "thought"), ("aa", "a"),
          ("caf\u00e9", "cafe"), ("x-ray", "xray"), ("ksi", "xi"), ("thier", "their"), ("ei", "ie"))


def test_edit_cost_equals_the_alignment_computed_cell_by_cell():
    rng = random.Random(3)
    words = ["government", "receive", "thought", "necessary", "phone", "knight", "which", "queue",
             "accommodate", "separate", "rhythm", "debt", "receipt", "ocean", "station", "laugh"]
    pairs = list(_PAIRS)
    for _ in range(600):
        w = list(rng.choice(words))
        for _ in range(rng.randint(0, 3)):
            p = rng.randrange(len(w))
            op = rng.randrange(3)
            if op == 0:
                w.insert(p, rng.choice("aeioustphgck'"))
            elif op == 1 and len(w) > 1:
                del w[p]
            elif p + 1 < len(w):
                w[p], w[p + 1] = w[p + 1], w[p]
        pairs.append(("".join(w), rng.choice(words)))
    for x, c in pairs:
        assert E.edit_cost(x, c) == _edit_cost_by_cell(x, c), (x, c)


def _matches_by_visit(doc):
    table, toks, text, n = spin_lexicon.entries(), doc.tokens, doc.text, len(doc.tokens)
    out, i = [], 0
    while i < n:
        t, hit = toks[i], None
        for e in table.get(t.lower, ()):
            k = len(e.key)
            if i + k > n or t.quoted or any(toks[i + j].lower != e.key[j] for j in range(1, k)):
                continue
            if e.before and not e.before.search(text[max(0, t.start - 40):t.start].lower()):
                continue
            end = toks[i + k - 1].end
            if e.after and not e.after.match(text[end:end + 40].lower()):
                continue
            hit = (i, i + k - 1, e)
            break
        if hit:
            out.append(hit)
            i = hit[1] + 1
        else:
            i += 1
    return out


def test_spin_lexicon_matches_are_those_of_a_visit_of_every_token():
    keys = sorted({" ".join(e.key) for v in spin_lexicon.entries().values() for e in v})
    rng = random.Random(5)
    texts = list(SENTENCES)
    for k in rng.sample(keys, min(200, len(keys))):
        texts.append(f"We saw the {k} today. {k.capitalize()} and \"{k}\" and {k} {k}.")
    for _ in range(100):
        texts.append(" ".join(rng.choice(keys) for _ in range(4)) + ".")
    found = 0
    for text in texts:
        doc = Document(text)
        want = _matches_by_visit(doc)
        assert list(spin_lexicon.matches(doc)) == want, text
        found += len(want)
    assert found > 100


def _set_verdict_scored(low, alts, prev, nxt):
    """realword.set_verdict without its early return before scoring: every candidate scored."""
    from cleantext.checks.typo import realword as R
    from cleantext.checks.typo.context import bi

    if low in ("then", "than") and nxt in ("then", "than"):
        return None
    if low == "then" and not R._comparative(prev) or low == "than" and prev not in R._THEN_BEFORE:
        return None
    prev, nxt = R._informative((low,) + alts, prev, nxt)
    if not prev or not nxt and low in R._FUNCTION_SETS:
        return None
    base = R.score(low, prev, nxt)
    scored = [(R.score(a, prev, nxt), a) for a in alts if nxt or "'" not in a]
    if not scored:
        return None
    best_s, best = max(scored, key=lambda sa: sa[0])  # the first of equal scores, as set_verdict
    need = R.MARGIN_SET if nxt else R.MARGIN_ONE_SIDE
    group = "function" if low in R._FUNCTION_SETS or low in R._COMMON_PAIRS else "content"
    if group == "function":
        need += 1.0
    if low in ("then", "than") and R._comparative(prev):
        need = min(need, 1.8)
    if best_s - base < need or not bi(prev, best):
        return None
    return best, best_s - base - need, group


def test_confusion_set_verdicts_equal_those_of_scoring_every_candidate():
    from cleantext.checks.typo import realword as R

    sets = R.confusion_sets()
    texts = SENTENCES + (
        "It is better to negotiate rather then fight, and more then anyone else they lost there way.",
        "The sanctions had an affect on trade, and she wanted to loose weight before the race.",
        "Why dose the committee meet so rarely? Its a shame, there car is over their.",
        "He past the test and led the team, but the piece talks brought no peace to the hare.",
        "We went too the shops, then to the park; it was to late to buy bread by the bye.",
    )
    contexts = verdicts = 0
    for text in texts:
        words = [t.lower for t in Document(text).tokens if t.kind == "word"]
        for k, w in enumerate(words):
            if w not in sets:
                continue
            prev = words[k - 1] if k else None
            for nxt in (words[k + 1] if k + 1 < len(words) else None, None):
                want = _set_verdict_scored(w, sets[w], prev, nxt)
                assert R.set_verdict(w, sets[w], prev, nxt) == want, (prev, w, nxt)
                contexts += 1
                verdicts += want is not None
    assert contexts > 60 and verdicts >= 3


def _edits1_by_splits(word):
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    out = {a + b[1:] for a, b in splits if b}
    out.update(a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1)
    out.update(a + c + b[1:] for a, b in splits if b for c in "abcdefghijklmnopqrstuvwxyz")
    out.update(a + c + b for a, b in splits for c in "abcdefghijklmnopqrstuvwxyz")
    return out


def test_edits1_is_the_set_of_the_split_construction_in_its_order():
    from cleantext.checks.typo import candidates as C

    for w in ("", "a", "ab", "teh", "goverment", "Azerbayani", "caf\u00e9", "x{y}%z", "aaaa"):
        got, want = C.edits1(w), _edits1_by_splits(w)
        assert got == want and list(got) == list(want), w  # same insertion order, same iteration


def _curated_slip_by_edits(low):
    """curated_slip by brute force: every one-edit string, and every string with one doubled
    letter written once and one single letter doubled, looked up among the curated names."""
    from cleantext.checks.typo import candidates as C
    from cleantext.checks.typo.context import lm
    from cleantext.checks.typo.lexicon import curated_names, lexicon
    from cleantext.checks.typo.nonword import _own_use
    from cleantext.checks.typo.rarelisted import MODEL_GAP, UNPROVEN_WEB_GAP, WEB_GAP, name_slip_shape

    if len(low) < 5 or not low.isalpha():
        return None
    names = {n.lower() for n in curated_names() if " " not in n}
    lex, model, own = lexicon(), lm(), _own_use(low)
    one = {e: WEB_GAP for e in C.edits1(low) if e in names and name_slip_shape(low, e)}
    two = {}
    for i in range(1, len(low)):
        if low[i] == low[i - 1]:
            undoubled = low[:i] + low[i + 1:]
            for j in range(len(undoubled)):
                e = undoubled[:j + 1] + undoubled[j] + undoubled[j + 1:]
                if e != low and e in names and e not in one:
                    two[e] = UNPROVEN_WEB_GAP
    for e, gap in sorted({**one, **two}.items()):
        if lex.freq(e) / 10 < own + gap:
            continue
        if low not in model or model.unigram(e) >= model.unigram(low) + MODEL_GAP:
            return e
    return None


def test_curated_slip_finds_what_every_one_edit_string_finds():
    from cleantext.checks.typo.lexicon import curated_names
    from cleantext.checks.typo.rarelisted import curated_slip

    rng = random.Random(5)
    names = sorted(n.lower() for n in curated_names() if " " not in n and len(n) >= 5)
    words = ["britian", "carribean", "phillipines", "afganistan", "brittain", "londn", "parliment", "sptember",
             "amercian", "austalia", "germny", "kinston", "morroco", "philipinnes", "parisa"]
    for name in rng.sample(names, 120):
        w = list(name)
        p = rng.randrange(len(w))
        op = rng.randrange(4)
        if op == 0:
            del w[p]
        elif op == 1:
            w.insert(p, rng.choice("aeilnrst"))
        elif op == 2:
            w[p] = rng.choice("aeilnrst")
        elif p + 1 < len(w):
            w[p], w[p + 1] = w[p + 1], w[p]
        words += ["".join(w), name]
    found = 0
    for w in words:
        want = _curated_slip_by_edits(w)
        assert curated_slip(w) == want, w
        found += want is not None
    assert found >= 3  # the test reaches names, not only misses
