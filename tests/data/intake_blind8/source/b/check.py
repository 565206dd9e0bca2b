import email, json, os, collections
from email import policy
D = os.path.join(os.path.dirname(os.path.abspath(__file__)), "mails")
probs = 0; lang = collections.Counter(); ds = collections.Counter(); rc = collections.Counter(); two = 0
for f in sorted(x for x in os.listdir(D) if x.endswith(".eml")):
    raw = open(os.path.join(D, f), "rb").read()
    msg = email.message_from_binary_file(open(os.path.join(D, f), "rb"), policy=policy.default)
    gt = json.load(open(os.path.join(D, f[:-4] + ".json"), encoding="utf-8"))
    # decoded full text for address search
    txt = raw.decode("utf-8", "replace").lower()
    for p in msg.walk():
        if p.get_content_maintype() == "text":
            txt += p.get_content().lower()
    for h in ("From", "Reply-To"):
        if msg[h]: txt += str(msg[h]).lower()
    e = gt["requester_email"]
    if e is not None and e.lower() not in txt: print(f, "email not found", e); probs += 1
    atts = [(p.get_filename(), p.get_content_type()) for p in msg.walk() if p.get_filename()]
    exp = [(a["filename"], a["content_type"]) for a in gt["attachments"]]
    if atts != exp: print(f, "attachments", atts, exp); probs += 1
    if gt["received"] is not None:
        from email.utils import parsedate_to_datetime
        if parsedate_to_datetime(str(msg["Date"])).isoformat() != gt["received"]: print(f, "date"); probs += 1
    elif msg["Date"] is not None:
        try:
            from email.utils import parsedate_to_datetime; parsedate_to_datetime(str(msg["Date"])); print(f, "date parses but null"); probs += 1
        except Exception: pass
    if not gt["is_dsar"] and (gt["rights"] or gt["requester_name"] or gt["requester_email"]): print(f, "neg fields"); probs += 1
    lang[gt["language"]] += 1; ds[(gt["language"], gt["is_dsar"])] += 1
    for r in gt["rights"]: rc[r] += 1
    two += len(gt["rights"]) == 2
print("problems", probs); print(dict(lang)); print(dict(ds)); print(dict(rc), "two-right", two)
