"""Sentences that explain a ranking, generated from the evidence. Pure Python, no Django.

Nothing is written by hand per district: every sentence is a template filled with facts from
the data, and a sentence is only produced when its facts exist. A relevance sentence names the
practice that best answers the home district's challenge in that theme and why (the sub-topics
both deal with, the challenge's words found in the practice). Travel times are called what they
are: estimates from a stated model.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from bezirkspartner.core.typography import quote_de, quote_en

if TYPE_CHECKING:
    from bezirkspartner.matching.engine import Evidence, Match, Place, Query

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
LANGUAGE_NAMES = {
    "de": ("Deutsch", "German"),
    "en": ("Englisch", "English"),
    "fr": ("Französisch", "French"),
    "nl": ("Niederländisch", "Dutch"),
    "da": ("Dänisch", "Danish"),
    "sv": ("Schwedisch", "Swedish"),
    "fi": ("Finnisch", "Finnish"),
    "no": ("Norwegisch", "Norwegian"),
    "nb": ("Norwegisch", "Norwegian"),
    "pl": ("Polnisch", "Polish"),
    "cs": ("Tschechisch", "Czech"),
    "sk": ("Slowakisch", "Slovak"),
    "hu": ("Ungarisch", "Hungarian"),
    "es": ("Spanisch", "Spanish"),
    "pt": ("Portugiesisch", "Portuguese"),
    "it": ("Italienisch", "Italian"),
    "el": ("Griechisch", "Greek"),
    "et": ("Estnisch", "Estonian"),
    "lv": ("Lettisch", "Latvian"),
    "lt": ("Litauisch", "Lithuanian"),
    "bg": ("Bulgarisch", "Bulgarian"),
    "ro": ("Rumänisch", "Romanian"),
    "hr": ("Kroatisch", "Croatian"),
}
CRITERION_NAMES = {
    "relevance": ("Passung zu den Herausforderungen", "fit to the challenges"),
    "similarity": ("Vergleichbarkeit", "comparability"),
    "reachability": ("Erreichbarkeit", "reachability"),
    "exchange": ("Sprache und EU-Förderung", "language and EU funding"),
    "experience": ("Partnerschaftserfahrung", "partnership experience"),
}
MAX_THEME_SENTENCES = 2
MAX_SENTENCES = 5


def _pick(pair: tuple[str, str], lang: str) -> str:
    return pair[0 if lang == "de" else 1]


def _number(value: float, lang: str) -> str:
    text = f"{round(value):,}"
    return text.replace(",", ".") if lang == "de" else text


def _join(items: list[str], lang: str) -> str:
    if len(items) <= 1:
        return "".join(items)
    word = " und " if lang == "de" else " and "
    return ", ".join(items[:-1]) + word + items[-1]


def theme_name(slug: str, lang: str) -> str:
    names = THEME_NAMES.get(slug)
    return _pick(names, lang) if names else slug


def language_names(codes, lang: str) -> str:
    return _join([_pick(LANGUAGE_NAMES.get(c, (c, c)), lang) for c in codes], lang)


def _match_sentence(query: Query, place: Place, match: Match, lang: str) -> str:
    home = query.home.name
    title = match.practice.title(lang)
    if match.level == "district":
        where = place.name
    else:
        where = f"{place.city}, {'stadtweit' if lang == 'de' else 'city-wide'}"
    theme = theme_name(match.theme, lang)
    topics = [s.name(lang) for s in match.subtopics]
    words = list(match.words_de if lang == "de" else match.words_en)
    if lang == "de":
        target = (
            f"zur erklärten Herausforderung von {home} bei {theme}"
            if match.stated
            else f"zum Thema {theme}"
        )
        text = f"{quote_de(title)} ({where}) passt {target}"
        why = []
        if topics:
            why.append(f"gemeinsame Unterthemen: {'; '.join(topics)}")
        if words:
            why.append(f"gemeinsame Stichworte: {', '.join(words)}")
        return text + (" – " + "; ".join(why) if why else "") + "."
    target = f"{home}'s stated challenge in {theme}" if match.stated else f"the theme of {theme}"
    text = f"{quote_en(title)} ({where}) fits {target}"
    why = []
    if topics:
        why.append(f"shared sub-topics: {'; '.join(topics)}")
    if words:
        why.append(f"shared key words: {', '.join(words)}")
    return text + (" — " + "; ".join(why) if why else "") + "."


def _relevance(query: Query, place: Place, evidence: Evidence, lang: str) -> list[str]:
    weights = {t: w for t, w in query.themes.items() if w > 0}
    ranked = sorted(
        evidence.matches.values(),
        key=lambda m: (
            -weights.get(m.theme, 0) * evidence.theme_relevance.get(m.theme, 0),
            m.theme,
        ),
    )
    return [_match_sentence(query, place, m, lang) for m in ranked[:MAX_THEME_SENTENCES]]


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
        tags = _join([_pick(TAG_NAMES.get(t, (t, t)), lang) for t in evidence.shared_tags], lang)
        pieces.append(f"gemeinsame Merkmale: {tags}" if lang == "de" else f"shared traits: {tags}")
    if not pieces:
        return None
    sentence = "; ".join(pieces)
    return sentence[0].upper() + sentence[1:] + "."


def _practicalities(place: Place, evidence: Evidence, lang: str) -> str | None:
    pieces = []
    if evidence.distance_km is not None:
        km = _number(evidence.distance_km, lang)
        hours = max(1, round(evidence.travel_hours))
        if lang == "de":
            mode = "mit der Bahn" if evidence.travel_mode == "rail" else "mit dem Flugzeug"
            pieces.append(
                f"Luftlinie {km} km, nach unserem Reisezeitmodell geschätzt rund {hours} Stunden "
                f"{mode} (kein Fahrplanwert)"
            )
        else:
            mode = "by rail" if evidence.travel_mode == "rail" else "by air"
            pieces.append(
                f"{km} km as the crow flies, estimated by our travel-time model at about "
                f"{hours} hours {mode} (not a timetable figure)"
            )
    if evidence.shared_languages:
        names = language_names(evidence.shared_languages, lang)
        pieces.append(
            f"gemeinsame Amtssprache: {names}"
            if lang == "de"
            else f"shared official language: {names}"
        )
    elif evidence.languages:
        names = language_names(evidence.languages, lang)
        pieces.append(
            f"Amtssprache dort: {names}" if lang == "de" else f"official language there: {names}"
        )
    if lang == "de":
        pieces.append("EU-Mitglied" if place.eu_member else "kein EU-Mitglied")
    else:
        pieces.append("EU member" if place.eu_member else "not an EU member")
    sentence = "; ".join(pieces)
    return sentence[0].upper() + sentence[1:] + "."


def _experience(place: Place, lang: str) -> str | None:
    count = place.partnership_count
    if not count:
        return None
    if lang == "de":
        noun = "Bezirkspartnerschaft" if count == 1 else "Bezirkspartnerschaften"
        return f"{place.name} pflegt bereits {count} {noun}."
    noun = "district partnership" if count == 1 else "district partnerships"
    return f"{place.name} already has {count} {noun}."


def reasons(
    query: Query, place: Place, criteria: dict, contributions: dict, evidence: Evidence
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Up to five sentences per language: the matching practices first, then the other criteria
    in the order of their share of the total."""
    order = sorted(contributions, key=lambda c: (-contributions[c], c))
    result = {}
    for lang in ("de", "en"):
        sentences = _relevance(query, place, evidence, lang)
        if not sentences:
            sentences.append(
                "Zu den gewählten Themen ist hier kein Praxisbeispiel erfasst, das zu den "
                f"Herausforderungen von {query.home.name} passt."
                if lang == "de"
                else "No good practice recorded here answers "
                f"{query.home.name}'s challenges in the chosen themes."
            )
        makers = {
            "similarity": lambda lang=lang: _similarity(query, place, evidence, lang),
            "reachability": lambda lang=lang: _practicalities(place, evidence, lang),
            "exchange": lambda lang=lang: _practicalities(place, evidence, lang),
            "experience": lambda lang=lang: _experience(place, lang),
        }
        for criterion in order:
            if criterion in makers and contributions[criterion] > 0:
                sentence = makers[criterion]()
                if sentence and sentence not in sentences:
                    sentences.append(sentence)
        result[lang] = tuple(sentences[:MAX_SENTENCES])
    return result["de"], result["en"]


def score_meaning(lang: str) -> str:
    """What a total score means, in one sentence (for pages, CLI and API)."""
    if lang == "de":
        return (
            "Der Gesamtwert (0–100) ist der gewichtete Mittelwert der fünf Kriterien, jedes von "
            "0 bis 100. Bei der Passung heißt 100: Die Praxisbeispiele dieses Bezirks und seiner "
            "Stadt treffen die Herausforderung so gut wie das am besten passende im ganzen Atlas."
        )
    return (
        "The total (0–100) is the weighted mean of the five criteria, each scored 0 to 100. For "
        "fit, 100 means the practices of this district and its city answer the challenge as well "
        "as the best-fitting one in the whole atlas."
    )
