"""One table layout for the DOCX exports (dossiers, partnership reports): bold header row,
grid lines, numbers aligned right."""

from __future__ import annotations


def docx_table(document, header: list[str], rows: list[list], numeric: set[int] = frozenset()):
    table = document.add_table(rows=1, cols=len(header))
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, header, strict=True):
        cell.text = text
        for run in cell.paragraphs[0].runs:
            run.bold = True
    for row in rows:
        cells = table.add_row().cells
        for index, (cell, text) in enumerate(zip(cells, row, strict=True)):
            cell.text = str(text)
            if index in numeric:
                cell.paragraphs[0].alignment = 2  # right
    return table
