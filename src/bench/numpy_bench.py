"""numpy + scipy doing the same runs as Stride's bench, for the side-by-side ratio.

Prints JSON: trials per second for Welch n=50 and Mann-Whitney n=50 (normal data), vectorised.
"""
import json
import sys
import time

import numpy as np
from scipy import stats


def rate(fn, batch, seconds=1.0):
    fn(batch)  # warm up
    done, t0 = 0, time.perf_counter()
    while time.perf_counter() - t0 < seconds:
        fn(batch)
        done += batch
    return done / (time.perf_counter() - t0)


rng = np.random.default_rng(1)


def welch(b):
    x = rng.normal(0.0, 1.0, (b, 50))
    y = rng.normal(0.5, 1.0, (b, 50))
    p = stats.ttest_ind(y, x, axis=1, equal_var=False).pvalue
    return (p < 0.05).mean()


def mann_whitney(b):
    x = rng.normal(0.0, 1.0, (b, 50))
    y = rng.normal(0.5, 1.0, (b, 50))
    p = stats.mannwhitneyu(y, x, axis=1, method='asymptotic').pvalue
    return (p < 0.05).mean()


seconds = float(sys.argv[1]) if len(sys.argv) > 1 else 1.0
print(json.dumps({'welch50': rate(welch, 20000, seconds), 'mannWhitney50': rate(mann_whitney, 5000, seconds)}))
