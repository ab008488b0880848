"""What a briefing says, end to end on small stores: since-last-visit points in every format,
long lists capped and summarised."""

from __future__ import annotations

import json

from prepcli.cli import app


def test_since_last_visit_shows_key_points_capped_and_summarised(runner, tiny_data):
    extra = [
        {
            "interaction_id": f"E{n:03d}",
            "hcp_id": "H001",
            "date": f"2026-10-{10 + n:02d}",
            "channel": "email" if n % 3 else "phone",
            "function": "commercial",
            "subject": f"Touchpoint {n}",
            "notes": f"Good call overall. BlueHarbor denied PA number {n} for Veltrana.",
            "products": ["Veltrana"],
        }
        for n in range(12)
    ]
    path = tiny_data / "interactions.jsonl"
    path.write_text(path.read_text() + "".join(json.dumps(r) + "\n" for r in extra))
    assert runner.invoke(app, ["ingest", str(tiny_data)]).exit_code == 0
    args = ["prep", "H001", "--as-of", "2026-11-23"]
    data = json.loads(runner.invoke(app, [*args, "-f", "json"]).stdout)
    assert len(data["since_last_visit"]) == 8
    assert data["since_more"] == "and 5 earlier: 3 emails, 2 phone calls"
    newest = data["since_last_visit"][0]
    assert newest["points"] == ["BlueHarbor denied PA number 11 for Veltrana."]
    md = runner.invoke(app, [*args, "-f", "markdown"]).stdout
    assert "Touchpoint 11: BlueHarbor denied PA number 11 for Veltrana." in md
    assert "- and 5 earlier: 3 emails, 2 phone calls" in md
    terminal = runner.invoke(app, [*args, "-f", "terminal"]).stdout
    assert "BlueHarbor denied PA number 11 for Veltrana." in terminal
    assert "and 5 earlier" in terminal
