"""Sentences that explain a ranking, generated from the evidence. Pure Python, no Django.

Nothing is written by hand per district: every sentence is a template filled with
facts from the data, and a sentence is only produced when its facts exist.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bezirkspartner.matching.engine import Evidence, Place, Query

THEME_NAMES = {
    "wohnen": ("Wohnen", "housing"),
    "mobilitaet": ("Mobilität", "mobility"),
    "integration": ("Integration", "integration"),
    "klima": ("Klima und Resilienz", "climate and resilience"),
    "kultur": ("Kultur", "culture"),
    "digital": ("Digitalisierung", "digitalisation"),
}
TAG_NAMES = {
    "riverside": ("am Fluss", "on a river"),
    "coastal": ("an der Küste", "on the coast"),
    "port": ("Hafen", "port"),
    "university": ("Universität", "university"),
    "industrial_transformation": ("industrieller Strukturwandel", "industrial transformation"),
    "new_development_area": ("Neubaugebiete", "new development areas"),
    "flood_risk": ("Hochwasserrisiko", "flood risk"),
    "outer_district": ("Außenbezirk", "outer district"),
    "inner_district": ("Innenstadtbezirk", "inner-city district"),
}
LANGUAGE_NAMES = {"de": ("Deutsch", "German"), "en": ("Englisch", "English")}


def _number(value: float, lang: str) -> str:
    text = f"{round(value):,}"
    return text.replace(",", ".") if lang == "de" else text


def _join(items: list[str], lang: str) -> str:
    if len(items) <= 1:
        return "".join(items)
    word = " und " if lang == "de" else " and "
    return ", ".join(items[:-1]) + word + items[-1]


def _theme(slug: str, lang: str) -> str:
    names = THEME_NAMES.get(slug)
    return names[0 if lang == "de" else 1] if names else slug


def _thematic(place: Place, evidence: Evidence, lang: str) -> str | None:
    themes = [t for t, items in evidence.practices.items() if items]
    if not themes:
        return None
    count = len({id(p) for items in evidence.practices.values() for p in items})
    example = next(p for t in themes for p in evidence.practices[t])
    title = example.title_de if lang == "de" else (example.title_en or example.title_de)
    levels = {p.district_level for items in evidence.practices.values() for p in items}
    if levels == {True}:
        where = place.name
    elif levels == {False}:
        where = place.city
    else:
        where = f"{place.name} {'und' if lang == 'de' else 'and'} {place.city}"
    topic = _join([_theme(t, lang) for t in themes], lang)
    if lang == "de":
        noun = "Praxisbeispiel" if count == 1 else "Praxisbeispiele"
        return f"Für {where} sind {count} {noun} zu {topic} dokumentiert, etwa „{title}“."
    noun = "good practice" if count == 1 else "good practices"
    return f"{where} has {count} documented {noun} in {topic}, such as “{title}”."


def _complementarity(query: Query, evidence: Evidence, lang: str) -> str | None:
    matched = [t for t in sorted(query.home.challenges) if evidence.practices.get(t)]
    if not matched:
        return None
    topic = _join([_theme(t, lang) for t in matched], lang)
    if lang == "de":
        return f"Das trifft die erklärte Herausforderung von {query.home.name} bei {topic}."
    return f"This meets {query.home.name}'s stated challenge in {topic}."


def _similarity(query: Query, place: Place, evidence: Evidence, lang: str) -> str | None:
    home = query.home
    pieces = []
    if evidence.population_ratio is not None:
        ratio = evidence.population_ratio
        pop, home_pop = _number(place.population, lang), _number(home.population, lang)
        if 0.67 <= ratio <= 1.5:
            size = "ähnlich groß wie" if lang == "de" else "a similar size to"
        elif ratio < 0.67:
            size = "kleiner als" if lang == "de" else "smaller than"
        else:
            size = "größer als" if lang == "de" else "larger than"
        if lang == "de":
            pieces.append(f"Mit {pop} Einwohnern ist {place.name} {size} {home.name} ({home_pop})")
        else:
            pieces.append(f"With {pop} inhabitants {place.name} is {size} {home.name} ({home_pop})")
    if evidence.shared_tags:
        tags = _join(
            [TAG_NAMES.get(t, (t, t))[0 if lang == "de" else 1] for t in evidence.shared_tags], lang
        )
        pieces.append(f"gemeinsame Merkmale: {tags}" if lang == "de" else f"shared traits: {tags}")
    if not pieces:
        return None
    sentence = "; ".join(pieces)
    return sentence[0].upper() + sentence[1:] + "."


def _feasibility(place: Place, evidence: Evidence, lang: str) -> str | None:
    if evidence.distance_km is None:
        return None
    km = _number(evidence.distance_km, lang)
    hours = max(1, round(evidence.travel_hours))
    if lang == "de":
        mode = "mit der Bahn" if evidence.travel_mode == "rail" else "mit dem Flugzeug"
        text = f"Entfernung {km} km, etwa {hours} Stunden {mode}"
        if evidence.shared_languages:
            languages = _join(
                [LANGUAGE_NAMES.get(c, (c, c))[0] for c in evidence.shared_languages], lang
            )
            text += f"; gemeinsame Sprache: {languages}"
        text += "; EU-Mitglied" if place.eu_member else "; kein EU-Mitglied"
        return text + "."
    mode = "by rail" if evidence.travel_mode == "rail" else "by air"
    text = f"{km} km away, about {hours} hours {mode}"
    if evidence.shared_languages:
        languages = _join(
            [LANGUAGE_NAMES.get(c, (c, c))[1] for c in evidence.shared_languages], lang
        )
        text += f"; shared language: {languages}"
    text += "; EU member" if place.eu_member else "; not an EU member"
    return text + "."


def _openness(place: Place, lang: str) -> str | None:
    count = place.partnership_count
    if not count:
        return None
    if lang == "de":
        noun = "Bezirkspartnerschaft" if count == 1 else "Bezirkspartnerschaften"
        return f"{place.name} pflegt bereits {count} {noun}."
    noun = "district partnership" if count == 1 else "district partnerships"
    return f"{place.name} already has {count} {noun}."


CRITERION_NAMES = {
    "thematic": ("thematische Stärke", "thematic strength"),
    "complementarity": ("Ergänzung zu den eigenen Herausforderungen", "complementarity"),
    "similarity": ("strukturelle Ähnlichkeit", "structural similarity"),
    "feasibility": ("Machbarkeit", "feasibility"),
    "openness": ("Partnerschaftserfahrung", "openness"),
}


def _composition(contributions: dict, strongest: str, lang: str) -> str:
    points = round(100 * sum(contributions.values()))
    name = CRITERION_NAMES[strongest][0 if lang == "de" else 1]
    if lang == "de":
        return f"Gesamtwert {points} von 100, den größten Anteil hat die {name}."
    return f"Total score {points} of 100, with the largest share from {name}."


def reasons(
    query: Query, place: Place, criteria: dict, contributions: dict, evidence: Evidence
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Two to four sentences per language, most important criterion first."""
    order = sorted(contributions, key=lambda c: (-contributions[c], c))
    result = {}
    for lang in ("de", "en"):
        makers = {
            "thematic": lambda lang=lang: _thematic(place, evidence, lang),
            "complementarity": lambda lang=lang: _complementarity(query, evidence, lang),
            "similarity": lambda lang=lang: _similarity(query, place, evidence, lang),
            "feasibility": lambda lang=lang: _feasibility(place, evidence, lang),
            "openness": lambda lang=lang: _openness(place, lang),
        }
        sentences = [s for c in order if (s := makers[c]())]
        if not any(evidence.practices.values()):
            sentences.append(
                "Zu den gewählten Themen sind hier noch keine Praxisbeispiele erfasst."
                if lang == "de"
                else "No good practices are recorded here yet for the chosen themes."
            )
        if len(sentences) < 2:
            sentences.append(_composition(contributions, order[0], lang))
        result[lang] = tuple(sentences[:4])
    return result["de"], result["en"]
