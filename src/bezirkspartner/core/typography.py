"""Quotation marks for generated German and English text. Pure Python.

A title that already carries quotes („Kühle Meile“ Zieglergasse) gets the nested
form inside the outer ones (German ‚…‘, English ‘…’), never „„…“.
"""

from __future__ import annotations


def quote_de(text: str) -> str:
    inner = text.strip().replace("„", "‚").replace("“", "‘").replace('"', "'")
    return f"„{inner}“"


def quote_en(text: str) -> str:
    inner = text.strip().replace("“", "‘").replace("”", "’").replace('"', "'")
    return f"“{inner}”"
