"""Build a tiny Qwen2-architecture causal LM locally, for tests and benchmarks of the serving path.

Why: the tests must exercise a *real* vLLM server (tokenisation, chat template, structured
outputs, tool calls, usage) on a machine with no GPU and no network. A randomly initialised model
of a few hundred thousand parameters starts in about a minute on the CPU build of vLLM and, under
structured-output constraints, produces well-formed actions and verdicts. Its medicine is noise;
the protocol is what the tests check.

The tokenizer is a byte-level BPE trained with `tokenizers` on the shipped fixture text, the
protocol's tags and some Chinese, so every byte is encodable and the vocabulary stays small. The
output directory is keyed by a hash of everything that determines the model, built atomically
under a file lock (many pytest workers may ask at once), and reused afterwards.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import tempfile
from dataclasses import asdict, dataclass
from pathlib import Path

from filelock import FileLock

BUILDER_VERSION = "1"

SPECIAL_TOKENS = ("<|endoftext|>", "<|im_start|>", "<|im_end|>", "<tool_call>", "</tool_call>")

# A Qwen2.5-style ChatML template with tool support (tool schemas in the system turn, calls
# inside <tool_call> tags, results as <tool_response> user turns). Arguments may arrive as a
# JSON string (OpenAI shape) or as a dict (vLLM parses them for templates): both are rendered.
CHAT_TEMPLATE = (
    "{% if tools %}"
    "<|im_start|>system\n"
    "{% if messages[0].role == 'system' %}{{ messages[0].content }}{% else %}You are a helpful assistant.{% endif %}"
    "\n\n# Tools\n\nYou may call one or more functions. Function signatures:\n<tools>"
    "{% for tool in tools %}{{ '\\n' }}{{ tool | tojson }}{% endfor %}"
    "\n</tools>\n\nReturn each call as a JSON object inside <tool_call></tool_call> tags.<|im_end|>\n"
    "{% elif messages[0].role == 'system' %}"
    "<|im_start|>system\n{{ messages[0].content }}<|im_end|>\n"
    "{% endif %}"
    "{% for message in messages %}"
    "{% if message.role == 'system' %}"
    "{% if not loop.first %}<|im_start|>system\n{{ message.content }}<|im_end|>\n{% endif %}"
    "{% elif message.role == 'user' %}"
    "<|im_start|>user\n{{ message.content }}<|im_end|>\n"
    "{% elif message.role == 'assistant' %}"
    "<|im_start|>assistant\n{% if message.content %}{{ message.content }}{% endif %}"
    "{% if message.tool_calls %}{% for call in message.tool_calls %}"
    "{% set fn = call.function if call.function is defined else call %}"
    '\n<tool_call>\n{"name": "{{ fn.name }}", "arguments": '
    "{% if fn.arguments is string %}{{ fn.arguments }}{% else %}{{ fn.arguments | tojson }}{% endif %}"
    "}\n</tool_call>"
    "{% endfor %}{% endif %}<|im_end|>\n"
    "{% elif message.role == 'tool' %}"
    "<|im_start|>user\n<tool_response>\n{{ message.content }}\n</tool_response><|im_end|>\n"
    "{% endif %}"
    "{% endfor %}"
    "{% if add_generation_prompt %}<|im_start|>assistant\n{% endif %}"
)

# Protocol vocabulary and Chinese clinical text, so both tokenise compactly. (The protocol's own
# module belongs to `envs`, which `agents` may not import: these strings are a corpus, not a spec.)
EXTRA_CORPUS = """
<think> </think> <request> </request> <search> </search> <diagnosis> </diagnosis> \\boxed{0} \\boxed{1}
\\boxed{ } request_examinations search_knowledge submit_diagnosis {"names": ["CBC"]} {"diagnosis": ""}
{"query": ""} not available in this patient's record. Dialogue History Current Question Excellent Answer
Predicted Answer Evaluation Analysis Predicted Answer Evaluation Score
主诉 现病史 既往史 个人史 婚育史 家族史 体格检查 辅助检查 初步诊断 血常规 肝功能 肾功能 胸部X线 心电图 头颅CT
患者 男 女 岁 发热 咳嗽 胸痛 腹痛 头痛 乏力 恶心 呕吐 诊断 检查 结果 正常 异常 该患者病历中无此项检查结果
你是一名专业的评估专家 对话历史 当前问题 优秀答案 预测答案 评估分析 预测答案评估得分
"""


@dataclass(frozen=True)
class TinyModelSpec:
    """Everything that determines the built model; its hash names the output directory."""

    hidden_size: int = 64
    num_attention_heads: int = 2  # head dim 32: vLLM's CPU attention rejects 16
    num_key_value_heads: int = 2
    num_hidden_layers: int = 2
    intermediate_size: int = 128
    vocab_size: int = 2048
    max_position_embeddings: int = 8192
    seed: int = 1234

    def __post_init__(self) -> None:
        if self.hidden_size // self.num_attention_heads < 32:
            raise ValueError("head size must be >= 32 (vLLM's CPU attention rejects smaller heads)")


def _corpus() -> str:
    from dxgym.emr_fixtures.fixtures import load_fixture_cases

    parts = [EXTRA_CORPUS]
    for case in load_fixture_cases():
        parts.append(case.model_dump_json())
    return "\n".join(parts)


def _content_hash(spec: TinyModelSpec, corpus: str) -> str:
    digest = hashlib.sha256()
    digest.update(BUILDER_VERSION.encode())
    digest.update(json.dumps(asdict(spec), sort_keys=True).encode())
    digest.update(CHAT_TEMPLATE.encode())
    digest.update(corpus.encode())
    return digest.hexdigest()[:16]


def default_cache_dir() -> Path:
    """`$DXGYM_MODEL_CACHE`, else the user cache dir (`~/.cache/dxgym/tiny-models`)."""
    env = os.environ.get("DXGYM_MODEL_CACHE")
    if env:
        return Path(env)
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("dxgym")) / "tiny-models"


def build_tiny_model(spec: TinyModelSpec | None = None, cache_dir: Path | None = None) -> Path:
    """Return the directory of the tiny model for `spec`, building it on first use.

    Needs the `local` extra (torch, transformers, tokenizers); imported lazily.
    """
    spec = spec or TinyModelSpec()
    corpus = _corpus()
    root = Path(cache_dir) if cache_dir is not None else default_cache_dir()
    root.mkdir(parents=True, exist_ok=True)
    target = root / f"qwen2-tiny-{_content_hash(spec, corpus)}"
    if (target / "config.json").exists():
        return target
    with FileLock(str(target) + ".lock"):
        if (target / "config.json").exists():
            return target
        tmp = Path(tempfile.mkdtemp(prefix=target.name + ".", dir=root))
        try:
            _write_model(spec, corpus, tmp)
            os.replace(tmp, target)
        finally:
            if tmp.exists():
                shutil.rmtree(tmp, ignore_errors=True)
    return target


def _train_tokenizer(spec: TinyModelSpec, corpus: str):  # -> tokenizers.Tokenizer
    from tokenizers import Tokenizer, decoders, models, pre_tokenizers, trainers

    tokenizer = Tokenizer(models.BPE())
    tokenizer.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
    tokenizer.decoder = decoders.ByteLevel()
    trainer = trainers.BpeTrainer(
        vocab_size=spec.vocab_size,
        special_tokens=list(SPECIAL_TOKENS),
        initial_alphabet=pre_tokenizers.ByteLevel.alphabet(),
        show_progress=False,
    )
    tokenizer.train_from_iterator(corpus.splitlines(), trainer=trainer)
    return tokenizer


def _write_model(spec: TinyModelSpec, corpus: str, out: Path) -> None:
    import torch
    from transformers import GenerationConfig, PreTrainedTokenizerFast, Qwen2Config, Qwen2ForCausalLM

    raw = _train_tokenizer(spec, corpus)
    tokenizer = PreTrainedTokenizerFast(
        tokenizer_object=raw,
        bos_token=None,
        eos_token="<|im_end|>",
        pad_token="<|endoftext|>",
        unk_token=None,
        model_max_length=spec.max_position_embeddings,
    )
    tokenizer.chat_template = CHAT_TEMPLATE
    tokenizer.save_pretrained(out)

    vocab = len(tokenizer)
    eos_id = tokenizer.convert_tokens_to_ids("<|im_end|>")
    pad_id = tokenizer.convert_tokens_to_ids("<|endoftext|>")
    config = Qwen2Config(
        vocab_size=vocab,
        hidden_size=spec.hidden_size,
        intermediate_size=spec.intermediate_size,
        num_hidden_layers=spec.num_hidden_layers,
        num_attention_heads=spec.num_attention_heads,
        num_key_value_heads=spec.num_key_value_heads,
        max_position_embeddings=spec.max_position_embeddings,
        tie_word_embeddings=True,
        bos_token_id=pad_id,
        eos_token_id=eos_id,
        pad_token_id=pad_id,
    )
    torch.manual_seed(spec.seed)
    model = Qwen2ForCausalLM(config).to(torch.float32).eval()
    model.generation_config = GenerationConfig(eos_token_id=eos_id, pad_token_id=pad_id)
    model.save_pretrained(out, safe_serialization=True)
    (out / "dxgym_tiny_model.json").write_text(
        json.dumps({"builder_version": BUILDER_VERSION, "spec": asdict(spec)}, indent=2) + "\n"
    )
