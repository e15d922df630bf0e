from bezirkspartner.core.typography import quote_de, quote_en


def test_a_quoted_title_is_nested_not_doubled():
    assert quote_de("„Kühle Meile“ Zieglergasse") == "„‚Kühle Meile‘ Zieglergasse“"
    assert quote_de(" Superilla ") == "„Superilla“"
    assert quote_en("“Cool Mile” Zieglergasse") == "“‘Cool Mile’ Zieglergasse”"
    assert "„„" not in quote_de("„Raus aus dem Asphalt“")
