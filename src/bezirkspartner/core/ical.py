"""iCalendar (RFC 5545) text helpers shared by the apps that publish calendars."""

from __future__ import annotations

import datetime as dt


def escape(text: str) -> str:
    return (
        text.replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r\n", "\\n")
        .replace("\n", "\\n")
    )


def fold(line: str) -> str:
    """Line folding at 75 octets, never inside a UTF-8 character."""
    data, lines = line.encode("utf-8"), []
    while len(data) > 75:
        cut = 75
        while (data[cut] & 0xC0) == 0x80:
            cut -= 1
        lines.append(data[:cut].decode("utf-8"))
        data = b" " + data[cut:]
    lines.append(data.decode("utf-8"))
    return "\r\n".join(lines)


def utc(value: dt.datetime) -> str:
    return value.astimezone(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
