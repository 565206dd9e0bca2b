#!/usr/bin/env python3
"""Blind intake set 5: 120 hand-written request / non-request mails (nl, en, fr, de).

Python 3.11 standard library only, deterministic.  Writes mails/NNNN.eml + NNNN.json and
self-checks every file.  Usage:  python3 make_set.py [outdir]   (default: ./mails)
"""
import email
import email.utils
import json
import os
import struct
import sys
import zlib
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser

# ----------------------------------------------------------------------------------------------
# tiny media writers (placeholders; ID cards are drawn and marked SPECIMEN)
# ----------------------------------------------------------------------------------------------
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


def canvas(w, h, v):
    return [[v] * w for _ in range(h)]


def rect(c, x0, y0, x1, y1, v):
    for y in range(max(0, y0), min(len(c), y1)):
        row = c[y]
        for x in range(max(0, x0), min(len(row), x1)):
            row[x] = v


def text(c, x, y, s, v, scale=1):
    for ch in s:
        g = FONT[ch]
        for gy, line in enumerate(g):
            for gx, bit in enumerate(line):
                if bit == "1":
                    rect(c, x + gx * scale, y + gy * scale, x + (gx + 1) * scale, y + (gy + 1) * scale, v)
        x += 6 * scale


def draw_id(seed, back=False):
    """Grey-level card, 56x36 cells: photo box, text bars, big SPECIMEN."""
    c = canvas(64, 44, 245)
    rect(c, 3, 3, 61, 41, 200 - (seed % 5) * 8)          # card body
    rect(c, 3, 3, 61, 7, 90 + (seed % 3) * 20)           # header band
    if not back:
        rect(c, 6, 10, 18, 26, 70)                       # portrait box
        rect(c, 9, 12, 15, 18, 150)                      # face
        for i in range(4):
            rect(c, 21, 11 + i * 4, 56 - (i * 5 + seed) % 12, 13 + i * 4, 110)
    else:
        for i in range(3):
            rect(c, 6, 30 + i * 3, 58, 31 + i * 3, 60)  # machine readable zone
        rect(c, 44, 10, 58, 22, 120)
    text(c, 8, 28 if not back else 14, "SPECIMEN", 20)
    return c


def draw_photo(seed):
    """Portfolio-ish picture: backdrop gradient with a silhouette."""
    c = canvas(48, 36, 0)
    for y in range(36):
        for x in range(48):
            c[y][x] = 60 + (x * 3 + y * 2 + seed * 17) % 150
    rect(c, 18 + seed % 6, 8, 28 + seed % 6, 36, 35)
    rect(c, 20 + seed % 6, 3, 26 + seed % 6, 9, 190)
    return c


def draw_shot(seed):
    """Phone screenshot: status bar, header, grid of thumbnails."""
    c = canvas(36, 64, 250)
    rect(c, 0, 0, 36, 3, 30)
    rect(c, 0, 3, 36, 8, 200)
    for i in range(9):
        x, y = 1 + (i % 3) * 12, 10 + (i // 3) * 12
        rect(c, x, y, x + 11, y + 11, 80 + ((i + seed) * 37) % 150)
    rect(c, 2, 50, 30, 52, 120)
    rect(c, 2, 55, 22, 57, 160)
    return c


def draw_logo(seed):
    c = canvas(24, 12, 255)
    rect(c, 1, 1, 11, 11, 40 + seed % 50)
    rect(c, 13, 4, 23, 8, 120)
    return c


def upscale(c, k):
    out = []
    for row in c:
        r = []
        for v in row:
            r.extend([v] * k)
        for _ in range(k):
            out.append(list(r))
    return out


def png_bytes(c, k=2):
    c = upscale(c, k)
    h, w = len(c), len(c[0])
    raw = b"".join(b"\x00" + bytes(row) for row in c)

    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)

    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 0, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def _huff(bits, vals):
    codes, code, k = {}, 0, 0
    for length in range(1, 17):
        for _ in range(bits[length - 1]):
            codes[vals[k]] = (code, length)
            code += 1
            k += 1
        code <<= 1
    return codes


DC_BITS = [0, 1, 5, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0]
DC_VALS = list(range(12))
AC_BITS = [0, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]
AC_VALS = [0x00, 0x01]


def jpeg_bytes(c):
    """Baseline grey JPEG, every 8x8 block flat (DC only): one cell of c = one block."""
    bh, bw = len(c), len(c[0])
    dc, ac = _huff(DC_BITS, DC_VALS), _huff(AC_BITS, AC_VALS)
    out, acc, n = bytearray(), 0, 0

    def put(code, length):
        nonlocal acc, n
        acc = (acc << length) | code
        n += length
        while n >= 8:
            n -= 8
            b = (acc >> n) & 0xFF
            out.append(b)
            if b == 0xFF:
                out.append(0)
        acc &= (1 << n) - 1

    prev = 0
    for row in c:
        for v in row:
            d = 8 * (v - 128)
            diff, prev = d - prev, d
            size = abs(diff).bit_length()
            put(*dc[size])
            if size:
                put(diff if diff > 0 else diff + (1 << size) - 1, size)
            put(*ac[0x00])  # EOB
    if n:
        put((1 << (8 - n)) - 1, 8 - n)
    seg = lambda m, d: b"\xff" + bytes([m]) + struct.pack(">H", len(d) + 2) + d
    hdr = b"\xff\xd8" + seg(0xE0, b"JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00")
    hdr += seg(0xDB, b"\x00" + bytes([1] * 64))
    hdr += seg(0xC0, b"\x08" + struct.pack(">HH", bh * 8, bw * 8) + b"\x01\x01\x11\x00")
    hdr += seg(0xC4, b"\x00" + bytes(DC_BITS) + bytes(DC_VALS))
    hdr += seg(0xC4, b"\x10" + bytes(AC_BITS) + bytes(AC_VALS))
    hdr += seg(0xDA, b"\x01\x01\x00\x00\x3f\x00")
    return hdr + bytes(out) + b"\xff\xd9"


def pdf_bytes(lines):
    content = "BT /F1 14 Tf 40 160 Td " + " ".join(
        "(%s) Tj 0 -22 Td" % l.replace("(", "").replace(")", "") for l in lines) + " ET"
    objs = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 340 215] /Contents 4 0 R "
        "/Resources << /Font << /F1 5 0 R >> >> >>",
        "<< /Length %d >>\nstream\n%s\nendstream" % (len(content), content),
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += ("%d 0 obj\n%s\nendobj\n" % (i, o)).encode("latin-1")
    x = len(out)
    out += ("xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)).encode()
    for o in offs:
        out += ("%010d 00000 n \n" % o).encode()
    out += ("trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, x)).encode()
    return bytes(out)


def heic_stub(seed):
    return (struct.pack(">I", 24) + b"ftypheic" + b"\x00\x00\x00\x00" + b"mif1heic"
            + struct.pack(">I", 16) + b"mdat" + bytes([(seed * 7 + i) % 256 for i in range(8)]))


def media(kind, filename, seed):
    """Return (bytes, is_id_document)."""
    ext = filename.rsplit(".", 1)[-1].lower()
    is_id = kind in ("id", "idback")
    if ext == "heic":
        return heic_stub(seed), is_id
    if ext == "pdf":
        if is_id:
            return pdf_bytes(["SPECIMEN", "IDENTITY CARD / IDENTITEITSKAART", "scan - fictional document",
                              "No. SPEC%06d" % (seed * 7919 % 1000000)]), True
        return pdf_bytes(["Document %d" % seed, filename.rsplit(".", 1)[0].replace("_", " "),
                          "placeholder page"]), False
    pic = {"id": lambda: draw_id(seed), "idback": lambda: draw_id(seed, back=True),
           "photo": lambda: draw_photo(seed), "shot": lambda: draw_shot(seed),
           "logo": lambda: draw_logo(seed)}[kind]()
    if ext in ("jpg", "jpeg"):
        return jpeg_bytes(pic), is_id
    return png_bytes(pic, 1 if kind == "logo" else 2), is_id


# ----------------------------------------------------------------------------------------------
# mail specs
# ----------------------------------------------------------------------------------------------
MAILS = []
STUDIOS = {
    "zeelicht": "Fotostudio Zeelicht <info@fotostudiozeelicht.nl>",
    "korrel": "Studio Korrel <hallo@studiokorrel.be>",
    "spoton": "Spot On Casting <bookings@spotoncasting.nl>",
    "maas": "Fotografie Maas <info@fotografiemaas.nl>",
    "bleu": "Atelier Bleu Photo <contact@atelierbleu.be>",
    "linse": "Licht & Linse Fotostudio <info@lichtundlinse.be>",
    "nordlicht": "Nordlicht Casting <casting@nordlicht-casting.nl>",
}
FORM_FROM = {
    "zeelicht": "Fotostudio Zeelicht website <noreply@fotostudiozeelicht.nl>",
    "bleu": "Formulaire atelierbleu.be <no-reply@atelierbleu.be>",
    "spoton": "Spot On Casting <noreply@spotoncasting.nl>",
}


def att(kind, filename, ctype, inline=False):
    return {"kind": kind, "filename": filename, "ctype": ctype, "inline": inline}


def mail(lang, group, style, frm, subject, date, body, *, to="zeelicht", rights=(), name=None,
         addr=None, rep=None, processor=False, follow_up=False, notes="", html=None, html_only=False,
         atts=(), fwd=None, reply_to=None, headers=(), cte=None, charset="utf-8", crlf=False,
         cc=None):
    MAILS.append(dict(lang=lang, group=group, style=style, frm=frm, subject=subject, date=date,
                      body=body, to=STUDIOS.get(to, to), rights=list(rights), name=name, addr=addr,
                      rep=rep, processor=processor, follow_up=follow_up, notes=notes, html=html,
                      html_only=html_only, atts=list(atts), fwd=fwd, reply_to=reply_to,
                      headers=list(headers), cte=cte, charset=charset, crlf=crlf, cc=cc))


def inner(frm, to, subject, date, body, atts=(), charset="utf-8"):
    """Spec for an attached message/rfc822."""
    return dict(frm=frm, to=to, subject=subject, date=date, body=body, atts=list(atts), charset=charset)


# ----------------------------------------------------------------------------------------------
# building
# ----------------------------------------------------------------------------------------------
RIGHTS = ["access", "rectification", "erasure", "restriction", "portability", "objection",
          "withdraw_consent"]
KEYS = ["file", "is_dsar", "rights", "language", "requester_name", "requester_email", "received",
        "attachments", "notes", "group", "style", "representative", "processor", "follow_up"]


def html_of(body):
    esc = body.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    paras = "".join("<p>%s</p>\n" % p.replace("\n", "<br>\n") for p in esc.split("\n\n"))
    return "<html><head><meta charset=\"utf-8\"></head><body style=\"font-family:Arial\">\n%s</body></html>\n" % paras


def qaddr(value):
    """Quote display names that contain specials (periods, '|', '&') so headers parse cleanly."""
    name, addr = email.utils.parseaddr(value)
    if name and any(ch in name for ch in '.|&,()'):
        return '"%s" <%s>' % (name.replace('"', ''), addr)
    return value


def build(spec, idx, seed_base=0):
    msg = EmailMessage()
    msg["From"] = qaddr(spec["frm"])
    msg["To"] = qaddr(spec["to"])
    if spec.get("cc"):
        msg["Cc"] = qaddr(spec["cc"])
    if spec.get("subject") is not None:
        msg["Subject"] = spec["subject"]
    if spec.get("date") is not None:
        if received_of(spec["date"]) is None:
            msg["X-B5-Rawdate"] = "x"   # replaced by the raw, unparseable value after serialising
        else:
            msg["Date"] = spec["date"]
    msg["Message-ID"] = "<%04d.%d.blind5@%s>" % (idx, 7 * idx + 3, spec["frm"].split("@")[-1].strip("> "))
    if spec.get("reply_to"):
        msg["Reply-To"] = qaddr(spec["reply_to"])
    for k, v in spec.get("headers", []):
        msg[k] = v
    msg["MIME-Version"] = "1.0"
    body = spec["body"]
    charset, cte = spec.get("charset", "utf-8"), spec.get("cte")
    inl = [a for a in spec.get("atts", []) if a.get("inline")]
    html = spec.get("html")
    if html is True or (inl and not html):
        html = html_of(body)
    if inl:
        imgs = "".join('<p><img src="cid:img%d.%04d@blind5" alt="%s"></p>\n' % (j, idx, a["filename"])
                       for j, a in enumerate(inl))
        html = html.replace("</body>", imgs + "</body>")
    if spec.get("html_only"):
        msg.set_content(html or html_of(body), subtype="html", charset=charset, cte=cte)
    else:
        msg.set_content(body, charset=charset, cte=cte)
        if html:
            msg.add_alternative(html, subtype="html", charset=charset, cte=cte)
    if inl:
        target = msg if spec.get("html_only") else msg.get_payload()[1]
        for j, a in enumerate(inl):
            data, _ = media(a["kind"], a["filename"], idx * 3 + j + seed_base)
            mt, st = a["ctype"].split("/")
            target.add_related(data, mt, st, cid="<img%d.%04d@blind5>" % (j, idx),
                               filename=a["filename"], disposition="inline")
    for j, a in enumerate(spec.get("atts", [])):
        if a.get("inline"):
            continue
        data, _ = media(a["kind"], a["filename"], idx * 3 + j + 1 + seed_base)
        mt, st = a["ctype"].split("/")
        msg.add_attachment(data, mt, st, filename=a["filename"])
    if spec.get("fwd"):
        fw = build(dict(spec["fwd"], to=spec["fwd"]["to"], headers=[], reply_to=None), idx + 500,
                   seed_base=11)
        fname = spec["fwd"].get("filename", "forwarded.eml")
        msg.add_attachment(fw, filename=fname)
    # deterministic boundaries
    n = 0
    for part in msg.walk():
        if part.is_multipart() and part.get_content_maintype() == "multipart":
            part.set_boundary("----=_Part_b5_%04d_%d" % (idx, n))
            n += 1
    return msg


def expected_atts(spec):
    out = []
    for a in spec.get("atts", []):
        out.append(a)
    return out


def attach_list(spec):
    """Ground-truth attachments in MIME order (inline first, then attachments, then forward)."""
    inl = [a for a in spec["atts"] if a.get("inline")]
    rest = [a for a in spec["atts"] if not a.get("inline")]
    lst = [{"filename": a["filename"], "content_type": a["ctype"],
            "is_id_document": a["kind"] in ("id", "idback")} for a in inl + rest]
    if spec.get("fwd"):
        f = spec["fwd"]
        lst.append({"filename": f.get("filename", "forwarded.eml"), "content_type": "message/rfc822",
                    "is_id_document": False})
        for a in f.get("atts", []):
            lst.append({"filename": a["filename"], "content_type": a["ctype"],
                        "is_id_document": a["kind"] in ("id", "idback")})
    return lst


def received_of(date):
    if date is None:
        return None
    try:
        dt = email.utils.parsedate_to_datetime(date)
    except (TypeError, ValueError, IndexError):
        return None
    if dt is None or dt.tzinfo is None:
        return None
    return dt.isoformat()


def addr_of(frm):
    return email.utils.parseaddr(frm)[1]


def name_of(frm):
    return email.utils.parseaddr(frm)[0] or None


def truth(spec, fname):
    dsar = bool(spec["rights"])
    rights = [r for r in RIGHTS if r in spec["rights"]]
    src = spec.get("reply_to") or spec["frm"]
    name = spec["name"] if spec["name"] is not None else name_of(src)
    if spec["name"] == "":
        name = None
    addr = spec["addr"] or addr_of(src)
    return {
        "file": fname,
        "is_dsar": dsar,
        "rights": rights,
        "language": spec["lang"],
        "requester_name": name if dsar else None,
        "requester_email": addr if dsar else None,
        "received": received_of(spec["date"]),
        "attachments": attach_list(spec),
        "notes": spec["notes"],
        "group": spec["group"],
        "style": spec["style"],
        "representative": spec["rep"],
        "processor": spec["processor"],
        "follow_up": spec["follow_up"],
    }


# ----------------------------------------------------------------------------------------------
# self-check
# ----------------------------------------------------------------------------------------------
def all_text(msg):
    bits = []
    for part in msg.walk():
        for k, v in part.items():
            bits.append("%s: %s" % (k, v))
        if part.get_content_maintype() == "text":
            try:
                bits.append(part.get_content())
            except Exception as e:  # noqa
                bits.append("")
    return "\n".join(bits)


def check(path_eml, path_json, spec):
    probs = []
    raw = open(path_eml, "rb").read()
    msg = BytesParser(policy=policy.default).parsebytes(raw)
    for part in msg.walk():
        if part.defects:
            probs.append("part defects %r" % part.defects)
        for k, v in part.items():
            d = getattr(v, "defects", ())
            if d and not (k.lower() == "date" and received_of(spec["date"]) is None):
                probs.append("header %s defects %r" % (k, d))
    t = json.load(open(path_json, encoding="utf-8"))
    if list(t) != KEYS:
        probs.append("key order")
    if t["rights"] != [r for r in RIGHTS if r in t["rights"]] or len(t["rights"]) > 2:
        probs.append("rights not canonical / too many")
    if len(set(t["rights"])) != len(t["rights"]):
        probs.append("duplicate rights")
    if t["is_dsar"] != bool(t["rights"]):
        probs.append("is_dsar vs rights")
    # received from parsed header
    h = msg["Date"]
    got = None
    if h is not None:
        dt = getattr(h, "datetime", None)
        if dt is not None and dt.tzinfo is not None:
            got = dt.isoformat()
    if got != t["received"]:
        probs.append("received %r vs header %r" % (t["received"], got))
    txt = all_text(msg)
    if t["is_dsar"]:
        if not t["requester_email"] or t["requester_email"].lower() not in txt.lower():
            probs.append("requester_email not in mail: %r" % t["requester_email"])
        if t["requester_name"] is not None and t["requester_name"] not in txt:
            probs.append("requester_name not in mail: %r" % t["requester_name"])
    else:
        if t["requester_email"] is not None or t["requester_name"] is not None:
            probs.append("requester fields on non-DSAR")
    parts = [(p.get_filename(), p.get_content_type()) for p in msg.walk() if p.get_filename()]
    exp = [(a["filename"], a["content_type"]) for a in t["attachments"]]
    if parts != exp:
        probs.append("attachments %r vs %r" % (parts, exp))
    if t["language"] not in ("nl", "en", "fr", "de"):
        probs.append("language")
    rep = t["representative"]
    if rep is not None and (set(rep) != {"kind", "name"} or rep["kind"] not in ("parent", "lawyer", "other")):
        probs.append("representative shape")
    if rep is not None and rep["name"] not in txt:
        probs.append("representative name not in mail")
    return probs


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "mails")
    os.makedirs(out, exist_ok=True)
    for f in os.listdir(out):
        if f[:4].isdigit() and f.endswith((".eml", ".json")):
            os.remove(os.path.join(out, f))
    problems = 0
    # interleave languages and request/non-request mails: fixed permutation (37 is coprime to 120)
    n = len(MAILS)
    order = [MAILS[(k * 37) % n] for k in range(n)] if n == 120 else list(MAILS)
    for i, spec in enumerate(order, 1):
        fname = "%04d.eml" % i
        msg = build(spec, i)
        pol = policy.default.clone(linesep="\r\n") if spec.get("crlf") else policy.default
        data = msg.as_bytes(policy=pol)
        if spec.get("date") is not None and received_of(spec["date"]) is None:
            data = data.replace(b"X-B5-Rawdate: x", b"Date: " + spec["date"].encode("ascii"), 1)
        pe, pj = os.path.join(out, fname), os.path.join(out, "%04d.json" % i)
        with open(pe, "wb") as fh:
            fh.write(data)
        with open(pj, "w", encoding="utf-8") as fh:
            json.dump(truth(spec, fname), fh, ensure_ascii=False, indent=2)
            fh.write("\n")
        for p in check(pe, pj, spec):
            problems += 1
            print("%s: %s" % (fname, p))
    # summary
    from collections import Counter
    js = [json.load(open(os.path.join(out, "%04d.json" % i), encoding="utf-8")) for i in range(1, len(MAILS) + 1)]
    lang = Counter(j["language"] for j in js)
    dsar = Counter((j["language"], j["is_dsar"]) for j in js)
    rc = Counter(r for j in js for r in j["rights"])
    two = sum(1 for j in js if len(j["rights"]) == 2)
    print("mails", len(js), dict(lang))
    print("dsar per lang", {k: (dsar[(k, True)], dsar[(k, False)]) for k in lang})
    print("rights", {r: rc[r] for r in RIGHTS}, "two-right mails", two)
    print("styles", dict(Counter(j["style"] for j in js)))
    print("groups", dict(Counter(j["group"] for j in js)))
    print("id attachments", sum(1 for j in js for a in j["attachments"] if a["is_id_document"]),
          "other attachments", sum(1 for j in js for a in j["attachments"] if not a["is_id_document"]))
    print("representative", sum(1 for j in js if j["representative"]), "processor",
          sum(1 for j in js if j["processor"]), "follow_up", sum(1 for j in js if j["follow_up"]))
    size = sum(os.path.getsize(os.path.join(out, f)) for f in os.listdir(out))
    print("total bytes", size)
    print("%d problems" % problems)
    return 1 if problems else 0


# ----------------------------------------------------------------------------------------------
# the mails
# ----------------------------------------------------------------------------------------------
# ============================== DUTCH (35: 25 requests, 10 non-requests) =======================
mail("nl", "nl-NL", "chatty", "Sanne Verhoeven <sanne.verhoeven91@gmail.com>",
     "foto op insta", "Sat, 6 Apr 2024 21:47:10 +0200",
     """Hoi!

Vorig jaar heb ik bij jullie een shoot gedaan voor mijn 30e verjaardag, was echt superleuk en de foto's zijn prachtig geworden. Alleen zag ik gisteren dat een van de foto's (die met de rode jurk op het strand) nog steeds op jullie Instagram staat. Dat vond ik toen prima maar inmiddels heb ik een nieuwe baan en ik heb liever niet dat collega's me daar tegenkomen.

Willen jullie die foto van Instagram en ook van de website halen? Ik geef daar geen toestemming meer voor.

Verder alles top hoor, ik kom zeker nog een keer terug :)

Liefs,
Sanne""",
     to="zeelicht", rights=["withdraw_consent"], name="Sanne Verhoeven",
     headers=[("X-Mailer", "iPhone Mail (21E236)")],
     notes="Consent withdrawal for Instagram/website photo, buried after a story; no erasure of other data asked.")

mail("nl", "nl-BE", "formal_generator", "Wouter Claeys <wouter.claeys@telenet.be>",
     "Verzoek tot inzage op grond van artikel 15 AVG", "Mon, 15 Jan 2024 10:02:44 +0100 (CET)",
     """Wouter Claeys
Kortrijksesteenweg 212
9000 Gent

Aan: Studio Korrel
Betreft: verzoek tot inzage (artikel 15 Algemene Verordening Gegevensbescherming)

Geachte heer, mevrouw,

Op grond van artikel 15 van de Algemene Verordening Gegevensbescherming (AVG) verzoek ik u mij mee te delen of u persoonsgegevens van mij verwerkt. Indien dat het geval is, verzoek ik u mij een kopie van die gegevens te bezorgen, samen met de volgende informatie:
- de verwerkingsdoeleinden;
- de categorieën van persoonsgegevens;
- de ontvangers aan wie de gegevens zijn of worden verstrekt;
- de bewaartermijn of de criteria om die termijn te bepalen;
- de bron van de gegevens, indien u ze niet bij mij hebt verzameld.

Volledigheidshalve wijs ik u erop dat de AVG mij daarnaast het recht geeft op rectificatie (art. 16), gegevenswissing (art. 17), beperking van de verwerking (art. 18) en bezwaar (art. 21). Over die rechten beslis ik nadat ik uw antwoord heb ontvangen; dit verzoek betreft uitsluitend inzage.

U dient binnen één maand na ontvangst van dit verzoek te antwoorden (artikel 12, lid 3 AVG). Blijft een tijdig antwoord uit, dan behoud ik mij het recht voor een klacht in te dienen bij de Gegevensbeschermingsautoriteit.

Ter identificatie voeg ik een kopie van mijn identiteitskaart toe.

Met vriendelijke groeten,

Wouter Claeys""",
     to="korrel", rights=["access"], atts=[att("id", "identiteitskaart_claeys.pdf", "application/pdf")],
     notes="Generator-style letter: mentions art. 16, 17, 18, 21 but explicitly asks only access (art. 15). ID scan as PDF.")

mail("nl", "nl-NL", "short", "Lotte Janssen <lotte@janssenenco.nl>",
     "Naam verkeerd gespeld", "Wed, 10 Apr 2024 08:31:05 +0200",
     """Goedemorgen,

Onder mijn portret op jullie site (pagina 'Zakelijke portretten') staat 'Lotte Jansen'. Het is Janssen, met dubbel s. Willen jullie dat aanpassen? Ook in jullie klantgegevens graag, want de factuur stond ook al verkeerd.

Groet,
Lotte Janssen
Janssen & Co Advies""",
     to="zeelicht", rights=["rectification"],
     notes="Rectification of name spelling under a published photo and in the customer file.")

mail("nl", "nl-NL", "parent", "Marieke de Vries-Bakker <marieke.devries@ziggo.nl>",
     "Foto's van mijn dochter (dansschool Plié)", "Thu, 18 Apr 2024 19:55:31 +0200",
     """Beste mensen van Fotografie Maas,

Mijn dochter Noor de Vries (9 jaar) zit op dansschool Plié in Maastricht. Jullie hebben daar in maart de foto's gemaakt voor de eindvoorstelling en de nieuwe folder. Ik heb daar destijds bij de dansschool geen bezwaar tegen gemaakt, maar inmiddels is er thuis een situatie waardoor ik echt niet wil dat er foto's van Noor ergens rondgaan.

Ik heb de dansschool ook gemaild, maar die zegt dat jullie de bestanden beheren. Daarom vraag ik het jullie rechtstreeks: wilt u alle foto's en gegevens van Noor de Vries verwijderen, ook uit jullie archief en back-ups?

Ik ben haar moeder en heb het ouderlijk gezag. Als u daar een bewijs van nodig heeft hoor ik het graag.

Met vriendelijke groet,
Marieke de Vries-Bakker""",
     to="maas", rights=["erasure"], name="Noor de Vries",
     rep={"kind": "parent", "name": "Marieke de Vries-Bakker"}, processor=True, html=True,
     headers=[("X-Mailer", "Microsoft Outlook 16.0")],
     notes="Parent writes for a 9-year-old; data subject is the child (name as written), e-mail is the parent's. Studio shot for the dance school (controller) -> processor situation.")

mail("nl", "nl-NL", "reminder", "Bram Hoekstra <b.hoekstra@kpnmail.nl>",
     "Re: inzage gegevens", "Tue, 7 May 2024 12:10:00 +0200",
     """Hallo,

Drie weken geleden heb ik onderstaande mail gestuurd en ik heb nog niets terug gehoord, ook geen ontvangstbevestiging. Wilt u alsnog reageren? Ik wil gewoon weten wat jullie van mij hebben.

Bram Hoekstra

Op di 16 apr 2024 om 09:02 schreef Bram Hoekstra <b.hoekstra@kpnmail.nl>:
> Beste Fotostudio Zeelicht,
>
> Ik heb in 2021 bij jullie pasfoto's en een gezinsshoot laten maken. Ik zou graag
> willen weten welke gegevens jullie nog van mij bewaren, welke foto's, en of die aan
> iemand anders zijn gegeven. Kunt u mij een overzicht sturen?
>
> Groet, Bram Hoekstra""",
     to="zeelicht", rights=["access"], follow_up=True,
     headers=[("In-Reply-To", "<0416.bh@kpnmail.nl>")],
     notes="Reminder; the actual access request is in the writer's own quoted earlier mail (quoted text is the writer's, so it counts).")

mail("nl", "nl-BE", "phone", "Kenny Vermeulen <kennyvermeulen@hotmail.be>",
     None, "Fri, 26 Jan 2024 23:12:09 +0100",
     """hey kunnen jullie mij nie meer mailen met die nieuwsbrief aub, krijg er elke week een en ik heb da nooit gevraagd
thx
kenny

Verzonden vanaf mijn Galaxy""",
     to="korrel", rights=["objection"], name="Kenny Vermeulen",
     notes="Phone typing, Flemish 'nie'/'da', no subject. Stop newsletter = objection (direct marketing). Name: display name 'Kenny Vermeulen' (signature only 'kenny').")

mail("nl", "nl-NL", "dispute", "Ilse Groeneveld <ilse.groeneveld@outlook.com>",
     "Geschil bruiloftsfoto's - NIET verwijderen", "Mon, 3 Jun 2024 16:40:12 +0200",
     """Geachte heer Maas,

Zoals u weet ben ik het niet eens met de kwaliteit van de bruiloftsreportage en de factuur van 1.850 euro. Ik heb de zaak inmiddels voorgelegd aan de Geschillencommissie.

Ik wil nadrukkelijk NIET dat u de foto's of mijn gegevens verwijdert, want die heb ik nodig als bewijs. Maar zolang het geschil loopt, wil ik ook niet dat u de foto's gebruikt: niet op uw website, niet in uw portfolio, niet op beurzen en niet in advertenties. Bewaren en verder niets ermee doen, graag.

Wilt u schriftelijk bevestigen dat u dit zo vastlegt?

Met vriendelijke groet,
Ilse Groeneveld""",
     to="maas", rights=["restriction"],
     notes="Classic restriction: keep (do not delete) but stop using while the dispute runs; says explicitly what she does NOT want.")

mail("nl", "nl-NL", "normal", "Joost en Fenna Kramer <fenna.kramer@planet.nl>",
     "RAW bestanden naar nieuwe fotograaf", "Wed, 21 Feb 2024 14:05:33 +0100",
     """Beste Zeelicht,

Wij zijn in 2022 bij jullie getrouwd-gefotografeerd (pakket Goud). Omdat jullie geen albums meer maken, gaan we het album laten maken door Studio Hazelaar in Leiden. Zij vragen om de originele RAW-bestanden.

Kunnen jullie alle RAW-bestanden van onze trouwdag rechtstreeks aan Studio Hazelaar overdragen (via WeTransfer of iets vergelijkbaars)? Hun adres is album@studiohazelaar.nl. Mocht dat niet gaan, stuur ze dan aan ons.

Alvast bedankt,
Fenna Kramer""",
     to="zeelicht", rights=["portability"], name="Fenna Kramer",
     notes="Transfer raw files to another photographer -> portability (per convention; arguable whether raws are 'provided by' the subject). album@studiohazelaar.nl is the recipient, not the requester. Display name names a couple; signer Fenna.")

mail("nl", "nl-NL", "casting", "Yara Ouali <yara.ouali@gmail.com>",
     "Modelrelease intrekken + account opheffen", "Thu, 14 Mar 2024 11:22:48 +0100",
     """Beste Spot On,

Ik heb besloten om te stoppen met modellenwerk. Ik trek daarom mijn toestemming in die ik gaf in de modelrelease van september 2023: de foto's uit die testshoot mogen niet meer gebruikt worden op jullie site of in jullie presentaties aan klanten.

Daarnaast wil ik dat jullie mijn profiel en al mijn gegevens (maten, foto's, kopie paspoort, bankgegevens) verwijderen.

Kunnen jullie bevestigen wanneer dat gebeurd is?

Groetjes,
Yara""",
     to="spoton", rights=["erasure", "withdraw_consent"], name="Yara Ouali", cte="base64",
     notes="Two rights: withdraws model-release consent and asks deletion of profile/all data. Name from display name only.")

mail("nl", "nl-NL", "normal", "Erik van Dam <erik.vandam@xs4all.nl>",
     "Bezwaar tegen advertenties", "Sun, 12 May 2024 20:18:55 +0200",
     """Goedenavond,

In uw privacyverklaring lees ik dat u klantgegevens gebruikt voor 'gepersonaliseerde advertenties via Meta en Google' en dat u daarvoor een Meta-pixel en Customer Match inzet. Ik maak bezwaar tegen het gebruik van mijn e-mailadres en klantgegevens voor die advertentiedoeleinden en tegen het opstellen van een profiel van mij.

Mijn gegevens mogen verder gewoon blijven staan voor de lopende bestelling van canvasafdrukken.

Vriendelijke groet,
Erik van Dam""",
     to="zeelicht", rights=["objection"], crlf=True, headers=[("User-Agent", "Mozilla Thunderbird 115.8")],
     notes="Objection to profiling / targeted ads; explicitly not erasure. CRLF line endings.")

mail("nl", "nl-BE", "controller_relay", "Secretariaat VBS De Regenboog <secretariaat@vbsderegenboog.be>",
     "Vraag van ouder over schoolfoto's", "Tue, 5 Mar 2024 13:47:20 +0100",
     """Beste,

Jullie hebben in oktober de klasfoto's en individuele foto's genomen bij ons op school. Een mama, mevrouw Hilde Peeters, vraagt ons welke foto's en gegevens er van haar zoon Mats Peeters (3de leerjaar, klas 3B) bewaard worden, en aan wie die doorgegeven zijn (bijvoorbeeld het drukkerij- of bestelplatform).

Wij hebben zelf alleen de klaslijsten doorgegeven. Kunnen jullie ons een overzicht bezorgen van wat jullie van Mats bijhouden, zodat wij mevrouw Peeters kunnen antwoorden? Zij vraagt ook hoe lang de foto's bewaard blijven.

Met vriendelijke groeten,
Annelies Vandenbroucke
secretariaat VBS De Regenboog
Dorpsstraat 4, 9840 De Pinte""",
     to="korrel", rights=["access"], name="Mats Peeters",
     rep={"kind": "other", "name": "Annelies Vandenbroucke"}, processor=True,
     notes="School (controller) relays a parent's access request to the studio (processor). Data subject = the pupil Mats Peeters; reply address is the school's. Judgement call: counted as a request because the studio is asked to act on the access right.")

mail("nl", "nl-NL", "short", "petrasmit@live.nl",
     "Nieuwsbrief", "Mon, 8 Jul 2024 07:58:02 +0200",
     """Goedemorgen,

Ik heb me vorig jaar bij de fotobeurs aangemeld voor jullie nieuwsbrief. Bij deze trek ik mijn toestemming daarvoor in.""",
     to="maas", rights=["withdraw_consent"], name="",
     notes="Bare From address, no name anywhere -> requester_name null. Judgement call: newsletter, but worded explicitly as withdrawal of consent given at sign-up -> withdraw_consent (a plain 'stop sending' would be objection).")

mail("nl", "nl-NL", "normal", "Gerrit van der Berg <g.vanderberg@hetnet.nl>",
     "Fouten in mijn gegevens", "Fri, 9 Feb 2024 10:15:37 +0100",
     """Geachte heer/mevrouw,

Bij het bekijken van de orderbevestiging zie ik dat er in uw klantenbestand twee dingen niet kloppen:

1. mijn achternaam is Van der Berg, niet Van den Berg;
2. ik woon sinds vorig jaar niet meer op de Lindelaan 14 maar op de Prins Hendrikkade 88, 1621 AK Hoorn.

Wilt u dit corrigeren in uw administratie? De afdrukken mogen naar het nieuwe adres.

Hoogachtend,
G. van der Berg""",
     to="zeelicht", rights=["rectification"], name="Gerrit van der Berg",
     notes="Private customer: wrong surname + wrong address in the customer file -> rectification. New postal address is not requester data to extract.")

mail("nl", "nl-NL", "conditional", "Hanneke Bos <hanneke.bos@upcmail.nl>",
     "oude shoot 2019", None,
     """Hallo,

Ik weet niet of jullie dit nog hebben, het is al even geleden: in 2019 heb ik een zwangerschapsshoot bij jullie gedaan (toen nog aan de Spuistraat).

Als jullie mijn gegevens en de foto's van toen nog ergens bewaren, dan wil ik graag dat jullie die verwijderen. Ik heb zelf alles al lang binnen, dus bij jullie hoeft het niet meer.

Groet,
Hanneke Bos""",
     to="zeelicht", rights=["erasure"], cte="8bit",
     notes="Conditional erasure ('if you still have ..., delete'). Date header missing -> received null.")

mail("nl", "nl-NL", "normal", "Daan Mulder <daan.mulder@protonmail.com>",
     "Kopie van mijn gegevens + bestanden", "Wed, 24 Apr 2024 22:03:19 +0200",
     """Beste,

Twee vragen:

1) Kunt u mij een kopie sturen van alle persoonsgegevens die u van mij heeft (klantkaart, e-mails, notities, foto's)?
2) Ik stap over naar een andere fotograaf voor de jaarlijkse familiefoto. Kunt u daarnaast mijn klantgegevens en de geleverde bestanden in een gangbaar, machineleesbaar formaat aanleveren, zodat ik ze kan meenemen?

Dank en groet,
Daan Mulder""",
     to="maas", rights=["access", "portability"],
     notes="Two rights in a numbered list: copy of data (access) and machine-readable export to take along (portability).")

mail("nl", "nl-NL", "lawyer", "mr. R.A. Hendriks | Hendriks Advocatuur <r.hendriks@hendriksadvocatuur.nl>",
     "Uw kenmerk onbekend - cliënte mevrouw S. Yilmaz", "Thu, 23 May 2024 09:30:00 +0200",
     """Geachte heer, mevrouw,

Ik sta mevrouw Selin Yilmaz bij, wonende te Utrecht, die in juli 2023 bij Spot On Casting stond ingeschreven. Een machtiging van cliënte treft u bijgaand aan.

Cliënte betwist de juistheid van de gegevens die u aan een opdrachtgever heeft verstrekt in verband met de campagne voor een kledingmerk, waaronder haar leeftijd en haar beschikbaarheid. Namens cliënte verzoek ik u, met een beroep op artikel 15 AVG, mij binnen de wettelijke termijn van één maand een volledig overzicht te verstrekken van de persoonsgegevens van cliënte die u verwerkt, met vermelding van de ontvangers.

Voorts verzoek ik u op grond van artikel 18 lid 1 sub a AVG de verwerking van haar gegevens te beperken zolang de juistheid daarvan niet is vastgesteld. Dat betekent dat u haar profiel en foto's gedurende die periode niet aan derden verstrekt en niet publiceert, maar ook niet verwijdert.

Cliënte behoudt zich het recht voor een klacht in te dienen bij de Autoriteit Persoonsgegevens en alle overige rechten.

Hoogachtend,

mr. R.A. Hendriks
Hendriks Advocatuur
Maliebaan 71, 3581 CG Utrecht""",
     to="spoton", rights=["access", "restriction"], name="Selin Yilmaz",
     rep={"kind": "lawyer", "name": "mr. R.A. Hendriks"},
     atts=[att("doc", "machtiging_Yilmaz.pdf", "application/pdf")],
     notes="Lawyer for a client: access (art. 15) + restriction while accuracy is contested (18(1)(a)). Data subject = Selin Yilmaz; reply address is the lawyer's. Authorisation PDF is not an ID document.")

mail("nl", "nl-NL", "partner", "Lisa Kok <lisakok@gmail.com>",
     "namens Thijs de Boer", "Sun, 14 Jul 2024 11:11:11 +0200",
     """Hoi,

Ik mail namens mijn vriend Thijs de Boer, hij heeft zelf geen mail op zijn telefoon en vroeg of ik het wilde doen (hij staat in de cc van dit bericht niet want hij heeft dus geen mail haha).

Jullie hebben op Facebook en Instagram een filmpje gezet van de bedrijfsuitje-fotoshoot van zijn werk waar hij heel prominent in staat. Jullie privacyverklaring zegt dat jullie beelden voor promotie gebruiken op basis van 'gerechtvaardigd belang'. Thijs maakt daar bezwaar tegen, hij wil niet dat zijn gezicht in jullie reclame zit. De foto's voor zijn werkgever zelf vindt hij wel prima.

Kunnen jullie dit regelen?
Lisa (en Thijs)""",
     to="zeelicht", rights=["objection"], name="Thijs de Boer",
     rep={"kind": "other", "name": "Lisa Kok"},
     notes="Partner writes for boyfriend: objection to promotional use under legitimate interest. Not erasure; employer's own use is fine. Data subject Thijs de Boer, address is Lisa's.")

mail("nl", "nl-BE", "normal", "An Wouters <an.wouters@skynet.be>",
     "Gebruik van mijn foto in jullie reclame", "Tue, 19 Mar 2024 15:27:40 +0100",
     """Dag Studio Korrel,

Vorige maand kreeg ik van een vriendin een screenshot van jullie advertentie op Facebook: daar sta ik op, in de foto van de communiefeest-reportage van mijn neef (zie bijlage).

Begrijp me goed: ik wil NIET dat jullie mijn gegevens of mijn klantaccount wissen, ik ben nog altijd klant en ik wil de foto's van het feest graag blijven bestellen. Ik wil alleen niet dat die foto in jullie publiciteit gebruikt wordt. Volgens jullie privacyverklaring gebeurt dat op basis van 'gerechtvaardigd belang'; daar teken ik bezwaar tegen aan.

Met vriendelijke groeten,
An Wouters""",
     to="korrel", rights=["objection"], atts=[att("shot", "screenshot_facebook.png", "image/png")],
     notes="Objection to promotional use (legitimate interest); explicitly does NOT want erasure. Screenshot attachment is not an ID.")

mail("nl", "nl-NL", "formal_generator", "M. Dekker <m.dekker1978@gmail.com>",
     "Verzoek om verwijdering persoonsgegevens (art. 17 AVG)", "Mon, 22 Jan 2024 08:00:03 +0100",
     """Aan: Fotografie Maas
Van: Martijn Dekker
Adres: Statensingel 40, 6217 KB Maastricht
E-mailadres: m.dekker1978@gmail.com
Datum: 22 januari 2024

Onderwerp: verzoek om verwijdering van persoonsgegevens

Geachte heer/mevrouw,

Met deze brief maak ik gebruik van mijn recht op gegevenswissing als bedoeld in artikel 17 van de Algemene Verordening Gegevensbescherming (AVG). Ik verzoek u alle persoonsgegevens die u over mij verwerkt te wissen.

De AVG kent betrokkenen ook het recht op inzage (artikel 15), rectificatie (artikel 16) en dataportabiliteit (artikel 20) toe. Dit verzoek heeft echter alleen betrekking op wissing.

Ik verzoek u binnen één maand na ontvangst van deze brief schriftelijk te bevestigen dat mijn gegevens zijn gewist, en mij te laten weten aan welke ontvangers u dit verzoek heeft doorgegeven (artikel 19 AVG).

Mocht u niet of niet tijdig reageren, dan behoud ik mij het recht voor een klacht in te dienen bij de Autoriteit Persoonsgegevens.

Hoogachtend,

Martijn Dekker

Bijlage: kopie identiteitsbewijs (BSN en pasfoto afgeschermd)""",
     to="maas", rights=["erasure"], name="Martijn Dekker",
     atts=[att("id", "ID_Dekker_afgeschermd.png", "image/png")],
     notes="Generator letter: cites art. 15, 16, 20 but only asks erasure; art. 19 notification is part of erasure. Display name 'M. Dekker', full name in letter body used.")

mail("nl", "nl-NL", "employer", "HR Van Loon Installatietechniek <hr@vanloon-installatie.nl>",
     "Oud-medewerker - portretfoto verwijderen", "Wed, 17 Apr 2024 11:43:29 +0200",
     """Beste Fotografie Maas,

In 2023 hebben jullie voor ons de portretfoto's gemaakt van al onze medewerkers voor de website en LinkedIn. Onze oud-collega Sevda Arslan is per 1 april uit dienst en heeft ons gevraagd haar foto's en gegevens overal te laten verwijderen. Wij hebben haar foto al van onze website gehaald.

Willen jullie de foto's en eventuele gegevens van Sevda Arslan ook uit jullie archief en de online galerij (klantportaal) verwijderen? Graag een korte bevestiging, dan kunnen wij haar dat laten weten.

Met vriendelijke groet,

Nicole Brands
HR-adviseur
Van Loon Installatietechniek B.V.""",
     to="maas", rights=["erasure"], name="Sevda Arslan",
     rep={"kind": "other", "name": "Nicole Brands"}, processor=True,
     notes="Employer (controller) passes on an ex-employee's erasure request to the studio (processor). Data subject Sevda Arslan; reply address is HR's.")

mail("nl", "nl-NL", "casting", "Tim Visser <timvisser.model@gmail.com>",
     "Profiel klopt niet - eerst niet meer doorsturen", "Tue, 28 May 2024 17:20:51 +0200",
     """Hey Spot On,

In mijn profiel staat dat ik 1,78 m ben en geboren in 1996. Ik ben 1,84 en geboren in 1999! Geen idee waar dat vandaan komt, misschien door elkaar gehaald met iemand anders.

Kunnen jullie dat verbeteren? En tot jullie het hebben nagekeken en aangepast wil ik liever niet dat mijn profiel naar klanten wordt gestuurd, want zo word ik voor de verkeerde rollen voorgesteld.

Thanks,
Tim Visser""",
     to="spoton", rights=["rectification", "restriction"],
     notes="Rectification of height/birth year + restriction (do not send profile to clients) while accuracy is checked.")

mail("nl", "nl-NL", "formal_generator", "Karin Willems <karin.willems@kpnplanet.nl>",
     "Verzoek dataportabiliteit art. 20 AVG", "Fri, 1 Mar 2024 09:41:00 +0100",
     """Geachte Fotostudio Zeelicht,

Hierbij doe ik een beroep op mijn recht op overdraagbaarheid van gegevens op grond van artikel 20 van de Algemene Verordening Gegevensbescherming.

Ik verzoek u de persoonsgegevens die ik aan u heb verstrekt (waaronder mijn contactgegevens, bestel- en betaalhistorie en de door mij aangeleverde bestanden voor de fotoboeken) aan mij te verstrekken in een gestructureerde, gangbare en machineleesbare vorm, bij voorkeur CSV of JSON.

Ik wijs u erop dat ik op grond van de artikelen 15 tot en met 22 AVG nog andere rechten heb, onder meer het recht op inzage en het recht van bezwaar; die oefen ik met dit verzoek niet uit.

Ik verwacht uw reactie binnen de termijn van één maand van artikel 12 lid 3 AVG. Indien u niet tijdig reageert, behoud ik mij het recht voor een klacht in te dienen bij de Autoriteit Persoonsgegevens.

Met vriendelijke groet,
Karin Willems
Oudegracht 120
3511 AX Utrecht""",
     to="zeelicht", rights=["portability"],
     notes="Generator letter; cites art. 15-22 but asks only portability (CSV/JSON).")

mail("nl", "nl-NL", "web_form", FORM_FROM["zeelicht"],
     "Nieuw bericht via contactformulier", "Sat, 10 Aug 2024 14:32:08 +0200",
     """Er is een nieuw bericht verstuurd via het contactformulier op fotostudiozeelicht.nl

Naam: Rutger Post
E-mail: rutger.post@icloud.com
Telefoon: 06-12345678
Onderwerp: Mijn gegevens
Bericht:
Ik heb een account in jullie webshop voor afdrukken. Kan ik al mijn gegevens en bestellingen als bestand krijgen (excel of csv)? Ik wil het in mijn eigen administratie zetten.

--
Dit bericht is automatisch verzonden door WordPress / Contact Form 7.""",
     to="zeelicht", rights=["portability"], name="Rutger Post", addr="rutger.post@icloud.com",
     notes="Website contact-form notification without Reply-To; requester from form fields. Export as excel/csv -> portability.")

mail("nl", "nl-NL", "casting", "Femke Dijkstra <femke.dijkstra@hotmail.com>",
     "foto's portfolio", "Mon, 4 Mar 2024 10:00:00 +0000",
     """Hallo Nordlicht,

Ik heb in 2022 een modelrelease getekend voor de lingerie-shoot. Ik wil niet langer dat die foto's gebruikt worden in jullie online portfolio en op jullie Instagram. Mijn toestemming daarvoor trek ik bij deze in.

Mijn inschrijving als model mag blijven staan, ik wil gewoon niet meer met die foto's gepresenteerd worden.

Groet,
Femke Dijkstra""",
     to="nordlicht", rights=["withdraw_consent"],
     notes="Withdraws model-release consent for portfolio/Instagram; keeps registration (not erasure). Date in +0000.")

mail("nl", "nl-NL", "reminder", "Laura Meijer <laura.meijer@gmail.com>",
     "Re: Re: naam onder foto", "Thu, 20 Jun 2024 08:55:12 +0200",
     """Hoi Jeroen,

De naam onder de foto in jullie blog over de zomerbruiloften staat nog steeds als 'Laura Meyer'. Het moet Meijer zijn, met ij. Willen jullie het nu echt even aanpassen? Het is al de tweede keer dat ik het vraag.

Laura

Op 3 jun 2024 om 14:12 schreef Fotostudio Zeelicht <info@fotostudiozeelicht.nl>:
> Hoi Laura, bedankt voor je bericht! We passen het zo snel mogelijk aan.
> Met vriendelijke groet, Jeroen
>
>> Op 2 jun 2024 schreef Laura Meijer:
>> Hoi, in de blog staat mijn naam verkeerd, het is Meijer. Kunnen jullie dat aanpassen?""",
     to="zeelicht", rights=["rectification"], follow_up=True,
     notes="Reminder for a rectification; quoted history with the studio's promise.")

# ---- Dutch non-requests (10)
mail("nl", "nl-NL", "non_booking", "Ruben Smits <ruben.smits@gmail.com>",
     "Shoot verzetten?", "Tue, 2 Apr 2024 09:12:40 +0200",
     """Hoi,

Onze gezinsshoot staat voor zaterdag 13 april om 10:00. Mijn zoontje heeft waterpokken, dus dat wordt niks. Kunnen we verzetten naar donderdag 25 april of de zaterdag erna?

In de bijlage een screenshot van de Pinterest-inspiratie die we leuk vinden, voor als jullie toch al aan het plannen zijn.

Groet, Ruben""",
     to="zeelicht", atts=[att("shot", "pinterest_inspiratie.png", "image/png")],
     notes="Booking change with an inspiration screenshot; no right asked.")

mail("nl", "nl-BE", "non_selection", "Evelien Maes <evelien.maes@telenet.be>",
     "selectie communiefoto's", "Wed, 29 May 2024 21:04:18 +0200",
     """Dag Studio Korrel,

Bedankt voor de previews! Kunnen jullie de wazige foto's en die waar Lore haar ogen dicht heeft uit de selectie verwijderen vooraleer jullie de definitieve map doorsturen? En de foto's 12 tot 15 mogen in zwart-wit.

Nog een fijne avond,
Evelien""",
     to="korrel",
     notes="'Delete the blurry ones from the selection' is an editing instruction, not erasure.")

mail("nl", "nl-NL", "non_invoice", "Administratie Bakkerij Vos <administratie@bakkerijvos.nl>",
     "Wijziging factuuradres", "Mon, 5 Feb 2024 08:20:00 +0100",
     """Geachte heer/mevrouw,

Per 1 februari is ons kantoor verhuisd. Wilt u de factuur voor de productfotografie (offerte 2024-017) voortaan richten aan:

Bakkerij Vos B.V.
t.a.v. crediteurenadministratie
Industrieweg 22
7741 KR Coevorden

Ons KvK- en btw-nummer blijven gelijk.

Met vriendelijke groet,
Administratie Bakkerij Vos""",
     to="maas",
     notes="B2B invoice address change; company data, not a data-subject rectification.")

mail("nl", "nl-NL", "non_autoreply", "Sophie Brouwer <sophie@brouwercommunicatie.nl>",
     "Automatisch antwoord: Uw AVG-verzoek / offerte", "Mon, 22 Jul 2024 06:00:01 +0200",
     """Dank voor je bericht. Ik ben met vakantie tot en met 9 augustus en lees mijn mail niet.

Voor dringende zaken kun je contact opnemen met mijn collega Jasper via jasper@brouwercommunicatie.nl. Vragen over privacy en AVG-verzoeken kun je sturen naar privacy@brouwercommunicatie.nl.

Groet, Sophie""",
     to="zeelicht", headers=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")],
     notes="Out-of-office reply; subject echoes 'AVG-verzoek' but no request.")

mail("nl", "nl-NL", "non_question", "Jeroen Wijnands <jeroen.wijnands@gmail.com>",
     "Vraag over modelrelease", "Thu, 11 Jan 2024 18:30:27 +0100",
     """Hallo,

Mijn dochter (16) is gevraagd voor een testshoot bij jullie. Ze moet een modelrelease tekenen. Moet ik als ouder ook tekenen nu ze nog minderjarig is? En staat erin hoe lang jullie de foto's mogen gebruiken, of is dat onbeperkt? Ik wil het even weten voordat we tekenen.

Groet,
Jeroen Wijnands""",
     to="spoton",
     notes="Question about a model release before signing; asks information on terms, not access to personal data.")

mail("nl", "nl-BE", "non_add", "Marc Goossens <marc.goossens@proximus.be>",
     "foto's toevoegen aan online album", "Sun, 17 Mar 2024 12:45:00 +0100",
     """Dag,

Kunnen jullie nog een paar foto's toevoegen aan ons online album van het 50-jarig huwelijksfeest? Het gaat om de foto's met opa en de kleinkinderen aan de taart, die zaten er niet bij. Ik stuur twee voorbeelden mee zodat jullie weten welke ik bedoel.

Alvast merci,
Marc""",
     to="korrel", atts=[att("photo", "IMG_2231.jpg", "image/jpeg"), att("photo", "IMG_2236.jpg", "image/jpeg")],
     notes="Asks the studio to ADD photos; attachments are ordinary photos, not IDs.")

mail("nl", "nl-NL", "non_newsletter", "Fotografenfederatie <nieuws@fotografenfederatie-nieuws.nl>",
     "AVG-update: zo ga je om met een verzoek tot verwijdering", "Tue, 13 Feb 2024 07:00:00 +0000",
     """Nieuwsbrief februari

In deze editie:
- Een klant vraagt om inzage of verwijdering: wat moet je doen binnen een maand?
- Modelreleases en het intrekken van toestemming: praktijkvoorbeelden
- Bewaartermijnen voor je fiscale administratie (7 jaar) versus beeldmateriaal

Lees verder op onze website. Je ontvangt deze mail omdat je lid bent van de Fotografenfederatie. Afmelden kan via de link onderaan.""",
     to="zeelicht", html=True, headers=[("List-Unsubscribe", "<https://fotografenfederatie-nieuws.nl/afmelden>"), ("Precedence", "bulk")],
     notes="Trade newsletter full of privacy vocabulary; not a request.")

mail("nl", "nl-NL", "non_friend", "Wendy Prins <wendy.prins@gmail.com>",
     "vraagje", "Fri, 19 Apr 2024 13:13:13 +0200",
     """Hoi, even een algemene vraag. Een vriendin van mij heeft vorig jaar bij jullie een boudoirshoot gedaan en vraagt zich af wat haar rechten zijn als ze ooit zou willen dat de foto's weg zijn. Mag ze dan eisen dat alles verwijderd wordt, ook de back-ups? Ze wil nu nog niks, ze twijfelt alleen. Als ze het wil mailt ze jullie zelf.

Groetjes Wendy""",
     to="zeelicht",
     notes="General question about a friend's rights; nobody asks the studio to act.")

mail("nl", "nl-NL", "non_thanks", "Hans Vermeer <hans.vermeer@ziggo.nl>",
     "Re: uw verzoek", "Wed, 6 Mar 2024 16:02:45 +0100",
     """Prima, dank u wel voor de snelle afhandeling!

Hans

Op 6 mrt 2024 om 11:20 schreef Fotografie Maas <info@fotografiemaas.nl>:
> Beste heer Vermeer,
>
> Zoals gevraagd hebben wij uw persoonsgegevens en de foto's van de shoot uit 2020
> verwijderd. U kunt altijd inzage vragen in wat wij nog bewaren voor de fiscale administratie.
>
> Met vriendelijke groet,
> Fotografie Maas""",
     to="maas",
     notes="Thank-you reply; deleting/inzage words appear only in the quoted studio text.")

mail("nl", "nl-NL", "non_spam", "AVG Scan Direct <info@avgscan-direct.com>",
     "Uw website voldoet NIET aan de AVG - actie vereist", "Thu, 1 Feb 2024 03:14:00 +0000",
     """Geachte ondernemer,

Onze geautomatiseerde scan heeft vastgesteld dat uw website fotografiemaas.nl mogelijk niet voldoet aan de AVG. Een betrokkene kan op elk moment verzoeken om inzage, rectificatie of verwijdering, en boetes lopen op tot 20 miljoen euro.

Vraag vandaag nog uw gratis AVG-rapport aan. Klik hier om uw compliance te herstellen.

Met vriendelijke groet,
Team AVG Scan Direct""",
     to="maas", html_only=True,
     notes="Spam using AVG vocabulary; HTML only.")
# ============================== ENGLISH (30: 21 requests, 9 non-requests) ======================
mail("en", "en-UK", "formal_generator", "Oliver Bennett <oliver.bennett@btinternet.com>",
     "Subject Access Request - Article 15 GDPR", "Tue, 9 Jan 2024 11:45:00 +0000",
     """Dear Sir or Madam,

SUBJECT ACCESS REQUEST

I am writing to make a subject access request under Article 15 of the General Data Protection Regulation (GDPR). I had a headshot session with Fotostudio Zeelicht in The Hague in November 2022 while working in the Netherlands.

Please supply:
1. confirmation of whether you process personal data about me;
2. a copy of that personal data, including photographs, e-mails and internal notes;
3. the purposes of the processing, the recipients, and the envisaged retention period.

I am aware that I also have the right to rectification (Article 16), the right to erasure (Article 17) and the right to object (Article 21). I am not exercising those rights at this time.

I look forward to your response within one calendar month, as required by Article 12(3). If I do not receive a response, I reserve the right to lodge a complaint with the Autoriteit Persoonsgegevens.

A copy of my passport is attached for identification.

Yours faithfully,

Oliver Bennett
Flat 3, 27 Clarendon Road
Bristol BS6 7EX
United Kingdom""",
     to="zeelicht", rights=["access"], atts=[att("id", "passport_bennett.jpg", "image/jpeg")],
     notes="Generator-style SAR; mentions art. 16, 17, 21 but says they are not exercised. Passport scan (SPECIMEN).")

mail("en", "en-IE", "chatty", "Aoife Ní Bhriain <aoife.nibhriain@gmail.com>",
     "your insta :)", "Sat, 16 Mar 2024 22:31:02 GMT",
     """Hiya,

So I was at the wedding fair in Utrecht back in February and yous took a few photos of me at the stand trying on the veil, which was great craic at the time. One of them is now on your Instagram grid with my face right in the middle of it!

Would you mind taking that one down? I never really agreed to it being posted and I'm not comfortable with it being up there. No harm done, just take it off please.

Thanks a mil,
Aoife""",
     to="zeelicht", rights=["withdraw_consent"], name="Aoife Ní Bhriain", html=True,
     notes="Irish English; 'take it off Instagram' -> withdraw_consent per convention, though she says she never agreed (could be read as objection). Name with accent from display name.")

mail("en", "en-nonnative", "nonnative", "Rahul Krishnamurthy <rahul.krishnamurthy@outlook.com>",
     "Request for my datas", "Mon, 29 Apr 2024 09:03:27 +0530",
     """Dear Sir/Madam,

I am living in Amstelveen since 2021 and did family shoot with you in December last year. Kindly send me all my data you are having in your system, also which persons you have shared it with.

Also I want that you transfer the raw photo files of our shoot directly to my new photographer in Amstelveen, Mr. Pieter Claassen (pieter@claassenfoto.nl), because he will make the album. Please do the needful at the earliest.

Thanks and regards,
Rahul Krishnamurthy""",
     to="maas", rights=["access", "portability"],
     notes="Non-native English, India offset +0530 (writer on trip). Access + transfer to another photographer. Photographer's address is not the requester's.")

mail("en", "en-UK", "angry", "Gary Holt <garyholt1969@yahoo.co.uk>",
     "STOP", "Wed, 3 Jul 2024 07:12:44 +0100",
     """I have told you TWICE on the phone. Stop sending me your "summer mini-session" offers. I never signed up for anything, I bought ONE canvas print from you in 2020.

Take me off every marketing list you have. If I get one more of these I'm reporting you.

G. Holt""",
     to="zeelicht", rights=["objection"], name="Gary Holt",
     notes="Angry; stop marketing -> objection. Not erasure (only marketing lists). Name from display name, signature is 'G. Holt'.")

mail("en", "en-IE", "short", "Siobhán O'Sullivan <siobhan.osullivan@eircom.net>",
     "Spelling of my name on your website", "12 Apr 2024 13:40:00 +0100",
     """Hello,

On your 'Real Weddings' page the caption under our photo says "Siobhan & Conor O'Sullivan". My name is spelt Siobhán, with the fada on the a. Could you please correct it? It matters to me.

Many thanks,
Siobhán O'Sullivan""",
     to="korrel", rights=["rectification"],
     notes="Rectification of name spelling in a published caption; diacritic in name.")

mail("en", "en-UK", "dispute", "Hannah Whitfield <hannah.whitfield@gmail.com>",
     "Wedding film - dispute, please do not delete anything", "Tue, 11 Jun 2024 18:22:10 +0100",
     """Dear Korrel team,

As you know we're unhappy with the wedding film and we've asked for the second instalment to be refunded. We've now raised it with the consumer mediation service.

Please don't delete any of the raw footage or our emails - we need them as evidence. But until this is sorted out we don't want any clip from our wedding used in your showreel, on Vimeo or on social media. Just keep everything as it is and leave it alone.

Please confirm in writing.

Hannah and James Whitfield""",
     to="korrel", rights=["restriction"], name="Hannah Whitfield", crlf=True,
     notes="Restriction during a dispute: keep, do not use. Signed by a couple; requester taken as the sender Hannah Whitfield.")

mail("en", "en-UK", "lawyer", "Priya Shah | Shah & Partners LLP <p.shah@shahpartners.co.uk>",
     "Our client: Ms Emily Carter - publication of images", "Thu, 25 Jan 2024 15:05:00 +0000",
     """Dear Sirs,

We act for Ms Emily Carter, who attended a casting organised by Spot On Casting in Amsterdam on 14 September 2023. Our client's signed authority is enclosed.

Images of our client from that casting appear on your website and in a PDF 'lookbook' you circulate to clients. Our client did not sign a model release for that session. To the extent you rely on legitimate interests, our client objects under Article 21 GDPR to any further use of her images for promotional purposes.

Furthermore, our client requests under Article 17 GDPR that you erase all personal data relating to her, including the images, her contact details and any copy of identity documents taken at the casting, and that you notify any recipients of the lookbook accordingly.

Please confirm compliance within one month. Our client reserves all rights, including the right to complain to the supervisory authority.

Yours faithfully,

Priya Shah
Partner, Shah & Partners LLP
12 Bedford Row, London WC1R 4BU""",
     to="spoton", rights=["erasure", "objection"], name="Emily Carter",
     rep={"kind": "lawyer", "name": "Priya Shah"},
     atts=[att("doc", "Letter_of_authority_Carter.pdf", "application/pdf")],
     notes="UK solicitor for client: objection (art. 21) + erasure (art. 17). Data subject Emily Carter; reply address is the solicitor's. Authority PDF is not an ID.")

mail("en", "en-expat", "parent", "Megan Brooks <megan.brooks@gmail.com>",
     "Photos of my son from the ISA yearbook shoot", "Mon, 18 Mar 2024 20:14:55 +0100",
     """Hello,

Our son Lucas Brooks-van Wijk is in Grade 4 at the International School Amsterdam. You did the yearbook and class photos there in October. The school told me to contact you directly about the photos themselves.

Could you tell me which photos of Lucas you hold, what other details you have on him (name, class, anything else?), who you have shared them with - the school, the printing company, anyone else - and how long you keep them?

I'm not asking you to delete anything at this stage, I just want to know.

Kind regards,
Megan Brooks""",
     to="spoton", rights=["access"], name="Lucas Brooks-van Wijk",
     rep={"kind": "parent", "name": "Megan Brooks"}, processor=True,
     notes="Expat parent asks access for her child; studio shot for the school (controller) -> processor situation. Says explicitly not erasure.")

mail("en", "en-expat", "normal", "Tomasz Nowak <tomasz.nowak@wp.pl>",
     "export of my client account", "Wed, 22 May 2024 11:48:36 +0300",
     """Hello,

I am using your online print shop since two years. Now I move back to Poland and I want to keep my history. Can you export my client profile (contact details, orders, invoices and the photo albums I uploaded) in a CSV or JSON file and send it to me? Then I can import it somewhere else.

Thank you,
Tomasz Nowak""",
     to="zeelicht", rights=["portability"],
     notes="Non-native English; export data as CSV/JSON -> portability.")

mail("en", "en-UK", "reminder", "Rebecca Hughes <rebecca.hughes@icloud.com>",
     "Re: Deletion request", "Mon, 15 Apr 2024 09:30:00 +0100",
     """Hi,

Following up on my email below from 3 March asking you to delete my details. It's now been six weeks and I've had no reply, and I'm still getting your emails, which suggests nothing has happened.

Please action this and confirm.

Rebecca

On Sun, 3 Mar 2024 at 21:04, Rebecca Hughes <rebecca.hughes@icloud.com> wrote:
> Hello, I'd like you to delete all personal data you hold about me - account,
> address, the photos from my 2021 portrait session, everything. Thanks, Rebecca Hughes""",
     to="maas", rights=["erasure"], follow_up=True,
     notes="Reminder; erasure asked in the writer's own quoted mail. 'Still getting your emails' is a symptom, not a separate objection.")

mail("en", "en-expat", "normal", "Chloe Martin <chloe.martin.design@gmail.com>",
     "Headshots on your website", "Thu, 7 Mar 2024 14:00:00 +0100",
     """Hi there,

Last year I agreed that you could use two of my headshots as examples on your 'Business portraits' page. I've since changed jobs and I'd rather not have them online any more, so I'm withdrawing that permission. Could you take them down from the website?

You don't need to delete them from your files - I might want to order prints later.

Best,
Chloe""",
     to="zeelicht", rights=["withdraw_consent"], name="Chloe Martin",
     notes="Withdraws permission for website use; explicitly not erasure.")

mail("en", "en-nonnative", "casting", "Lukas Brandt <lukas.brandt@gmx.de>",
     "Automatic matching of my profile", "Fri, 2 Feb 2024 16:25:19 +0100",
     """Dear Nordlicht Casting,

I am registered with you as an actor. In your new app I saw that my profile is now automatically scored and matched with castings based on my look, age and 'type', and clients receive these scores.

I do not want this. I object to the profiling of my data for this automatic matching. Please stop it for my profile. I am happy to keep getting castings the normal way from the bookers.

Kind regards,
Lukas Brandt""",
     to="nordlicht", rights=["objection"],
     notes="German writer in English: objection to profiling/automated matching; keeps registration.")

mail("en", "en-UK", "casting", "Jade Williams <jadewilliams.actor@outlook.com>",
     "Wrong info on my casting card", "Tue, 21 May 2024 11:11:47 +0100",
     """Hello Spot On,

My casting card on your client portal says I'm 29 and lists my playing age as 35-45 and my hair as blonde. I'm 24 and I've had dark hair for a year now (new polaroids attached). Could you fix the card?

Also - until it's fixed, please don't send my card out to any castings. I'd rather miss a few than be sent to the wrong ones.

Thanks,
Jade Williams""",
     to="spoton", rights=["rectification", "restriction"],
     atts=[att("photo", "polaroid_front.jpg", "image/jpeg"), att("photo", "polaroid_profile.jpg", "image/jpeg")],
     notes="Rectification + restriction while accuracy is checked. Attached polaroids are portfolio photos, not IDs.")

mail("en", "en-expat", "forward", "Jeroen de Graaf | Fotostudio Zeelicht <jeroen@fotostudiozeelicht.nl>",
     "Fwd: raw files to my new studio", "Wed, 10 Jul 2024 09:02:15 +0200",
     """Hoi Mirjam, kun jij deze oppakken? Klant van de zwangerschapsshoot vorig jaar.
Jeroen

---------- Forwarded message ---------
From: Emma Lindqvist <emma.lindqvist@gmail.com>
Date: Tue, 9 Jul 2024 at 22:15
Subject: raw files to my new studio
To: <info@fotostudiozeelicht.nl>

Hi,

We've moved to Rotterdam and I'll be doing the newborn shoot with a studio here (Studio Maasoever). Could you send all the original files from my maternity session, plus whatever booking details you have, straight to them at hello@studiomaasoever.nl? That way they can match the style.

Thanks so much,
Emma Lindqvist""",
     to="info@fotostudiozeelicht.nl", rights=["portability"], name="Emma Lindqvist",
     addr="emma.lindqvist@gmail.com",
     notes="Colleague forward (Dutch note, English request; language en). Requester is inside the forward. Transfer to another studio -> portability.")

mail("en", "en-nonnative", "nonnative", "Katarzyna Wiśniewska <k.wisniewska@o2.pl>",
     "pictures and newsletter", "Thu, 4 Apr 2024 08:14:59 +0200",
     """Hello

I want that you delete my pictures from your website, I don't agree anymore that they are there. And I don't want to receive the newsletter anymore, please stop it.

The rest of my data you can keep for the invoices, no problem.

Katarzyna Wiśniewska""",
     to="korrel", rights=["objection", "withdraw_consent"],
     notes="'Delete my pictures from your website' = withdraw_consent per convention (not full erasure; she says the rest may stay); stop newsletter = objection.")

mail("en", "en-UK", "partner", "Mark Ellison <mark.ellison@gmail.com>",
     "on behalf of my wife, Charlotte Ellison", "Mon, 26 Feb 2024 12:35:22 +0000",
     """Hi,

I'm writing for my wife Charlotte Ellison, who had a portrait session with you in January - she's just had surgery and isn't up to emailing, she's asked me to sort this.

In the confirmation email and the proofs gallery her name is given as 'Charlotte Ellinson' and her address as 14 Hazel Grove instead of 41 Hazel Grove, Amstelveen. Could you correct both in your records so the prints don't go astray?

She's cc'd (charlotte.ellison@gmail.com) and can confirm.

Thanks,
Mark Ellison""",
     to="maas", cc="Charlotte Ellison <charlotte.ellison@gmail.com>", rights=["rectification"],
     name="Charlotte Ellison", addr="mark.ellison@gmail.com", rep={"kind": "other", "name": "Mark Ellison"},
     notes="Husband writes for his wife; data subject Charlotte Ellison (cc'd). requester_email kept as the sender's address (From) by this set's rule; the cc'd address is the subject's own, arguable.")

mail("en", "en-UK", "formal_generator", "Nathan Price <nathan.price@protonmail.com>",
     "Request to restrict processing - Article 18 GDPR", "Fri, 19 Jul 2024 10:00:00 +0100",
     """Dear Data Controller,

Request for restriction of processing under Article 18 GDPR

I have objected (by telephone on 15 July) to your use of my photographs in your online portfolio. Pending the verification of whether your legitimate grounds override mine, I request that you restrict the processing of my personal data in accordance with Article 18(1)(d) GDPR. This means that you may store the data but not otherwise use it.

Please note that under the GDPR I also have the right of access (Article 15), the right to erasure (Article 17) and the right to data portability (Article 20). This letter does not exercise those rights.

Please respond without undue delay and in any event within one month of receipt. If you fail to do so, I reserve the right to lodge a complaint with the supervisory authority.

Yours faithfully,
Nathan Price
24 Kingsway, Norwich NR2 4AB""",
     to="zeelicht", rights=["restriction"],
     notes="Generator letter: only restriction asked; the objection was made earlier by phone and is only mentioned; art. 15/17/20 cited but excluded.")

mail("en", "en-IE", "nonnative", "Marco Rossi <marco.rossi.it@gmail.com>",
     "Withdraw + delete", "Sun, 9 Jun 2024 01:50:00 +1000",
     """Good evening,

I signed a model release with you last October for the street-fashion series. I withdraw my consent, please don't use the photos anymore anywhere. And then, please delete all my personal data and the photos, I don't want to be in your archive.

Best regards,
Marco Rossi
(Dublin / Amsterdam)""",
     to="nordlicht", rights=["erasure", "withdraw_consent"],
     notes="Two rights: withdraws model-release consent and asks erasure.")

mail("en", "en-UK", "formal_generator", "Eleanor Grant <eleanor.grant@outlook.com>",
     "Data portability request (Article 20 GDPR)", "Mon, 4 Nov 2024 09:15:00 +0000",
     """Dear Sir or Madam,

Re: Data portability request under Article 20 of the GDPR

I am a customer of Studio Korrel (customer number K-20931). Under Article 20 GDPR I request that you provide me with the personal data I have provided to you, in a structured, commonly used and machine-readable format. This includes my account details, order history and the images I uploaded for restoration.

For the avoidance of doubt, I am not requesting erasure (Article 17) or exercising any right to object (Article 21) at this time.

I expect a response within one month, in accordance with Article 12(3) GDPR. Should you fail to respond, I reserve the right to complain to the Data Protection Authority (Gegevensbeschermingsautoriteit).

I enclose proof of identity.

Yours faithfully,
Eleanor Grant
9 Abbey Road, Leuven""",
     to="korrel", rights=["portability"], cte="base64", atts=[att("id", "driving_licence_front.png", "image/png"), att("idback", "driving_licence_back.png", "image/png")],
     notes="Generator letter; portability only, erasure/objection explicitly excluded. Driving licence front + back.")

mail("en", "en-expat", "dispute", "Sofia Alvarez <sofia.alvarez@gmail.com>",
     "Cancellation fee / my account", "Wed, 14 Feb 2024 13:26:41 +0100",
     """Hello,

I'm disputing the €150 cancellation fee you charged for the shoot I cancelled 10 days in advance. Your booking terms say 7 days.

While this is being sorted, please don't delete my account or the booking emails, I need them for the chargeback with my bank. But please also don't use my details for anything else in the meantime - no reminders, no marketing, no passing my file to your debt collection agency. Just freeze it.

Thanks,
Sofia Alvarez""",
     to="maas", rights=["restriction"],
     notes="Restriction: freeze, don't delete, don't use while disputing. 'no marketing' is part of the freeze, labelled as restriction only (judgement).")

mail("en", "en-UK", "inline_id", "Ben Carter <ben.carter.photo@gmail.com>",
     "ID as requested", "Tue, 23 Apr 2024 08:08:08 +0100",
     """Hi,

You asked for proof of ID before you send me the copy of my data (my request from last week, the one about what you have on file from the 2019 corporate event shoot). Here's my driving licence, pasted below.

Please go ahead and send everything you hold, including the list of who you passed the event photos to.

Cheers,
Ben Carter""",
     to="zeelicht", rights=["access"], follow_up=True,
     atts=[att("id", "image001.png", "image/png", inline=True)],
     notes="Follow-up that supplies ID (pasted inline, image001.png) and repeats the access request.")

# ---- English non-requests (9)
mail("en", "en-UK", "non_autoreply", "Claire Dawson <claire.dawson@dawsonpr.co.uk>",
     "Out of Office: Re: data request", "Mon, 5 Aug 2024 07:00:00 +0100",
     """Thank you for your email. I am out of the office until Monday 19 August with limited access to email.

For urgent matters please contact office@dawsonpr.co.uk. For data protection or GDPR requests please write to dpo@dawsonpr.co.uk.

Kind regards,
Claire""",
     to="zeelicht", headers=[("Auto-Submitted", "auto-replied")],
     notes="Out-of-office mentioning GDPR requests.")

mail("en", "en-expat", "non_b2b", "\"Laura Jenkins | People Team, Brightwave B.V.\" <people@brightwave.nl>",
     "Staff headshots - transfer to our new agency", "Thu, 13 Jun 2024 10:30:00 +0200",
     """Hi Maas team,

Thanks for all the headshots over the past three years. We're moving our brand work to a new agency (Pixelhuis), who will be doing our team photos from September.

Could you transfer the final selected headshots of our current staff (the folder 'Brightwave team 2023-2024') to them via WeTransfer at studio@pixelhuis.nl? The raw files are not needed.

Many thanks,
Laura Jenkins
People Team, Brightwave B.V.""",
     to="maas",
     notes="Company (controller) instructs the studio (processor) to hand its deliverables to a new agency; no data subject exercises a right. Looks like portability but is not a data-subject request.")

mail("en", "en-IE", "non_selection", "Ciara Byrne <ciarabyrne@gmail.com>",
     "gallery", "Fri, 24 May 2024 21:47:00 +0100",
     """hi! loved the sneak peeks. before you send the final gallery could you delete the blurry ones and the ones where my eyes are closed? and maybe warm up the beach ones a bit. thanks so much xx Ciara""",
     to="zeelicht",
     notes="Selection edit ('delete the blurry ones'), not erasure.")

mail("en", "en-UK", "non_question", "Ravi Patel <ravi.patel@gmail.com>",
     "Question about the release I signed", "Tue, 30 Jan 2024 12:12:12 +0000",
     """Hello,

Quick question: does the model release I signed in December allow you to sell the images to stock agencies like Getty, or is it only for your own portfolio? I don't mind either way, I'd just like to know what I agreed to.

Thanks,
Ravi""",
     to="nordlicht",
     notes="Question about the terms of a release; not asking to act on a right (could be read as access to information, labelled non-request).")

mail("en", "en-expat", "non_friend", "Julia Schmidt-Harris <julia.sh@gmail.com>",
     "GDPR question for a friend", "Sun, 10 Mar 2024 10:10:10 +0100",
     """Hi,

Random question, hope you don't mind. A friend of mine did a shoot with you last year and is wondering in general what rights she has under GDPR - e.g. can she ask for the raw files, or ask you to take photos off your website? She's not asking for anything yet, she just wanted to know how it works before she decides. She'll get in touch herself if she wants anything.

Thanks!
Julia""",
     to="zeelicht",
     notes="General question about a friend's rights; explicitly not a request.")

mail("en", "en-UK", "non_newsletter", "PhotoBiz Weekly <newsletter@photobizweekly.com>",
     "5 things every photographer must know about the right to erasure", "Wed, 17 Apr 2024 06:30:00 +0000",
     """This week in PhotoBiz Weekly:

1. A client asks you to delete their data - do you have to delete the wedding album too?
2. Subject access requests: the one-month deadline explained
3. Model releases and withdrawing consent
4. Template: reply to a data portability request

You are receiving this because you subscribed at photobizweekly.com. Unsubscribe | Manage preferences""",
     to="korrel", html_only=True, headers=[("List-Unsubscribe", "<mailto:unsubscribe@photobizweekly.com>")],
     notes="Industry newsletter, HTML only, full of GDPR words.")

mail("en", "en-expat", "non_thanks", "Sam Okonkwo <sam.okonkwo@gmail.com>",
     "Re: Your data request", "Thu, 28 Mar 2024 17:45:00 +0100",
     """Brilliant, thanks for sorting that so quickly!

Sam

On Thu, 28 Mar 2024 at 14:02, Spot On Casting <bookings@spotoncasting.nl> wrote:
> Hi Sam,
> As requested we have deleted your casting profile and all personal data,
> and we have stopped processing your details for marketing. A copy of the data
> we held was sent to you last week.
> Kind regards, Spot On Casting""",
     to="spoton",
     notes="Thank-you reply; privacy words only in the quoted studio text.")

mail("en", "en-IE", "non_add", "Niamh Kelly <niamh.kelly@live.ie>",
     "Could you add these to our gallery?", "Mon, 1 Jul 2024 20:20:20 +0100",
     """Hi,

Our guests sent us a few phone photos from the reception - could you add them to our online gallery with the rest so everything is in one place? Attached are three of them.

Thanks a million,
Niamh""",
     to="korrel", atts=[att("photo", "IMG_4410.JPG", "image/jpeg"), att("photo", "IMG_4415.JPG", "image/jpeg"), att("photo", "IMG_4419.heic", "image/heic")],
     notes="Asks the studio to add photos; attachments are ordinary photos (one HEIC stub), none is an ID.")

mail("en", "en-UK", "non_spam", "GDPR Compliance Team <alerts@gdpr-shield-eu.com>",
     "URGENT: Data Subject Request pending on your website", "Tue, 20 Feb 2024 02:02:02 -0500",
     """Dear business owner,

A data subject access request may be pending on your website. Failure to respond within 30 days can result in fines of up to EUR 20,000,000 or 4% of annual turnover.

Book a free GDPR audit today and protect your studio. Reply STOP to unsubscribe.

GDPR Shield EU""",
     to="nordlicht",
     notes="Spam with GDPR vocabulary, US offset.")
# ============================== FRENCH (30: 21 requests, 9 non-requests) =======================
mail("fr", "fr-BE", "formal_generator", "Julien Lambert <julien.lambert@skynet.be>",
     "Demande d'effacement - article 17 RGPD", "Mon, 12 Feb 2024 09:20:00 +0100",
     """Julien Lambert
Rue de la Station 18
4000 Liège

Atelier Bleu Photo
À l'attention du responsable du traitement

Objet : demande d'effacement de données personnelles (article 17 du RGPD)

Madame, Monsieur,

En application de l'article 17 du Règlement général sur la protection des données (RGPD), je vous demande d'effacer l'ensemble des données à caractère personnel me concernant que vous détenez, y compris les photographies réalisées lors de la séance du 3 juin 2023.

Je vous rappelle que le RGPD me reconnaît également un droit d'accès (article 15), un droit de rectification (article 16) et un droit d'opposition (article 21). La présente demande porte uniquement sur l'effacement.

Conformément à l'article 12.3 du RGPD, vous disposez d'un délai d'un mois à compter de la réception de la présente pour y donner suite. À défaut de réponse dans ce délai, je me réserve le droit d'introduire une plainte auprès de l'Autorité de protection des données.

Vous trouverez ci-joint une copie de ma carte d'identité.

Veuillez agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Julien Lambert""",
     to="bleu", rights=["erasure"], atts=[att("id", "carte_identite_recto.jpg", "image/jpeg")],
     notes="Generator letter (Belgium, APD): cites art. 15, 16, 21 but asks only erasure. ID card scan.")

mail("fr", "fr-FR", "chatty", "Camille Roux <camille.roux@orange.fr>",
     "ma photo sur votre page Facebook", "Sun, 21 Apr 2024 10:47:13 +0200",
     """Bonjour,

J'avais accepté lors du shooting de Noël que vous publiiez une photo de moi et de mon chien sur votre page Facebook, et franchement elle est très jolie ! Mais je préférerais qu'elle n'y soit plus, je ne suis plus d'accord pour qu'elle soit en ligne.

Pouvez-vous la retirer ? Merci beaucoup et bonne journée :)

Camille""",
     to="bleu", rights=["withdraw_consent"], name="Camille Roux",
     notes="Withdraws consent for a Facebook photo; friendly tone.")

mail("fr", "fr-BE", "short", "Didier Masson <didier.masson@voo.be>",
     "SMS publicitaires", "Tue, 14 May 2024 18:02:30 +0200",
     """Bonjour,

Je reçois chaque semaine des SMS avec vos promotions « mini-séances ». Je ne veux plus recevoir vos offres, ni par SMS ni par e-mail. Merci de me retirer de vos listes de prospection.

D. Masson""",
     to="korrel", rights=["objection"], name="Didier Masson",
     notes="Objection to direct marketing (SMS/e-mail). Name from display name; signature only 'D. Masson'.")

mail("fr", "fr-FR", "normal", "Benoît Girard <benoit.girard@free.fr>",
     "Erreur dans mon nom", "Thu, 8 Feb 2024 14:25:52 +0100",
     """Bonjour,

Sur votre site, sous la photo de l'équipe du cabinet Girard & Fils, mon prénom est écrit « Benoit » sans accent circonflexe, et mon nom de famille est écrit « Gérard ». C'est Benoît Girard.

Pourriez-vous corriger la légende, ainsi que mes coordonnées dans votre fichier clients si l'erreur s'y trouve aussi ?

Cordialement,
Benoît Girard""",
     to="bleu", rights=["rectification"], charset="windows-1252", cte="quoted-printable",
     notes="Rectification of name in caption and customer file; body in windows-1252 quoted-printable.")

mail("fr", "fr-BE", "parent", "Nathalie Dubois <nathalie.dubois@gmail.com>",
     "Photos de ma fille - école Saint-Michel", "Wed, 6 Mar 2024 20:33:09 +0100",
     """Madame, Monsieur,

Vous avez réalisé en novembre les photos de classe à l'école fondamentale Saint-Michel à Namur, où ma fille Léa Dubois est en 2e primaire. L'école m'a dit que c'est vous qui conservez les fichiers.

Je souhaite d'abord savoir quelles photos et quelles données vous avez concernant Léa (nom, classe, autre ?) et à qui vous les avez transmises. Ensuite, je vous demande de supprimer toutes ces photos et données, les commandes étant terminées.

Je suis sa mère et j'exerce l'autorité parentale.

Bien à vous,
Nathalie Dubois""",
     to="bleu", rights=["access", "erasure"], name="Léa Dubois",
     rep={"kind": "parent", "name": "Nathalie Dubois"}, processor=True,
     notes="Parent for a child: access then erasure. Studio worked for the school (controller) -> processor. Data subject Léa Dubois; reply address is the mother's.")

mail("fr", "fr-BE", "lawyer", "Maître Sophie Verbruggen <s.verbruggen@avocats-verbruggen.be>",
     "V/Réf. inconnue - N/Réf. 2024/0117 - M. Karim Benali", "Fri, 19 Apr 2024 11:00:00 +0200",
     """Madame, Monsieur,

J'interviens pour M. Karim Benali, qui a fait appel à vos services pour la couverture photo et vidéo de son mariage le 2 septembre 2023.

Comme vous le savez, un litige vous oppose à mon client quant à l'exécution du contrat. Dans l'attente de l'issue de cette procédure, mon client vous demande, sur la base de l'article 18 du RGPD, de limiter le traitement de ses données et des images du mariage : vous êtes priés de les conserver intégralement, sans les effacer, mais de ne plus les utiliser à aucune fin, notamment sur votre site internet, vos réseaux sociaux ou dans vos démonstrations commerciales.

Je vous saurais gré de me confirmer par écrit, dans les meilleurs délais, la bonne exécution de cette demande.

Veuillez agréer, Madame, Monsieur, l'expression de mes sentiments distingués.

Sophie Verbruggen
Avocate au barreau de Bruxelles
Avenue Louise 140, 1050 Bruxelles""",
     to="bleu", rights=["restriction"], name="Karim Benali",
     rep={"kind": "lawyer", "name": "Sophie Verbruggen"},
     notes="Lawyer for client: restriction during litigation (keep, do not use). Data subject Karim Benali; reply address is the lawyer's.")

mail("fr", "fr-FR", "normal", "Élodie Fontaine <elodie.fontaine@laposte.net>",
     "Transfert de mes fichiers vers un autre studio", "Mon, 27 May 2024 15:15:15 +0200",
     """Bonjour,

Je déménage à Lille et je vais continuer le suivi photo de mon bébé (séances tous les trois mois) avec un studio là-bas. Serait-il possible de leur transmettre directement mes fichiers et mes données client (séances, commandes, préférences) ? L'adresse du studio est contact@studio-lumiere-lille.fr.

Merci d'avance,
Élodie Fontaine""",
     to="bleu", rights=["portability"],
     notes="Transfer files + customer data to another studio -> portability; the studio address is a recipient.")

mail("fr", "fr-BE", "formal_generator", "Pierre Lemaire <pierre.lemaire@proximus.be>",
     "RAPPEL - Demande d'accès du 4 janvier 2024 (art. 15 RGPD)", "Wed, 14 Feb 2024 08:45:00 +0100",
     """Madame, Monsieur,

Par courrier électronique du 4 janvier 2024, je vous ai adressé une demande d'accès à mes données personnelles sur le fondement de l'article 15 du RGPD. À ce jour, je n'ai reçu aucune réponse, ni même un accusé de réception.

Je vous rappelle que l'article 12.3 du RGPD vous impose de répondre dans un délai d'un mois, délai qui expire le 4 février 2024 et qui est donc dépassé.

Je réitère par conséquent ma demande : veuillez me communiquer une copie de l'ensemble des données me concernant ainsi que les informations relatives aux finalités, aux destinataires et à la durée de conservation.

Sans réponse de votre part sous quinze jours, je saisirai l'Autorité de protection des données. Je me réserve par ailleurs le droit de demander ultérieurement la rectification ou l'effacement de mes données.

Pierre Lemaire
Chaussée de Waterloo 301, 1180 Uccle""",
     to="korrel", rights=["access"], follow_up=True,
     notes="Formal reminder of an earlier access request; rectification/erasure mentioned as future options only.")

mail("fr", "fr-FR", "normal", "Inès Belkacem <ines.belkacem@hotmail.fr>",
     "Utilisation de mes photos sur Instagram", "Sat, 15 Jun 2024 12:03:41 +0200",
     """Bonjour,

Vous avez publié sur votre compte Instagram plusieurs photos de la soirée d'entreprise de mon employeur où j'apparais au premier plan. Votre politique de confidentialité indique que vous utilisez ces images pour votre promotion sur la base de votre « intérêt légitime ».

Je m'oppose à cette utilisation de mon image pour votre publicité. Les photos remises à mon employeur ne me posent aucun problème.

Cordialement,
Inès Belkacem""",
     to="bleu", rights=["objection"],
     notes="Objection to promotional use under legitimate interest; the employer's own copies are fine.")

mail("fr", "fr-BE", "casting", "Manon Lejeune <manon.lejeune@gmail.com>",
     "Retrait de mon accord - model release", "Tue, 9 Jan 2024 17:30:00 +0100",
     """Bonjour l'équipe,

J'ai signé en mai dernier une autorisation de droit à l'image (model release) pour le shooting « Summer Denim ». Je retire mon consentement : merci de ne plus utiliser ces photos dans votre book en ligne ni dans les présentations envoyées aux clients.

Je reste inscrite chez vous pour les prochains castings.

Belle journée,
Manon Lejeune""",
     to="nordlicht", rights=["withdraw_consent"],
     notes="Model-release consent withdrawn; stays registered (not erasure).")

mail("fr", "fr-BE", "phone", "Kevin Dupont <kevin.dupont59@gmail.com>",
     "compte", "jeudi 14 mars 2024 22:40",
     """bonjour svp supprimez mon compte et toutes mes donnees chez vous je veux plus rien recevoir merci
ci joint ma carte d identite si besoin
kevin dupont

Envoyé de mon iPhone""",
     to="korrel", rights=["erasure"], name="Kevin Dupont",
     atts=[att("id", "IMG_0871.HEIC", "image/heic")],
     notes="Phone typing without accents; Date header is free text -> received null. ID photo as HEIC (not decodable). 'je veux plus rien recevoir' is part of the erasure, not labelled separately. Name from display name.")

mail("fr", "fr-BE", "partner", "Thomas Renard <thomas.renard@outlook.be>",
     "Adresse de ma compagne", "Fri, 22 Mar 2024 09:09:09 +0100",
     """Bonjour,

J'écris pour ma compagne, Aurélie Simon, qui a fait une séance portrait chez vous le mois dernier ; elle est en déplacement à l'étranger cette semaine.

Dans votre fichier client, son adresse est encore l'ancienne (rue des Tanneurs 5, Bruxelles) et son numéro de téléphone est faux. La bonne adresse est rue Haute 212, 1000 Bruxelles, et le numéro 0478 12 34 56. Pouvez-vous corriger ces données avant l'envoi du tirage ?

Merci,
Thomas Renard""",
     to="bleu", rights=["rectification"], name="Aurélie Simon",
     rep={"kind": "other", "name": "Thomas Renard"},
     notes="Partner writes for his companion: rectification of address/phone. Data subject Aurélie Simon; reply address Thomas's.")

mail("fr", "fr-BE", "web_form", FORM_FROM["bleu"],
     "[atelierbleu.be] Nouveau message de contact", "Sat, 3 Aug 2024 23:05:44 +0200",
     """Nouveau message depuis le formulaire de contact

Nom : Hélène Vandamme
Courriel : helene.vandamme@gmail.com
Téléphone : 0495 11 22 33
Sujet : Export de mes données
Message : Bonjour, pourriez-vous m'envoyer toutes les données de mon compte (coordonnées, commandes, albums) sous forme de fichier CSV ou Excel ? Je voudrais les importer chez un autre prestataire. Merci.

--
Envoyé depuis atelierbleu.be""",
     to="bleu", rights=["portability"], name="Hélène Vandamme", addr="helene.vandamme@gmail.com",
     reply_to="helene.vandamme@gmail.com",
     notes="Contact form with Reply-To = requester address (bare). Export as CSV -> portability.")

mail("fr", "fr-FR", "conditional", "Claire Moreau <claire.moreau@sfr.fr>",
     "photos de 2018 ?", "Wed, 10 Jul 2024 19:19:19 +0200",
     """Bonjour,

J'ai perdu mon disque dur... Si vous avez encore des photos ou des informations me concernant de la séance grossesse de 2018, pourriez-vous m'en envoyer une copie ? J'aimerais aussi savoir ce que vous conservez exactement et pendant combien de temps.

Merci infiniment,
Claire Moreau""",
     to="bleu", rights=["access"],
     notes="Conditional ('if you still have ...') request for a copy + what is kept and for how long -> access, not portability (judgement).")

mail("fr", "fr-FR", "formal_generator", "Antoine Mercier <antoine.mercier@gmail.com>",
     "Opposition au traitement (art. 21 RGPD) et demande de limitation (art. 18)", "Mon, 16 Sep 2024 10:30:00 +0200",
     """Madame, Monsieur,

Conformément à l'article 21 du Règlement (UE) 2016/679 (RGPD), je m'oppose au traitement de mes données personnelles à des fins de promotion, et en particulier à la diffusion de mon portrait dans votre portfolio en ligne et sur les réseaux sociaux, traitement que vous fondez sur votre intérêt légitime.

Dans l'attente de la vérification de la question de savoir si vos motifs légitimes prévalent sur les miens, je vous demande de limiter le traitement de ces données, conformément à l'article 18, paragraphe 1, point d), du RGPD.

Je vous rappelle que je dispose également d'un droit d'accès (art. 15) et d'un droit à l'effacement (art. 17), que je n'exerce pas par la présente.

Je vous remercie de me faire connaître la suite réservée à ma demande dans le délai d'un mois prévu à l'article 12.3. À défaut, je me réserve le droit de saisir la CNIL ou l'autorité de contrôle compétente.

Veuillez agréer l'expression de mes salutations distinguées.

Antoine Mercier
12 rue Nationale, 59000 Lille

Pièce jointe : copie de ma pièce d'identité""",
     to="bleu", rights=["restriction", "objection"], atts=[att("id", "piece_identite.pdf", "application/pdf")],
     notes="Generator letter: objection + restriction pending verification (18(1)(d)); access and erasure cited but excluded. ID as PDF.")

mail("fr", "fr-BE", "casting", "Yasmine El Amrani <yasmine.elamrani@gmail.com>",
     "Mon profil est erroné", "Thu, 25 Apr 2024 13:37:00 +0200",
     """Bonjour,

Sur ma fiche dans votre base de mannequins, il est indiqué que je mesure 1m65 et que j'ai 31 ans. Je mesure 1m72 et j'ai 26 ans. Merci de corriger ces informations.

En attendant que ce soit vérifié et corrigé, je vous demande de ne plus transmettre ma fiche à vos clients.

Cordialement,
Yasmine El Amrani""",
     to="nordlicht", rights=["rectification", "restriction"],
     notes="Rectification + restriction while accuracy is verified.")

mail("fr", "fr-FR", "normal", "Julie Garnier <julie.garnier@wanadoo.fr>",
     "Retrait de consentement et suppression", "Tue, 2 Jul 2024 08:01:00 +0200",
     """Bonjour,

Je retire mon consentement à l'utilisation de mes photos (séance « boudoir » de mars) sur votre site et vos réseaux. Je vous demande également d'effacer toutes les données me concernant, y compris les fichiers originaux.

Merci de me confirmer la suppression.

Julie Garnier""",
     to="bleu", rights=["erasure", "withdraw_consent"],
     notes="Two rights: withdraw consent (publication) + erasure of everything.")

mail("fr", "fr-BE", "employer", "Service RH - Brasserie Delvaux <rh@brasseriedelvaux.be>",
     "Ancienne collaboratrice - suppression de ses photos", "Mon, 29 Jan 2024 14:14:00 +0100",
     """Bonjour,

Vous avez réalisé pour nous, en 2022, les portraits de l'équipe pour notre site et notre rapport annuel. Madame Chantal Lemoine a quitté l'entreprise et nous a demandé de faire supprimer ses photos et ses données chez tous nos sous-traitants.

Pourriez-vous supprimer les photos et les données de Mme Chantal Lemoine de vos archives et de la galerie client en ligne, et nous confirmer la suppression ?

Cordialement,
Véronique Hanssens
Responsable RH, Brasserie Delvaux SA""",
     to="bleu", rights=["erasure"], name="Chantal Lemoine",
     rep={"kind": "other", "name": "Véronique Hanssens"}, processor=True,
     notes="Employer (controller) relays an ex-employee's erasure request to the studio as processor.")

mail("fr", "fr-BE", "reply_quoted", "Sarah Peeters <sarah.peeters@telenet.be>",
     "Re: Votre commande - fichiers", "Fri, 6 Sep 2024 10:22:33 +0200",
     """Bonjour,

Merci pour votre réponse. Dans ce cas, pouvez-vous envoyer tous les fichiers RAW de notre séance famille directement à mon nouveau photographe, Studio Clair-Obscur (info@clair-obscur.be) ? C'est lui qui fera désormais nos photos et il souhaite retravailler les anciennes.

Sarah Peeters

Le jeu. 5 sept. 2024 à 16:40, Atelier Bleu Photo <contact@atelierbleu.be> a écrit :
> Bonjour Madame Peeters,
> Nous ne livrons normalement pas les fichiers RAW. Conformément à notre politique de
> confidentialité, vous pouvez toujours demander l'accès à vos données ou leur
> suppression, et nous conservons les fichiers 5 ans.
> Bien cordialement, Atelier Bleu Photo""",
     to="bleu", rights=["portability"],
     notes="Reply: the quoted studio text mentions access/deletion (not asked); the writer asks transfer of raw files to a new photographer -> portability only.")

mail("fr", "fr-FR", "short", "Mathilde Perrin <mathilde.perrin@gmail.com>",
     "newsletter", "Thu, 11 Apr 2024 07:45:00 +0200",
     """Bonjour, je retire mon consentement à recevoir votre newsletter. Bonne journée. Mathilde Perrin""",
     to="bleu", rights=["withdraw_consent"],
     notes="One-liner; explicit withdrawal of consent for newsletter -> withdraw_consent (judgement; 'stop sending' would be objection).")

mail("fr", "fr-BE", "normal", "Olivier Wauters <olivier.wauters@gmail.com>",
     "Profilage publicitaire", "Mon, 4 Mar 2024 21:12:45 +0100",
     """Bonsoir,

J'ai remarqué que depuis ma commande de tirages chez vous, je vois des publicités ciblées de votre studio partout sur Facebook et Instagram. Votre politique de confidentialité mentionne le « pixel Meta » et des « audiences personnalisées ».

Je m'oppose à l'utilisation de mes données à des fins de profilage et de publicité ciblée. Ne supprimez pas mon compte, je compte encore commander.

Olivier Wauters""",
     to="korrel", rights=["objection"],
     notes="Objection to profiling/targeted ads; explicitly not erasure.")

# ---- French non-requests (9)
mail("fr", "fr-BE", "non_booking", "Florence Jacobs <florence.jacobs@gmail.com>",
     "Déplacer notre séance", "Tue, 16 Apr 2024 12:30:00 +0200",
     """Bonjour,

Serait-il possible de déplacer notre séance photo famille du samedi 27 avril au dimanche 5 mai ? Mon mari a un empêchement. Je joins une capture d'écran de votre agenda en ligne où le créneau du 5 semble libre.

Merci !
Florence""",
     to="bleu", atts=[att("shot", "capture_agenda.png", "image/png")],
     notes="Booking change with a screenshot; no right.")

mail("fr", "fr-BE", "non_invoice", "Comptabilité Fleurs & Co SRL <compta@fleursetco.be>",
     "Changement d'adresse de facturation", "Wed, 3 Jan 2024 10:00:00 +0100",
     """Bonjour,

Suite à notre déménagement, merci d'adresser vos prochaines factures à :
Fleurs & Co SRL
Rue du Marché 44
5000 Namur
TVA BE 0712.345.678 (inchangé)

Cordialement,
Service comptabilité""",
     to="bleu",
     notes="Company invoice-address change; not a data-subject request.")

mail("fr", "fr-FR", "non_autoreply", "Sébastien Petit <sebastien.petit@agence-petit.fr>",
     "Réponse automatique : suppression des photos", "Mon, 12 Aug 2024 08:00:00 +0200",
     """Bonjour,

Je suis absent du bureau jusqu'au 26 août. Pour toute demande relative à vos données personnelles (accès, rectification, suppression), vous pouvez écrire à dpo@agence-petit.fr.

Cordialement,
Sébastien Petit""",
     to="bleu", headers=[("Auto-Submitted", "auto-replied")],
     notes="Out-of-office reply; subject echoes a deletion thread, lists rights in a signature-like sentence.")

mail("fr", "fr-BE", "non_question", "Aurore Lambert <aurore.lambert@gmail.com>",
     "Question droit à l'image", "Thu, 23 May 2024 16:50:00 +0200",
     """Bonjour,

Mon fils de 15 ans est invité à un casting chez vous. Est-ce qu'il doit signer lui-même l'autorisation de droit à l'image ou est-ce que c'est moi ? Et est-ce que l'autorisation peut être limitée à un an ?

Merci pour votre réponse,
Aurore Lambert""",
     to="nordlicht",
     notes="Question about a model release before signing; no request.")

mail("fr", "fr-FR", "non_add", "Gérard Faure <gerard.faure@orange.fr>",
     "Ajouter des photos à l'album", "Sun, 30 Jun 2024 15:00:00 +0200",
     """Bonjour,

Pourriez-vous ajouter à notre album en ligne les deux photos ci-jointes prises par mon neveu pendant la cérémonie ? Elles complèteraient bien la série.

Merci beaucoup,
Gérard Faure""",
     to="bleu", atts=[att("photo", "ceremonie_1.jpg", "image/jpeg"), att("photo", "ceremonie_2.jpg", "image/jpeg")],
     notes="Asks to add photos; attachments are ordinary photos.")

mail("fr", "fr-BE", "non_newsletter", "Union des Photographes Professionnels <info@upp-newsletter.be>",
     "RGPD : comment répondre à une demande d'accès ou d'effacement", "Tue, 5 Mar 2024 06:00:00 +0000",
     """Lettre d'information - mars

Au sommaire :
- Demande d'accès (art. 15) : le délai d'un mois et les exceptions
- Droit à l'effacement et archives photographiques
- Retrait du consentement et droit à l'image des mineurs

Vous recevez ce message en tant que membre. Se désinscrire.""",
     to="korrel", html=True, headers=[("List-Unsubscribe", "<https://upp-newsletter.be/unsubscribe>")],
     notes="Association newsletter about RGPD; no request.")

mail("fr", "fr-FR", "non_friend", "Lucie Bernard <lucie.bernard@gmail.com>",
     "petite question", "Fri, 8 Mar 2024 11:11:00 +0100",
     """Bonjour, une amie a fait une séance chez vous et se demande si elle pourrait un jour récupérer les fichiers bruts ou faire retirer ses photos de votre site, juste en théorie. Comment ça se passe en général ? Elle vous écrira elle-même si besoin. Merci ! Lucie""",
     to="bleu",
     notes="General question about a friend's rights; no request.")

mail("fr", "fr-BE", "non_selection", "Amandine Lecomte <amandine.lecomte@skynet.be>",
     "Sélection photos mariage", "Mon, 22 Jul 2024 20:40:00 +0200",
     """Bonsoir,

Nous avons fait notre choix : pouvez-vous supprimer de la sélection les photos floues et celles où mon beau-père a les yeux fermés (n° 45, 67, 88), puis nous envoyer la galerie finale ?

Merci encore pour cette belle journée,
Amandine""",
     to="bleu",
     notes="Selection edit, not erasure.")

mail("fr", "fr-BE", "non_thanks", "Jean-Marc Leroy <jm.leroy@gmail.com>",
     "Re: votre demande de suppression", "Wed, 17 Jan 2024 09:30:00 +0100",
     """Parfait, merci beaucoup.

JM Leroy

Le mar. 16 janv. 2024 à 17:05, Studio Korrel <hallo@studiokorrel.be> a écrit :
> Bonjour Monsieur Leroy,
> Nous avons bien supprimé vos données et vos photos comme demandé, et vous ne
> recevrez plus notre newsletter. Vous pouvez à tout moment demander l'accès aux
> données que nous conservons pour la comptabilité.
> Cordialement, Studio Korrel""",
     to="korrel",
     notes="Thank-you; privacy words only in the quoted studio text.")
# ============================== GERMAN (25: 18 requests, 7 non-requests) =======================
mail("de", "de-DE", "formal_generator", "Stefan Hoffmann <stefan.hoffmann@web.de>",
     "Auskunftsersuchen gemäß Art. 15 DSGVO", "Tue, 6 Feb 2024 10:10:10 +0100",
     """Stefan Hoffmann
Aachener Straße 55
50674 Köln

An: Fotostudio Zeelicht

Auskunftsersuchen nach Art. 15 DSGVO

Sehr geehrte Damen und Herren,

hiermit mache ich mein Recht auf Auskunft gemäß Art. 15 der Datenschutz-Grundverordnung (DSGVO) geltend. Bitte teilen Sie mir mit, ob Sie personenbezogene Daten über mich verarbeiten, und stellen Sie mir gegebenenfalls eine Kopie dieser Daten zur Verfügung (Art. 15 Abs. 3 DSGVO), einschließlich der Verarbeitungszwecke, der Empfänger, der geplanten Speicherdauer und der Herkunft der Daten.

Vorsorglich weise ich darauf hin, dass mir darüber hinaus die Rechte auf Berichtigung (Art. 16 DSGVO) und Löschung (Art. 17 DSGVO) zustehen. Diese mache ich mit diesem Schreiben ausdrücklich noch nicht geltend.

Ich erwarte Ihre Antwort innerhalb der Frist von einem Monat (Art. 12 Abs. 3 DSGVO). Sollte ich bis dahin keine Antwort erhalten, behalte ich mir vor, Beschwerde bei der zuständigen Aufsichtsbehörde einzulegen.

Eine Kopie meines Personalausweises liegt bei.

Mit freundlichen Grüßen

Stefan Hoffmann""",
     to="zeelicht", rights=["access"], crlf=True, charset="iso-8859-1", cte="quoted-printable",
     atts=[att("id", "Personalausweis_Vorderseite.jpg", "image/jpeg"), att("idback", "Personalausweis_Rueckseite.jpg", "image/jpeg")],
     notes="Generator letter: only access; art. 16/17 mentioned and excluded. ID front + back.")

mail("de", "de-AT", "chatty", "Magdalena Huber <magdalena.huber@gmx.at>",
     "Foto auf Ihrer Homepage", "Wed, 13 Mar 2024 19:25:00 +0100",
     """Grüß Gott,

ich war im Herbst bei Ihnen zum Business-Shooting, war ganz super! Ich hab damals eh gesagt, dass Sie ein Foto auf Ihre Homepage geben dürfen. Jetzt hätt ich aber gern, dass Sie es wieder runternehmen, ich möchte das nicht mehr.

Danke vielmals und liebe Grüße aus Wien,
Magdalena Huber""",
     to="maas", rights=["withdraw_consent"], html=True, headers=[("X-Mailer", "Apple Mail (2.3774.500.171.1.1)")],
     notes="Austrian wording; withdrawal of earlier permission for homepage use.")

mail("de", "de-CH", "forward_attached", "Jeroen de Graaf | Fotostudio Zeelicht <jeroen@fotostudiozeelicht.nl>",
     "FW: Löschung meiner Daten", "Mon, 8 Apr 2024 08:30:00 +0200",
     """Mirjam, zie bijlage: verzoek van een Zwitserse klant, met kopie ID. Kun jij dit in het register zetten?

Groet, Jeroen""",
     to="Mirjam Bakker <mirjam@fotostudiozeelicht.nl>", rights=["erasure"], name="Reto Brunner",
     addr="reto.brunner@bluewin.ch",
     fwd=dict(inner("Reto Brunner <reto.brunner@bluewin.ch>", "info@fotostudiozeelicht.nl",
                    "Löschung meiner Daten", "Sat, 6 Apr 2024 17:02:11 +0200",
                    """Grüezi

Ich war letztes Jahr während meiner Ferien in Scheveningen bei Ihnen für ein Paarshooting. Bitte löschen Sie sämtliche Daten, die Sie über mich gespeichert haben, inklusive der Fotos und meiner Adresse. Zur Identifikation sende ich Ihnen eine Kopie meiner Identitätskarte.

Freundliche Grüsse
Reto Brunner
Zürich""",
                    atts=[att("id", "ID_Brunner.jpg", "image/jpeg")]), filename="Löschung meiner Daten.eml"),
     notes="Colleague forward as attached message/rfc822 (Dutch note; request in Swiss German, language de). Requester inside the attachment; ID scan inside the forwarded message.")

mail("de", "de-OB", "short", "Guido Kessler <guido.kessler@skynet.be>",
     "Werbung", "Thu, 18 Jan 2024 11:30:00 +0100",
     """Guten Tag,

bitte schicken Sie mir keine Werbung mehr, weder per Post noch per E-Mail. Ich widerspreche der Nutzung meiner Adresse für Werbezwecke.

Mit freundlichen Grüßen aus Eupen
Guido Kessler""",
     to="linse", rights=["objection"],
     notes="Ostbelgien; objection to direct marketing.")

mail("de", "de-DE", "normal", "Anja Möller | Kanzlei Weber <a.moeller@kanzlei-weber.de>",
     "Falscher Name unter Foto", "Fri, 24 May 2024 12:45:30 +0200",
     """Hallo,

unter meinem Porträt in Ihrem Blogbeitrag über das Netzwerktreffen in Venlo steht „Anja Müller". Ich heiße Möller, mit ö. Könnten Sie das bitte korrigieren, auch in Ihrer Kundenkartei?

Bitte antworten Sie an meine private Adresse (siehe Reply-To), ich schreibe nur vom Büro aus.

Viele Grüße
Anja Möller""",
     to="maas", rights=["rectification"], name="Anja Möller",
     reply_to="Anja Möller <anja.moeller@posteo.de>",
     notes="Rectification of surname; sent from a work account with Reply-To to a private address -> requester_email is the Reply-To.")

mail("de", "de-DE", "dispute", "Thorsten Krüger <t.krueger@t-online.de>",
     "Hochzeitsreportage - Streit / bitte nichts löschen", "Mon, 29 Jul 2024 14:00:00 +0200",
     """Sehr geehrter Herr de Graaf,

da wir uns über die Hochzeitsreportage und die Schlussrechnung nicht einigen konnten, hat mein Rechtsschutzversicherer die Sache übernommen.

Bitte löschen Sie bis zur Klärung weder die Fotos noch unsere Korrespondenz. Gleichzeitig untersage ich Ihnen, die Bilder in dieser Zeit in irgendeiner Form zu verwenden (Website, Instagram, Messen). Die Daten sollen lediglich gespeichert bleiben.

Mit freundlichen Grüßen
Thorsten Krüger""",
     to="zeelicht", rights=["restriction"],
     notes="Restriction during dispute: keep, do not use.")

mail("de", "de-DE", "normal", "Lena Schubert <lena.schubert@gmail.com>",
     "RAW-Dateien an neue Fotografin", "Tue, 12 Mar 2024 09:55:00 +0100",
     """Liebes Team von Licht & Linse,

wir sind nach Aachen gezogen und lassen die Familienfotos jetzt bei Fotografin Ute Baum machen. Könnten Sie ihr bitte alle Originaldateien (RAW) unserer bisherigen Shootings und unsere Kundendaten direkt übermitteln? Ihre Adresse: kontakt@utebaum-fotografie.de.

Vielen Dank und liebe Grüße
Lena Schubert""",
     to="linse", rights=["portability"], cte="8bit",
     notes="Transfer raw files + customer data to another photographer -> portability.")

mail("de", "de-DE", "lawyer", "Rechtsanwältin Dr. Katrin Vogel <vogel@vogel-datenschutzrecht.de>",
     "Mandantin Frau Julia Neumann – Widerspruch und Löschung", "Wed, 21 Feb 2024 16:20:00 +0100",
     """Sehr geehrte Damen und Herren,

hiermit zeige ich an, dass mich Frau Julia Neumann, Düsseldorf, mit der Wahrnehmung ihrer Interessen beauftragt hat. Vollmacht anbei.

Meine Mandantin hat im Juni 2023 an einem Casting Ihrer Agentur teilgenommen. Die dabei entstandenen Aufnahmen nutzen Sie nach wie vor in Ihrem Online-Katalog. Namens meiner Mandantin widerspreche ich gemäß Art. 21 Abs. 1 DSGVO der weiteren Verwendung dieser Aufnahmen zu Werbe- und Präsentationszwecken.

Ferner fordere ich Sie auf, sämtliche personenbezogenen Daten meiner Mandantin gemäß Art. 17 DSGVO unverzüglich zu löschen und mir die Löschung bis zum 21. März 2024 schriftlich zu bestätigen.

Mit freundlichen Grüßen

Dr. Katrin Vogel
Rechtsanwältin
Königsallee 60, 40212 Düsseldorf""",
     to="nordlicht", rights=["erasure", "objection"], name="Julia Neumann",
     rep={"kind": "lawyer", "name": "Dr. Katrin Vogel"},
     atts=[att("doc", "Vollmacht_Neumann.pdf", "application/pdf")],
     notes="Lawyer for client: objection + erasure. Power of attorney PDF is not an ID.")

mail("de", "de-DE", "parent", "Christian Wagner <christian.wagner@posteo.de>",
     "Fotos unseres Sohnes aus der Kita Sonnenschein", "Thu, 16 May 2024 21:05:00 +0200",
     """Guten Abend,

Sie haben im April in der Kita Sonnenschein in Kleve die Kindergartenfotos gemacht. Unser Sohn Felix Wagner (4) war auch dabei. Die Kita sagt, die Fotos und Bestelldaten liegen bei Ihnen.

Welche Daten und Fotos von Felix haben Sie gespeichert, an wen wurden sie weitergegeben (Druckerei, Onlineshop?) und wie lange werden sie aufbewahrt? Eine Kopie der Daten hätten wir gern.

Mit freundlichen Grüßen
Christian Wagner""",
     to="maas", rights=["access"], name="Felix Wagner",
     rep={"kind": "parent", "name": "Christian Wagner"}, processor=True,
     notes="Parent for child (Kita photos; studio is processor for the Kita). Access phrased as questions.")

mail("de", "de-DE", "reminder", "Sabine Lorenz <sabine.lorenz@gmx.de>",
     "Erinnerung: Löschung meiner Daten", "Mon, 32 Apr 2024 10:00:00 +0200",
     """Sehr geehrte Damen und Herren,

am 28. März habe ich Sie gebeten, meine Daten und die Fotos vom Bewerbungsshooting zu löschen. Bis heute habe ich keine Bestätigung erhalten. Ich bitte Sie nochmals, die Löschung vorzunehmen und mir diese zu bestätigen.

Mit freundlichen Grüßen
Sabine Lorenz""",
     to="linse", rights=["erasure"], follow_up=True,
     notes="Reminder for erasure. Date header has an impossible day (32 Apr) -> received null.")

mail("de", "de-DE", "short", "Felix Neumeier <felix.neumeier@icloud.com>",
     "Newsletter abbestellen / Einwilligung", None,
     """Hallo, hiermit widerrufe ich meine Einwilligung zum Erhalt Ihres Newsletters. Danke. Felix Neumeier""",
     to="zeelicht", rights=["withdraw_consent"],
     notes="Explicit withdrawal of newsletter consent -> withdraw_consent (judgement). No Date header.")

mail("de", "de-AT", "formal_generator", "Mag. Wolfgang Berger <wolfgang.berger@aon.at>",
     "Antrag auf Datenübertragung gem. Art. 20 DSGVO", "Fri, 5 Apr 2024 08:20:00 +0200",
     """Sehr geehrte Damen und Herren,

gemäß Art. 20 DSGVO ersuche ich Sie, mir die mich betreffenden personenbezogenen Daten, die ich Ihnen bereitgestellt habe (Kontaktdaten, Bestellhistorie, hochgeladene Bilddateien), in einem strukturierten, gängigen und maschinenlesbaren Format (CSV oder JSON) zu übermitteln.

Ich weise darauf hin, dass mir nach der DSGVO auch das Recht auf Auskunft (Art. 15), Löschung (Art. 17) und Widerspruch (Art. 21) zusteht; diese Rechte mache ich derzeit nicht geltend.

Ich ersuche um Erledigung binnen eines Monats. Andernfalls behalte ich mir eine Beschwerde bei der Datenschutzbehörde vor.

Mit freundlichen Grüßen
Mag. Wolfgang Berger
Linzer Straße 12, 1140 Wien""",
     to="korrel", rights=["portability"], name="Wolfgang Berger",
     notes="Austrian generator letter; portability only. Name without academic title (display name has 'Mag.').")

mail("de", "de-CH", "normal", "Nadia Keller <nadia.keller@sunrise.ch>",
     "Automatisches Profiling", "Tue, 10 Sep 2024 15:45:00 +0200",
     """Grüezi

Ich bin bei Ihnen als Model registriert. In Ihren neuen Datenschutzhinweisen steht, dass Sie Profile automatisch auswerten und Kunden eine «Passgenauigkeit» anzeigen. Dieser Auswertung meiner Daten widerspreche ich. Meine Registrierung soll aber bestehen bleiben.

Freundliche Grüsse
Nadia Keller""",
     to="nordlicht", rights=["objection"],
     notes="Swiss spelling (ss, guillemets); objection to profiling; not erasure.")

mail("de", "de-DE", "casting", "Mia Schröder <mia.schroeder@web.de>",
     "Widerruf Modelvertrag", "Sat, 22 Jun 2024 13:13:00 +0200",
     """Hallo zusammen,

hiermit widerrufe ich meine Einwilligung aus dem Model-Release vom 3. Februar 2024 (Shooting „Urban Sports"). Bitte verwenden Sie die Bilder ab sofort nicht mehr auf Ihrer Website und Ihrem Instagram-Kanal.

Danke und viele Grüße
Mia Schröder""",
     to="nordlicht", rights=["withdraw_consent"],
     notes="Withdrawal of model-release consent.")

mail("de", "de-OB", "formal_generator", "Manfred Radermacher <m.radermacher@skynet.be>",
     "Einschränkung der Verarbeitung nach Art. 18 DSGVO", "Wed, 15 May 2024 09:00:00 +0200",
     """Manfred Radermacher
Herbesthaler Straße 20
4700 Eupen

Betreff: Antrag auf Einschränkung der Verarbeitung (Art. 18 DSGVO)

Sehr geehrte Damen und Herren,

ich bestreite die Richtigkeit der in Ihrer Kundendatei über mich gespeicherten Angaben zu offenen Forderungen. Für die Dauer der Überprüfung beantrage ich gemäß Art. 18 Abs. 1 lit. a DSGVO die Einschränkung der Verarbeitung meiner personenbezogenen Daten. Insbesondere dürfen die Daten in dieser Zeit nicht an ein Inkassobüro weitergegeben werden.

Ich weise darauf hin, dass mir ferner die Rechte aus Art. 15, 16, 17 und 21 DSGVO zustehen.

Bitte bestätigen Sie mir die Einschränkung innerhalb eines Monats. Andernfalls behalte ich mir vor, mich an die Datenschutzbehörde zu wenden.

Hochachtungsvoll
Manfred Radermacher""",
     to="linse", rights=["restriction"],
     notes="Ostbelgien generator letter: restriction while accuracy is contested; art. 15-21 listed but not exercised (accuracy dispute is not itself a rectification request - judgement).")

mail("de", "de-DE", "casting", "Jonas Becker <jonas.becker.actor@gmail.com>",
     "Sedcard fehlerhaft", "Thu, 7 Mar 2024 11:40:00 +0100",
     """Hallo Nordlicht-Team,

auf meiner Sedcard steht Größe 1,76 m und Haarfarbe blond – richtig ist 1,86 m und dunkelbraun. Bitte korrigieren Sie das.

Bis das geprüft und geändert ist, möchte ich nicht, dass die Sedcard an Kunden verschickt wird.

Gruß
Jonas Becker""",
     to="nordlicht", rights=["rectification", "restriction"],
     atts=[att("photo", "Sedcard_neu.jpg", "image/jpeg")],
     notes="Rectification + restriction pending check. New sedcard photo is not an ID.")

mail("de", "de-DE", "normal", "Heike Zimmermann <heike.zimmermann@freenet.de>",
     "Kopie meiner Daten + Export", "Mon, 19 Aug 2024 20:00:00 +0200",
     """Guten Abend,

ich möchte gern wissen, welche Daten Sie über mich gespeichert haben, und bitte um eine Kopie.

Außerdem bitte ich Sie, mir meine Kundendaten und Bestellungen als maschinenlesbare Datei (z. B. CSV) zu schicken, damit ich sie zu einem anderen Anbieter mitnehmen kann.

Freundliche Grüße
Heike Zimmermann""",
     to="zeelicht", rights=["access", "portability"],
     notes="Two rights: access + portability.")

mail("de", "de-DE", "partner", "Michael Braun <michael.braun@gmx.net>",
     "Adresse meiner Frau falsch", "Tue, 2 Jan 2024 10:30:00 +0100",
     """Guten Tag,

ich schreibe für meine Frau Petra Braun, die bei Ihnen im Dezember ein Porträtshooting hatte. In Ihrer Auftragsbestätigung steht als Adresse noch unsere alte Wohnung in Krefeld. Richtig ist: Lindenweg 7, 47533 Kleve. Bitte ändern Sie das in Ihren Unterlagen.

Viele Grüße
Michael Braun""",
     to="maas", rights=["rectification"], name="Petra Braun",
     rep={"kind": "other", "name": "Michael Braun"},
     notes="Husband for wife: rectification of address. Data subject Petra Braun; reply address Michael's.")

# ---- German non-requests (7)
mail("de", "de-DE", "non_booking", "Katja Fischer <katja.fischer@gmail.com>",
     "Termin verschieben", "Wed, 24 Jan 2024 07:50:00 +0100",
     """Hallo,

können wir unser Babybauch-Shooting vom 3. Februar auf den 10. Februar verschieben? Die Hebamme meint, ein bisschen später wäre besser.

LG Katja""",
     to="linse",
     notes="Booking change.")

mail("de", "de-AT", "non_selection", "Bernhard Gruber <bernhard.gruber@chello.at>",
     "Auswahl", "Sat, 31 Aug 2024 22:15:00 +0200",
     """Servus,

bitte löscht aus der Auswahl die unscharfen Bilder und die, wo ich die Augen zu hab, bevor ihr die Galerie freischaltet. Sonst passt alles!

Bernhard""",
     to="maas",
     notes="Selection edit ('löschen' of blurry ones), not erasure.")

mail("de", "de-DE", "non_invoice", "Buchhaltung Schreinerei Otto GmbH <buchhaltung@schreinerei-otto.de>",
     "Neue Rechnungsanschrift", "Thu, 4 Jul 2024 09:00:00 +0200",
     """Sehr geehrte Damen und Herren,

bitte senden Sie die Rechnung für die Produktfotos künftig an:
Schreinerei Otto GmbH, Buchhaltung, Gewerbepark 3, 41063 Mönchengladbach.
USt-IdNr. unverändert.

Mit freundlichen Grüßen
Buchhaltung""",
     to="maas",
     notes="Company invoice address change.")

mail("de", "de-CH", "non_autoreply", "Urs Meier <urs.meier@meier-partner.ch>",
     "Abwesenheitsnotiz: Ihre Anfrage zum Datenschutz", "Mon, 15 Jul 2024 06:30:00 +0200",
     """Ich bin bis 2. August abwesend und habe keinen Zugriff auf meine E-Mails. Anfragen zum Datenschutz (Auskunft, Löschung) richten Sie bitte an datenschutz@meier-partner.ch.

Freundliche Grüsse
Urs Meier""",
     to="nordlicht", headers=[("Auto-Submitted", "auto-replied")],
     notes="Out-of-office with privacy vocabulary.")

mail("de", "de-DE", "non_question", "Tobias Lang <tobias.lang@gmail.com>",
     "Frage zum Model-Release", "Fri, 26 Apr 2024 17:00:00 +0200",
     """Hallo,

bevor ich unterschreibe: Kann ich die Einwilligung im Model-Release später widerrufen, und was passiert dann mit Bildern, die schon gedruckt sind? Nur zur Info, ich habe noch nichts unterschrieben.

Gruß
Tobias""",
     to="nordlicht",
     notes="Question about how withdrawal would work; nothing withdrawn.")

mail("de", "de-DE", "non_newsletter", "Berufsverband Fotografie <newsletter@bv-fotografie-news.de>",
     "DSGVO kompakt: Auskunft, Löschung und Widerruf richtig bearbeiten", "Tue, 9 Apr 2024 05:00:00 +0000",
     """Newsletter April

- Auskunftsersuchen nach Art. 15: Muster-Antwort
- Löschung von Kundendaten vs. Aufbewahrungspflichten
- Widerruf des Model-Release: was gilt?

Sie erhalten diesen Newsletter als Mitglied. Abmelden""",
     to="linse", html_only=True, headers=[("List-Unsubscribe", "<https://bv-fotografie-news.de/abmelden>")],
     notes="Association newsletter, HTML only.")

mail("de", "de-OB", "non_add", "Renate Hilgers <renate.hilgers@proximus.be>",
     "Fotos ergänzen", "Sun, 20 Oct 2024 18:00:00 +0200",
     """Guten Abend,

könnten Sie die beigefügten Bilder noch in unser Online-Album der Goldhochzeit aufnehmen? Die hat mein Schwager gemacht.

Vielen Dank, Renate Hilgers""",
     to="linse", atts=[att("photo", "Goldhochzeit_1.jpg", "image/jpeg"), att("shot", "Screenshot_2024-10-20.png", "image/png")],
     notes="Asks to add photos; ordinary photo + screenshot, not IDs.")


if __name__ == "__main__":
    sys.exit(main())
