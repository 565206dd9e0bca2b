#!/usr/bin/env python3
"""Builds hand-written test mails (EN + FR) with ground truth JSON."""
import json, os, sys
from datetime import datetime, timezone, timedelta
from email.message import EmailMessage
from email import policy, utils

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "mails")
ORDER = ["access", "rectification", "erasure", "restriction", "portability", "objection", "withdraw_consent"]
STUDIO = "Studio Lichtval <info@studiolichtval.nl>"
STUDIO_BE = "Studio Lichtval <hallo@studiolichtval.be>"
MAILS = []


def D(y, mo, d, h, mi, s, off):
    return utils.format_datetime(datetime(y, mo, d, h, mi, s, tzinfo=timezone(timedelta(minutes=off))))


def blob(ctype):
    if ctype == "image/jpeg":
        return b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00" + b"\x00" * 40 + b"\xff\xd9"
    if ctype == "image/png":
        return b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x02\x00\x00\x00\x90wS\xde" + b"\x00\x00\x00\x00IEND\xaeB`\x82"
    if ctype == "application/pdf":
        return b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
    if ctype in ("image/heic", "application/octet-stream"):
        return b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00mif1heic" + b"\x00" * 32
    return b"placeholder"


def M(lang, frm, subj, date, body, rights, name=None, addr=None, to=STUDIO, reply_to=None, atts=(),
      html=None, html_only=False, cs="utf-8", cte=None, hdrs=(), notes="", received="auto", crlf=False,
      rfc822=None):
    MAILS.append(dict(lang=lang, frm=frm, subj=subj, date=date, body=body, rights=rights, name=name,
                      addr=addr, to=to, reply_to=reply_to, atts=list(atts), html=html, html_only=html_only,
                      cs=cs, cte=cte, hdrs=list(hdrs), notes=notes, received=received, crlf=crlf,
                      rfc822=rfc822))


def build(n, m):
    msg = EmailMessage()
    if m["frm"]:
        msg["From"] = m["frm"]
    msg["To"] = m["to"]
    if m["subj"] is not None:
        msg["Subject"] = m["subj"]
    odd = m["date"] is not None and m["received"] is None
    if m["date"] is not None:
        msg["Date"] = "Thu, 01 Jan 1970 00:00:00 +0000" if odd else m["date"]
    msg["Message-ID"] = "<%04d.%s@%s>" % (n, "b8x" + str(7919 * n % 100000), (m["frm"] or "x@mail.example").split("@")[-1].strip(">"))
    if m["reply_to"]:
        msg["Reply-To"] = m["reply_to"]
    for k, v in m["hdrs"]:
        msg[k] = v
    kw = {"charset": m["cs"]}
    if m["cte"]:
        kw["cte"] = m["cte"]
    if m["html_only"]:
        msg.set_content(m["html"], subtype="html", **kw)
    else:
        msg.set_content(m["body"], **kw)
        if m["html"]:
            msg.add_alternative(m["html"], subtype="html", charset="utf-8")
    # inline images go into the html part (multipart/related)
    for fn, ct, isid, cid in m["atts"]:
        if cid:
            target = msg if m["html_only"] else msg.get_body(("html",))
            mt, st = ct.split("/")
            target.add_related(blob(ct), mt, st, cid="<%s>" % cid, filename=fn, disposition="inline")
    for fn, ct, isid, cid in m["atts"]:
        if not cid:
            mt, st = ct.split("/")
            msg.add_attachment(blob(ct), mt, st, filename=fn)
    if m["rfc822"]:
        inner, fn = m["rfc822"]
        msg.add_attachment(inner, filename=fn)
    pol = policy.SMTP if m["crlf"] else policy.default
    data = msg.as_bytes(policy=pol)
    if odd:
        data = data.replace(b"Date: Thu, 01 Jan 1970 00:00:00 +0000", b"Date: " + m["date"].encode("ascii"), 1)
    rights = [r for r in ORDER if r in m["rights"]]
    isd = bool(rights)
    if m["received"] == "auto":
        rec = utils.parsedate_to_datetime(m["date"]).isoformat()
    else:
        rec = m["received"]
    atts = [{"filename": fn, "content_type": ct, "is_id_document": isid} for fn, ct, isid, cid in m["atts"]]
    if m["rfc822"]:
        atts.append({"filename": m["rfc822"][1], "content_type": "message/rfc822", "is_id_document": False})
    gt = {"file": "%04d.eml" % n, "is_dsar": isd, "rights": rights, "language": m["lang"],
          "requester_name": m["name"] if isd else None, "requester_email": m["addr"] if isd else None,
          "received": rec, "attachments": atts, "notes": m["notes"]}
    with open(os.path.join(OUT, "%04d.eml" % n), "wb") as f:
        f.write(data)
    with open(os.path.join(OUT, "%04d.json" % n), "w", encoding="utf-8") as f:
        json.dump(gt, f, ensure_ascii=False, indent=2)


def inner_msg(frm, to, subj, date, body):
    im = EmailMessage()
    im["From"] = frm
    im["To"] = to
    im["Subject"] = subj
    im["Date"] = date
    im.set_content(body)
    return im


exec(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "texts_en.py"), encoding="utf-8").read())
exec(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "texts_fr.py"), encoding="utf-8").read())

if __name__ == "__main__":
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        if f[:4].isdigit():
            os.remove(os.path.join(OUT, f))
    for i, m in enumerate(MAILS, 1):
        build(i, m)
    print(len(MAILS), "mails written")
