#!/usr/bin/env python3
"""Re-parse mails/*.eml and check From/Reply-To/Date/attachments against the .json ground truth."""
import json
import os
import sys
from email import policy
from email.parser import BytesParser
from email.utils import parsedate_to_datetime, getaddresses

HERE = os.path.dirname(os.path.abspath(__file__))
DIR = os.path.join(HERE, sys.argv[1]) if len(sys.argv) > 1 else os.path.join(HERE, "mails")
RIGHTS = ["access", "rectification", "erasure", "restriction", "portability", "objection", "withdraw_consent"]
FORM_SENDERS = {"noreply@korrelbeeld.nl"}
STUDIO_DOMAIN = "korrelbeeld.nl"


def addr_of(raw):
    if raw is None:
        return None
    pairs = getaddresses([str(raw)])
    return pairs[0][1].lower() if pairs and pairs[0][1] else None


def expected_received(raw):
    if raw is None:
        return None
    try:
        dt = parsedate_to_datetime(str(raw))
    except (TypeError, ValueError, IndexError):
        return None
    if dt is None or dt.tzinfo is None:
        return None
    return dt.isoformat()


def outer_parts(part):
    """Walk MIME tree without descending into attached message/rfc822."""
    yield part
    if part.get_content_type() == "message/rfc822":
        return
    if part.is_multipart():
        for sub in part.get_payload():
            yield from outer_parts(sub)


def all_text(msg):
    out = []
    for p in msg.walk():
        if p.get_content_type() == "message/rfc822":
            for inner in p.get_payload():
                out.append(str(inner.get("From", "")))
        if p.get_content_maintype() == "text":
            try:
                out.append(p.get_content())
            except Exception:
                out.append(p.get_payload(decode=True).decode("latin-1"))
    for h in ("From", "Reply-To"):
        if msg[h]:
            out.append(str(msg[h]))
    return "\n".join(out)


def check(name):
    probs = []
    with open(os.path.join(DIR, name), "rb") as fh:
        raw = fh.read()
    msg = BytesParser(policy=policy.default).parsebytes(raw)
    with open(os.path.join(DIR, name[:-4] + ".json"), encoding="utf-8") as fh:
        gt = json.load(fh)
    if gt.get("file") != name:
        probs.append("file field %r" % gt.get("file"))
    # Date
    hdr = raw.split(b"\n\n", 1)[0].split(b"\r\n\r\n", 1)[0]
    date_raw = None
    for line in hdr.replace(b"\r\n", b"\n").split(b"\n"):
        if line.lower().startswith(b"date:"):
            date_raw = line[5:].strip().decode("ascii", "replace")
            break
    exp = expected_received(date_raw)
    if exp != gt["received"]:
        probs.append("received %r, Date header gives %r" % (gt["received"], exp))
    # labels
    if gt["language"] not in ("nl", "de", "en", "fr"):
        probs.append("language %r" % gt["language"])
    if gt["rights"] != [r for r in RIGHTS if r in gt["rights"]] or len(gt["rights"]) > 2:
        probs.append("rights not canonical / too many: %r" % gt["rights"])
    if gt["is_dsar"] != bool(gt["rights"]):
        probs.append("is_dsar vs rights mismatch")
    # From / Reply-To
    frm = addr_of(msg["From"])
    rto = addr_of(msg["Reply-To"])
    if frm is None:
        probs.append("no parseable From")
    if not gt["is_dsar"]:
        if gt["requester_name"] is not None or gt["requester_email"] is not None:
            probs.append("non-DSAR with requester fields")
    else:
        em = (gt["requester_email"] or "").lower()
        text = all_text(msg).lower()
        forwarded = frm and frm.endswith("@" + STUDIO_DOMAIN) and frm not in FORM_SENDERS
        if frm in FORM_SENDERS or forwarded:
            if rto and rto != em:
                probs.append("Reply-To %s but requester %s" % (rto, em))
            if em not in text:
                probs.append("requester %s not found in body/attached mail" % em)
        elif rto and rto != frm:
            if em != rto:
                probs.append("Reply-To %s differs from From but requester is %s" % (rto, em))
        elif em != frm:
            probs.append("From %s but requester %s" % (frm, em))
        nm = gt["requester_name"]
        if nm is not None and nm.lower() not in text:
            probs.append("requester_name %r not in mail" % nm)
    # attachments
    found = []
    for p in outer_parts(msg):
        if p is msg:
            continue
        fn = p.get_filename()
        if fn or p.get_content_type() == "message/rfc822":
            found.append((fn, p.get_content_type()))
    want = [(a["filename"], a["content_type"]) for a in gt["attachments"]]
    if found != want:
        probs.append("attachments %r != json %r" % (found, want))
    return probs


def main():
    names = sorted(f for f in os.listdir(DIR) if f.endswith(".eml"))
    total = 0
    for n in names:
        if not os.path.exists(os.path.join(DIR, n[:-4] + ".json")):
            print("%s: missing json" % n)
            total += 1
            continue
        for p in check(n):
            print("%s: %s" % (n, p))
            total += 1
    print("checked %d mails, %d problems" % (len(names), total))
    return 1 if total else 0


if __name__ == "__main__":
    sys.exit(main())
