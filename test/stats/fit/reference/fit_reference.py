#!/usr/bin/env python3
"""Reference values for test/stats/fit, computed independently of the TypeScript code.

Plain python3 (math only; scipy is not available here). Closed forms where they exist
(exponential, normal, lognormal, uniform); for gamma, Erlang, Weibull and triangular a direct
search of the log-likelihood written out from the densities (golden section, grids), which shares
no code or algorithm with src/stats/fit. KS and AD statistics from their definitions with the CDFs
written out (math.erf for the normal). Run: python3 test/stats/fit/reference/fit_reference.py
"""
import json
import math

SAMPLE = [3.2, 4.1, 4.7, 5.0, 5.3, 5.9, 6.4, 7.2, 8.8, 9.5, 12.1, 15.6]
n = len(SAMPLE)
xs = sorted(SAMPLE)
mean = sum(xs) / n
logs = [math.log(x) for x in xs]
mlog = sum(logs) / n


def golden(f, lo, hi, tol=1e-13):
    g = (math.sqrt(5) - 1) / 2
    a, b = lo, hi
    c, d = b - g * (b - a), a + g * (b - a)
    fc, fd = f(c), f(d)
    while b - a > tol * (abs(a) + abs(b)):
        if fc > fd:
            b, d, fd = d, c, fc
            c = b - g * (b - a)
            fc = f(c)
        else:
            a, c, fc = c, d, fd
            d = a + g * (b - a)
            fd = f(d)
    return (a + b) / 2


def gamma_ll(k, theta):
    return sum((k - 1) * math.log(x) - x / theta - k * math.log(theta) - math.lgamma(k) for x in xs)


def weibull_ll(k, lam):
    return sum(math.log(k / lam) + (k - 1) * math.log(x / lam) - (x / lam) ** k for x in xs)


def weibull_scale(k):
    return (sum(x ** k for x in xs) / n) ** (1 / k)


def tri_ll(a, c, b):
    s = 0.0
    for x in xs:
        if x < c:
            s += math.log(2 * (x - a) / ((b - a) * (c - a)))
        elif x > c:
            s += math.log(2 * (b - x) / ((b - a) * (b - c)))
        else:
            s += math.log(2 / (b - a))
    return s


def tri_fit():
    # Grid over the ends (modes at the data points or the ends), refined three times around the best.
    best = (-math.inf, None)
    a_lo, a_hi = 1e-9, xs[0] - 1e-9
    b_lo, b_hi = xs[-1] + 1e-9, xs[-1] + 3 * (xs[-1] - xs[0])
    for _ in range(6):
        steps = 120
        for i in range(steps + 1):
            a = a_lo + (a_hi - a_lo) * i / steps
            for j in range(steps + 1):
                b = b_lo + (b_hi - b_lo) * j / steps
                for c in [a, b] + xs:
                    if c <= a and any(x <= a for x in xs):
                        continue
                    try:
                        ll = tri_ll(a, c, b) if a < c < b else (
                            sum(math.log(2 * (b - x) / (b - a) ** 2) for x in xs) if c == a else
                            sum(math.log(2 * (x - a) / (b - a) ** 2) for x in xs))
                    except (ValueError, ZeroDivisionError):
                        continue
                    if ll > best[0]:
                        best = (ll, (a, c, b))
        a0, _, b0 = best[1]
        wa, wb = (a_hi - a_lo) / 10, (b_hi - b_lo) / 10
        a_lo, a_hi = max(1e-12, a0 - wa), min(xs[0] - 1e-12, a0 + wa)
        b_lo, b_hi = max(xs[-1] + 1e-12, b0 - wb), b0 + wb
    return best


ref = {"sample": SAMPLE}
ref["exponential"] = {"mean": mean}
sd = math.sqrt(sum((x - mean) ** 2 for x in xs) / n)
ref["normal"] = {"mean": mean, "sd": sd}
s2 = sum((l - mlog) ** 2 for l in logs) / n
ref["lognormal"] = {"mean": math.exp(mlog + s2 / 2), "cv": math.sqrt(math.exp(s2) - 1)}
spacing = (xs[-1] - xs[0]) / (n - 1)
ref["uniform"] = {"min": xs[0] - spacing, "max": xs[-1] + spacing}
k = golden(lambda k: gamma_ll(k, mean / k), 0.01, 100)
ref["gamma"] = {"mean": mean, "cv": 1 / math.sqrt(k), "shape": k, "logLikelihood": gamma_ll(k, mean / k)}
ek = max(range(1, 60), key=lambda k: gamma_ll(k, mean / k))
ref["erlang"] = {"mean": mean, "k": ek, "logLikelihood": gamma_ll(ek, mean / ek)}
wk = golden(lambda k: weibull_ll(k, weibull_scale(k)), 0.01, 100)
ref["weibull"] = {"shape": wk, "scale": weibull_scale(wk), "logLikelihood": weibull_ll(wk, weibull_scale(wk))}
tll, (ta, tc, tb) = tri_fit()
ref["triangular"] = {"min": ta, "mode": tc, "max": tb, "logLikelihood": tll}
# A second sample, peaked in the middle, whose triangle has an inner mode.
PEAKED = [1.0, 3.0, 4.0, 4.5, 4.8, 5.0, 5.2, 5.5, 6.0, 7.0, 9.0]
xs, n = sorted(PEAKED), len(PEAKED)
pll, (pa, pc, pb) = tri_fit()
ref["triangularPeaked"] = {"sample": PEAKED, "min": pa, "mode": pc, "max": pb, "logLikelihood": pll}
xs, n = sorted(SAMPLE), len(SAMPLE)
ref["logLikelihood"] = {
    "exponential": -n * math.log(mean) - n,
    "normal": -n * (math.log(sd) + 0.5 * math.log(2 * math.pi)) - n / 2,
}


def ks(cdf):
    return max(max((i + 1) / n - cdf(x), cdf(x) - i / n) for i, x in enumerate(xs))


def ad(cdf):
    f = [cdf(x) for x in xs]
    return -n - sum((2 * i + 1) * (math.log(f[i]) + math.log(1 - f[n - 1 - i])) for i in range(n)) / n


expo = lambda x: 1 - math.exp(-x / mean)
norm = lambda x: 0.5 * (1 + math.erf((x - mean) / (sd * math.sqrt(2))))
ref["ks"] = {"exponential": ks(expo), "normal": ks(norm)}
ref["ad"] = {"exponential": ad(expo), "normal": ad(norm)}
print(json.dumps(ref, indent=2))
