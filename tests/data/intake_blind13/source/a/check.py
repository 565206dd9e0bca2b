#!/usr/bin/env python3
"""Re-parse every mails/NNNN.eml and check it agrees with mails/NNNN.json.

Checks: From / Reply-To vs requester_email, requester_name visible in the mail,
Date header vs received, attachment list (filename, content type, order),
label sanity (rights vocabulary/order, at most two, non-DSAR fields null).
Prints problems; exit 0 when none.
"""
import json
import os
import sys
import unicodedata
from email import policy, utils
from email.parser import BytesParser

HERE = os.path.dirname(os.path.abspath(__file__))
DIR = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "mails")
RIGHTS = ["access", "rectification", "erasure", "restriction", "portability", "objection", "withdraw_consent"]
FORM_SENDERS = {"noreply@studiokorrelzout.nl"}


def nfc(s):
    return unicodedata.normalize("NFC", s or "")


def texts(msg):
    out = []
    for p in msg.walk():
        if p.get_content_type() == "message/rfc822":   # forward as attachment: inner From
            inner = p.get_payload(0)
            out.append("From: %s" % inner.get("From", ""))
        if p.get_content_maintype() == "text" and not p.get_filename():
            try:
                out.append(p.get_content())
            except Exception as e:  # noqa
                out.append("")
    return "\n".join(out)


def received(raw):
    if raw is None:
        return None
    try:
        dt = utils.parsedate_to_datetime(str(raw))
    except (TypeError, ValueError, IndexError):
        return None
    if dt is None or dt.tzinfo is None:
        return None
    return dt.isoformat()


def main():
    problems = []
    emls = sorted(f for f in os.listdir(DIR) if f.endswith(".eml"))
    if not emls:
        problems.append("no .eml files in %s" % DIR)
    for f in emls:
        P = lambda m: problems.append("%s: %s" % (f, m))
        jpath = os.path.join(DIR, f[:-4] + ".json")
        if not os.path.exists(jpath):
            P("missing json"); continue
        with open(jpath, encoding="utf-8") as fh:
            t = json.load(fh)
        with open(os.path.join(DIR, f), "rb") as fh:
            raw = fh.read()
        msg = BytesParser(policy=policy.default).parsebytes(raw)
        raw_msg = BytesParser(policy=policy.compat32).parsebytes(raw)
        if msg.defects:
            P("parse defects %r" % msg.defects)
        if t.get("file") != f:
            P("file field %r" % t.get("file"))
        # --- labels
        r = t["rights"]
        if any(x not in RIGHTS for x in r) or r != sorted(r, key=RIGHTS.index) or len(set(r)) != len(r):
            P("bad rights %r" % r)
        if len(r) > 2:
            P("more than two rights")
        if t["is_dsar"] != bool(r):
            P("is_dsar %r inconsistent with rights" % t["is_dsar"])
        if t["language"] not in ("nl", "en"):
            P("language %r" % t["language"])
        # --- date
        if received(raw_msg.get("Date")) != t["received"]:
            P("received %r != Date header %r" % (t["received"], raw_msg.get("Date")))
        # --- attachments
        found = []
        for p in msg.walk():
            fn = p.get_filename()
            if fn:
                found.append((fn, p.get_content_type()))
        want = [(a["filename"], a["content_type"]) for a in t["attachments"]]
        if found != want:
            P("attachments %r != json %r" % (found, want))
        for a in t["attachments"]:
            if not isinstance(a.get("is_id_document"), bool):
                P("is_id_document not bool for %s" % a["filename"])
        # --- requester
        frm = msg["From"].addresses[0] if msg["From"] and msg["From"].addresses else None
        rto = msg["Reply-To"].addresses[0] if msg["Reply-To"] and msg["Reply-To"].addresses else None
        body = texts(msg)
        if not t["is_dsar"]:
            if t["requester_name"] is not None or t["requester_email"] is not None:
                P("non-DSAR with requester fields")
            continue
        em = (t["requester_email"] or "").lower()
        if not em:
            P("DSAR without requester_email")
        elif rto is not None and rto.addr_spec.lower() != (frm.addr_spec.lower() if frm else ""):
            if em != rto.addr_spec.lower():
                P("Reply-To %s differs from From but requester_email is %s" % (rto.addr_spec, em))
        elif frm and frm.addr_spec.lower() in FORM_SENDERS or "forward" in t["notes"].lower():
            if em == (frm.addr_spec.lower() if frm else None) or em not in body.lower():
                P("forward/form: requester_email %s not found in body (or equals outer From)" % em)
        elif frm is None or em != frm.addr_spec.lower():
            P("requester_email %s != From %s" % (em, frm.addr_spec if frm else None))
        name = t["requester_name"]
        if name is not None:
            pool = [frm.display_name if frm else "", rto.display_name if rto else "", body]
            if not any(nfc(name) in nfc(x) for x in pool):
                # form split over first/last name fields
                if not all(part in body for part in name.split()):
                    P("requester_name %r not found in display names/body" % name)
        elif frm and frm.display_name:
            P("requester_name null but From has display name %r" % frm.display_name)
    for p in problems:
        print(p)
    print("check.py: %d problems (%d mails)" % (len(problems), len(emls)))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
