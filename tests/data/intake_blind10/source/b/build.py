#!/usr/bin/env python3
"""Writes mails/NNNN.eml + mails/NNNN.json (stdlib only)."""
import json, os, glob, email.utils
from email.message import EmailMessage
from email import policy

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "mails")
STUDIO = "Studio Zoutkorrel <hallo@studiozoutkorrel.be>"
FORM = "Website Studio Zoutkorrel <noreply@studiozoutkorrel.be>"

JPG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00" + b"\x00" * 40 + b"\xff\xd9"
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4\x89" + b"\x00" * 20
PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
HEIC = b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00mif1heic" + b"\x00" * 30


def blob(ct):
    return {"image/jpeg": JPG, "image/png": PNG, "application/pdf": PDF}.get(ct, HEIC)


M = []  # every mail written on its own below

# ---------------------------------------------------------------- ENGLISH
M.append(dict(lang="en", frm="Jonas Brückner <jonas.brueckner@posteo.de>",
  date="Tue, 05 Mar 2024 09:14:22 +0100", subject="Question about my data",
  body="""Hello,

last year in October I made a business portrait at your studio (for my LinkedIn, you remember maybe the guy with the green jacket). Now I am curious what information you still have about me in your systems. Can you tell me which data you store, where you got it and how long you will keep it? Also if you gave it to somebody else, like a printing company or so.

Thank you and best greetings from Aachen,
Jonas Brückner
""", dsar=True, rights=["access"], rname="Jonas Brückner", remail="jonas.brueckner@posteo.de",
  notes="non-native (German) writer, access in everyday words, no GDPR wording"))

M.append(dict(lang="en", frm="Kayleigh Morgan <kayleighmorgan88@gmail.com>",
  date="Sat, 16 Mar 2024 23:51:09 +0000", subject="DELETE ME",
  body="""I have asked your assistant twice on the phone now. I want every single thing you have on me gone. My name, my number, the photos from that awful shoot, the lot. Don't send me a survey, don't send me a discount code, just get rid of it and confirm in writing.

K. Morgan
""", dsar=True, rights=["erasure"], rname="Kayleigh Morgan", remail="kayleighmorgan88@gmail.com",
  notes="angry, caps subject; signature gives only initial + surname; name from display name"))

M.append(dict(lang="en", frm="Ana Lucía Ferreira <analu.ferreira@outlook.com>",
  date="Mon, 8 Apr 2024 14:02:47 +0200", subject="my pictures on your instagram",
  body="""Hi Lotte!

Hope you're well. So, the test shoot we did in 2022 — the ones by the canal with the red coat — are still on your Instagram grid and in the portfolio page on the website. I've moved on from modelling and I'm starting a job at a law firm, and honestly I'd prefer they weren't out there anymore. Could you take them down from both? I've attached a screenshot of the post I mean so you don't have to search.

No hard feelings at all, I loved working with you!
Ana
""", atts=[("Screenshot_2024-04-08-13-55-10.png", "image/png", False)],
  dsar=True, rights=["withdraw_consent"], rname="Ana Lucía Ferreira", remail="analu.ferreira@outlook.com",
  notes="model wants photos off Instagram + website; screenshot attachment is not an ID"))

M.append(dict(lang="en", frm="<d.okafor@zohomail.eu>", date=None, subject="",
  body="""stop emailing me your newsletter. never signed up for it.
""", dsar=True, rights=["objection"], rname=None, remail="d.okafor@zohomail.eu",
  notes="no Date header (received null), no subject, no display name, no signature"))

M.append(dict(lang="en", frm="Priya Raghunathan <priya.r@fastmail.com>",
  date="Wed, 24 Apr 2024 11:38:00 +0530", subject="Wrong name in your records / album credits",
  body="""Dear Studio Zoutkorrel team,

Thank you again for the lovely wedding album. One small issue: in the online gallery and on the invoice my name is written as "Priya Ragunathan" (missing the h). It should be Raghunathan. Also my email in your client file is still my old university one; please replace it with priya.raghunathan@kpnmail.nl, I don't read the fastmail one much anymore after this month.

Kind regards,
Priya Raghunathan
""", dsar=True, rights=["rectification"], rname="Priya Raghunathan", remail="priya.r@fastmail.com",
  notes="India offset; new address inside rectification is NOT the requester address"))

M.append(dict(lang="en", frm="Tom Hughes <tom.hughes@telenet.be>",
  date="Thu, 02 May 2024 20:17:31 +0200", subject="Moving our stuff to a new photographer",
  body="""Hi there,

I'm writing for myself and on behalf of my partner Isabel, who is cc'd but hates email.

We're moving to Leuven and have booked a photographer there for our daughter's yearly portraits. Could you send us everything you've got on file for us — the booking history, the questionnaire answers we filled in, the session notes — in some normal format like a spreadsheet or CSV, so we can pass it on to her? If it's easier you can send it straight to the new studio, just let me know and I'll give you the address.

Cheers,
Tom
""", cc="Isabel Verstraete <isabel.verstraete@telenet.be>",
  dsar=True, rights=["portability"], rname="Tom Hughes", remail="tom.hughes@telenet.be",
  notes="partner writes for himself and Isabel (Cc); name from display name; portability in everyday words (spreadsheet/CSV, pass on to new studio)"))

M.append(dict(lang="en", frm="Marcus Delaney <marcus@delaneyjoinery.co.uk>",
  date="Fri, 17 May 2024 08:03:12 +0100", subject="Re: invoice 2024-031 and the headshots",
  body="""Lotte,

As you know I don't agree with the invoice and I've now passed it to my solicitor. For that reason please do NOT delete the contract, our emails or the shoot files — I may need them. But until this is sorted I don't want my headshots used anywhere, not in your portfolio and not in the examples you send to other businesses. Just keep them locked away until we've resolved it.

Marcus Delaney
Delaney Joinery Ltd
""", dsar=True, rights=["restriction"], rname="Marcus Delaney", remail="marcus@delaneyjoinery.co.uk",
  notes="UK; invoice dispute but asks keep-but-don't-use -> restriction, not erasure/withdrawal"))

M.append(dict(lang="en", frm="Elif Şahin <elif.sahin@gmx.net>",
  date="Mon, 03 Jun 2024 10:00:00 +0200", subject="Subject Access Request under Article 15 GDPR",
  body="""Elif Şahin
Kerkstraat 118
2060 Antwerpen
Belgium

To: Studio Zoutkorrel
Data Protection Officer / Data Controller

Date: 3 June 2024

Subject: Subject Access Request under Article 15 of the General Data Protection Regulation (EU) 2016/679

Dear Sir or Madam,

I am writing to exercise my right of access under Article 15 GDPR. Please provide me with a copy of all personal data concerning me that you process, together with the following information:

1. the purposes of the processing;
2. the categories of personal data concerned;
3. the recipients or categories of recipients to whom the data have been disclosed;
4. the envisaged period for which the data will be stored;
5. the existence of the right to request rectification (Article 16), erasure (Article 17), restriction (Article 18) and to object (Article 21);
6. the source of the data where not collected from me.

Under Article 12(3) GDPR you must respond without undue delay and in any event within one month of receipt of this request. To confirm my identity I have attached a copy of my identity card.

If I do not receive a complete response within this period, I reserve the right to lodge a complaint with the Data Protection Authority (Gegevensbeschermingsautoriteit) and to seek judicial remedy.

Yours faithfully,

Elif Şahin
""", atts=[("ID_card_Elif_Sahin.jpg", "image/jpeg", True)],
  dsar=True, rights=["access"], rname="Elif Şahin", remail="elif.sahin@gmx.net",
  notes="generator-style letter: mentions Art. 16/17/18/21 but only asks access; ID scan attached"))

M.append(dict(lang="en", frm="Rebecca Lindqvist <rebecca.lindqvist@protonmail.com>",
  date="Tue, 11 Jun 2024 16:45:03 +0200", subject="My son's photos",
  body="""Hello,

My son Noah (he's 14) did a "young model" portfolio session with you in 2021. He has now asked me to get those pictures taken off your website and your Facebook page — he's being teased at school about them. As his mother I'm withdrawing the permission I gave back then.

And while you're at it, please delete the whole file you hold on him: his name, date of birth, measurements, the contact sheet, everything. We won't be booking again.

Thanks,
Rebecca Lindqvist
""", dsar=True, rights=["erasure", "withdraw_consent"], rname="Noah", remail="rebecca.lindqvist@protonmail.com",
  notes="parent acting for a minor (data subject Noah, surname not given); requester_email = parent's From; withdrawal of consent + erasure"))

M.append(dict(lang="en", frm="Harwood & Pye Solicitors <enquiries@harwoodpye-law.co.uk>",
  date="Wed, 19 Jun 2024 12:30:45 +0100", subject="Our client: Ms Chloe Abernathy - request for copy of personal data",
  body="""Dear Sirs,

We act for Ms Chloe Abernathy of 14 Belmont Road, Bristol, in connection with a wedding photography contract entered into with your studio in 2023.

On our client's instructions, and with her signed authority (enclosed), we request that you provide all personal data you hold concerning our client in a structured, commonly used and machine-readable format, and that you transmit it to this office. We would ask you to treat this letter as a request under Article 20 of the UK and EU GDPR.

Please direct all correspondence to the undersigned.

Yours faithfully,

Daniel Pye
Partner, Harwood & Pye Solicitors
""", atts=[("Letter_of_authority_Abernathy.pdf", "application/pdf", False)],
  dsar=True, rights=["portability"], rname="Chloe Abernathy", remail="enquiries@harwoodpye-law.co.uk",
  notes="lawyer for client; data subject Chloe Abernathy has no own address in mail, so requester_email = firm's From; authority letter is not an ID"))

M.append(dict(lang="en", frm=FORM, date="Sun, 23 Jun 2024 19:22:10 +0200",
  subject="New contact form submission: General question",
  body="""You have received a new message via the contact form on studiozoutkorrel.be

Name: Grace Oduya
Email: grace.oduya@yahoo.com
Phone: +32 470 55 18 92
Subject: General question

Message:
hi, I had a pregnancy shoot with you in April and I see one of my photos is now in an advert for your studio on Facebook. I'm not asking you to delete anything (I might still want to order prints) but please stop using my pictures in any ads or promo until I've talked it through with my husband. Just park them for now.

---
This e-mail was sent from the contact form on Studio Zoutkorrel (https://studiozoutkorrel.be)
""", dsar=True, rights=["restriction"], rname="Grace Oduya", remail="grace.oduya@yahoo.com",
  notes="contact-form notification, no Reply-To: requester address only in body; 'don't delete, stop using for now' -> restriction"))

M.append(dict(lang="en", frm="Sofie Claes <sofie@studiozoutkorrel.be>",
  date="Mon, 01 Jul 2024 09:12:40 +0200", subject="Fwd: my details",
  body="""Lotte, this came in on my old address while you were away. Forwarding it as attachment. Sofie
""", fwd=dict(frm="Wojciech Nowak <w.nowak77@wp.pl>", date="Thu, 27 Jun 2024 21:40:12 +0200",
    subject="my details", to="sofie.claes@gmail.com",
    body="""Good evening,

I would like to know what personal information your studio keeps about me since the family shoot in 2022 - please send me a copy of it. Also the address you have is wrong, I moved: it is now Lange Lozanastraat 41, 2018 Antwerpen and not Plantin en Moretuslei anymore. Please change it.

Regards
Wojciech Nowak
"""), atts=[("my details.eml", "message/rfc822", False)],
  dsar=True, rights=["access", "rectification"], rname="Wojciech Nowak", remail="w.nowak77@wp.pl",
  notes="forward-as-attachment by studio colleague; requester is inside the attached message/rfc822; non-native (Polish) writer"))

M.append(dict(lang="en", frm="Hannah Whitfield <hannah.whitfield@icloud.com>",
  date="Thu, 11 Jul 2024 07:58:19 +1000", subject="Re: Summer mini-sessions are BACK ☀️",
  body="""Please take me off this mailing list. I only booked once for a passport photo and I've been getting these every month since.

On Wed, 10 Jul 2024 at 18:00, Studio Zoutkorrel <hallo@studiozoutkorrel.be> wrote:
> Hi there!
>
> Our summer mini-sessions are back: 20 minutes, 5 edited photos, €95.
> Book before 31 July and get 10% off.
>
> You receive this newsletter because you are a client of Studio Zoutkorrel.
> Want to change how we use your data or delete your data? Reply to this mail
> or use the unsubscribe link below.
>
> Studio Zoutkorrel - Gent
""", dsar=True, rights=["objection"], rname="Hannah Whitfield", remail="hannah.whitfield@icloud.com",
  notes="Australian offset; reply over quoted newsletter whose quoted text mentions delete/data; only the objection is asked"))

M.append(dict(lang="en", frm="Laura Bianchi <laura.bianchi@libero.it>",
  date="Mon, 29 Jul 2024 15:20:55 +0200", subject="Second reminder - correction of my data",
  body="""Dear Ms Verhulst,

On 12 June I wrote to you asking to correct my date of birth and my surname in your client records (it's Bianchi-Moretti since my marriage, and I was born on 3 February 1991, not 1 March). I have not received any answer, not even a confirmation. This is now more than six weeks.

Could you please make the correction and confirm it to me this week? I need the invoice with the right name for my employer's reimbursement.

Thank you,
Laura Bianchi-Moretti
""", dsar=True, rights=["rectification"], rname="Laura Bianchi", remail="laura.bianchi@libero.it",
  notes="reminder of earlier unanswered request; new surname inside the request; requester_name from display name (signature already uses the new name Bianchi-Moretti)"))

M.append(dict(lang="en", frm="Pieter van Dongen <p.vandongen@hoekstra-logistics.nl>",
  reply_to="Pieter van Dongen <pietervd@ziggo.nl>",
  date="Tue, 06 Aug 2024 13:47:02 +0200", subject="Photos on your website",
  body="""Hi Lotte,

Writing from work, but please answer on my private address (should be set as reply-to).

My ex and I did an engagement shoot with you in 2019 and one of those photos is still on the homepage slider and on your "Love stories" page. We're no longer together and I don't want to be shown on your site or socials anymore. I'm withdrawing my OK for that — please take them down.

Thanks for understanding,
Pieter
""", html=True, inline_logo=True,
  atts=[("hoekstra_logo.png", "image/png", False)],
  dsar=True, rights=["withdraw_consent"], rname="Pieter van Dongen", remail="pietervd@ziggo.nl",
  notes="work account with Reply-To private address -> requester_email = Reply-To; inline company signature logo (not ID)"))

M.append(dict(lang="en", frm="Sanne Hoogeveen <sanne.hoogeveen@hotmail.com>",
  date="Fri, 16 Aug 2024 10:05:33 +0200", subject="Request for erasure (Article 17 GDPR)",
  body="""Sanne Hoogeveen
Oudegracht 212-bis
3511 NV Utrecht
The Netherlands

Studio Zoutkorrel
Attn: the data controller

Re: Request for erasure of personal data pursuant to Article 17 GDPR

Dear Sir/Madam,

Pursuant to Article 17(1) of the General Data Protection Regulation, I hereby request that you erase without undue delay all personal data concerning me which you hold, including but not limited to my contact details, booking records, correspondence and any photographs or video recordings in which I can be identified.

I note that, under Article 19 GDPR, you are required to communicate this erasure to each recipient to whom the personal data have been disclosed. Under Article 12(3) you must act on this request within one month of receipt. Should you consider that one of the exemptions in Article 17(3) applies, please state which exemption and your reasons.

Should I not receive a satisfactory reply within one month, I reserve the right to lodge a complaint with the Autoriteit Persoonsgegevens and to take further legal action.

Yours faithfully,
Sanne Hoogeveen
""", dsar=True, rights=["erasure"], rname="Sanne Hoogeveen", remail="sanne.hoogeveen@hotmail.com",
  notes="generator-style letter citing Art. 12/17/19; erasure only"))

M.append(dict(lang="en", frm="Olivia Mensah-Brandt <olivia.mb@web.de>",
  date="Sat, 31 Aug 2024 01:12:44 +0200", subject="about the headshots... sorry long mail",
  body="""Hi Lotte,

Sorry for writing so late at night, I can't sleep over this and I'd rather just write it down.

So you know I did the acting headshots with you in May, and I was super happy with them, and I signed the form thing at the end, the model release. Now my new agent says the release I signed might allow commercial use and she wants to read it first before anything else happens with the photos. I honestly don't remember what it said, I signed it on the iPad in like 10 seconds. I'm not saying you did anything wrong!! I just saw one of the photos on the page of the hair salon next door and it freaked me out a bit.

So what I'm asking is: can you please not use or share the headshots for anything (salon, ads, portfolio, whatever) while my agent looks at the release? Don't delete them, I still want them and maybe it's all fine. Just pause everything until we've figured it out. And could you send me a copy of that release please.

Thanks and sorry again for the essay,
Olivia
""", dsar=True, rights=["restriction"], rname="Olivia Mensah-Brandt", remail="olivia.mb@web.de",
  notes="rambling; pause-while-checking -> restriction; asking for a copy of the signed release is a document request, not labelled access"))

M.append(dict(lang="en", frm="Mehmet Yıldız <mehmetyildiz.foto@hotmail.com>",
  date="Tue, 10 Sep 2024 17:31:08 +0300", subject="Transfer my photos and informations",
  body="""Hello Mrs Lotte,

I am living now in Istanbul again and I find a new photographer here for continue my portfolio. Please can you send all my photos and my informations from your system (the measurements, the booking list, everything) directly to him? His email is studio@kadrajfoto.com.tr. He say he can open normal files like zip or csv.

If it is not possible direct, you can also send to me and I give to him.

Many thanks,
Mehmet Yıldız
""", dsar=True, rights=["portability"], rname="Mehmet Yıldız", remail="mehmetyildiz.foto@hotmail.com",
  notes="Turkey offset; non-native; third-party photographer address in body is not the requester"))

M.append(dict(lang="en", frm="Ruth Kowalczyk <ruthk@mailbox.org>",
  date="Thu, 19 Sep 2024 12:00:01 GMT", subject="unsubscribe + remove",
  body="""Unsubscribe me and delete my details from your system please. thx
""", dsar=True, rights=["erasure", "objection"], rname="Ruth Kowalczyk", remail="ruthk@mailbox.org",
  notes="short one-liner, GMT date; objection (newsletter) + erasure"))

# English non-requests
M.append(dict(lang="en", frm="Megan O'Sullivan <megan.osullivan@gmail.com>",
  date="Mon, 07 Oct 2024 11:25:16 +0100", subject="RAW files from my shoot",
  body="""Hi Lotte,

Quick one — when I booked the "full package" for my brand shoot in September it said the RAW files were included, and I paid the full invoice (attached) two weeks ago. I've only received the 25 edited JPEGs so far. Could you send me the RAW files as well, via WeTransfer or whatever works? They're my photos and my data, so I'd like the originals for my designer.

Thanks!
Megan
""", atts=[("Factuur_2024-0917.pdf", "application/pdf", False)],
  dsar=False, rights=[], notes="NON-request: paid-for deliverable (RAW files), 'my data' wording; invoice attachment"))

M.append(dict(lang="en", frm="James Whitaker <j.whitaker@brightwave-media.com>",
  date="Wed, 16 Oct 2024 08:00:03 -0400", subject="Automatic reply: Privacy statement for the joint campaign",
  extra={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
  body="""Thank you for your message. I am out of the office until Monday 28 October with limited access to email.

For anything related to the campaign shoot, please contact Rachel Greene (rachel.greene@brightwave-media.com). For questions about data protection or our privacy statement, please contact privacy@brightwave-media.com.

Best regards,
James Whitaker
""", dsar=False, rights=[], notes="NON-request: out-of-office auto-reply (US offset) mentioning privacy"))

M.append(dict(lang="en", frm="Mail Delivery Subsystem <mailer-daemon@mail.studiozoutkorrel.be>",
  date="Fri, 01 Nov 2024 10:02:11 +0100", subject="Undelivered Mail Returned to Sender",
  extra={"Auto-Submitted": "auto-replied"},
  body="""This is the mail system at host mail.studiozoutkorrel.be.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<b.vermeersch@skynet.be>: host mx.skynet.be[195.238.5.128] said: 550 5.1.1
    Recipient address rejected: User unknown (in reply to RCPT TO command)

--- Original message headers ---
From: Studio Zoutkorrel <hallo@studiozoutkorrel.be>
To: b.vermeersch@skynet.be
Subject: November newsletter: Christmas family sessions + how we handle your data
""", dsar=False, rights=[], notes="NON-request: newsletter bounce; subject of bounced newsletter mentions data"))

M.append(dict(lang="en", frm="Jade Fontaine-Walsh <jadefw.model@gmail.com>",
  date="Tue, 12 Nov 2024 14:33:50 +0100", subject="model release question before Saturday",
  body="""Hey Lotte,

Before Saturday's shoot: your booking mail says I'll need to sign a model release. Two questions —
1) does it cover only your portfolio/Instagram or also selling the images to brands?
2) if I sign it and later change my mind, is it possible to have photos removed then, or is it final?

Not trying to be difficult, my agency just asks me to check these things. Can't wait for the shoot!

Jade
""", dsar=False, rights=[], notes="NON-request: hypothetical question about future removal/consent before signing a release"))

M.append(dict(lang="en", frm="Bram Peeters <bram@peeters-interieur.be>",
  date="Thu, 21 Nov 2024 16:10:27 +0100", subject="duplicate invoice - please delete",
  body="""Hello,

We received invoice 2024-0388 twice, once on 4 November and once on 18 November with a different number (2024-0402) but the same product shoot. We paid the first one. Please delete the duplicate invoice from your system and send a credit note so our accountant can close it.

Kind regards,
Bram Peeters
Peeters Interieur bv
""", dsar=False, rights=[], notes="NON-request: 'please delete' refers to a duplicate invoice (bookkeeping), not personal data"))

M.append(dict(lang="en", frm="GDPR Compliance Team <info@eu-privacy-certify.net>",
  date="Mon, 02 Dec 2024 06:15:00 +0000", subject="URGENT: Your studio website is NOT GDPR compliant - fines up to EUR 20 million",
  html_only=True,
  body="""<html><body><p>Dear business owner,</p>
<p>Our automated scan found that <b>studiozoutkorrel.be</b> collects personal data of visitors without a valid consent banner. Under Article 83 GDPR, fines can reach <b>EUR 20,000,000</b>.</p>
<p>Photographers are a priority target of the data protection authorities in 2025. Do not wait until a client asks you to delete or hand over their data!</p>
<p><a href="https://eu-privacy-certify.net/scan?ref=zk">Get your compliance certificate now for only EUR 49</a></p>
<p>To stop receiving these messages, reply REMOVE.</p></body></html>
""", dsar=False, rights=[], notes="NON-request: spam, HTML-only, talks about GDPR/consent/deletion"))

# ---------------------------------------------------------------- FRENCH
M.append(dict(lang="fr", frm="Nathalie Dubois <nathalie.dubois@skynet.be>",
  date="Mon, 4 Mar 2024 18:20:00 +0100", subject="Mes informations chez vous",
  body="""Bonjour Madame,

Nous avons fait un shooting famille chez vous à Gand il y a deux ans (avec mes deux garçons et notre chien, vous vous souvenez peut-être). J'aimerais savoir quelles informations vous avez encore sur nous dans vos fichiers : adresse, numéro de téléphone, photos, etc. Est-ce que vous pourriez m'envoyer un aperçu de tout ça ?

Merci d'avance et bonne soirée,
Nathalie Dubois
""", charset="windows-1252", dsar=True, rights=["access"], rname="Nathalie Dubois", remail="nathalie.dubois@skynet.be",
  notes="Belgian writer, windows-1252; access in everyday words"))

M.append(dict(lang="fr", frm="kevin.lambert.1990@gmail.com", date="Fri, 22 Mar 2024 22:47:13 +0100",
  subject="supression de mes donnees !!!",
  body="""bonjour

ca fait 3 semaines que je demande qu on efface mes coordonnees et mes photos de votre fichier et personne ne repond. je veux que TOUT soit supprime, mon nom mon adresse mes photos du shooting de decembre. c est pas complique quand meme

kevin lambert
""", dsar=True, rights=["erasure"], rname="kevin lambert", remail="kevin.lambert.1990@gmail.com",
  notes="angry, no accents, typos; bare address as From; name from signature (lowercase kept)"))

M.append(dict(lang="fr", frm="Inès Marchal <ines.marchal@proton.me>",
  date="Wed, 10 Apr 2024 10:31:59 +0200", subject="Retrait de mes photos de votre site",
  body="""Bonjour Lotte,

J'espère que tu vas bien ! Je t'écris au sujet des photos de mon book (séance de juin 2023, studio + extérieur au Béguinage). Elles sont toujours sur ta page Instagram et dans la galerie « Portraits » de ton site. Je ne souhaite plus qu'elles soient publiées : je retire mon accord pour leur diffusion. Tu peux les retirer des deux endroits ?

Je mets en pièce jointe une capture d'écran de la galerie pour que tu voies lesquelles.

Merci beaucoup et à bientôt peut-être,
Inès
""", atts=[("capture galerie portraits.png", "image/png", False)],
  dsar=True, rights=["withdraw_consent"], rname="Inès Marchal", remail="ines.marchal@proton.me",
  notes="model withdraws consent for Instagram + website; screenshot is not an ID"))

M.append(dict(lang="fr", frm="Gérard Collignon <g.collignon@voo.be>",
  date="Tue, 23 Apr 2024 08:12:44 +0200", subject="newsletter",
  body="""Arrêtez de m'envoyer vos promotions s'il vous plaît.
G. Collignon
""", dsar=True, rights=["objection"], rname="Gérard Collignon", remail="g.collignon@voo.be",
  notes="terse; direct marketing objection without legal words"))

M.append(dict(lang="fr", frm="Amandine Rousseau <amandine.rousseau@orange.fr>",
  date="Thu, 16 May 2024 13:09:27 +0200", subject="Changement de nom et d'adresse mail",
  body="""Bonjour,

Suite à mon mariage je porte maintenant le nom de Amandine Rousseau-Leclercq. Pourriez-vous mettre à jour votre fiche client (et le nom sur la facture du shooting grossesse si elle n'est pas encore envoyée) ? Mon adresse postale a aussi changé : 17 rue des Tanneurs, 59800 Lille.

Enfin, merci d'utiliser désormais l'adresse amandine.rl@laposte.net pour me contacter.

Bien cordialement,
Amandine Rousseau-Leclercq
""", cte="quoted-printable",
  dsar=True, rights=["rectification"], rname="Amandine Rousseau-Leclercq", remail="amandine.rousseau@orange.fr",
  notes="French writer; new surname and new address inside rectification are not the requester address; QP"))

M.append(dict(lang="fr", frm="Julien Mertens <julien.mertens@outlook.be>",
  date="Sat, 25 May 2024 11:44:00 +0200", subject="Export de mes données ?",
  body="""Salut,

Est-ce que c'est possible de recevoir toutes les infos que vous avez sur moi (réservations, formulaire de préparation, adresses, factures) dans un fichier que je peux ouvrir dans Excel, genre CSV ? Je veux tout regrouper dans mon propre outil et, si ça se passe bien, le donner au photographe qui fera notre mariage l'an prochain.

Merci !
Julien
""", dsar=True, rights=["portability"], rname="Julien Mertens", remail="julien.mertens@outlook.be",
  notes="portability in everyday words (CSV, pass on to other photographer)"))

M.append(dict(lang="fr", frm="Véronique Lemaire <v.lemaire@lemaire-traiteur.be>",
  date="Mon, 10 Jun 2024 17:55:21 +0200", subject="Litige - photos de l'événement",
  body="""Madame Verhulst,

Comme je vous l'ai dit au téléphone, nous contestons la facture de l'événement du 12 avril et le dossier est chez notre conseiller. Je vous demande de ne surtout rien effacer (photos, échanges, contrat) car nous en aurons besoin. En revanche, tant que le litige n'est pas réglé, je ne veux plus que mes photos ni celles de mon personnel soient utilisées ou montrées à qui que ce soit, y compris sur votre site.

Veuillez simplement les conserver sans les utiliser.

Véronique Lemaire
Lemaire Traiteur sprl
""", dsar=True, rights=["restriction"], rname="Véronique Lemaire", remail="v.lemaire@lemaire-traiteur.be",
  notes="dispute: keep but don't use -> restriction (not erasure, not withdrawal)"))

M.append(dict(lang="fr", frm="Yasmina Benali <yasmina.benali@gmail.com>",
  date="Tue, 18 Jun 2024 09:30:00 +0200", subject="Demande d'accès - article 15 du RGPD",
  body="""Yasmina Benali
Avenue de la Couronne 245
1050 Ixelles

Studio Zoutkorrel
À l'attention du responsable du traitement

Ixelles, le 18 juin 2024

Objet : Demande d'accès à mes données personnelles (article 15 du Règlement général sur la protection des données)

Madame, Monsieur,

En application de l'article 15 du RGPD, je vous prie de bien vouloir m'indiquer si des données me concernant figurent dans vos fichiers et, le cas échéant, de m'en communiquer une copie, ainsi que :
- les finalités du traitement ;
- les catégories de données concernées ;
- les destinataires auxquels ces données ont été communiquées ;
- la durée de conservation envisagée ;
- l'origine des données.

Je vous rappelle que je dispose également des droits de rectification, d'effacement, de limitation et d'opposition prévus aux articles 16 à 21 du RGPD.

Conformément à l'article 12.3 du RGPD, vous disposez d'un délai d'un mois à compter de la réception de ma demande pour y répondre. Vous trouverez ci-joint une copie de ma carte d'identité.

À défaut de réponse dans ce délai, je me réserve la possibilité de saisir l'Autorité de protection des données.

Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Yasmina Benali
""", atts=[("carte_identite_recto.pdf", "application/pdf", True), ("carte_identite_verso.pdf", "application/pdf", True)],
  dsar=True, rights=["access"], rname="Yasmina Benali", remail="yasmina.benali@gmail.com",
  notes="generator-style letter: lists other rights (16-21) but asks only access; ID front+back as PDF"))

M.append(dict(lang="fr", frm="Christophe Renard <christophe.renard@scarlet.be>",
  date="Fri, 28 Jun 2024 20:03:37 +0200", subject="Photos de ma fille Louise sur Facebook",
  body="""Bonsoir,

Ma fille Louise (9 ans) a participé à votre séance « enfants au jardin » en mai. Nous avions accepté que vous publiiez une photo, mais je vois maintenant qu'il y en a quatre sur votre page Facebook et une dans une publicité. Sa maman et moi retirons notre consentement : merci de retirer toutes les photos de Louise de Facebook, d'Instagram et de votre site.

Vous pouvez garder les photos pour la commande de tirages, ce n'est pas le problème.

Christophe Renard
""", dsar=True, rights=["withdraw_consent"], rname="Louise", remail="christophe.renard@scarlet.be",
  notes="parent for a child (data subject Louise); withdrawal only, explicitly not erasure"))

M.append(dict(lang="fr", frm="Maître Sophie Deprez <s.deprez@deprez-avocats.be>",
  date="Wed, 03 Jul 2024 11:15:00 +0200", subject="V/Réf. : shooting du 14/02/2024 - N/Cliente : Mme Camille Hennebert",
  body="""Madame,

Je vous écris en qualité de conseil de Madame Camille Hennebert, domiciliée à 4000 Liège, qui a fait appel à vos services le 14 février 2024.

Ma cliente souhaite obtenir communication de l'ensemble des données à caractère personnel la concernant que vous détenez (y compris les photographies non retenues et les échanges avec votre assistante), conformément à l'article 15 du RGPD.

Par ailleurs, un différend vous opposant à ma cliente étant en cours, je vous demande de conserver l'intégralité de ces données, mais d'en suspendre toute utilisation, notamment à des fins de promotion, jusqu'à la résolution de ce différend (article 18 du RGPD).

Vous trouverez en annexe une procuration signée ainsi que la copie de la carte d'identité de ma cliente.

Veuillez agréer, Madame, l'expression de mes sentiments distingués.

Sophie Deprez
Avocate au barreau de Liège
""", atts=[("procuration_Hennebert.pdf", "application/pdf", False), ("IMG_4471.HEIC", "application/octet-stream", True)],
  dsar=True, rights=["access", "restriction"], rname="Camille Hennebert", remail="s.deprez@deprez-avocats.be",
  notes="lawyer for client (data subject Camille Hennebert); requester_email = lawyer From; power of attorney not ID; ID as .HEIC octet-stream"))

M.append(dict(lang="fr", frm=FORM, reply_to="Mathieu Gillet <mathieu.gillet@hotmail.fr>",
  date="Sun, 14 Jul 2024 15:48:30 +0200", subject="Nouveau message via le formulaire de contact",
  body="""Nouveau message depuis le formulaire de contact de studiozoutkorrel.be

Nom : Mathieu Gillet
E-mail : mathieu.gillet@hotmail.fr
Téléphone : 06 12 34 56 78
Sujet : Autre

Message :
Bonjour, depuis mon shooting CV l'an dernier je reçois vos mails promotionnels et maintenant aussi des SMS. Je m'oppose à ce que vous utilisiez mon numéro et mon adresse pour de la prospection. Merci de ne plus rien m'envoyer.

--
Envoyé depuis le formulaire de contact de Studio Zoutkorrel
""", dsar=True, rights=["objection"], rname="Mathieu Gillet", remail="mathieu.gillet@hotmail.fr",
  notes="contact-form notification with Reply-To = requester; objection to marketing"))

M.append(dict(lang="fr", frm="Sofie Claes <sofie@studiozoutkorrel.be>",
  date="Mon, 22 Jul 2024 10:26:08 +0200", subject="Fwd: Suppression",
  body="""Pour toi Lotte, arrivé sur Instagram puis par mail chez moi. Bisou, Sofie

---------- Forwarded message ---------
De : Manon Thys <manon.thys@telenet.be>
Date: ven. 19 juil. 2024 à 22:14
Subject: Suppression
To: Sofie Claes <sofie.claes@gmail.com>


Bonjour Sofie,

Pourriez-vous transmettre à Lotte : je souhaite que toutes mes données soient effacées de chez vous, fiche client, mails et photos du shooting. Je ne reviendrai plus et je préfère qu'il ne reste rien.

Merci,
Manon Thys
""", dsar=True, rights=["erasure"], rname="Manon Thys", remail="manon.thys@telenet.be",
  notes="Gmail-style inline forward by colleague; forward note in French; requester inside the forward"))

M.append(dict(lang="fr", frm="Élodie Vandenberghe <elodie.vdb@gmail.com>",
  date="Thu, 01 Aug 2024 12:59:41 +0200", subject="Re: Vos photos sont prêtes !",
  body="""Bonjour Lotte,

Les photos sont superbes, merci ! Par contre, après réflexion, je ne veux finalement pas qu'elles soient publiées sur ton site ni sur les réseaux, même pas une. Je retire l'autorisation que j'avais cochée dans le formulaire.

Bonne journée,
Élodie

Le mer. 31 juil. 2024 à 16:02, Studio Zoutkorrel <hallo@studiozoutkorrel.be> a écrit :
> Bonjour Élodie,
>
> Tes photos sont prêtes ! Tu peux les télécharger via le lien ci-dessous
> pendant 30 jours. Comme convenu dans le formulaire, j'en publierai
> quelques-unes sur Instagram et sur le site.
>
> Lotte - Studio Zoutkorrel
""", html=True, dsar=True, rights=["withdraw_consent"], rname="Élodie Vandenberghe", remail="elodie.vdb@gmail.com",
  notes="reply over quoted studio text; plain + HTML alternative; withdrawal of publication consent"))

M.append(dict(lang="fr", frm="Patrick Lefèbvre <patrick.lefebvre@tele2.fr>",
  date="Mon, 19 Aug 2024 09:02:15 +0200", subject="Relance : correction de mes coordonnées",
  body="""Bonjour,

Je vous ai écrit le 8 juillet pour vous demander de corriger l'orthographe de mon nom (Lefèbvre, avec un accent, et non Lefebvre) et mon numéro de téléphone, qui est le 06 71 22 40 18. Sans nouvelles de votre part, je me permets de vous relancer.

Je vous remercie de bien vouloir effectuer ces corrections et de me le confirmer.

Cordialement,
Patrick Lefèbvre
""", dsar=True, rights=["rectification"], rname="Patrick Lefèbvre", remail="patrick.lefebvre@tele2.fr",
  notes="reminder of earlier rectification request; French writer"))

M.append(dict(lang="fr", frm="Aurélie Wauters <aurelie.wauters@ing-partners.be>",
  reply_to="aurelie.wauters@gmail.com",
  date="Wed, 04 Sep 2024 12:21:06 +0200", subject="Mes photos et mes infos",
  body="""Bonjour,

J'écris depuis le bureau mais merci de me répondre sur mon adresse perso (aurelie.wauters@gmail.com).

Je change de photographe pour les photos annuelles des enfants. Pourriez-vous m'envoyer dans un format standard (zip avec les fichiers, et un tableau pour les infos) l'ensemble de ce que je vous ai fourni : formulaires, préférences, dates des séances ? Idéalement, vous pouvez aussi tout envoyer directement à ma nouvelle photographe si elle vous contacte.

Merci d'avance,
Aurélie Wauters
""", dsar=True, rights=["portability"], rname="Aurélie Wauters", remail="aurelie.wauters@gmail.com",
  notes="work account with bare-address Reply-To -> requester_email = Reply-To"))

M.append(dict(lang="fr", frm="Olivier Masson <olivier.masson@free.fr>",
  date="Tue, 17 Sep 2024 14:00:00 +0200", subject="Opposition au traitement de mes données (article 21 RGPD)",
  body="""Olivier Masson
8 allée des Platanes
69003 Lyon

Studio Zoutkorrel

Lyon, le 17 septembre 2024

Lettre recommandée avec accusé de réception (copie par courriel)

Objet : exercice du droit d'opposition - article 21 du RGPD

Madame, Monsieur,

Je constate que mon adresse électronique et mon image, issues d'une séance photo réalisée en 2022, sont utilisées dans vos communications commerciales. Conformément à l'article 21 du RGPD, je m'oppose au traitement de mes données à des fins de prospection.

Je vous rappelle qu'en vertu de l'article 21.3, lorsque la personne concernée s'oppose au traitement à des fins de prospection, les données ne sont plus traitées à ces fins. Conformément à l'article 12.3, vous disposez d'un délai d'un mois pour me répondre. Les articles 15, 16, 17 et 20 me donnent par ailleurs d'autres droits que je n'exerce pas à ce stade.

À défaut de réponse satisfaisante, je me réserve le droit de saisir la CNIL ou l'autorité de contrôle compétente.

Veuillez agréer, Madame, Monsieur, mes salutations distinguées.

Olivier Masson
""", crlf=True, dsar=True, rights=["objection"], rname="Olivier Masson", remail="olivier.masson@free.fr",
  notes="generator-style letter citing 12/15/16/17/20/21 but only objection; CRLF line endings"))

M.append(dict(lang="fr", frm="Clémence Fournier <clemence.fournier@sfr.fr>",
  date="Mardi 32 mars 2024 25:61", subject="transfert de mes photos de mariage et de mes données",
  body="""Bonjour,

Alors voilà, c'est un peu compliqué : nous nous sommes mariés en 2023 et vous aviez fait les photos de la cérémonie, puis le reportage a été continué par un autre photographe pour la soirée (Photo Lumen à Roubaix). Pour l'album final, il a besoin de tout ce que vous avez de notre côté : les photos livrées, mais aussi nos infos (la liste des invités que je vous avais donnée, le planning, le questionnaire). Est-ce que vous pourriez lui transmettre directement ces données dans un format qu'il peut importer (CSV ou autre) ? Je vous donne mon accord.

Sinon envoyez-les-moi et je me débrouille, mais ce serait plus simple directement.

Merci beaucoup et désolée pour le roman,
Clémence Fournier
""", dsar=True, rights=["portability"], rname="Clémence Fournier", remail="clemence.fournier@sfr.fr",
  notes="malformed Date header (32 March, 25:61) -> received null; rambling; portability to another photographer"))

M.append(dict(lang="fr", frm="Bertrand Jacquet <b.jacquet@belgacom.net>",
  date="Thu, 03 Oct 2024 19:19:19 +0200", subject="Faute dans mon nom",
  body="""Bonsoir, sur la facture et la galerie en ligne c'est écrit "Jaquet" mais c'est Jacquet avec un c. Merci de corriger dans vos fichiers.
B. Jacquet
""", dsar=True, rights=["rectification"], rname="Bertrand Jacquet", remail="b.jacquet@belgacom.net",
  notes="short rectification"))

# French non-requests
M.append(dict(lang="fr", frm="Charlotte Moreau <charlotte.moreau@yahoo.fr>",
  date="Fri, 11 Oct 2024 09:41:02 +0200", subject="Réservation séance famille décembre",
  body="""Bonjour,

Nous aimerions réserver une séance famille en studio pour début décembre (2 adultes, 3 enfants de 2, 5 et 8 ans). Avez-vous encore des disponibilités un samedi matin ? Les enfants ont-ils besoin d'une autorisation signée par les deux parents pour le droit à l'image ? Et combien de photos sont incluses dans la formule de base ?

Merci et belle journée,
Charlotte Moreau
""", dsar=False, rights=[], notes="NON-request: booking question mentioning image rights/consent"))

M.append(dict(lang="fr", frm="Comptabilité Dumont & Fils <compta@dumont-fils.be>",
  date="Tue, 22 Oct 2024 10:10:10 +0200", subject="Facture en double - à supprimer",
  body="""Bonjour,

Nous avons reçu deux fois la facture pour la séance « portraits équipe » du 3 octobre (n° 2024-0355 et n° 2024-0361, même montant). Merci de supprimer la facture en double de votre système et de nous envoyer une note de crédit. Le paiement de la première a été effectué le 15/10.

Cordialement,
Service comptabilité
Dumont & Fils sa
""", dsar=False, rights=[], notes="NON-request: delete a duplicate invoice"))

M.append(dict(lang="fr", frm="Hélène Vandamme <helene.vandamme@agence-lumiere.fr>",
  date="Mon, 28 Oct 2024 07:00:12 +0100", subject="Réponse automatique : Droits à l'image - campagne printemps",
  extra={"Auto-Submitted": "auto-replied"},
  body="""Bonjour,

Je suis absente du 28 octobre au 8 novembre inclus. Pendant mon absence, pour toute question concernant les autorisations de droit à l'image ou la protection des données, merci de contacter mon collègue Thomas (thomas.roche@agence-lumiere.fr).

Vos messages ne sont pas transférés.

Hélène Vandamme
""", dsar=False, rights=[], notes="NON-request: out-of-office (Auto-Submitted) mentioning image rights and data protection"))

M.append(dict(lang="fr", frm="Conformité RGPD Express <contact@rgpd-express-conformite.com>",
  date="Wed, 06 Nov 2024 04:44:44 +0000", subject="Photographes : êtes-vous en règle avec le RGPD ? Amende jusqu'à 4 % du CA",
  body="""Madame, Monsieur,

Saviez-vous que 8 photographes sur 10 ne respectent pas le RGPD ? Vos clients peuvent à tout moment vous demander l'accès, la suppression ou la portabilité de leurs données, et vous n'avez qu'un mois pour répondre !

Notre pack « Photographe Serein » (registre des traitements, modèles de réponse, bannière cookies) est à seulement 39 € HT au lieu de 149 €.

👉 Profitez-en avant le 30 novembre : https://rgpd-express-conformite.com/photographe

Pour ne plus recevoir nos offres, répondez STOP.
""", html=True, dsar=False, rights=[], notes="NON-request: spam listing rights; plain+HTML"))

M.append(dict(lang="fr", frm="Lucie Hermans <lucie.hermans@gmail.com>",
  date="Thu, 14 Nov 2024 21:08:55 +0100", subject="Fichiers haute définition du shooting",
  body="""Bonsoir Lotte,

J'ai bien reçu la galerie en ligne, merci ! Par contre les fichiers téléchargeables sont en basse définition avec le filigrane. J'ai réglé le forfait « fichiers HD + RAW » (virement du 6/11), est-ce que tu peux m'envoyer les fichiers en haute définition et les RAW ? Ce sont quand même mes photos :)

Je joins une capture du virement.

Bises,
Lucie
""", atts=[("virement_6nov.jpg", "image/jpeg", False)],
  dsar=False, rights=[], notes="NON-request: paid deliverables (HD/RAW), screenshot of bank transfer"))

M.append(dict(lang="fr", frm="Romain Delvaux <romain.delvaux@hotmail.com>",
  date="Sat, 23 Nov 2024 16:30:00 +0100", subject="Question autorisation droit à l'image",
  body="""Bonjour,

Je serai modèle pour ton projet « Portraits de Gand » en décembre. Dans l'autorisation que tu m'as envoyée, il est écrit que je peux retirer mon consentement « à tout moment ». Concrètement, ça se passe comment si un jour je veux que les photos soient retirées de l'expo ou du livre ? Et est-ce que je peux demander que mon nom ne soit pas mentionné ?

Je n'ai encore rien signé, je préfère comprendre avant.

Romain
""", dsar=False, rights=[], notes="NON-request: question about a future model release, hypothetical withdrawal"))

M.append(dict(lang="fr", frm="Sarah Goossens <sarah.goossens@skynet.be>",
  date="Mon, 09 Dec 2024 11:11:11 +0100", subject="Re: Confirmation suppression de vos données",
  body="""Parfait, merci beaucoup pour la rapidité !

Sarah

Le ven. 6 déc. 2024 à 17:40, Studio Zoutkorrel <hallo@studiozoutkorrel.be> a écrit :
> Bonjour Sarah,
>
> Comme demandé, nous avons supprimé ta fiche client, tes photos et ton
> adresse de la newsletter. Si tu souhaites un jour accéder à nouveau à tes
> données ou réserver une séance, n'hésite pas à nous écrire.
>
> Lotte - Studio Zoutkorrel
""", dsar=False, rights=[], notes="NON-request: thank-you reply; deletion/access wording only in quoted studio text"))


# ---------------------------------------------------------------- writer
def build(spec, i):
    msg = EmailMessage()
    msg["From"] = spec["frm"]
    msg["To"] = spec.get("to", STUDIO)
    if spec.get("cc"):
        msg["Cc"] = spec["cc"]
    if spec.get("reply_to"):
        msg["Reply-To"] = spec["reply_to"]
    if spec["subject"]:
        msg["Subject"] = spec["subject"]
    msg["Message-ID"] = "<%04d.%s@%s>" % (i, "k%07x" % (i * 7919 % 0xFFFFFFF), spec["frm"].split("@")[-1].rstrip(">"))
    for k, v in spec.get("extra", {}).items():
        msg[k] = v
    body, cs, cte = spec["body"], spec.get("charset", "utf-8"), spec.get("cte")
    if spec.get("html_only"):
        msg.set_content(body, subtype="html", charset=cs, cte=cte or "quoted-printable")
    else:
        msg.set_content(body, charset=cs, cte=cte)
        if spec.get("html"):
            paras = "".join("<p>%s</p>" % p.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br>")
                            for p in body.strip().split("\n\n"))
            if spec.get("inline_logo"):
                paras += '<p><img src="cid:logo%04d@sig" alt="logo"></p>' % i
            msg.add_alternative("<html><body>%s</body></html>" % paras, subtype="html")
    atts = list(spec.get("atts", []))
    if spec.get("inline_logo"):
        fn, ct, _ = atts.pop(0)
        html_part = msg.get_payload()[1]
        html_part.add_related(blob(ct), *ct.split("/"), cid="<logo%04d@sig>" % i, filename=fn, disposition="inline")
    if spec.get("fwd"):
        f = spec["fwd"]
        inner = EmailMessage()
        inner["From"] = f["frm"]; inner["To"] = f["to"]; inner["Subject"] = f["subject"]; inner["Date"] = f["date"]
        inner.set_content(f["body"])
        fn, ct, _ = atts.pop(0)
        msg.add_attachment(inner, filename=fn)
    for fn, ct, _ in atts:
        msg.add_attachment(blob(ct), *ct.split("/"), filename=fn)
    pol = policy.default.clone(linesep="\r\n") if spec.get("crlf") else policy.default
    nl = b"\r\n" if spec.get("crlf") else b"\n"
    raw = msg.as_bytes(policy=pol)
    if spec.get("date") is not None:  # raw header, written verbatim (also when malformed)
        raw = b"Date: " + spec["date"].encode("ascii") + nl + raw
    return raw


def received(d):
    if d is None:
        return None
    try:
        dt = email.utils.parsedate_to_datetime(d)
    except (TypeError, ValueError):
        return None
    return dt.isoformat() if dt.tzinfo else None


def main():
    os.makedirs(OUT, exist_ok=True)
    for p in glob.glob(os.path.join(OUT, "[0-9][0-9][0-9][0-9].*")):
        os.remove(p)
    for i, spec in enumerate(M, 1):
        name = "%04d" % i
        with open(os.path.join(OUT, name + ".eml"), "wb") as fh:
            fh.write(build(spec, i))
        truth = {
            "file": name + ".eml",
            "is_dsar": spec["dsar"],
            "rights": spec["rights"],
            "language": spec["lang"],
            "requester_name": spec.get("rname") if spec["dsar"] else None,
            "requester_email": spec.get("remail") if spec["dsar"] else None,
            "received": received(spec.get("date")),
            "attachments": [{"filename": f, "content_type": c, "is_id_document": b} for f, c, b in spec.get("atts", [])],
            "notes": spec.get("notes", ""),
        }
        with open(os.path.join(OUT, name + ".json"), "w", encoding="utf-8") as fh:
            json.dump(truth, fh, ensure_ascii=False, indent=2)
            fh.write("\n")
    print("wrote %d mails to %s" % (len(M), OUT))


if __name__ == "__main__":
    main()
