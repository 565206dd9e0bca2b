"""Train the intake's learned second opinion and measure it leave-one-set-out.

    .venv/bin/python benchmarks/intake_model.py train [--out FILE]      # on every training set
    .venv/bin/python benchmarks/intake_model.py loso [--thresholds 0.5,0.6]  # train without set X, score X
    .venv/bin/python benchmarks/intake_model.py veto [--veto 0.05,0.1]  # the model judging the rules' readings

The labels are per mail (is a request, which rights); the model reads sentences. Each labelled
mail is run through the intake with the rules alone, which gives its possibly-asking sentences
(mentions set aside) and the sentences the rules cite for each right. A sentence the rules cite
for a right the label confirms is a positive for that right; a right of the label that no rule
found is pinned on the sentence a mail-level model of the same features scores highest for it
(multiple-instance labelling). Every sentence of a non-request is a negative; the other
sentences of a request are weaker negatives. Training is L2-regularised logistic regression,
one output per right plus "a request addressed to the studio", written in numpy (no extra
dependency). The sets: the labelled tuning sets in tests/data (``TUNING_SETS``; never the held-out
intake_blind2, intake_blind5 or intake_blind8), plus any labelled folder given with ``--train-on``. The shipped
weights were trained on the five sets of the time (intake_tune, intake_blind, intake_blind3, intake_blind4,
intake_blind6) and four further folders that were never in the repository and are gone, so ``train`` on the
repository's sets alone makes a different model (see resources/models/README.md).

``veto`` measures, leave-one-set-out, the model as a judge of the rules' readings: a right the rules
read is dropped when the model, trained without the mail's set, scores all its evidence sentences below
a threshold (never the last right), and optionally a second right the model is sure of is added.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import intake_eval  # noqa: E402

from studio_dsar.core.errors import InputError  # noqa: E402
from studio_dsar.core.intake import learned, parse  # noqa: E402
from studio_dsar.core.intake.classify import _BUSINESS_WORDS  # noqa: E402
from studio_dsar.core.intake.parse import parse_file  # noqa: E402
from studio_dsar.core.vocab import RIGHTS  # noqa: E402

DATA = ROOT / "tests" / "data"
FORBIDDEN = ("intake_blind2", "intake_blind5", "intake_blind8")  # held out: read only in aggregate, never trained on
TUNING_SETS = ("intake_tune", "intake_blind", "intake_blind3", "intake_blind4", "intake_blind6", "intake_tune9",
               "intake_blind9", "intake_blind10", "intake_tune11", "intake_blind11", "intake_tune12", "intake_blind13")


def training_sets(more: list[Path] | None = None) -> dict[str, Path]:
    """The repository's labelled tuning sets, and ``more`` labelled folders (named by their path)."""
    sets = {name: DATA / name for name in TUNING_SETS}
    for folder in more or []:
        sets[str(folder)] = folder
    return {k: v for k, v in sets.items() if v.is_dir() and not any(f in str(v) for f in FORBIDDEN)}


@dataclass
class Mail:
    set_name: str
    name: str
    parts: list[str]
    written: list[str]
    is_dsar: bool
    rights: list[str]
    follow_up: bool
    rule_evidence: dict[str, list[str]] = field(default_factory=dict)
    consulted: bool = False  # the rules place no request (and it is no bulk mail): the model is asked
    language: str = ""
    bulk: bool = False  # bulk mail or an auto-reply: never a request, whatever its sentences


def collect(sets: dict[str, Path]) -> list[Mail]:
    """Each labelled mail's possibly-asking sentences and the rules' evidence (rules alone)."""
    mails: list[Mail] = []
    seen: list[tuple[list[str], list[str], dict[str, list[str]], bool, bool]] = []
    original = parse.decide_request

    def spy(c, **kw):  # type: ignore[no-untyped-def]
        parts, own, ev = (c.asking.split("\n") if c.asking else [], list(c.own), {r: list(v) for r, v in c.evidence.items()})
        out = original(c, **kw)
        seen.append((parts, own, ev, not out[0] and not kw["bulk"], bool(kw["bulk"])))
        return out

    parse.decide_request = spy  # type: ignore[assignment]
    try:
        with learned.use_model(None):
            for set_name, folder in sets.items():
                for eml, gt_path in intake_eval.labelled_pairs(folder):
                    gt = json.loads(gt_path.read_text(encoding="utf-8"))
                    seen.clear()
                    try:
                        parse_file(eml)
                    except InputError:
                        continue
                    parts, written, ev, consulted, bulk = seen[-1] if seen else ([], [], {}, False, False)
                    mails.append(Mail(set_name, eml.name, parts, written, bool(gt["is_dsar"]), list(gt.get("rights") or []),
                                      bool(gt.get("follow_up")), ev, consulted, gt.get("language") or "?", bulk))
    finally:
        parse.decide_request = original  # type: ignore[assignment]
    return mails


# ------------------------------------------------------------------ logistic regression in numpy
K = len(learned.OUTPUTS)
STEPS = 300  # full-batch Adam steps of each fit (``--steps``)
NEGATIVE_WEIGHT = 2.0  # a sentence of a mail that is no request (the sets' look-alikes are the hard negatives)


@dataclass
class Design:
    rows: np.ndarray
    cols: np.ndarray  # compact column ids
    vals: np.ndarray
    row_starts: np.ndarray
    col_order: np.ndarray
    col_starts: np.ndarray
    columns: np.ndarray  # compact id -> hashed feature
    n: int


def design(feats: list[tuple[np.ndarray, np.ndarray]]) -> Design:
    rows = np.concatenate([np.full(len(i), r, dtype=np.int64) for r, (i, _v) in enumerate(feats)])
    hashed = np.concatenate([i for i, _v in feats])
    vals = np.concatenate([v for _i, v in feats]).astype(np.float32)
    columns, cols = np.unique(hashed, return_inverse=True)
    row_starts = np.searchsorted(rows, np.arange(len(feats)))
    order = np.argsort(cols, kind="stable")
    col_starts = np.searchsorted(cols[order], np.arange(len(columns)))
    return Design(rows, cols, vals, row_starts, order, col_starts, columns, len(feats))


def fit(feats: list[tuple[np.ndarray, np.ndarray]], y: np.ndarray, w: np.ndarray, *, l2: float = 1e-4,
        steps: int | None = None, lr: float = 0.05) -> tuple[np.ndarray, np.ndarray]:
    """Weights (hash space) and bias of one-vs-rest logistic regression; every instance has a feature."""
    d = design(feats)
    m = len(d.columns)
    W = np.zeros((m, y.shape[1]), dtype=np.float32)
    prior = np.clip((w[:, None] * y).sum(0) / w.sum(), 1e-3, 1 - 1e-3)
    b = np.log(prior / (1 - prior)).astype(np.float32)
    mw, vw, mb, vb = np.zeros_like(W), np.zeros_like(W), np.zeros_like(b), np.zeros_like(b)
    wn = (w / w.sum()).astype(np.float32)
    vals_sorted = d.vals[d.col_order]
    rows_sorted = d.rows[d.col_order]
    for t in range(1, (steps or STEPS) + 1):
        z = np.add.reduceat(d.vals[:, None] * W[d.cols], d.row_starts, axis=0) + b
        p = 1.0 / (1.0 + np.exp(-z))
        r = (p - y) * wn[:, None]
        gW = np.add.reduceat(vals_sorted[:, None] * r[rows_sorted], d.col_starts, axis=0) + l2 * W
        gb = r.sum(0)
        for g, mom, var, par in ((gW, mw, vw, W), (gb, mb, vb, b)):
            mom *= 0.9
            mom += 0.1 * g
            var *= 0.999
            var += 0.001 * g * g
            par -= lr * (mom / (1 - 0.9 ** t)) / (np.sqrt(var / (1 - 0.999 ** t)) + 1e-8)
    full = np.zeros((1 << learned.HASH_BITS, y.shape[1]), dtype=np.float32)
    full[d.columns] = W
    return full, b


def _feats_of(parts: list[str]) -> list[tuple[np.ndarray, np.ndarray]]:
    out = []
    prev = ""
    context = learned.mail_words(parts)
    for p in parts:
        out.append(learned.features(p, prev, context))
        prev = p
    return out


def train(mails: list[Mail], *, request_threshold: float, right_threshold: float, log: bool = False) -> learned.Model:
    mails = [m for m in mails if m.parts]
    # 1. mail level: every possibly-asking sentence of a mail together, labelled as the mail
    mail_feats, mail_y = [], []
    for m in mails:
        idx = np.concatenate([f[0] for f in _feats_of(m.parts)])
        val = np.concatenate([f[1] for f in _feats_of(m.parts)])
        u, inv = np.unique(idx, return_inverse=True)
        v = np.bincount(inv, weights=val).astype(np.float32)
        mail_feats.append((u, v / float(np.linalg.norm(v))))
        mail_y.append([float(m.is_dsar)] + [float(r in m.rights) for r in RIGHTS])
    W0, b0 = fit(mail_feats, np.array(mail_y, dtype=np.float32), np.ones(len(mails), dtype=np.float32))
    mail_model = learned.Model(W0, b0, 0.5, 0.5)
    # 2. sentence level: the rules' evidence, and the mail model's best sentence for what they missed
    feats, ys, ws = [], [], []
    pinned = 0
    for m in mails:
        fs = _feats_of(m.parts)
        y = np.zeros((len(m.parts), K), dtype=np.float32)
        sure = np.zeros(len(m.parts), dtype=bool)
        if m.is_dsar:
            scores = None
            for k, right in enumerate(RIGHTS, start=1):
                if right not in m.rights:
                    continue
                hits = [i for i, s in enumerate(m.written) if s in m.rule_evidence.get(right, [])]
                if not hits and not m.follow_up:
                    scores = mail_model.scores(m.parts) if scores is None else scores
                    hits = [int(np.argmax(scores[:, k] * scores[:, 0]))]
                    pinned += 1
                for i in hits:
                    y[i, k] = 1.0
                    y[i, 0] = 1.0
                    sure[i] = True
        for i, f in enumerate(fs):
            if not len(f[0]):
                continue
            feats.append(f)
            ys.append(y[i])
            ws.append(3.0 if sure[i] else (NEGATIVE_WEIGHT if not m.is_dsar else (0.0 if m.follow_up else 0.3)))
    keep = [i for i, w in enumerate(ws) if w > 0]
    W, b = fit([feats[i] for i in keep], np.array([ys[i] for i in keep]), np.array([ws[i] for i in keep], dtype=np.float32))
    if log:
        print(f"  trained on {len(mails)} mails, {len(keep)} sentences ({int(sum(ys[i][0] for i in keep))} asking; "
              f"{pinned} rights pinned by the mail model)", file=sys.stderr)
    return learned.Model(W, b, request_threshold, right_threshold)


# ------------------------------------------------------------------ measurement
ROWS = (("is-request", "is_dsar_accuracy"), ("exact rights", "rights_exact"), ("e-mail", "requester_email"))


def _line(label: str, s: dict) -> str:
    cells = [f"{100 * s[k]:5.1f}" for _l, k in ROWS]
    out = f"  {label:<22} all {'/'.join(cells)}"
    for lang in intake_eval.LANGS:
        sub = s.get("by_language", {}).get(lang)
        if sub and sub["files"]:
            out += f"  {lang} {'/'.join(f'{100 * sub[k]:5.1f}' if (sub['dsars'] or k == 'is_dsar_accuracy') else '  -  ' for _l, k in ROWS)}"
    return out


def score(folder: Path, m: learned.Model | None) -> dict:
    with learned.use_model(m):
        return intake_eval.evaluate(folder).summary()


def loso(thresholds: list[tuple[float, float]], extra: list[Path], more: list[Path]) -> None:
    sets = training_sets(more)
    t0 = time.time()
    mails = collect(sets)
    print(f"{len(mails)} labelled mails in {len(sets)} sets, read in {time.time() - t0:.0f} s", file=sys.stderr)
    totals: dict[str, dict[str, list[int]]] = {}
    for held, folder in sets.items():
        base = score(folder, None)
        print(f"{held} ({base['files']} mails, {base['dsars']} requests)   is-request / exact rights / e-mail")
        print(_line("rules alone", base))
        model = train([m for m in mails if m.set_name != held], request_threshold=0.5, right_threshold=0.5)
        for rt, gt in thresholds:
            s = score(folder, learned.Model(model.weights, model.bias, rt, gt))
            print(_line(f"+ model {rt:.2f}/{gt:.2f}", s))
            for lang, sub in [("all", s), *s.get("by_language", {}).items()]:
                acc = totals.setdefault(f"{rt:.2f}/{gt:.2f}", {}).setdefault(lang, [0, 0, 0, 0, 0])
                acc[0] += sub["files"]
                acc[1] += round(sub["is_dsar_accuracy"] * sub["files"])
                acc[2] += sub["dsars"]
                acc[3] += round(sub["rights_exact"] * sub["dsars"])
                acc[4] += round(sub["requester_email"] * sub["dsars"])
        for lang, sub in [("all", base), *base.get("by_language", {}).items()]:
            acc = totals.setdefault("rules", {}).setdefault(lang, [0, 0, 0, 0, 0])
            acc[0] += sub["files"]
            acc[1] += round(sub["is_dsar_accuracy"] * sub["files"])
            acc[2] += sub["dsars"]
            acc[3] += round(sub["rights_exact"] * sub["dsars"])
            acc[4] += round(sub["requester_email"] * sub["dsars"])
        sys.stdout.flush()
    print("\nall sets together (each scored by a model trained without it):")
    for label, by_lang in totals.items():
        line = f"  {label:<12}"
        for lang in ("all", *intake_eval.LANGS):
            a = by_lang.get(lang)
            if a:
                line += f"  {lang} {100 * a[1] / a[0]:5.1f}/{100 * a[3] / max(a[2], 1):5.1f}/{100 * a[4] / max(a[2], 1):5.1f}"
        print(line)
    for folder in extra:
        print(f"\n{folder} (model trained on all sets)")
        model = train(mails, request_threshold=0.5, right_threshold=0.5)
        print(_line("rules alone", score(folder, None)))
        for rt, gt in thresholds:
            print(_line(f"+ model {rt:.2f}/{gt:.2f}", score(folder, learned.Model(model.weights, model.bias, rt, gt))))


def usable(parts: list[str]) -> list[bool]:
    """As classify.decide_request: no reading from a sentence with invoice or booking words, nor the one after."""
    business = [bool(_BUSINESS_WORDS.search(p)) for p in parts]
    return [not (b or (i and business[i - 1])) for i, b in enumerate(business)]


def simulate(thresholds: list[tuple[float, float]], show: bool, more: list[Path]) -> None:
    """Leave-one-set-out on the mails the rules leave unplaced only (quick: no second intake run).

    Per set and threshold: requests gained (+req), non-requests wrongly made requests (-req),
    gained mails with exactly the labelled rights (+exact)."""
    sets = training_sets(more)
    mails = collect(sets)
    total: dict[str, list[int]] = {}
    for held in sets:
        model = train([m for m in mails if m.set_name != held], request_threshold=0.5, right_threshold=0.5)
        asked = [m for m in mails if m.set_name == held and m.consulted]
        line = f"{held:<14} {sum(m.is_dsar for m in asked):>2} unplaced requests, {sum(not m.is_dsar for m in asked):>2} others:"
        for rt, gt in thresholds:
            with learned.use_model(learned.Model(model.weights, model.bias, rt, gt)):
                got = [(m, learned.read(m.parts, m.written, usable(m.parts))) for m in asked]
            plus = sum(1 for m, r in got if r and m.is_dsar)
            minus = sum(1 for m, r in got if r and not m.is_dsar)
            exact = sum(1 for m, r in got if r and m.is_dsar and set(r.rights) == set(m.rights))
            acc = total.setdefault(f"{rt:.2f}/{gt:.2f}", [0, 0, 0])
            acc[0] += plus
            acc[1] += minus
            acc[2] += exact
            line += f"  {rt:.2f}/{gt:.2f} +{plus} -{minus} ={exact}"
            if show and (rt, gt) == thresholds[-1]:
                for m, r in got:
                    if r:
                        print(f"    {'OK ' if m.is_dsar else 'BAD'} {m.name} {m.language} {r.rights} want {m.rights} "
                              f"{r.score:.2f} {next(iter(r.evidence.values()))[0][:110]!r}")
        print(line)
        sys.stdout.flush()
    print("total: " + "  ".join(f"{k} +{v[0]} -{v[1]} ={v[2]}" for k, v in total.items()))


# ------------------------------------------------------------------ the model as a judge of the rules' readings
def judged(m: Mail, p: np.ndarray, veto: float, add: tuple[float, float] | None) -> list[str]:
    """The rights of the rules' reading of ``m`` once the model (its sentence scores ``p``) judges them.

    A right is dropped when the model scores every one of its evidence sentences below ``veto`` (a right
    whose sentences are not among the possibly-asking ones is kept), but never the last one; with ``add``
    (request, right thresholds) a second right is added from the usable sentence the model is surest of."""
    rules = [r for r in RIGHTS if r in m.rule_evidence]
    score: dict[str, float] = {}  # 1.0: no evidence sentence among the possibly-asking ones, nothing to judge
    for k, right in enumerate(RIGHTS, start=1):
        if right in rules:
            idx = [i for i, s in enumerate(m.written) if s in m.rule_evidence[right]]
            score[right] = max((float(p[i, k]) for i in idx), default=1.0)
    kept = [r for r in rules if score[r] >= veto]
    if rules and not kept:
        kept = [max(rules, key=lambda r: score[r])]
    if add is not None and len(kept) == 1:
        ok = usable(m.parts)
        best: tuple[float, str] | None = None
        for k, right in enumerate(RIGHTS, start=1):
            for i in range(len(m.parts)):
                if right not in kept and ok[i] and p[i, 0] >= add[0] and p[i, k] >= add[1] \
                        and (best is None or p[i, k] > best[0]):
                    best = (float(p[i, k]), right)
        if best is not None:
            kept.append(best[1])
    return [r for r in RIGHTS if r in kept]


def _short(held: str) -> str:
    """A set's short name: its folder, or the folder above a ``mails`` folder, without ``intake_``."""
    path = Path(held)
    return (path.parent.name if path.name == "mails" else path.name).removeprefix("intake_")


def veto(settings: list[tuple[float, tuple[float, float] | None]], more: list[Path], cache: Path | None,
         show: bool) -> None:
    """Leave-one-set-out: per set, a model trained without it judges the rules' readings of its mails.

    Only mails the rules give rights (and no bulk mail) can change; per set and setting the change in
    mails with exactly the labelled rights and in is-request is printed (``+exact/+is-request``)."""
    sets = training_sets(more)
    mails = collect(sets)
    judged_mails: list[tuple[str, Mail, np.ndarray]] = []
    for held in sets:
        path = cache / f"without_{_short(held)}.npz" if cache else None
        if path is not None and path.exists():
            model = learned.load(path)
        else:
            model = train([m for m in mails if m.set_name != held], request_threshold=0.5, right_threshold=0.5)
            if path is not None:
                model.save(path)
        judged_mails += [(held, m, model.scores(m.parts) if m.parts else np.zeros((0, K), dtype=np.float32))
                         for m in mails if m.set_name == held and m.rule_evidence and not m.bulk]
    for threshold, add in settings:
        per: dict[str, list[int]] = {}
        for held, m, p in judged_mails:
            rules = [r for r in RIGHTS if r in m.rule_evidence]
            got = judged(m, p, threshold, add)
            before = m.is_dsar and set(rules) == set(m.rights)
            after = m.is_dsar and set(got) == set(m.rights)
            acc = per.setdefault(held, [0, 0])
            acc[0] += int(after) - int(before)
            if show and got != rules:
                print(f"    {_short(held)} {m.name} {m.language} {rules} -> {got}, labelled {m.rights if m.is_dsar else '-'}")
        cells = " ".join(f"{_short(h)} {v[0]:+d}" for h, v in per.items())
        gained = sum(v[0] for v in per.values())
        label = f"veto {threshold:.2f}" + (f" add {add[0]:.2f}/{add[1]:.2f}" if add else "")
        print(f"{label:<24} exact {gained:+d} (sets up {sum(v[0] > 0 for v in per.values())}, down "
              f"{sum(v[0] < 0 for v in per.values())}, down by more than one {sum(v[0] < -1 for v in per.values())}) | {cells}")
        sys.stdout.flush()


def main(argv: list[str] | None = None) -> int:
    global STEPS
    from studio_dsar.core.i18n import set_language

    set_language("en")
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("what", choices=("train", "loso", "sim", "score", "veto"))
    ap.add_argument("--corpus", type=Path, action="append", default=[],
                    help="score: aggregates of this folder with the rules alone and with the shipped model (never failures)")
    ap.add_argument("--show", action="store_true", help="sim: list the mails the model reads as requests (last threshold)")
    ap.add_argument("--out", type=Path, default=learned.MODEL_PATH)
    ap.add_argument("--thresholds", default="0.5/0.5", help="request/right thresholds, comma separated (0.5/0.5,0.6/0.4)")
    ap.add_argument("--request-threshold", type=float, default=0.5)
    ap.add_argument("--right-threshold", type=float, default=0.5)
    ap.add_argument("--extra", type=Path, action="append", default=[], help="also score this folder with the model trained on all")
    ap.add_argument("--train-on", type=Path, action="append", default=[],
                    help="train, loso, sim: a further labelled folder (NNNN.eml + NNNN.json) to learn from")
    ap.add_argument("--steps", type=int, default=STEPS, help="full-batch steps of each fit")
    ap.add_argument("--veto", default="0.02,0.05,0.1,0.2",
                    help="veto: thresholds below which the model's score of a right's evidence drops it, each optionally "
                         "with a request/right threshold for adding a second right (0.05,0.05+0.7/0.8)")
    ap.add_argument("--cache", type=Path, help="veto: keep the models trained without each set in this folder")
    args = ap.parse_args(argv)
    STEPS = args.steps
    if args.what == "veto":
        settings: list[tuple[float, tuple[float, float] | None]] = []
        for item in args.veto.split(","):
            t, _, a = item.partition("+")
            settings.append((float(t), (float(a.split("/")[0]), float(a.split("/")[1])) if a else None))
        veto(settings, args.train_on, args.cache, args.show)
        return 0
    pairs = [tuple(float(x) for x in t.split("/")) for t in args.thresholds.split(",")]
    if args.what == "loso":
        loso([(a, b) for a, b in pairs], args.extra, args.train_on)
        return 0
    if args.what == "score":
        for folder in args.corpus:
            print(f"{folder}   is-request / exact rights / e-mail")
            print(_line("rules alone", score(folder, None)))
            print(_line("+ shipped model", score(folder, learned.load())))
        return 0
    if args.what == "sim":
        simulate([(a, b) for a, b in pairs], args.show, args.train_on)
        return 0
    mails = collect(training_sets(args.train_on))
    model = train(mails, request_threshold=args.request_threshold, right_threshold=args.right_threshold, log=True)
    model.save(args.out)
    print(f"{args.out}: {args.out.stat().st_size / 1024:.0f} KiB, {int(np.any(model.weights != 0, axis=1).sum())} feature rows",
          file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
