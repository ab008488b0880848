"""Build bench/phi_faker_addresses_{dev,held}.jsonl: addresses and phone numbers of every locale
of Faker (joke2k/faker 40.63.0, MIT), the value source behind presidio-research's synthetic
sentences, each in one of a few neutral carrier sentences written here (bench/PHI.md, "Stop 48").

The values are Faker's own (its address and phone providers, externally written per country);
only the carriers are ours. A locale's rows all go to one part, by a hash of its name, so the
held part measures layouts of countries the development part does not show. Locales whose
addresses are mostly in another script are left out (the rules read those by script).

Run (Faker is no dependency of prepcli; a throwaway environment will do):
    python -m venv /tmp/fk && /tmp/fk/bin/pip install faker==40.63.0
    /tmp/fk/bin/python bench/phi_faker_addresses_build.py
"""

from __future__ import annotations

import json
import random
import zlib
from pathlib import Path

from faker import Faker  # type: ignore[import-not-found]
from faker.config import AVAILABLE_LOCALES  # type: ignore[import-not-found]

OUT = Path(__file__).resolve().parent
PER_KIND = 6
CARRIERS = {
    "ADDRESS": [
        "Please send the forms to {v}.",
        "Her home address is {v}",
        "Patient moved to {v} last month.",
        "Mail the card to: {v}",
        "Address: {v}\nPhone on file.",
        "He lives at {v} with his wife.",
    ],
    "PHONE": [
        "Call her back on {v}.",
        "Phone: {v}",
        "Patient's mobile is {v}",
        "Reach the daughter at {v} after 5pm.",
        "tel {v}",
        "You can call me at {v} anytime.",
    ],
}


def main() -> None:
    rows = []
    rng = random.Random(7)
    for locale in AVAILABLE_LOCALES:
        faker = Faker(locale)
        faker.seed_instance(zlib.crc32(locale.encode()))
        part = "dev" if zlib.crc32(("p" + locale).encode()) % 2 == 0 else "held"
        makers = (
            ("ADDRESS", "address"),
            ("ADDRESS", "street_address"),
            ("PHONE", "phone_number"),
        )
        for kind, method in makers:
            for _ in range(PER_KIND):
                try:
                    value = getattr(faker, method)()
                except AttributeError:
                    break  # (a locale without this provider)
                if kind == "ADDRESS" and (
                    not any(c.isascii() and c.isalpha() for c in value)
                    or sum(not c.isascii() for c in value) > len(value) / 3
                ):
                    break  # another script
                carrier = rng.choice(CARRIERS[kind])
                start = carrier.index("{v}")
                rows.append(
                    {
                        "text": carrier.replace("{v}", value),
                        "spans": [{"start": start, "end": start + len(value), "type": kind}],
                        "group": locale,
                        "split": part,
                        "source": {"package": "faker==40.63.0", "locale": locale, "method": method},
                    }
                )
    for part in ("dev", "held"):
        lines = [json.dumps(r, ensure_ascii=False) for r in rows if r["split"] == part]
        (OUT / f"phi_faker_addresses_{part}.jsonl").write_text("\n".join(lines) + "\n", "utf-8")
        print(part, len(lines))


if __name__ == "__main__":
    main()
