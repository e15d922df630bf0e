"""Markdown of contributions: safe HTML, one converter reused without carrying anything over."""

from bezirkspartner.core.markup import KEPT_TEXT_LENGTH, render_markdown


def test_raw_html_is_dropped_and_links_are_marked():
    html = render_markdown("**Gut** <script>alert(1)</script> [Plan](https://example.org)")
    assert "<strong>Gut</strong>" in html and "<script>" not in html
    assert 'rel="nofollow noopener noreferrer"' in html


def test_a_text_does_not_carry_its_link_definitions_into_the_next():
    with_definition = render_markdown("Siehe [Plan].\n\n[Plan]: https://example.org/plan")
    assert 'href="https://example.org/plan"' in with_definition
    assert "href" not in render_markdown("Siehe [Plan] noch einmal.")


def test_long_texts_are_converted_alike():
    text = "- Punkt\n" * (KEPT_TEXT_LENGTH // 8 + 1)
    assert len(text) > KEPT_TEXT_LENGTH
    assert render_markdown(text) == render_markdown(text)
    assert render_markdown(text).count("<li>") == KEPT_TEXT_LENGTH // 8 + 1
