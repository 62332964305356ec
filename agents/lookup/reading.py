"""How a request or a record name is read: which lexicon terms count, which words are filler, which
forms (antibody, antigen, nucleic acid, culture, smear) it states.

Requests (`query.parse`) and group / record names (`index.build_index`) are read by the same rules, so
a name means the same on both sides: 钠 inside 利钠肽 (NT-proBNP) is not sodium in a request and not in
a record either, and "Thyroglobulin_Antibody" is no more thyroglobulin than "thyroglobulin antibody" is.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from dxgym.emr_fixtures.lexicon import Lexicon, Span, tag, tokens

# Words that carry no examination meaning: stripped from a request's edges for exact matching, and
# the only words allowed around a weak abbreviation ("us", "pt", "k") for it to count.
FILLER = frozenset(
    """please pls plz kindly order orders ordering ordered get gets got obtain obtained check checking see
    show me us review look at can could would will shall may might we i id ill im ive like want wanted
    need needs needed to the a an some any her his their its patient patients pts result results level
    levels value values test tests do does did done run send sent off for of on in also repeat repeated
    recent latest current most what whats was were is are be been there have has had performed perform
    lets let request requesting requested draw drawn thanks thank you report reports findings finding
    and or too as well again now today first then next just quick quickly stat urgent urgently go ahead
    love know tell give provide pull up available this that these those it them maybe perhaps
    additionally plus lastly finally same left right bilateral both side sided from with by her him
    obtaining getting ordering sending doing interested in mind if possible wondering x1 x2 x3 x4 serial twice
    trend trending assess assessing evaluate evaluating measure measuring
    请 帮 我 们 想 要 查 一 下 做 个 看 的 开 给 了 吗 呢 再 也 还 有 和 及 项 次 份 需 谢 左 右 双 侧 急 复
    行 吧 先 该 位 名""".split()
)
# Chinese words of ordering, measuring and test-taking that carry no examination meaning (查个 / 做个 /
# 量一下 / 抽血 / 化验 / 检查 / 平扫 ...). They count as filler only where no lexicon term covers them, and
# only as whole words: a run of uncovered characters is filler when it splits entirely into these words
# (and FILLER's single characters), so 检 inside an unknown test name stays a word of that name.
ZH_FILLER_WORDS = frozenset(
    """检查 化验 检验 检测 测定 测量 测 量 数 抽 抽血 留 留取 验 拍 照 做 瞧 瞅 测下 看下 查下 弄 来 点 些 套
    平扫 增强 成像 报告 水平 项目 指标 情况 数值 值 全套 全项 一套 一份 一次 这个 那个 一个 一下 常规检查 化验单 单子
    测一测 量一量 看一看 查一查 听一听 摸一摸
    百分比 百分率 百分数 比例 绝对值 计数 浓度 含量 定量 定性 测定值 空腹 餐后 小时 随机 末梢 指尖 晨起 睡前 床旁 急诊
    术前 术后 入院 入院时 复查 占预计值 预计值 实测值 性状 沉渣 试验 测试 患儿 母亲 常规 分析 时 分钟
    偏高 偏低 升高 降低 高不高 低不低 正常 异常 多少 怎么样 如何 没有 有没有 是否
    结果 患者 病人 麻烦 谢谢 能否 可否 可以 安排 需要 电子 纤维""".split()
)
_ZH_NUMERALS = frozenset("一二两三四五六七八九十")
OBJECT_VERBS = frozenset("show give tell let for to get send help with ask lets".split())
# Nouns that name a kind of test: "urea breath test" is not urea (unknown words, then one of these).
TEST_WORDS = frozenset("test tests testing assay assays stain screen study studies scan index ratio clearance "
                       "challenge tolerance stimulation suppression serology serologies titre titer".split())
_RATIO = frozenset({"ratio", "比", "比值"})
# Words that say how an analyte is reported, not which analyte: "PMN count", "neutrophil percentage" are the
# neutrophils (the English of ZH_FILLER_WORDS' 计数 / 百分比 / 浓度 / 绝对值, LOINC's property axis: count,
# fraction, concentration). After a term they never make a longer, unknown test name.
MEASURE_WORDS = frozenset("count counts percentage percent fraction concentration absolute number".split())
# Words that say what a finding was, not where or which: "raised JVP", "reduced air entry", "brisk reflexes" ask the
# JVP, the air entry, the reflexes (Talley & O'Connor write findings so: "JVP raised 4 cm"). The English of
# ZH_FILLER_WORDS' 升高 / 降低 / 正常 / 异常; a site asked with only these beside it is still that site's examination.
STATE_WORDS = frozenset("""raised elevated high low reduced decreased increased diminished absent present positive
    negative normal abnormal brisk sluggish exaggerated depressed prominent""".split())
_ZH_MAX_WORD = max(len(w) for w in ZH_FILLER_WORDS)


def cjk(tok: str) -> bool:
    return len(tok) == 1 and "\u3400" <= tok <= "\u9fff"


@dataclass(frozen=True, slots=True)
class Reading:
    """A token sequence read once: the terms that count, the words nobody knows, the forms it states."""

    spans: tuple[Span, ...]  # lexicon terms that count, in order
    content: tuple[str, ...]  # words that are neither a term, a form nor filler
    forms: frozenset[str]  # forms stated (`forms.tsv`), with their classes ("igm" also gives "ab")
    free_forms: frozenset[str] = frozenset()  # those stated outside every test term ("synovial fluid culture")


def _filler_positions(toks: tuple[str, ...], uncovered: tuple[int, ...]) -> set[int]:
    """Uncovered positions that are filler: FILLER words, and in runs of Chinese characters the filler
    words (检查, 化验, 一下, 三项 ...) at the run's edges — the whole run when it is nothing else."""
    out = {i for i in uncovered if toks[i] in FILLER}
    loose = set(uncovered)
    i, n = 0, len(toks)
    while i < n:
        if i not in loose or not cjk(toks[i]):
            i += 1
            continue
        j = i
        while j < n and j in loose and cjk(toks[j]):
            j += 1
        run = "".join(toks[i:j])
        if _segments(run):
            out.update(range(i, j))
        else:
            left, right = _edge(run, 1), _edge(run, -1)
            out.update(range(i, i + left))
            out.update(range(j - right, j))
        i = j
    return out


def _edge(run: str, step: int) -> int:
    """How many characters at one edge of a run (step 1: the start, -1: the end) are filler words."""
    taken = 0
    while taken < len(run):
        rest = run[taken:] if step == 1 else run[: len(run) - taken]
        size = next((k for k in range(min(_ZH_MAX_WORD, len(rest)), 0, -1)
                     if _filler_word(rest[:k] if step == 1 else rest[-k:])), 0)
        if not size:
            break
        taken += size
    return taken


def _filler_word(word: str) -> bool:
    return word in ZH_FILLER_WORDS or (len(word) == 1 and word in FILLER) or (
        len(word) == 2 and word[0] in _ZH_NUMERALS and word[1] == "项"
    )


def is_filler_run(run: str) -> bool:
    """Is a run of Chinese characters empty or nothing but filler words?"""
    return not run or _segments(run)


def _segments(run: str) -> bool:
    """Does a run of Chinese characters split entirely into filler words?"""
    ok = [True] + [False] * len(run)
    for end in range(1, len(run) + 1):
        ok[end] = any(ok[end - size] and _filler_word(run[end - size : end])
                      for size in range(1, min(_ZH_MAX_WORD, end) + 1))
    return ok[len(run)]


_ENZYME = ("酶",)


def _form_hits(toks: tuple[str, ...], spans: tuple[Span, ...], uncovered: tuple[int, ...], lex: Lexicon):
    """(form ids, positions of form words no term covers, form occurrences as (start, end))."""
    ends = frozenset(s.end for s in spans) | {len(toks)}
    loose = set(uncovered)
    found: set[str] = set()
    free: set[int] = set()
    where: list[tuple[int, int]] = []
    n, top = len(toks), lex.form_max_tokens
    i = 0
    while i < n:
        for length in range(min(top, n - i), 0, -1):
            fid = lex.forms.get(" ".join(toks[i : i + length]))
            if fid is None:
                continue
            inside_free = all(k in loose for k in range(i, i + length))
            if toks[i + length:i + length + 1] == _ENZYME:
                break  # DNA酶 / RNA酶 (DNase, RNase: 《生物化学与分子生物学》 第9版) name an enzyme, not a nucleic-acid form (round 12)
            if toks[i].isascii() or i + length in ends or inside_free:
                found.add(fid)
                where.append((i, i + length))
                if inside_free:
                    free.update(range(i, i + length))
            break
        i += 1
    return _with_classes(found, lex), free, where


def _with_classes(found: set[str], lex: Lexicon) -> frozenset[str]:
    return frozenset(found | {lex.form_parent[f] for f in found if f in lex.form_parent})


def _inside_longer_word(
    span: Span, toks: tuple[str, ...], loose: set[int], filler: set[int], forms_at: set[int], lex: Lexicon,
    *, request: bool,
) -> bool:
    """Is this analyte / panel term part of a longer name the lexicon does not know?

    Chinese is tokenised by character, so 钠 matches inside 利钠肽 and 红细胞计数 inside 网织红细胞计数:
    a neighbouring Chinese character that is neither a term, a form nor filler means a different,
    unknown test (whatever the term's own script: TSH受体抗体 is not TSH). In English the head comes
    last: unknown words after the term up to the end ("synovial fluid crystals"), or up to a word naming
    a kind of test or a form ("urea breath test", "TSH receptor antibodies"), name another test; words
    before it are usually qualifiers ("peak troponin") and are let be. Record names put qualifiers last
    ("Bilirubin_Total", "Troponin_I_High_Sensitivity"), so for them only the test-word / form ending counts."""
    if not any(lex.concepts[c].kind in ("analyte", "panel") for c in span.concepts):
        return False
    n = len(toks)
    j = span.end
    while j < n and cjk(toks[j]) and j in filler:
        j += 1
    if j < n and cjk(toks[j]) and j in loose:
        return True  # 利钠肽, 白细胞管型, 关节液常规结晶: the head that follows makes it another test
    k = span.start
    while k > 0 and k - 1 in loose and cjk(toks[k - 1]):
        k -= 1
    if 0 < span.start - k <= 2:
        return True  # 碳氧血红蛋白, 前白蛋白, 网织红细胞: a one- or two-character modifier makes a compound
        # (a longer clause before it, 吸入支气管舒张剂后FEV1/FVC, only qualifies the test)
    if cjk(toks[span.end - 1]):
        return False
    j = span.end
    while j < n and j in loose and toks[j] not in TEST_WORDS and not toks[j].isdigit():
        j += 1
    if j == span.end or all(toks[k] in MEASURE_WORDS for k in range(span.end, j)):
        return False
    return (j == n and request) or (j < n and (toks[j] in TEST_WORDS or j in forms_at))


def read(toks: tuple[str, ...], lex: Lexicon, *, request: bool = True) -> Reading:
    """Read a token sequence (a request, or a group / record name with `request=False`)."""
    spans, uncovered = tag(toks, lex)
    forms, free_forms, form_spans = _form_hits(toks, spans, uncovered, lex)
    filler = _filler_positions(toks, uncovered)
    loose = set(uncovered) - filler - free_forms
    content = tuple(toks[i] for i in uncovered if i in loose)
    forms_at = {k for a, b in form_spans for k in range(a, b)}
    ratio = any(toks[i] in _RATIO or "".join(toks[i : i + 2]) == "比值" for i in loose)
    analytes = [s for s in spans if any(lex.concepts[c].kind == "analyte" for c in s.concepts)]
    # a ratio of two analytes names neither ("albumin creatinine ratio", 尿蛋白肌酐比); nor does a ratio of
    # the one analyte read and a word the lexicon could not read ("aldosteron renin ratio": a misspelt or
    # unknown second analyte), never that analyte alone
    ratio_of = ratio and (len(analytes) >= 2 or (
        len(analytes) == 1 and any(toks[i] not in _RATIO and toks[i].isalpha() for i in loose)))
    kept: list[Span] = []
    for span in spans:
        if request and span.weak and content:
            continue  # "us", "pt", "k" only count in a request made of terms
        if request and span.weak and span.start > 0 and toks[span.start - 1] in OBJECT_VERBS:
            continue  # "show us the CBC", "let us see": a pronoun, not ultrasound
        if (
            (ratio_of and span in analytes)
            or _inside_longer_word(span, toks, loose, filler, forms_at, lex, request=request)
            or (forms and _formless_substance(span, _own_forms(span, spans, form_spans, lex), lex))  # "insulin antibodies": not insulin
        ):
            # the term names no test here; what else it names (a specimen, a site) still counts
            rest = tuple(c for c in span.concepts if lex.concepts[c].kind not in ("analyte", "panel"))
            if rest:
                kept.append(Span(span.start, span.end, rest, span.weak))
            continue
        kept.append(span)
    tested = [s for s in kept if any(lex.concepts[c].kind in ("analyte", "panel", "study") for c in s.concepts)]
    free = {lex.forms[" ".join(toks[a:b])] for a, b in form_spans
            if not any(s.start <= a and b <= s.end for s in tested)}
    return Reading(tuple(kept), content, forms, _with_classes(free, lex))


def _own_forms(span: Span, spans: tuple[Span, ...], form_spans: list[tuple[int, int]], lex: Lexicon) -> list[tuple[int, int]]:
    """The forms that may belong to `span`: not those inside another test's own term ("Blood_Group_and_Antibody_
    Screen": the antibody is the antibody screen's, so the blood group stays a blood group)."""
    others = [o for o in spans if o is not span
              and any(lex.concepts[c].kind in ("analyte", "panel", "study") for c in o.concepts)]
    return [(a, b) for a, b in form_spans if not any(o.start <= a and b <= o.end for o in others)]


def _formless_substance(span: Span, form_spans: list[tuple[int, int]], lex: Lexicon) -> bool:
    """An analyte or blood panel whose own terms state no form, with a form stated outside its term
    (a body-fluid panel stays: "synovial fluid culture" names the fluid, `query.parse` makes it the specimen)."""
    outside = any(b <= span.start or a >= span.end for a, b in form_spans)
    return outside and all(
        (lex.concepts[c].kind == "analyte" or (lex.concepts[c].kind == "panel" and lex.concepts[c].spec in (None, "blood")))
        and not lex.concept_forms.get(c)
        for c in span.concepts
    )


_PARTS = re.compile(r"[()（）\[\]【】,，;；+＋]|(?<=[\u3400-\u9fff])[/／]|[/／](?=[\u3400-\u9fff])")


# A name written as its head and, in brackets, one Latin abbreviation ("尿酸(UA)", "Uric_Acid (UA)"): the abbreviation is
# the head's own (the record's or the case's shorthand), whatever else the same letters abbreviate elsewhere.
_ABBREVIATED = re.compile(r"^[^()（）]+[(（]\s*[A-Za-z][A-Za-z0-9-]{0,7}\s*[)）]$")


def read_name(name: str, lex: Lexicon) -> Reading:
    """A group or record name read part by part: a parenthesis or slash ends a word, which tokens do not
    show ("抗双链DNA抗体(抗dsDNA)" is two names of one test, not 体 glued to 抗)."""
    parts = [toks for p in _PARTS.split(name) if (toks := tokens(p))]
    if len(parts) <= 1:
        return read(tokens(name), lex, request=False)
    readings = [read(toks, lex, request=False) for toks in parts]
    m = _ABBREVIATED.match(name)
    if m and len(readings) == 2:  # 尿酸(UA): the record's own abbreviation of its head, not urinalysis's "UA"
        head = {c for sp in readings[0].spans for c in sp.concepts}
        paren = {c for sp in readings[1].spans for c in sp.concepts}
        if head and paren and not head & paren:
            readings = [readings[0], Reading((), readings[1].content, readings[1].forms, readings[1].free_forms)]
    return Reading(
        tuple(s for r in readings for s in r.spans),
        tuple(w for r in readings for w in r.content),
        frozenset().union(*(r.forms for r in readings)),
        frozenset().union(*(r.free_forms for r in readings)),
    )


def forms_agree(asked: frozenset[str], held: frozenset[str], lex: Lexicon) -> bool:
    """May a record stating forms `held` answer a request stating `asked`?

    Either side stating none agrees with anything ("HIV" vs "ELISA_for_HIV"); otherwise the forms must
    share a class (antibody, antigen, nucleic acid, culture, smear), and two antibody classes both named
    must be the same ("rubella IgG" is not "Rubella_IgM")."""
    if not asked or not held:
        return True
    parent = lex.form_parent
    if not {f for f in asked if f not in parent} & {f for f in held if f not in parent}:
        return False
    sub_a, sub_h = {f for f in asked if f in parent}, {f for f in held if f in parent}
    return not (sub_a and sub_h and not sub_a & sub_h)
