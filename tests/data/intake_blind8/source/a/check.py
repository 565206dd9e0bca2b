import json, glob, email, email.policy, collections
ORDER=["access","rectification","erasure","restriction","portability","objection","withdraw_consent"]
lang=collections.Counter(); rc=collections.Counter(); dsar=collections.Counter(); probs=0
for j in sorted(glob.glob("mails/*.json")):
    g=json.load(open(j)); e=j[:-5]+".eml"
    raw=open(e,"rb").read()
    m=email.message_from_binary_file(open(e,"rb"),policy=email.policy.default)
    txt=raw.decode("latin-1").lower()
    # decoded full text for encoded parts
    full=str(m.get("from",""))+str(m.get("reply-to",""))
    for p in m.walk():
        if p.get_content_maintype()=="text":
            full+=p.get_content()
        if p.get_content_type()=="message/rfc822":
            full+=p.get_content().as_string()
    if g["requester_email"] and g["requester_email"].lower() not in (txt+full.lower()):
        print("email missing",j); probs+=1
    parts=[(p.get_filename(),p.get_content_type()) for p in m.walk() if p.get_filename()]
    if parts!=[(a["filename"],a["content_type"]) for a in g["attachments"]]:
        print("att mismatch",j,parts); probs+=1
    if g["rights"]!=sorted(g["rights"],key=ORDER.index) or len(g["rights"])>2: print("order",j); probs+=1
    if g["is_dsar"]!=bool(g["rights"]): print("dsar flag",j); probs+=1
    lang[g["language"]]+=1; dsar[g["is_dsar"]]+=1
    for r in g["rights"]: rc[r]+=1
    if g["received"] is None: print("null received",j, m["date"])
print(lang, dsar, {r:rc[r] for r in ORDER}, "problems", probs)
