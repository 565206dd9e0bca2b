#!/usr/bin/env python3
"""Build 50 hand-written English test mails for a NL/BE photo studio mailbox (stdlib only)."""
import json, os, glob
from email.message import EmailMessage
from email import policy, utils
from email.headerregistry import Address

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "mails")
ZL = ("Studio Zilverlicht", "info@studiozilverlicht.nl")      # Haarlem, Maartje Kooistra
BN = ("Beeldhuis Noor", "noor@beeldhuisnoor.be")               # Antwerpen, Noor Verbeeck
WK = ("Fotografie De Wolkenkamer", "contact@dewolkenkamer.nl")  # Leiden, Joost Brinkman
FORM_ZL = "noreply@studiozilverlicht.nl"
FORM_WK = "website@dewolkenkamer.nl"

JPG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00placeholder\xff\xd9"
PNG = b"\x89PNG\r\n\x1a\nplaceholder"
PDF = b"%PDF-1.4\n% placeholder\n%%EOF\n"
HEIC = b"\x00\x00\x00\x18ftypheic placeholder"
BYTES = {"image/jpeg": JPG, "image/png": PNG, "application/pdf": PDF,
         "image/heic": HEIC, "application/octet-stream": HEIC}

M = []
def add(**kw):
    M.append(kw)

# ---------------------------------------------------------------- DSARs
add(frm=("Aoife Gallagher", "aoife.gallagher88@gmail.com"), to=ZL,
    subject="Quick question about my info",
    date="Mon, 3 Mar 2025 09:14:22 +0000",
    body="""Hi Maartje,

Hope you're keeping well! You did my headshots back in the autumn of 2023 (the ones with the green
coat, you might remember, it was lashing rain that day).

I'm doing a bit of a clean-up of my online life and I'd love to know what you actually still have
on file about me. Like my contact details, the questionnaire I filled in, the photos themselves,
anything you've shared with the printer or whoever. Could you send me an overview or a copy of it?

No rush at all, and thanks a million.

Aoife""",
    dsar=True, rights=["access"], name="Aoife Gallagher", email="aoife.gallagher88@gmail.com",
    notes="plain access request, no legal words, Irish writer")

add(frm=("Tomasz Wierzbicki", "t.wierzbicki@outlook.com"), to=BN, subject="delete",
    date="Sat, 15 Feb 2025 23:41:07 +0100",
    body="""Delete everything you have about me. Everything. Name, phone, pictures, the emails.
I dont want to be in any system of yours anymore after how the last shoot went.

T. Wierzbicki""",
    dsar=True, rights=["erasure"], name="Tomasz Wierzbicki", email="t.wierzbicki@outlook.com",
    notes="terse angry erasure, non-native, missing apostrophe")

add(frm=("Kezia Marsh", "keziamarsh.model@gmail.com"), to=WK,
    subject="my photos on your insta + site",
    date="Thu, 9 Jan 2025 14:02:55 +0100",
    body="""Hey Joost,

Sorry to be awkward about this. I did the TFP portfolio shoot with you last spring and I was happy for
you to use the pictures at the time, but I've signed with an agency now and they really don't want
old test shots floating around.

Could you take my photos off your Instagram and off the portfolio page on your website? I'm not
asking you to bin the files, just stop showing them publicly.

Thanks so much, and sorry again!
Kezia""",
    dsar=True, rights=["withdraw_consent"], name="Kezia Marsh", email="keziamarsh.model@gmail.com",
    notes="model withdraws consent for portfolio/Instagram; explicitly NOT erasure")

add(frm=("Graham Pettifer", "graham.pettifer@btinternet.com"), to=ZL,
    subject="Newsletter - please stop",
    date="Tue, 18 Mar 2025 07:55:10 +0000",
    body="""Good morning,

I keep receiving your monthly newsletter about mini-sessions and Christmas portraits. I attended one
wedding you photographed (my nephew's) and have never been a client myself.

I have clicked the unsubscribe link at the bottom twice and it just gives me a blank page. Please
take me off the mailing list and don't send me any more promotional e-mails.

Regards,
Graham Pettifer""",
    dsar=True, rights=["objection"], name="Graham Pettifer", email="graham.pettifer@btinternet.com",
    notes="stop newsletter = objection (direct marketing)")

add(frm=("Lucía Ferrer Navarro", "lucia.ferrer.nav@gmail.com"), to=BN,
    subject="Wrong name in the credits",
    date="Wed, 22 Jan 2025 18:30:41 +0100",
    body="""Hello Noor,

I am the dancer from the shoot at the Zuiderpershuis in November. Thank you for the beautiful work!

One thing: on your website and in your client file my name is written "Lucia Ferer". It is Lucía
Ferrer Navarro (two r, and with the accent on the i if possible). Also the email you have for me is
an old one from my university, please change it to lucia.ferrer.nav@gmail.com which is this one.

Many thanks,
Lucía""",
    dsar=True, rights=["rectification"], name="Lucía Ferrer Navarro", email="lucia.ferrer.nav@gmail.com",
    notes="rectification of name and address; non-native (Spanish) writer in Antwerp")

add(frm=("Hannah Okafor", "hannah.okafor@icloud.com"), to=WK,
    subject="Moving to another photographer - can you send my details?",
    date="Fri, 7 Feb 2025 11:20:03 +0100",
    body="""Hi there,

We've moved to Groningen so sadly we won't be doing the yearly family session with you anymore.
We've booked with someone up here.

Would it be possible to send me everything you have on our family (the intake form answers, the
kids' birth dates, session history, the notes about which backgrounds we liked) in some kind of
spreadsheet or CSV file? Then I can just hand it over to the new photographer instead of filling in
all of it again. Or if it's easier you can send it straight to her: info@noordlichtfoto.nl.

Thanks for five lovely years!
Hannah Okafor""",
    dsar=True, rights=["portability"], name="Hannah Okafor", email="hannah.okafor@icloud.com",
    notes="portability (CSV, transfer to new photographer); the other address is the recipient studio")

add(frm=("Declan Byrne", "declan.byrne@eircom.net"), to=ZL,
    subject="Re: invoice 2024-118 and the photos",
    date="Mon, 10 Mar 2025 16:47:29 +0000",
    body="""Maartje,

As you know I'm disputing invoice 2024-118 through my credit card company. I've been told I'll need
the original booking confirmation and our e-mails as evidence, so please do NOT delete anything
about me or the booking.

But until this is sorted I don't want you using any of the pictures from that day for your
promotion or anything else. Just keep them parked where they are.

Declan Byrne""",
    dsar=True, rights=["restriction"], name="Declan Byrne", email="declan.byrne@eircom.net",
    notes="keep but stop using during dispute = restriction; subject says invoice")

add(frm=("Priya Raghunathan", "priya.raghunathan@protonmail.com"), to=WK,
    subject="Subject Access Request and Data Portability Request - Articles 15 and 20 GDPR",
    date="Tue, 4 Feb 2025 08:03:00 +0530",
    body="""Dear Sir or Madam,

I am writing to make a subject access request under Article 15 of the General Data Protection
Regulation (EU) 2016/679 ("GDPR").

Please provide me with:
1. confirmation of whether or not you process personal data concerning me;
2. a copy of all personal data you hold about me, including photographs, video recordings,
   correspondence, booking records and payment information;
3. the purposes of the processing, the categories of recipients, the retention period and the
   source of the data (Article 15(1)(a)-(g)).

In addition, under Article 20 GDPR, I request that the personal data I provided to you be supplied
in a structured, commonly used and machine-readable format (for example CSV or JSON).

I remind you that under Article 12(3) GDPR you must respond without undue delay and in any event
within one month of receipt of this request. I note that under Articles 16, 17 and 21 I have further
rights which I do not exercise at this time.

If you do not respond within this period, I reserve the right to lodge a complaint with the
Autoriteit Persoonsgegevens and to seek judicial remedy.

Yours faithfully,

Priya Raghunathan
Rapenburg 112-2
2311 EX Leiden
The Netherlands""",
    dsar=True, rights=["access", "portability"], name="Priya Raghunathan",
    email="priya.raghunathan@protonmail.com",
    notes="generator-style letter; mentions 16/17/21 but only asks 15 and 20; India offset")

add(frm=("Oliver Brent-Cavanagh", "o.brentcavanagh@yahoo.co.uk"), to=BN,
    subject="Request for erasure of personal data (Article 17 GDPR)",
    date="Thu, 13 Mar 2025 10:12:45 +0000",
    body="""Dear Data Controller,

I am writing to request that you erase all personal data concerning me, pursuant to Article 17(1)
of the General Data Protection Regulation.

The data is no longer necessary in relation to the purposes for which it was collected (Article
17(1)(a)). Where processing was based on consent, this letter also serves as notice that the basis
has lapsed; where you rely on legitimate interests, I draw your attention to Article 21.

Please confirm in writing within one month, as required by Article 12(3), that the data has been
erased, and inform any recipients to whom the data was disclosed (Article 19).

Should you fail to comply, I reserve the right to refer the matter to the Gegevensbeschermingsautoriteit
(Belgian Data Protection Authority).

Yours faithfully,
Oliver Brent-Cavanagh
14 Wellington Crescent, Bristol BS6 7PL, United Kingdom""",
    dsar=True, rights=["erasure"], name="Oliver Brent-Cavanagh", email="o.brentcavanagh@yahoo.co.uk",
    notes="formal letter; cites 12, 17, 19, 21 but asks only erasure")

add(frm=("Rachel Dunphy", "rachel.dunphy@gmail.com"), to=ZL,
    subject="Photos of my daughter on your site",
    date="Sun, 26 Jan 2025 21:08:16 +0100",
    body="""Hi,

My daughter Ella (she's 9) was in the group shoot for the Haarlem drama school in December. I signed
the form at the time saying the pictures could be used by the school, but I didn't realise they'd
end up on your website and your Facebook page as well.

Her dad and I have talked about it and we're not comfortable with it. Please take the photos of Ella
down from the website and the Facebook page. We no longer agree to them being used for your own
promotion.

Thank you,
Rachel Dunphy (Ella's mum)
06 41 88 20 73""",
    dsar=True, rights=["withdraw_consent"], name="Rachel Dunphy", email="rachel.dunphy@gmail.com",
    notes="parent acting for child (data subject Ella); requester_name = the parent who writes")

add(frm=("Sander Blom", "s.blom@blomvanrijswijk-advocaten.nl"), to=WK,
    subject="Our client Ms F. Achterberg - preservation and provision of data",
    date="Wed, 12 Feb 2025 15:31:09 +0100",
    body="""Dear Mr Brinkman,

We act on behalf of Ms Femke Achterberg, residing in Leiden, in connection with the dispute about
the wedding video delivered in October 2024. A signed authorisation is attached.

On behalf of our client we request that you restrict the processing of all personal data relating
to her pending resolution of this dispute (Article 18(1)(c) GDPR): the data must not be deleted,
altered or used for any purpose other than storage.

Furthermore, our client requests that you provide the personal data she supplied to you, including
the booking form and the raw contract data, in a structured, machine-readable format (Article 20
GDPR), to be sent to this office.

We look forward to your response within the statutory period of one month.

Kind regards,

mr. S. Blom
Blom & Van Rijswijk Advocaten
Breestraat 41, 2311 CJ Leiden""",
    atts=[("Machtiging_Achterberg_getekend.pdf", "application/pdf", False)],
    dsar=True, rights=["restriction", "portability"], name="Sander Blom",
    email="s.blom@blomvanrijswijk-advocaten.nl",
    notes="lawyer acting for Femke Achterberg; requester fields = the lawyer who writes; authorisation PDF is not an ID")

add(frm=("Studio Zilverlicht website", FORM_ZL), to=ZL, reply_to=("Ben Whitaker", "benwhitaker.photo@gmail.com"),
    subject="New contact form submission: General question",
    date="Fri, 21 Feb 2025 13:05:48 +0100",
    body="""You have received a new message via the contact form on studiozilverlicht.nl

Name: Ben Whitaker
E-mail: benwhitaker.photo@gmail.com
Phone: +44 7700 900418
Subject: General question

Message:
Hi, I sat for one of your 'street portrait' days in Haarlem last summer while visiting. I've just
seen one of the shots in a magazine ad?? Can you tell me which photos of me you have, where they've
been used and who you've given them to? I'd like a copy of whatever you keep on me.

--
This e-mail was sent from the contact form on Studio Zilverlicht (https://studiozilverlicht.nl)""",
    dsar=True, rights=["access"], name="Ben Whitaker", email="benwhitaker.photo@gmail.com",
    notes="contact-form notification, Reply-To = requester; form labels are not request text")

add(frm=FORM_WK, to=WK,
    subject="Contactformulier: bericht van website",
    date="Mon, 24 Feb 2025 20:19:33 +0100",
    body="""Nieuw bericht via dewolkenkamer.nl/contact

Naam: Mirela Popescu
E-mailadres: mirela.popescu93@yahoo.com
Telefoon:
Onderwerp: marketing

Bericht:
Hello, sorry I write in English. I get every week your emails and also SMS about discount for
Valentine shoot. I only did passport photos one time!! I do not want this advertising, please stop
using my phone number and my email for publicity. thank you

--
Verzonden via het contactformulier""",
    dsar=True, rights=["objection"], name="Mirela Popescu", email="mirela.popescu93@yahoo.com",
    notes="contact form, no Reply-To, Dutch form labels, English request (Romanian writer); objection to marketing")

add(frm=("Sanne de Groot | Studio Zilverlicht", "sanne@studiozilverlicht.nl"), to=ZL,
    subject="Fwd: Please remove me",
    date="Tue, 11 Mar 2025 09:44:02 +0100",
    body="""Hoi Maartje, this one came in on my address, can you handle it? Sanne

---------- Forwarded message ---------
From: Callum Reid <callum.reid@hotmail.co.uk>
Date: Mon, 10 Mar 2025 at 22:17
Subject: Please remove me
To: Sanne de Groot <sanne@studiozilverlicht.nl>


Hi Sanne,

You took the pictures at my cousin's wedding in Zandvoort in 2023 and I think I'm on your list from
the guest gallery sign-up. I'd like you to delete my details and any photos of me you've kept,
from the gallery, your computers, the whole lot. I'm not on good terms with that side of the family
and I'd rather not be in there at all.

Cheers,
Callum Reid""",
    dsar=True, rights=["erasure"], name="Callum Reid", email="callum.reid@hotmail.co.uk",
    notes="Gmail-style forward by studio colleague; requester is inside the forward")

add(frm=("Joost Brinkman", "joost@dewolkenkamer.nl"), to=WK,
    subject="Fw: address change request (see attachment)",
    date="Thu, 30 Jan 2025 12:00:59 +0100",
    body="""Note to self: forwarded from phone, deal with this in the client database.
""",
    fwd={"from": ("Moira Kinsella", "moira.kinsella@gmail.com"), "to": ("Joost Brinkman", "joost@dewolkenkamer.nl"),
         "subject": "My details are out of date", "date": "Wed, 29 Jan 2025 19:26:40 +0000",
         "filename": "My details are out of date.eml",
         "body": """Hi Joost,

I moved house in the summer and my invoices are still going to the old flat. Could you correct my
address in your records? It should be:

Moira Kinsella
Hooigracht 7B
2312 KN Leiden

Also my phone number is now 06 1234 9087 (the one ending in 551 is gone).

Thanks,
Moira"""},
    dsar=True, rights=["rectification"], name="Moira Kinsella", email="moira.kinsella@gmail.com",
    notes="forward as attachment (message/rfc822); requester inside the attached mail")

add(frm=("Eleanor Vance-Hughes", "eleanor.vh@gmail.com"), to=BN,
    subject="Re: Your gallery is ready!",
    date="Mon, 17 Feb 2025 19:52:11 +0000",
    body="""Thank you Noor, they're gorgeous, my mum cried :)

One thing though, can you not add me to your mailing list? I got two promo emails already since the
shoot and I really don't want any marketing, just the gallery.

Eleanor

On Fri, 14 Feb 2025 at 10:03, Beeldhuis Noor <noor@beeldhuisnoor.be> wrote:
> Dear Eleanor,
>
> Your online gallery is ready! You can view and download your photos with the link below.
> The gallery stays online for 60 days, after which the files are deleted from the server.
> You can always ask us for access to or deletion of your data, see our privacy policy.
>
> Warm regards,
> Noor
> Beeldhuis Noor - Antwerpen""",
    dsar=True, rights=["objection"], name="Eleanor Vance-Hughes", email="eleanor.vh@gmail.com",
    notes="reply over quoted studio text; quoted text mentions access/deletion (ignore); new text = objection to marketing")

add(frm=("Fintan Ó Ceallaigh", "fintan.oceallaigh@gmail.com"), to=ZL,
    subject="Second time asking: copy of my data",
    date="Wed, 19 Mar 2025 17:05:30 +0000",
    body="""Hello,

On 5 February I e-mailed you asking for a copy of all the personal information you hold on me
(I was photographed for the Dublin-Haarlem twinning exhibition). It's now well over a month and I
have had no answer at all, not even an acknowledgement.

I'd like to get that copy please: what you have, where it came from, and who you've shared it with.
If I don't hear back this week I'll be contacting the Dutch data protection authority.

Fintan Ó Ceallaigh""",
    dsar=True, rights=["access"], name="Fintan Ó Ceallaigh", email="fintan.oceallaigh@gmail.com",
    notes="reminder about earlier access request; Irish name with Ó")

add(frm=("Jennifer O'Brien", "j.obrien@kellerman-logistics.ie"), reply_to=("Jenny O'Brien", "jennyobrien.home@gmail.com"),
    to=WK, subject="Personal - photos from 2022",
    date="Fri, 28 Feb 2025 12:41:17 +0000",
    body="""Hi,

Writing from work as I don't have my own laptop with me, please reply to my personal address
(jennyobrien.home@gmail.com).

I did a boudoir session with you in 2022 and signed the form saying you could use two of the images
(faces not shown) on your website. I'm withdrawing that permission now, please take them down. And
to be honest I'd prefer you got rid of the whole lot: the photos, my details, everything.

Thanks for understanding,
Jenny

Jennifer O'Brien | Accounts Payable
Kellerman Logistics Ltd. | Unit 4, Ballycoolin Business Park, Dublin 15
This e-mail and any attachments are confidential and intended solely for the addressee.""",
    dsar=True, rights=["erasure", "withdraw_consent"], name="Jennifer O'Brien",
    email="jennyobrien.home@gmail.com",
    notes="work account with Reply-To personal address; withdraw consent + erasure; confidentiality footer")

add(frm=("Samuel Adeyemi", "samuel.adeyemi@student.uva.nl"), to=ZL,
    subject="request for my data (ID attached)",
    date="Mon, 13 Jan 2025 10:33:44 +0100",
    body="""Dear Studio Zilverlicht,

I had a graduation photo session with you in June 2024. I would like to receive a copy of all the
personal data you have about me, including the photos and the emails, and information about how
long you will keep it.

To prove that it is me I attach a scan of my passport (I blacked out the BSN and the photo is a bit
dark, sorry).

Kind regards,
Samuel Adeyemi
MSc student, University of Amsterdam""",
    atts=[("passport_scan_Adeyemi.jpg", "image/jpeg", True)],
    dsar=True, rights=["access"], name="Samuel Adeyemi", email="samuel.adeyemi@student.uva.nl",
    notes="access with passport scan JPEG")

add(frm=("Marguerite Holloway", "m.holloway@telenet.be"), to=BN,
    subject="Request: access to my personal data - Article 15 GDPR",
    date="Tue, 25 Feb 2025 09:00:12 +0100",
    body="""Dear Ms Verbeeck,

Under Article 15 of the GDPR I request access to the personal data that Beeldhuis Noor processes
about me, together with the information listed in Article 15(1) (purposes, recipients, retention
period, source).

For identification I enclose both sides of my Belgian identity card. My date of birth is
14/08/1979 and I was a client in 2021 (corporate portraits for Holloway Interiors).

Please reply within the one-month period set by Article 12(3). I reserve the right to lodge a
complaint with the Data Protection Authority (GBA/APD) if I do not receive a reply.

Yours sincerely,
Marguerite Holloway
Lange Leemstraat 209, 2018 Antwerpen""",
    atts=[("eID_voorkant.png", "image/png", True), ("eID_achterkant.png", "image/png", True)],
    dsar=True, rights=["access"], name="Marguerite Holloway", email="m.holloway@telenet.be",
    notes="formal letter, ID card front + back PNG")

add(frm=("Niamh Corrigan", "niamh.corrigan@outlook.ie"), to=WK,
    subject="All my stuff in a file please",
    date="Sat, 1 Mar 2025 11:58:06 +0000",
    body="""Hiya Joost,

Could you send me all the info you have on me in a file I can actually open on my computer, like
Excel or CSV? I want to keep my own record of the sessions, dates, what I paid, the forms etc. My
new photographer in Cork also asked if I had my "client profile" from you, so if you can send it to
me I'll pass it on.

I've attached a photo of my driving licence in case you need to check it's me (sorry, it's off my
iPhone so it might be a weird format).

Niamh""",
    atts=[("IMG_4471.HEIC", "image/heic", True)],
    dsar=True, rights=["portability"], name="Niamh Corrigan", email="niamh.corrigan@outlook.ie",
    notes="portability with driving licence as .HEIC (image/heic)")

add(frm=("Daniela Rossi", "daniela.rossi.ams@gmail.com"), to=ZL,
    subject="Please take this post down",
    date="Thu, 6 Mar 2025 22:14:39 +0100",
    html=True,
    body="""Hi Maartje,

I saw you posted one of my pregnancy photos on Instagram yesterday (screenshot attached). I know I
said yes on the form, but I've changed my mind, I don't want any of my photos on your socials or
website anymore. Can you remove them?

Grazie,
Daniela""",
    atts=[("Screenshot_20250306-215802_Instagram.png", "image/png", False)],
    dsar=True, rights=["withdraw_consent"], name="Daniela Rossi", email="daniela.rossi.ams@gmail.com",
    notes="withdraw consent for socials/website; screenshot attachment is not an ID; multipart/alternative")

add(frm=("Martin Kowalczyk", "martin.kowalczyk@ziggo.nl"), to=WK,
    subject="wrong birth date + please hold my file",
    date="Mon, 20 Jan 2025 08:27:51 +0100",
    body="""Good morning Joost,

I checked the client portal and it says my date of birth is 03-11-1986. That is wrong, it is
11-03-1986 (day first!). Please correct it.

Since you also use the birth date for the "birthday discount" mailings and for the age check on the
model contracts, could you please not use my information for anything until it's fixed? Just keep
it, don't delete it, but don't use it.

Thanks,
Martin Kowalczyk""",
    dsar=True, rights=["rectification", "restriction"], name="Martin Kowalczyk",
    email="martin.kowalczyk@ziggo.nl",
    notes="rectification + restriction pending correction; Polish-Dutch writer")

add(frm=("Harriet Lomax", "harriet.lomax@gmail.com"), to=BN,
    subject="Use of our wedding photos in adverts",
    date="Wed, 5 Mar 2025 20:36:00 +0000",
    body="""Dear Noor,

We've noticed our wedding photos in your paid Facebook and Instagram adverts. When I asked about it
at the time you told us you use client photos for advertising on the basis of "legitimate interest",
since we never ticked the marketing box.

I object to that. My husband and I don't want to be the face of your advertising campaigns, and I
don't feel your commercial interest outweighs our privacy here. Please stop using our photos (and
our names in the captions) for your ads.

Best wishes,
Harriet Lomax""",
    dsar=True, rights=["objection"], name="Harriet Lomax", email="harriet.lomax@gmail.com",
    notes="explicit objection against legitimate-interest use in ads")

add(frm=("Rohan Mehta", "rohan.mehta@kpnmail.nl"), to=ZL,
    subject="Transfer of my client file",
    date="Tue, 14 Jan 2025 13:13:13 -0500",
    body="""Hello Maartje,

I'm currently working in Toronto for a few months, so forgive the odd hours.

We're planning our wedding for next year and my fiancée's photographer (Lumenhof Fotografie in
Delft) asked if you could transfer my existing client information directly to them: my profile,
the questionnaire from the engagement shoot, and the shot list we made together. It would save us
redoing all of it. Their address is planning@lumenhof-fotografie.nl.

Thank you,
Rohan""",
    dsar=True, rights=["portability"], name="Rohan Mehta", email="rohan.mehta@kpnmail.nl",
    notes="portability: direct transfer to another photographer; US/Canada offset; signature first name only, name taken from display name")

add(frm="zoe.hartigan@gmail.com", to=WK, subject="",
    date="Sun, 9 Feb 2025 02:11:48 +0100",
    body="""hi can u pls just forget me, remove my email n evrything from ur list n files. thx""",
    dsar=True, rights=["erasure"], name=None, email="zoe.hartigan@gmail.com",
    notes="bare From without display name, no subject, no name anywhere; text-speak erasure")

add(frm=("Katharina Bauer-Smit", "k.bauersmit@posteo.de"), to=WK,
    subject="Name change after marriage",
    date="Thu, 27 Feb 2025 16:45:22 +0100",
    body="""Dear Mr. Brinkman,

I am a PhD student in Leiden and I had my portrait made at your studio last year under my maiden
name Katharina Bauer. Since December I am married and my surname is now Bauer-Smit.

Could you please update my name in your customer data and on the invoices you still have to send? I
also would like that the email address is changed to katharina.bauersmit@leidenuniv-mail.nl, the
posteo one I will close soon.

With kind regards,
Katharina Bauer-Smit""",
    dsar=True, rights=["rectification"], name="Katharina Bauer-Smit", email="k.bauersmit@posteo.de",
    notes="rectification; new surname and new address inside are not the requester's address; German writer")

add(frm=("Liam Fitzgerald", "liamfitz@eircom.net"), to=ZL,
    subject="Don't delete my booking stuff yet",
    date="Fri, 14 Mar 2025 18:20:05 +0000",
    body="""Hi,

Your automatic email says my gallery and booking details will be removed in two weeks. Please don't!
My ex and I are in the middle of sorting out who paid for what (including the engagement shoot with
you), and my solicitor says I may need the booking record and the payment confirmations.

So please keep everything about me as it is for now, just don't do anything with it, and don't wipe
it on the normal schedule. I'll let you know when it's settled.

Liam Fitzgerald""",
    dsar=True, rights=["restriction"], name="Liam Fitzgerald", email="liamfitz@eircom.net",
    notes="don't delete, need it for a dispute = restriction")

add(frm=("Chloé Vermeulen-Price", "chloe.vprice@gmail.com"), to=BN,
    subject="I no longer consent",
    date="Mon, 3 Feb 2025 07:30:00 +0100",
    body="""Noor,

I no longer consent to you using or showing any photos of me. That includes the ones on your
website, the printed sample book in the studio and the Pinterest board.

And beyond that: please delete all data you have on me, including the photos, my contact details
and the signed release. I'd like an e-mail confirming when it's done.

Chloé""",
    dsar=True, rights=["erasure", "withdraw_consent"], name="Chloé Vermeulen-Price", email="chloe.vprice@gmail.com",
    notes="withdraw consent + erasure; signature has first name only, full name from display name")

add(frm=("Arjun Sharma", "arjun.sharma.nl@gmail.com"), to=WK,
    subject="Data Subject Access Request",
    date="Wed, 15 Jan 2025 12:00:00 +0100",
    html=True,
    body="""Dear Fotografie De Wolkenkamer,

DATA SUBJECT ACCESS REQUEST - ARTICLE 15 GENERAL DATA PROTECTION REGULATION

I hereby exercise my right of access. Please send me a copy of the personal data concerning me that
you process, and the following information:
(a) the purposes of the processing;
(b) the categories of personal data concerned;
(c) the recipients or categories of recipients;
(d) the envisaged storage period;
(e) the existence of the right to request rectification, erasure or restriction, or to object;
(f) the right to lodge a complaint with a supervisory authority;
(g) the source of the data, if not collected from me.

A copy of my residence permit is attached to confirm my identity. You have one month to respond
(Article 12(3) GDPR). Failing a response I reserve the right to complain to the Autoriteit
Persoonsgegevens.

Yours faithfully,
Arjun Sharma
Haarlemmerstraat 230-C, 2312 GJ Leiden""",
    atts=[("verblijfsvergunning_Sharma.pdf", "application/pdf", True)],
    dsar=True, rights=["access"], name="Arjun Sharma", email="arjun.sharma.nl@gmail.com",
    notes="generator-style access letter (lists rights in (e), asks only access); residence permit PDF = ID")

add(frm=("Patrick Doolan", "patrick.doolan@gmail.com"), to=ZL,
    subject="Objection to processing for direct marketing purposes (Art. 21(2) GDPR)",
    date="Tue, 21 Jan 2025 10:10:10 +0000",
    body="""Dear Sir/Madam,

Pursuant to Article 21(2) and (3) of the General Data Protection Regulation, I object to the
processing of my personal data for direct marketing purposes, including profiling to the extent
that it is related to such direct marketing.

This covers your e-mail newsletter, SMS offers and any retargeting audiences built from my e-mail
address. After receipt of this objection you may no longer process my personal data for such
purposes.

Please confirm compliance within one month (Article 12(3) GDPR). I reserve the right to lodge a
complaint with the Autoriteit Persoonsgegevens.

Yours faithfully,
Patrick Doolan
22 Rathgar Avenue, Dublin 6, Ireland""",
    dsar=True, rights=["objection"], name="Patrick Doolan", email="patrick.doolan@gmail.com",
    notes="formal objection to direct marketing")

add(frm=("Ines Carvalho", "ines.carvalho@sapo.pt"), to=BN,
    subject="Request for rectification of inaccurate personal data - Article 16 GDPR",
    date="Thu, 20 Feb 2025 14:22:31 +0000",
    body="""Dear Beeldhuis Noor,

In accordance with Article 16 of the General Data Protection Regulation, I request the
rectification of the following inaccurate personal data which you hold about me:

- Surname: recorded as "Carvahlo", correct is "Carvalho";
- Billing address: recorded as "Kammenstraat 18", correct is "Kammenstraat 81, 2000 Antwerpen";
- VAT number on invoices: BE0712.345.678 should be removed, as I was invoiced as a private person.

Please also notify any recipients of the corrected data in accordance with Article 19. I expect a
reply within one month. I reserve all my rights, including the right to lodge a complaint with the
Belgian Data Protection Authority.

Yours faithfully,
Ines Carvalho""",
    dsar=True, rights=["rectification"], name="Ines Carvalho", email="ines.carvalho@sapo.pt",
    notes="formal rectification letter; Portuguese expat, .pt provider; Lisbon = +0000 in winter")

add(frm=("Gareth Pryce", "gareth.pryce@virginmedia.com"), to=WK,
    subject="Request to restrict processing - Article 18 GDPR",
    date="Mon, 17 Mar 2025 09:41:27 +0000",
    body="""Dear Fotografie De Wolkenkamer,

I am writing under Article 18(1)(a) and (d) of the UK/EU General Data Protection Regulation to
request that you restrict the processing of my personal data.

I contest the accuracy of the information you hold about my involvement in the "Leiden at Night"
series (my name is attached to a photograph in which I do not appear), and I have objected to its
publication. Pending verification, please limit processing to storage only and do not publish,
share or otherwise use the data.

I do not request erasure at this stage. Please confirm within one month. I reserve the right to
refer this matter to the supervisory authority.

Yours faithfully,
Gareth Pryce""",
    dsar=True, rights=["restriction"], name="Gareth Pryce", email="gareth.pryce@virginmedia.com",
    notes="formal restriction letter; mentions contested accuracy and objection but asks only restriction")

add(frm=("Sophie Lindqvist", "sophie.lindqvist@gmail.com"), to=ZL,
    subject="for my husband Erik",
    date="Sat, 8 Mar 2025 15:03:19 +0100",
    body="""Hello Maartje,

My husband Erik Lindqvist asked me to write to you because his Dutch and his email are both a
disaster at the moment (new job). You photographed him for the company profile of Noordzee Wind in
2023 and there's a picture of him on your blog in the post about corporate headshots.

He would like you to take his pictures off the blog and not use them for your own advertising any
more. He's fine with the company keeping them of course.

Best regards,
Sophie (on behalf of Erik)""",
    dsar=True, rights=["withdraw_consent"], name="Sophie Lindqvist", email="sophie.lindqvist@gmail.com",
    notes="partner acting for husband Erik (data subject); requester fields = the writer")

add(frm=("Yuki Tanabe", "yuki.tanabe@gmail.com"), to=BN,
    subject="Export of my information",
    date="Tue, 28 Jan 2025 17:55:02 +0900",
    body="""Dear Noor,

I had a photoshoot with you in Antwerp during my holiday last October (the kimono shoot in the
Vleeshuis street, thank you again).

Now I am back in Osaka. I would like to receive the personal information I gave you (registration
form, my contact data, my preferences, the order history) in a machine-readable file, for example
JSON or CSV, so that I can keep it and maybe use it with another studio here.

Best regards,
Yuki Tanabe""",
    dsar=True, rights=["portability"], name="Yuki Tanabe", email="yuki.tanabe@gmail.com",
    notes="tourist, portability, Japan offset +0900")

add(frm=("Eamon Gilroy", "eamon.gilroy@gmail.com"), to=WK,
    subject="Phone number wrong",
    date=None,
    body="""Hi Joost,

Your booking system keeps texting my old number (I keep getting messages from my old flatmate saying
"your photographer is trying to reach you" haha). My number is +31 6 2874 1190 now. Could you
update it please, and my address too: Oude Singel 54, Leiden.

Cheers,
Eamon""",
    dsar=True, rights=["rectification"], name="Eamon Gilroy", email="eamon.gilroy@gmail.com",
    notes="rectification; Date header missing -> received null")

add(frm=("Bronagh McAuley", "bronagh.mcauley@hotmail.com"), to=ZL,
    subject="Stop the emails!!!",
    date="Wednesday 12th March 2025, around 9pm",
    body="""This is the THIRD time I'm asking. I went to ONE open studio day in 2023 and since then I get
your emails every two weeks, plus now Facebook ads that clearly use my email address.

I do not want your marketing. Stop using my details to advertise to me. Now.

Bronagh McAuley""",
    dsar=True, rights=["objection"], name="Bronagh McAuley", email="bronagh.mcauley@hotmail.com",
    notes="angry objection to marketing; Date header is free text -> received null")

# ---------------------------------------------------------------- non-DSARs
add(frm=("Amelia Thornton", "amelia.thornton@gmail.com"), to=ZL,
    subject="Newborn session in April?",
    date="Mon, 24 Mar 2025 10:21:36 +0000",
    body="""Hi Maartje,

Our baby is due on the 2nd of April and we'd love to book a newborn session with you, ideally in the
first two weeks. Do you come to the house or is it at the studio?

One thing that matters to us: we're quite private people, so we would not want any of the photos
posted online or used on your website. Is that something you can agree to in the contract? Happy to
sign whatever consent form you use, just with the "portfolio use" bit ticked off.

Thanks!
Amelia & Josh""",
    dsar=False, notes="booking question with privacy wishes for the future; not a request about existing data")

add(frm=("Freya Nolan", "freya.nolan@icloud.com"), to=WK,
    subject="RAW files from my shoot",
    date="Tue, 11 Feb 2025 13:37:48 +0100",
    body="""Hi Joost,

I paid for the "complete" package for my portrait session (invoice 2025-007, paid on 3 Feb) which
according to your website includes all the RAW files. So far I only got the edited JPEGs in the
gallery.

Could you send me the RAW files via WeTransfer or a Dropbox link? I'd like to try editing a few
myself.

Thanks,
Freya""",
    dsar=False, notes="client asks for RAW files she paid for: contractual, not a DSAR")

add(frm=("Conor Whelan", "conor@whelanevents.ie"), to=BN,
    subject="Invoice sent twice - please delete the duplicate",
    date="Fri, 31 Jan 2025 08:52:14 +0000",
    body="""Hi Noor,

We received invoice BN-2025-014 twice, once on the 27th and again yesterday with a different
number (BN-2025-019) but the same amount for the event coverage. Could you delete/credit the
duplicate so our bookkeeping doesn't get confused? We'll pay BN-2025-014 this week.

Kind regards,
Conor Whelan
Whelan Events""",
    dsar=False, notes="invoice dispute: 'delete the duplicate invoice' is not erasure")

add(frm=("Mail Delivery Subsystem", "mailer-daemon@mail.studiozilverlicht.nl"), to=ZL,
    subject="Undelivered Mail Returned to Sender",
    date="Thu, 6 Feb 2025 06:00:41 +0100",
    headers={"Auto-Submitted": "auto-replied"},
    body="""This is the mail system at host mail.studiozilverlicht.nl.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<lauren.cartwright@oldmail-provider.co.uk>: host mx.oldmail-provider.co.uk said:
    550 5.1.1 User unknown; the mailbox has been deleted (in reply to RCPT TO command)

--- Original message ---
Subject: February news: Valentine mini-sessions & our updated privacy statement
From: Studio Zilverlicht <info@studiozilverlicht.nl>""",
    dsar=False, notes="newsletter bounce; mentions deleted mailbox and privacy statement")

add(frm=("Isabel Moreno", "isabel.moreno.model@gmail.com"), to=WK,
    subject="Question about the model release",
    date="Wed, 26 Feb 2025 21:15:37 +0100",
    body="""Hi Joost,

Before our shoot on Saturday, I read through the model release you sent. A few questions as I'm
still new to this:

- Does "unlimited use" mean you can sell the photos to a stock site?
- If I sign it, can I still use the photos on my own Instagram and model profile?
- How long is the consent valid for, is there an end date?

I'm not against signing, I just want to understand what I'm agreeing to.

See you Saturday!
Isabel""",
    dsar=False, notes="model release questions before signing; consent talk but no request")

add(frm=("Rebecca Shaw", "rebecca.shaw@hartwell-accountants.co.uk"), to=ZL,
    subject="Automatic reply: Your photos are ready to download",
    date="Tue, 4 Mar 2025 11:02:09 +0000",
    headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
    body="""Thank you for your e-mail. I am out of the office until Monday 10 March with limited access to
e-mail.

For urgent matters please contact accounts@hartwell-accountants.co.uk. Please note that we do not
forward personal data requests; those should be sent to privacy@hartwell-accountants.co.uk.

Kind regards,
Rebecca Shaw""",
    dsar=False, notes="out-of-office auto-reply mentioning personal data requests")

add(frm=("GDPR Compliance Desk", "alerts@gdpr-shield-benelux.com"), to=BN,
    subject="URGENT: your studio website is NOT GDPR compliant - fines up to EUR 20 million",
    date="Mon, 10 Feb 2025 04:44:44 +0200",
    html=True,
    body="""Dear business owner,

Our automated scan found 7 critical privacy issues on beeldhuisnoor.be. Photographers are a top
target for data protection complaints: clients can demand access to or deletion of their photos at
any time, and one complaint can cost you thousands.

Get our Photographer GDPR Pack (privacy policy, consent forms, DSAR templates) for only EUR 49.
Offer valid 24 hours.

Click here to fix your website now.

To stop receiving these messages reply STOP.""",
    dsar=False, notes="spam about GDPR/deletion/access")

add(frm=("Tessa Gorman", "tessa.gorman@gmail.com"), to=WK,
    subject="Re: Your request has been completed",
    date="Thu, 23 Jan 2025 19:09:58 +0000",
    body="""Brilliant, thanks a lot Joost, that was quick!

Tessa

On Thu, 23 Jan 2025 at 15:40, Fotografie De Wolkenkamer <contact@dewolkenkamer.nl> wrote:
> Hi Tessa,
>
> As you requested, we have deleted your personal data from our client database and removed
> your photos from the website and Instagram. We also unsubscribed you from the newsletter.
> If you would like a copy of anything we still keep for the tax office (invoices), just ask.
>
> Best regards,
> Joost Brinkman""",
    dsar=False, notes="thank-you reply; all deletion/access wording is in the quoted studio text")

add(frm=("Shauna Keogh", "shauna.keogh@yahoo.ie"), to=ZL,
    subject="deleted my photos by accident :(",
    date="Sun, 2 Mar 2025 20:48:12 +0000",
    body="""Hi Maartje,

Bit of a disaster, I cleared out my phone and deleted all the photos from our family shoot, and the
gallery link in your email says it's expired. Is there any chance you could reopen the gallery or
send me a new download link? Happy to pay a small fee if that's how it works.

Thanks a million,
Shauna""",
    dsar=False, notes="client asks for gallery link again after deleting her copies; service request")

add(frm=("Printlab Benelux", "orders@printlab-benelux.eu"), to=BN,
    subject="Order PLB-558213: files removed from server",
    date="Wed, 19 Feb 2025 03:15:00 +0100",
    body="""Dear customer,

Your order PLB-558213 (20 x fine art prints, 30x40) has been shipped. In line with our data policy,
the uploaded image files and the delivery address of your end client have been permanently deleted
from our servers 30 days after shipment.

If you need to reorder, please upload the files again.

Printlab Benelux - Customer Service""",
    dsar=False, notes="supplier notification about deleting files/data")

add(frm=("Olivia Bennett", "olivia.bennett.nl@gmail.com"), to=BN,
    subject="Question before booking - kids' photos",
    date="Sat, 22 Feb 2025 09:30:27 +0100",
    body="""Hello Noor,

A friend recommended you for a family shoot. Before we book I'd like to know how you handle photos
of children. Do you post them on Instagram? Do you keep the files forever, or delete them after a
while? Is the online gallery password protected?

We'd like to do it in May, outdoors if possible.

Kind regards,
Olivia Bennett""",
    dsar=False, notes="prospective client asks about privacy practices; question, not a request")

add(frm=("Mehmet Yilmaz", "mehmet.yilmaz.1990@hotmail.com"), to=WK,
    subject="reschedule shoot + consent form",
    date="Fri, 7 Mar 2025 14:06:33 +0300",
    body="""Hallo Joost,

sorry, I have to move our shoot of next thursday because I am in Istanbul for my familly until the
15th. Is the 20th or 21st possible?

Also the consent form you send, I fill it in but my printer is broken, can I just send a photo of
it or sign on the phone?

Thanks and sorry for the trouble,
Mehmet""",
    dsar=False, notes="reschedule with typos, consent form logistics; Turkey offset")

add(frm=("Grace Adebayo", "grace.adebayo@outlook.com"), to=ZL,
    subject="Tag me please :)",
    date="Tue, 18 Feb 2025 12:12:12 +0100",
    body="""Hi Maartje!

Loved the shoot last week. When you post the photos on Instagram could you tag me? My handle is
@grace.adebayo.art. Totally fine to use them on your website as well, I'd actually love that.

Also, small thing: my friend wants to know if you do gift vouchers.

Grace x""",
    dsar=False, notes="client happily consents to use; talks about photos and Instagram")

# ---------------------------------------------------------------- build
import random
random.Random(2512).shuffle(M)   # interleave requests and non-requests
ORDER = ["access", "rectification", "erasure", "restriction", "portability", "objection", "withdraw_consent"]

def addr(x):
    if isinstance(x, tuple):
        return str(Address(display_name=x[0], addr_spec=x[1]))
    return x

def html_of(text):
    import html as h
    paras = "".join("<p>%s</p>" % h.escape(p).replace("\n", "<br>") for p in text.split("\n\n"))
    return "<html><body style=\"font-family:Arial\">%s</body></html>" % paras

def build(i, spec):
    m = EmailMessage()
    m["From"] = addr(spec["frm"])
    m["To"] = addr(spec["to"])
    if spec.get("subject") is not None:
        m["Subject"] = spec["subject"]
    if spec.get("date") is not None:
        m.set_raw("Date", spec["date"])
    dom = (spec["frm"][1] if isinstance(spec["frm"], tuple) else spec["frm"]).split("@")[1]
    m["Message-ID"] = "<%04d.%d.tune12a@%s>" % (i, 7919 * i + 1234567, dom)
    if spec.get("reply_to"):
        m["Reply-To"] = addr(spec["reply_to"])
    for k, v in spec.get("headers", {}).items():
        m[k] = v
    m.set_content(spec["body"] + "\n")
    if spec.get("html"):
        m.add_alternative(html_of(spec["body"]), subtype="html")
    atts = []
    for fn, ct, is_id in spec.get("atts", []):
        mt, st = ct.split("/")
        m.add_attachment(BYTES[ct], maintype=mt, subtype=st, filename=fn)
        atts.append({"filename": fn, "content_type": ct, "is_id_document": is_id})
    if spec.get("fwd"):
        f = spec["fwd"]
        inner = EmailMessage()
        inner["From"] = addr(f["from"]); inner["To"] = addr(f["to"])
        inner["Subject"] = f["subject"]; inner.set_raw("Date", f["date"])
        inner.set_content(f["body"] + "\n")
        m.add_attachment(inner, filename=f["filename"])
        atts.append({"filename": f["filename"], "content_type": "message/rfc822", "is_id_document": False})
    received = None
    if spec.get("date"):
        try:
            d = utils.parsedate_to_datetime(spec["date"])
            received = d.isoformat() if d.tzinfo else None
        except (TypeError, ValueError):
            received = None
    rights = spec.get("rights", [])
    assert rights == sorted(rights, key=ORDER.index) and len(rights) <= 2
    gt = {"file": "%04d.eml" % i, "is_dsar": spec["dsar"], "rights": rights if spec["dsar"] else [],
          "language": "en",
          "requester_name": spec.get("name") if spec["dsar"] else None,
          "requester_email": spec.get("email") if spec["dsar"] else None,
          "received": received, "attachments": atts, "notes": spec.get("notes", "")}
    return m, gt

def main():
    os.makedirs(os.path.join(OUT), exist_ok=True)
    for f in glob.glob(os.path.join(OUT, "[0-9][0-9][0-9][0-9].*")):
        os.remove(f)
    for i, spec in enumerate(M, 1):
        m, gt = build(i, spec)
        with open(os.path.join(OUT, "%04d.eml" % i), "wb") as fh:
            fh.write(m.as_bytes(policy=policy.SMTP if i % 3 == 0 else policy.default))
        with open(os.path.join(OUT, "%04d.json" % i), "w", encoding="utf-8") as fh:
            json.dump(gt, fh, ensure_ascii=False, indent=2)
    print("wrote %d mails to %s" % (len(M), OUT))

if __name__ == "__main__":
    main()
