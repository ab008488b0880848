"""prepcli.ingest.readers: finding input files and turning them into SourceRows."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from prepcli.errors import PrepError
from prepcli.ingest.readers import InputFile, Unreadable, discover, kind_from_name, read_file


def rows_of(path: Path, kind: str, fmt: str) -> list:
    return list(read_file(InputFile(path, kind, fmt)))


def unreadable(path: Path, kind: str, fmt: str) -> Unreadable:
    with pytest.raises(Unreadable) as info:
        rows_of(path, kind, fmt)
    return info.value


# ---- CSV ------------------------------------------------------------------------------------


def test_csv_rows_carry_their_first_line_number_even_after_multiline_cells(tmp_path: Path) -> None:
    path = tmp_path / "interactions.csv"
    path.write_text(
        "interaction_id,notes\n"  # line 1
        'I1,"first line\n'  # line 2
        "second line\n"  # line 3
        'third line"\n'  # line 4
        "I2,short\n"  # line 5
        "\n"  # line 6 (blank, skipped)
        'I3,"a ""quoted"", comma"\n',  # line 7
        encoding="utf-8",
    )
    rows = rows_of(path, "interactions", "csv")
    assert [(r.row, r.data["interaction_id"]) for r in rows] == [(2, "I1"), (5, "I2"), (7, "I3")]
    assert rows[0].data["notes"] == "first line\nsecond line\nthird line"
    assert rows[2].data["notes"] == 'a "quoted", comma'
    assert all(r.file == str(path) and r.kind == "interactions" for r in rows)


def test_csv_crlf_line_endings(tmp_path: Path) -> None:
    path = tmp_path / "hcps.csv"
    path.write_bytes(b"hcp_id,name\r\nH1,Dr. A\r\nH2,Dr. B\r\n")
    rows = rows_of(path, "hcps", "csv")
    assert [(r.row, r.data) for r in rows] == [
        (2, {"hcp_id": "H1", "name": "Dr. A"}),
        (3, {"hcp_id": "H2", "name": "Dr. B"}),
    ]


def test_csv_utf8_bom_is_not_part_of_the_first_column(tmp_path: Path) -> None:
    path = tmp_path / "hcps.csv"
    path.write_bytes("hcp_id,name\nH1,Dr. Zoë Ångström\n".encode("utf-8-sig"))
    (only,) = rows_of(path, "hcps", "csv")
    assert only.data == {"hcp_id": "H1", "name": "Dr. Zoë Ångström"}


def test_csv_header_names_are_stripped_and_short_rows_leave_fields_absent(tmp_path: Path) -> None:
    path = tmp_path / "hcps.csv"
    path.write_text(" hcp_id , name ,city\nH1,Dr. A\n", encoding="utf-8")
    (only,) = rows_of(path, "hcps", "csv")
    assert only.data == {"hcp_id": "H1", "name": "Dr. A"}


def test_csv_with_more_cells_than_columns_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "hcps.csv"
    path.write_text("hcp_id,name\nH1,Dr. A\nH2,Okafor, Amara\n", encoding="utf-8")
    error = unreadable(path, "hcps", "csv")
    assert error.problem.row == 3
    assert "3 cells" in error.problem.message and "2 columns" in error.problem.message


def test_csv_header_only_has_no_rows(tmp_path: Path) -> None:
    path = tmp_path / "hcps.csv"
    path.write_text("hcp_id,name\n", encoding="utf-8")
    assert rows_of(path, "hcps", "csv") == []


def test_csv_with_blank_header_is_empty(tmp_path: Path) -> None:
    path = tmp_path / "hcps.csv"
    path.write_text("\n\n", encoding="utf-8")
    assert "empty" in unreadable(path, "hcps", "csv").problem.message


# ---- JSON and JSON Lines --------------------------------------------------------------------


def test_json_rows_are_indexed_like_the_array(tmp_path: Path) -> None:
    path = tmp_path / "hcps.json"
    path.write_text(json.dumps([{"hcp_id": f"H{i}", "name": "x"} for i in range(4)]))
    rows = rows_of(path, "hcps", "json")
    assert [r.row for r in rows] == ["[0]", "[1]", "[2]", "[3]"]
    assert rows[3].data["hcp_id"] == "H3"


def test_json_single_object_is_one_row(tmp_path: Path) -> None:
    path = tmp_path / "hcps.json"
    path.write_text(json.dumps({"hcp_id": "H1", "name": "x", "products": ["A", "B"]}))
    (only,) = rows_of(path, "hcps", "json")
    assert only.row == "[0]"
    assert only.data["products"] == ["A", "B"]  # JSON values are handed over as they are


def test_json_element_that_is_not_an_object(tmp_path: Path) -> None:
    path = tmp_path / "hcps.json"
    path.write_text('[{"hcp_id": "H1", "name": "x"}, "H2"]')
    with pytest.raises(Unreadable) as info:
        list(read_file(InputFile(path, "hcps", "json")))
    assert info.value.problem.row == "[1]"
    assert "expected an object" in info.value.problem.message


def test_json_scalar_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "hcps.json"
    path.write_text("42")
    assert "array of objects" in unreadable(path, "hcps", "json").problem.message


@pytest.mark.parametrize(
    "text",
    ['[\n{"hcp_id": "H1", "name": "x"},\n', '[\n{"hcp_id": "H1", "name": "x"},\n{"hcp_id": "H2", '],
)
def test_truncated_json_says_so_and_names_the_line(tmp_path: Path, text: str) -> None:
    path = tmp_path / "hcps.json"
    path.write_text(text)
    problem = unreadable(path, "hcps", "json").problem
    assert problem.row == 3
    assert "truncated" in problem.message


def test_json_cut_inside_a_string_is_called_truncated(tmp_path: Path) -> None:
    path = tmp_path / "hcps.json"
    path.write_text('[\n{"hcp_id": "H1", "name": "x"},\n{"hcp_id": "H2", "na')
    problem = unreadable(path, "hcps", "json").problem
    assert problem.row == 3
    assert "truncated" in problem.message


def test_json_with_bom(tmp_path: Path) -> None:
    path = tmp_path / "hcps.json"
    path.write_bytes('[{"hcp_id": "H1", "name": "x"}]'.encode("utf-8-sig"))
    assert len(rows_of(path, "hcps", "json")) == 1


def test_jsonl_rows_carry_line_numbers_and_skip_blank_lines(tmp_path: Path) -> None:
    path = tmp_path / "interactions.jsonl"
    path.write_text('{"interaction_id": "I1"}\n\n   \n{"interaction_id": "I2"}\n')
    rows = rows_of(path, "interactions", "jsonl")
    assert [(r.row, r.data["interaction_id"]) for r in rows] == [(1, "I1"), (4, "I2")]


def test_jsonl_bad_line_names_its_line(tmp_path: Path) -> None:
    path = tmp_path / "interactions.jsonl"
    path.write_text('{"interaction_id": "I1"}\n{"interaction_id": \n')
    rows = read_file(InputFile(path, "interactions", "jsonl"))
    assert next(rows).row == 1
    with pytest.raises(Unreadable) as info:
        next(rows)
    assert info.value.problem.row == 2
    assert "not valid JSON" in info.value.problem.message


def test_jsonl_line_that_is_not_an_object(tmp_path: Path) -> None:
    path = tmp_path / "interactions.jsonl"
    path.write_text('{"interaction_id": "I1"}\n[1, 2]\n')
    problem = unreadable(path, "interactions", "jsonl").problem
    assert problem.row == 2 and "expected an object" in problem.message


def test_empty_file_is_unreadable(tmp_path: Path) -> None:
    for name, fmt in (("hcps.csv", "csv"), ("hcps.json", "json"), ("hcps.jsonl", "jsonl")):
        path = tmp_path / name
        path.write_bytes(b"")
        assert "empty" in unreadable(path, "hcps", fmt).problem.message


def test_non_utf8_bytes_are_unreadable_and_name_the_file(tmp_path: Path) -> None:
    path = tmp_path / "hcps.csv"
    path.write_bytes(b"hcp_id,name\nH1,Dr. Jos\xe9\n")
    problem = unreadable(path, "hcps", "csv").problem
    assert problem.file == str(path)
    assert "UTF-8" in problem.message and "0xe9" in problem.message


@pytest.mark.parametrize(
    ("name", "kind", "fmt", "data"),
    [
        ("hcps.csv", "hcps", "csv", b"hcp_id,name\nH1,Dr. A\nH2,Dr. Jos\xe9\n"),
        ("i.jsonl", "interactions", "jsonl", b'{"a": "x"}\n{"a": "y"}\n{"a": "Jos\xe9"}\n'),
        ("hcps.json", "hcps", "json", b'[\n{"hcp_id": "H1"},\n{"hcp_id": "Jos\xe9"}\n]\n'),
        ("C1.md", "content", "markdown", b"---\ncontent_id: C1\n---\nBody \xe9\n"),
    ],
)
def test_non_utf8_bytes_name_their_line(
    tmp_path: Path, name: str, kind: str, fmt: str, data: bytes
) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    problem = unreadable(path, kind, fmt).problem
    assert problem.row == (4 if fmt == "markdown" else 3)  # the line the bad byte is on
    assert "UTF-8" in problem.message


@pytest.mark.parametrize(
    "body",
    [
        # a quote never closed: every row after it read into the cell, to the end of the file
        'Q-1,H1,2025-04-01,"Pt called about Veltrana\nQ-2,H1,2025-04-02,second row\n'
        "Q-3,H1,2025-04-03,third row\n",
        # closed only by a later row's quote: the rows between vanish
        'Q-1,H1,2025-04-01,"Pt called\nQ-2,H1,2025-04-02,second row\nQ-3,H1,2025-04-03,"third"\n',
    ],
)
def test_a_quote_left_open_is_refused_not_left_to_swallow_rows(tmp_path: Path, body: str) -> None:
    """Found by an audit: such a file loaded with exit code 0, and the rows after the quote were
    lost into one note (native CSV, Veeva exports and mapped CSV alike)."""
    path = tmp_path / "interactions.csv"
    path.write_text("interaction_id,hcp_id,date,notes\n" + body, encoding="utf-8")
    problem = unreadable(path, "interactions", "csv").problem
    assert (problem.row, problem.field) == (2, "notes")
    assert "not closed" in problem.message and "Q-2,H1" in problem.message


@pytest.mark.parametrize(
    "note",
    [
        "Asked about dosing,\nrenal, hepatic",
        # found in review: a sentence with a comma for every column is prose, not a row
        "Met Dr. Lee.\nShe asked about dosing, titration, renal, hepatic, storage.",
    ],
)
def test_a_note_over_several_lines_with_commas_still_reads(tmp_path: Path, note: str) -> None:
    path = tmp_path / "interactions.csv"
    path.write_text(
        f'interaction_id,hcp_id,date,notes\nQ-1,H1,2025-04-01,"{note}"\n', encoding="utf-8"
    )
    (only,) = rows_of(path, "interactions", "csv")
    assert only.data["notes"] == note


def test_front_matter_merge_keys_read_and_a_list_as_key_is_a_file_error(tmp_path: Path) -> None:
    """Found in review: the duplicate-key check came before YAML's merge keys, and a key no
    set can hold raised a TypeError (a traceback) instead of a file error."""
    path = tmp_path / "C1.md"
    path.write_text(
        "---\nbase: &b {audience: commercial}\ncontent_id: C1\n<<: *b\n---\nBody.\n",
        encoding="utf-8",
    )
    (only,) = rows_of(path, "content", "markdown")
    assert only.data["audience"] == "commercial"
    path.write_text("---\n? [a, b]\n: 1\n---\nBody.\n", encoding="utf-8")
    assert "not valid YAML" in unreadable(path, "content", "markdown").problem.message


def test_a_column_with_no_name_is_named_by_its_place(tmp_path: Path) -> None:
    """Found by an audit: its values were kept under the key "" and reported as a blank name,
    and a second such column overwrote the first."""
    path = tmp_path / "hcps.csv"
    path.write_text("hcp_id,name,,,\nH1,Dr. A,x,y,\nH2,Dr. B,,,\n", encoding="utf-8")
    first, second = rows_of(path, "hcps", "csv")
    assert first.data == {"hcp_id": "H1", "name": "Dr. A", "column 3": "x", "column 4": "y"}
    assert second.data == {"hcp_id": "H2", "name": "Dr. B"}


@pytest.mark.parametrize(
    ("file", "fmt", "text"),
    [
        ("hcps.csv", "csv", "hcp_id,name\nH1,Dr. A\n"),
        ("interactions.jsonl", "jsonl", '{"interaction_id": "I1"}\n'),
        ("interactions.json", "json", '[{"interaction_id": "I1"}]\n'),
    ],
)
def test_utf16_without_its_byte_order_mark_is_named_as_such(
    tmp_path: Path, file: str, fmt: str, text: str
) -> None:
    """Found by an audit: such a file is valid UTF-8 (letters between NUL bytes), so it was
    read and every row reported as missing its required fields."""
    path = tmp_path / file
    path.write_bytes(text.encode("utf-16-le"))
    problem = unreadable(path, file.split(".")[0], fmt).problem
    assert problem.row == 1 and "UTF-16" in problem.message


def test_csv_crlf_with_multiline_cells_keeps_line_numbers(tmp_path: Path) -> None:
    path = tmp_path / "interactions.csv"
    path.write_bytes(b'interaction_id,notes\r\nI1,"one\r\ntwo"\r\nI2,three\r\n')
    rows = rows_of(path, "interactions", "csv")
    assert [(r.row, r.data["interaction_id"]) for r in rows] == [(2, "I1"), (4, "I2")]
    assert rows[1].data["notes"] == "three"


# ---- markdown front matter ------------------------------------------------------------------


def test_an_impossible_front_matter_date_reaches_its_fields_check(tmp_path: Path) -> None:
    """Found by an audit: YAML read "expires_on: 2026-11-31" as a date and raised in the YAML
    library, a traceback and exit code 1 instead of a file:field error and exit code 2."""
    path = tmp_path / "C1.md"
    path.write_text("---\ncontent_id: C1\nexpires_on: 2026-11-31\n---\nBody.\n", encoding="utf-8")
    (only,) = rows_of(path, "content", "markdown")
    assert only.data["expires_on"] == "2026-11-31"


def test_a_front_matter_key_given_twice_is_refused(tmp_path: Path) -> None:
    """As a CSV column or a JSON key given twice: the last "audience:" would silently win."""
    path = tmp_path / "C1.md"
    path.write_text(
        "---\ncontent_id: C1\naudience: medical\naudience: commercial\n---\nBody.\n",
        encoding="utf-8",
    )
    problem = unreadable(path, "content", "markdown").problem
    assert problem.field == "audience" and "twice" in problem.message


def test_markdown_front_matter_and_body(tmp_path: Path) -> None:
    path = tmp_path / "C1.md"
    path.write_text(
        "---\ncontent_id: C1\ntitle: Guide\napproved_on: 2026-01-15\nproducts: [A, B]\n---\n\n"
        "# Heading\n\nBody text.\n",
        encoding="utf-8",
    )
    (only,) = rows_of(path, "content", "markdown")
    assert only.row is None  # the file is the record
    assert only.data["content_id"] == "C1"
    # dates arrive as written, for the field's own check to read and name
    assert only.data["approved_on"] == "2026-01-15"
    assert only.data["products"] == ["A", "B"]
    assert only.data["body"] == "# Heading\n\nBody text."


def test_markdown_body_field_in_front_matter_wins(tmp_path: Path) -> None:
    path = tmp_path / "C1.md"
    path.write_text("---\ncontent_id: C1\nbody: From the front matter\n---\nIgnored body\n")
    (only,) = rows_of(path, "content", "markdown")
    assert only.data["body"] == "From the front matter"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("# Just a heading\n", "no front matter"),
        ("---\ncontent_id: C1\nno closing line\n", "not closed"),
        ("---\n- a\n- b\n---\nbody\n", "mapping"),
        ("---\ntitle: [unclosed\n---\nbody\n", "not valid YAML"),
    ],
)
def test_markdown_front_matter_problems(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "C1.md"
    path.write_text(text)
    assert message in unreadable(path, "content", "markdown").problem.message


def test_markdown_with_bom(tmp_path: Path) -> None:
    path = tmp_path / "C1.md"
    path.write_bytes("---\ncontent_id: C1\n---\nBody\n".encode("utf-8-sig"))
    (only,) = rows_of(path, "content", "markdown")
    assert only.data["content_id"] == "C1"


# ---- kinds and discovery --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("hcps.csv", "hcps"),
        ("hcps_2026-11.csv", "hcps"),
        ("HCPS.JSON", "hcps"),
        ("interactions.jsonl", "interactions"),
        ("interactions-q3.ndjson", "interactions"),
        ("content.json", "content"),
        ("accounts.csv", None),
        ("calls.jsonl", None),
    ],
)
def test_kind_from_file_name(name: str, kind: str | None) -> None:
    assert kind_from_name(Path(name)) == kind


def test_discover_a_folder(tiny_data: Path) -> None:
    (tiny_data / "README.md").write_text("# About this export\n")
    (tiny_data / "notes.txt").write_text("not data\n")
    (tiny_data / ".hidden.csv").write_text("hcp_id,name\n")
    (tiny_data / "accounts.csv").write_text("hcp_id,name\n")
    found, ignored = discover([tiny_data])
    assert [(f.path.relative_to(tiny_data).as_posix(), f.kind, f.fmt) for f in found] == [
        ("hcps.csv", "hcps", "csv"),
        ("content/C001.md", "content", "markdown"),
        ("content/C002.md", "content", "markdown"),
        ("interactions.jsonl", "interactions", "jsonl"),
    ]
    assert sorted(p.name for p in ignored) == [
        ".hidden.csv",
        "README.md",
        "accounts.csv",
        "notes.txt",
    ]


def test_discover_orders_hcps_before_content_before_interactions(tmp_path: Path) -> None:
    for name in ("interactions.jsonl", "content.json", "hcps.csv"):
        (tmp_path / name).write_text("x")
    found, _ = discover(
        [tmp_path / "interactions.jsonl", tmp_path / "content.json", tmp_path / "hcps.csv"]
    )
    assert [f.kind for f in found] == ["hcps", "content", "interactions"]


def test_discover_the_content_folder_itself(tiny_data: Path) -> None:
    found, ignored = discover([tiny_data / "content"])
    assert [f.kind for f in found] == ["content", "content"] and ignored == []


def test_discover_a_single_markdown_file_in_a_content_folder(tiny_data: Path) -> None:
    found, _ = discover([tiny_data / "content" / "C001.md"])
    assert [(f.kind, f.fmt) for f in found] == [("content", "markdown")]


def test_kind_option_names_what_file_names_do_not(tmp_path: Path) -> None:
    path = tmp_path / "accounts.csv"
    path.write_text("hcp_id,name\nH1,x\n")
    with pytest.raises(PrepError, match="cannot tell what this file holds") as info:
        discover([path])
    assert "--kind" in (info.value.hint or "")
    found, _ = discover([path], kind="hcps")
    assert [(f.kind, f.fmt) for f in found] == [("hcps", "csv")]


def test_kind_option_applies_to_a_folder(tmp_path: Path) -> None:
    (tmp_path / "export1.csv").write_text("x")
    (tmp_path / "export2.json").write_text("x")
    (tmp_path / "about.md").write_text("x")
    found, ignored = discover([tmp_path], kind="interactions")
    assert [(f.path.name, f.kind) for f in found] == [
        ("export1.csv", "interactions"),
        ("export2.json", "interactions"),
    ]
    assert [p.name for p in ignored] == ["about.md"]  # markdown is content only


def test_markdown_outside_a_content_folder_needs_kind_content(tmp_path: Path) -> None:
    path = tmp_path / "piece.md"
    path.write_text("---\ncontent_id: C1\n---\nBody\n")
    with pytest.raises(PrepError):
        discover([path])
    found, _ = discover([path], kind="content")
    assert [f.kind for f in found] == ["content"]


def test_missing_path_is_a_user_error(tmp_path: Path) -> None:
    with pytest.raises(PrepError, match="no such file or folder"):
        discover([tmp_path / "nope.csv"])
