"""Classes of misses from blind29's development half (healthcare agents' tests and mock
records: emcie-co/parlant, promptfoo/promptfoo, grantCelley/RasaTalk, bolt-foundry/gambit,
pipecat-ai/pipecat-flows), in a rep's words; each keep side beside it."""

from __future__ import annotations

import pytest

from prepcli.phi import find_phi


def _found(text: str) -> list[tuple[str, str]]:
    return [(text[s.start : s.end], s.type) for s in find_phi(text)]


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Hub form: MC123789456 (Insurance ID), copay card pending", "MC123789456"),
        ("- `MRN2023003` (Patient ID)", "MRN2023003"),
        ("her number AET456789123 (member ID) was rejected", "AET456789123"),
    ],
)
def test_an_id_before_its_label_in_brackets_goes(text: str, number: str):
    assert (number, "MRN") in _found(text)


@pytest.mark.parametrize(
    "text",
    ["lot AB12345 (batch number) expired", "NDC 12345-678-90 (product code)", "RX456789 (refill)"],
)
def test_a_number_whose_bracketed_label_is_no_persons_stays(text: str):
    assert not [f for f in _found(text) if f[1] == "MRN"]
