#!/usr/bin/env python3
"""Re-parse every mails/NNNN.eml and check it against NNNN.json. Exit 0 when no problems."""
import glob, json, os, sys, unicodedata
from email import policy
from email.parser import BytesParser
from email.utils import parsedate_to_datetime, getaddresses

HERE = os.path.dirname(os.path.abspath(__file__))
RIGHTS = ["access", "rectification", "erasure", "restriction", "portability", "objection", "withdraw_consent"]
KEYS = {"file", "is_dsar", "rights", "language", "requester_name", "requester_email", "received", "attachments", "notes"}

def addr(value):
    if not value:
        return None
    got = getaddresses([str(value)])
    return got[0][1].lower() if got and got[0][1] else None

def all_text(msg):
    """display names + all text parts (incl. inside message/rfc822)"""
    out = [str(msg.get("From", "")), str(msg.get("Reply-To", ""))]
    for part in msg.walk():
        if part.get_content_type() == "message/rfc822":
            inner = part.get_payload(0)
            out += [str(inner.get("From", ""))]
        if part.get_content_maintype() == "text":
            out.append(part.get_content())
    return unicodedata.normalize("NFC", "\n".join(out))

def check(eml, problems):
    base = os.path.basename(eml)
    jpath = eml[:-4] + ".json"
    def bad(msg): problems.append(f"{base}: {msg}")
    if not os.path.exists(jpath):
        return bad("missing json")
    gt = json.load(open(jpath, encoding="utf-8"))
    raw = open(eml, "rb").read()
    msg = BytesParser(policy=policy.default).parsebytes(raw)
    rawmsg = BytesParser(policy=policy.compat32).parsebytes(raw, headersonly=True)
    if set(gt) != KEYS: bad(f"json keys {sorted(gt)}")
    if gt["file"] != base: bad("file field")
    # rights / dsar
    r = gt["rights"]
    if any(x not in RIGHTS for x in r) or r != sorted(r, key=RIGHTS.index) or len(r) > 2 or len(set(r)) != len(r):
        bad(f"rights not canonical: {r}")
    if gt["is_dsar"] != bool(r): bad("is_dsar/rights mismatch")
    if gt["language"] not in ("nl", "de"): bad("language")
    frm = addr(msg.get("From")); rto = addr(msg.get("Reply-To"))
    text = all_text(msg)
    if not gt["is_dsar"]:
        if gt["requester_name"] is not None or gt["requester_email"] is not None:
            bad("non-DSAR with requester fields")
    else:
        em = (gt["requester_email"] or "").lower()
        if not em: bad("DSAR without requester_email")
        notes = gt["notes"].lower()
        if rto and rto != frm:
            if em != rto: bad(f"Reply-To {rto} differs from From but requester_email={em}")
        elif frm and frm.startswith("noreply@"):
            if em not in text.lower(): bad("contact form: requester_email not in body")
        elif "forward" in notes:
            if em == frm or em not in text.lower(): bad("forward: requester_email should be the inner sender")
        elif em != frm:
            bad(f"requester_email {em} != From {frm}")
        name = gt["requester_name"]
        if name is not None and unicodedata.normalize("NFC", name) not in text:
            bad(f"requester_name {name!r} not found in mail")
    # date
    dh = rawmsg.get("Date")
    try:
        exp = parsedate_to_datetime(dh).isoformat() if dh else None
    except (ValueError, TypeError):
        exp = None
    if exp != gt["received"]: bad(f"received {gt['received']} != Date header {dh!r} -> {exp}")
    # attachments
    found = [{"filename": p.get_filename(), "content_type": p.get_content_type()}
             for p in msg.walk() if p.get_filename()]
    want = [{"filename": a["filename"], "content_type": a["content_type"]} for a in gt["attachments"]]
    if found != want: bad(f"attachments {found} != {want}")
    for a in gt["attachments"]:
        if not isinstance(a.get("is_id_document"), bool): bad("is_id_document not bool")
    for p in msg.walk():
        if p.get_filename() and p.get("Content-Disposition", "").startswith("inline") and not p.get("Content-ID"):
            bad(f"inline part {p.get_filename()} without Content-ID")
    if msg.defects: bad(f"defects {msg.defects}")

def main():
    d = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "mails")
    emls = sorted(glob.glob(os.path.join(d, "*.eml")))
    problems = []
    for e in emls:
        try:
            check(e, problems)
        except Exception as ex:  # never crash silently
            problems.append(f"{os.path.basename(e)}: exception {ex!r}")
    for p in problems:
        print(p)
    print(f"{len(emls)} mails checked, {len(problems)} problems")
    sys.exit(1 if problems else 0)

if __name__ == "__main__":
    main()
