#!/usr/bin/env python3
"""Re-parse every mails/NNNN.eml and check it agrees with NNNN.json.

Checks: JSON schema/conventions, From/Reply-To vs requester_email, Date vs received,
attachment filenames/content types in mail order. Prints problems; exit 0 when none.
"""
import json
import os
import sys
from email import policy
from email.parser import BytesParser
from email.utils import getaddresses, parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
MAILS = os.path.join(HERE, "mails")
RIGHTS = ["access", "rectification", "erasure", "restriction", "portability", "objection", "withdraw_consent"]
KEYS = {"file", "is_dsar", "rights", "language", "requester_name", "requester_email",
        "received", "attachments", "notes"}
STUDIO_DOMAINS = ("studiokorrel.nl",)
STUDIO_FORWARDERS = ("femke.blom.foto@gmail.com",)


def addr(msg, name):
    raw = msg.get_all(name, [])
    lst = [a for _, a in getaddresses([str(r) for r in raw]) if a]
    return lst[0].lower() if lst else None


def all_text(msg):
    out = []
    for part in msg.walk():
        if part.get_content_type() == "message/rfc822":
            inner = part.get_payload()[0]
            out.append(f"{inner.get('From', '')}\n{inner.get('Reply-To', '')}")
        if part.get_content_maintype() == "text":
            try:
                out.append(part.get_content())
            except Exception:
                out.append(part.get_payload(decode=True).decode("utf-8", "replace"))
    return "\n".join(out).lower()


def check(stem, problems):
    def bad(msg):
        problems.append(f"{stem}: {msg}")
    with open(os.path.join(MAILS, stem + ".json"), encoding="utf-8") as fh:
        t = json.load(fh)
    with open(os.path.join(MAILS, stem + ".eml"), "rb") as fh:
        msg = BytesParser(policy=policy.default).parse(fh)
    if set(t) != KEYS:
        bad(f"json keys {sorted(set(t) ^ KEYS)}")
    if t["file"] != stem + ".eml":
        bad("file field")
    if t["language"] not in ("nl", "en"):
        bad("language")
    r = t["rights"]
    if r != [x for x in RIGHTS if x in r] or len(r) != len(set(r)) or len(r) > 2:
        bad(f"rights not canonical/at most two: {r}")
    if t["is_dsar"] != bool(r):
        bad("is_dsar disagrees with rights")
    # requester
    frm, rto = addr(msg, "From"), addr(msg, "Reply-To")
    if msg.get("From") is None:
        bad("no From header")
    if not t["is_dsar"]:
        if t["requester_name"] is not None or t["requester_email"] is not None:
            bad("non-DSAR with requester fields")
    else:
        em = (t["requester_email"] or "").lower()
        if not em:
            bad("DSAR without requester_email")
        elif rto:
            if em != rto:
                bad(f"Reply-To {rto} but requester_email {em}")
        elif em != frm:
            via = frm and (frm.split("@")[1] in STUDIO_DOMAINS or frm in STUDIO_FORWARDERS)
            if not via:
                bad(f"requester_email {em} != From {frm} and mail is no form/forward")
            elif em not in all_text(msg):
                bad(f"requester_email {em} not found in forwarded/form body")
        name = t["requester_name"]
        if name is not None:
            disp = str(msg.get("Reply-To") or msg.get("From") or "")
            if name not in disp and name.lower() not in all_text(msg):
                bad(f"requester_name {name!r} neither in header nor body")
    # date
    raw = msg.get("Date")
    got = None
    if raw is not None:
        try:
            dt = parsedate_to_datetime(str(raw))
            if dt is not None and dt.tzinfo is not None:
                got = dt.isoformat()
        except Exception:
            got = None
    if got != t["received"]:
        bad(f"received {t['received']} but Date header {raw!r} -> {got}")
    # attachments
    found = [(p.get_filename(), p.get_content_type()) for p in msg.walk() if p.get_filename()]
    want = [(a["filename"], a["content_type"]) for a in t["attachments"]]
    if found != want:
        bad(f"attachments {found} != json {want}")
    for a in t["attachments"]:
        if not isinstance(a.get("is_id_document"), bool):
            bad(f"is_id_document missing for {a.get('filename')}")
    if msg.defects:
        bad(f"parser defects {msg.defects}")


def main():
    problems = []
    stems = sorted(f[:-4] for f in os.listdir(MAILS) if f.endswith(".eml"))
    jsons = sorted(f[:-5] for f in os.listdir(MAILS) if f.endswith(".json"))
    if stems != jsons:
        problems.append("eml/json file sets differ")
    for s in stems:
        try:
            check(s, problems)
        except Exception as e:  # never crash silently
            problems.append(f"{s}: exception {e!r}")
    for p in problems:
        print(p)
    print(f"checked {len(stems)} mails; check.py: {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
