#!/usr/bin/env python3
"""Build the blind6 e-mail set: mails/NNNN.eml + mails/NNNN.json, then self-check.

Python 3.11 standard library only, deterministic (no randomness).
Mail texts live in mails_nl.py, mails_en.py, mails_fr.py, mails_de.py (same folder).
Usage: python3 make_set.py            (build + check)
       python3 make_set.py --check    (check only)
"""
import json
import os
import struct
import sys
import unicodedata
import zlib
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from email.utils import parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "mails")
sys.path.insert(0, HERE)

RIGHTS = ["access", "rectification", "erasure", "restriction", "portability",
          "objection", "withdraw_consent"]
KEYS = ["file", "is_dsar", "rights", "language", "requester_name", "requester_email",
        "received", "attachments", "notes", "group", "style", "representative",
        "processor", "follow_up"]

# ---------------------------------------------------------------- tiny media
FONT = {  # 5x7 glyphs
    "S": ["01111", "10000", "10000", "01110", "00001", "00001", "11110"],
    "P": ["11110", "10001", "10001", "11110", "10000", "10000", "10000"],
    "E": ["11111", "10000", "10000", "11110", "10000", "10000", "11111"],
    "C": ["01111", "10000", "10000", "10000", "10000", "10000", "01111"],
    "I": ["11111", "00100", "00100", "00100", "00100", "00100", "11111"],
    "M": ["10001", "11011", "10101", "10101", "10001", "10001", "10001"],
    "N": ["10001", "11001", "10101", "10011", "10001", "10001", "10001"],
    " ": ["00000"] * 7,
}


def png(w, h, pix):
    raw = b"".join(b"\x00" + bytes(v for p in row for v in p) for row in pix)

    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def canvas(w, h, col):
    return [[col for _ in range(w)] for _ in range(h)]


def rect(px, x0, y0, x1, y1, col):
    for y in range(y0, y1):
        for x in range(x0, x1):
            px[y][x] = col


def text(px, x, y, s, col, sc=1):
    for ch in s:
        g = FONT.get(ch, FONT[" "])
        for gy, row in enumerate(g):
            for gx, b in enumerate(row):
                if b == "1":
                    rect(px, x + gx * sc, y + gy * sc, x + (gx + 1) * sc, y + (gy + 1) * sc, col)
        x += 6 * sc


def id_card(seed, back=False):
    tint = [(214, 226, 240), (232, 222, 206), (220, 236, 222), (240, 220, 226)][seed % 4]
    px = canvas(160, 100, tint)
    rect(px, 0, 0, 160, 3, (60, 60, 90)); rect(px, 0, 97, 160, 100, (60, 60, 90))
    if back:
        for i in range(3):
            rect(px, 8, 60 + i * 10, 152, 64 + i * 10, (40, 40, 40))
    else:
        rect(px, 8, 14, 48, 64, (150, 150, 160))
        rect(px, 20, 22, 36, 38, (110, 100, 95))
        for i in range(4):
            rect(px, 56, 16 + i * 10, 150 - (i * 13 + seed) % 30, 20 + i * 10, (90, 90, 110))
    text(px, 32, 74, "SPECIMEN", (200, 20, 20), 2)
    return png(160, 100, px)


def picture(seed, w=64, h=48):
    px = canvas(w, h, (30 + seed * 7 % 200, 90, 140 - seed * 5 % 100))
    rect(px, w // 4, h // 3, w // 2, h - 4, (230, 200, 170))
    rect(px, w // 2 + 4, 6, w - 6, h // 2, (250, 240, 200))
    return png(w, h, px)


def logo(seed):
    px = canvas(48, 16, (255, 255, 255))
    rect(px, 2, 2, 14, 14, (20 + seed * 30 % 200, 120, 60))
    rect(px, 18, 6, 46, 10, (80, 80, 80))
    return png(48, 16, px)


def pdf(lines):
    content = "BT /F1 11 Tf 40 780 Td " + " ".join(
        "(%s) Tj 0 -16 Td" % l.replace("(", "").replace(")", "") for l in lines) + " ET"
    objs = ["<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
            "/Resources << /Font << /F1 5 0 R >> >> >>",
            "<< /Length %d >>\nstream\n%s\nendstream" % (len(content), content),
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    out = b"%PDF-1.4\n"
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += ("%d 0 obj\n%s\nendobj\n" % (i, o)).encode("latin-1")
    x = len(out)
    out += ("xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)).encode()
    for o in offs:
        out += ("%010d 00000 n \n" % o).encode()
    out += ("trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, x)).encode()
    return out


def media(kind, seed):
    """kind -> bytes. id / idback / idpdf / photo / shot / logo / pdf:<text> / heic / vcf / txt:<text>"""
    if kind == "id":
        return id_card(seed)
    if kind == "idback":
        return id_card(seed, back=True)
    if kind == "idpdf":
        return pdf(["IDENTITEITSKAART / IDENTITY CARD", "SPECIMEN", "scan %d" % seed])
    if kind == "photo":
        return picture(seed)
    if kind == "shot":
        return picture(seed + 3, 90, 60)
    if kind == "logo":
        return logo(seed)
    if kind.startswith("pdf:"):
        return pdf(kind[4:].split("|"))
    if kind == "heic":
        return b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00mif1heic" + bytes(range(64))
    if kind.startswith("txt:"):
        return kind[4:].encode("utf-8")
    raise ValueError(kind)


# ---------------------------------------------------------------- mail builder
STUDIO = "Studio Lichtval <info@studiolichtval.nl>"


def html_of(body):
    esc = body.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    paras = esc.split("\n\n")
    return ("<html><head><meta charset=\"utf-8\"></head><body style=\"font-family:Arial\">"
            + "".join("<p>%s</p>" % p.replace("\n", "<br>") for p in paras) + "</body></html>")


def build(spec, n, inner=False):
    """Return an EmailMessage for a spec dict."""
    cs = spec.get("cs", "utf-8")
    # deterministic variety of transfer encodings and MIME shapes when a spec does not fix them
    cte = spec.get("cte", ["quoted-printable", "8bit", "quoted-printable", "base64"][n % 4])
    body = spec["body"].strip("\n") + "\n"
    shape = spec.get("shape", "alt" if n % 5 == 2 else "plain")
    msg = EmailMessage()

    def textpart(m):
        if cs == "us-ascii":
            m.set_content(body)
        else:
            m.set_content(body, charset=cs, cte=cte)

    if shape == "html":
        msg.set_content(html_of(body), subtype="html", charset="utf-8", cte=cte)
    else:
        textpart(msg)
        if shape == "alt":
            msg.add_alternative(html_of(body), subtype="html", charset="utf-8", cte=cte)
    inl = spec.get("inline", [])
    if inl:
        if shape != "alt":
            msg.add_alternative(html_of(body), subtype="html", charset="utf-8", cte=cte)
        htmlpart = msg.get_payload()[1]
        h = htmlpart.get_content()
        imgs = ""
        for i, (fn, ct, kind, _isid) in enumerate(inl):
            cid = "img%d.%04d@mail.local" % (i, n)
            imgs += '<p><img src="cid:%s" alt="%s"></p>' % (cid, fn)
        htmlpart.set_content(h.replace("</body>", imgs + "</body>"), subtype="html",
                             charset="utf-8", cte=cte)
        for i, (fn, ct, kind, _isid) in enumerate(inl):
            cid = "img%d.%04d@mail.local" % (i, n)
            mt, st = ct.split("/")
            htmlpart.add_related(media(kind, n + i), maintype=mt, subtype=st, cid="<%s>" % cid,
                                 disposition="inline", filename=fn)
    for i, (fn, ct, kind, _isid) in enumerate(spec.get("att", [])):
        mt, st = ct.split("/")
        msg.add_attachment(media(kind, n + i), maintype=mt, subtype=st, filename=fn)
    if spec.get("fwd"):
        inner_msg = build(spec["fwd"], n + 500, inner=True)
        msg.add_attachment(inner_msg, filename=spec["fwd"].get("fname", "doorgestuurd.eml"))
    # headers (EmailMessage puts content headers first; rebuild order)
    hdrs = []
    hdrs.append(("From", spec["frm"]))
    hdrs.append(("To", spec.get("to", STUDIO)))
    for k in ("Cc",):
        if spec.get(k.lower()):
            hdrs.append((k, spec[k.lower()]))
    if spec.get("reply_to"):
        hdrs.append(("Reply-To", spec["reply_to"]))
    if spec.get("subj") is not None:
        hdrs.append(("Subject", spec["subj"]))
    if spec.get("date"):
        hdrs.append(("Date", spec["date"]))
    hdrs.append(("Message-ID", "<%s.%04d@%s>" % ("b6" if not inner else "b6i", n,
                                                  spec["frm"].split("@")[-1].rstrip(">") or "mail.local")))
    subj = spec.get("subj") or ""
    if subj[:3].lower() in ("re:", "aw:"):
        hdrs.append(("In-Reply-To", "<b6r.%04d@studio.local>" % n))
        hdrs.append(("References", "<b6r.%04d@studio.local>" % n))
    if "Verzonden vanaf mijn iPhone" in body or "Sent from my iPhone" in body or "Envoyé de mon iPhone" in body:
        hdrs.append(("X-Mailer", "iPhone Mail (22B91)"))
    elif "Verzonden vanaf mijn iPad" in body:
        hdrs.append(("X-Mailer", "iPad Mail (22B91)"))
    elif spec.get("ua"):
        hdrs.append(("User-Agent" if "Thunderbird" in spec["ua"] else "X-Mailer", spec["ua"]))
    for k, v in spec.get("hdr", {}).items():
        hdrs.append((k, v))
    content = [(k, v) for k, v in msg.items()]
    for k in list(msg.keys()):
        del msg[k]
    for k, v in hdrs:
        msg[k] = v
    if not inner or True:
        msg["MIME-Version"] = "1.0"
    for k, v in content:
        if k.lower() != "mime-version":
            msg[k] = v
    # deterministic boundaries
    for j, part in enumerate(msg.walk()):
        if part.is_multipart() and part.get_content_maintype() == "multipart":
            part.set_boundary("==b6_%04d_%d_%s==" % (n, j, "i" if inner else "o"))
    return msg


def parse(path):
    with open(path, "rb") as f:
        return BytesParser(policy=policy.default).parse(f)


def attachments_of(msg):
    out = []
    for part in msg.walk():
        fn = part.get_filename()
        if fn:
            out.append((fn, part.get_content_type()))
    return out


def received_of(msg):
    if msg["Date"] is None:
        return None
    dt = msg["Date"].datetime
    if dt is None or dt.tzinfo is None:
        return None
    return dt.isoformat()


def all_text(msg):
    parts = []
    for part in msg.walk():
        for k in ("From", "Reply-To", "Subject", "To", "Cc"):
            if part[k] is not None:
                parts.append(str(part[k]))
        if part.get_content_maintype() == "text":
            try:
                parts.append(part.get_content())
            except Exception:
                pass
    return unicodedata.normalize("NFC", "\n".join(parts))


def label(spec, n, msg):
    rights = [r for r in RIGHTS if r in spec.get("rights", [])]
    dsar = bool(rights)
    atts = []
    declared = [a for a in spec.get("inline", [])] + list(spec.get("att", []))
    # mail order = walk order; map by filename to declared is_id
    flag = {a[0]: a[3] for a in declared}
    if spec.get("fwd"):
        flag[spec["fwd"].get("fname", "doorgestuurd.eml")] = False
        for a in spec["fwd"].get("inline", []) + list(spec["fwd"].get("att", [])):
            flag[a[0]] = a[3]
    for fn, ct in attachments_of(msg):
        atts.append({"filename": fn, "content_type": ct, "is_id_document": bool(flag[fn])})
    rep = spec.get("rep")
    if rep:
        rep = {"kind": rep[0], "name": rep[1]}
    d = {
        "file": "%04d.eml" % n,
        "is_dsar": dsar,
        "rights": rights,
        "language": spec["lang"],
        "requester_name": spec.get("name") if dsar else None,
        "requester_email": spec.get("email") if dsar else None,
        "received": received_of(msg),
        "attachments": atts,
        "notes": spec.get("notes", ""),
        "group": spec["g"],
        "style": spec["style"],
        "representative": rep if dsar else None,
        "processor": spec.get("proc"),
        "follow_up": bool(spec.get("fu", False)),
    }
    return {k: d[k] for k in KEYS}


def load_specs():
    specs = []
    for mod in ("mails_nl", "mails_en", "mails_fr", "mails_de"):
        m = __import__(mod)
        specs.extend(m.MAILS)
    return specs


def write_all(specs):
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        if f.endswith((".eml", ".json")):
            os.remove(os.path.join(OUT, f))
    for n, spec in enumerate(specs, 1):
        msg = build(spec, n)
        pol = policy.default.clone(linesep="\r\n" if spec.get("crlf") else "\n")
        data = msg.as_bytes(policy=pol)
        p = os.path.join(OUT, "%04d.eml" % n)
        with open(p, "wb") as f:
            f.write(data)
        lab = label(spec, n, parse(p))
        with open(os.path.join(OUT, "%04d.json" % n), "w", encoding="utf-8") as f:
            json.dump(lab, f, ensure_ascii=False, indent=2)
            f.write("\n")


def check():
    probs = []
    files = sorted(f for f in os.listdir(OUT) if f.endswith(".eml"))
    total = 0
    for f in files:
        p = os.path.join(OUT, f)
        total += os.path.getsize(p)
        msg = parse(p)
        j = json.load(open(p[:-4] + ".json", encoding="utf-8"))
        if list(j.keys()) != KEYS:
            probs.append((f, "key order"))
        for part in msg.walk():
            if part.defects:
                probs.append((f, "defects %r" % (part.defects,)))
            for k, v in part.items():
                if k != "Date" and getattr(v, "defects", None):
                    probs.append((f, "header %s defects %r" % (k, v.defects)))
        r = j["rights"]
        if r != [x for x in RIGHTS if x in r] or len(r) > 2 or len(set(r)) != len(r):
            probs.append((f, "rights %r" % r))
        if j["is_dsar"] != bool(r):
            probs.append((f, "is_dsar"))
        if j["language"] not in ("nl", "en", "fr", "de"):
            probs.append((f, "language"))
        if j["received"] != received_of(msg):
            probs.append((f, "received %r vs %r" % (j["received"], received_of(msg))))
        txt = all_text(msg)
        low = txt.lower()
        if j["is_dsar"]:
            if j["requester_email"] and j["requester_email"].lower() not in low:
                probs.append((f, "email not in mail: %s" % j["requester_email"]))
            if j["requester_name"] and unicodedata.normalize("NFC", j["requester_name"]) not in txt:
                probs.append((f, "name not in mail: %s" % j["requester_name"]))
            if not j["requester_email"]:
                probs.append((f, "dsar without requester_email"))
        else:
            if j["requester_name"] or j["requester_email"] or j["representative"]:
                probs.append((f, "non-dsar with requester fields"))
        got = [{"filename": a, "content_type": b} for a, b in attachments_of(msg)]
        if got != [{"filename": a["filename"], "content_type": a["content_type"]} for a in j["attachments"]]:
            probs.append((f, "attachments mismatch"))
        rep = j["representative"]
        if rep is not None and (set(rep) != {"kind", "name"} or rep["kind"] not in ("parent", "lawyer", "other")):
            probs.append((f, "representative"))
        if not j["notes"]:
            probs.append((f, "empty notes"))
    if total > 5 * 1024 * 1024:
        probs.append(("*", "set too big: %d bytes" % total))
    for p in probs:
        print("PROBLEM", *p)
    print("%d mails, %d bytes, %d problems" % (len(files), total, len(probs)))
    return not probs


def summary():
    rows = [json.load(open(os.path.join(OUT, f), encoding="utf-8"))
            for f in sorted(os.listdir(OUT)) if f.endswith(".json")]
    from collections import Counter
    c = Counter((r["language"], r["is_dsar"]) for r in rows)
    g = Counter(r["group"] for r in rows)
    rc = Counter(x for r in rows for x in r["rights"])
    st = Counter(r["style"] for r in rows)
    print("lang/dsar:", dict(sorted(c.items())))
    print("groups:", dict(sorted(g.items())))
    print("rights:", dict(rc))
    print("styles:", dict(st.most_common()))
    print("two rights:", sum(1 for r in rows if len(r["rights"]) == 2))
    print("no date:", sum(1 for r in rows if r["received"] is None))


if __name__ == "__main__":
    if "--check" not in sys.argv:
        write_all(load_specs())
    ok = check()
    summary()
    sys.exit(0 if ok else 1)
