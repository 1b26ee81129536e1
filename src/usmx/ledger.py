"""The ledger of a text: its dated claims, forecasts and recommendations, each with its status today.

A piece of commentary is judged years later by what it said would happen and what it asked for,
not only by its figures. The ledger closes that loop with what usmx already holds: the sourced
timeline (``usmx.events``) says whether a dated event fell when the text said and whether a
recommended action was taken (or reversed); the store and the impact model say whether a
forecast came true and what moved after an action. ``usmx ledger``, the report's document pages
and the web app all call ``ledger_source`` / ``build_ledger`` so they show the same entries.

Matching statements to events is a judgement under uncertainty, made like claim linking: every
event is scored, the best is taken only above ``MATCH_THRESHOLD``, and below it the entry says
that no event matched with confidence and names the closest one.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date
from typing import TYPE_CHECKING, Any

from usmx.events import Event, load_events
from usmx.periods import Period, PeriodError
from usmx.text.policy import Action, PolicyItem, concepts, extract, objects, parse_action, phase, weight

if TYPE_CHECKING:
    from usmx.check import CheckedClaim, CheckResult
    from usmx.store import Store

# Chosen on the seeds: at 0.5 a recommendation to train Mexico's army matched the deployment of
# U.S. troops, and at 0.6 "kinetic action against the cartels" matched the handover of cartel
# figures (one shared concept of two); at 0.7 every recommendation the seeds' authors would call
# carried out still matched its event.
MATCH_THRESHOLD = 0.7
DATE_THRESHOLD = 0.6
TIE = 0.1  # candidates this close to the best are weighed together
DATE_STATUSES = ("accurate", "wrong_date", "unverifiable")
FORECAST_STATUSES = ("came_true", "did_not", "condition_not_met", "too_early", "unverifiable")
RECOMMENDATION_STATUSES = ("done", "partly", "not_done", "reversed", "unmatched")


@dataclass(frozen=True)
class Moved:
    """An indicator an enacted action aimed at: before and after, and the model's estimate."""

    indicator: str
    name: str
    unit: str
    before: float | None
    after: float | None
    before_label: str
    after_label: str
    effect_pct: tuple[float, float, float] | None  # estimate, low, high (percent of the counterfactual)
    caveats: tuple[str, ...] = ()
    impact_error: str | None = None


@dataclass
class Entry:
    kind: str  # date, forecast, recommendation
    start: int
    end: int
    quote: str
    sentence: str
    status: str
    explanation: str
    event: Event | None = None
    score: float | None = None
    candidates: list[tuple[str, float]] = field(default_factory=list)
    claimed: str | None = None  # for dates: the date as the text gives it
    right_date: str | None = None
    history: list[tuple[str, str, str]] = field(default_factory=list)  # (date, event id, effect)
    moved: list[Moved] = field(default_factory=list)
    indicator: str | None = None
    horizon: str | None = None
    condition: str | None = None
    official: list[tuple[str, float]] = field(default_factory=list)
    counterfactual: str | None = None
    sources: list[tuple[str, str]] = field(default_factory=list)  # (name, url) behind the status

    def to_dict(self) -> dict[str, Any]:
        ev = self.event
        return {
            "kind": self.kind, "start": self.start, "end": self.end, "quote": self.quote,
            "sentence": self.sentence, "status": self.status, "explanation": self.explanation,
            "event": None if ev is None else {
                "id": ev.id, "title": ev.title, "date": ev.date.isoformat(), "status": ev.status,
                "url": ev.url, "source_name": ev.source_name},
            "score": None if self.score is None else round(self.score, 3),
            "candidates": [{"event": e, "score": round(s, 3)} for e, s in self.candidates],
            "claimed": self.claimed, "right_date": self.right_date,
            "history": [{"date": d, "event": e, "effect": f} for d, e, f in self.history],
            "moved": [{
                "indicator": m.indicator, "name": m.name, "unit": m.unit, "before": m.before, "after": m.after,
                "before_period": m.before_label, "after_period": m.after_label,
                "effect_pct": None if m.effect_pct is None else
                {"estimate": m.effect_pct[0], "low": m.effect_pct[1], "high": m.effect_pct[2]},
                "caveats": list(m.caveats), "impact_error": m.impact_error} for m in self.moved],
            "indicator": self.indicator, "horizon": self.horizon, "condition": self.condition,
            "official": [{"period": p, "value": v} for p, v in self.official],
            "counterfactual": self.counterfactual,
            "sources": [{"name": n, "url": u} for n, u in self.sources],
        }


@dataclass
class Ledger:
    doc: str
    published: date
    published_from: str
    entries: list[Entry]

    def to_dict(self) -> dict[str, Any]:
        counts: dict[str, dict[str, int]] = {}
        for e in self.entries:
            counts.setdefault(e.kind, {}).setdefault(e.status, 0)
            counts[e.kind][e.status] += 1
        return {"doc": self.doc, "published": self.published.isoformat(), "published_from": self.published_from,
                "counts": counts, "entries": [e.to_dict() for e in self.entries]}


# event concepts -------------------------------------------------------------------------------


def _event_concepts(e: Event) -> frozenset[str]:
    text = " ".join((e.title, *e.names, *(a.split(":", 1)[-1] for a in (*e.does, *e.partly, *e.undoes))))
    return concepts(text)


def _score(found: frozenset[str], context: frozenset[str], target: frozenset[str]) -> float:
    """How much of what names the event the text names: weighted, the sentence before counting half."""
    need = sum(weight(c) for c in target)
    if need == 0 or not (objects(found | context) & objects(target)):
        return 0.0
    got = sum(weight(c) * (1.0 if c in found else 0.5) for c in target if c in found or c in context)
    return got / need


def match_date(item: PolicyItem, events: tuple[Event, ...]) -> list[tuple[float, Event]]:
    """Events the words around a date name, scored 0..1 (plus a little for shared actors and phase).

    Half the score is how much of what names the event the sentence says (the sentence before
    counting half); half is how much of what the words near the date say is the event, so that
    "review" tells the USMCA's review from its signing. An event none of whose objects stand near
    the date ("a 2021 electricity law" beside a later USMCA consultation) is not a candidate.
    """
    said, context = objects(item.concepts), objects(item.context)
    near = objects(item.near) or said
    scored = []
    for e in events:
        every = _event_concepts(e)
        target = objects(every)
        need = sum(weight(c) for c in target)
        if need == 0 or not (near & target):
            continue
        cov_e = sum(weight(c) * (1.0 if c in said else 0.5) for c in target if c in said or c in context) / need
        if cov_e < DATE_THRESHOLD:
            continue
        cov_t = sum(weight(c) for c in near & target) / sum(weight(c) for c in near)
        s = 0.5 * cov_e + 0.5 * cov_t + 0.05 * len((item.concepts - said) & (every - target))
        ep = phase(" ".join((e.title, *e.names)))
        if item.phase and ep:
            s += 0.15 if item.phase == ep else -0.3
        scored.append((s, e))
    scored.sort(key=lambda x: (-x[0], x[1].date))
    return scored


def judge_date(item: PolicyItem, published: date, events: tuple[Event, ...], today: date) -> Entry:
    assert item.when is not None
    when = item.when
    scored = match_date(item, events)
    # an event called off before the text was written is no longer what its words refer to
    scored = [(s, e) for s, e in scored if not (e.status == "called_off" and e.date < published)]
    entry = Entry("date", item.start, item.end, item.quote, item.sentence, "unverifiable", "",
                  claimed=when.label, candidates=[(e.id, round(s, 3)) for s, e in scored[:5]])
    if when.first == when.last:
        # a day is strong evidence: an event on that very day that shares what the words near it name
        near = objects(item.near) or objects(item.concepts)
        exact = [e for e in events if when.holds(e.date) and near & objects(_event_concepts(e))
                 and not (e.status == "called_off" and e.date < published)]
        if exact and not any(when.holds(e.date) for s, e in scored if s >= (scored[0][0] - TIE)):
            scored = [(max(DATE_THRESHOLD, scored[0][0] if scored else 0.0), exact[0]), *scored]
    if not scored or scored[0][0] < DATE_THRESHOLD:
        best = f" The closest was {scored[0][1].title} ({scored[0][1].date.isoformat()})." if scored else ""
        entry.explanation = f"No event of the timeline matched with confidence.{best}"
        return entry
    top = scored[0][0]
    pool = [(s, e) for s, e in scored if s >= top - TIE and s >= DATE_THRESHOLD]
    hit = next((e for _, e in pool if when.holds(e.date)), None)
    ev = hit or pool[0][1]
    entry.event, entry.score = ev, next(s for s, e in pool if e is ev)
    entry.sources = [(ev.source_name or ev.url, ev.url)]
    sched = {"scheduled": " (scheduled)", "called_off": " (scheduled then, later called off)"}.get(ev.status, "")
    if hit is not None:
        entry.status = "accurate"
        entry.explanation = f"{ev.title}: {ev.date.isoformat()}{sched}, within {when.label}."
        if ev.status == "called_off" and ev.became:
            later = next((x for x in events if x.id == ev.became), None)
            if later is not None:
                entry.explanation += (f" It did not happen then: {later.title.lower()} on {later.date.isoformat()}.")
        elif ev.status == "scheduled" and ev.date > today:
            entry.explanation += " It has not happened yet."
    elif not objects(_event_concepts(ev)) <= objects(item.concepts):
        # a wrong date is a strong verdict: the sentence itself must name all of what names the event
        entry.event = None
        entry.sources = []
        entry.explanation = (f"No event of the timeline matched with confidence. The closest was {ev.title} "
                             f"({ev.date.isoformat()}).")
    else:
        entry.status = "wrong_date"
        entry.right_date = ev.date.isoformat()
        entry.explanation = f"{ev.title}: {ev.date.isoformat()}{sched}, not {when.label}."
    return entry


# recommendations ------------------------------------------------------------------------------


def _actions(e: Event) -> list[tuple[Action, float]]:
    out = [(parse_action(a), 1.0) for a in e.does]
    out += [(parse_action(a), 0.5) for a in e.partly]
    out += [(replace(parse_action(a), polarity=-parse_action(a).polarity), 1.0) for a in e.undoes]
    return out


def _action_score(rec: Action, act: Action) -> float:
    a, b = rec.concepts, act.concepts
    if not a or not b:
        return 0.0
    shared = sum(weight(c) for c in a & b)
    score = 2 * shared / (sum(weight(c) for c in a) + sum(weight(c) for c in b))
    if rec.actor and act.actor and rec.actor != act.actor:
        score *= 0.5
    return score


def match_recommendation(action: Action, events: tuple[Event, ...]) -> list[tuple[float, Event, int, float]]:
    """(score, event, effect sign, share) for each event action, best first."""
    out = []
    for e in events:
        best: tuple[float, int, float] | None = None
        for act, share in _actions(e):
            s = _action_score(action, act)
            if s > 0 and (best is None or s > best[0]):
                best = (s, action.polarity * act.polarity, share)
        if best is not None:
            out.append((best[0], e, best[1], best[2]))
    out.sort(key=lambda x: (-x[0], x[1].date))
    return out


def judge_recommendation(item: PolicyItem, published: date, events: tuple[Event, ...], store: Store | None,
                         today: date) -> Entry:
    assert item.action is not None
    scored = match_recommendation(item.action, events)
    entry = Entry("recommendation", item.start, item.end, item.quote, item.sentence, "unmatched", "",
                  candidates=[(e.id, round(s, 3)) for s, e, _, _ in scored[:5]])
    chosen = [(s, e, sign, share) for s, e, sign, share in scored if s >= MATCH_THRESHOLD]
    if not chosen:
        best = f" The closest was {scored[0][1].title} ({scored[0][1].date.isoformat()}, score " \
               f"{scored[0][0]:.2f})." if scored else ""
        entry.explanation = f"No event matched with confidence.{best}"
        return entry
    chosen.sort(key=lambda x: x[1].date)
    state: str | None = None  # done, partly, contrary
    for _, e, sign, share in chosen:
        if e.date > published:
            break
        state = ("done" if share == 1.0 else "partly") if sign > 0 else "contrary"
    before = state
    ever = False  # reversed means carried out after the text asked for it, then undone
    decisive: Event | None = None
    for _, e, sign, share in chosen:
        if e.date <= published or e.date > today:
            continue
        effect = ("done" if share == 1.0 else "partly") if sign > 0 else ("undone" if share == 1.0 else "partly undone")
        entry.history.append((e.date.isoformat(), e.id, effect))
        if sign > 0:
            state = "done" if share == 1.0 or state == "done" else "partly"
            ever = True
        elif share == 1.0 or state != "done":
            state = "reversed" if ever else "contrary"
        decisive = e
    entry.score = max(s for s, *_ in chosen)
    if decisive is None:
        last = [e for _, e, *_ in chosen if e.date <= published]
        decisive = last[-1] if last else chosen[0][1]
        if before in ("done", "partly"):
            entry.status = "done" if before == "done" else "partly"
            entry.explanation = (f"Already under way before publication: {decisive.title} "
                                 f"({decisive.date.isoformat()}).")
        elif before == "contrary":
            entry.status = "not_done"
            entry.explanation = (f"The opposite was in place at publication ({decisive.title}, "
                                 f"{decisive.date.isoformat()}) and nothing since changed it.")
        else:
            entry.status = "unmatched"
            entry.explanation = f"The matching event, {decisive.title}, is scheduled for {decisive.date.isoformat()}."
    else:
        entry.status = {"done": "done", "partly": "partly", "reversed": "reversed", "contrary": "not_done"}[state or
                                                                                                           "contrary"]
        titles = {e.id: e.title for _, e, *_ in chosen}
        steps = "; ".join(f"{d}: {titles[i]} ({f})" for d, i, f in entry.history)
        entry.explanation = {"done": "Done.", "partly": "Done in part.", "reversed": "Done, then reversed.",
                             "not_done": "Not done: the opposite happened."}[entry.status] + f" {steps}."
    entry.event = decisive
    entry.sources = [(decisive.source_name or decisive.url, decisive.url)] + [
        (e.source_name or e.url, e.url) for _, e, *_ in chosen if e.id in {i for _, i, _ in entry.history}
        and e is not decisive]
    if entry.status in ("done", "partly") and store is not None:
        entry.moved = what_moved(store, decisive)
    return entry


def what_moved(store: Store, event: Event, months: int = 6) -> list[Moved]:
    """Each indicator the event aimed at: the average month before and after it, and the model's effect."""
    from usmx.event_impact import impact_of
    from usmx.impact import ImpactError

    out = []
    for ind_id in event.indicators:
        if ind_id not in store.catalog:
            continue
        ind = store.catalog.get(ind_id)
        before = _mean_months(store, ind_id, event.date, -months)
        after = _mean_months(store, ind_id, event.date, months)
        effect: tuple[float, float, float] | None = None
        caveats: tuple[str, ...] = ()
        error: str | None = None
        try:
            res = impact_of(store, ind_id, event.id)
            pct = res.average_effect_pct
            effect = (pct.estimate, pct.ci_low, pct.ci_high)
            caveats = tuple(res.caveats[:3])
        except (ImpactError, ValueError) as exc:
            error = str(exc)
        out.append(Moved(ind_id, ind.name, ind.unit, before[0], after[0], before[1], after[1], effect, caveats,
                         error))
    return out


def _mean_months(store: Store, indicator: str, day: date, months: int) -> tuple[float | None, str]:
    """The mean of ``months`` whole months before (negative) or after (positive) the event's month."""
    from usmx.events import shift_months

    values, labels = [], []
    step = 1 if months > 0 else -1
    for k in range(1, abs(months) + 1):
        d = shift_months(day.replace(day=1), step * k)
        a = store.value(indicator, Period.month(d.year, d.month))
        if a is not None:
            values.append(a.value)
            labels.append(a.period.label)
    if not values:
        return None, ""
    labels.sort()
    return sum(values) / len(values), f"{labels[0]}..{labels[-1]}" if len(labels) > 1 else labels[0]


# forecasts ------------------------------------------------------------------------------------
import re  # noqa: E402

_DIRECTION = [
    ("more_than_double", re.compile(r"more than (?:double|doubl\w+)|más del doble", re.I), 2.0, "more"),
    ("double", re.compile(r"\bdoubl\w*|duplic\w+", re.I), 2.0, "about"),
    ("triple", re.compile(r"\btripl\w*|triplic\w+", re.I), 3.0, "about"),
    ("halve", re.compile(r"\bhalve\w*|by half|a la mitad", re.I), 0.5, "about"),
    ("record", re.compile(r"\brecord\b|\brécord\b", re.I), None, "record"),
    ("rise", re.compile(r"\b(?:rise|rises|grow\w*|increas\w+|climb\w*|jump\w*|surge\w*|spike\w*|soar\w*|aument\w+"
                        r"|crec\w+|sub\w+)\b", re.I), 1.0, "more"),
    ("fall", re.compile(r"\b(?:fall|falls|drop\w*|declin\w+|decreas\w+|reduc\w+|shrink\w*|plummet\w*|ca[eí]\w*"
                        r"|baj\w+|disminu\w+)\b", re.I), 1.0, "less"),
]
_HORIZON = re.compile(r"\b(?:(?P<fy>fiscal(?:\s+year)?|fy|año fiscal)\s*)?(?P<y>(?:19|20)\d\d)\b"
                      r"|(?P<this>this year|este año)|(?P<next>next year|el próximo año|el año que viene)", re.I)
_FALLBACK_MEASURES = [(re.compile(r"\bmigration\b|\bmigración\b|flujos migratorios|\bcruces\b", re.I),
                       "sw_border_encounters")]


def _measure(store: Store, sentence: str) -> str | None:
    """The indicator a forecast is about: the catalog's longest phrase found in the sentence."""
    low = sentence.lower()
    best: tuple[int, str] | None = None
    for ind in store.catalog:
        for ph in ind.phrases:
            if len(ph) > 3 and re.search(rf"\b{re.escape(ph)}\b", low) and (best is None or len(ph) > best[0]):
                best = (len(ph), ind.id)
    if best is not None:
        return best[1]
    for rx, ind_id in _FALLBACK_MEASURES:
        if rx.search(low):
            return ind_id
    return None


def _horizon(sentence: str, published: date, fiscal_default: bool) -> Period | None:
    for m in _HORIZON.finditer(sentence):
        if m.group("this"):
            year = published.year
        elif m.group("next"):
            year = published.year + 1
        else:
            year = int(m.group("y"))
            if m.group("fy"):
                return Period.fiscal_year(year)
        if year < published.year:
            continue
        return Period.fiscal_year(year) if fiscal_default else Period.year(year)
    return None


def _holds(direction: tuple[str, re.Pattern[str], float | None, str], ratio: float) -> bool:
    _name, _rx, target, how = direction
    if how == "more":
        return ratio > (target or 1.0)
    if how == "less":
        return ratio < (target or 1.0)
    assert target is not None
    return abs(ratio / target - 1) <= 0.1


def judge_forecast(item: PolicyItem, published: date, events: tuple[Event, ...], store: Store | None,
                   today: date, numeric: CheckedClaim | None = None) -> Entry:
    entry = Entry("forecast", item.start, item.end, item.quote, item.sentence, "unverifiable", "")
    if numeric is not None and store is not None:
        judged = _judge_numeric(entry, numeric, published, store, today)
        if judged.status != "unverifiable":
            return judged
        entry = Entry("forecast", item.start, item.end, item.quote, item.sentence, "unverifiable", "")
    direction = next((d for d in _DIRECTION if d[1].search(item.sentence)), None)
    measure = _measure(store, item.sentence) if store is not None else None
    cond_event = _condition_event(item, events, published)
    entry.indicator = measure
    if cond_event is not None:
        entry.condition = cond_event.id
        entry.sources.append((cond_event.source_name or cond_event.url, cond_event.url))
    if measure is None or direction is None or store is None:
        entry.explanation = "No official measure and direction to hold the forecast against."
        return entry
    ind = store.catalog.get(measure)
    if cond_event is not None:
        return _judge_conditional(entry, direction, cond_event, store, today)
    horizon = _horizon(item.sentence, published, ind.publisher.startswith("U.S. Customs"))
    if horizon is None:
        entry.explanation = "The forecast names no period to judge it by."
        return entry
    entry.horizon = horizon.label
    now, base = store.value(measure, horizon), store.value(measure, horizon.shift_years(-1))
    if now is None or base is None:
        cov = store.coverage(measure)
        if horizon.end >= today or (cov is not None and cov[1].end < horizon.end):
            entry.status = "too_early"
            entry.explanation = f"No official figure for {horizon.label} yet."
        else:
            entry.explanation = f"No official figure for {horizon.label}."
        return entry
    entry.official = [(base.period.label, base.value), (now.period.label, now.value)]
    entry.sources.append((now.source.publisher or ind.publisher, now.source.url or ind.url))
    if direction[3] == "record":
        history = [a.value for a in store.series(measure, "fiscal_year" if horizon.kind == "fiscal_year" else "year")
                   if a.period.end < horizon.start]
        ok = bool(history) and now.value > max(history)
    else:
        ok = _holds(direction, now.value / base.value)
    entry.status = "came_true" if ok else "did_not"
    entry.explanation = (f"{ind.name}: {_fmt(now.value)} in {now.period.label} against {_fmt(base.value)} in "
                         f"{base.period.label}; the forecast ({direction[0].replace('_', ' ')}) "
                         f"{'came true' if ok else 'did not come true'}.")
    return entry


def _condition_event(item: PolicyItem, events: tuple[Event, ...], published: date) -> Event | None:
    """The event a forecast is conditional on: named after "if" or as the cause in the sentence."""
    text = item.condition or ""
    causal = re.search(r"\b(?:trigger\w*|usher\w*|lead to|cause\w*|result in|provoc\w+|gener\w+)\b", item.sentence,
                       re.I)
    if not text and not causal:
        return None
    probe = text or item.sentence
    found = concepts(probe)
    ph = phase(probe)
    act = parse_action(probe)
    best: tuple[float, Event] | None = None
    for e in events:
        if e.date <= published and e.status == "happened":
            continue  # a condition is about what had not happened yet
        s = _score(found, frozenset(), _event_concepts(e))
        s = max([s] + [_action_score(act, a) for a, _share in _actions(e)])
        ep = phase(" ".join((e.title, *e.names)))
        if ph and ep:
            s += 0.15 if ph == ep else -0.3
        if e.status == "called_off" and e.became:
            e = next((x for x in events if x.id == e.became), e)
        if s >= MATCH_THRESHOLD and (best is None or s > best[0]):
            best = (s, e)
    return best[1] if best else None


def _judge_conditional(entry: Entry, direction: tuple[str, re.Pattern[str], float | None, str], ev: Event,
                       store: Store, today: date) -> Entry:
    from usmx.events import shift_months

    assert entry.indicator is not None
    ind = store.catalog.get(entry.indicator)
    if ev.status != "happened" or ev.date > today:
        entry.status = "condition_not_met" if ev.status == "called_off" else "too_early"
        entry.explanation = f"The condition ({ev.title}) has not been met."
        return entry
    first = ev.date.replace(day=1)
    b = shift_months(first, -1)
    base = store.value(entry.indicator, Period.month(b.year, b.month))
    after = [store.value(entry.indicator, Period.month(d.year, d.month))
             for d in (shift_months(first, k) for k in (1, 2, 3))]
    if base is None or any(a is None for a in after):
        entry.status = "too_early"
        entry.explanation = (f"The condition was met ({ev.title}, {ev.date.isoformat()}), but the store has no "
                             f"{ind.name.lower()} for the three months after it yet.")
        return entry
    vals = [a.value for a in after if a is not None]
    mean = sum(vals) / len(vals)
    entry.horizon = f"{after[0].period.label}..{after[-1].period.label}" if after[0] and after[-1] else None
    entry.official = [(base.period.label, base.value)] + [(a.period.label, a.value) for a in after if a is not None]
    ratio = mean / base.value
    ok = _holds(direction, ratio)
    entry.status = "came_true" if ok else "did_not"
    entry.explanation = (f"Condition met: {ev.title} ({ev.date.isoformat()}). {ind.name}: {_fmt(base.value)} in "
                         f"{base.period.label}, the month before; {_fmt(mean)} a month on average in the three "
                         f"months after (x{ratio:.2f}); the forecast ({direction[0].replace('_', ' ')}) "
                         f"{'came true' if ok else 'did not come true'}.")
    entry.sources.append((ind.publisher, ind.url))
    try:
        from usmx.event_impact import impact_of

        res = impact_of(store, entry.indicator, ev.id)
        pct = res.average_effect_pct
        entry.counterfactual = (f"Against the trend before it, the impact model estimates an average change of "
                                f"{pct.estimate:+.0f}% (95% interval {pct.ci_low:+.0f}% to {pct.ci_high:+.0f}%) "
                                f"after {ev.title}.")
    except Exception as exc:  # the model refuses short or non-monthly series; the figures still stand
        entry.counterfactual = f"No impact estimate: {exc}"
    return entry


def _judge_numeric(entry: Entry, checked: CheckedClaim, published: date, store: Store, today: date) -> Entry:
    from usmx.verify import Verifier

    claim = replace(checked.claim, modal=False)
    entry.indicator = claim.indicator
    entry.horizon = claim.period.label if claim.period is not None else None
    if claim.indicator is None:
        entry.explanation = "No official measure tied to the forecast's figure with confidence."
        return entry
    verdict = Verifier(store, store.catalog).verify(claim, published)
    label = verdict.label
    if label == "accurate":
        entry.status = "came_true"
    elif label in ("overstated", "understated", "wrong_measure"):
        entry.status = "did_not"
    else:
        cov = store.coverage(claim.indicator)
        end = claim.period.end if claim.period is not None else None
        if end is not None and (end >= today or (cov is not None and cov[1].end < end)):
            entry.status = "too_early"
            entry.explanation = f"No official figure for {claim.period.label if claim.period else 'its period'} yet."
            return entry
    entry.explanation = verdict.explanation
    if verdict.official_value is not None and verdict.official_period:
        entry.official = [(verdict.official_period, verdict.official_value)]
    if verdict.source is not None and verdict.source.url:
        entry.sources.append((verdict.source.publisher or verdict.source.dataset, verdict.source.url))
    return entry


def _fmt(x: float) -> str:
    return f"{x:,.0f}" if abs(x) < 1e9 else f"{x / 1e9:,.1f} billion"


# assembling -----------------------------------------------------------------------------------


def build_ledger(text: str, published: date, *, store: Store | None = None, checked: list[CheckedClaim] | None = None,
                 doc: str = "-", published_from: str = "given", events: tuple[Event, ...] | None = None,
                 today: date | None = None) -> Ledger:
    """Every dated claim, forecast and recommendation in ``text`` with its status as of ``today``.

    ``checked`` are the checker's claims for the same text (numeric forecasts are judged through
    them, so a figure is read once, the same way ``usmx check`` reads it).
    """
    pool = load_events() if events is None else events
    today = today or date.today()
    forecasts = [c for c in (checked or []) if c.claim.modal and c.claim.indicator]
    out: list[Entry] = []
    for item in extract(text, published):
        if item.kind == "date":
            entry = judge_date(item, published, pool, today)
            if not item.statistical or entry.event is not None:
                out.append(entry)
        elif item.kind == "recommendation":
            out.append(judge_recommendation(item, published, pool, store, today))
        else:
            nums = [c for c in forecasts if item.sentence_start <= c.claim.start < item.sentence_end]
            if nums:
                for c in nums:
                    e = judge_forecast(item, published, pool, store, today, numeric=c)
                    e.start, e.end, e.quote = c.claim.start, c.claim.end, c.claim.quote
                    out.append(e)
            else:
                out.append(judge_forecast(item, published, pool, store, today))
    # numeric forecasts in sentences the forecast cues missed
    seen = {(e.start, e.end) for e in out}
    for c in forecasts:
        inside = any(e.kind == "forecast" and e.start <= c.claim.start < e.end for e in out)
        if (c.claim.start, c.claim.end) not in seen and not inside:
            item = PolicyItem("forecast", c.claim.start, c.claim.end, c.claim.start, c.claim.end, c.claim.sentence,
                              frozenset(), frozenset(), quote=c.claim.quote)
            out.append(judge_forecast(item, published, pool, store, today, numeric=c))
    out.sort(key=lambda e: (e.start, e.kind))
    return Ledger(doc, published, published_from, out)


def ledger_of_check(result: CheckResult, store: Store, today: date | None = None) -> Ledger:
    """The ledger of a document already checked (the same text, date and claims)."""
    return build_ledger(result.document.text, result.published, store=store, checked=result.claims,
                        doc=result.document.name if hasattr(result.document, "name") else "-",
                        published_from=result.published_from, today=today)


def ledger_source(source: str, *, published: str | date | None = None, store: Store | None = None,
                  today: date | None = None) -> Ledger:
    """Load ``source`` (a path, an http(s) URL or "-") and date it as ``usmx check`` does, then build its ledger."""
    from usmx.check import check_source

    if store is None:
        from usmx.store import open_store

        store = open_store()
    result = check_source(source, published=published, store=store, today=today)
    ledger = ledger_of_check(result, store, today)
    ledger.doc = source
    return ledger


def render_text(ledger: Ledger) -> str:
    """The ledger as plain text: one block per entry, status first, then why and the source."""
    lines = [f"{ledger.doc} (published {ledger.published.isoformat()}, {ledger.published_from})", ""]
    if not ledger.entries:
        lines.append("No dated claims, forecasts or recommendations found.")
    for e in ledger.entries:
        lines.append(f"[{e.kind}] {e.status.replace('_', ' ').upper()}: {e.quote}")
        lines.append(f"    {e.explanation}")
        if e.counterfactual:
            lines.append(f"    {e.counterfactual}")
        for m in e.moved:
            before = "n/a" if m.before is None else _fmt(m.before)
            after = "n/a" if m.after is None else _fmt(m.after)
            eff = (f"; model: {m.effect_pct[0]:+.0f}% ({m.effect_pct[1]:+.0f}% to {m.effect_pct[2]:+.0f}%)"
                   if m.effect_pct else (f"; no model estimate ({m.impact_error})" if m.impact_error else ""))
            lines.append(f"    {m.name}: {before} a month ({m.before_label}) -> {after} ({m.after_label}){eff}")
        for name, url in e.sources:
            lines.append(f"    source: {name} <{url}>")
        lines.append("")
    return "\n".join(lines) + "\n"


__all__ = ["MATCH_THRESHOLD", "Entry", "Ledger", "Moved", "PeriodError", "build_ledger", "ledger_of_check",
           "ledger_source", "render_text"]
