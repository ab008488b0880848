"""The ONNX Runtime copy of a local transformer model: made once from the model's own weights
(at `make install`, or on first use) into the user's cache, offline, then loaded in a fraction
of a second where torch takes seconds.

The export needs torch and onnx, and so runs only when the file is missing; loading needs only
onnxruntime. The file is derived: delete it and the next embedding makes it again.
"""

from __future__ import annotations

import logging
import os
import sys
import tempfile
import warnings
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np

from prepcli.errors import PrepError

# Fused kernels and int8 weights, chosen by measurement (bench/ingest.py, bench/retrieval.py;
# figures in the README's ingest section). The export is traced with plain ("eager") attention
# so that ONNX Runtime's transformer optimizer fuses each layer into Attention,
# SkipLayerNormalization and BiasGelu nodes and the embeddings into EmbedLayerNormalization.
# Then every matrix product (attention included) is quantised: weights per output channel to
# 7 bits, activations to 8 bits at run time (7 bits because CPUs without VNNI, AVX2, add pairs of
# 8-bit products in 16 bits, which saturate); the embedding tables stay fp32. On sample_data/
# the forward pass costs about half the CPU of fp32 (fused or not), and hybrid nDCG@10 is 0.828
# / 0.715 (tuning / reporting half) against fp32's 0.828 / 0.708, dense 0.726 / 0.657 against
# 0.720 / 0.660: within the 0.01 the issue allows. Fusion alone (fp32) saves ~6% CPU with the
# torch model's vectors; the previous export, int8 without fusion and with the feed-forward
# output projections kept fp32, saved too little. The variant is in the file name and, through
# the backend label, in the store's model id, so a store never mixes variants.
VARIANT = "int8fused"
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
    return prepared(
        model_file(sha, cache_dir), "embedding model", lambda t: export(directory, t), notice
    )


def prepared(
    target: Path,
    label: str,
    make: Callable[[Path], None],
    notice: Callable[[str], None] | None = None,
) -> Path:
    """``target``, made by ``make`` first if it is missing."""
    if target.exists():
        return target
    if notice:
        notice(f"Preparing the {label} for ONNX Runtime (once) in {target.parent}")
    make(target)
    return target


def session(
    prepare: Callable[[], Path], label: str, notice: Callable[[str], None] | None = None
) -> Any:
    """An ONNX Runtime session over the file ``prepare`` returns. A damaged file (a cache is
    never trusted) is made again once."""
    path = prepare()
    try:
        return _session(path)
    except Exception:  # onnxruntime raises its own untyped errors for a damaged file
        path.unlink(missing_ok=True)
        if notice:
            notice(f"The prepared {label} {path} was damaged; preparing it again.")
        return _session(prepare())


def export(directory: Path, target: Path) -> None:
    """Trace the model with torch, write ONNX, fuse and quantise it; the file appears whole or
    not at all (written beside it, then renamed)."""
    import torch

    model = eager_model(directory, hint="run `make install`, or set PREPCLI_EMBED_BACKEND=torch")
    config = model.config

    class TokenEmbeddings(torch.nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.model = model

        def forward(self, input_ids: Any, attention_mask: Any, token_type_ids: Any) -> Any:
            return self.model(
                input_ids=input_ids, attention_mask=attention_mask, token_type_ids=token_type_ids
            ).last_hidden_state

    sample = torch.ones((2, 8), dtype=torch.long)
    write_int8(
        TokenEmbeddings(),
        {"input_ids": sample, "attention_mask": sample, "token_type_ids": torch.zeros_like(sample)},
        "token_embeddings",
        config,
        target,
    )


def write_int8(module: Any, sample: dict[str, Any], output: str, config: Any, target: Path) -> None:
    """``module`` (a torch module over a BERT-like ``config``, called with ``sample``'s inputs
    by name) traced, fused and quantised to ``target``: the file appears whole or not at all
    (written beside it, then renamed)."""
    import torch

    target.parent.mkdir(parents=True, exist_ok=True)
    axes = {name: {0: "batch", 1: "tokens"} for name in (*sample, output)}
    with tempfile.TemporaryDirectory(dir=target.parent) as scratch:
        traced = Path(scratch) / "traced.onnx"
        fused = Path(scratch) / "fused.onnx"
        written = Path(scratch) / "model.onnx"
        with warnings.catch_warnings(), torch.inference_mode():
            warnings.simplefilter("ignore")
            # The TorchScript exporter: it needs no onnxscript, and MiniLM traces cleanly.
            torch.onnx.export(
                module.eval(),
                tuple(sample.values()),
                str(traced),
                input_names=list(sample),
                output_names=[output],
                dynamic_axes=axes,
                opset_version=OPSET,
                dynamo=False,
            )
        # 0 lets the optimizer read them from the graph (a model without these settings).
        heads = getattr(config, "num_attention_heads", 0)
        fuse(traced, fused, heads=heads, hidden=getattr(config, "hidden_size", 0))
        quantise(fused, written)
        os.replace(written, target)


def eager_model(directory: Path, *, hint: str) -> Any:
    """The torch model in ``directory``, offline, with plain ("eager") attention: the
    optimizer recognises its pattern, not that of torch's fused kernel."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    try:
        import torch  # noqa: F401 (transformers needs it to load the model)
        import transformers
    except ImportError as e:
        raise PrepError(
            f"cannot prepare the ONNX model: {e.name} is not installed", hint=hint
        ) from None
    transformers.utils.logging.disable_progress_bar()
    return transformers.AutoModel.from_pretrained(
        str(directory), local_files_only=True, trust_remote_code=False, attn_implementation="eager"
    ).eval()


def fuse(source: Path, target: Path, *, heads: int, hidden: int) -> None:
    """Each transformer layer's operators fused into ONNX Runtime's kernels, same numbers.
    Only the optimizer's own fusions are saved (opt_level 0): the session applies the rest for
    the CPU it runs on when it loads the file."""
    from onnxruntime.transformers.optimizer import optimize_model

    # The optimizer logs its progress on the root logger that a user has no use for.
    logging.disable(logging.WARNING)
    try:
        model = optimize_model(
            str(source), model_type="bert", num_heads=heads, hidden_size=hidden, opt_level=0
        )
    finally:
        logging.disable(logging.NOTSET)
    model.save_model_to_file(str(target))


def quantise(source: Path, target: Path) -> None:
    """The int8 weights of ``VARIANT`` (see its comment for why these settings)."""
    import onnx
    from onnxruntime.quantization import QuantType, quantize_dynamic

    # The quantiser logs advice on the root logger that a user has no use for.
    logging.disable(logging.WARNING)
    try:
        quantize_dynamic(
            source,
            target,
            weight_type=QuantType.QInt8,
            per_channel=True,
            reduce_range=True,
            op_types_to_quantize=["MatMul", "Attention"],
            # Fused nodes have no type information for the quantiser; their outputs are fp32.
            extra_options={"DefaultTensorType": onnx.TensorProto.FLOAT},
        )
    finally:
        logging.disable(logging.NOTSET)


def load(
    directory: Path,
    sha: str,
    *,
    cache_dir: Path | None = None,
    notice: Callable[[str], None] | None = None,
) -> Callable[[dict[str, np.ndarray]], np.ndarray]:
    """A function from token ids to token embeddings, on ONNX Runtime."""
    model = session(
        lambda: ensure(directory, sha, cache_dir=cache_dir, notice=notice), "model", notice
    )

    def run(inputs: dict[str, np.ndarray]) -> np.ndarray:
        return model.run(None, inputs)[0]

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
    from prepcli.service import get_tagger

    tagger = get_tagger(embedder.name, notice=lambda m: print(m, file=sys.stderr))
    assert tagger is not None
    tagger("ready")
    print("patient-data tagger ready", file=sys.stderr)


if __name__ == "__main__":
    main()
