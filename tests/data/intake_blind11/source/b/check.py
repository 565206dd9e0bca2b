#!/usr/bin/env python3
"""Re-parse every mails/NNNN.eml and check it agrees with NNNN.json. Exit 0 when no problems."""
import json, os, glob, sys, email
from email import policy
from email.utils import parseaddr, parsedate_to_datetime, getaddresses

HERE = os.path.dirname(os.path.abspath(__file__))
MAILS = os.path.join(HERE, "mails")
ORDER = ["access", "rectification", "erasure", "restriction", "portability", "objection", "withdraw_consent"]
FIELDS = {"file", "is_dsar", "rights", "language", "requester_name", "requester_email",
          "received", "attachments", "notes"}


def parts_no_descend(part):
    """Yield parts in mail order without entering message/rfc822 payloads."""
    yield part
    if part.get_content_type() == "message/rfc822":
        return
    if part.is_multipart():
        for sub in part.get_payload():
            yield from parts_no_descend(sub)


def all_text(msg):
    out = []
    for p in msg.walk():
        if p.get_content_type() == "message/rfc822":
            inner = p.get_payload()[0]
            out.append("\n".join("%s: %s" % (k, v) for k, v in inner.items()))
        if p.get_content_maintype() == "text":
            try:
                out.append(p.get_content())
            except Exception:
                pass
    return "\n".join(out)


def main():
    problems = []
    emls = sorted(glob.glob(os.path.join(MAILS, "*.eml")))
    if not emls:
        problems.append("no .eml files")
    for path in emls:
        base = os.path.basename(path)
        jpath = path[:-4] + ".json"
        P = lambda s: problems.append("%s: %s" % (base, s))
        if not os.path.exists(jpath):
            P("missing json"); continue
        gt = json.load(open(jpath, encoding="utf-8"))
        raw = open(path, "rb").read()
        try:
            msg = email.message_from_bytes(raw, policy=policy.default)
            old = email.message_from_bytes(raw)  # compat32 for raw header strings
        except Exception as e:
            P("parse error %r" % e); continue
        if set(gt) != FIELDS:
            P("json fields %s" % sorted(set(gt) ^ FIELDS))
        if gt["file"] != base:
            P("file field %s" % gt["file"])
        # rights
        r = gt["rights"]
        if r != [x for x in ORDER if x in r] or len(r) > 2 or len(set(r)) != len(r):
            P("rights not canonical / >2: %s" % r)
        if bool(r) != gt["is_dsar"]:
            P("is_dsar/rights mismatch")
        if gt["language"] not in ("fr", "de", "en"):
            P("language %s" % gt["language"])
        # Date
        d = old.get("Date")
        exp = None
        if d is not None:
            try:
                exp = parsedate_to_datetime(d).isoformat()
            except (TypeError, ValueError):
                exp = None
        if exp != gt["received"]:
            P("received %r vs Date header %r -> %r" % (gt["received"], d, exp))
        # From / Reply-To
        frm = parseaddr(old.get("From", ""))[1].lower()
        rto_h = old.get("Reply-To")
        rto = parseaddr(rto_h)[1].lower() if rto_h else None
        text = all_text(msg)
        names_in_headers = " ".join(str(msg.get(h, "")) for h in ("From", "Reply-To"))
        if gt["is_dsar"]:
            em = (gt["requester_email"] or "").lower()
            notes = gt["notes"].lower()
            if rto and rto != frm:
                if em != rto:
                    P("requester_email %s != Reply-To %s" % (em, rto))
            elif "forward" in notes or "contact form" in notes:
                if not em or em not in text.lower():
                    P("requester_email %s not found in body/forwarded part" % em)
                if em == frm:
                    P("forward/form mail but requester_email == From")
            elif em != frm:
                P("requester_email %s != From %s" % (em, frm))
            nm = gt["requester_name"]
            if nm is not None and nm not in text and nm not in names_in_headers:
                P("requester_name %r not found in mail" % nm)
        else:
            if gt["requester_email"] is not None or gt["requester_name"] is not None:
                P("non-DSAR with requester fields")
        # attachments
        found = []
        for p in parts_no_descend(msg):
            fn = p.get_filename()
            if fn:
                found.append((fn, p.get_content_type()))
        want = [(a["filename"], a["content_type"]) for a in gt["attachments"]]
        if found != want:
            P("attachments %s vs json %s" % (found, want))
        for a in gt["attachments"]:
            if not isinstance(a.get("is_id_document"), bool):
                P("is_id_document not bool for %s" % a.get("filename"))
    for p in problems:
        print(p)
    print("check.py: %d problems in %d mails" % (len(problems), len(emls)))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
