"""Property tests: the tokeniser and the recogniser take any text."""

from hypothesis import given, settings
from hypothesis import strategies as st

from bezirkspartner.geoparse.tokens import tokenize

WORDS = st.sampled_from(["Harburg", "Wien", "St.", "Neugraben-Fischbek", "’s", "21a", "-", "."])
TEXTS = st.text(max_size=200) | st.lists(WORDS | st.text(max_size=5), max_size=30).map(" ".join)


@settings(max_examples=500, deadline=None)
@given(TEXTS)
def test_tokens_point_into_the_text_in_order(text):
    previous_end = 0
    for token in tokenize(text):
        assert token.text and text[token.start : token.end] == token.text
        assert token.start >= previous_end
        previous_end = token.end


@settings(max_examples=150, deadline=None)
@given(TEXTS)
def test_recogniser_takes_any_text(parser, text):
    for mention in parser.parse(text):
        assert 0 <= mention.start < mention.end <= len(text)
        assert text[mention.start : mention.end] == mention.surface
