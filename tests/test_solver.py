"""The integer program's solver: HiGHS through scipy's bindings, and the plain scipy path."""

import numpy as np
import pytest
from scipy import sparse

from brief import concepts

# Four sentences (switches) and a budget of 10 words: lengths 6, 5, 5, 4; worth 7, 5, 5, 2.
# The best selection within the budget is sentences 1 and 2 (10 words, worth 10); the
# first alone (worth 7) is a feasible start the solver must improve on.
WORTH = np.array([7.0, 5.0, 5.0, 2.0])
ROWS = (sparse.csc_matrix([[6.0, 5.0, 5.0, 4.0]]), np.array([-np.inf]), np.array([10.0]))


@pytest.mark.parametrize("bindings", [True, False], ids=["highs-bindings", "scipy-milp"])
def test_the_last_solve_improves_on_its_start_to_the_best_selection(monkeypatch, bindings):
    if not bindings:  # as on scipy < 1.15, which has no HiGHS bindings to call
        monkeypatch.setattr(concepts, "_highs", None)
    elif concepts._highs is None:
        pytest.skip("this scipy ships no HiGHS bindings")
    start = np.array([1.0, 0.0, 0.0, 0.0])
    x = concepts._milp(-WORTH, ROWS, np.zeros(4), np.ones(4), start)
    assert x is not None
    assert list(np.round(x)) == [0.0, 1.0, 1.0, 0.0]


def test_bindings_that_a_later_scipy_changed_fall_back_to_scipy_milp(monkeypatch):
    class Changed:  # the module is there, its names are not
        pass

    monkeypatch.setattr(concepts, "_highs", Changed())
    x = concepts._milp(-WORTH, ROWS, np.zeros(4), np.ones(4), np.array([1.0, 0, 0, 0]))
    assert list(np.round(x)) == [0.0, 1.0, 1.0, 0.0]


def test_a_problem_with_no_selection_gives_none():
    # Sentence 0 must be chosen (lower bound 1) but does not fit the budget.
    x = concepts._milp(-WORTH, ROWS, np.array([1.0, 1.0, 1.0, 0.0]), np.ones(4))
    assert x is None


def test_the_relaxation_through_the_bindings_is_linprogs_bit_for_bit(monkeypatch):
    # The LP that bounds the optimum, with the rows _solve makes: coverage (a concept counts
    # only if a chosen sentence has it), the word budget, one lead sentence at least.
    if concepts._highs is None:
        pytest.skip("this scipy ships no HiGHS bindings")
    has = sparse.csr_matrix([[1.0, 0, 1, 0], [0, 1, 1, 0], [0, 0, 0, 1], [1, 1, 0, 0]])
    rows = [
        concepts._Rows.of(sparse.hstack([-has, sparse.identity(4)]), -np.inf, 0.0),
        concepts._Rows.of(np.array([[6.0, 5, 5, 4, 0, 0, 0, 0]]), -np.inf, 10.0),
        concepts._Rows.of(np.array([[1.0, 1, 0, 0, 0, 0, 0, 0]]), 1.0, np.inf),
    ]
    objective = -np.array([0.01, 0.02, 0.0, 0.01, 0.9, 0.5, 0.3, 0.7])
    for lower in (np.zeros(8), np.array([0, 1.0, 0, 0, 0, 0, 0, 0])):
        bindings = concepts._relaxation(objective, rows, lower)
        monkeypatch.setattr(concepts, "_highs", None)  # scipy.optimize.linprog, as before
        plain = concepts._relaxation(objective, rows, lower)
        monkeypatch.undo()
        assert bindings is not None and plain is not None
        assert bindings[0] == plain[0]
        assert np.array_equal(bindings[1], plain[1])
        assert np.array_equal(bindings[2], plain[2])  # the reduced costs reduced-cost fixing uses


def test_a_briefing_of_one_story_leaves_scipy_optimize_unimported(tmp_path, python_output):
    """HiGHS's bindings are loaded on their own: scipy.optimize (0.2 s) stays out."""
    if concepts._highs is None:
        pytest.skip("this scipy ships no HiGHS bindings: brief solves through scipy.optimize")
    folder = tmp_path / "in"
    folder.mkdir()
    for n, city in enumerate(["Lyon", "Turin", "Porto"]):
        (folder / f"{n}.txt").write_text(
            f"Flood waters rose in {city} on Monday after three days of rain.\n\n"
            f"The river in {city} broke its banks and hundreds of homes were evacuated.\n\n"
            "Officials said the rain would ease by Wednesday, and schools stayed closed.\n"
        )
    code = (
        "import sys\nfrom pathlib import Path\nfrom brief import BuildOptions, build\n"
        f"briefing = build(Path({str(folder)!r}), BuildOptions(single_story=True))\n"
        "assert briefing.stories and briefing.stories[0].claims\n"
        "print('scipy.optimize' in sys.modules)\n"
    )
    assert python_output(code) == "False"


def test_scipy_optimize_imported_after_brief_still_solves(python_output):
    """A library user's own scipy.optimize, imported after brief loaded HiGHS's bindings
    on their own, gets the same module and works (no second copy of HiGHS's types)."""
    code = (
        "import numpy as np\nimport brief.concepts\nfrom scipy.optimize import milp\n"
        "import scipy.optimize._highspy._core as core\n"
        "assert brief.concepts._highs is None or brief.concepts._highs is core\n"
        "x = milp([-1.0, -1.0], integrality=[1, 1],\n"
        "         constraints=(np.array([[2.0, 3.0]]), -np.inf, 6.0), bounds=(0, 5)).x\n"
        "print(sorted(np.round(x).tolist()))\n"
    )
    assert python_output(code) == "[0.0, 3.0]"
