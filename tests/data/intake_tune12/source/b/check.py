#!/usr/bin/env python3
"""Re-parse every mails/*.eml and check From/Reply-To/Date/attachments against its JSON."""
import glob, json, os, sys
from email import policy
from email.parser import BytesParser
from email.utils import parsedate_to_datetime, getaddresses

HERE = os.path.dirname(os.path.abspath(__file__))
RIGHTS = ["access", "rectification", "erasure", "restriction", "portability", "objection", "withdraw_consent"]
problems = []

def addr(msg, h):
    v = msg.get(h)
    if v is None:
        return None
    al = getaddresses([str(v)])
    return al[0][1].lower() if al and al[0][1] else None

def body_text(msg):
    out = []
    for part in msg.walk():
        if part.get_content_type() == "message/rfc822":
            for inner in part.iter_parts():
                out.append(str(inner.get("From", "")))
        if part.get_content_maintype() == "text" and not part.get_filename():
            try:
                out.append(part.get_content())
            except Exception as e:  # noqa
                problems.append(f"{msg.get('Message-ID')}: cannot decode text part: {e}")
    return "\n".join(out).lower()

emls = sorted(glob.glob(os.path.join(HERE, "mails", "*.eml")))
for eml in emls:
    name = os.path.basename(eml)
    jp = eml[:-4] + ".json"
    if not os.path.exists(jp):
        problems.append(f"{name}: missing JSON"); continue
    t = json.load(open(jp, encoding="utf-8"))
    p = lambda s: problems.append(f"{name}: {s}")
    with open(eml, "rb") as fh:
        msg = BytesParser(policy=policy.default).parse(fh)
    if t.get("file") != name: p("file field mismatch")
    # Date
    d = msg.get("Date")
    try:
        got = parsedate_to_datetime(str(d)).isoformat() if d is not None else None
    except (ValueError, TypeError):
        got = None
    if got != t["received"]: p(f"received {t['received']!r} != header {got!r}")
    # rights / dsar
    if t["is_dsar"] != bool(t["rights"]): p("is_dsar inconsistent with rights")
    if len(t["rights"]) > 2: p("more than two rights")
    if t["rights"] != [r for r in RIGHTS if r in t["rights"]]: p("rights not canonical")
    if t["language"] != "nl": p("language not nl")
    # From / Reply-To
    frm, rt = addr(msg, "From"), addr(msg, "Reply-To")
    if frm is None: p("no From address")
    if not t["is_dsar"]:
        if t["requester_email"] is not None or t["requester_name"] is not None:
            p("non-DSAR with requester fields")
    else:
        re_ = (t["requester_email"] or "").lower()
        if not re_: p("DSAR without requester_email")
        elif rt and rt != frm:
            if re_ != rt: p(f"Reply-To {rt} differs from From but requester_email is {re_}")
        elif re_ != frm:
            # forwarded / contact-form: address must occur in the body or attached message
            txt = body_text(msg)
            if re_ not in txt: p(f"requester_email {re_} neither From ({frm}) nor in body")
    # attachments, in mail order
    got_atts = []
    for part in msg.walk():
        fn = part.get_filename()
        if fn:
            got_atts.append({"filename": fn, "content_type": part.get_content_type()})
    exp = [{"filename": a["filename"], "content_type": a["content_type"]} for a in t["attachments"]]
    if got_atts != exp: p(f"attachments {got_atts} != json {exp}")
    for a in t["attachments"]:
        if not isinstance(a.get("is_id_document"), bool): p(f"is_id_document missing for {a['filename']}")

for j in sorted(glob.glob(os.path.join(HERE, "mails", "*.json"))):
    if not os.path.exists(j[:-5] + ".eml"):
        problems.append(f"{os.path.basename(j)}: JSON without .eml")

for x in problems:
    print(x)
print(f"checked {len(emls)} mails; {len(problems)} problems")
sys.exit(1 if problems else 0)
