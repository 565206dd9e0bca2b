#!/usr/bin/env python3
"""Re-parse every mails/NNNN.eml and check it against NNNN.json. Exit 0 when no problems."""
import glob, json, os, sys, unicodedata
from email import policy, utils
from email.parser import BytesParser

D = os.path.join(os.path.dirname(os.path.abspath(__file__)), "mails")
RIGHTS = ["access", "rectification", "erasure", "restriction", "portability", "objection", "withdraw_consent"]
problems = []
def bad(f, msg): problems.append("%s: %s" % (f, msg))

def text_of(msg):
    out = []
    for p in msg.walk():
        for h in ("From", "Reply-To", "To"):
            if p.get(h): out.append(str(p.get(h)))
        if p.get_content_maintype() == "text":
            try: out.append(p.get_content())
            except Exception: pass
    return "\n".join(out)

emls = sorted(glob.glob(os.path.join(D, "*.eml")))
jsons = sorted(glob.glob(os.path.join(D, "*.json")))
if [e[:-4] for e in emls] != [j[:-5] for j in jsons]:
    bad("-", "eml/json files do not pair up")
for e in emls:
    f = os.path.basename(e)
    raw = open(e, "rb").read()
    msg = BytesParser(policy=policy.default).parsebytes(raw)
    old = BytesParser(policy=policy.compat32).parsebytes(raw)
    gt = json.load(open(e[:-4] + ".json", encoding="utf-8"))
    if gt.get("file") != f: bad(f, "file field %r" % gt.get("file"))
    # rights
    r = gt["rights"]
    if not set(r) <= set(RIGHTS): bad(f, "unknown right %r" % r)
    if r != sorted(r, key=RIGHTS.index): bad(f, "rights not in canonical order")
    if len(r) > 2: bad(f, "more than two rights")
    if gt["is_dsar"] != bool(r): bad(f, "is_dsar/rights mismatch")
    # Date
    rawdate = old.get("Date")
    exp = None
    if rawdate is not None:
        try:
            d = utils.parsedate_to_datetime(str(rawdate))
            exp = d.isoformat() if d and d.tzinfo else None
        except (TypeError, ValueError):
            exp = None
    if gt["received"] != exp: bad(f, "received %r, Date header gives %r" % (gt["received"], exp))
    # From / Reply-To / requester
    frm = msg["From"].addresses[0].addr_spec.lower() if msg["From"] and msg["From"].addresses else None
    rt = msg["Reply-To"].addresses[0].addr_spec.lower() if msg["Reply-To"] else None
    body = text_of(msg)
    names = " ".join(str(msg[h]) for h in ("From", "Reply-To") if msg[h]) + "\n" + body
    if gt["is_dsar"]:
        em = (gt["requester_email"] or "").lower()
        if not em: bad(f, "DSAR without requester_email")
        elif rt and rt != frm:
            if em != rt: bad(f, "Reply-To %s differs from From but requester_email is %s" % (rt, em))
        elif em != frm:
            if em.lower() not in body.lower(): bad(f, "requester_email %s neither From nor in body" % em)
        n = gt["requester_name"]
        if n is not None and unicodedata.normalize("NFC", n) not in unicodedata.normalize("NFC", names):
            bad(f, "requester_name %r not found in headers/body" % n)
    else:
        if gt["requester_name"] is not None or gt["requester_email"] is not None:
            bad(f, "non-DSAR with requester fields")
    # attachments
    found = []
    for p in msg.walk():
        fn = p.get_filename()
        if fn:
            found.append({"filename": fn, "content_type": p.get_content_type()})
    want = [{"filename": a["filename"], "content_type": a["content_type"]} for a in gt["attachments"]]
    if found != want: bad(f, "attachments %r != json %r" % (found, want))
    for a in gt["attachments"]:
        if not isinstance(a.get("is_id_document"), bool): bad(f, "is_id_document missing for %s" % a["filename"])
    if gt["language"] != "en": bad(f, "language %r" % gt["language"])

for p in problems: print(p)
print("check.py: %d mails, %d problems" % (len(emls), len(problems)))
sys.exit(1 if problems else 0)
