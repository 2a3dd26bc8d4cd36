"""The spun-document tier: spin.variant and spin.respun judge weaker evidence only in a text that
already shows a spinner's traces. Every sentence here is our own writing."""
import cleantext
from cleantext.checks.spin import respun, variants
from cleantext.document import Document

# Two broken idioms: traces of a spinner that open the tier.
TRACES = "The report will shed illumination on the plan. Officials keep an optic on costs. "

# A short spun report of our own: idioms broken, a modifier swapped for a thesaurus synonym, and a
# closing paragraph that repeats two sentences spun a second time.
SPUN = (
    "The harbour board will shed illumination on its budget next week. Members keep an optic on "
    "the costs of the new quay. Prices for berths may rise in the close future, the board said.\n"
    "The board has totally rejected the plan for a second quay on the north side of the river. "
    "Its chair told reporters that the town could not afford the work this year.\n"
    "In short, the board has completely rejected the plan for a second quay on the north side of "
    "the river.\n"
)

# Fluent paragraphs of our own: they must pass whole.
FLUENT = [
    "The harbour board met on Monday to discuss its budget. Prices for berths may rise in the near "
    "future, the board said, and the plan for a second quay has been put off until next year. "
    "Public health officials asked the board to check the water, and community health workers "
    "said they would help.",
    "The council rejected the plan for a new bridge over the river. Later that week the council "
    "rejected the plan for a new bridge over the river again, this time by a wider margin.",
    "Severe storms hit the coast on Friday. Forecasters said more rain would fall in the near "
    "future, and the serious damage to the sea wall would take months to repair.",
]


def _spin(text, **kw):
    return [(f.rule, text[f.start:f.end], list(f.suggestions), f.severity, f.confidence)
            for f in cleantext.check(text, cleantext.Config(**kw)).findings if f.category == "spin"]


def test_spun_report_is_flagged_with_originals():
    found = {(rule, span): sugg for rule, span, sugg, _, _ in _spin(SPUN)}
    assert found[("spin.variant", "close future")][:1] == ["near future"]
    assert ("spin.respun", "totally") in found and ("spin.respun", "completely") in found
    assert found[("spin.respun", "totally")] == ["completely"]


def test_tier_findings_are_info_never_fixed():
    for rule, span, sugg, severity, confidence in _spin(SPUN):
        if rule in ("spin.variant", "spin.respun"):
            assert severity == "info" and 0.5 <= confidence <= 0.6
    assert "totally" in cleantext.fix(SPUN).text and "close future" in cleantext.fix(SPUN).text


def test_fluent_paragraphs_pass():
    for text in FLUENT:
        assert not any(rule in ("spin.variant", "spin.respun") for rule, *_ in _spin(text)), text
        assert not any(rule in ("spin.variant", "spin.respun") for rule, *_ in _spin(TRACES + text)), text


def test_same_pair_without_traces_is_silent():
    lone = "Prices for berths may rise in the close future, the board said."
    assert _spin(lone) == []
    assert [r[:3] for r in _spin(TRACES + lone) if r[0] == "spin.variant"] == [
        ("spin.variant", "close future", ["near future"])]


def test_gate_counts_traces_of_switched_off_rules():
    # The traces open the tier even when their own rules are not shown.
    text = TRACES + "Prices for berths may rise in the close future, the board said."
    found = _spin(text, enable={"spin.variant"})
    assert [(r, s) for r, s, *_ in found] == [("spin.variant", "close future")]


def test_gate_needs_traces_in_proportion_to_length():
    assert not variants.gate(1, 100)
    assert variants.gate(2, 100)
    assert not variants.gate(2, 5000)  # two odd phrases in a long text are not a spun text
    assert variants.gate(10, 5000)


def test_document_variant_needs_the_synonym_pair_in_the_same_text():
    doc = Document("Officials feared a price ascent in May. The price rise hit the poorest homes.")
    kinds = [(h.kind, h.restored) for h in variants.find(doc)]
    assert ("document_variant", ("price", "rise")) in kinds
    alone = Document("Officials feared a price ascent in May. The cost hit the poorest homes.")
    assert not [h for h in variants.find(alone) if h.kind == "document_variant"]


def test_attested_pairs_are_not_document_variants():
    doc = Document("Public health comes first. Community health workers agree.")
    assert not list(variants.find(doc))


def test_respun_decides_by_language_model_or_flags_both():
    doc = Document(SPUN)
    hits = {doc.text[doc.tokens[h.first].start:doc.tokens[h.last].end]: h for h in respun.find(doc)}
    assert set(hits) == {"totally", "completely"}
    assert hits["totally"].other == "completely" and not hits["totally"].decided


def test_respun_ignores_names_numbers_and_unrelated_words():
    text = ("The club signed Jones from a rival side in March for a fee of four million. "
            "The club signed Smith from a rival side in March for a fee of four million.")
    assert not list(respun.find(Document(text)))
    unrelated = ("The club signed a striker from a rival side in March for a large fee. "
                 "The club signed a goalkeeper from a rival side in March for a large fee.")
    assert not list(respun.find(Document(unrelated)))


def test_padding_beside_traces_only():
    text = "The town has actually grown since the war, and buses run in between the port and the station."
    assert not any(r[0] == "spin.padding" for r in _spin(text))
    found = {(r[1], tuple(r[2])) for r in _spin(TRACES + text) if r[0] == "spin.padding"}
    assert found == {("has actually", ("has",)), ("in between", ("between",))}


def test_padding_leaves_fluent_uses_alone():
    text = TRACES + ("The children snack in between meals, and the cook watches. "
                     "Somewhere in between, the fans sang. It has actually. He has Actually Free on loan.")
    assert not any(r[0] == "spin.padding" for r in _spin(text))


def test_padding_yields_to_a_respun_run():
    # "actually pushed up" differs between the two versions: the respun finding covers it, so the
    # filler is not reported twice.
    text = TRACES + ("The long dispute over the harbour fees has actually pushed up prices at the port this year. "
                     "Later the long dispute over the harbour fees has raised prices at the port this year.")
    found = [(r[0], r[1]) for r in _spin(text)]
    assert ("spin.respun", "actually pushed up") in found
    assert not any(rule == "spin.padding" for rule, _ in found)


def test_padding_message_names_the_pair():
    text = TRACES + "Buses run in between the old port and the station every hour."
    msgs = [f.message for f in cleantext.check(text).findings if f.rule == "spin.padding"]
    assert len(msgs) == 1
    assert "'the old port and the station'" in msgs[0]
    assert "A and B" not in msgs[0]
