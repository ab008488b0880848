"""The ONNX Runtime copy of a local transformer model: made once from the model's own weights
(at `make install`, or on first use) into the user's cache, offline, then loaded in a fraction
of a second where torch takes seconds.

The export needs torch and onnx, and so runs only when the file is missing; loading needs only
onnxruntime. The file is derived: delete it and the next embedding makes it again.
"""

from __future__ import annotations

import os
import sys
import tempfile
import warnings
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np

from prepcli.errors import PrepError

# fp32, chosen by measurement: int8 weights (dynamic quantisation) encode about 1.5x faster
# again, but cost 0.015 hybrid nDCG@10 on bench/retrieval_queries.jsonl (0.700 vs 0.715), more
# than the 0.01 allowed; fp32 ONNX gives torch's vectors (cosine > 0.9999999) and its nDCG.
# The variant is in the file name and, through the backend label, in the store's model id.
VARIANT = "fp32"
INPUTS = ("input_ids", "attention_mask", "token_type_ids")
OPSET = 17


def cache_folder(cache_dir: Path | None = None) -> Path:
    if cache_dir is not None:
        return cache_dir
    env = os.environ.get("PREPCLI_CACHE")
    if env:
        return Path(env)
    import platformdirs

    return Path(platformdirs.user_cache_dir("prepcli"))


def model_file(sha: str, cache_dir: Path | None = None) -> Path:
    """One file per set of weights (by their sha256) and variant."""
    return cache_folder(cache_dir) / "onnx" / f"{sha[:16]}-{VARIANT}.onnx"


def ensure(
    directory: Path,
    sha: str,
    *,
    cache_dir: Path | None = None,
    notice: Callable[[str], None] | None = None,
) -> Path:
    """The ONNX file for the model in ``directory`` (weights hash ``sha``), exported if absent."""
    target = model_file(sha, cache_dir)
    if target.exists():
        return target
    if notice:
        notice(f"Preparing the embedding model for ONNX Runtime (once) in {target.parent}")
    export(directory, target)
    return target


def export(directory: Path, target: Path) -> None:
    """Trace the model with torch and write ONNX; the file appears whole or not at all
    (written beside it, then renamed)."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    try:
        import torch
        import transformers
    except ImportError as e:
        raise PrepError(
            f"cannot prepare the ONNX model: {e.name} is not installed",
            hint="run `make install`, or set PREPCLI_EMBED_BACKEND=torch",
        ) from None
    transformers.utils.logging.disable_progress_bar()
    model = transformers.AutoModel.from_pretrained(
        str(directory), local_files_only=True, trust_remote_code=False
    ).eval()

    class TokenEmbeddings(torch.nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.model = model

        def forward(self, input_ids: Any, attention_mask: Any, token_type_ids: Any) -> Any:
            return self.model(
                input_ids=input_ids, attention_mask=attention_mask, token_type_ids=token_type_ids
            ).last_hidden_state

    target.parent.mkdir(parents=True, exist_ok=True)
    sample = torch.ones((2, 8), dtype=torch.long)
    axes = {name: {0: "batch", 1: "tokens"} for name in (*INPUTS, "token_embeddings")}
    with tempfile.TemporaryDirectory(dir=target.parent) as scratch:
        written = Path(scratch) / "model.onnx"
        with warnings.catch_warnings(), torch.inference_mode():
            warnings.simplefilter("ignore")
            # The TorchScript exporter: it needs no onnxscript, and MiniLM traces cleanly.
            torch.onnx.export(
                TokenEmbeddings(),
                (sample, sample, torch.zeros_like(sample)),
                str(written),
                input_names=list(INPUTS),
                output_names=["token_embeddings"],
                dynamic_axes=axes,
                opset_version=OPSET,
                dynamo=False,
            )
        os.replace(written, target)


def load(
    directory: Path,
    sha: str,
    *,
    cache_dir: Path | None = None,
    notice: Callable[[str], None] | None = None,
) -> Callable[[dict[str, np.ndarray]], np.ndarray]:
    """A function from token ids to token embeddings, on ONNX Runtime. A damaged file (a
    cache is never trusted) is made again once."""
    path = ensure(directory, sha, cache_dir=cache_dir, notice=notice)
    try:
        session = _session(path)
    except Exception:  # onnxruntime raises its own untyped errors for a damaged file
        path.unlink(missing_ok=True)
        if notice:
            notice(f"The prepared model {path} was damaged; preparing it again.")
        session = _session(ensure(directory, sha, cache_dir=cache_dir))

    def run(inputs: dict[str, np.ndarray]) -> np.ndarray:
        return session.run(None, inputs)[0]

    return run


def _session(path: Path) -> Any:
    import onnxruntime

    options = onnxruntime.SessionOptions()
    options.log_severity_level = 3
    # Idle worker threads sleep instead of spinning: on a laptop busy with other work, spinning
    # burns the cores the model needs (measured here: 40% more CPU for the same batches).
    options.add_session_config_entry("session.intra_op.allow_spinning", "0")
    return onnxruntime.InferenceSession(str(path), options, providers=["CPUExecutionProvider"])


def main() -> None:
    """`python -m prepcli.onnx_model`: prepare the packaged model at install time."""
    from prepcli.embed import TransformerEmbedder

    embedder = TransformerEmbedder(notice=lambda m: print(m, file=sys.stderr))
    embedder.embed(["ready"])
    print(f"embedding model ready: {embedder.model_id}", file=sys.stderr)


if __name__ == "__main__":
    main()
