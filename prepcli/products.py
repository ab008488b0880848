"""Product names as restrictions compare them. Pure: the store's content query and the per-HCP
rules (``materials.eligible``) both hold a piece back by them, so one spelling rule serves both."""

from __future__ import annotations

import re


def _product_name(name: str) -> str:
    """A product's name as a restriction compares it: "Veltrana®", "Veltrana (zoravetinib)"
    and "VELTRANA" are "veltrana"."""
    plain = re.sub(r"\([^)]*\)|[®™©*]", " ", name)
    return " ".join(plain.casefold().split())


def restricted_piece(products: list[str], restricted: list[str]) -> bool:
    """Whether a piece covers a restricted product, under any spelling that holds its name as
    a word ("Veltrana XR" for "Veltrana"): a restriction that a registered mark or a generic
    in brackets could slip past would offer what must never be promoted."""
    names = [n for n in map(_product_name, restricted) if n]
    if not names:
        return False  # (the common case, asked of every piece on a briefing's path)
    # (a generic in brackets is a name of the product too: restricted "zoravetinib" holds
    # back "Veltrana (zoravetinib)")
    spellings = [
        s
        for p in products
        for s in (_product_name(p), *map(_product_name, re.findall(r"\(([^)]*)\)", p)))
    ]
    return any(re.search(rf"(?<!\w){re.escape(r)}(?!\w)", s) for s in spellings for r in names)
