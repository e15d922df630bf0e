from bezirkspartner.core.csv_export import rows_to_csv, safe_cell


def test_formula_cells_are_neutralised():
    assert safe_cell('=HYPERLINK("http://evil")').startswith("'=")
    assert safe_cell("+1").startswith("'")
    assert safe_cell("@SUM(A1)").startswith("'")
    assert safe_cell("-2") == "'-2"
    assert safe_cell(-2) == "-2"
    assert safe_cell("Harburg") == "Harburg"
    assert safe_cell(None) == ""
    assert safe_cell(["a", "b"]) == "a; b"


def test_rows_to_csv_keeps_column_order():
    text = rows_to_csv(["b", "a"], [{"a": 1, "b": "=x"}])
    assert text.splitlines() == ["b,a", "'=x,1"]
