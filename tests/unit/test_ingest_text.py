import json

import pytest

from newsbrief import InputError, summarize
from newsbrief.ingest import date_from_ldc_id, load_documents, parse_story_line
from newsbrief.render import summary_dict


def test_ldc_ids_give_publication_dates() -> None:
    assert date_from_ldc_id("APW19981017.0151") == "1998-10-17"
    assert date_from_ldc_id("NYT_ENG_20050101.0001") == "2005-01-01"
    assert date_from_ldc_id("fox-news") is None
    assert date_from_ldc_id("ABC19981399.0001") is None


def test_lead_baseline_uses_newest_article() -> None:
    story = parse_story_line(
        json.dumps(
            {
                "id": "s",
                "documents": [
                    {"id": "APW19981018.0001", "text": "newer story words."},
                    {"id": "APW19981017.0001", "text": "older story words."},
                ],
            }
        ),
        1,
        "x.jsonl",
    )
    # eval's lead baseline is the lead method: the opening of the newest article
    lead = summarize(story, method="lead", words=3, analysis=False)
    assert lead.text == "newer story words."


def test_json_offsets_point_into_text_as_given() -> None:
    raw = (
        "WASHINGTON (AP) _ The Senate passed the farm bill on Tuesday by a vote of 68-31. "
        "``It is a good day for farmers,'' said Sen. Ann Lee, who wrote the bill.\n\n"
        "The House is expected to pass the farm bill next week, aides said on Tuesday."
    )
    other = (
        "The Senate passed the farm bill on Tuesday, 68-31. The House is expected to pass "
        "the farm bill next week. Sen. Ann Lee wrote the bill."
    )
    summary = summarize([{"id": "w", "text": raw}, {"id": "o", "text": other}], words=60)
    data = summary_dict(summary)
    texts = {"w": raw, "o": other}
    for s in data["sentences"]:
        given = texts[s["article_id"]][s["start"] : s["end"]]
        assert given.replace("``", '"').replace("''", '"') == s["text"]


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("[1, 2]", "must be a JSON object"),
        ('{"documents": []}', "no 'id'"),
        ('{"id": "x"}', "no 'documents' list"),
        ('{"id": "x", "documents": [{"id": "d"}]}', "no 'text' string"),
    ],
)
def test_story_line_errors_name_line(line: str, message: str) -> None:
    with pytest.raises(InputError, match=message) as info:
        parse_story_line(line, 7, "in.jsonl")
    assert info.value.where is not None and info.value.where.startswith("in.jsonl:7")


def test_folder_without_articles(tmp_path) -> None:
    with pytest.raises(InputError, match=r"no \.txt"):
        load_documents([str(tmp_path)])
