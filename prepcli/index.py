"""Passages, vectors and search.

- Chunking: each interaction and content piece becomes sentence-aware passages of roughly
  100-200 tokens that remember their source row.
- Vectors live in SQLite as float32 blobs keyed by passage, with the model id and the passage's
  text hash, so only new or changed text is ever embedded again.
- FAISS indexes (one per visibility, so a rep's search never even scores medical text) are
  derived files beside the store, stamped with a fingerprint and rebuilt whenever they are
  missing, stale or unreadable.
- Search fuses SQLite FTS5 (BM25, its query widened by the field vocabulary) and dense
  retrieval by their scores (see fusion.py).

faiss is imported lazily: ``prep`` without ``--topic`` never needs it.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
from collections.abc import Callable, Collection, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from prepcli import store
from prepcli.embed import DIM, Embedder, embed_in_chunks
from prepcli.errors import PrepError
from prepcli.fusion import Fusion, Ranked, fuse, rrf
from prepcli.store import Reader
from prepcli.text import split_sentences
from prepcli.vocabulary import Vocabulary, expansions

if TYPE_CHECKING:
    import sqlite_utils

TARGET_WORDS = 110  # ~150 tokens for MiniLM's word-piece tokenizer
MAX_WORDS = 150
PROFILE_HALF_LIFE_DAYS = 180
KEY_SENTENCES = 2
# Passages embedded and committed together. Each slice's texts, its sentences' vectors and its
# rows are held at once: 512 keeps a 50 MB ingest ~35 MB lower than 2,048 did, at no cost in
# speed (the model encodes 16 at a time either way).
SLICE = 512
FUSION = Fusion()

# ---- chunking -------------------------------------------------------------------------------


def chunk(text: str, target: int = TARGET_WORDS, limit: int = MAX_WORDS) -> list[str]:
    """Greedy sentence packing; a sentence longer than ``limit`` words is cut at word bounds."""
    pieces: list[str] = []
    for sentence in split_sentences(text):
        words = sentence.split()
        while len(words) > limit:
            pieces.append(" ".join(words[:limit]))
            words = words[limit:]
        pieces.append(" ".join(words))
    chunks: list[str] = []
    current: list[str] = []
    count = 0
    for piece in pieces:
        n = len(piece.split())
        if current and count + n > target:
            chunks.append(" ".join(current))
            current, count = [], 0
        current.append(piece)
        count += n
    if current:
        chunks.append(" ".join(current))
    return chunks


def _hash(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


def passages_for(kind: str, row: dict[str, Any]) -> list[dict[str, Any]]:
    """The passages of one stored row (as ``store.to_row`` wrote it)."""
    if kind == "hcps":
        return []
    if kind == "interactions":
        source_id, hcp_id, visibility = row["interaction_id"], row["hcp_id"], row["function"]
        subject = (row.get("subject") or "").strip()
        notes = (row.get("notes") or "").strip()
        lead = f"{subject}. {notes}" if subject and notes else subject or notes
        fields = [("notes", chunk(lead))]
        if row.get("follow_up"):
            fields.append(("follow_up", [str(row["follow_up"]).strip()]))
    else:
        source_id, hcp_id, visibility = row["content_id"], None, row["audience"]
        title = row.get("title") or ""
        # The title rides along with every chunk: a body passage alone rarely says its subject.
        fields = [("body", [f"{title}: {c}" for c in chunk(row.get("body") or "")] or [title])]
    passages = []
    for name, texts in fields:
        for seq, text in enumerate(texts):
            passages.append(
                {
                    "passage_id": f"{kind}:{source_id}:{name}:{seq}",
                    "source_kind": kind,
                    "source_id": source_id,
                    "hcp_id": hcp_id,
                    "visibility": visibility,
                    "field": name,
                    "seq": seq,
                    "text": text,
                    "text_hash": _hash(text),
                }
            )
    return passages


# ---- vectors --------------------------------------------------------------------------------


def to_blob(vector: np.ndarray) -> bytes:
    return np.asarray(vector, dtype=np.float32).tobytes()


def from_blobs(blobs: list[bytes]) -> np.ndarray:
    if not blobs:
        return np.zeros((0, 0), dtype=np.float32)
    return np.frombuffer(b"".join(blobs), dtype=np.float32).reshape(len(blobs), -1)


@dataclass
class EmbedReport:
    embedded: int = 0
    removed: int = 0
    model_changed: bool = False
    previous_model: str | None = None
    profiles: int = 0
    highlights: int = 0


# Set while a forced re-embedding (`prepcli reindex`) runs: one that was interrupted is finished
# by the next run, forced or not.
REEMBED_KEY = "reembedding"


def embed_pending(
    db: sqlite_utils.Database,
    embedder: Embedder,
    *,
    force: bool = False,
    progress: Callable[[str, int, int], None] | None = None,
) -> EmbedReport:
    """Embed passages with no vector for this model and text; drop vectors of gone passages;
    choose key sentences of the notes embedded, from the same forward pass.

    A different model than the one the store was embedded with invalidates every vector.
    ``force`` embeds every passage again with the same model, replacing each vector as its
    slice is done: a run killed halfway leaves every passage a usable vector, and the next run
    finishes it."""
    report = EmbedReport()
    model_id = embedder.model_id
    previous = store.get_meta(db, "model_id")
    with store.write_transaction(db):
        if previous is not None and previous != model_id:
            report.model_changed = True
            report.previous_model = previous
            for table in ("embeddings", "profiles", "highlights"):
                db.execute(f"DELETE FROM {table}")
            _bump_generation(db)
        elif force:
            store.set_meta(db, REEMBED_KEY, "1")
        again = store.get_meta(db, REEMBED_KEY) is not None
        report.removed = db.execute(
            "DELETE FROM embeddings WHERE passage_id NOT IN (SELECT passage_id FROM passages)"
        ).rowcount
        store.set_meta(db, "model_id", model_id)
    # Ids only up front; texts and vectors are fetched and written a slice at a time, so a
    # large ingest never holds every passage or vector in memory at once. Sorted ids keep each
    # row's passages together, so a slice holds whole notes.
    pending = sorted(
        r[0]
        for r in db.execute(
            """SELECT p.passage_id FROM passages p
           LEFT JOIN embeddings e ON e.passage_id = p.passage_id
           WHERE ? OR e.passage_id IS NULL OR e.text_hash != p.text_hash OR e.model_id != ?""",
            [again, model_id],
        )
    )
    total = len(pending)
    done = 0

    def tick(n: int) -> None:
        nonlocal done
        done += n
        if progress:
            progress("passages", done, total)

    for ids in _whole_source_slices(pending, SLICE):
        part = db.execute(
            f"SELECT passage_id, text, text_hash, source_kind, source_id, field FROM passages "
            f"WHERE passage_id IN ({','.join('?' * len(ids))}) "
            "ORDER BY source_kind, source_id, field, seq",
            ids,
        ).fetchall()
        notes = _notes_needing_highlights(
            db,
            model_id,
            [sid for _, _, _, kind, sid, _ in part if kind == "interactions"],
            everyone=again,
        )
        plan = _HighlightPlan(notes, [(sid, name, text) for _, text, _, _, sid, name in part])
        vectors, pooled = embed_in_chunks(
            embedder, [t for _, t, _, _, _, _ in part], plan.spans, progress=tick
        )
        rows = [
            {"passage_id": pid, "model_id": model_id, "text_hash": th, "vector": to_blob(v)}
            for (pid, _, th, _, _, _), v in zip(part, vectors, strict=True)
        ]
        chosen = plan.highlights(pooled, model_id)
        # Each slice commits: an interrupted run keeps what it finished and resumes next time.
        with store.write_transaction(db):
            db.table("embeddings").upsert_all(rows, pk="passage_id")
            if chosen:
                db.table("highlights").upsert_all(chosen, pk="interaction_id")
            _bump_generation(db)
        report.highlights += len(chosen)
    report.embedded = total
    if again:
        with store.write_transaction(db):
            db.execute("DELETE FROM meta WHERE key = ?", [REEMBED_KEY])
    if report.removed and not total:
        with store.write_transaction(db):
            _bump_generation(db)
    report.highlights += update_highlights(db, embedder, progress=progress)
    report.profiles = update_profiles(db, model_id)
    return report


def _whole_source_slices(ids: list[str], size: int) -> Iterator[list[str]]:
    """Slices of about ``size`` sorted passage ids that never split one row's passages."""
    start = 0
    while start < len(ids):
        end = min(start + size, len(ids))
        while end < len(ids) and _source_of(ids[end]) == _source_of(ids[end - 1]):
            end += 1
        yield ids[start:end]
        start = end


def _source_of(passage_id: str) -> str:
    return passage_id.rsplit(":", 2)[0]


def _bump_generation(db: sqlite_utils.Database) -> None:
    current = int(store.get_meta(db, "vector_generation") or 0)
    store.set_meta(db, "vector_generation", str(current + 1))


# ---- key sentences --------------------------------------------------------------------------


def central_sentences(vectors: np.ndarray, k: int = KEY_SENTENCES) -> list[int]:
    """Indices (in text order) of the ``k`` sentences closest to the note's mean meaning:
    the ones that carry its point, rather than the greeting it opens with."""
    if len(vectors) <= k:
        return list(range(len(vectors)))
    centre = vectors.mean(axis=0)
    scores = vectors @ centre
    return sorted(np.argsort(-scores)[:k].tolist())


def _notes_needing_highlights(
    db: Reader, model_id: str, interaction_ids: list[str], *, everyone: bool = False
) -> list[tuple[str, str, str]]:
    """(id, notes, row hash) of the given interactions whose key sentences are missing or
    stale, or of all of them with notes (``everyone``: a forced re-embedding)."""
    sql = """SELECT i.interaction_id, i.notes, i.row_hash FROM interactions i
             LEFT JOIN highlights h ON h.interaction_id = i.interaction_id
             WHERE i.notes IS NOT NULL AND (? OR h.interaction_id IS NULL OR h.model_id != ?
                   OR h.text_hash != i.row_hash)"""
    wanted = list(dict.fromkeys(interaction_ids))
    out: list[tuple[str, str, str]] = []
    for start in range(0, len(wanted), 500):
        chunk = wanted[start : start + 500]
        marks = ",".join("?" * len(chunk))
        out.extend(
            db.execute(
                f"{sql} AND i.interaction_id IN ({marks})", [everyone, model_id, *chunk]
            ).fetchall()
        )
    return out


def find_sentences(texts: list[str], sentences: list[str]) -> list[tuple[int, int, int]] | None:
    """Where each sentence sits, in order, in a note's passages: (passage, start, end). None when
    one is not there whole (a very long sentence is cut across passages)."""
    out = []
    passage, pos = 0, 0
    for sentence in sentences:
        needle = " ".join(sentence.split())
        while passage < len(texts):
            at = texts[passage].find(needle, pos)
            if at >= 0:
                out.append((passage, at, at + len(needle)))
                pos = at + len(needle)
                break
            passage, pos = passage + 1, 0
        else:
            return None
    return out


class _HighlightPlan:
    """Which character spans of which passages are a note's sentences, so the passage's forward
    pass also yields its sentences' vectors (key sentences used to cost a forward pass each)."""

    def __init__(
        self, notes: list[tuple[str, str, str]], passages: list[tuple[str, str, str]]
    ) -> None:
        self.spans: list[list[tuple[int, int]]] = [[] for _ in passages]
        self.notes = notes
        self.sentences: dict[str, list[str]] = {}
        # Per note: for each sentence, (row in ``passages``, index into that row's spans).
        self.where: dict[str, list[tuple[int, int]]] = {}
        rows: dict[str, list[int]] = {}
        for row, (source_id, name, _) in enumerate(passages):
            if name == "notes":
                rows.setdefault(source_id, []).append(row)
        for iid, text, _ in notes:
            sentences = split_sentences(text)
            self.sentences[iid] = sentences
            if len(sentences) <= KEY_SENTENCES or iid not in rows:
                continue
            found = find_sentences([passages[r][2] for r in rows[iid]], sentences)
            if found is None:
                continue
            places = []
            for passage, a, b in found:
                row = rows[iid][passage]
                places.append((row, len(self.spans[row])))
                self.spans[row].append((a, b))
            self.where[iid] = places

    def highlights(self, pooled: list[np.ndarray], model_id: str) -> list[dict[str, Any]]:
        """Key sentences of every note this plan could serve; the rest are left to
        ``update_highlights``."""
        out = []
        for iid, _, row_hash in self.notes:
            sentences = self.sentences[iid]
            if len(sentences) > KEY_SENTENCES:
                if iid not in self.where:
                    continue
                vectors = np.stack([pooled[row][n] for row, n in self.where[iid]])
                if not np.linalg.norm(vectors, axis=1).all():
                    continue  # a sentence past the model's token limit has no vector
                sentences = [sentences[i] for i in central_sentences(vectors)]
            out.append(_highlight_row(iid, model_id, row_hash, sentences))
        return out


def _highlight_row(iid: str, model_id: str, row_hash: str, sentences: list[str]) -> dict[str, Any]:
    return {
        "interaction_id": iid,
        "model_id": model_id,
        "text_hash": row_hash,
        "sentences": json.dumps(sentences, ensure_ascii=False),
    }


def update_highlights(
    db: sqlite_utils.Database,
    embedder: Embedder,
    *,
    progress: Callable[[str, int, int], None] | None = None,
) -> int:
    """Key sentences the passage pass did not choose: a row changed but not its notes (so its
    passages were not embedded again). Their passages are embedded once more for them."""
    model_id = embedder.model_id
    pending = [
        r[0]
        for r in db.execute(
            """SELECT i.interaction_id FROM interactions i
           LEFT JOIN highlights h ON h.interaction_id = i.interaction_id
           WHERE i.notes IS NOT NULL AND (h.interaction_id IS NULL OR h.model_id != ?
                 OR h.text_hash != i.row_hash)""",
            [model_id],
        )
    ]
    done = 0
    for start in range(0, len(pending), SLICE // 2):
        ids = pending[start : start + SLICE // 2]
        notes = _notes_needing_highlights(db, model_id, ids)
        marks = ",".join("?" * len(ids))
        # The notes' passages again, so the choice is the one the passage pass would make.
        passages = db.execute(
            f"""SELECT source_id, field, text FROM passages
                WHERE source_kind = 'interactions' AND field = 'notes'
                  AND source_id IN ({marks}) ORDER BY source_id, seq""",
            ids,
        ).fetchall()
        plan = _HighlightPlan(notes, passages)
        _, pooled = embed_in_chunks(embedder, [text for _, _, text in passages], plan.spans)
        out = plan.highlights(pooled, model_id)
        chosen = {row["interaction_id"] for row in out}
        # A sentence cut across passages or past the token limit: the note's opening sentences.
        out += [
            _highlight_row(iid, model_id, row_hash, plan.sentences[iid][:KEY_SENTENCES])
            for iid, _, row_hash in notes
            if iid not in chosen
        ]
        with store.write_transaction(db):
            db.table("highlights").upsert_all(out, pk="interaction_id")
        done += len(ids)
        if progress:
            progress("key sentences", done, len(pending))
    return len(pending)


# ---- interest profiles ----------------------------------------------------------------------


def recency_weights(dates: list[str], newest: str, half_life: float) -> np.ndarray:
    ref = date.fromisoformat(newest[:10])
    ages = [(ref - date.fromisoformat(d[:10])).days for d in dates]
    return np.array([0.5 ** (max(a, 0) / half_life) for a in ages], dtype=np.float32)


def weighted_sum(
    vectors: np.ndarray, dates: list[str], newest: str, half_life: float
) -> np.ndarray:
    """Recency-weighted sum of interaction vectors (normalise the total for the profile)."""
    return (vectors * recency_weights(dates, newest, half_life)[:, None]).sum(axis=0)


def update_profiles(db: sqlite_utils.Database, model_id: str) -> int:
    """Rebuild each HCP's interest vector per role from what that role may see. A rep's
    profile never includes medical records, or medical knowledge would steer rep suggestions.
    Vectors are summed a batch at a time: one HCP can have tens of thousands of passages."""
    rows = []
    hcp_ids = [r[0] for r in db.execute("SELECT hcp_id FROM hcps ORDER BY hcp_id")]
    for role in ("rep", "msl"):
        functions = store.visible_functions(role)
        marks = ",".join("?" * len(functions))
        where = f"""FROM passages p
                  JOIN interactions i ON i.interaction_id = p.source_id
                  JOIN embeddings e ON e.passage_id = p.passage_id
                  WHERE p.source_kind = 'interactions' AND p.hcp_id = ?
                    AND i.function IN ({marks}) AND e.model_id = ?"""
        for hcp_id in hcp_ids:
            params = [hcp_id, *functions, model_id]
            newest, count = db.execute(f"SELECT MAX(i.date), COUNT(*) {where}", params).fetchone()
            if not count:
                continue
            cursor = db.execute(f"SELECT i.date, e.vector {where}", params)
            total = None
            while batch := cursor.fetchmany(4096):
                part = weighted_sum(
                    from_blobs([b for _, b in batch]),
                    [d for d, _ in batch],
                    newest,
                    PROFILE_HALF_LIFE_DAYS,
                )
                total = part if total is None else total + part
            assert total is not None
            norm = float(np.linalg.norm(total))
            rows.append(
                {
                    "hcp_id": hcp_id,
                    "role": role,
                    "model_id": model_id,
                    "vector": to_blob(total / norm if norm else total),
                    "n_sources": count,
                }
            )
    with store.write_transaction(db):
        db.execute("DELETE FROM profiles")
        if rows:
            db.table("profiles").insert_all(rows)
        store.set_meta(db, PROFILES_KEY, store.get_meta(db, "vector_generation") or "0")
    return len(rows)


PROFILES_KEY = "profiles_generation"  # the vector generation the profiles were built from


def pending_key_sentences(db: sqlite_utils.Database) -> int:
    """Notes whose key sentences are missing or older than the note (chosen at ingest)."""
    model_id = store.get_meta(db, "model_id")
    if model_id is None:
        return 0
    return int(
        db.execute(
            """SELECT COUNT(*) FROM interactions i
               LEFT JOIN highlights h ON h.interaction_id = i.interaction_id
               WHERE i.notes IS NOT NULL AND (h.interaction_id IS NULL OR h.model_id != ?
                     OR h.text_hash != i.row_hash)""",
            [model_id],
        ).fetchone()[0]
    )


def profiles_current(db: sqlite_utils.Database) -> bool:
    """Whether the interest profiles were built from the vectors now stored (a store made
    before this was recorded counts as current)."""
    built = store.get_meta(db, PROFILES_KEY)
    return built is None or built == (store.get_meta(db, "vector_generation") or "0")


# ---- FAISS ----------------------------------------------------------------------------------

VISIBILITIES = ("commercial", "medical")


def index_dir(db_path: Path) -> Path:
    """Beside the real store file, so a store reached through a symlink has one index, not one
    beside each of its names (which erasure would have to find)."""
    real = db_path.resolve()
    return real.with_name(real.name + ".index")


def wipe_index_files(db_path: Path) -> None:
    """Overwrite with zeros and delete every derived index file: beside the real store file,
    and beside the name it was opened by (older versions put the index there for a symlinked
    store). Erasure rebuilds them without the erased records."""
    for folder in {index_dir(db_path), db_path.with_name(db_path.name + ".index")}:
        if not folder.is_dir():
            continue
        for path in folder.iterdir():
            if path.is_dir() and not path.is_symlink():
                shutil.rmtree(path)  # not ours: nothing prepcli writes is a folder here
                continue
            if path.is_file() and not path.is_symlink():
                size = path.stat().st_size
                with path.open("r+b") as f:
                    f.write(bytes(size))
                    f.flush()
                    os.fsync(f.fileno())
            path.unlink()
        folder.rmdir()


def fingerprint(db: Reader) -> str:
    """What the FAISS files must match: the model and the vector generation, which every write
    to ``embeddings`` bumps. (Counting the vectors too would read all of them on every search.)"""
    model = store.get_meta(db, "model_id") or ""
    generation = store.get_meta(db, "vector_generation") or "0"
    return f"{model}|{generation}"


@dataclass
class DenseIndex:
    """One FAISS inner-product index per visibility, with passage ids by position."""

    indexes: dict[str, Any] = field(default_factory=dict)
    ids: dict[str, list[str]] = field(default_factory=dict)

    def search(self, visibility: str, query: np.ndarray, k: int) -> list[tuple[str, float]]:
        index = self.indexes.get(visibility)
        if index is None or index.ntotal == 0:
            return []
        scores, positions = index.search(query.reshape(1, -1).astype(np.float32), k)
        ids = self.ids[visibility]
        return [(ids[p], float(s)) for p, s in zip(positions[0], scores[0], strict=True) if p >= 0]


def _one_query_at_a_time() -> None:
    """A search asks FAISS one query at a time, and splitting one query over OpenMP threads
    costs more than it gives on a laptop's few, often busy, cores (measured with
    bench/search.py: 9 against 16 to 24 ms at 77,000 vectors, and a long tail on the sample
    store). Process-wide, as OpenMP is; the CLI searches once per process."""
    import faiss

    faiss.omp_set_num_threads(1)


def _new_index(dim: int) -> Any:
    """Exact inner-product search over float16 copies of the vectors: half the memory of
    float32 for a ranking difference far below what matters here."""
    import faiss

    return faiss.IndexScalarQuantizer(
        dim, faiss.ScalarQuantizer.QT_fp16, faiss.METRIC_INNER_PRODUCT
    )


def _count_vectors(db: Reader, visibility: str) -> int:
    return int(
        db.execute(
            """SELECT COUNT(*) FROM embeddings e
               JOIN passages p ON p.passage_id = e.passage_id
               WHERE p.visibility = ?""",
            [visibility],
        ).fetchone()[0]
    )


def _reserve(index: Any, n: int) -> None:
    """Give the index room for ``n`` vectors before adding them. FAISS grows its code buffer
    like any C++ vector, doubling and copying, so a large store's build briefly held about three
    times the index (a 50 MB ingest peaked near its memory limit). Resizing up and back to empty
    keeps the capacity, so the adds never reallocate: 75,000 vectors peaked at 69 MB over the
    index's 58 MB instead of 111 MB."""
    index.codes.resize(n * index.code_size)
    index.codes.resize(0)


def _index_folder(db_path: Path) -> Path:
    target = index_dir(db_path)
    if target.exists() and not target.is_dir():
        raise PrepError(
            f"{target} should be prepcli's search-index folder but is a file",
            hint="move or delete that file; the index is rebuilt from the store",
        )
    return target


def build_dense_index(db: Reader, db_path: Path) -> DenseIndex:
    import faiss

    target = _index_folder(db_path)
    store.make_private_dir(target)
    dense = DenseIndex()
    manifest: dict[str, Any] = {"fingerprint": fingerprint(db), "files": {}}
    for visibility in VISIBILITIES:
        cursor = db.execute(
            # No ORDER BY: ids and vectors are appended together, and sorting would make SQLite
            # hold every vector blob in memory at once.
            """SELECT e.passage_id, e.vector FROM embeddings e
               JOIN passages p ON p.passage_id = e.passage_id
               WHERE p.visibility = ?""",
            [visibility],
        )
        ids: list[str] = []
        index = None
        while batch := cursor.fetchmany(2048):
            matrix = from_blobs([b for _, b in batch])
            if index is None:
                index = _new_index(matrix.shape[1])
                _reserve(index, _count_vectors(db, visibility))
            index.add(np.ascontiguousarray(matrix))
            ids.extend(pid for pid, _ in batch)
        if index is None:
            index = _new_index(DIM)
        store.make_private_file(target / f"{visibility}.faiss")
        faiss.write_index(index, str(target / f"{visibility}.faiss"))
        store.write_private(target / f"{visibility}.ids.json", json.dumps(ids))
        manifest["files"][visibility] = {"ntotal": len(ids), "dim": index.d}
        dense.indexes[visibility], dense.ids[visibility] = index, ids
    # The manifest is written last: a crash mid-build leaves no manifest, hence a rebuild.
    store.write_private(target / "manifest.json", json.dumps(manifest))
    return dense


def load_dense_index(
    db: Reader, db_path: Path, *, notice: Callable[[str], None] | None = None
) -> DenseIndex:
    """Load the FAISS files if they match the store; otherwise rebuild them from SQLite."""
    _one_query_at_a_time()
    reason = None
    try:
        dense = _read_dense_index(db, db_path)
    except _Stale as e:
        reason = str(e)
    else:
        return dense
    if notice:
        notice(f"Rebuilding the search index from the store ({reason}).")
    return build_dense_index(db, db_path)


class _Stale(Exception):
    pass


def _read_dense_index(db: Reader, db_path: Path) -> DenseIndex:
    import faiss

    target = _index_folder(db_path)
    try:
        manifest = json.loads((target / "manifest.json").read_text())
    except (OSError, ValueError):
        raise _Stale("it is missing") from None
    if not isinstance(manifest, dict) or not isinstance(manifest.get("files"), dict):
        raise _Stale("its manifest is damaged")
    if manifest.get("fingerprint") != fingerprint(db):
        raise _Stale("it is older than the store")
    dense = DenseIndex()
    for visibility in VISIBILITIES:
        try:
            index = faiss.read_index(str(target / f"{visibility}.faiss"))
            ids = json.loads((target / f"{visibility}.ids.json").read_text())
        except (OSError, ValueError, RuntimeError):
            raise _Stale(f"the {visibility} file is unreadable") from None
        expected = manifest["files"].get(visibility)
        if not isinstance(expected, dict):
            raise _Stale("its manifest is damaged")
        if index.ntotal != len(ids) or index.ntotal != expected.get("ntotal"):
            raise _Stale(f"the {visibility} file has the wrong size")
        if index.ntotal and index.d != expected.get("dim"):
            raise _Stale(f"the {visibility} file has the wrong dimension")
        dense.indexes[visibility], dense.ids[visibility] = index, ids
    return dense


def index_state(db: Reader, db_path: Path) -> str:
    """A one-word freshness verdict for `prepcli status`, without loading faiss."""
    pending = db.execute(
        """SELECT COUNT(*) FROM passages p LEFT JOIN embeddings e ON e.passage_id = p.passage_id
           WHERE e.passage_id IS NULL OR e.text_hash != p.text_hash"""
    ).fetchone()[0]
    if pending:
        return f"{pending} passages not yet embedded (run `prepcli reindex`)"
    try:
        manifest = json.loads((index_dir(db_path) / "manifest.json").read_text())
    except (OSError, ValueError):
        return "missing (rebuilt on the next search)"
    if manifest.get("fingerprint") != fingerprint(db):
        return "stale (rebuilt on the next search)"
    return "fresh"


# ---- search ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Hit:
    source_kind: str
    source_id: str
    passage: str
    score: float
    ranks: dict[str, int]


def fts_query(text: str, extra: list[str] | tuple[str, ...] = ()) -> str | None:
    """Free text to an FTS5 OR-query of quoted terms: users type prose, not FTS syntax.
    ``extra`` terms (vocabulary expansions) join as quoted phrases."""
    terms = [t for t in re.findall(r"[\w][\w'-]*", text.lower()) if t not in _STOPWORDS]
    if not terms:
        return None
    phrases = [" ".join(re.findall(r"\w+", e.lower())) for e in extra]
    unique = dict.fromkeys([*terms, *(p for p in phrases if p)])
    return " OR ".join('"' + t.replace('"', "") + '"' for t in unique)


_STOPWORDS = frozenset(
    "a an and are as at be by for from has have he her his i in is it its me my of on or our "
    "she that the their them they this to was we were what when which who will with you your "
    "about any did do does how".split()
)


def _by_source(scored: list[tuple[str, float]], info: dict[str, dict[str, Any]]) -> Ranked:
    """Passage ranking to source ranking: a source ranks, and scores, where its best passage
    does."""
    seen: dict[str, float] = {}
    for pid, score in scored:
        p = info.get(pid)
        if p is not None:
            seen.setdefault(f"{p['source_kind']}:{p['source_id']}", score)
    return list(seen.items())


def search(
    db: Reader,
    query: str,
    *,
    role: str,
    today: date,
    query_vector: np.ndarray | None = None,
    dense: DenseIndex | None = None,
    kind: str | None = None,
    hcp_id: str | None = None,
    mode: str = "hybrid",
    limit: int = 10,
    content_ids: Collection[str] | None = None,
    vocabulary: Vocabulary | None = None,
    fusion: Fusion | None = FUSION,
) -> list[Hit]:
    """Hybrid (or single-arm) search over what ``role`` may see; ``content_ids``, when given,
    is the only content that may be returned (the pieces an HCP may be offered).
    ``fusion=None`` fuses by reciprocal rank without the vocabulary: the search as it was, for
    the bench to compare against."""
    depth = max(limit * 10, 100)
    arms: dict[str, Ranked] = {}
    info: dict[str, dict[str, Any]] = {}
    if mode in ("bm25", "hybrid"):
        extra = expansions(query, vocabulary) if vocabulary and fusion else []
        match = fts_query(query, extra)
        rows = (
            store.search_fts(
                db, match, role=role, today=today, kind=kind, hcp_id=hcp_id, limit=depth
            )
            if match
            else []
        )
        for r in rows:
            info[r["passage_id"]] = r
        arms["bm25"] = _by_source([(r["passage_id"], -r["bm25"]) for r in rows], info)
    if mode in ("dense", "hybrid") and query_vector is not None:
        ranked = _dense_passages(
            db, query_vector, dense, role=role, today=today, kind=kind, hcp_id=hcp_id, depth=depth
        )
        allowed = store.visible_passages(
            db, [pid for pid, _ in ranked], role=role, today=today, kind=kind, hcp_id=hcp_id
        )
        for pid, row in allowed.items():
            info.setdefault(pid, row)
        arms["dense"] = _by_source([(pid, s) for pid, s in ranked if pid in allowed], info)
    if content_ids is not None:
        allowed_keys = {f"content:{c}" for c in content_ids}
        arms = {
            arm: [(k, s) for k, s in ranked if not k.startswith("content:") or k in allowed_keys]
            for arm, ranked in arms.items()
        }
    if mode != "hybrid":
        fused = arms.get(mode, [])
    elif fusion is None:
        fused = rrf({arm: [key for key, _ in ranked] for arm, ranked in arms.items()})
    else:
        fused = fuse(arms, fusion)
    passages_by_source: dict[str, str] = {}
    for row in info.values():
        passages_by_source.setdefault(f"{row['source_kind']}:{row['source_id']}", row["text"])
    positions = {arm: {key: n for n, (key, _) in enumerate(r, start=1)} for arm, r in arms.items()}
    hits = []
    for key, score in fused[:limit]:
        source_kind, source_id = key.split(":", 1)
        ranks = {arm: at[key] for arm, at in positions.items() if key in at}
        hits.append(Hit(source_kind, source_id, passages_by_source.get(key, ""), score, ranks))
    return hits


def _dense_passages(
    db: Reader,
    query_vector: np.ndarray,
    dense: DenseIndex | None,
    *,
    role: str,
    today: date,
    kind: str | None,
    hcp_id: str | None,
    depth: int,
) -> list[tuple[str, float]]:
    if hcp_id is not None or dense is None:
        # One HCP's passages are few: exact scoring straight from the stored vectors.
        rows = store.visible_vectors(db, role=role, today=today, kind=kind, hcp_id=hcp_id)
        if not rows:
            return []
        matrix = from_blobs([r[1] for r in rows])
        scores = matrix @ query_vector
        order = np.argsort(-scores)[:depth]
        return [(rows[i][0], float(scores[i])) for i in order]
    visibilities = set(store.visible_functions(role))
    if kind == "content" or kind is None:
        visibilities.add(store.content_audience(role))
    hits: list[tuple[str, float]] = []
    for visibility in sorted(visibilities):
        hits.extend(dense.search(visibility, query_vector, depth * 2))
    return sorted(hits, key=lambda h: -h[1])
