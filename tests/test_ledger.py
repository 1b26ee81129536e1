"""The ledger: dated claims against the timeline, recommendations matched to events, forecasts judged."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from typer.testing import CliRunner

from usmx.events import parse_events
from usmx.ledger import build_ledger
from usmx.store import Store
from usmx.text.policy import extract, parse_action

SHARED = Path(__file__).resolve().parents[2] / "shared"

TIMELINE = parse_events('''
[[event]]
id = "mpp_start"
date = 2019-01-28
title = "Remain in Mexico takes effect"
category = "migration"
actors = ["DHS"]
description = "The programme began."
url = "https://example.org/a"
does = ["us: start Remain in Mexico"]

[[event]]
id = "mpp_end"
date = 2022-08-08
title = "Remain in Mexico wound down"
category = "migration"
actors = ["DHS"]
description = "The programme ended."
url = "https://example.org/b"
does = ["us: end Remain in Mexico"]

[[event]]
id = "mpp_back"
date = 2025-01-21
title = "Remain in Mexico reinstated"
category = "migration"
actors = ["DHS"]
description = "The programme came back."
url = "https://example.org/c"
does = ["us: reinstate Remain in Mexico"]

[[event]]
id = "review"
date = 2026-07-01
title = "USMCA joint review (scheduled)"
category = "trade"
actors = ["USTR"]
description = "The review is due."
url = "https://example.org/d"
status = "scheduled"
names = ["USMCA review"]
''')


def _one(text: str, published: date, kind: str) -> dict[str, object]:
    led = build_ledger(text, published, events=TIMELINE, today=date(2026, 1, 1))
    entries = [e.to_dict() for e in led.entries if e.kind == kind]
    assert len(entries) == 1, entries
    return entries[0]


def test_a_review_date_is_judged_against_the_scheduled_day_with_its_source() -> None:
    right = _one("The USMCA comes up for review in 2026, its authors said.", date(2023, 6, 1), "date")
    wrong = _one("The USMCA comes up for review in 2025, its authors said.", date(2023, 6, 1), "date")
    assert right["status"] == "accurate" and wrong["status"] == "wrong_date"
    assert wrong["right_date"] == "2026-07-01"
    assert right["sources"] == [{"name": "https://example.org/d", "url": "https://example.org/d"}]


def test_spanish_date_claims_are_read_too() -> None:
    assert _one("La revisión del T-MEC será en 2027 según el texto.", date(2024, 1, 10), "date")["status"] == \
        "wrong_date"


def test_a_recommendation_done_after_publication_is_done_with_its_history() -> None:
    e = _one("The administration must reinstate the Remain in Mexico policy.", date(2022, 1, 10), "recommendation")
    assert e["status"] == "done"
    assert [h["event"] for h in e["history"]] == ["mpp_end", "mpp_back"]  # type: ignore[index]


def test_a_recommendation_carried_out_then_undone_is_reversed() -> None:
    e = _one("Biden should end the Remain in Mexico program for good.", date(2021, 2, 1), "recommendation")
    assert e["status"] == "reversed"


def test_a_spanish_recommendation_is_matched_like_an_english_one() -> None:
    e = _one("El gobierno debe restablecer el programa Quédate en México.", date(2022, 1, 10), "recommendation")
    assert e["status"] == "done"


def test_an_unrelated_recommendation_abstains_and_says_so() -> None:
    e = _one("Congress should fund more teachers in rural schools.", date(2022, 1, 10), "recommendation")
    assert e["status"] == "unmatched" and "No event matched with confidence" in str(e["explanation"])


def test_negation_flips_what_a_recommendation_asks_for() -> None:
    assert parse_action("should not impose tariffs on Mexico").polarity == -1
    assert parse_action("back off its intention to terminate Title 42").polarity == 1
    assert parse_action("us: reinstate Remain in Mexico").actor == "us"


def test_se_debe_a_is_a_cause_not_a_recommendation() -> None:
    items = extract("La actual crisis sanitaria se debe en parte al fentanilo y a otras drogas.", date(2025, 5, 1))
    assert not [i for i in items if i.kind == "recommendation"]



def test_a_forecast_conditional_on_an_event_is_judged_with_the_figures_and_the_model(store: Store) -> None:
    led = build_ledger("Southwest border encounters will double if Title 42 is lifted.", date(2023, 1, 15),
                       store=store)
    (e,) = [x for x in led.entries if x.kind == "forecast"]
    assert e.status == "did_not" and e.condition == "title42_end"
    assert e.official and e.counterfactual


def test_a_forecast_whose_year_is_not_over_is_too_early(store: Store) -> None:
    led = build_ledger("Remittances to Mexico will rise in 2027.", date(2026, 11, 1), store=store,
                       today=date(2027, 3, 1))
    assert [e.status for e in led.entries if e.kind == "forecast"] == ["too_early"]


SEEDS = {"000_7a7d35409ad534ef.txt": "2024-06-05", "001_c895344bb03e8a40.txt": "2022-06-12",
         "003_c264aaa1d5a4fdb2.txt": "2023-06-12"}


@pytest.mark.parametrize("name", sorted(SEEDS))
def test_every_seed_claim_about_the_usmca_review_is_judged_against_the_scheduled_date(store: Store,
                                                                                    name: str) -> None:
    gold = [json.loads(line) for line in (SHARED / "gold" / "seeds.jsonl").read_text("utf-8").splitlines()]
    spans = [(c["start"], c["end"]) for g in gold if g["doc"] == name for c in g["claims"]
             if c.get("other_indicator") == "USMCA joint review date"]
    text = (SHARED / "seeds" / name).read_text("utf-8")
    led = build_ledger(text, date.fromisoformat(SEEDS[name]), store=store)
    for start, end in spans:
        hits = [e for e in led.entries if e.kind == "date" and e.start < end and start < e.end]
        assert hits, (name, start, end)
        e = hits[0]
        assert e.event is not None and e.event.id == "usmca_joint_review" and e.sources
        assert e.status == ("wrong_date" if "2025" in text[start:end] else "accurate")


def test_cli_ledger_prints_json(store: Store, tmp_path: Path) -> None:
    from usmx.cli import app

    doc = tmp_path / "a.txt"
    doc.write_text("Washington should designate the cartels as foreign terrorist organizations.\n", "utf-8")
    res = CliRunner().invoke(app, ["--db", str(store.path), "ledger", str(doc), "--published", "2024-06-01",
                                   "--json"])
    assert res.exit_code == 0, res.output
    data = json.loads(res.stdout)
    assert data["entries"][0]["status"] == "done"
    assert data["entries"][0]["event"]["id"] == "cartel_fto_designation"
