"""Place recognition for German council texts. Pure Python, no Django.

from bezirkspartner.geoparse import Geoparser, Gazetteer
parser = Geoparser(Gazetteer.default())
mentions = parser.parse(text, context="hamburg")
"""

from bezirkspartner.geoparse.gazetteer import Entry, Gazetteer
from bezirkspartner.geoparse.recognise import Geoparser, Mention

__all__ = ["Entry", "Gazetteer", "Geoparser", "Mention"]
