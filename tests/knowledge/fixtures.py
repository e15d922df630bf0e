"""A small knowledge base for tests (invented test texts, not curated data)."""

import shutil
from pathlib import Path

import bezirkspartner

REAL_THEMES = Path(bezirkspartner.__file__).parents[2] / "data" / "knowledge" / "themes.yaml"

PRACTICES = """
- slug: vienna-test-housing
  title_de: Kommunaler Wohnbau (Gemeindebauten) in Wien
  title_en: Municipal social housing in Vienna
  city: vienna
  country: AT
  district: Floridsdorf
  themes: [wohnen, integration]
  period_start: 1923
  summary_de: Die Stadt baut und vermietet selbst Wohnungen zu begrenzten Mieten.
  summary_en: The city builds and lets flats itself at capped rents, as social housing.
  source_urls: [https://example.org/wien-wohnbau]
  checked: 2026-11-24
  verification: verified
- slug: hamburg-test-bike
  title_de: Radwege <script>alert(1)</script> am Deich
  title_en: Cycle paths on the dike
  city: hamburg
  country: DE
  themes: [mobilitaet, klima]
  period_start: 2015
  period_end: 2020
  summary_de: Ein Radweg verbindet Stadtteile entlang des Hochwasserschutzes.
  summary_en: A cycle path links neighbourhoods along the flood defences.
  source_urls: [https://example.org/deich]
  checked: 2026-11-24
  verification: partial
- slug: ghent-test-circulation
  title_de: Verkehrszirkulationsplan
  title_en: Traffic circulation plan
  city: ghent
  city_name: Gent
  country: BE
  themes: [mobilitaet]
  summary_de: Die Innenstadt wurde in Sektoren geteilt, die Autos nur über den Ring verbinden.
  summary_en: The centre was split into sectors that cars can only link via the ring road.
  source_urls: [https://example.org/gent]
  checked: 2026-11-24
  verification: verified
"""

CHALLENGES = """
- city: hamburg
  district: Harburg
  theme: klima
  text_de: Test-Herausforderung Sturmflut.
  text_en: Test challenge storm flood.
  source_urls: [https://example.org/harburg]
  checked: 2026-11-24
"""

FUNDING = """
- slug: test-fund
  name_de: Testfonds
  name_en: Test fund
  year: 2026
  amount_min_eur: 1000
  amount_max_eur: 20000
  funding_rate: 0.9
  hamburg_bezirk_can_apply: unclear
  applicant_de: Kommunen
  source_urls: [https://example.org/fund]
  checked: 2026-11-24
"""


def write_knowledge(root: Path) -> Path:
    knowledge = root / "knowledge"
    (knowledge / "practices").mkdir(parents=True)
    shutil.copy(REAL_THEMES, knowledge / "themes.yaml")
    (knowledge / "practices" / "test.yaml").write_text(PRACTICES, encoding="utf-8")
    (knowledge / "challenges.yaml").write_text(CHALLENGES, encoding="utf-8")
    (knowledge / "funding.yaml").write_text(FUNDING, encoding="utf-8")
    return knowledge
