"""A request, read once into what it asks for: concepts, imaging (modality + sites), examination sites.

Parsing is independent of the case, so it is cached per request string; matching a parsed query
against a case's index is then a handful of dictionary look-ups.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass
from threading import Lock

from dxgym.emr_fixtures.lexicon import Lexicon, Span, load_lexicon, tag

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
    trend trending
    请 帮 我 们 想 要 查 一 下 做 个 看 结 果 的 患 者 病 人 开 给 了 吗 呢 再 也 还 有 和 及 项 次 份
    需 麻 烦 谢 能 否 可 以 左 右 双 侧 急 复 安 排 行 吧 先 该 位 名""".split()
)
_OBJECT_VERBS = frozenset("show give tell let for to get send help with ask lets".split())
MARKERS = frozenset({"exam", "pe"})

# Broader body regions a specific site belongs to (used both ways: "knee exam" finds a lower-limb
# examination; "musculoskeletal exam" finds a knee examination).
PARENTS: dict[str, frozenset[str]] = {
    "site_knee": frozenset({"site_leg", "site_msk", "site_extremities"}),
    "site_hip": frozenset({"site_leg", "site_msk", "site_extremities"}),
    "site_foot": frozenset({"site_leg", "site_msk", "site_extremities"}),
    "site_hand": frozenset({"site_arm", "site_msk", "site_extremities"}),
    "site_shoulder": frozenset({"site_arm", "site_msk", "site_extremities"}),
    "site_leg": frozenset({"site_extremities"}),
    "site_spine": frozenset({"site_msk"}),
    "site_arm": frozenset({"site_extremities"}),
    "site_liver": frozenset({"site_abdomen"}),
    "site_spleen": frozenset({"site_abdomen"}),
    "site_thyroid": frozenset({"site_neck"}),
    "site_heent": frozenset({"site_head", "site_eye", "site_ear", "site_nose", "site_oral", "site_neck"}),
    "site_ent": frozenset({"site_ear", "site_nose", "site_oral"}),
}


def widen(sites: frozenset[str]) -> frozenset[str]:
    out = set(sites)
    for s in sites:
        out |= PARENTS.get(s, frozenset())
    return frozenset(out)


def related(a: frozenset[str], b: frozenset[str]) -> bool:
    """Do two site sets name overlapping body regions (directly or one inside the other)?"""
    return bool(a & b) or bool(widen(a) & b) or bool(a & widen(b))


@dataclass(frozen=True, slots=True)
class Query:
    """What one request asks for, independent of any case."""

    exact_keys: tuple[str, ...]  # whole request and its filler-stripped core, as token strings
    concepts: tuple[tuple[str, str | None], ...]  # (analyte/panel/study id, specimen)
    imaging: tuple[frozenset[str], frozenset[str]] | None  # (modalities, sites)
    exam_sites: frozenset[str]  # examination sections asked for
    manoeuvres: frozenset[str]  # inspection / palpation / percussion / auscultation asked for (narrows a section)
    physical_all: bool  # "physical examination" with no section named
    spec: str | None  # specimen the request names explicitly
    content: tuple[str, ...]  # tokens that are neither lexicon terms nor filler (for the fuzzy tier)

    @property
    def empty(self) -> bool:
        return not (self.concepts or self.imaging or self.exam_sites or self.manoeuvres or self.physical_all)


def _core(toks: tuple[str, ...]) -> tuple[str, ...]:
    i, j = 0, len(toks)
    while i < j and toks[i] in FILLER:
        i += 1
    while j > i and toks[j - 1] in FILLER:
        j -= 1
    return toks[i:j]


_TEST_WORDS = frozenset("test tests testing assay assays stain screen study studies scan index ratio clearance "
                        "challenge tolerance stimulation suppression".split())


def _cjk(tok: str) -> bool:
    return len(tok) == 1 and "\u3400" <= tok <= "\u9fff"


def _inside_longer_word(span: Span, toks: tuple[str, ...], loose: set[int], lex: Lexicon) -> bool:
    """Is this analyte / panel term part of a longer name the lexicon does not know?

    Chinese is tokenised by character, so 红细胞计数 matches inside 网织红细胞计数 (reticulocytes): a
    neighbouring character that is neither a term nor filler means a different, unknown test. In English
    words the lexicon does not know between the term and a word naming a kind of test do the same ("urea
    breath test" is not urea); words before it are usually qualifiers ("peak troponin") and are let be."""
    if not any(lex.concepts[c].kind in ("analyte", "panel") for c in span.concepts):
        return False
    if not _cjk(toks[span.start]):
        j = span.end  # unknown words after the term, then a word naming a kind of test
        while j < len(toks) and j in loose and toks[j] not in FILLER and not toks[j].isdigit():
            j += 1
        return span.end < j < len(toks) and toks[j] in _TEST_WORDS
    neighbours = [j for j in (span.start - 1, span.end) if 0 <= j < len(toks) and _cjk(toks[j])]
    return any(j in loose and toks[j] not in FILLER for j in neighbours)


def parse(toks: tuple[str, ...], lex: Lexicon | None = None) -> Query:
    """Read a (screened) token sequence into a `Query`."""
    lex = lex or load_lexicon()
    spans, uncovered = tag(toks, lex)
    content = tuple(toks[i] for i in uncovered if toks[i] not in FILLER)
    ids: list[str] = []
    loose = set(uncovered)
    for span in spans:
        if _inside_longer_word(span, toks, loose, lex):
            continue  # "网织红细胞计数" is not "红细胞计数": a Chinese test name inside a longer, unknown one
        if span.weak and content:
            continue  # "us", "pt", "k" only count in a request made of terms
        if span.weak and span.start > 0 and toks[span.start - 1] in _OBJECT_VERBS:
            continue  # "show us the CBC", "let us see": a pronoun, not ultrasound
        ids.extend(span.concepts)
    kinds = {cid: lex.concepts[cid].kind for cid in ids}
    spec = next((lex.concepts[c].spec for c in ids if kinds[c] == "spec"), None)
    mods = frozenset(c for c in ids if kinds[c] == "mod")
    sites = frozenset(c for c in ids if kinds[c] == "site")
    markers = {c for c in ids if kinds[c] == "marker"}
    manoeuvres = frozenset(c for c in ids if kinds[c] == "man")
    concepts: list[tuple[str, str | None]] = []
    for cid in dict.fromkeys(ids):
        c = lex.concepts[cid]
        if c.kind in ("analyte", "panel", "study"):
            concepts.append((cid, (spec or c.spec) if c.spec else spec))
    imaging = None
    exam_sites: frozenset[str] = frozenset()
    physical_all = False
    if mods:
        if sites or mods != {"mod_imaging"}:
            imaging = (mods, sites)
    elif sites and (markers or manoeuvres or not (concepts or content)):
        exam_sites = sites
    elif "pe" in markers and not concepts and not spec and not content and not manoeuvres:
        physical_all = True  # "physical exam" alone; "局部查体" (a qualifier the lexicon lacks) is not every section
    core = _core(toks)
    keys = tuple(dict.fromkeys(k for k in (" ".join(toks), " ".join(core)) if k))
    if imaging is not None or concepts:
        manoeuvres = frozenset()
    return Query(keys, tuple(concepts), imaging, exam_sites, manoeuvres, physical_all, spec, content)


class QueryCache:
    """A bounded LRU of parsed requests (requests repeat across turns, episodes and rollouts)."""

    def __init__(self, size: int = 8192) -> None:
        self._size = size
        self._data: OrderedDict[tuple[str, ...], Query] = OrderedDict()
        self._lock = Lock()

    def get(self, toks: tuple[str, ...], lex: Lexicon) -> Query:
        found = self._data.get(toks)
        if found is not None:
            return found
        query = parse(toks, lex)
        with self._lock:
            self._data[toks] = query
            if len(self._data) > self._size:
                self._data.popitem(last=False)
        return query
