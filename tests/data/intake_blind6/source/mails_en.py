"""English mails: native writers (GB, IE, US) and expats / non-natives in NL and BE."""
MAILS = []


def M(**k):
    k.setdefault("lang", "en")
    MAILS.append(k)


BRON = "Fotostudio De Bron <hallo@fotostudiodebron.be>"
SPOT = "Castingbureau Spotlight <casting@spotlightcasting.nl>"

M(g="en-GB", style="formal-letter", frm="Eleanor Whitfield <eleanor.whitfield@btinternet.com>",
  date="2 Nov 2026 08:45:12 GMT", subj="Subject Access Request - Article 15 GDPR",
  body="""Dear Sir or Madam,

Subject Access Request

I am writing to make a subject access request under Article 15 of the General Data Protection Regulation (GDPR).

Please supply the personal data you hold about me, to which I am entitled, together with the following information:
1. the purposes for which my personal data are processed;
2. the categories of personal data concerned;
3. the recipients to whom my personal data have been or will be disclosed;
4. the envisaged period for which the data will be stored;
5. the source of any personal data not collected from me.

For the avoidance of doubt, this includes all photographs and video footage in which I appear, taken at your studio on or around 18 July 2025, and any e-mail correspondence.

I have enclosed a copy of my passport as proof of identity. I look forward to your response within one calendar month, as required by Article 12(3).

Yours faithfully,

Eleanor Whitfield
27 Marlborough Road
Bristol BS6 5NH
United Kingdom""",
  att=[("passport_EWhitfield.pdf", "application/pdf", "idpdf", True)],
  rights=["access"], name="Eleanor Whitfield", email="eleanor.whitfield@btinternet.com",
  notes="Template-website style SAR citing Art. 15 and 12(3); passport PDF.")

M(g="en-US", style="story", frm="Kayla Brennan <kaylabrennan88@yahoo.com>",
  date="Tue, 3 Nov 2026 14:12:09 -0500", subj="Amsterdam engagement photos!!",
  shape="alt",
  body="""Hi Iris!!

I don't know if you remember us, we were the couple from Ohio who did the sunrise engagement shoot on the Magere Brug back in September (the one where Tyler almost dropped the ring in the canal lol). We finally got the prints framed and they look AMAZING in our living room. My mom cried.

Anyway, we're planning the wedding for next June now, it's going to be small, just family in Columbus. We'd honestly fly you out if we could afford it haha.

One thing though - I saw that you posted the close-up of us kissing on your Instagram and it's gotten a lot of likes which is sweet, but Tyler works for a pretty conservative company and he'd rather it not be out there publicly. Would you mind taking that one down? Totally fine to keep the ones on your website, it's really just the Instagram post.

Thanks so much again for everything, seriously best part of our trip!

xo Kayla""",
  rights=["withdraw_consent"], name="Kayla Brennan", email="kaylabrennan88@yahoo.com",
  notes="Request buried in the third paragraph of a story; takes down one Instagram post only (website may stay) -> withdraw_consent. Data subjects are both partners; she writes for both; requester_name from the display name (signs 'xo Kayla').")

M(g="en-NL", style="non-native", frm="Venkatesh Raghavan <venkat.raghavan@gmail.com>",
  date="Wed, 04 Nov 2026 18:20:33 +0530", subj="Regarding my data with your studio",
  body="""Dear Sir/Madam,

Greetings of the day. I am residing in Amstelveen since 2022 and I have done family photoshoot with your good studio in December 2024 for our visa purpose and also family album.

Currently I am in Chennai for some family function. Kindly provide me the details of all my personal data and photos which you are having with you, and also to whom you have shared the same. Please do the needful at the earliest.

Thanks and regards,
Venkatesh Raghavan
+31 6 2847 1190""",
  rights=["access"], name="Venkatesh Raghavan", email="venkat.raghavan@gmail.com",
  notes="Non-native (Indian English) expat living in NL, sent from India (+0530). Access incl. recipients.")

M(g="en-IE", style="phone", frm="Ciara Nolan <ciaranolan@eircom.net>",
  date="Wed, 4 Nov 2026 22:58:40 +0000", subj="",
  body="""hi pls take me off ur mailing list, getting 2 emails a week now. thanks a mill

Sent from my Galaxy""",
  rights=["objection"], name="Ciara Nolan", email="ciaranolan@eircom.net",
  notes="Empty subject, phone typing; stop marketing mails -> objection.")

M(g="en-GB", style="booking", frm="Tom Hargreaves <tom@hargreavesdesign.co.uk>",
  date="Thu, 5 Nov 2026 09:03:17 +0000", subj="Headshots - moving the session?",
  body="""Hi there,

We've got our team headshots booked with you for Thursday 19th at 2pm (6 people). Two of the team are now off sick, so could we move to the following Thursday, same time? If that's not possible, any slot that week works.

Also please remove Jake from the list - he's left the company - and add Priya Shah instead.

Cheers,
Tom""",
  notes="NON-request: booking change; 'remove Jake from the list' is a participant-list change, not a data-subject request.")

M(g="en-BE", style="non-native", frm="Agnieszka Wisniewska <a.wisniewska@gmail.com>", to=BRON,
  date="Thu, 05 Nov 2026 13:30:02 +0100", subj="My surname is wrong",
  body="""Hello,

I made the pictures for my CV in your studio in October. Thank you, they are very nice. But I see on the invoice and also on your website in the "happy clients" part my surname is written "Wisniewska". Correct is Wiśniewska, with ś. In my email address I can not use it but in my name it is important for me, it is my name.

Can you please correct it on both places and also in your client list?

Best regards,
Agnieszka Wiśniewska""",
  rights=["rectification"], name="Agnieszka Wiśniewska", email="a.wisniewska@gmail.com",
  notes="Polish expat in Belgium; rectification of the surname spelling (diacritic). Display name lacks the diacritic; requester_name as she signs it.")

M(g="en-US", style="dispute", frm="Rachel Okafor <rachel.okafor@outlook.com>",
  date="Fri, 6 Nov 2026 07:14:55 -0800", subj="Family session Aug 2025 - please read",
  body="""Hello,

I'm not sure who this goes to, so please pass it on to whoever handles client files.

My ex-husband and I had a family session with you in August 2025 while we were still living in Utrecht. We're now in a custody case here in California and my attorney told me he's been contacting photographers and others to collect "evidence".

I am NOT asking you to delete anything. My attorney may need those photos and emails too. But please do not send copies to him or anyone else, and don't use or publish any of them, until the case is over. I'll let you know when that is.

Thank you for understanding,
Rachel Okafor""",
  rights=["restriction"], name="Rachel Okafor", email="rachel.okafor@outlook.com",
  notes="Keep everything, do not use or disclose while a legal dispute runs -> restriction; explicitly not erasure.")

M(g="en-GB", style="plain", frm="Daniel Ashworth <dan.ashworth@protonmail.com>",
  date="Fri, 06 Nov 2026 16:40:00 +0000", subj="copy of my client record",
  body="""Hi,

Could you export everything you've got on me as a client (contact details, bookings, the photo order history, the notes from the consultation) in a machine-readable format - CSV or JSON is fine - and email it over? I'm moving all my stuff into a new system and want to keep the records myself.

Many thanks,
Daniel Ashworth""",
  rights=["portability"], name="Daniel Ashworth", email="dan.ashworth@protonmail.com",
  notes="Export client record in CSV/JSON -> portability.")

M(g="en-NL", style="non-native", frm="Matteo Ricci <matteo.ricci@tuta.io>",
  date="Sat, 7 Nov 2026 11:22:10 +0100", subj="facebook ads",
  body="""Hi,

Yesterday I saw an ad of your studio in my Facebook with text "because you visited Studio Lichtval". A friend working in marketing told me that probably you upload the emails of the clients to Facebook to make these targeted audiences.

I don't agree with this. I was client one time for a passport photo, this is not a reason to put my email in Facebook for advertising. Please stop to use my data for this ads and for any profiling.

Regards
Matteo Ricci""",
  rights=["objection"], name="Matteo Ricci", email="matteo.ricci@tuta.io", proc="Meta (Facebook Custom Audiences)",
  notes="Italian expat in NL; objects to marketing profiling (custom audiences) -> objection.")

M(g="en-IE", style="reply-thanks", frm="Aoife Byrne <aoife.byrne@gmail.com>",
  date="Sat, 7 Nov 2026 20:05:44 +0000 (GMT)", subj="Re: Your gallery is ready",
  body="""Brilliant, thanks a million Iris! They're gorgeous, the granny is delighted. We'll be back in the spring for the christening.

Aoife

On Sat, 7 Nov 2026 at 10:15, Studio Lichtval <info@studiolichtval.nl> wrote:
> Hi Aoife,
>
> Your online gallery is ready: https://studiolichtval.pic-time.com/aoife-byrne (password: granny80).
>
> Privacy: we keep your photos for 2 years. You can always ask us for a copy of your data, to correct it, or to delete it - just reply to this e-mail.
>
> Warm regards,
> Iris""",
  notes="NON-request: thank-you reply; copy/correct/delete wording only in the quoted studio text.")

M(g="en-GB", style="question", frm="Sophie Turnbull <sophie.turnbull@gmail.com>",
  date="Sun, 8 Nov 2026 19:30:29 +0000", subj="model release for my daughter?",
  body="""Hello,

My daughter (14) has been asked to do a shoot for your studio's new dance-school campaign. The dance school sent us a model release form but it's in Dutch and we only moved to Haarlem in the summer.

Could you tell me, in plain English, what we'd be agreeing to - where would the photos be used and for how long? And could we say yes to the website but no to social media? We haven't signed anything yet.

Thanks,
Sophie""",
  notes="NON-request: questions about a model release before signing; no right is exercised.")

M(g="en-US", style="two-step", frm="Marcus Delaney <mdelaney@comcast.net>",
  date="Mon, 9 Nov 2026 10:02:18 -0600", subj="my info",
  body="""Hello,

I was in Amsterdam on business last year and had headshots done at your studio. I'd like you to send me a copy of whatever information and images you hold about me. Once I've received that, please delete all of it from your systems - I don't need you keeping anything.

Regards,
Marcus Delaney
Chicago, IL""",
  rights=["access", "erasure"], name="Marcus Delaney", email="mdelaney@comcast.net",
  notes="Two rights in sequence: copy first (access), then delete (erasure).")

M(g="en-NL", style="contact-form", frm="Studio Lichtval website <noreply@studiolichtval.nl>",
  date="Mon, 9 Nov 2026 21:47:03 +0100", subj="Contact form: Newsletter",
  body="""New message from the contact form on studiolichtval.nl

Name: Ingrid Solberg
E-mail: ingrid.solberg@online.no
Phone:
Subject: Newsletter
Message:
Hi, when I booked my shoot I ticked the box to receive your newsletter. I am withdrawing that consent now, please don't use my email for the newsletter any more. Everything else (my booking etc) can stay as it is.

--
This e-mail was sent from a contact form on Studio Lichtval (https://studiolichtval.nl)""",
  rights=["withdraw_consent"], name="Ingrid Solberg", email="ingrid.solberg@online.no", proc="Mailchimp",
  notes="Contact form WITHOUT Reply-To: requester from the E-mail field. Judgement: newsletter signup was by consent and she explicitly withdraws consent -> withdraw_consent (a plain 'stop the newsletter' would be objection). Says what she does not want deleted.")

M(g="en-GB", style="forward-attached", frm="Bas Kramer <bas@studiolichtval.nl>",
  to="Iris <iris@studiolichtval.nl>", date="Tue, 10 Nov 2026 08:31:50 +0100",
  subj="FW: Please delete my details",
  body="""Hoi Iris,

Deze kwam binnen op het oude info-adres, zie bijlage. Engelse klant, geloof ik van de bedrijfsshoot bij Deloitte vorig jaar. Wil jij hem afhandelen?

Bas""",
  fwd=dict(frm="James O'Connell <james.oconnell@gmail.com>", date="Mon, 9 Nov 2026 17:55:21 +0000",
           subj="Please delete my details", fname="Please delete my details.eml",
           body="""Hi,

I'd like you to delete all personal data you hold on me - contact details, photos, invoices if you're allowed to. I've attached a photo of my driving licence so you know it's me.

Thanks,
James O'Connell""",
           att=[("IMG_2231.HEIC", "application/octet-stream", "heic", True)]),
  rights=["erasure"], name="James O'Connell", email="james.oconnell@gmail.com",
  notes="Forward as attachment (message/rfc822); forwarder's note is in Dutch, request in English. ID is a .HEIC driving-licence photo inside the attached message.")

M(g="en-BE", style="casting", frm="Jessica Moreau-Hale <jess.moreauhale@gmail.com>", to=SPOT,
  date="Tue, 10 Nov 2026 15:05:27 +0100", subj="wrong birth year on my profile!",
  body="""Hey guys,

Just noticed my profile on your casting portal says I was born in 1981. It's 1991!! No wonder I keep getting called for "young mom of teenagers" roles. 😅 Please fix asap. Passport page attached if you need proof.

Also my agency is now Antwerp-based, so the address should be Lange Gasthuisstraat 19, 2000 Antwerpen.

Thanks!
Jess""",
  att=[("passport_page.png", "image/png", "id", True)],
  rights=["rectification"], name="Jessica Moreau-Hale", email="jess.moreauhale@gmail.com",
  notes="American expat in Antwerp; rectification of birth year and address in a casting profile; passport page attached as proof.")

M(g="en-GB", style="spam", frm="GDPR Compliance Team <audit@gdpr-certify-now.com>",
  date="Tue, 10 Nov 2026 03:12:00 +0000", subj="URGENT: Your website is not GDPR compliant - fine up to EUR 20,000,000",
  shape="html",
  body="""Dear Business Owner,

Our automated scan found 7 GDPR violations on studiolichtval.nl. Under Article 83 GDPR you may be fined up to EUR 20 million. Data subjects can request access to or erasure of their data at any time and you must be ready!

Click here to download your free compliance report and avoid penalties.

GDPR Certify Now Ltd.
To unsubscribe reply STOP.""",
  notes="NON-request: spam using GDPR vocabulary.")

M(g="en-US", style="partner", frm="Ben Carter <ben.carter@gmail.com>",
  date="Wed, 11 Nov 2026 09:48:36 -0500", subj="Photos of my wife on your portfolio",
  body="""Hi,

My wife, Hannah Carter, did a boudoir session with you in 2024 as a surprise for me. She's asked me to email you because she's travelling for work this month and can't get to her email easily (she's cc'd).

She'd like all of her photos taken off your online portfolio and the 'boudoir' page of your website. She no longer consents to them being shown anywhere publicly.

Thanks for sorting this out,
Ben""",
  cc="Hannah Carter <hannah.carter.rn@gmail.com>",
  rights=["withdraw_consent"], name="Hannah Carter", email="hannah.carter.rn@gmail.com",
  rep=("other", "Ben Carter"),
  notes="Partner writes for his wife, who is cc'd. Judgement: requester_email is the data subject's own address from Cc (per 'data subject's address'); From is the partner.")

M(g="en-IE", style="casting", frm="Niamh Fitzgerald <niamh.fitz.actor@gmail.com>", to=SPOT,
  date="Wed, 11 Nov 2026 12:20:00 +0000", subj="Moving to a new agency",
  body="""Hi all,

Thanks for a great two years - I've decided to sign with Tall Tree Talent in Dublin now that I'm moving home.

Would ye be able to send my whole profile (measurements, credits, skills, the headshots and showreel files you have) directly to their bookings team at bookings@talltreetalent.ie? Ideally in whatever export format your system does, so they can just import it rather than me retyping everything.

Go raibh maith agaibh,
Niamh Fitzgerald""",
  rights=["portability"], name="Niamh Fitzgerald", email="niamh.fitz.actor@gmail.com",
  notes="Transfer the talent profile to another agency in an importable format -> portability. The new agency address is not the requester's.")

M(g="en-NL", style="reminder", frm="Olga Kravets <olga.kravets@gmail.com>",
  date="Thu, 12 Nov 2026 10:15:00 +0100", subj="Re: your objection",
  body="""Hi Iris,

Thanks for your reply. I understand you need some time to check with your lawyer whether you can keep using my photos from the fashion week shoot on your website under your "legitimate interest".

But in the meantime, while you are checking, please don't use them anywhere. Just leave them offline until you have decided. That's fair I think.

Olga

On Wed, 11 Nov 2026 at 16:02, Studio Lichtval <info@studiolichtval.nl> wrote:
> Dear Olga,
>
> Thank you for your message of 3 November in which you object to the use of your photos on our website. We take this seriously. We are currently assessing whether our legitimate interest outweighs your interests, and will come back to you within the legal period.
>
> Kind regards,
> Iris""",
  rights=["restriction"], name="Olga Kravets", email="olga.kravets@gmail.com", fu=True,
  notes="Ukrainian expat in NL. Restriction pending verification of an objection (Art. 18(1)(d)). The words 'object'/'legitimate interest' in the quote are the studio's; the new ask is to stop using meanwhile -> restriction only.")

M(g="en-GB", style="formal-letter", frm="Graham Pemberton <g.pemberton@ntlworld.com>",
  date="Thu, 12 Nov 2026 14:00:00 +0000", ua="Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Thunderbird/128.3.1", subj="Objection to processing - Article 21 GDPR",
  body="""Dear Data Controller,

RE: Objection to the processing of my personal data under Article 21 of the General Data Protection Regulation

I hereby object to the processing of my personal data for the purposes of direct marketing, including any profiling to the extent that it is related to such direct marketing, pursuant to Article 21(2) GDPR.

Under Article 21(3), where a data subject objects to processing for direct marketing purposes, the personal data shall no longer be processed for such purposes. I therefore require that you cease all such processing immediately, and confirm in writing that you have done so.

Full name: Graham Pemberton
Email address used with your company: g.pemberton@ntlworld.com
Customer reference (if known): LV-2023-0871

Yours faithfully,
Graham Pemberton""",
  rights=["objection"], name="Graham Pemberton", email="g.pemberton@ntlworld.com",
  notes="Generator-style Art. 21(2)/(3) objection to direct marketing and profiling.")

M(g="en-US", style="phone", frm="Maddie <maddie.k.2008@icloud.com>",
  date="Fri, 13 Nov 2026 16:44:52 -0700", subj="senior pics",
  body="""hey!! do u guys still have my senior session pics from when we lived in the hague (2023?) my mom lost the usb 😭 if u still have them can u send me the full res files, all of them, not the little watermarked previews. i want to make a collage for college

thank youuu
maddie

Sent from my iPhone""",
  rights=["portability"], name="Maddie", email="maddie.k.2008@icloud.com",
  notes="Judgement: 'send me the full-res files' of her own session, conditional on the studio still having them -> portability (files for reuse), not access. Now an adult (born 2008).")

M(g="en-BE", style="non-native", frm="Jürgen Hofstetter <j.hofstetter@web.de>", to=BRON,
  date="Sat, 14 Nov 2026 09:00:00 +0100", subj="Please forget me",
  body="""Good morning,

I am living in Brussels since three years and I made once a photo for my residence card at your studio in Gent. Since then I am receiving regularly post and e-mails from you, although I never was again customer.

I would like that you forget me completely. Please delete my name, address, e-mail and the photos from your computer and also from paper files. For identification, see my residence card below (I have made the number black).

With kind regards
Jürgen Hofstetter""",
  inline=[("image001.png", "image/png", "id", True)],
  rights=["erasure"], name="Jürgen Hofstetter", email="j.hofstetter@web.de",
  notes="German native writing English in Belgium; erasure ('forget me'). Residence card pasted inline (multipart/related).")

M(g="en-GB", style="invoice", frm="Accounts - Blake & Rowe <accounts@blakerowe.co.uk>",
  date="Mon, 16 Nov 2026 11:10:45 +0000", subj="Invoice LV-2026-0419 - VAT query",
  body="""Hello,

We have received your invoice LV-2026-0419 for the product photography. As we are a UK business, we believe the reverse-charge mechanism should apply and Dutch VAT should not have been charged. Could you please issue a corrected invoice showing our VAT number GB 298 4417 21?

Kind regards,
Accounts Payable
Blake & Rowe Ltd""",
  notes="NON-request: 'corrected invoice' is a VAT/billing correction, not rectification.")

M(g="en-IE", style="autoreply", frm="Sean Gallagher <sean.gallagher@gallagherevents.ie>",
  date="Mon, 16 Nov 2026 14:22:01 +0000", subj="Out of Office: Re: Event photography quote",
  hdr={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
  body="""Thank you for your email. I am out of the office until Monday 23 November with limited access to email.

For urgent event matters please contact events@gallagherevents.ie. For data protection queries, including requests to access or erase personal data, please contact our Data Protection Officer at dpo@gallagherevents.ie.

Kind regards,
Sean""",
  notes="NON-request: out-of-office auto-reply mentioning access/erasure.")

M(g="en-US", style="plain", frm="Lauren Mitchell <lauren.mitchell@gmail.com>",
  date="Tue, 17 Nov 2026 08:19:33 -0500", subj="newsletter sign up",
  body="""Hi,

We loved our family session with you during our Europe trip. Could you add me to your newsletter? I'd love to see your new work and maybe book again when we come back in 2028.

Also, feel free to use our photos on your website, we'd be honored!

Lauren""",
  notes="NON-request: asks to be ADDED to the newsletter and gives permission to use photos.")

M(g="en-NL", style="two-issues", frm="Henrik Larsen <henrik.larsen@hotmail.com>",
  date="Tue, 17 Nov 2026 19:55:10 +0100", subj="Old address + catalogue",
  body="""Hello,

Two things:

1) You keep sending post to my old address in Delft (Oude Delft 88). I moved to Rotterdam over a year ago, the correct address is Witte de Withstraat 31B, 3012 BN Rotterdam. Please change it in your customer file.

2) And actually, please stop sending me the printed catalogue and the Christmas offers altogether. I don't want any advertising from you, by post or by email.

Thanks,
Henrik Larsen""",
  rights=["rectification", "objection"], name="Henrik Larsen", email="henrik.larsen@hotmail.com",
  notes="Danish expat in NL. Two rights: correct address in customer file (rectification) and stop advertising (objection).")

M(g="en-GB", style="lawyer", frm="Priya Natarajan <p.natarajan@harrowfieldlaw.co.uk>",
  date="Wed, 18 Nov 2026 12:30:00 +0000", ua="Microsoft Outlook 16.0", subj="Our client: Ms Chloe Adeyemi - erasure request",
  body="""Dear Sirs,

We act for Ms Chloe Adeyemi in connection with photographs taken of her at your studio in Amsterdam on 4 March 2025. A signed letter of authority is attached.

On our client's behalf we request, pursuant to Article 17(1) GDPR, the erasure without undue delay of all personal data relating to our client, including all photographs, video, proofs, back-ups and correspondence. Our client withdrew her consent to the use of the images by telephone on 10 October 2026; for the avoidance of doubt, we confirm that withdrawal.

Please confirm completion in writing within one month of receipt of this letter.

Yours faithfully,

Priya Natarajan
Solicitor
Harrowfield Law LLP""",
  att=[("Letter_of_authority_Adeyemi.pdf", "application/pdf", "pdf:Letter of authority|Chloe Adeyemi authorises Harrowfield Law LLP", False)],
  rights=["erasure", "withdraw_consent"], name="Chloe Adeyemi", email="p.natarajan@harrowfieldlaw.co.uk",
  rep=("lawyer", "Priya Natarajan"),
  notes="Solicitor's letter; erasure under Art. 17 plus an explicit confirmation of the consent withdrawal -> both. Judgement: withdraw_consent included because the letter confirms it formally. requester_email is the solicitor's (only address).")

M(g="en-IE", style="reply-request", frm="Róisín Kavanagh <roisin.kavanagh@gmail.com>",
  date="Thu, 19 Nov 2026 21:07:14 +0000", subj="Re: Thank you for your shoot!",
  body="""Hi Iris,

Thanks for this. Actually, about the model release I signed on the day for your portfolio: I've thought about it and I'd like to withdraw it. I'm grand with you keeping the photos for my own order, but please don't use any of them on your portfolio, website or socials.

Sorry to be a pain!
Róisín

On Thu, 19 Nov 2026 at 11:40, Studio Lichtval <info@studiolichtval.nl> wrote:
> Hi Róisín,
>
> Thank you for coming in on Saturday! Your proofs will be ready within two weeks. As agreed in the model release you signed, we may select a few images for our portfolio.
>
> Best,
> Iris""",
  rights=["withdraw_consent"], name="Róisín Kavanagh", email="roisin.kavanagh@gmail.com",
  notes="Reply with quoted studio history; here the writer herself withdraws the model release (new text above the quote). Apologetic tone; says what she does not want (deletion).")

M(g="en-NL", style="school", frm="Office Manager - Haagse International School <office@haagse-intl-school.nl>",
  date="Fri, 20 Nov 2026 08:05:00 +0100", subj="School photos - class list update",
  body="""Dear Studio Lichtval team,

Ahead of the retake day on 2 December, please find below the changes to the class lists we sent in September:

- Emma de Vries has moved from 4B to 5A
- Lucas Meyer has left the school, please remove him from the retake list
- New pupil in 3C: Aiko Tanaka (parents have signed the photo consent form)

Could you also correct the spelling of our deputy head's name on the staff group photo: it's Mr. Oyelaran, not Oyelaren.

Many thanks,
Kirsten Bos
Office Manager""",
  proc="Haagse International School (commissioning school, controller)",
  notes="NON-request: the commissioning school (controller) updates class lists and a caption for its photo order; organisational instructions to its processor, not a data subject exercising a right. Judgement call: the name-spelling fix looks like rectification but is the school's own instruction.")

M(g="en-GB", style="angry-reminder", frm="Nigel Fairbrother <nigel.fairbrother@gmail.com>",
  date="Mon, 23 Nov 2026 07:48:19 +0000", subj="SECOND REQUEST - still waiting",
  body="""I emailed you on 14 October asking what personal information you keep about me and who you have passed it to. That was nearly six weeks ago. I've had nothing, not even an acknowledgement.

You are legally required to respond within a month. If I don't receive a full answer by Friday I'll be reporting this to the Dutch data protection authority.

N. Fairbrother""",
  rights=["access"], name="Nigel Fairbrother", email="nigel.fairbrother@gmail.com", fu=True,
  notes="Angry reminder restating an access request; threatens a complaint. Signs 'N. Fairbrother'; requester_name from the display name.")
