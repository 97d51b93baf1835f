"""Select the sentences that cover the most important concepts, each once (an integer program).

After Gillick & Favre (2009), the ICSI summarizer: a *concept* is a bigram of stemmed
words (not two stop words). Its weight is the chance that a human summary of the folder
uses it, from a small logistic model (Li et al. 2013 learn such weights too) of how many
independent reports use it (what many outlets report counts more, what one outlet repeats
does not), how many sentences use it, and how early it first appears in an article (news
puts the facts in the lead). The briefing is the set of sentences, within the word budget,
that covers the largest total weight, each concept counted once, so a repeat adds
nothing: the expected number of a reader's summary's bigrams it holds. scipy's HiGHS
solver finds it.
"""

from __future__ import annotations

import importlib.machinery
import importlib.util
import math
import os
import sys
from collections import Counter
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise
from types import ModuleType

import numpy as np
import scipy
from scipy import sparse

from .models import Sentence
from .terms import stem_tokens

Concept = tuple[str, str]
# A concept's weight is the chance that a human summary of the folder uses it: a logistic
# model of ln(reports using it), how early it first appears (1 - relative position),
# ln(sentences using it), and an intercept. Fit on DUC 2006 against its reference
# summaries, confirmed on Multi-News dev (benchmarks/fit_concepts.py prints these numbers;
# benchmarks/RESULTS.md). It replaces the hand-set "reports x (1 + lead)".
CONCEPT_MODEL = (0.68, 1.06, 0.66, -5.43)
# A sentence that every source carries is worth this many typical concepts more than one
# only its own source carries (linear in the share of sources): the corroboration that
# makes "reported by 4 of 5 sources" the version a reader sees.
CORROBORATION_WEIGHT = 8.0
# A briefing opens with what happened: at least one chosen sentence leads its article.
REQUIRE_LEAD = True
# Rounds of "show the version more sources carry" (see select_by_concepts).
MAX_SWAPS = 3
# Sentences (with the LP's own) in the quick first integer solve (see _solve_within_gap).
INCUMBENT_CANDIDATES = 50
# A selection whose concept weight is provably within this share of the best possible is
# taken: closing the last percent or two is most of the solver's time on large stories,
# for no difference a reader or ROUGE can see (1 % and 2 % score alike, RESULTS.md).
OPTIMALITY_GAP = 0.02
# The solver's time for one story; past it, the best solution found so far is used.
TIME_LIMIT_SECONDS = 10.0
# HiGHS's presolve rule "probing" (bit 15 of its presolve_rule_off mask), skipped (see _milp).
_PROBING = 1 << 15
# linprog's check that its solution satisfies the constraints: sqrt(1e-9) * 10.
_LINPROG_TOLERANCE = 10 * 1e-9**0.5


def _load_bindings() -> ModuleType | None:
    """HiGHS's own bindings as scipy ships them (scipy >= 1.15), or None.

    Loaded from scipy's folder without importing scipy.optimize: that package imports
    scipy.linalg, scipy.special and the rest of its solvers, 0.2 s of a ~1.5 s briefing of
    one story, and brief calls HiGHS alone. Under its own name, so a later
    `import scipy.optimize` finds the same module (Python keeps an extension module per
    name and file). Anything unexpected (another scipy, another layout) gives None, and
    brief solves through scipy.optimize (slower to import, the same answers).
    """
    name = "scipy.optimize._highspy._core"
    if name in sys.modules:
        return sys.modules[name]
    try:
        folder = os.path.join(os.path.dirname(scipy.__file__), "optimize", "_highspy")
        found = importlib.machinery.PathFinder.find_spec("_core", [folder])
        if found is None or found.origin is None:
            return None
        spec = importlib.util.spec_from_file_location(name, found.origin)
        if spec is None or spec.loader is None:  # pragma: no cover - not an extension
            return None
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        return module
    except (ImportError, OSError):  # pragma: no cover - scipy without the bindings
        return None


_highs = _load_bindings()


@dataclass(frozen=True, slots=True)
class _Rows:
    """Rows lb <= A @ x <= ub of the integer program (as scipy's LinearConstraint holds
    them, without importing scipy.optimize for it)."""

    A: sparse.spmatrix | np.ndarray
    lb: np.ndarray
    ub: np.ndarray

    @classmethod
    def of(cls, matrix: sparse.spmatrix | np.ndarray, lb: float, ub: float) -> _Rows:
        if not sparse.issparse(matrix):
            matrix = np.atleast_2d(matrix).astype(np.float64)
        shape = (matrix.shape[0],)
        return cls(
            matrix,
            np.broadcast_to(np.atleast_1d(lb).astype(np.float64), shape),
            np.broadcast_to(np.atleast_1d(ub).astype(np.float64), shape),
        )


def concepts_of(sentence: Sentence) -> set[Concept]:
    """The concepts of a sentence (concepts_in its words)."""
    return concepts_in(sentence.words)


def concepts_in(words: Sequence[str]) -> set[Concept]:
    """Bigrams of stemmed words, less those made of two stop words.

    Pieces without a letter or digit ("--", "``") are not words and are skipped, as
    ROUGE's tokenizer skips them; "'s" is kept, as the word "s" it becomes there.
    """
    tokens = [token for token in map(_concept_token, words) if token is not None]
    return {(a, b) for (a, a_stop), (b, b_stop) in pairwise(tokens) if not (a_stop and b_stop)}


@lru_cache(maxsize=200_000)
def _concept_token(word: str) -> tuple[str, bool] | None:
    """A word's stem and whether it is a stop word (stem_tokens), None if not a word.

    Depends on the word alone, and the same words recur across a story's thousands of
    sentences: cached, concepts_in is over twice as fast.
    """
    token = stem_tokens((word,))[0]
    return token if any(c.isalnum() for c in token[0]) else None


def min_sources(n_docs: int) -> int:
    """How many sources must use a concept before it counts (Gillick & Favre used 3 of 10).

    With one or two sources every bigram must count, or nothing would.
    """
    return 1 if n_docs < 3 else 2 if n_docs < 6 else 3


def concept_weights(
    sentences: Sequence[Sentence],
    concepts: Sequence[set[Concept]],
    report_of: Mapping[str, str],
) -> dict[Concept, float]:
    """How likely a human summary of the folder is to use each concept (0 to 1).

    A logistic model of three features (CONCEPT_MODEL): how many reports use the concept
    (reports, not documents: two copies of one wire story are one source of evidence), how
    many sentences use it, and how early it first appears in an article. The solver then
    covers the concepts a reader's summary would most likely hold, each counted once.
    """
    keys, features = concept_features(sentences, concepts, report_of)
    if not keys:
        return {}
    score = features @ np.array(CONCEPT_MODEL[:-1]) + CONCEPT_MODEL[-1]
    probability = 1.0 / (1.0 + np.exp(-score))
    return dict(zip(keys, probability.tolist(), strict=True))


def concept_features(
    sentences: Sequence[Sentence],
    concepts: Sequence[set[Concept]],
    report_of: Mapping[str, str],
) -> tuple[list[Concept], np.ndarray]:
    """The concepts that enough reports use (min_sources), sorted, and their features:
    ln(reports using it), how early it first appears (1 - relative position, at most 1),
    ln(sentences using it). Also what benchmarks/fit_concepts.py fits CONCEPT_MODEL on."""
    docs: dict[Concept, set[str]] = {}
    lead: dict[Concept, float] = {}
    uses: Counter[Concept] = Counter()
    for sentence, found in zip(sentences, concepts, strict=True):
        report = report_of.get(sentence.doc_id, sentence.doc_id)
        early = max(0.0, 1.0 - sentence.relative_position)
        uses.update(found)  # counted in C; the loop below is the per-concept rest
        for concept in found:
            if concept in docs:
                docs[concept].add(report)
                if early > lead[concept]:
                    lead[concept] = early
            else:
                docs[concept] = {report}
                lead[concept] = early
    floor = min_sources(count_reports(sentences, report_of))
    keys = sorted(c for c, d in docs.items() if len(d) >= floor)
    features = np.array(
        [[math.log(len(docs[c])), lead[c], math.log(uses[c])] for c in keys]
    ).reshape(len(keys), 3)
    return keys, features


def count_reports(sentences: Sequence[Sentence], report_of: Mapping[str, str]) -> int:
    """How many independent reports the sentences come from."""
    return len({report_of.get(s.doc_id, s.doc_id) for s in sentences})


def select_by_concepts(
    sentences: Sequence[Sentence],
    eligible: Sequence[int],
    words: int,
    redundant: np.ndarray,
    supports: np.ndarray,
    carriers: Sequence[int],
    report_of: Mapping[str, str],
    needs: Mapping[int, Sequence[int]] | None = None,
    ledes: Collection[int] | None = None,
) -> tuple[list[int], dict[int, float]]:
    """The chosen sentence indices (no order implied), and the concept weight of each.

    `carriers[i]` is the number of reports that carry sentence i; `report_of` maps a
    document id to its report's (a document that is nobody's copy is its own report).
    `needs[i]` lists the sentences that introduce someone sentence i names by surname
    alone: i is chosen only with one of them (none: never). `ledes` are the sentences
    that may open the story (default: every article's first sentence); one of them is
    chosen (REQUIRE_LEAD).

    Among sentences that say the same thing, the one more sources carry is the one shown:
    when a chosen sentence carries a shorter one that more sources carry, the shorter one
    takes its place and the rest of the budget is chosen again (at most MAX_SWAPS rounds).
    """
    concepts = [concepts_of(s) for s in sentences]
    problem = _Problem(
        sentences,
        concepts,
        concept_weights(sentences, concepts, report_of),
        carriers,
        count_reports(sentences, report_of),
        needs or {},
        frozenset(i for i, s in enumerate(sentences) if s.position == 0)
        if ledes is None
        else frozenset(ledes),
    )
    forced_in: set[int] = set()
    forced_out: set[int] = set()
    chosen, covered = _solve(problem, eligible, words, redundant, forced_in, forced_out)
    for _ in range(MAX_SWAPS):
        swaps = {}
        for j in chosen:
            better = [
                i
                for i in eligible
                if supports[i, j] and carriers[i] > carriers[j] and i not in chosen
            ]
            if better:
                swaps[j] = max(better, key=lambda i: (carriers[i], -sentences[i].doc_index))
        if not swaps:
            break
        forced_out |= swaps.keys()
        forced_in = (forced_in - swaps.keys()) | set(swaps.values())
        again = _solve(problem, eligible, words, redundant, forced_in, forced_out)
        if not again[0]:
            break  # the swap does not fit with the rest: keep what we had
        chosen, covered = again
    return chosen, covered


@dataclass(frozen=True, slots=True)
class _Problem:
    """What stays the same between the solver's rounds."""

    sentences: Sequence[Sentence]
    concepts: Sequence[set[Concept]]
    weights: dict[Concept, float]
    carriers: Sequence[int]
    reports: int
    needs: Mapping[int, Sequence[int]]  # see select_by_concepts
    ledes: frozenset[int]  # see select_by_concepts


def _solve(
    problem: _Problem,
    eligible: Sequence[int],
    words: int,
    redundant: np.ndarray,
    forced_in: set[int],
    forced_out: set[int],
) -> tuple[list[int], dict[int, float]]:
    sentences, concepts, weights, carriers = (
        problem.sentences,
        problem.concepts,
        problem.weights,
        problem.carriers,
    )
    lengths = {j: len(sentences[j].text.split()) for j in eligible}
    # Sentences without a weighted concept stay candidates: they fill what is left of the
    # budget, the earliest first (the lead bonus below), rather than leave it empty.
    candidates = [j for j in eligible if lengths[j] <= words and j not in forced_out]
    if not candidates or not weights:
        return [], {}
    index: dict[Concept, int] = {}
    rows, cols = [], []
    for col, j in enumerate(candidates):
        for concept in sorted(concepts[j] & weights.keys()):
            rows.append(index.setdefault(concept, len(index)))
            cols.append(col)
    m, k = len(candidates), len(index)
    if k == 0:
        return [], {}
    w = np.zeros(k)
    for concept, row in index.items():
        w[row] = weights[concept]
    # Variables: m sentence switches, then k concept switches. Ties between equally good
    # selections go to sentences earlier in their articles (a tiny bonus, not a weight).
    lead_bonus = (
        1e-3 * w.mean() * np.array([1.0 - sentences[j].relative_position for j in candidates])
    )
    share = np.array([carriers[j] - 1 for j in candidates], dtype=float)
    share /= max(1, problem.reports - 1)
    corroboration = CORROBORATION_WEIGHT * w.mean() * share
    objective = -np.concatenate([lead_bonus + corroboration, w])
    has = sparse.csr_matrix((np.ones(len(rows)), (rows, cols)), shape=(k, m))
    constraints = [
        # A concept counts only if a chosen sentence has it: c_i - sum(s_j, j has i) <= 0.
        _Rows.of(sparse.hstack([-has, sparse.identity(k)]), -np.inf, 0.0),
        _Rows.of(
            np.concatenate([[lengths[j] for j in candidates], np.zeros(k)])[None, :],
            -np.inf,
            float(words),
        ),
    ]
    leads = [col for col, j in enumerate(candidates) if j in problem.ledes]
    if leads and REQUIRE_LEAD:
        opening = np.zeros(m + k)
        opening[leads] = 1.0
        constraints.append(_Rows.of(opening[None, :], 1.0, np.inf))
    a, b = np.nonzero(np.triu(redundant[np.ix_(candidates, candidates)], 1))
    if len(a):  # never two sentences that repeat each other
        pairs = sparse.csr_matrix(
            (
                np.ones(2 * len(a)),
                (np.repeat(np.arange(len(a)), 2), np.column_stack([a, b]).ravel()),
            ),
            shape=(len(a), m + k),
        )
        constraints.append(_Rows.of(pairs, -np.inf, 1.0))
    column = {j: col for col, j in enumerate(candidates)}
    needing = [j for j in candidates if j in problem.needs]
    if needing:  # s_j <= sum of the sentences that introduce j's surname
        introduce = sparse.lil_matrix((len(needing), m + k))
        for row, j in enumerate(needing):
            introduce[row, column[j]] = 1.0
            for i in problem.needs[j]:
                if i in column:
                    introduce[row, column[i]] = -1.0
        constraints.append(_Rows.of(introduce.tocsr(), -np.inf, 0.0))
    lower = np.array([1.0 if j in forced_in else 0.0 for j in candidates] + [0.0] * k)
    x = _solve_within_gap(objective, constraints, lower, m)
    if x is None:
        return [], {}
    chosen = [candidates[col] for col in range(m) if x[col] > 0.5]
    covered = {j: float(sum(weights[c] for c in concepts[j] & weights.keys())) for j in chosen}
    return chosen, covered


def _solve_within_gap(
    objective: np.ndarray, constraints: list[_Rows], lower: np.ndarray, m: int
) -> np.ndarray | None:
    """A selection provably within OPTIMALITY_GAP of the integer optimum, found quickly.

    HiGHS spends seconds at the root of a story of a few thousand sentences although the
    LP relaxation takes milliseconds and bounds the optimum closely. So: solve the LP;
    solve the integer problem over the few sentences the LP uses and the
    INCUMBENT_CANDIDATES with the smallest reduced costs. If that selection is within
    OPTIMALITY_GAP of the LP bound, it is taken. Otherwise every sentence whose reduced
    cost exceeds the remaining gap cannot be in any better solution (taking it would cost
    more than the gap) and is fixed to 0 (reduced-cost fixing, exact), and HiGHS solves
    what is left to the same gap, starting from that selection. A story of 2,400
    sentences: 0.3 s instead of 4.5 s (benchmarks/speed.py), ROUGE unchanged
    (benchmarks/RESULTS.md).
    """
    n = len(objective)
    # The constraints as one column-wise matrix with its row limits, as HiGHS takes them.
    matrices = [sparse.csr_matrix(c.A) for c in constraints]
    shapes = [(a.shape[0],) for a in matrices]
    rows = (
        sparse.vstack(matrices).tocsc(),
        np.concatenate(
            [np.broadcast_to(c.lb, s) for c, s in zip(constraints, shapes, strict=True)]
        ),
        np.concatenate(
            [np.broadcast_to(c.ub, s) for c, s in zip(constraints, shapes, strict=True)]
        ),
    )
    relaxed = _relaxation(objective, constraints, lower)
    upper = np.ones(n)
    incumbent = None
    if relaxed is not None:
        value, x, reduced = relaxed
        used = upper.copy()
        cheapest = np.argsort(reduced[:m], kind="stable")[:INCUMBENT_CANDIDATES]
        used[:m] = (x[:m] > 1e-9) | (lower[:m] > 0)
        used[cheapest] = 1.0
        incumbent = _milp(objective, rows, lower, used)
        if incumbent is not None:
            gap = objective @ incumbent - value
            if gap <= OPTIMALITY_GAP * abs(value):
                return incumbent  # provably within OPTIMALITY_GAP of the optimum already
            slack = 1e-7 * max(1.0, abs(value))
            upper[:m] = np.where(reduced[:m] > gap + slack, 0.0, 1.0)
            upper[:m] = np.maximum(upper[:m], lower[:m])
    return _milp(objective, rows, lower, upper, incumbent)


def _milp(
    objective: np.ndarray,
    rows: tuple[sparse.csc_matrix, np.ndarray, np.ndarray],
    lower: np.ndarray,
    upper: np.ndarray,
    start: np.ndarray | None = None,
) -> np.ndarray | None:
    """The integer program's solution within OPTIMALITY_GAP (None if HiGHS finds none).

    HiGHS is called through the bindings scipy ships (scipy >= 1.15) so that the last
    solve can be given `start`, a feasible selection to improve on, and skip presolve's
    probing: on a story of thousands of sentences probing is most of that solve (3 of
    4 s for the largest at 10,000 articles) for no better selection. Without `start`
    (the quick first solve) HiGHS runs as scipy.optimize.milp runs it, with the same
    result. Older scipy: scipy.optimize.milp, without either.
    """
    matrix, least, most = rows
    if _highs is not None:
        try:
            return _highs_solve(objective, rows, lower, upper, start)
        except Exception:  # any failure of a private module, not only a rename
            # The bindings are scipy's private module: should a later scipy change them in
            # any way, brief solves the same problem the public way (slower, the same
            # guarantee), where a real error would be raised again.
            pass
    from scipy.optimize import Bounds, LinearConstraint, milp

    return milp(
        objective,
        constraints=LinearConstraint(matrix, least, most),
        integrality=np.ones(len(objective)),
        bounds=Bounds(lower, upper),
        options={"time_limit": TIME_LIMIT_SECONDS, "mip_rel_gap": OPTIMALITY_GAP},
    ).x


def _highs_solve(
    objective: np.ndarray,
    rows: tuple[sparse.csc_matrix, np.ndarray, np.ndarray],
    lower: np.ndarray,
    upper: np.ndarray,
    start: np.ndarray | None,
) -> np.ndarray | None:
    """_milp through the HiGHS bindings scipy ships."""
    model = _highs_model(objective, rows, lower, upper)
    model.integrality_ = [_highs.HighsVarType.kInteger] * len(objective)
    solver = _highs._Highs()
    solver.setOptionValue("output_flag", False)
    solver.setOptionValue("time_limit", TIME_LIMIT_SECONDS)
    solver.setOptionValue("mip_rel_gap", OPTIMALITY_GAP)
    solver.passModel(model)
    if start is not None:
        solver.setOptionValue("presolve_rule_off", _PROBING)
        known = _highs.HighsSolution()
        known.col_value = start
        known.value_valid = True
        solver.setSolution(known)
    solver.run()
    stopped = (_highs.HighsModelStatus.kTimeLimit, _highs.HighsModelStatus.kIterationLimit)
    status = solver.getModelStatus()
    if status != _highs.HighsModelStatus.kOptimal and (
        status not in stopped or solver.getInfo().objective_function_value == _highs.kHighsInf
    ):
        return None  # no selection (as scipy.optimize.milp: x is None)
    return np.array(solver.getSolution().col_value)


def _highs_model(
    objective: np.ndarray,
    rows: tuple[sparse.csc_matrix | sparse.csc_array, np.ndarray, np.ndarray],
    lower: np.ndarray,
    upper: np.ndarray,
):  # -> HiGHS's HighsLp
    """HiGHS's model of min objective @ x, least <= matrix @ x <= most, lower <= x <= upper."""
    matrix, least, most = rows
    model = _highs.HighsLp()
    model.num_col_ = model.a_matrix_.num_col_ = len(objective)
    model.num_row_ = model.a_matrix_.num_row_ = matrix.shape[0]
    model.a_matrix_.format_ = _highs.MatrixFormat.kColwise
    model.a_matrix_.start_ = matrix.indptr
    model.a_matrix_.index_ = matrix.indices
    model.a_matrix_.value_ = matrix.data
    model.col_cost_ = objective
    model.col_lower_ = lower
    model.col_upper_ = upper
    model.row_lower_ = least
    model.row_upper_ = most
    return model


def _relaxation(
    objective: np.ndarray, constraints: list[_Rows], lower: np.ndarray
) -> tuple[float, np.ndarray, np.ndarray] | None:
    """The LP relaxation's value, solution and reduced costs (None if HiGHS fails)."""
    rows, limits = [], []
    for constraint in constraints:
        matrix = sparse.csr_matrix(constraint.A)
        below = np.broadcast_to(constraint.ub, (matrix.shape[0],))
        above = np.broadcast_to(constraint.lb, (matrix.shape[0],))
        if np.isfinite(below).any():
            rows.append(matrix[np.isfinite(below)])
            limits.append(below[np.isfinite(below)])
        if np.isfinite(above).any():  # a >= row becomes a <= row with signs flipped
            rows.append(-matrix[np.isfinite(above)])
            limits.append(-above[np.isfinite(above)])
    matrix, limit = sparse.vstack(rows).tocsr(), np.concatenate(limits)
    if _highs is not None:
        try:
            return _highs_relaxation(objective, matrix, limit, lower)
        except Exception:  # as in _milp: any failure, then the public way
            pass
    from scipy.optimize import linprog

    result = linprog(
        objective,
        A_ub=matrix,
        b_ub=limit,
        bounds=np.column_stack([lower, np.ones(len(objective))]),
        method="highs",
    )
    if result.status != 0:
        return None
    return float(result.fun), result.x, result.lower.marginals


def _highs_relaxation(
    objective: np.ndarray, matrix: sparse.csr_matrix, limit: np.ndarray, lower: np.ndarray
) -> tuple[float, np.ndarray, np.ndarray] | None:
    """_relaxation through the bindings: the model, options and checks of
    scipy.optimize.linprog(method="highs"), so the same answer, bit for bit."""
    n = len(objective)
    # Built as linprog builds it (its A_ub, then an empty A_eq), down to the entries' order.
    inequalities = sparse.coo_array(matrix, dtype=float, copy=True)
    columns = sparse.csc_array(sparse.vstack((inequalities, sparse.coo_array((0, n), dtype=float))))
    upper = np.ones(n)
    model = _highs_model(objective, (columns, np.full(len(limit), -np.inf), limit), lower, upper)
    solver = _highs._Highs()
    options = _highs.HighsOptions()
    options.presolve = "on"
    options.highs_debug_level = _highs.HighsDebugLevel.kHighsDebugLevelNone
    options.log_to_console = False
    options.output_flag = False
    options.simplex_strategy = _highs.simplex_constants.SimplexStrategy.kSimplexStrategyDual
    solver.passOptions(options)
    solver.passModel(model)
    solver.run()
    if solver.getModelStatus() != _highs.HighsModelStatus.kOptimal:
        return None
    solution = solver.getSolution()
    x = np.array(solution.col_value)
    fun = solver.getInfo().objective_function_value
    slack = limit - np.asarray(solution.row_value)
    # linprog's own check of the solution (scipy.optimize._linprog_util._check_result).
    tolerance = _LINPROG_TOLERANCE
    if np.isnan(x).any() or np.isnan(fun) or np.isnan(slack).any():
        return None
    if (
        not np.all((x >= lower - tolerance) & (x <= upper + tolerance))
        or (slack < -tolerance).any()
    ):
        return None
    at_lower = _highs.HighsBasisStatus.kLower
    duals = solution.col_dual
    reduced = np.zeros(n)
    for column, status in enumerate(solver.getBasis().col_status):
        if status == at_lower:
            reduced[column] = duals[column]
    return float(fun), x, reduced
