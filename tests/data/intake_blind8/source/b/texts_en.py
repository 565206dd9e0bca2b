# English mails (UK, Ireland, expats, non-native writers)

# 1 access, terse
M("en", "Gareth Pryce-Lloyd <gpryce.lloyd@btinternet.com>", "data", D(2024, 5, 14, 21, 47, 3, 60),
  "hi, what do you actually keep about me? you did my headshots last year.\n\nGareth\n",
  ["access"], "Gareth Pryce-Lloyd", "gpryce.lloyd@btinternet.com", hdrs=[("X-Mailer", "iPhone Mail (21E236)")],
  notes="terse, BST offset")

# 2 withdraw_consent, angry, Ireland
M("en", "Aoife Ní Bhriain <aoife.nibhriain@eircom.net>", "TAKE MY PHOTOS DOWN", "Thu, 16 Jan 2025 08:12:55 GMT",
  "I never said you could put me on your Instagram. My sister showed me the reel from the Kinsale wedding and there I am, "
  "dancing like an eejit for 4000 followers. Take it off your Instagram today please, and off the website too if its there.\n\n"
  "Aoife\n",
  ["withdraw_consent"], "Aoife Ní Bhriain", "aoife.nibhriain@eircom.net", cte="quoted-printable",
  notes="angry; GMT literal; name with accent in display name")

# 3 erasure, polite expat in Amsterdam
M("en", "Priya Raghunathan <priya.raghunathan@outlook.com>", "Request to delete my details",
  D(2025, 3, 3, 10, 4, 41, 60),
  "Dear Studio Lichtval team,\n\nWe moved back to Bangalore last month and I'm cleaning up my accounts in the Netherlands. "
  "Could you please delete everything you have on me - contact details, the booking from 2023, the family shoot files, all of it? "
  "There is nothing I still need from you.\n\nMany thanks for the lovely pictures back then!\n\nKind regards,\nPriya Raghunathan\n",
  ["erasure"], "Priya Raghunathan", "priya.raghunathan@outlook.com",
  html="<p>Dear Studio Lichtval team,</p><p>We moved back to Bangalore last month and I'm cleaning up my accounts in the "
       "Netherlands. Could you please delete everything you have on me - contact details, the booking from 2023, the family "
       "shoot files, all of it? There is nothing I still need from you.</p><p>Many thanks for the lovely pictures back then!</p>"
       "<p>Kind regards,<br>Priya Raghunathan</p>",
  notes="multipart/alternative")

# 4 objection, no subject, newsletter
M("en", "tom.hargreaves77@gmail.com", None, D(2024, 9, 22, 23, 58, 10, 60),
  "I no longer want your mails. Every week another newsletter. Stop.\n",
  ["objection"], None, "tom.hargreaves77@gmail.com",
  notes="no subject, bare From with no display name, no name anywhere")

# 5 formal letter, access only (cites 17/21 in passing)
M("en", "Rebecca Ashdown <r.ashdown@protonmail.com>", "Subject Access Request - Article 15 GDPR",
  D(2025, 6, 2, 9, 30, 0, 60),
  "Rebecca Ashdown\n14 Carrow Road\nNorwich NR1 1HS\nUnited Kingdom\n\n2 June 2025\n\n"
  "To the Data Protection Officer, Studio Lichtval\n\n"
  "Dear Sir or Madam,\n\n"
  "I am writing to make a subject access request under Article 15 of the General Data Protection Regulation (GDPR).\n\n"
  "Please supply the personal data about me that you hold, together with the following information:\n"
  "- the purposes of the processing;\n- the categories of personal data concerned;\n"
  "- the recipients to whom the personal data have been or will be disclosed;\n"
  "- the envisaged period for which the data will be stored;\n"
  "- the existence of the right to request rectification or erasure (Article 17) or to object to processing (Article 21);\n"
  "- the right to lodge a complaint with a supervisory authority;\n"
  "- the source of the data, where it was not collected from me.\n\n"
  "Under Article 12(3) you must respond without undue delay and at the latest within one month of receipt. "
  "If I do not receive a response within that period I will consider lodging a complaint with the Autoriteit Persoonsgegevens.\n\n"
  "Yours faithfully,\n\nRebecca Ashdown\n",
  ["access"], "Rebecca Ashdown", "r.ashdown@protonmail.com",
  notes="generator-site letter; Art. 17/21 only as information, not requested")

# 6 formal letter, erasure
M("en", "Declan Fitzmaurice <declan.fitzmaurice@gmail.com>", "Right to erasure request (Art. 17 GDPR)",
  D(2024, 11, 18, 14, 2, 37, 0),
  "Declan Fitzmaurice\nApartment 4, 22 Leeson Street Upper\nDublin 4, D04 X2Y7\nIreland\n\n"
  "Dear Studio Lichtval,\n\n"
  "I hereby request that you erase all personal data concerning me without undue delay, in accordance with Article 17(1) GDPR. "
  "The data are no longer necessary in relation to the purposes for which they were collected.\n\n"
  "I am aware that I also have a right of access under Article 15 and a right to object under Article 21; this request is "
  "limited to erasure. Should you have passed my data on to third parties, please inform them of this request as required "
  "by Article 19.\n\n"
  "Please confirm in writing within one month (Article 12(3)). Failing this I reserve the right to refer the matter to the "
  "competent data protection authority.\n\n"
  "Yours faithfully,\nDeclan Fitzmaurice\n",
  ["erasure"], "Declan Fitzmaurice", "declan.fitzmaurice@gmail.com", crlf=True,
  notes="generator-site letter; mentions 15/21/19 in passing; UTC +0000")

# 7 formal letter, objection to direct marketing
M("en", "Harriet Okonjo-Blake <harriet.okonjoblake@yahoo.co.uk>", "Objection to processing - Article 21 GDPR",
  D(2026, 2, 9, 19, 15, 22, 0),
  "Dear Data Controller,\n\n"
  "I object, under Article 21(2) and (3) GDPR, to the processing of my personal data for direct marketing purposes, "
  "including your e-mail newsletter and any profiling related to it. Following such an objection, my data may no longer "
  "be processed for those purposes.\n\n"
  "For the avoidance of doubt, I am not at this time making a request under Article 15 (access) or Article 17 (erasure).\n\n"
  "I expect confirmation within one month as provided by Article 12(3). If you fail to comply I may lodge a complaint with "
  "the supervisory authority.\n\n"
  "Yours faithfully,\nHarriet Okonjo-Blake\n7 Alder Close, Bristol BS6 5QT\n",
  ["objection"], "Harriet Okonjo-Blake", "harriet.okonjoblake@yahoo.co.uk",
  notes="generator-site letter; explicitly not access/erasure")

# 8 parent for child: erasure + withdraw_consent
M("en", "Sinead Cullinane <sinead.cullinane@icloud.com>", "Photos of my daughter on your website",
  D(2025, 8, 27, 7, 41, 9, 120),
  "Hello,\n\nYou photographed my daughter Róisín Cullinane (she's 9) at the school portrait day in Rotterdam in June. "
  "I see one of her pictures is now on your website under 'kids'. I didn't agree to that and neither did she. "
  "Please take her photo off the website and social media, and delete all of her data - photos, name, class, whatever you have. "
  "We have the prints we ordered, that's enough.\n\nThanks,\nSinead (her mum)\n",
  ["erasure", "withdraw_consent"], "Róisín Cullinane", "sinead.cullinane@icloud.com",
  notes="parent writing for child; requester_name is the child; From is parent's address")

# 9 solicitor on behalf: access + portability
M("en", "Conor Whelan <cwhelan@whelanmarsh-solicitors.ie>", "Our client: Ms Niamh Delahunty - data request",
  D(2024, 4, 10, 11, 20, 0, 60),
  "Dear Sirs,\n\nWe act on behalf of Ms Niamh Delahunty, who engaged your studio for a corporate video shoot in October 2023. "
  "A signed letter of authority is available on request.\n\n"
  "On her behalf we request (1) a copy of all personal data you hold relating to our client, and (2) the raw video footage "
  "and contact data she supplied, provided in a structured, commonly used and machine-readable format so that it can be "
  "transmitted to another production company.\n\n"
  "Kindly direct all correspondence to the undersigned.\n\n"
  "Yours faithfully,\nConor Whelan\nWhelan Marsh Solicitors\n31 South Mall, Cork\n",
  ["access", "portability"], "Niamh Delahunty", "cwhelan@whelanmarsh-solicitors.ie",
  notes="solicitor on behalf of client; name is the client, e-mail is the solicitor's From (client address not given)")

# 10 contact form: rectification, new address in message
M("en", "Studio Lichtval website <noreply@studiolichtval.nl>", "New contact form submission",
  D(2025, 1, 30, 16, 5, 12, 60),
  "New message via the contact form on studiolichtval.nl\n\n"
  "Name: Marcus Tiernan-Holt\n"
  "E-mail: marcus.tholt@gmail.com\n"
  "Phone: +31 6 4418 2290\n"
  "Subject: wrong details\n"
  "Message:\nHi, my surname is spelled Tiernan-Holt with a hyphen, your invoices say Tiernan Holt. Also please use "
  "m.tiernanholt@kpnmail.nl from now on instead of my gmail. Cheers\n\n"
  "--\nSent from the contact form (IP logged)\n",
  ["rectification"], "Marcus Tiernan-Holt", "marcus.tholt@gmail.com", to="info@studiolichtval.nl",
  notes="contact form; requester in body; new address in message is not requester; no Reply-To")

# 11 forwarded (Gmail style) - restriction
M("en", "Marit Hoogeveen <marit@studiolichtval.nl>", "Fwd: wedding footage - please don't delete",
  D(2024, 7, 3, 13, 44, 50, 120),
  "Hoi, this one came in on the old address, can you pick it up? -M\n\n"
  "---------- Forwarded message ---------\n"
  "From: Oliver Brennan-Shaw <oliverbshaw@hotmail.co.uk>\n"
  "Date: Tue, 2 Jul 2024 at 22:10\n"
  "Subject: wedding footage - please don't delete\n"
  "To: <studio@lichtval-foto.nl>\n\n"
  "Hello,\n\nI understand you normally clear out wedding files after a year. Please don't delete our footage from the "
  "12 August 2023 wedding - we are in a dispute with the venue about the damage claim and may need it as evidence. "
  "But please also don't use it for anything else (no showreel, no ads) until that is sorted.\n\nThanks,\nOliver Brennan-Shaw\n",
  ["restriction"], "Oliver Brennan-Shaw", "oliverbshaw@hotmail.co.uk", to="info@studiolichtval.nl",
  notes="Gmail-style forward by colleague; requester inside; forward note in English")

# 12 reply with quoted studio text - portability
M("en", "Hannah Vasquez <hannah.vasquez@live.nl>", "Re: Your gallery is ready!",
  D(2025, 10, 8, 20, 31, 6, 120),
  "Hi both,\n\nThanks! Actually we're moving to a photographer in Antwerp for the baby shoot. Could you send over all my "
  "files and the info you have on me (shoot notes, preferences etc.) in some normal format so I can hand it to them? "
  "A download link is fine.\n\nHannah\n\n"
  "On Mon, 6 Oct 2025 at 09:12, Studio Lichtval <info@studiolichtval.nl> wrote:\n"
  "> Dear Hannah,\n>\n> Your gallery is ready! You can view and download your photos for 60 days.\n"
  "> After that, we delete the gallery. You can always ask us for a copy of your data or to delete it,\n"
  "> see our privacy statement.\n>\n> Warm regards,\n> Studio Lichtval\n",
  ["portability"], "Hannah Vasquez", "hannah.vasquez@live.nl",
  notes="reply with quoted studio text that itself mentions copy/delete")

# 13 work account, private Reply-To - objection
M("en", "Luke Aldana <jl.aldana@vanderhoek-logistics.nl>", "newsletter",
  D(2024, 12, 5, 12, 3, 18, 60),
  "Hi,\n\nWriting from work, sorry. Please take me off your newsletter and any marketing lists - "
  "I don't want the offers any more. If you need to reach me use my private address.\n\nBest,\nLuke Aldana\n"
  "--\nLuke Aldana | Planner | Van der Hoek Logistics B.V. | +31 10 555 0192\n",
  ["objection"], "Luke Aldana", "luke.aldana@ziggo.nl", reply_to="Luke Aldana <luke.aldana@ziggo.nl>",
  notes="work From, private Reply-To is requester")

# 14 reminder - access
M("en", "Fatima Benali <fatima.benali@gmail.com>", "2nd reminder: my data request from 12 February",
  D(2026, 3, 24, 9, 2, 44, 60),
  "Hello,\n\nOn 12 February I asked you which personal information you store about me and who you share it with. "
  "I have had no answer. That is more than a month now. Please send me a copy of my data this week.\n\n"
  "Regards,\nFatima Benali\n\n"
  "----- my first mail -----\nFrom: Fatima Benali\nSent: 12 February 2026\n"
  "Hi, could you tell me what data you have about me? Thanks, Fatima\n",
  ["access"], "Fatima Benali", "fatima.benali@gmail.com",
  notes="reminder with earlier request pasted below")

# 15 erasure with ID scan (jpeg) + HEIC back
M("en", "Tomasz Wiśniewski <tomasz.wisniewski@o2.pl>", "Delete my account and photos",
  D(2024, 10, 29, 18, 55, 31, 60),
  "Hello,\n\nI am asking you to delete all my personal data and my pictures from the company event in Eindhoven. "
  "Your colleague said on the phone you need my ID, so I attached the front and back of my identity card.\n\n"
  "Best regards\nTomasz Wiśniewski\n",
  ["erasure"], "Tomasz Wiśniewski", "tomasz.wisniewski@o2.pl",
  atts=[("dowod_front.jpg", "image/jpeg", True, None), ("IMG_4471.HEIC", "image/heic", True, None)],
  notes="ID card front as JPEG, back as HEIC; non-native")

# 16 portfolio screenshot - withdraw_consent
M("en", "Ellie Marchbanks <ellie.marchbanks@gmail.com>", "Photo on your portfolio page",
  D(2025, 5, 19, 15, 20, 0, 120),
  "Hi there,\n\nWhen I signed the model release in 2022 I was fine with you showing my photos. I've changed my mind - "
  "please remove the photo in the screenshot (and the others of me) from your portfolio and Instagram. You can keep "
  "the invoices obviously.\n\nThanks a lot,\nEllie\n",
  ["withdraw_consent"], "Ellie Marchbanks", "ellie.marchbanks@gmail.com",
  atts=[("Screenshot 2025-05-19 at 15.12.08.png", "image/png", False, None)],
  notes="portfolio screenshot attached, not ID")

# 17 rectification, non-native
M("en", "Katarzyna Dąbrowska-Meijer <k.dabrowska.meijer@gmail.com>", "wrong name in your system",
  D(2024, 2, 6, 8, 14, 2, 60),
  "Good morning,\n\nMy name in your system is wrong written, you have 'Katarzyna Dabrowska'. Since I am married it is "
  "Dąbrowska-Meijer. Also my adress is changed, it is now Kruisstraat 41B, 3012 CT Rotterdam. Please change this "
  "in your files.\n\nThank you very much\nKatarzyna Dąbrowska-Meijer\n",
  ["rectification"], "Katarzyna Dąbrowska-Meijer", "k.dabrowska.meijer@gmail.com", cs="utf-8", cte="base64",
  notes="non-native; base64 body; new surname/address")

# 18 restriction, plain
M("en", "Samuel Adeyemi <sam.adeyemi@gmail.com>", "hold on with my data", D(2025, 11, 12, 17, 40, 5, 0),
  "Hello,\n\nThe phone number and birth date you have for me are wrong and I'm checking what else is off. "
  "Until we have that sorted, please don't do anything with my data - don't delete it, just don't use it.\n\nSam Adeyemi\n",
  ["restriction"], "Sam Adeyemi", "sam.adeyemi@gmail.com",
  notes="restriction pending accuracy check; mentions wrong data but asks only to freeze")

# 19 portability, non-native, CSV
M("en", "Lars Øvergaard <lars.overgaard@online.no>", "export of my data",
  "12 Apr 2024 10:22:18 +0200",
  "Hei,\n\nCan you please send me my data (contact info, bookings, the photos) as CSV or JSON file? I want to put it "
  "in another system with my new photographer in Oslo.\n\nTakk,\nLars Øvergaard\n",
  ["portability"], "Lars Øvergaard", "lars.overgaard@online.no",
  notes="no weekday in Date; non-native")

# 20 withdraw_consent, headshots marketing; Date malformed
M("en", "Imogen Thackeray <imogen@thackeraydesign.co.uk>", "Use of my headshots",
  "Mon, 31 Feb 2025 14:22:00 +0000",
  "Dear Studio Lichtval,\n\nLast spring I ticked the box allowing you to use my headshots in your marketing. I withdraw "
  "that permission as of today; please stop using them in ads, on your site and on LinkedIn.\n\nBest wishes,\nImogen Thackeray\n",
  ["withdraw_consent"], "Imogen Thackeray", "imogen@thackeraydesign.co.uk", received=None,
  notes="impossible Date (31 Feb) -> received null")

# 21 objection + erasure
M("en", "Niall O'Rourke <niall.orourke@gmail.com>", "unsubscribe + delete", D(2026, 1, 4, 22, 9, 51, 0),
  "stop sending me the newsletter and delete my email address and whatever else you have on me pls. "
  "the unsubscribe link in your mail gives an error\n\nniall\n",
  ["erasure", "objection"], "Niall O'Rourke", "niall.orourke@gmail.com",
  notes="two rights; mentions broken unsubscribe link")

# 22 restriction, html-only Outlook, complaint
M("en", "Gemma Castellano <gemma.castellano@hotmail.com>", "Complaint - please stop using my photos meanwhile",
  D(2024, 6, 18, 11, 6, 29, 120), None,
  ["restriction"], "Gemma Castellano", "gemma.castellano@hotmail.com", html_only=True,
  html="<html><body><div style='font-family:Calibri'><p>Dear Sir/Madam,</p>"
       "<p>As you know I have filed a complaint about the quality of the maternity shoot. While this is being handled, "
       "I ask you to keep my files and details but not to use them for anything &#8211; no albums, no social media, "
       "no sharing with your print lab &#8211; until the complaint is resolved.</p>"
       "<p>Kind regards,<br>Gemma Castellano</p></div></body></html>",
  hdrs=[("X-Mailer", "Microsoft Outlook 16.0")],
  notes="HTML-only; restriction during complaint")

# 23 access + rectification; Reply-To; Australia offset
M("en", "Ben Kowalczyk <ben.kowalczyk@bigpond.com>", "Change of address and question",
  D(2025, 7, 15, 6, 48, 3, 600),
  "G'day,\n\nWe've moved back to Brisbane. Could you update my postal address to 17 Wattle St, Paddington QLD 4064, "
  "Australia, and while you're at it send me a copy of everything you've got on file about me?\n\nCheers,\nBen Kowalczyk\n",
  ["access", "rectification"], "Ben Kowalczyk", "ben.kowalczyk@bigpond.com",
  notes="two rights; +1000 offset")

# ---- non-requests ----
# 24 booking
M("en", "Chloe Redfern <chloe.redfern@gmail.com>", "Engagement shoot in Bruges?", D(2025, 2, 14, 12, 0, 33, 0),
  "Hi!\n\nWe're getting engaged in April (well, he doesn't know yet) and would love a small shoot in Bruges. "
  "Do you travel to Belgium and what would 2 hours cost? We'd like a few for Instagram too.\n\nChloe\n",
  [], notes="booking question")

# 25 invoice question
M("en", "Accounts - Greenleaf Events <accounts@greenleaf-events.co.uk>", "Invoice 2024-0318",
  D(2024, 8, 30, 9, 45, 0, 60),
  "Hello,\n\nCould you re-issue invoice 2024-0318 with our VAT number (GB 302 1184 77) on it? Our finance system "
  "rejects it otherwise. Payment will follow within 14 days.\n\nKind regards,\nPaula\nGreenleaf Events Ltd\n",
  [], notes="invoice question")

# 26 supplier newsletter with privacy/unsubscribe
M("en", "ProLab Prints <news@prolabprints.eu>", "Autumn offer: 20% off fine art paper",
  D(2025, 10, 1, 6, 0, 0, 0),
  "Autumn offer for studios\n\n20% off Hahnemuehle fine art paper until 31 October.\n\n"
  "You receive this e-mail because you are a registered ProLab customer. We process your data in line with the GDPR; "
  "read our privacy policy at prolabprints.eu/privacy. Don't want these mails? Unsubscribe here: prolabprints.eu/u/8812\n",
  [], html="<h2>Autumn offer for studios</h2><p>20% off fine art paper until 31 October.</p><p style='font-size:10px'>"
  "We process your data in line with the GDPR. <a href='https://prolabprints.eu/u/8812'>Unsubscribe</a> | "
  "<a href='https://prolabprints.eu/privacy'>Privacy policy</a></p>",
  hdrs=[("List-Unsubscribe", "<https://prolabprints.eu/u/8812>"), ("Precedence", "bulk")],
  notes="supplier newsletter; privacy and unsubscribe in footer only")

# 27 out of office
M("en", "Rupert Sinclair <rupert.sinclair@harcourtlegal.co.uk>", "Automatic reply: Your quote from Studio Lichtval",
  D(2024, 12, 23, 10, 2, 11, 0),
  "Thank you for your email. I am out of the office until 6 January with no access to email. For urgent matters "
  "please contact reception on +44 20 7946 0321.\n\nThis email and any attachments are confidential and may contain "
  "personal data. If you have received it in error please delete it and notify the sender. We process personal data "
  "in accordance with the UK GDPR.\n",
  [], hdrs=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
  notes="out-of-office with GDPR disclaimer")

# 28 question about privacy policy, asks nothing
M("en", "Mei-Lin Corrigan <meilin.corrigan@gmail.com>", "quick question about your privacy statement",
  D(2026, 4, 7, 16, 30, 12, 120),
  "Hi,\n\nBefore we book the newborn session: your privacy statement says you store client galleries with a cloud "
  "provider. Is that within the EU? Just want to understand it, no problem either way.\n\nThanks,\nMei-Lin\n",
  [], notes="question about policy, no request")

# 29 spam about GDPR
M("en", "GDPR Compliance Desk <alerts@gdpr-compliance-centre.info>", "URGENT: your website is not GDPR compliant",
  "Wed, 12 Mar 2025 03:14:07 +0530",
  "Dear Business Owner,\n\nOur scan found 7 GDPR violations on studiolichtval.nl. Fines up to EUR 20 million! "
  "Customers can request access or deletion of their data at any time and you must respond within 30 days. "
  "Order our Compliance Pack today for only EUR 49 and stay safe.\n\nClick here: gdpr-compliance-centre.info/pack\n",
  [], notes="spam about GDPR; India offset")

# 30 client allows use of photos, reply with quoted studio text
M("en", "Jack & Olivia Penhaligon <penhaligons@gmail.com>", "Re: May we share your wedding photos?",
  D(2024, 9, 9, 19, 2, 40, 60),
  "Hi!\n\nOf course, go ahead - you can use the photos on your website and Instagram, we'd be honoured. "
  "Tag us if you like (@thepenhaligons).\n\nJack & Olivia\n\n"
  "On 9 Sep 2024, at 10:15, Studio Lichtval <info@studiolichtval.nl> wrote:\n"
  "> Hi Jack and Olivia,\n> We'd love to share a few images from your wedding. You can withdraw this consent at any time,\n"
  "> and ask us to delete your photos or give you a copy of your data.\n> Best, Studio Lichtval\n",
  [], notes="consent given, not a request; quoted studio text mentions withdraw/delete/copy")
