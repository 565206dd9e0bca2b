#!/usr/bin/env python3
"""Build 50 labelled test e-mails (25 EN, 25 FR) for a DSAR-intake parser.

Studio (invented): Studio Bleuzand, Lotte Verhaeghe, Brussels/Ixelles, bleuzand.be.
Writes mails/NNNN.eml + mails/NNNN.json. Python 3.11 stdlib only, deterministic.
"""
import datetime as dt
import hashlib
import json
import os
import struct
import zlib
from email import policy
from email.message import EmailMessage

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "mails")
STUDIO_TO = "Studio Bleuzand <info@bleuzand.be>"
LOTTE = "Lotte Verhaeghe <lotte@bleuzand.be>"
DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def D(y, mo, d, h, mi, s, off="+0100", style="std"):
    """Return (Date header value, ISO 8601 string with the same offset)."""
    t = dt.datetime(y, mo, d, h, mi, s)
    wd = DAYS[t.weekday()]
    if style == "gmt":
        hdr = f"{wd}, {d} {MONTHS[mo-1]} {y} {h:02d}:{mi:02d}:{s:02d} GMT"
        off = "+0000"
    elif style == "noday":
        hdr = f"{d} {MONTHS[mo-1]} {y} {h:02d}:{mi:02d}:{s:02d} {off}"
    elif style == "cet":
        hdr = f"{wd}, {d:02d} {MONTHS[mo-1]} {y} {h:02d}:{mi:02d}:{s:02d} {off} (CET)"
    else:
        hdr = f"{wd}, {d} {MONTHS[mo-1]} {y} {h:02d}:{mi:02d}:{s:02d} {off}"
    iso = t.isoformat() + off[:3] + ":" + off[3:]
    return hdr, iso


# ---------- tiny placeholder files ----------
def png(seed):
    w = h = 2
    raw = b"".join(b"\x00" + bytes([(seed * 40 + i * 9) % 256] * (w * 3)) for i in range(h))
    def chunk(t, data):
        return struct.pack(">I", len(data)) + t + data + struct.pack(">I", zlib.crc32(t + data) & 0xFFFFFFFF)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


def jpg(seed):
    return b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00" + bytes([seed % 256]) * 32 + b"\xff\xd9"


def pdf(title):
    return (f"%PDF-1.4\n% placeholder: {title}\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n").encode()


def heic(seed):
    return b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00mif1heic" + bytes([seed % 256]) * 24


def A(filename, ctype, is_id, data, cid=None):
    return {"filename": filename, "ctype": ctype, "is_id": is_id, "data": data, "cid": cid}


MAILS = []


def mail(**kw):
    MAILS.append(kw)


# =====================================================================
# ENGLISH (25)
# =====================================================================

mail(lang="en", dsar=True, rights=["access"], name="Niamh Ó Briain", email="niamh.obriain@eircom.net",
     frm="Niamh Ó Briain <niamh.obriain@eircom.net>", to=LOTTE, subject="Quick question about my info",
     date=D(2024, 2, 6, 21, 14, 3, "+0000"), mailer="Apple Mail (2.3774.500.171.1.1)",
     body="""Hi Lotte,

Hope you're keeping well. You did our engagement shoot back in 2021 (Howth, the windy one!) and I've been going through all the places that have my details since I moved back to Dublin.

Would you be able to tell me what you actually have on file about me? Name, phone, address I suppose, but also whatever else - notes, the contract, emails, whether you still have the photos on a server somewhere. I'd just like to see it all, a copy would be grand.

No rush on the photos themselves, I have the gallery link still.

Thanks a million,
Niamh
""", notes="Irish, plain access request without legal words; display name with Ó (RFC 2047)")

mail(lang="en", dsar=True, rights=["erasure"], name="Tom Hadley", email="tomhadley77@gmail.com",
     frm="Tom Hadley <tomhadley77@gmail.com>", to=STUDIO_TO, subject="delete me",
     date=D(2024, 2, 14, 8, 2, 55, style="gmt"),
     body="""Please wipe everything you hold on me - contact details, the headshots from last year, invoices too if you're allowed to. I'm closing down my acting profile and want nothing left lying around. Confirm when done.

Tom

Sent from my iPhone
""", notes="terse UK erasure; Date in GMT")

mail(lang="en", dsar=True, rights=["withdraw_consent"], name="Priya Raman", email="priya.raman.model@outlook.com",
     frm="Priya Raman <priya.raman.model@outlook.com>", to=LOTTE, subject="Instagram posts from the Atomium shoot",
     date=D(2024, 3, 2, 13, 40, 11, "+0100"), html=True,
     body="""Hello Lotte,

Last spring I did a TFP session with you near the Atomium and I signed the release so you could use the pictures for your portfolio. At the time that was totally fine, but I've since signed with an agency and they're strict about what is out there of me.

I don't want those pictures used anymore. Can you take down the three posts on your Instagram (screenshot attached so you know which ones) and the gallery page on your website? You can keep your own copies for your archive, I just don't want them shown publicly.

Sorry for the hassle and thanks for understanding,
Priya
""", atts=[A("Screenshot_20240302-133512.png", "image/png", False, png(3))],
     notes="model withdraws portfolio/Instagram consent; explicitly NOT erasure ('keep your own copies'); screenshot attachment (not ID); plain+HTML")

mail(lang="en", dsar=True, rights=["objection"], name="Gareth Pryce", email="g.pryce@btinternet.com",
     frm="Gareth Pryce <g.pryce@btinternet.com>", to=STUDIO_TO, subject="STOP the emails",
     date=D(2024, 3, 11, 7, 15, 40, "+0000"),
     body="""This is the fourth 'spring mini-session' mail in two weeks. I had ONE passport photo taken at your place in 2022 and somehow I'm on your mailing list. I never ticked anything.

Take me off it. No more offers, no more 'we miss you' emails, nothing. The unsubscribe link at the bottom goes to a page that just spins.

G. Pryce
""", notes="angry newsletter objection; 'passport photo' is not an ID attachment; signature 'G. Pryce', display name used")

mail(lang="en", dsar=True, rights=["rectification"], name="Siobhan Kearney-Walsh", email="siobhan.kw@gmail.com",
     frm="Siobhan Kearney-Walsh <siobhan.kw@gmail.com>", to=LOTTE, subject="Couple of corrections",
     date=D(2024, 3, 19, 20, 1, 9, "+0100", style="cet"), crlf=True,
     body="""Hi there,

Two small things after our newborn session:

1. On the blog post you tagged me as 'Siobhan Kearney' - it's Kearney-Walsh, double-barrelled, could you fix it?
2. Your records still have my old work address (s.kearney@dunmore-logistics.ie). I left that job, so please change it to this one so the gallery reminders reach me.

Oh and my phone number changed as well, it's +32 470 55 81 20 now.

Thanks!
Siobhan
""", notes="rectification of name, e-mail, phone; old work address in body is not the requester address; Date with (CET) comment; CRLF")

mail(lang="en", dsar=True, rights=["portability"], name="Hannah Whitfield", email="hannah.whitfield@protonmail.com",
     frm="Hannah Whitfield <hannah.whitfield@protonmail.com>", to=LOTTE,
     subject="Moving our family's account to another photographer",
     date=D(2024, 3, 21, 19, 22, 7, "+0100"),
     body="""Dear Lotte,

We're moving to Leuven in the summer and will be using a photographer there for the kids' yearly shoots. She asked if I could bring over our history: dates of sessions, the packages we had, the kids' names and birthdays you keep for the birthday reminders, and the delivered images.

Is there a way you could export that in something she can load into her own system - a CSV or spreadsheet for the details is fine, plus the full-size files? Or if it's easier, send it directly to her at studio@fotografie-vandamme.be.

Many thanks for all the lovely sessions,
Hannah Whitfield
""", notes="portability incl. direct transfer; third-party address in body is not the requester")

mail(lang="en", dsar=True, rights=["restriction"], name="Claire Donnelly", email="claire.donnelly@icloud.com",
     frm="Claire Donnelly <claire.donnelly@icloud.com>", to=LOTTE,
     subject="Our wedding photos - please don't delete anything yet",
     date=D(2024, 4, 5, 10, 3, 19, "+0200"), mailer="iPhone Mail (21E236)",
     body="""Hi Lotte,

This is awkward. My husband and I are separating and there's a disagreement about the wedding photos and the album (who paid, who gets what). My solicitor has asked me to make sure nothing gets lost in the meantime.

So please don't delete the gallery or the files or the emails between us, but please also don't use any of the wedding pictures anymore - no website, no Instagram, no sending copies to him or anyone else - until this is sorted. I'll let you know when it's settled.

Sorry to drag you into this.
Claire
""", notes="restriction (keep but stop using during dispute); the 'no website/Instagram' part is part of the restriction, not withdraw_consent")

mail(lang="en", dsar=True, rights=["access"], name="Oliver Brannigan", email="oliver.brannigan@fastmail.co.uk",
     frm="Oliver Brannigan <oliver.brannigan@fastmail.co.uk>", to=STUDIO_TO,
     subject="Subject Access Request – Oliver Brannigan",
     date=D(2024, 1, 15, 9, 0, 0, "+0000"),
     body="""Dear Sir or Madam,

Subject access request under Article 15 of the General Data Protection Regulation (EU) 2016/679

I am writing to make a subject access request for all personal data concerning me that Studio Bleuzand processes, as I am entitled to under Article 15 GDPR.

Please provide:
- confirmation of whether or not you process personal data about me;
- a copy of that personal data (Article 15(3));
- the purposes of the processing, the categories of data, the recipients, the retention period, and the source of the data where it was not collected from me;
- information about the existence of automated decision-making, including profiling (Article 22).

For the avoidance of doubt, I remind you of my further rights to rectification (Article 16), erasure (Article 17), restriction (Article 18), data portability (Article 20) and to object (Article 21); I am not exercising those rights at this time.

You must respond without undue delay and in any event within one month of receipt (Article 12(3)). To help you locate my data: I was photographed in May 2022 (corporate headshots at the Brussels office of Kestrel Advisory). A copy of my passport is attached as proof of identity.

If I do not receive a response within the statutory period, I reserve the right to lodge a complaint with the Belgian Data Protection Authority and to seek a judicial remedy.

Yours faithfully,

Oliver Brannigan
14 Linden Grove
Reading RG1 7QT
United Kingdom
""", atts=[A("passport_O_Brannigan.pdf", "application/pdf", True, pdf("passport specimen"))],
     notes="generator-style formal letter listing Art. 15-22 but asking access only; passport PDF is ID")

mail(lang="en", dsar=True, rights=["erasure", "objection"], name="Rebecca Lindqvist", email="r.lindqvist@mailbox.org",
     frm="Rebecca Lindqvist <r.lindqvist@mailbox.org>", to=STUDIO_TO,
     subject="Request for erasure (Art. 17 GDPR) and objection to direct marketing (Art. 21(2))",
     date=D(2024, 1, 23, 14, 31, 52, "+0100"), crlf=True, cte="quoted-printable",
     body="""To the data controller,

I hereby request, pursuant to Article 17(1) of the General Data Protection Regulation, the erasure without undue delay of all personal data relating to me, including but not limited to my contact details, booking records, correspondence and any images in which I am identifiable.

In addition, and with immediate effect, I object under Article 21(2) and (3) GDPR to any processing of my personal data for direct marketing purposes, including your e-mail newsletter.

Where you have disclosed my data to third parties (for example your mailing-list provider or print lab), I request that you inform them of this erasure in accordance with Article 19 GDPR.

Please confirm in writing, within one month as required by Article 12(3), that these requests have been carried out. Should you consider that a legal obligation prevents full erasure (e.g. accounting records), please specify which data are retained, on what basis and for how long.

I reserve the right to lodge a complaint with the competent supervisory authority.

Kind regards,
Rebecca Lindqvist
Rue Gachard 88, 1050 Ixelles
""", notes="formal letter, two rights; Art. 19 notification is not a separate right; QP, CRLF")

mail(lang="en", dsar=True, rights=["erasure", "withdraw_consent"], name="Ella Fitzgerald", email="mark.fitzgerald@gmail.com",
     frm="Mark Fitzgerald <mark.fitzgerald@gmail.com>", to=LOTTE, subject="Photos of my daughter Ella",
     date=D(2024, 3, 17, 22, 48, 30, "+0100"),
     body="""Hi Lotte,

You photographed my daughter Ella Fitzgerald (yes, really - she's 13 and sick of the jokes) at the dance school showcase in November, and some of those pictures are now on your website under 'Events' and on your Facebook page. Her mum signed the school's photo consent form at the time, but Ella is getting comments at school and we've both agreed we want them gone.

So as her parents we withdraw that consent: please remove every photo of Ella from the website and Facebook, and then delete the pictures and any details you have about her (name, age, class) from your files altogether. The school doesn't need copies.

Thanks, and let me know when it's done.
Mark Fitzgerald
(Ella's dad)
""", notes="parent acting for a 13-year-old. requester_name = data subject (the child, as README defines it); requester_email = the parent's From (the child has no address in the mail)")

mail(lang="en", dsar=True, rights=["access", "portability"], name="Lukas Brennan", email="lukasbrennan@hotmail.co.uk",
     frm="Studio Bleuzand website <noreply@bleuzand.be>", to=STUDIO_TO,
     subject="New contact form submission: Data request",
     date=D(2024, 4, 10, 11, 26, 45, "+0200"),
     body="""You have a new message from the contact form on bleuzand.be

Name: Lukas Brennan
E-mail: lukasbrennan@hotmail.co.uk
Phone: +44 7700 900412
Subject: Data request
Message:
Hi, I had a couple's shoot with you in 2023. Could you send me a copy of everything you store about me, and also the data itself in a machine-readable file (CSV or JSON is fine) so I can keep it myself? Cheers, Lukas

--
This e-mail was sent from a contact form on Studio Bleuzand (https://www.bleuzand.be)
""", notes="contact-form notification from noreply, no Reply-To; requester in body fields")

mail(lang="en", dsar=True, rights=["objection"], name="Fiona McAllister", email="fiona.mcallister@yahoo.ie",
     frm="Jonas De Wilde <jonas@bleuzand.be>", to=LOTTE, subject="Fwd: marketing emails",
     date=D(2024, 4, 25, 9, 12, 4, "+0200"),
     body="""Lotte, this came in on my address by mistake, can you handle it? I think it's the newsletter thing again.
J.

---------- Forwarded message ---------
From: Fiona McAllister <fiona.mcallister@yahoo.ie>
Date: Wed, 24 Apr 2024 at 21:40
Subject: marketing emails
To: <jonas@bleuzand.be>


Hello,

I'm still receiving your newsletter, and your Facebook ads keep following me around since I visited your site once. I don't want my email address used for promotion of any kind and I don't want to be in your custom audiences either. Please stop.

Fiona McAllister
""", notes="Gmail-style forward by studio assistant; requester is the original sender inside the forward")

mail(lang="en", dsar=True, rights=["objection", "withdraw_consent"], name="Sam Okafor", email="sam.okafor@gmail.com",
     frm="Sam Okafor <sam.okafor@gmail.com>", to="Lotte | Studio Bleuzand <lotte@bleuzand.be>",
     subject="Re: Your wedding gallery & a small favour",
     date=D(2024, 4, 29, 18, 5, 33, "+0100"),
     body="""Hi Lotte,

Thanks for checking. Honestly we'd rather you didn't - please take our photos off the website and the 'Real weddings' blog post as well. We've had a rough year and don't want them up anywhere. And could you take us off the mailing list while you're at it, the promo mails just aren't for us.

Sam & Ade

On Fri, 26 Apr 2024 at 10:14, Lotte | Studio Bleuzand <lotte@bleuzand.be> wrote:
> Hi Sam and Ade,
>
> I hope married life is treating you well! I'm updating my portfolio and
> would love to keep featuring a few images from your day on the website.
> If you'd rather I remove them, or if you'd like me to delete your gallery
> and data, just let me know - no problem at all.
>
> Warmly,
> Lotte
""", notes="reply over quoted studio text; 'delete your gallery and data' only in the quote -> no erasure; UK offset +0100 (BST)")

mail(lang="en", dsar=True, rights=["access"], name="Deepa Kulkarni", email="deepa.kulkarni@rediffmail.com",
     frm="Deepa Kulkarni <deepa.kulkarni@rediffmail.com>", to=LOTTE, subject="Reminder: my request from 2 April",
     date=D(2024, 5, 7, 9, 45, 12, "+0530"),
     body="""Dear Ms Verhaeghe,

On 2 April I wrote to you asking for a copy of the personal information your studio holds about me (I had a maternity session with you in 2022 while we were living in Brussels). I have not received any reply, not even an acknowledgement.

I understand you are a small business, but it has now been more than a month. Could you please send me the copy of my data, or at least tell me when I can expect it?

Regards,
Deepa Kulkarni
Pune, India
""", notes="reminder about an earlier access request; India offset")

mail(lang="en", dsar=True, rights=["rectification"], name="Laura Jansen-Murphy", email="laura.jansen.murphy@gmail.com",
     frm="Laura Murphy <laura.murphy@hartwell-consulting.eu>", reply_to="Laura Jansen-Murphy <laura.jansen.murphy@gmail.com>",
     to=LOTTE, subject="Name + address change", date=D(2024, 5, 15, 12, 58, 20, "+0200"),
     mailer="Microsoft Outlook 16.0", html=True,
     body="""Hi Lotte,

Writing from work, so please reply to my personal address (it's set as reply-to).

I got married in March and my surname is now Jansen-Murphy (was Murphy). Could you update your client file and the name on the print order that's still open? Our new address is Kerkstraat 41, 2000 Antwerpen - the old one on Lange Leemstraat is no longer valid.

Thanks so much,
Laura

Laura Jansen-Murphy | Senior Analyst
Hartwell Consulting | Avenue Louise 231, 1050 Brussels
This e-mail and any attachments are confidential and may be privileged. If you are not the intended recipient, please notify the sender and delete this message.
""", notes="work account with Reply-To -> requester_email is Reply-To; name as in Reply-To/signature (new surname); disclaimer mentions 'delete'")

mail(lang="en", dsar=True, rights=["restriction"], name="Agnieszka Wójcik", email="aga.wojcik@wp.pl",
     frm="Agnieszka Wójcik <aga.wojcik@wp.pl>", to=STUDIO_TO, subject="about my photos and data",
     date=D(2024, 5, 23, 16, 20, 0, "+0200"), cte="base64",
     body="""Hello,

I am Agnieszka, I make with you family photos in Mechelen in 2023. Now I have problem with insurance company because of my car accident, and they maybe need prove of the date when photos was taken (I was with the cast on my arm). So please, not delete my photos and my datas now, I need keep everything how it is. But in this time please dont use it for nothing, not for the website, not for advertising. When the case is finish I will write you again.

Thank you very much and sorry for my english
Agnieszka Wójcik
""", notes="non-native writer; restriction (keep, do not use); base64 body")

mail(lang="en", dsar=True, rights=["rectification", "withdraw_consent"], name="Kit Moreau", email="kit.moreau.studio@gmail.com",
     frm="Kit Moreau <kit.moreau.studio@gmail.com>", to=LOTTE, subject="portfolio credits + one set to remove",
     date=D(2024, 5, 31, 23, 11, 48, "+0100"),
     body="""hey Lotte!

two things from the portfolio shoots we did:

- I've changed my professional name, could you credit me as Kit Moreau instead of Katherine Moreau on the site and in the insta captions that tag me? (handle is @kitmoreau now)
- the lingerie set (attached one of them so you know which) - I'm not comfortable having that out there anymore, please take it down everywhere. the other sets can stay up.

thanks babe x
Kit
""", atts=[A("bleuzand_set3_0142.jpg", "image/jpeg", False, jpg(17))],
     notes="model: name credit correction + withdraw consent for one set; portfolio photo attachment (not ID)")

mail(lang="en", dsar=True, rights=["portability"], name="Stefan Haraldsen", email="s.haraldsen@posteo.de",
     frm="Stefan Haraldsen <s.haraldsen@posteo.de>", to=STUDIO_TO,
     subject="Data portability request pursuant to Article 20 GDPR",
     date=D(2024, 6, 3, 8, 30, 0, "+0200", style="noday"),
     body="""Dear Data Protection Officer,

I am a former client of Studio Bleuzand (brand photography, October 2023). Under Article 20 of the General Data Protection Regulation I request that you provide the personal data I have provided to you in a structured, commonly used and machine-readable format.

This request covers in particular: my customer profile, the questionnaire I completed before the shoot, the order history and the image files delivered to me. Where technically feasible, I ask that you transmit these data directly to my new service provider, Nordlys Media AS (data@nordlysmedia.no), in accordance with Article 20(2).

I am not requesting the erasure of my data at this time (Article 17 and Article 20(3) noted). Please respond within one month (Article 12(3) GDPR). Failing a satisfactory response I reserve the right to lodge a complaint with the supervisory authority.

A photograph of my passport is attached for verification.

Yours sincerely,
Stefan Haraldsen
""", atts=[A("IMG_4471.HEIC", "application/octet-stream", True, heic(4))],
     notes="formal portability letter; mentions erasure only to exclude it; passport as .HEIC declared octet-stream; Date without weekday")

# ---- English non-requests (7) ----
mail(lang="en", dsar=False, frm="Bethany Hale <bethanyhale@live.co.uk>", to=LOTTE, subject="RAW files from my shoot",
     date=D(2024, 2, 20, 20, 17, 3, "+0000"),
     body="""Hi Lotte,

Love the edited photos, thank you so much! Quick one - I paid for the 'Full Story' package, which on your price list says 'all files included'. Does that include the RAW files? I'd like all of them, the unedited ones too, so I can have a play with them myself. Happy to pay a transfer fee if there is one. WeTransfer or a Dropbox link is fine.

Bethany
""", notes="NON-DSAR: client wants RAW files she paid for (contract/delivery question, not Art. 15/20)")

mail(lang="en", dsar=False, frm="Accounts Payable - Kestrel Advisory <ap@kestrel-advisory.be>", to=STUDIO_TO,
     subject="Invoice 2024-017 sent twice", date=D(2024, 3, 7, 11, 2, 33, "+0100"), mailer="Microsoft Outlook 16.0",
     body="""Dear Studio Bleuzand,

We received invoice 2024-017 (team headshots, 12 February) twice: once by post and once by e-mail under a different number (2024-019, attached). Please delete / cancel the duplicate invoice 2024-019 and send us a credit note so our books match. Payment of 2024-017 was made on 1 March.

Please also note that our purchase order number (PO-88213) must appear on all future invoices.

Kind regards,
Marleen Claes
Accounts Payable
""", atts=[A("2024-019.pdf", "application/pdf", False, pdf("invoice 2024-019"))],
     notes="NON-DSAR: 'delete the duplicate invoice' is bookkeeping; PDF invoice attachment")

mail(lang="en", dsar=False, frm="Mail Delivery System <MAILER-DAEMON@mx2.bleuzand.be>", to="newsletter@bleuzand.be",
     subject="Undelivered Mail Returned to Sender", date=D(2024, 3, 14, 10, 0, 41, "+0100"),
     extra=[("Auto-Submitted", "auto-replied")],
     body="""This is the mail system at host mx2.bleuzand.be.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

                   The mail system

<jeroen.vdbroeck@skynet.be>: host mx.skynet.be[195.238.20.10] said: 550 5.1.1
    <jeroen.vdbroeck@skynet.be>: Recipient address rejected: User unknown
    (in reply to RCPT TO command)

--- Original message headers and start of body ---
From: Studio Bleuzand <newsletter@bleuzand.be>
To: jeroen.vdbroeck@skynet.be
Subject: Spring mini-sessions are back! (and a note on your privacy)

Hi Jeroen, our spring mini-sessions are back from 6 April ...
You receive this newsletter because you are a client of Studio Bleuzand.
You can unsubscribe, ask for a copy of your data or ask us to delete it at
any time by replying to this e-mail.
""", notes="NON-DSAR: newsletter bounce; privacy wording only in the studio's own bounced text")

mail(lang="en", dsar=False, frm="Nadia Hussain <nadia.h.mua@gmail.com>", to=LOTTE, subject="model release for the styled shoot?",
     date=D(2024, 4, 16, 14, 51, 26, "+0200"),
     body="""Hi Lotte!

So excited for the styled shoot on the 22nd. Do I need to sign a model release for it? And what happens with my consent if a magazine picks up the photos later - can I still say no at that point, or is it signed away for good? Just want to understand it before I sign anything.

Also, is it ok if my boyfriend comes along to drive me? He'll wait outside.

Nadia x
""", notes="NON-DSAR: questions about a model release and future consent; no request to act")

mail(lang="en", dsar=False, frm="Peter Vandenbroucke <peter.vandenbroucke@kestrel-advisory.be>", to=STUDIO_TO,
     subject="Automatic reply: Your headshots are ready to download", date=D(2024, 3, 22, 4, 12, 55, "-0400"),
     extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
     body="""Thank you for your e-mail. I am out of the office until 2 April with limited access to e-mail.

For urgent matters, please contact office@kestrel-advisory.be.
For questions about personal data, or requests to access or delete data, please contact privacy@kestrel-advisory.be.

Kind regards,
Peter Vandenbroucke
""", notes="NON-DSAR: out-of-office with privacy/access/delete wording; US offset")

mail(lang="en", dsar=False, frm="GDPR Shield Compliance <info@gdpr-shield-audit.com>", to="lotte@bleuzand.be",
     subject="Lotte, is your photo studio GDPR-compliant? Fines up to €20 million", date=(None, None), html_only=True,
     body="""<html><body>
<p>Dear Business Owner,</p>
<p>Photographers process <b>personal data</b> every single day: faces, children, addresses, bank details.
Under the GDPR your clients can demand access, erasure or a copy of their data at any time &ndash; and you
must answer within 30 days or risk fines of up to &euro;20,000,000.</p>
<p>Are you ready? Book your <a href="https://gdpr-shield-audit.com/free">FREE 15-minute compliance audit</a> today
and receive our template "Right to be Forgotten" response letter.</p>
<p style="font-size:10px">You receive this e-mail because your business is publicly listed.
To stop receiving our messages and have your data deleted, <a href="https://gdpr-shield-audit.com/unsub">click here</a>.</p>
</body></html>
""", notes="NON-DSAR: spam about GDPR; HTML only; Date header missing -> received null")

mail(lang="en", dsar=False, frm="Ciarán Doyle <ciaran.doyle84@gmail.com>", to=STUDIO_TO, subject="Family shoot in June - a few questions",
     date=D(2024, 5, 18, 7, 33, 21, "+0200"),
     body="""Hello,

We'd like to book a family session for the four of us (two kids, 4 and 9). Do you have any Saturday mornings free in June?

Our eldest has some health stuff going on, so we're quite private as a family - would it be possible that none of the photos go on your website or social media? We'd sign whatever you need for that. And how long do you keep the online gallery before it's deleted?

Thanks,
Ciarán
""", notes="NON-DSAR: booking enquiry with an advance privacy preference and a retention question")

# =====================================================================
# FRENCH (25)
# =====================================================================

mail(lang="fr", dsar=True, rights=["access"], name="Karim Benali", email="karim.benali@skynet.be",
     frm="Karim Benali <karim.benali@skynet.be>", to=STUDIO_TO, subject="question sur mes infos",
     date=D(2024, 1, 8, 18, 42, 10, "+0100"),
     body="""Bonjour,

J'ai fait des photos d'identite et un shooting pro chez vous l'annee passee (pour mon CV). Je voudrais savoir ce que vous gardez exactement comme infos sur moi : nom, adresse, numero, les photos, les factures, tout ca. Est-ce que vous pouvez m'envoyer une copie de ce que vous avez ?

Merci d'avance
Karim
""", notes="Brussels, no accents; plain access request; 'photos d'identite' is not an attachment")

mail(lang="fr", dsar=True, rights=["erasure"], name="Sandrine Lefort", email="sandrine.lefort@orange.fr",
     frm="Sandrine Lefort <sandrine.lefort@orange.fr>", to=STUDIO_TO, subject="Suppression",
     date=D(2024, 1, 30, 23, 58, 1, "+0100"), charset="windows-1252",
     body="""Bonsoir,

Je vous demande de supprimer TOUTES les données que vous avez sur moi. Mon dossier client, mon adresse, mes photos, mon numéro. Tout. Je ne veux plus avoir affaire à votre studio après ce qui s'est passé au shooting de décembre.

Merci de me confirmer par écrit quand c'est fait.

S. Lefort
""", notes="France, angry erasure; windows-1252")

mail(lang="fr", dsar=True, rights=["withdraw_consent"], name="Inès Vandermeulen", email="ines.vdm@gmail.com",
     raw_from="=?iso-8859-1?Q?In=E8s_Vandermeulen?= <ines.vdm@gmail.com>", to=LOTTE, subject="Mes photos sur Instagram",
     date=D(2024, 2, 14, 12, 9, 44, "+0100"),
     body="""Coucou Lotte,

J'espère que tu vas bien ! Je t'écris un peu gênée… Tu te souviens du shooting en studio en septembre pour mon book ? J'avais dit oui pour que tu les postes, mais finalement je préfère qu'elles ne soient plus en ligne : je postule pour des boulots dans l'enseignement et je n'ai pas trop envie qu'on tombe dessus.

Tu pourrais retirer les photos de ton compte Instagram et de la page « Portraits » de ton site ? Je t'ai mis une capture d'écran des publications concernées. Tu peux garder les fichiers de ton côté, pas de souci.

Merci mille fois et encore désolée,
Inès
""", atts=[A("Capture d’écran 2024-02-14 à 11.58.32.png", "image/png", False, png(7))],
     notes="withdraw consent for Instagram/site; keeps files -> no erasure; iso-8859-1 Q display name; non-ASCII attachment filename (RFC 2231); screenshot not ID")

mail(lang="fr", dsar=True, rights=["objection"], name="Jean-Marc Dethier", email="jmdethier@hotmail.com",
     frm="Jean-Marc Dethier <jmdethier@hotmail.com>", to=STUDIO_TO, subject="Vos newsletters",
     date=D(2024, 2, 22, 7, 51, 26, "+0100"), charset="iso-8859-1",
     body="""Madame,

Je reçois depuis plusieurs mois votre lettre d'information (« Les nouvelles du studio », promos Saint-Valentin, etc.). Je n'ai jamais demandé à la recevoir : vous avez dû reprendre mon adresse quand j'ai commandé un bon cadeau pour mon épouse en 2022.

Je vous prie de cesser tout envoi publicitaire à mon adresse, par e-mail comme par courrier.

Salutations,
Jean-Marc Dethier
Namur
""", notes="Wallonia, objection to direct marketing; iso-8859-1 body")

mail(lang="fr", dsar=True, rights=["rectification"], name="Aurélie Gauthier", email="aurelie.gauthier@free.fr",
     frm="Aurélie Gauthier <aurelie.gauthier@free.fr>", to=LOTTE, subject="Erreur dans mon dossier",
     date=D(2024, 3, 1, 10, 15, 0, "+0100"), mailer="Mozilla Thunderbird", 
     body="""Bonjour,

En relisant le contrat pour notre séance grossesse, je vois plusieurs erreurs dans mes coordonnées : mon nom est écrit « Gautier » au lieu de « Gauthier », et la date de naissance indiquée (12/04/1991) est fausse, c'est le 21/04/1991. L'adresse non plus n'est plus la bonne : nous habitons maintenant au 7 rue des Glycines, 59800 Lille.

Pouvez-vous corriger tout ça dans vos fichiers et m'envoyer le contrat mis à jour ?

Bien à vous,
Aurélie Gauthier
""", notes="France, rectification; 'envoyer le contrat mis à jour' is not an access request")

mail(lang="fr", dsar=True, rights=["portability"], name="Thomas Lambert", email="thomas.lambert.brand@gmail.com",
     frm="Thomas Lambert <thomas.lambert.brand@gmail.com>", to=LOTTE, subject="Récupérer mon historique",
     date=D(2024, 3, 10, 15, 30, 12, "+0100"), html=True,
     body="""Bonjour Lotte,

Comme je t'en ai parlé au téléphone, je déménage à Montréal et je vais travailler avec un photographe là-bas pour les visuels de ma marque. Est-ce que tu pourrais me sortir toutes les données que je t'ai fournies (brief, moodboards, infos de facturation, historique des commandes) dans un format réutilisable, genre un export CSV ou Excel, avec les fichiers originaux ? Idéalement un lien de téléchargement que je peux lui passer directement.

Merci beaucoup pour ces années de collaboration !
Thomas
""", notes="portability in everyday words; plain+HTML")

mail(lang="fr", dsar=True, rights=["restriction"], name="Mélanie Dupuis", email="melanie.dupuis@outlook.be",
     frm="Mélanie Dupuis <melanie.dupuis@outlook.be>", to=LOTTE, subject="Photos du mariage - ne rien effacer svp",
     date=D(2024, 3, 19, 13, 47, 35, "+0100"), mailer="Microsoft Outlook 16.0", crlf=True,
     body="""Bonjour Madame Verhaeghe,

Je conteste la facture finale de notre reportage de mariage (voir mon mail précédent) et le dossier est maintenant chez un médiateur. Dans l'attente, je vous demande de ne rien supprimer - ni les photos, ni les échanges, ni le contrat - car ce sont des preuves. Par contre, je ne veux pas que vous utilisiez quoi que ce soit nous concernant pendant la médiation : pas de publication, pas de concours, pas d'envoi à des tiers.

Cordialement,
Mélanie Dupuis
""", notes="restriction during dispute (invoice dispute context but a real restriction request); CRLF")

mail(lang="fr", dsar=True, rights=["access"], name="Philippe Renard", email="p.renard@scarlet.be",
     frm="Philippe Renard <p.renard@scarlet.be>", to=STUDIO_TO, subject="Demande d'accès – article 15 du RGPD",
     date=D(2024, 1, 22, 9, 12, 0, "+0100"),
     body="""Madame, Monsieur,

En application de l'article 15 du Règlement général sur la protection des données (RGPD), je vous prie de bien vouloir m'indiquer si des données à caractère personnel me concernant sont traitées par votre studio et, le cas échéant, de m'en communiquer une copie.

Je vous remercie de me préciser également :
– les finalités du traitement ;
– les catégories de données concernées ;
– les destinataires auxquels ces données ont été communiquées ;
– la durée de conservation envisagée ;
– la source des données lorsqu'elles n'ont pas été collectées auprès de moi ;
– l'existence d'une prise de décision automatisée, y compris un profilage.

Je vous rappelle que vous disposez d'un délai d'un mois à compter de la réception de la présente pour répondre (article 12.3 du RGPD). Vous trouverez ci-joint une copie de ma carte d'identité (recto et verso).

À défaut de réponse dans ce délai, je me réserve le droit d'introduire une plainte auprès de l'Autorité de protection des données.

Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Philippe Renard
Avenue des Cerisiers 12
1030 Schaerbeek
""", atts=[A("CI_recto.jpg", "image/jpeg", True, jpg(21)), A("CI_verso.jpg", "image/jpeg", True, jpg(22))],
     notes="generator-style formal access letter; ID card front + back JPEG")

mail(lang="fr", dsar=True, rights=["erasure"], name="Camille Roussel", email="camille.roussel@laposte.net",
     frm="Camille Roussel <camille.roussel@laposte.net>", to=STUDIO_TO,
     subject="Demande d'effacement de données personnelles (art. 17 RGPD)",
     date=D(2024, 2, 8, 16, 44, 9, "+0100", style="cet"), charset="windows-1252",
     body="""Madame, Monsieur,

Conformément à l'article 17 du RGPD, je vous demande d'effacer l'ensemble des données à caractère personnel me concernant que vous détenez, et notamment : mes coordonnées, les informations de ma fiche client, les échanges de courriels et les photographies sur lesquelles j'apparais (séance du 3 juin 2023).

Ces données ne sont plus nécessaires au regard des finalités pour lesquelles elles ont été collectées (article 17.1.a). Si certaines données doivent être conservées en raison d'une obligation légale, je vous remercie de me l'indiquer précisément.

Vous disposez d'un délai d'un mois pour donner suite à ma demande (article 12.3). Je me réserve la possibilité de saisir la CNIL ou l'autorité belge compétente en l'absence de réponse.

Veuillez trouver en pièce jointe un justificatif d'identité.

Camille Roussel
14 bis rue Nationale
37000 Tours
""", atts=[A("piece_identite_Roussel.pdf", "application/pdf", True, pdf("CNI specimen"))],
     notes="France, formal erasure letter; ID as PDF; windows-1252; Date with (CET)")

mail(lang="fr", dsar=True, rights=["rectification", "restriction"], name="Bertrand Collignon", email="b.collignon@skynet.be",
     frm="Bertrand Collignon <b.collignon@skynet.be>", to=STUDIO_TO, subject="RGPD – rectification et limitation du traitement",
     date=D(2024, 3, 13, 11, 20, 45, "+0100"),
     body="""Madame,

Par la présente, j'exerce mon droit de rectification au titre de l'article 16 du RGPD. Dans la légende d'une photo publiée sur votre site (rubrique « Entreprises », portrait d'équipe de la société Hydrobel), je suis présenté comme « directeur commercial » de cette société, ce qui est inexact : j'ai quitté Hydrobel en 2023. Je vous demande de corriger cette mention ainsi que les données de votre fichier client.

Dans l'attente de cette correction, et conformément à l'article 18.1.a du RGPD, je demande la limitation du traitement de ces données : elles ne doivent plus être utilisées ni diffusées tant que leur exactitude n'aura pas été vérifiée.

Je vous rappelle les dispositions de l'article 12.3 (délai d'un mois) et me réserve le droit de saisir l'Autorité de protection des données.

Veuillez agréer, Madame, mes salutations distinguées.

Bertrand Collignon
Rue de Fer 45
5000 Namur
""", notes="formal letter, rectification + restriction pending verification")

mail(lang="fr", dsar=True, rights=["erasure", "withdraw_consent"], name="Lucas Peeters", email="nathalie.peeters@telenet.be",
     frm="Nathalie Peeters <nathalie.peeters@telenet.be>", to=STUDIO_TO, subject="Photos de mon fils Lucas",
     date=D(2024, 4, 6, 10, 5, 27, "+0200"),
     body="""Bonjour,

Vous avez photographié mon fils, Lucas Peeters (9 ans), pendant le stage de foot de Pâques à Woluwe, et je découvre qu'une de ces photos sert maintenant de visuel pour votre offre « Portraits d'enfants » sur votre page Facebook et sur votre site.

Je n'avais donné mon accord que pour l'album du club, pas pour votre publicité. Je retire donc cette autorisation : merci d'enlever immédiatement toutes les photos de Lucas de vos réseaux et de votre site. Je vous demande ensuite d'effacer définitivement les photos et toutes les informations que vous avez sur lui.

Cordialement,
Nathalie Peeters, maman de Lucas
""", notes="parent for a 9-year-old: requester_name = data subject (child); requester_email = mother's From")

mail(lang="fr", dsar=True, rights=["access", "restriction"], name="Julie Marchal", email="s.verstraeten@verstraeten-avocats.be",
     frm="Me Sophie Verstraeten <s.verstraeten@verstraeten-avocats.be>", to=STUDIO_TO,
     subject="V/Réf. : Mme Julie Marchal – N/Réf. : 2024/0412", date=D(2024, 4, 16, 15, 2, 18, "+0200"),
     mailer="Microsoft Outlook 16.0", html=True,
     body="""Madame,

Je vous écris en ma qualité de conseil de Madame Julie Marchal, domiciliée à 1180 Uccle, qui a fait appel à vos services pour un reportage photo lors de son mariage le 17 juin 2023.

Un litige oppose actuellement ma cliente à son ex-conjoint quant à la propriété et à l'utilisation des images réalisées. Dans ce contexte, et au nom de ma cliente :

1. je vous prie de me communiquer une copie de l'ensemble des données à caractère personnel la concernant que vous traitez (contrat, correspondance, fichiers photographiques, données de facturation), conformément à l'article 15 du RGPD ;

2. je vous demande de conserver l'intégralité de ces données et de n'en faire aucun usage, ni aucune communication à quiconque, jusqu'à l'issue de la procédure (article 18 du RGPD). Aucune suppression ne doit intervenir.

Vous trouverez en annexe la procuration signée par ma cliente.

Je vous prie d'agréer, Madame, l'expression de mes sentiments distingués.

Sophie Verstraeten
Avocate au barreau de Bruxelles
Verstraeten Avocats – Chaussée de Waterloo 1151, 1180 Uccle
""", atts=[A("logo_verstraeten.png", "image/png", False, png(11), cid="logo001@verstraeten-avocats.be"),
           A("procuration_Marchal.pdf", "application/pdf", False, pdf("procuration"))],
     notes="lawyer acting for client: requester_name = client (data subject), requester_email = lawyer's From (no client address given); inline signature logo; power of attorney PDF is not an ID")

mail(lang="fr", dsar=True, rights=["objection"], name="Véronique Lemaire", email="vero.lemaire@gmail.com",
     frm="Formulaire bleuzand.be <noreply@bleuzand.be>", reply_to="Véronique Lemaire <vero.lemaire@gmail.com>",
     to=STUDIO_TO, subject="[bleuzand.be] Nouveau message de Véronique Lemaire",
     date=D(2024, 5, 2, 20, 33, 57, "+0200"),
     body="""Nouveau message via le formulaire de contact

Nom : Véronique Lemaire
Courriel : vero.lemaire@gmail.com
Téléphone : 0478 12 34 56
Objet : Désinscription
Message :
Bonjour, je reçois vos mails promotionnels et vos SMS pour les mini-séances alors que je n'ai fait qu'une séance en 2021. Je ne veux plus rien recevoir à but commercial, merci de m'enlever de vos listes. Bonne journée.

J'accepte que mes données soient traitées pour répondre à ma demande : Oui

--
Envoyé depuis https://www.bleuzand.be/contact
""", notes="contact-form notification with Reply-To = requester; consent checkbox label is not a request")

mail(lang="fr", dsar=True, rights=["restriction"], name="Fatima Zahra El Idrissi", email="fz.elidrissi@hotmail.be",
     frm="Jonas De Wilde <jonas@bleuzand.be>", to=LOTTE, subject="TR: Demande concernant mes données",
     date=D(2024, 5, 13, 8, 47, 2, "+0200"), mailer="Mozilla Thunderbird",
     body="""Salut Lotte, je te transfère ça, la dame a aussi appelé ce matin. Elle a l'air assez stressée.
Jonas

-------- Message transféré --------
Sujet : 	Demande concernant mes données
Date : 	Sun, 12 May 2024 21:14:36 +0200
De : 	Fatima Zahra El Idrissi <fz.elidrissi@hotmail.be>
Pour : 	jonas@bleuzand.be


Bonsoir,

Je conteste certaines infos que vous avez sur moi : vous avez noté que j'avais annulé la séance de février, ce qui est faux, c'est vous qui l'avez déplacée, et des frais d'annulation ont été mis sur ma facture. Tant que ce n'est pas clarifié, je vous demande de geler mon dossier : ne l'utilisez pas, ne le transmettez pas à votre comptable ni à une agence de recouvrement, mais ne l'effacez pas non plus.

Merci,
Fatima Zahra El Idrissi
""", notes="Thunderbird-style French forward; requester inside; contested accuracy -> restriction (no explicit correction asked)")

mail(lang="fr", dsar=True, rights=["rectification"], name="Marie-Claire Dubois", email="mcdubois@yahoo.fr",
     frm="Marie-Claire Dubois <mcdubois@yahoo.fr>", to=STUDIO_TO, subject="RE: Votre galerie expire dans 7 jours",
     date=D(2024, 5, 22, 17, 29, 14, "+0200"),
     body="""Bonjour Lotte,

Merci pour le rappel, j'ai téléchargé les photos. Par contre, pouvez-vous modifier mon adresse e-mail dans votre fichier ? Celle-ci (yahoo) va bientôt être fermée, merci d'utiliser dorénavant marieclaire.dubois@proton.me pour tout ce qui me concerne. Mon numéro de téléphone a changé aussi : 0032 485 66 21 09.

Bonne soirée,
Marie-Claire

-----Message d'origine-----
De : Studio Bleuzand <info@bleuzand.be>
Envoyé : lundi 20 mai 2024 09:00
À : mcdubois@yahoo.fr
Objet : Votre galerie expire dans 7 jours

Bonjour Marie-Claire,

Votre galerie en ligne « Famille Dubois – avril 2024 » expirera le 27 mai. Pensez à télécharger vos photos. Après cette date, les fichiers seront supprimés de notre serveur de galeries.

Vous pouvez à tout moment consulter notre politique de confidentialité ou nous demander l'accès à vos données : info@bleuzand.be

Studio Bleuzand
""", notes="reply over Outlook-style quoted studio text (which mentions deletion/access); new address in body is NOT the requester address")

mail(lang="fr", dsar=True, rights=["erasure"], name="Didier Wauters", email="didier.wauters@gmail.com",
     frm="Didier Wauters <didier.wauters@gmail.com>", to=STUDIO_TO, subject="2e rappel - effacement de mes données",
     date=D(2024, 5, 24, 14, 11, 50, "+0200"), html=True,
     body="""Bonjour,

Je vous ai écrit le 15 avril pour vous demander de supprimer mes données (fiche client, photos du shooting corporate, adresse) et je n'ai toujours aucune nouvelle. Ça fait plus de cinq semaines.

Au téléphone, on m'avait dit qu'il fallait une preuve d'identité : je colle ci-dessous une photo de ma carte d'identité. J'attends maintenant une confirmation que tout a été effacé.

Didier Wauters
""", atts=[A("image001.jpg", "image/jpeg", True, jpg(31), cid="image001.jpg@01DAADF2.5C3B1E40")],
     notes="second reminder for erasure; ID card pasted inline (multipart/related, Content-ID)")

mail(lang="fr", dsar=True, rights=["portability"], name="Élodie Marchetti", email="elodie.marchetti@gmail.com",
     frm="Élodie Marchetti <elodie.marchetti@fiduciaire-mosane.be>", reply_to="Élodie Marchetti <elodie.marchetti@gmail.com>",
     to=LOTTE, subject="Export de mes données / photos", date=D(2024, 5, 27, 12, 40, 33, "+0200"),
     body="""Bonjour Lotte,

Je t'écris du bureau, mais réponds plutôt sur mon adresse perso (gmail), je n'ai pas accès à celle-ci le week-end.

Pourrais-tu me transmettre l'ensemble des données que je t'ai fournies - fiche client, questionnaire, historique des séances et les photos livrées - dans un format structuré et standard (un fichier CSV ou JSON pour les infos, et les JPEG en pleine résolution) ? Je veux les réimporter dans l'appli de mon nouveau photographe.

Merci !
Élodie

--
Élodie Marchetti
Collaboratrice comptable | Fiduciaire Mosane SRL
Ce message et ses pièces jointes sont confidentiels. Si vous l'avez reçu par erreur, merci de le supprimer et d'en avertir l'expéditeur.
""", notes="work account with Reply-To (personal gmail) -> requester_email = Reply-To; disclaimer mentions 'supprimer'")

mail(lang="fr", dsar=True, rights=["withdraw_consent"], name="Bram Claeys", email="bram.claeys@telenet.be",
     frm="Bram Claeys <bram.claeys@telenet.be>", to=STUDIO_TO, subject="foto's website",
     date=("Thu, 30 May 2024 25:14:00 +0200", None),
     body="""Bonjour Madame,

Excusez mon français, je suis néerlandophone. Vous avez fait les photos de notre équipe de volley à Halle l'année passée et je suis sur plusieurs photos sur votre site web (page sport). Au debut c'était d'accord pour moi mais maintenant je ne veux plus que vous montrez les photos avec moi dessus. Est-ce que vous pouvez les enlever s'il vous plait ? Les photos sans moi peuvent rester.

Merci beaucoup et bonne journée,
Bram Claeys
""", notes="Flemish writer in French (subject in Dutch, body French -> language fr); withdraw consent for website; malformed Date (hour 25) -> received null")

mail(lang="fr", dsar=True, rights=["portability", "objection"], name="Christiane Hautecoeur", email="christiane.hautecoeur@skynet.be",
     frm="Christiane Hautecoeur <christiane.hautecoeur@skynet.be>", to=STUDIO_TO, subject="Changement de photographe (et vos mails)",
     date=D(2024, 6, 1, 9, 58, 43, "+0200"), cte="8bit",
     body="""Bonjour Madame Lotte,

Je me permets de vous écrire car je ne sais pas trop comment faire autrement. Comme vous le savez peut-être, ma belle-fille a repris le petit studio photo de Dinant (celui près de la collégiale) et forcément, pour les photos de famille, on va maintenant aller chez elle, vous comprendrez, ce n'est rien contre vous, vos photos de la communion de Manon étaient magnifiques et tout le monde en parle encore.

Elle me demande si vous pourriez lui faire parvenir notre dossier, c'est-à-dire les infos que vous avez sur nous et les photos des séances, dans un format qu'elle peut ouvrir sur son ordinateur (elle parle de fichier CSV, je n'y connais rien). Son adresse c'est contact@studio-collegiale.be.

Et une autre chose, pendant que j'y suis : je reçois toutes les semaines vos publicités par mail, ça ne sert plus à rien maintenant, alors je préfère ne plus les recevoir.

Avec mes remerciements et bien le bonjour à votre maman,
Christiane Hautecoeur
Bouvignes
""", notes="rambling Wallonia mail: portability (transfer to new photographer) + objection to marketing; third-party address in body; 8bit")

# ---- French non-requests (6) ----
mail(lang="fr", dsar=False, frm="Julien Mathieu <julien.mathieu.88@gmail.com>", to=STUDIO_TO,
     subject="Demande de disponibilité – mariage 14 septembre 2024", date=D(2024, 1, 9, 21, 3, 47, "+0100"),
     body="""Bonjour,

Laura et moi nous marions le samedi 14 septembre 2024 au Château de la Hulpe (cérémonie à 14h, soirée jusqu'à 1h). Seriez-vous disponible ce jour-là, et pourriez-vous nous envoyer vos formules et tarifs pour un reportage complet ?

On aimerait aussi savoir comment vous gérez la confidentialité : nous ne souhaitons pas que nos photos soient publiées sur internet. Est-ce possible de le mettre dans le contrat ? Et combien de temps gardez-vous les fichiers après la livraison ?

Merci et belle soirée,
Julien
""", notes="NON-DSAR: wedding booking with confidentiality/retention questions")

mail(lang="fr", dsar=False, frm="Sophie Lambotte <sophie.lambotte@gmail.com>", to=LOTTE, subject="Fichiers HD manquants",
     date=D(2024, 2, 26, 10, 20, 0, "+0100"),
     body="""Bonjour,

J'ai bien reçu la galerie, merci ! Par contre les fichiers téléchargeables sont en basse définition (1200 px de large, voir capture) alors que j'ai payé le forfait « Premium » avec fichiers HD et droits d'impression. Pouvez-vous m'envoyer toutes les photos en haute résolution, y compris celles qui n'ont pas été retouchées ?

Merci d'avance,
Sophie
""", atts=[A("galerie_basse_def.png", "image/png", False, png(5))],
     notes="NON-DSAR: client asks for the HD/unretouched files she paid for; screenshot attachment")

mail(lang="fr", dsar=False, frm="Gérald Mahieu <gerald.mahieu@mahieu-toitures.be>", to=STUDIO_TO,
     subject="Facture 2024-041 – erreur de TVA", date=D(2024, 4, 17, 8, 15, 31, "+0200"), charset="windows-1252",
     body="""Bonjour,

Votre facture 2024-041 (photos du chantier pour notre site web) est établie à mon nom personnel et sans notre numéro de TVA, notre comptable ne peut donc pas la déduire.

Merci d'annuler cette facture et d'en établir une nouvelle au nom de Mahieu Toitures SRL, TVA BE 0712.345.678, rue du Moulin 3, 6000 Charleroi. Vous pouvez supprimer l'ancienne de votre côté, notre comptable l'a déjà rejetée.

Bien cordialement,
Gérald Mahieu
""", notes="NON-DSAR: invoice correction for a company (cancel/delete old invoice); not a rectification of personal data")

mail(lang="fr", dsar=False, frm="Anne-Sophie Delvaux <as.delvaux@ecole-sainte-marie-jette.be>", to=STUDIO_TO,
     subject="Réponse automatique : Photos de classe – bons de commande", date=D(2024, 4, 22, 6, 0, 2, "+0000"),
     extra=[("Auto-Submitted", "auto-replied")],
     body="""Bonjour,

Je suis absente du 22 au 30 avril inclus (vacances scolaires). Votre message ne sera pas transféré.

Pour toute demande relative à la protection des données des élèves (droit à l'image, accès, rectification, effacement), veuillez contacter la direction : direction@ecole-sainte-marie-jette.be.

Anne-Sophie Delvaux
Secrétariat – École Sainte-Marie Jette
""", notes="NON-DSAR: school out-of-office listing data-protection rights")

mail(lang="fr", dsar=False, frm="Conformité RGPD Express <contact@rgpd-express-pro.fr>", to="info@bleuzand.be",
     subject="Dernier rappel : votre studio risque une amende CNIL", date=D(2024, 3, 6, 13, 14, 15, "+1100"), html_only=True,
     body="""<html><body>
<p>Madame, Monsieur,</p>
<p>Votre studio photo détient-il un <b>registre des traitements</b> à jour ? Vos clients peuvent à tout moment exiger
l'accès, la rectification ou l'effacement de leurs données, et le droit à l'image est la première source de plaintes.</p>
<p>Sans mise en conformité, vous vous exposez à des sanctions pouvant atteindre 4&nbsp;% de votre chiffre d'affaires.</p>
<p><a href="https://rgpd-express-pro.fr/diagnostic">Diagnostic gratuit en 10 minutes</a></p>
<p style="font-size:9px">Pour ne plus recevoir nos messages et demander la suppression de vos données, <a href="https://rgpd-express-pro.fr/stop">cliquez ici</a>.</p>
</body></html>
""", notes="NON-DSAR: French GDPR-compliance spam; HTML only; Australian-style +1100 offset")

mail(lang="fr", dsar=False, frm="Karine Jacquemin <karine.jacquemin@hotmail.com>", to=LOTTE,
     subject="Autorisation droit à l'image pour ma fille", date=D(2024, 4, 12, 19, 44, 5, "+0200"),
     body="""Bonjour,

Ma fille Zoé (16 ans) a été retenue pour le shooting « Ado & Style » du mois prochain, elle est ravie ! Vous m'avez envoyé le formulaire de cession de droit à l'image : est-ce que c'est moi qui dois le signer, ou elle, ou nous deux ?

Et si on signe, est-ce qu'on pourra retirer l'accord plus tard si elle change d'avis ? Je voudrais juste comprendre avant de renvoyer le document.

Merci beaucoup,
Karine Jacquemin
""", notes="NON-DSAR: model release question by a parent; asks whether consent can be withdrawn later, does not withdraw")


# =====================================================================
def msgid(n, frm):
    dom = "mail.gmail.com"
    if frm and "@" in frm:
        dom = frm.rsplit("@", 1)[1].strip(">").strip()
    h = hashlib.sha1(f"{n}-{frm}".encode()).hexdigest()[:20].upper()
    return f"<{h}.{n:04d}@{dom}>"


def to_html(text):
    import html as h
    paras = text.strip().split("\n\n")
    return "<html><body>" + "".join("<p>" + h.escape(p).replace("\n", "<br>") + "</p>" for p in paras) + "</body></html>\n"


def build(n, m):
    msg = EmailMessage()
    raw = []  # raw header lines prepended verbatim
    if m.get("raw_from"):
        raw.append(("From", m["raw_from"]))
    else:
        msg["From"] = m["frm"]
    msg["To"] = m["to"]
    if m.get("reply_to"):
        msg["Reply-To"] = m["reply_to"]
    msg["Subject"] = m["subject"]
    msg["Message-ID"] = msgid(n, m.get("frm") or m.get("raw_from"))
    if m.get("mailer"):
        hname = "User-Agent" if "Thunderbird" in m["mailer"] else "X-Mailer"
        msg[hname] = m["mailer"]
    for k, v in m.get("extra", []):
        msg[k] = v
    charset = m.get("charset", "utf-8")
    cte = m.get("cte")
    atts = m.get("atts", [])
    inline = [a for a in atts if a["cid"]]
    attached = [a for a in atts if not a["cid"]]
    if m.get("html_only"):
        msg.set_content(m["body"], subtype="html", charset=charset, cte=cte or "quoted-printable")
    else:
        msg.set_content(m["body"], charset=charset, cte=cte) if cte else msg.set_content(m["body"], charset=charset)
        if m.get("html") or inline:
            html = to_html(m["body"])
            if inline:
                imgs = "".join(f'<p><img src="cid:{a["cid"]}" alt=""></p>' for a in inline)
                html = html.replace("</body>", imgs + "</body>")
            msg.add_alternative(html, subtype="html", charset=charset)
            if inline:
                hp = msg.get_payload()[1]
                for a in inline:
                    mt, st = a["ctype"].split("/")
                    hp.add_related(a["data"], mt, st, cid=f"<{a['cid']}>", filename=a["filename"], disposition="inline")
    for a in attached:
        mt, st = a["ctype"].split("/")
        msg.add_attachment(a["data"], mt, st, filename=a["filename"])
    if m["date"][0] is not None:
        raw.insert(0, ("Date", m["date"][0]))
    k = 0
    for part in msg.walk():
        if part.get_content_maintype() == "multipart":
            k += 1
            part.set_boundary(f"----=_Part_{n:04d}_{k}_{hashlib.md5(f'{n}/{k}'.encode()).hexdigest()[:12]}")
    linesep = "\r\n" if m.get("crlf") else "\n"
    body = msg.as_bytes(policy=policy.default.clone(linesep=linesep))
    head = "".join(f"{k}: {v}{linesep}" for k, v in raw).encode("ascii")
    # order of attachments as a reader walks the MIME tree: inline parts live inside
    # the HTML alternative, which comes before the mixed attachments
    order = inline + attached
    return head + body, order


def main():
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        if f.endswith((".eml", ".json")):
            os.remove(os.path.join(OUT, f))
    for i, m in enumerate(MAILS, 1):
        data, order = build(i, m)
        name = f"{i:04d}"
        with open(os.path.join(OUT, name + ".eml"), "wb") as fh:
            fh.write(data)
        dsar = m["dsar"]
        gt = {
            "file": name + ".eml",
            "is_dsar": dsar,
            "rights": m.get("rights", []) if dsar else [],
            "language": m["lang"],
            "requester_name": m.get("name") if dsar else None,
            "requester_email": m.get("email") if dsar else None,
            "received": m["date"][1],
            "attachments": [{"filename": a["filename"], "content_type": a["ctype"], "is_id_document": a["is_id"]} for a in order],
            "notes": m.get("notes", ""),
        }
        with open(os.path.join(OUT, name + ".json"), "w", encoding="utf-8") as fh:
            json.dump(gt, fh, ensure_ascii=False, indent=2)
            fh.write("\n")
    print(f"wrote {len(MAILS)} mails to {OUT}")


if __name__ == "__main__":
    main()
