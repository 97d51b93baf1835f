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
