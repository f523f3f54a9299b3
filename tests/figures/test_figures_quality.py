"""The layer against the hand-annotated gold (docs/figures-guideline.md): the last achieved scores on
the development part (above the issue's 0.85) and on the held-out blocks, as regression floors."""

from __future__ import annotations

from storyline.figures.evaluate import DEFAULT_GOLD, load_gold, same_subject, score

ROWS = load_gold(DEFAULT_GOLD)


def assert_floors(blocks: tuple[tuple[int, int, float, float], ...]) -> None:
    """Each development block (gold ids ``g<lo>``-``g<hi>``) at or above its number and
    value+measure+subject F1 floors."""
    for lo, hi, number_f1, full_f1 in blocks:
        result = score([r for r in ROWS if r["block"] == "development" and lo <= int(r["id"][1:]) <= hi])
        assert result["number"]["f1"] >= number_f1, lo
        assert result["value+measure+subject"]["f1"] >= full_f1, lo


def test_quality_gold_value_measure_subject_f1() -> None:
    development = [r for r in ROWS if r["block"] == "development" and int(r["id"][1:]) <= 536]
    result = score(development)
    assert result["number"]["f1"] >= 0.98
    assert result["value+measure+subject"]["f1"] >= 0.94  # eight blocks (0.93 sixth pass, 0.940 eighth)


def test_quality_development_blocks_of_the_eighth_pass() -> None:
    # development-9 (g537-g578, first run 0.659), -10 (g579-g620, first run 0.667, drawn after the pass's
    # first rules) and -11 (g621-g662, first run 0.784, the pass's final layer), floored at their last scores
    # (ninth pass, second part: -10 0.788 -> 0.909, -11 0.784 -> 0.865)
    # (eleventh pass: -11 0.865 -> 0.919; twelfth: -9 0.857 -> 0.879, -11 0.946)
    assert_floors(((537, 578, 0.94, 0.87), (579, 620, 0.96, 0.90), (621, 662, 0.97, 0.94)))


def test_quality_development_blocks_of_the_ninth_pass() -> None:
    # tbaq, polnear-dev and the NER training news in en/es/nl: development-12 (g663-g710, first run 0.602),
    # -13 (g759-g806, 0.754), -14 (g807-g854, 0.617), -15 (g855-g902, 0.615, the final layer's check,
    # not worked on), floored at their last scores
    # (tenth pass: -12 0.851 -> 0.903, -13 0.885 -> 0.951, -14 0.758 -> 0.808, -15 0.615 -> 0.645; eleventh: -14 0.828;
    # twelfth: -14 0.848, -15 0.710)
    blocks = ((663, 710, 0.94, 0.90), (759, 806, 0.95, 0.95), (807, 854, 0.94, 0.84), (855, 902, 0.96, 0.71))
    assert_floors(blocks)


def test_quality_development_blocks_of_the_tenth_pass() -> None:
    # tbaq, polnear-dev, MEANTIME en/es and the NER training news in en/es/nl/de: development-16 (g903-g948,
    # first run 0.475), -17 (g949-g994, 0.405), -18 (g1041-g1086, 0.400, drawn after the first rules), -19
    # (g1087-g1132, 0.769, after the rules from 18) and -20 (g1133-g1178, 0.537, the final layer's check, not
    # worked on), floored at their last scores (0.721, 0.721, 0.657, 0.841, 0.537; eleventh pass: -17 0.736,
    # -19 0.870, -20 0.559; twelfth: -17 0.742, -20 0.618)
    blocks = ((903, 948, 0.93, 0.72), (949, 994, 0.91, 0.74), (1041, 1086, 0.95, 0.65), (1087, 1132, 0.95, 0.86),
              (1133, 1178, 0.85, 0.61))  # fmt: skip
    assert_floors(blocks)


def test_quality_development_blocks_of_the_eleventh_pass() -> None:
    # German, Dutch, Spanish, NorNE Bokmål, ITN (fr/pt/ru/el/ro/id/ms/sv), English news: development-21 to -29
    # (g1224-g1628, 45 sentences each; first runs 0.429, 0.792, 0.750, 0.649, 0.596, 0.750, 0.704, 0.550 and 0.588,
    # each drawn after the rules from the one before; -29 the final layer's check, not worked on), floored at
    # their last scores (0.772, 1.000, 0.806, 0.900, 0.815, 0.836, 0.849, 0.714, 0.588; twelfth pass: -25 0.852,
    # -26 0.866, -27 0.877, -29 0.735)
    blocks = ((1224, 1268, 0.91, 0.77), (1269, 1313, 0.99, 0.99), (1314, 1358, 0.96, 0.80), (1359, 1403, 0.94, 0.89),
              (1404, 1448, 0.96, 0.85), (1449, 1493, 0.92, 0.86), (1494, 1538, 0.93, 0.87), (1539, 1583, 0.90, 0.71),
              (1584, 1628, 0.82, 0.73))  # fmt: skip
    assert_floors(blocks)


def test_quality_development_blocks_of_the_twelfth_pass() -> None:
    # the same recipe, 40 sentences each, owners the pass's focus: development-30 to -33 (g1629-g1788; first runs
    # 0.868, 0.558, 0.781 and 0.766, each drawn after the rules from the blocks before; -33 the final layer's
    # check, not worked on), floored at their last scores (0.906, 0.791, 0.812, 0.766)
    blocks = ((1629, 1668, 0.98, 0.90), (1669, 1708, 0.83, 0.79), (1709, 1748, 0.87, 0.81), (1749, 1788, 0.89, 0.76))
    assert_floors(blocks)


def test_quality_held_out_blocks_do_not_regress() -> None:
    held_out = (
        ("heldout-1", 0.95, 0.95), ("heldout-2", 0.95, 0.90), ("heldout-3", 0.92, 0.70), ("heldout-4", 0.89, 0.62),
        ("heldout-5", 0.95, 0.74), ("heldout-6", 0.89, 0.58),
    )  # fmt: skip
    for block, number_f1, full_f1 in held_out:
        result = score([r for r in ROWS if r["block"] == block])
        assert result["number"]["f1"] >= number_f1, block
        assert result["value+measure+subject"]["f1"] >= full_f1, block


def test_quality_subject_matching_rules() -> None:
    assert same_subject("U.S.", "United States") and same_subject("Natos", "NATO")
    assert same_subject("Hillary Clinton", "Clinton") and same_subject(None, None)
    assert same_subject("Obama", ["Obama", "United States"])
    assert not same_subject("NATO", None) and not same_subject("Trump", "Clinton")
