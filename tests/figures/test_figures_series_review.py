"""Series as a fact-checker reads them (review of real stores): units kept apart, models no measures,
sources named as a reader knows them, the dead kept apart from the injured in every language."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from typer.testing import CliRunner

from storyline.api import analyze_text
from storyline.cli import app
from storyline.figures import build_series


def _doc(text: str, key: str, lang: str = "en", published: str = "2011-08-08", **meta: Any) -> dict[str, Any]:
    return {**analyze_text(text, lang=lang, published=published).to_dict(), "id": key, "source": key, **meta}


def test_series_review_money_never_lines_up_with_counts() -> None:
    """MEANTIME (Wikinews, 2005 and 2011): Boeing's "five orders" and "800 orders" line up; "200
    million per aircraft" is a price, not 200,000,000 orders, in English, Italian and Spanish."""
    docs = [
        _doc("So far, Boeing has received five orders from two customers for the 777-200LR.", "a", published="2005-02-17"),
        _doc("Boeing says they have 800 orders at 200 million per aircraft.", "b"),
        _doc("Boeing rivela di aver ricevuto 800 ordini a 200 milioni per aereo.", "c", lang="it"),
        _doc("Boeing dice que tiene 800 pedidos a 200 millones por avión.", "d", lang="es"),
    ]
    series = build_series(docs, subject="Boeing")
    (orders,) = [s for s in series if s.measure == "order"]
    assert sorted(p.value for p in orders.points) == [5, 800, 800, 800]
    (prices,) = [s for s in series if s.measure == "money"]
    assert [p.value for p in prices.points] == [2e8] * 3 and prices.disagreements == []


def test_series_review_unit_kind_is_part_of_the_key() -> None:
    """Even a count and a sum read with one noun stay apart: the key holds the unit's kind."""
    from storyline.figures.series import unit_kind

    count = _doc("Boeing has 800 orders.", "a")
    money = _doc("Boeing has 800 orders.", "b")
    money["figures"][0]["unit"] = "money:USD"
    assert unit_kind(count["figures"][0]) == "count" and unit_kind(money["figures"][0]) == "money"
    assert len(build_series([count, money])) == 2


def test_series_review_disagreements_name_sources_as_a_reader_knows_them(tmp_path: Path) -> None:
    """TimeBank/AQUAINT's Xinhua reports of 8 August 1998 (ids "XIE19980808.0031", which tell a reader
    nothing): the reason quotes each document's opening words, its outlet and its date, in
    ``build_series`` and in the CLI's output."""
    texts = {
        "XIE19980808.0031": "JOHANNESBURG (Xinhua) -- South Africa deplored the blast in Nairobi, "
        "killing 40 people while wounding at least 1,000 people.",
        "XIE19980808.0188": "More than 100 people have died in Nairobi since a bomb ripped through an office building.",
    }
    docs = [_doc(text, key, published="1998-08-08") for key, text in texts.items()]
    docs[1]["site"] = "xinhuanet.com"
    (deaths,) = [s for s in build_series(docs) if s.measure == "deaths"]
    (found,) = deaths.disagreements
    reason = found["reason"]
    assert "XIE" not in reason
    assert reason.startswith("“JOHANNESBURG (Xinhua) -- South Africa deplored the blast in…” (1998-08-08) says exactly 40")
    assert "“More than 100 people have died in Nairobi since a bomb…” (xinhuanet.com, 1998-08-08)" in reason
    path = tmp_path / "docs.jsonl"
    path.write_text("".join(json.dumps(d) + "\n" for d in docs), encoding="utf-8")
    result = CliRunner().invoke(app, ["figures", "--input", str(path), "--format", "jsonl", "--measure", "deaths"])
    (row,) = [json.loads(line) for line in result.stdout.splitlines()]
    assert row["disagreements"][0]["reason"] == reason
    assert [p["source_name"][:6] for p in row["points"]] == ["“JOHAN", "“More "]


def test_series_review_fates_of_the_larissa_crash_across_languages() -> None:
    """ITN's one-sentence reports of the Larissa/Tempi train crash (February-March 2023), as written
    in French, Russian, Malay and Portuguese: the dead, the injured and the missing are three
    series; the French 46 had been counted among the injured ("entraîne la mort d'au moins 46
    personnes et en blesse au moins 80 autres": the nearest fate word after it), the Russian 50
    missing among the injured, and the Malay blurb had no figure at all."""
    texts = [
        ("fr", "2023-03-02", "28 février : une collision entre un train de voyageurs et un autre de fret près de "
         "Larissa (Grèce) entraîne la mort d'au moins 46 personnes et en blesse au moins 80 autres."),
        ("ru", "2023-03-02", "В результате лобового столкновения пассажирского и грузового поездов в Греции погибли "
         "44 человека, ещё 85 ранены, около 50 человек считаются пропавшими без вести."),
        ("ms", "2023-03-04", "Sekurang-kurangnya 57 orang meninggal dunia dalam rempuhan kereta api di Larissa, Greece."),
        ("pt", "2023-03-02", "Acidente ferroviário em Tessália, Grécia, mata pelo menos 40 pessoas e deixa outras 85 feridas."),
    ]
    docs = [_doc(text, f"{lang}{k}", lang=lang, published=day) for k, (lang, day, text) in enumerate(texts)]
    fates = {(p.source[:2], p.value): s.measure for s in build_series(docs) for p in s.points}
    assert fates == {
        ("fr", 46): "deaths", ("fr", 80): "injured", ("ru", 44): "deaths",
        ("ru", 50): "missing", ("ms", 57): "deaths", ("pt", 40): "deaths", ("pt", 85): "injured",
    }


def test_series_review_fates_in_indonesian_and_english_tolls() -> None:
    """ITN: "menewaskan 334 orang dan melukai 7.729 orang" (Indonesian, no table before: no figure),
    "kills at least 268 people and injures more than 1,000 others", "results in the deaths of at
    least 141 people" (the fate word before a qualifier and "the ... of")."""
    from storyline.figures.series import _fate

    cases = [
        ("id", "Gempa bumi yang mengguncang Kabupaten Cianjur, Jawa Barat, menewaskan 334 orang dan melukai 7.729 orang.",
         [(334, "deaths"), (7729, "injured")]),
        ("en", "An earthquake on the Indonesian island of Java kills at least 268 people and injures more than 1,000 others.",
         [(268, "deaths"), (1000, "injured")]),
        ("en", "In India, a footbridge collapse in Morbi, Gujarat, results in the deaths of at least 141 people.",
         [(141, "deaths")]),
        ("en", "A plane crash in Pokhara, Nepal, kills at least 68 of the 72 people on board.", [(68, "deaths"), (72, "people")]),
    ]
    for lang, text, expected in cases:
        doc = _doc(text, "x", lang=lang, published="2022-11-22")
        assert [(f["value"], _fate(doc, f, f["measure"])) for f in doc["figures"]] == expected, text


def test_series_review_models_are_no_counted_nouns() -> None:
    """MEANTIME (Wikinews): a model counted after a number takes the kind of thing the text says it
    is: an apposition, a bracketed list's noun, or the noun the model is written before elsewhere;
    "22 new Boeing 787 aircraft" stays aircraft; where nothing says what a model is, it stays."""
    from tests.figures.figures_helpers import figures_of

    def measures(text: str, lang: str = "en") -> list[tuple[str, str]]:
        return [(f["text"], f["measure"]) for f in figures_of(text, lang=lang)]

    assert measures(
        "Aeroflot negotiates purchase of 22 new Boeing 787 Dreamliner aircraft June 10, 2007 Russian flag carrier "
        "Aeroflot has negotiated the purchase of 22 new Boeing 787 Dreamliners, an aircraft Boeing currently has in "
        "development."
    ) == [("22", "aircraft"), ("22", "aircraft")]
    assert measures(
        "Aer Lingus already operates an all-Airbus fleet consisting of 30 short-haul aircraft (24 A320s and 6 A321s) "
        "and eight long-haul A330s."
    ) == [("30", "aircraft"), ("24", "aircraft"), ("6", "aircraft"), ("eight", "a330")]
    assert measures(
        "Ryanair exercises options on five Boeing 737s June 13, 2005 Irish low cost airline, Ryanair, announced today "
        "that it is exercising its options with Boeing to purchase five new 737 aircraft."
    ) == [("five", "aircraft"), ("five", "aircraft")]
    assert measures(
        "La compañía rusa Aeroflot ha negociado la compra de 22 nuevos Boeing 787 Dreamliners, un avión que Boeing "
        "tiene en desarrollo.", "es"
    ) == [("22", "avión")]
    docs = [_doc("Ryanair exercises options on five Boeing 737s. Ryanair will purchase five new 737 aircraft.", "a"),
            _doc("Ryanair has 91 Boeing 737 aircraft.", "b")]  # fmt: skip
    assert {s.measure for s in build_series(docs, subject="Ryanair")} == {"aircraft"}


def test_series_review_tolls_hold_as_of_their_report() -> None:
    """ITN's French blurbs of the Cianjur earthquake all open "21 novembre :" (the event's date): 162
    dead published on the 21st and 252 on the 22nd are a rising toll, not a disagreement; two
    reports of one day still are."""
    text = ("21 novembre : en Indonésie, un séisme survient près de Cianjur à Java occidental qui fait {} morts "
            "et plusieurs centaines de blessés.")
    docs = [_doc(text.format(n), f"fr{n}", lang="fr", published=day) for n, day in ((162, "2022-11-21"), (252, "2022-11-22"))]
    (deaths,) = [s for s in build_series(docs) if s.measure == "deaths"]
    assert sorted(p.value for p in deaths.points) == [162, 252] and deaths.disagreements == []
    docs.append(_doc(text.format(400), "fr400", lang="fr", published="2022-11-22"))
    (deaths,) = [s for s in build_series(docs) if s.measure == "deaths"]
    (found,) = deaths.disagreements
    assert found["period"] == "2022-11-22" and {p["value"] for p in found["points"]} == {252, 400}


def test_series_review_a_source_giving_both_values_anywhere_tells_them_apart() -> None:
    """MEANTIME: "France will lose 4,300 jobs, followed by Germany having a loss of 3,700 jobs" gives
    France's 4,300 (a plan) and, by a wrong owner, 3,700; the Spanish translation's "Francia perderá
    4.300 puestos de trabajo" (read as current) had disagreed with the English 3,700."""
    en = _doc("France will lose 4,300 jobs, followed by Germany having a loss of 3,700 jobs.", "en", published="2007-03-19")
    es = _doc("Francia perderá 4.300 puestos de trabajo.", "es", lang="es", published="2007-03-19")
    en["figures"][1]["subject"] = dict(en["figures"][0]["subject"])  # the wrong owner the layer gave it
    for fig in en["figures"]:
        fig["kind"] = "current" if fig["value"] == 3700 else "plan"
    es["figures"][0]["kind"] = "current"
    (jobs,) = [s for s in build_series([en, es]) if s.measure == "jobs" and s.subject == "France"]
    assert sorted(p.value for p in jobs.points) == [3700, 4300, 4300] and jobs.disagreements == []


def test_series_review_french_elided_qualifier() -> None:
    """ITN: "entraînant la mort d'au moins 68 personnes": at least 68 (it had read exactly 68)."""
    from tests.figures.figures_helpers import figures_of

    (fig,) = figures_of("15 janvier : au Népal, l'avion s'écrase, entraînant la mort d'au moins 68 personnes.", lang="fr")
    assert fig["qualifier"]["canonical"] == "at least" and fig["value"] == 68


def test_series_review_romanian_and_greek_tolls() -> None:
    """ITN's Romanian and Greek blurbs of the Larissa/Tempi crash had no figure: "cel puțin 36 de
    morți și 85 de răniți" (a count's link word "de"), "moartea a peste 40 de persoane", "με
    απολογισμό 57 νεκρούς"; the Romanian tolls line up with other reports of Greece's dead."""
    from tests.figures.figures_helpers import figures_of

    ro = [(f["value"], f["measure"], f["qualifier"]["canonical"] if f["qualifier"] else None) for f in figures_of(
        "28 februarie Ciocnirea a două trenuri în Grecia a dus la cel puțin 36 de morți și 85 de răniți.", lang="ro")]
    assert ro == [(36, "deaths", "at least"), (85, "injured", None)]
    el = figures_of("Λαμβάνει χώρα στα Τέμπη το πλέον θανατηφόρο σιδηροδρομικό δυστύχημα που έχει καταγραφεί στην "
                    "Ελλάδα, με απολογισμό 57 νεκρούς.", lang="el")  # fmt: skip
    assert [(f["value"], f["measure"]) for f in el] == [(57, "deaths")]
    docs = [
        _doc("28 februarie Ciocnirea a două trenuri în Grecia a dus la moartea a peste 40 de persoane.", "ro", lang="ro",
             published="2023-03-01"),
        _doc("A head-on collision between two trains in Greece kills at least 36 people.", "en", published="2023-03-01"),
    ]  # fmt: skip
    (deaths,) = [s for s in build_series(docs) if s.measure == "deaths"]
    assert deaths.place == "Greece" and sorted(p.value for p in deaths.points) == [36, 40]
