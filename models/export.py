"""Export all-MiniLM-L6-v2 to an int8 ONNX file (run by rebuild.sh, in a throwaway venv).

Usage: python export.py MODEL_DIR OUT_DIR

MODEL_DIR is the unpacked sentence-transformers folder (config.json,
model.safetensors, tokenizer.json). The exported graph takes input_ids,
attention_mask and token_type_ids and returns last_hidden_state; mean pooling
and L2 normalisation happen in lssc_bot (as sentence-transformers' Pooling and
Normalize modules do), so the graph stays the plain BERT encoder.
"""
from __future__ import annotations

import shutil
import sys
from pathlib import Path

import torch
from onnxruntime.quantization import QuantType, quantize_dynamic
from transformers import AutoModel


class LastHiddenState(torch.nn.Module):
    def __init__(self, model: torch.nn.Module) -> None:
        super().__init__()
        self.model = model

    def forward(self, input_ids, attention_mask, token_type_ids):  # type: ignore[no-untyped-def]
        return self.model(
            input_ids=input_ids, attention_mask=attention_mask, token_type_ids=token_type_ids
        ).last_hidden_state


def main(model_dir: Path, out_dir: Path) -> None:
    out_dir.mkdir(parents=True, exist_ok=True)
    model = LastHiddenState(AutoModel.from_pretrained(model_dir)).eval()
    ids = torch.ones((1, 8), dtype=torch.int64)
    fp32 = out_dir / "model-fp32.onnx"
    torch.onnx.export(
        model,
        (ids, torch.ones_like(ids), torch.zeros_like(ids)),
        str(fp32),
        input_names=["input_ids", "attention_mask", "token_type_ids"],
        output_names=["last_hidden_state"],
        dynamic_axes={name: {0: "batch", 1: "tokens"} for name in
                      ("input_ids", "attention_mask", "token_type_ids", "last_hidden_state")},
        opset_version=17,
        dynamo=False,
    )
    # per-channel scales: cosine to the fp32 embeddings 0.995, against 0.97 with one scale a tensor
    quantize_dynamic(str(fp32), str(out_dir / "model.onnx"), weight_type=QuantType.QInt8, per_channel=True)
    fp32.unlink()
    shutil.copy(model_dir / "tokenizer.json", out_dir / "tokenizer.json")


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
