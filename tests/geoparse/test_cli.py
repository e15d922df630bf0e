import io
import json

from bezirkspartner.cli import main


def test_geoparse_json_from_a_file(tmp_path, capsys):
    path = tmp_path / "doc.txt"
    path.write_text("Ein Austausch mit Lissabon.", encoding="utf-8")
    assert main(["geoparse", str(path)]) == 0
    mentions = json.loads(capsys.readouterr().out)
    assert mentions == [
        {
            "surface": "Lissabon",
            "start": 18,
            "end": 26,
            "type": "city",
            "norm": "Lissabon",
            "lat": mentions[0]["lat"],
            "lon": mentions[0]["lon"],
            "confidence": mentions[0]["confidence"],
        }
    ]
    assert mentions[0]["lat"] is not None


def test_geoparse_jsonl_batch(monkeypatch, capsys):
    lines = '{"id": 7, "text": "Wien"}\n\n{"id": 8, "text": "nichts"}\n'
    monkeypatch.setattr("sys.stdin", io.StringIO(lines))
    assert main(["geoparse", "--jsonl"]) == 0
    out = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [o["id"] for o in out] == [7, 8]
    assert out[0]["mentions"][0]["norm"] == "Wien" and out[1]["mentions"] == []


def test_geoparse_bad_input_is_one_readable_line(monkeypatch, capsys, tmp_path):
    monkeypatch.setattr("sys.stdin", io.StringIO("{broken\n"))
    assert main(["geoparse", "--jsonl"]) == 1
    assert capsys.readouterr().err.strip() == (
        "bezirkspartner: line 1 is not a JSON object with a text"
    )
    assert main(["geoparse", str(tmp_path / "missing.txt")]) == 1
    assert "cannot read" in capsys.readouterr().err
