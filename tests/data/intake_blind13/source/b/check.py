#!/usr/bin/env python3
"""Re-parse every mails/NNNN.eml and check it against NNNN.json. Exit 0 when no problems."""
import email, glob, json, os, sys, unicodedata
from email import policy
from email.utils import parsedate_to_datetime, getaddresses

HERE = os.path.dirname(os.path.abspath(__file__))
STUDIO_DOMAIN = "nachtzwaluw-foto.be"
CANON = ["access", "rectification", "erasure", "restriction", "portability", "objection", "withdraw_consent"]

def nfc(s):
    return unicodedata.normalize("NFC", s or "")

def parts_with_filename(msg):
    out = []
    def rec(p):
        fn = p.get_filename()
        if fn:
            out.append({"filename": fn, "content_type": p.get_content_type()})
            if p.get_content_type() == "message/rfc822":
                return          # do not descend into a forwarded message
        if p.is_multipart():
            for sp in p.iter_parts():
                rec(sp)
    rec(msg)
    return out

def all_text(msg):
    texts = []
    for p in msg.walk():
        if p.get_content_type() == "message/rfc822":
            inner = p.get_payload(0)
            texts.append("From: %s" % inner.get("From", ""))
        if p.get_content_maintype() == "text":
            try:
                texts.append(p.get_content())
            except Exception as e:
                texts.append("")
    return "\n".join(texts)

def addr(h):
    if h is None:
        return None, None
    lst = getaddresses([str(h)])
    if not lst:
        return None, None
    return lst[0][0], lst[0][1].lower()

def check(jpath):
    probs = []
    gt = json.load(open(jpath, encoding="utf-8"))
    epath = os.path.join(os.path.dirname(jpath), gt["file"])
    if not os.path.exists(epath):
        return ["missing " + gt["file"]]
    raw = open(epath, "rb").read()
    msg = email.message_from_bytes(raw, policy=policy.default)
    rawmsg = email.message_from_bytes(raw)  # compat32: undecoded Date
    # received
    d = rawmsg.get("Date")
    try:
        got = parsedate_to_datetime(d).isoformat() if d else None
    except (ValueError, TypeError, IndexError):
        got = None
    if got != gt["received"]:
        probs.append("received: header %r -> %r, json %r" % (d, got, gt["received"]))
    # attachments
    atts = parts_with_filename(msg)
    exp = [{"filename": a["filename"], "content_type": a["content_type"]} for a in gt["attachments"]]
    if atts != exp:
        probs.append("attachments: mail %r, json %r" % (atts, exp))
    for a in gt["attachments"]:
        if not isinstance(a.get("is_id_document"), bool):
            probs.append("is_id_document not bool for %s" % a.get("filename"))
    # labels
    if gt["rights"] != [r for r in CANON if r in gt["rights"]] or len(gt["rights"]) > 2:
        probs.append("rights not canonical/too many: %r" % gt["rights"])
    if gt["is_dsar"] != bool(gt["rights"]):
        probs.append("is_dsar/rights mismatch")
    if gt["language"] not in ("fr", "de", "en", "nl"):
        probs.append("language %r" % gt["language"])
    # requester
    fname, faddr = addr(msg.get("From"))
    rname, raddr = addr(msg.get("Reply-To"))
    text = nfc(all_text(msg))
    if not gt["is_dsar"]:
        if gt["requester_name"] is not None or gt["requester_email"] is not None:
            probs.append("non-DSAR with requester fields")
    else:
        e = (gt["requester_email"] or "").lower()
        if raddr and raddr != faddr:
            want = raddr
        elif faddr and not faddr.endswith("@" + STUDIO_DOMAIN):
            want = faddr
        else:
            want = None     # forward / contact form: must be in body
        if want is not None and e != want:
            probs.append("requester_email %r, expected %r (From %r, Reply-To %r)" % (e, want, faddr, raddr))
        if want is None and (not e or e not in text.lower() or e.endswith("@" + STUDIO_DOMAIN)):
            probs.append("requester_email %r not found in body of forward/form" % e)
        n = gt["requester_name"]
        if n is not None:
            where = nfc(" ".join(x or "" for x in (fname, rname))) + "\n" + text
            if nfc(n) not in where:
                probs.append("requester_name %r not in headers/body" % n)
    return probs

def main():
    files = sorted(glob.glob(os.path.join(HERE, "mails", "*.json")))
    total = 0
    for j in files:
        for p in check(j):
            print("%s: %s" % (os.path.basename(j), p))
            total += 1
    print("%d mails checked, %d problems" % (len(files), total))
    sys.exit(1 if total or not files else 0)

if __name__ == "__main__":
    main()
