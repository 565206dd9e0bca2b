#!/usr/bin/env python3
"""Re-parse every mails/NNNN.eml and check it against NNNN.json.
Prints problems; exit 0 when there are none."""
import email
import json
import os
import sys
import unicodedata
from email import policy
from email.utils import getaddresses, parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
DIR = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "mails")
RIGHTS = ["access", "rectification", "erasure", "restriction", "portability", "objection", "withdraw_consent"]
FIELDS = {"file", "is_dsar", "rights", "language", "requester_name", "requester_email", "received", "attachments", "notes"}


def nfc(s):
    return unicodedata.normalize("NFC", s or "")


def addrs(msg, name):
    vals = msg.get_all(name) or []
    return [(nfc(n), a.lower()) for n, a in getaddresses([str(v) for v in vals]) if a]


def body_text(msg):
    out = []
    for part in msg.walk():
        if part.get_content_maintype() == "text" and not part.get_filename():
            try:
                out.append(part.get_content())
            except Exception as e:  # noqa
                out.append("")
    return nfc("\n".join(out))


def main():
    problems = []
    jsons = sorted(f for f in os.listdir(DIR) if f.endswith(".json"))
    emls = sorted(f for f in os.listdir(DIR) if f.endswith(".eml"))
    if [j[:-5] for j in jsons] != [e[:-4] for e in emls]:
        problems.append("eml/json file sets differ")
    for jf in jsons:
        P = lambda s: problems.append(f"{jf}: {s}")
        gt = json.load(open(os.path.join(DIR, jf), encoding="utf-8"))
        if set(gt) != FIELDS:
            P(f"fields {sorted(set(gt) ^ FIELDS)}")
        if gt.get("file") != jf[:-5] + ".eml":
            P("file field mismatch")
        raw = open(os.path.join(DIR, jf[:-5] + ".eml"), "rb").read()
        try:
            msg = email.message_from_bytes(raw, policy=policy.default)
            old = email.message_from_bytes(raw, policy=policy.compat32)
        except Exception as e:
            P(f"parse error {e}")
            continue
        if gt["language"] not in ("en", "fr"):
            P("language")
        # --- labels ---
        r = gt["rights"]
        if gt["is_dsar"]:
            if not (1 <= len(r) <= 2) or any(x not in RIGHTS for x in r) or r != sorted(r, key=RIGHTS.index) or len(set(r)) != len(r):
                P(f"bad rights {r}")
        else:
            if r or gt["requester_name"] is not None or gt["requester_email"] is not None:
                P("non-DSAR with rights/requester")
        # --- From / Reply-To ---
        frm = addrs(msg, "From")
        rto = addrs(msg, "Reply-To")
        if len(frm) != 1:
            P(f"From header: {frm}")
        if gt["is_dsar"]:
            em = (gt["requester_email"] or "").lower()
            text = body_text(msg)
            from_a = frm[0][1] if frm else None
            rto_a = rto[0][1] if rto else None
            if rto_a and rto_a != from_a:
                if em != rto_a:
                    P(f"Reply-To {rto_a} differs from From but requester_email is {em}")
            elif em != from_a:
                if em not in text.lower():
                    P(f"requester_email {em} is neither From nor in the body")
            name = nfc(gt["requester_name"])
            if name:
                disp = [n for n, _ in frm + rto]
                if name not in disp and name not in text:
                    P(f"requester_name {name!r} not in display names or body")
        # --- Date ---
        dh = old.get("Date")
        exp = None
        if dh is not None:
            try:
                d = parsedate_to_datetime(str(dh))
                exp = d.isoformat() if d.tzinfo else None
            except Exception:
                exp = None
        if exp != gt["received"]:
            P(f"received {gt['received']} but Date header gives {exp} ({dh!r})")
        # --- attachments ---
        got = [(p.get_filename(), p.get_content_type()) for p in msg.walk() if p.get_filename()]
        want = [(a["filename"], a["content_type"]) for a in gt["attachments"]]
        if got != want:
            P(f"attachments {got} != {want}")
        for a in gt["attachments"]:
            if not isinstance(a.get("is_id_document"), bool):
                P(f"is_id_document missing for {a.get('filename')}")
        for p in msg.walk():
            if p.get_filename():
                if not p.get_content():
                    P(f"empty attachment {p.get_filename()}")
    for p in problems:
        print(p)
    print(f"check.py: {len(jsons)} mails, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
