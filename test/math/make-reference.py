#!/usr/bin/env python3
"""Writes reference-values.json: correctly rounded values of the elementary functions in src/math.

Run once, by hand, from the repository root: python3 test/math/make-reference.py
It uses mpmath (1.3) at 120 significant digits, independently of borderflow's code and of any
JavaScript engine; each result is rounded once to the nearest double (float(mpf) rounds to nearest).
Arguments and results are written with float.hex so that no decimal conversion can move a bit.
"""
import json
import random

import mpmath

mpmath.mp.dps = 120
rng = random.Random(20261202)


def spread(lo, hi, n):
    """n arguments log-uniform in [lo, hi] (lo, hi > 0)."""
    return [float(mpmath.exp(mpmath.mpf(rng.uniform(float(mpmath.log(lo)), float(mpmath.log(hi)))))) for _ in range(n)]


def table(fn, args):
    rows = []
    for x in args:
        x = float(x) if isinstance(x, int) else (tuple(float(a) for a in x) if isinstance(x, tuple) else x)
        v = fn(x)
        rows.append([x.hex() if isinstance(x, float) else [a.hex() for a in x], float(v).hex()])
    return rows


M = mpmath.mpf
cases = {}
log_args = [5e-324, 1e-310, 2.2250738585072014e-308, 1e-300, 1e-20, 0.1, 0.5, 0.7071067811865476, 0.9999999,
            1 - 2**-53, 1 + 2**-52, 1.0000001, 1.5, 2.0, 2.718281828459045, 3.0, 10.0, 1e10, 1e300, 1.7976931348623157e308]
cases["log"] = table(lambda x: mpmath.log(M(x)), log_args + spread(1e-300, 1e300, 40) + [rng.uniform(0.5, 2) for _ in range(40)])
log1p_args = [-0.9999999999999999, -0.5, -0.2928932188134524, -0.29, -1e-5, -2**-30, 2**-60, 1e-300, 5e-324, 1e-10, 2**-29,
              0.41421356237309503, 0.5, 1.0, 2**53, 1e300]
cases["log1p"] = table(lambda x: mpmath.log1p(M(x)), log1p_args + [-rng.random() for _ in range(40)] + spread(1e-20, 1e20, 40))
exp_args = [-745.1, -745.13321910194110842, -709.0, -708.4, -100.0, -1.0, -0.5, -1e-10, 5e-324, 1e-20, 2**-28, 0.3, 0.34657359027997264,
            0.35, 1.0, 1.0397207708399179, 2.0, 10.0, 100.0, 700.0, 709.78]
cases["exp"] = table(lambda x: mpmath.exp(M(x)), exp_args + [rng.uniform(-745, 709) for _ in range(40)] + [rng.uniform(-2, 2) for _ in range(40)])
expm1_args = [-40.0, -38.0, -1.0, -0.5, -0.25, -1e-10, 5e-324, 1e-300, 2**-55, 1e-10, 0.25, 0.34657359027997264, 0.5, 1.0, 1.04, 2.0,
              13.0, 20.0, 38.0, 50.0, 700.0, 709.78]
cases["expm1"] = table(lambda x: mpmath.expm1(M(x)), expm1_args + [rng.uniform(-40, 709) for _ in range(40)] + [rng.uniform(-1, 1) for _ in range(40)])
pow_args = [(2.0, 0.5), (2.0, -1074.0), (2.0, 1023.0), (0.5, 1074.0), (10.0, 0.3), (0.3, 1 / 3), (1.0000001, 1e9), (0.9999999, -1e9),
            (5e-324, 0.5), (1e-310, 0.9), (1.7976931348623157e308, 0.999), (-2.0, 3.0), (-2.0, -3.0), (-0.5, 4.0), (3.0, 1e-10),
            (7.0, 1 / 0.3), (0.01, 1 / 0.7), (123.456, 2.5), (1e-5, 0.125)]
pow_args += [(rng.uniform(0, 10), rng.uniform(-10, 10)) for _ in range(40)] + [(rng.random(), 1 / rng.uniform(0.05, 1)) for _ in range(40)]
cases["pow"] = table(lambda a: mpmath.power(M(a[0]), M(a[1])), pow_args)
tanpi_args = [1e-300, 5e-324, 1e-10, 0.1, 0.2, 0.2499999999999, 0.25000000000001, 0.3, 0.4, 0.49, 0.4999999999, 0.5 - 2**-54, 0.6, 0.75,
              0.9, 1.3, -0.3, 123.456, -7.9, 2**50 + 0.25]
cases["tanPi"] = table(lambda x: mpmath.tan(mpmath.pi * M(x)), tanpi_args + [rng.uniform(-3, 3) for _ in range(40)] + [rng.uniform(0, 0.5) for _ in range(40)])

with open("test/math/reference-values.json", "w") as f:
    # One [argument(s), value] row per line, so that a diff shows which value changed.
    f.write('{\n"made": "python3 test/math/make-reference.py (mpmath %s, 120 digits, rounded once to the nearest double; values as float.hex)",\n' % mpmath.__version__)
    f.write('"functions": {\n')
    f.write(",\n".join(json.dumps(name) + ": [\n" + ",\n".join(json.dumps(row) for row in rows) + "\n]" for name, rows in cases.items()))
    f.write("\n}\n}\n")
