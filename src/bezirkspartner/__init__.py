"""bezirkspartner: international district partnerships for city districts."""

__version__ = "0.1.0"
