#!/usr/bin/env python3
"""Re-parses every mails/NNNN.eml and checks it against NNNN.json. Exit 0 when no problems."""
import json, os, sys, glob, email, email.utils, email.header
from email import policy

D = os.path.join(os.path.dirname(os.path.abspath(__file__)), "mails")
RIGHTS = ["access", "rectification", "erasure", "restriction", "portability", "objection", "withdraw_consent"]
problems = []


def p(name, text):
    problems.append("%s: %s" % (name, text))


def addr(v):
    if v is None:
        return None
    return email.utils.parseaddr(str(v))[1].lower() or None


def body_text(msg):
    out = []
    for part in msg.walk():
        if part.get_content_type() in ("text/plain", "text/html"):
            try:
                out.append(part.get_content())
            except Exception as e:
                out.append("")
    return "\n".join(out).lower()


emls = sorted(glob.glob(os.path.join(D, "*.eml")))
for path in emls:
    name = os.path.basename(path)
    jpath = path[:-4] + ".json"
    if not os.path.exists(jpath):
        p(name, "missing json"); continue
    t = json.load(open(jpath, encoding="utf-8"))
    raw = open(path, "rb").read()
    try:
        msg = email.message_from_bytes(raw, policy=policy.compat32)
        mdef = email.message_from_bytes(raw, policy=policy.default)
    except Exception as e:
        p(name, "parse error %r" % e); continue
    if t.get("file") != name:
        p(name, "file field %r" % t.get("file"))
    for k in ("is_dsar", "rights", "language", "requester_name", "requester_email", "received", "attachments", "notes"):
        if k not in t:
            p(name, "missing key " + k)
    # rights
    r = t["rights"]
    if any(x not in RIGHTS for x in r) or r != sorted(r, key=RIGHTS.index) or len(r) > 2 or len(set(r)) != len(r):
        p(name, "bad rights %r" % r)
    if t["is_dsar"] != bool(r):
        p(name, "is_dsar/rights mismatch")
    if t["language"] not in ("en", "fr"):
        p(name, "language %r" % t["language"])
    # From / Reply-To / requester
    frm, rto = addr(msg.get("From")), addr(msg.get("Reply-To"))
    if not frm:
        p(name, "no From address")
    if len(msg.get_all("From") or []) != 1:
        p(name, "From header count")
    if not t["is_dsar"]:
        if t["requester_email"] is not None or t["requester_name"] is not None:
            p(name, "non-DSAR with requester fields")
    else:
        re_ = (t["requester_email"] or "").lower()
        if not re_:
            p(name, "DSAR without requester_email")
        elif rto and rto != frm:
            if re_ != rto:
                p(name, "Reply-To %s differs from From but requester_email is %s" % (rto, re_))
        elif re_ != frm:
            # forwarded / contact-form: must be inside body or attached message
            inner = " ".join(str(part.get("From", "")) for part in msg.walk()).lower()
            if re_ not in body_text(mdef) and re_ not in inner and re_ not in raw.decode("utf-8", "replace").lower():
                p(name, "requester_email %s not found in mail" % re_)
        if t["requester_name"] is not None:
            import unicodedata
            nm = unicodedata.normalize("NFC", t["requester_name"]).lower()
            disp = " ".join(str(mdef.get(h, "")) for h in ("From", "Reply-To")).lower()
            if nm not in body_text(mdef) and nm not in disp and nm not in raw.decode("utf-8", "replace").lower():
                p(name, "requester_name %r not found in mail" % t["requester_name"])
    # Date
    dh = msg.get("Date")
    if dh is None:
        exp = None
    else:
        try:
            dt = email.utils.parsedate_to_datetime(dh)
            exp = dt.isoformat() if dt.tzinfo else None
        except (TypeError, ValueError):
            exp = None
    if exp != t["received"]:
        p(name, "received %r but Date header gives %r" % (t["received"], exp))
    # attachments: every part with a filename, in mail order
    found = []
    for part in msg.walk():
        fn = part.get_filename()
        if fn:
            found.append((str(email.header.make_header(email.header.decode_header(fn))), part.get_content_type()))
    want = [(a["filename"], a["content_type"]) for a in t["attachments"]]
    if found != want:
        p(name, "attachments %r != json %r" % (found, want))
    for a in t["attachments"]:
        if not isinstance(a.get("is_id_document"), bool):
            p(name, "is_id_document missing for %s" % a.get("filename"))

jsons = sorted(glob.glob(os.path.join(D, "*.json")))
if len(jsons) != len(emls):
    p("-", "%d eml vs %d json" % (len(emls), len(jsons)))
for x in problems:
    print(x)
print("checked %d mails, %d problems" % (len(emls), len(problems)))
sys.exit(1 if problems else 0)
