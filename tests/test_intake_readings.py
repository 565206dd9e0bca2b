"""Sentences the intake read wrongly on unseen mails, as general readings: the objection itself
over its legal ground, a person taken off a list, a wish not to delete whose verb comes late, a
question about someone else's rights, a booking for a day, a correction awaited meanwhile, a
transfer straight to another studio, one deletion read once.

Every text is written for this test (none is copied from a mail set) and each reading is checked
in more than one wording or language, so a pass means the reading, not one phrase.
"""

from __future__ import annotations

import pytest

from studio_dsar.core.intake.classify import decide_request, detect_rights

CASES = [
    # the objection itself, not its ground named first
    ("en", "I know you rely on legitimate interest for event pictures, but I object to my photo being used in your ads.",
     ["objection"]),
    ("en", "You posted a picture of me on Instagram. I realise you rely on legitimate interests, but I object to that use. "
           "Please remove it from your feed.", ["objection"]),
    # a person off a list is an objection, also when "it" points back at the newsletter
    ("en", "I keep getting your monthly newsletter and I'd rather not, please take me off it.", ["objection"]),
    ("en", "Your newsletter keeps coming. Please take me off it.", ["objection"]),
    # "stop sending them out" is about pictures sent to clients, not mail to the writer
    ("en", "I signed a release back then; I withdraw that consent now, please take my photos down and stop sending them out.",
     ["withdraw_consent"]),
    # a word that merely starts like a verb
    ("en", "I was an Erasmus student when I had my portfolio shot with you. I don't want my face used for advertising.",
     ["objection"]),
    # nothing is to be sent
    ("en", "My aunt wants a copy of the film, but I'll give her mine, no need for you to send anything. "
           "Please stop the newsletter.", ["objection"]),
    # one copy to take along in a machine-readable format
    ("en", "Please send me a copy of my profile data and all my photos in a machine-readable format, so I can move to "
           "another agency.", ["portability"]),
    # a wish not to delete, its verb late in the clause
    ("nl", "Ik wil niet dat jullie de beelden of mijn gegevens nu weggooien, want ik heb ze misschien nodig als bewijs. "
           "Gebruik ze intussen ook nergens voor.", ["restriction"]),
    ("en", "I don't want you to throw the files or my details away now, I may need them as evidence. "
           "Don't use them for anything meanwhile.", ["restriction"]),
    # until it is corrected, not meanwhile
    ("de", "Mein Geburtsjahr ist falsch. Bitte korrigieren Sie es. Bis das korrigiert ist, möchte ich nicht, dass meine "
           "Sedcard verschickt wird.", ["rectification", "restriction"]),
    ("en", "My surname is misspelled, please correct it. Until it is corrected, please do not send my card to clients.",
     ["rectification", "restriction"]),
    # raw files kept are the studio's storage: their deletion is an erasure
    ("nl", "De film staat al lang offline. Als jullie de ruwe opnames nog bijhouden, zou ik graag hebben dat die "
           "verwijderd worden.", ["erasure"]),
    # all of the writer's data, the photos among it, with no public place named
    ("de", "Ich sehe mich in Ihrer Galerie. Ich ersuche Sie, alle meine Daten zu löschen, also Adresse, E-Mail und die "
           "Fotos von mir.", ["erasure"]),
    # the writer never consented: the objection to a use, not a withdrawal
    ("de", "Ich war nur Gast und habe nie zugestimmt. Ich möchte nicht, dass ihr das für eure Werbung verwendet, "
           "bitte nehmt es herunter.", ["objection"]),
    # someone passes the data subject's objection on
    ("nl", "Onze medewerkster staat in jullie video. Zij maakt bezwaar tegen het gebruik van haar beelden voor jullie "
           "promotie en vraagt jullie die van de website te halen.", ["objection"]),
    # French: withdrawing "this" consent, a model's book, a format to open elsewhere, a transfer straight on
    ("fr", "J'avais donné mon accord pour le site. Je retire cet accord. Merci de retirer son book du site.",
     ["withdraw_consent"]),
    ("fr", "Pourriez-vous me transmettre les fichiers bruts, avec les informations que vous avez sur moi, dans un format "
           "que je peux ouvrir ailleurs ?", ["portability"]),
    ("fr", "Nous continuons avec un studio à Lyon. Pourriez-vous transmettre directement nos fichiers RAW et notre fiche "
           "client à leur adresse ?", ["portability"]),
    ("nl", "We gaan verder bij een studio in Gent. Kunnen jullie de onbewerkte bestanden en mijn gegevens rechtstreeks "
           "naar hen sturen?", ["portability"]),
]

CASES += [
    ("en", "Do you still have the photos from my session?", ["access"]),
    ("nl", "Hebben jullie nog de foto's van mijn shoot?", ["access"]),
    ("en", "I never want to hear from you again.", ["objection"]),
    ("fr", "Ne me contactez plus jamais, par aucun moyen.", ["objection"]),
    ("de", "Kontaktieren Sie mich nie wieder.", ["objection"]),
    ("fr", "Vous avez scanné ma carte d'identité. Combien de temps conservez-vous cette copie ? L'avez-vous transmise à "
           "quelqu'un ?", ["access"]),
    ("en", "You scanned my passport back then. How long do you keep that copy?", ["access"]),
    ("nl", "Ik kreeg jullie bericht dat de foto's na 12 maanden gewist worden. Wis ze aub (nog) niet, we hebben ze nodig "
           "als bewijs in een geschil. Gebruik ze intussen nergens voor.", ["restriction"]),
    ("de", "Sie hatten geschrieben, dass Sie die Rohdaten nach einem Jahr löschen. Bitte löschen Sie die Bilder vorerst "
           "auf keinen Fall, wir brauchen sie als Beweis. Bis das geklärt ist, nicht anderweitig verwenden.", ["restriction"]),
    ("en", "I'd like all my photos deleted. Please also inform any clients to whom you have disclosed my details, as "
           "required by Article 19.", ["erasure"]),
    ("nl", "Ik wil graag weten welke gegevens jullie van mij hebben. Daarnaast had ik graag mijn foto's teruggekregen als "
           "bestanden, zodat ik ze zelf kan bewaren.", ["access", "portability"]),
]

CASES += [
    ("nl", "Ik heb vorig jaar die quitclaim getekend. Ik trek die in, ik wil niet dat die beelden nog gebruikt worden.",
     ["withdraw_consent"]),
    ("en", "I signed your model release in 2022. I hereby revoke it.", ["withdraw_consent"]),
    ("nl", "Sinds de shoot krijg ik elke maand jullie nieuwsbrief. Kun je ervoor zorgen dat die niet meer komt?",
     ["objection"]),
    ("en", "Do you still have the photos from my shoot in 2021? If you do, could you send me the original files? I'm making "
           "a photobook with another photographer here and she'd like to work from the originals.", ["portability"]),
    ("fr", "Je voudrais récupérer les fichiers bruts de la séance, dans un format que je peux réutiliser, par WeTransfer "
           "par exemple.", ["portability"]),
    ("nl", "In mijn profiel staat een verkeerde lengte. Zolang dat niet aangepast is, stuur mijn profiel aub naar niemand "
           "meer door.", ["restriction"]),
]

CASES += [
    ("de", "Ich hatte mich für euren Newsletter angemeldet. Ich widerrufe hiermit meine Einwilligung dazu, bitte tragt "
           "mich aus.", ["withdraw_consent"]),
    ("en", "I signed up for your newsletter last year. I withdraw my consent to it, please unsubscribe me.",
     ["withdraw_consent"]),
]

# English as people write it, native or not, without legal words: each reading in more than one wording
CASES += [
    # asking what is held: "my stuff", "is my data still in your system?", what kind of information, an "insight"
    ("en", "Quick question, do you guys still have my stuff from the prom shoot? Would love to see what's there.", ["access"]),
    ("en", "Do you still have my photos and contact details? If so I'd like to see them.", ["access"]),
    ("en", "Is my data still in your system, and what exactly is there?", ["access"]),
    ("en", "Hello, would you mind telling me what kind of information about me is in your system?", ["access"]),
    ("en", "Hello, I am writing to ask which informations about me you have in your files.", ["access"]),
    ("en", "Dear studio, I would like to get an insight in the data you keep of me.", ["access"]),
    ("en", "I want to know what you do with my information and who gets to see it.", ["access"]),
    # erasure in plain words
    ("en", "Please make sure nothing of me stays in your files.", ["erasure"]),
    ("en", "Please clear out all my information, I won't be coming back.", ["erasure"]),
    ("en", "I want my details out of your customer list.", ["erasure"]),
    ("en", "Hi! Can you please remove my details from your client list? Thanks.", ["erasure"]),
    ("en", "Could you get rid of everything you have on me? Photos, my details, the lot. I've got my own copies of the "
           "pictures so I don't need anything sent.", ["erasure"]),
    ("nl", "Ik zou graag hebben dat alles wat jullie van mij hebben weg gaat, ook mijn adres en telefoonnummer.", ["erasure"]),
    # a life event alone, with no new value, is no correction
    ("en", "Hi, I moved away and I'm not planning to book again, so there's no need to hang on to my details. "
           "Could you delete them?", ["erasure"]),
    # a consent taken back in plain words; a post that shows the writer; a face seen on the homepage
    ("en", "I agreed back then that you could use my photos for your portfolio, but I'd like to withdraw that now.",
     ["withdraw_consent"]),
    ("en", "I said yes to the portfolio thing last year but I've changed my mind.", ["withdraw_consent"]),
    ("en", "Could you take down the post with my daughter in it?", ["withdraw_consent"]),
    ("en", "I see my face on your homepage. Please take it off.", ["withdraw_consent"]),
    # a value out of use, a wrong value put against the recorded one, a new one to put in; "my file"
    ("en", "The phone number you have for me is old, the new one is 0612345678.", ["rectification"]),
    ("en", "You have my birthday down as 12 May but it's 21 May.", ["rectification"]),
    ("en", "Could you please put my new phone number in your system? It's 0612345678.", ["rectification"]),
    ("nl", "kunnen jullie mn naam goed zetten onder de foto op de site, er staat Jansen maar t is Janssen", ["rectification"]),
    ("de", "Auf Ihrer Webseite steht unter dem Foto «Reto Bruner». Korrekt ist Reto Brunner. Könnten Sie das bitte anpassen?",
     ["rectification"]),
    # portability: the files passed on to a studio named, raw footage for another videographer
    ("en", "Can you pass all my photos and details on to Studio Noord? I'm going to them now.", ["portability"]),
    ("en", "If you still have the raw footage from our wedding, could you please send it to me by WeTransfer? We want a "
           "new edit made by another videographer back home.", ["portability"]),
    # mailings: "I don't want them anymore" after the mails named, stop texting me, not for your mailings
    ("en", "Hi, I keep getting your promotional emails. I don't want them anymore.", ["objection"]),
    ("en", "Please stop texting me about discounts.", ["objection"]),
    ("en", "I'd rather you didn't use my details for your mailings.", ["objection"]),
    ("en", "hey can u take me off the mailing list pls i only signed up for the grad photo thing", ["objection"]),
    # a mailing stopped beside a wish not to delete is no restriction
    ("en", "To be clear, I don't want you to delete the photos or my account. I just want you to stop sending me offers "
           "by email.", ["objection"]),
    # restriction: keep but do nothing with it, hold off on using, until it is checked; "löschen Sie aber nichts"
    ("en", "Keep my files, but don't do anything with them for now.", ["restriction"]),
    ("en", "While the invoice is disputed, please hold off on using my photos in your calendar. Don't delete them though.",
     ["restriction"]),
    ("en", "You mixed me up with another client. Until you have checked this, I don't want my details used for anything.",
     ["restriction"]),
    ("de", "Bis das geklärt ist, möchte ich nicht, dass Sie unsere Fotos irgendwo verwenden. Bitte löschen Sie aber nichts, "
           "ich brauche die Unterlagen noch.", ["restriction"]),
    # "..., but please don't use the images in anything new" after withdrawing a release: no restriction beside it
    ("en", "I signed a model release in 2022 and I withdraw my consent. I understand prints can't be recalled, but please "
           "don't use the images in anything new.", ["withdraw_consent"]),
]

CASES += [
    ("en", "Can you scrub me from your database? Thanks.", ["erasure"]),
    ("en", "Hi, I've noticed you're still using a photo of me in your Facebook ads. I never agreed to that and would like "
           "it stopped.", ["objection"]),
    ("en", "You are still showing my portrait on your website. I want this to stop.", ["withdraw_consent"]),
    ("en", "I appear in the group photo on your homepage from the company day. I'd prefer not to be on there.",
     ["withdraw_consent"]),
    ("en", "My ex and I are in one of the sample albums you show clients. I don't want to be in it anymore.",
     ["withdraw_consent"]),
    ("en", "Hi, your website lists me as 'Jon' but it's 'John' with an h. Could you correct it?", ["rectification"]),
    # the writer's contact details named beside a list, and pictures "you have" beside a public place
    ("en", "i dont want my pics on ur instagram anymore pls take them down also delete my number and email from ur list",
     ["erasure", "withdraw_consent"]),
    ("en", "I found a photo of me on your blog. Please take it off your blog and delete any other pictures of me you have.",
     ["erasure", "withdraw_consent"]),
]

CASES += [
    # non-native English: "a copy from all my personal datas", "to not send me more"
    ("en", "Hello, I would like to receive a copy from all my personal datas that you are saving.", ["access"]),
    ("en", "Dear, I ask you to not send me more the advertisement emails. Thank you.", ["objection"]),
    ("en", "Hi folks, long story short, I'd like to disappear from your records. Can you sort that?", ["erasure"]),
    ("en", "Hiya, could you double check you've got my right address? It should be 14 Elm Road, not 41.", ["rectification"]),
    ("en", "Hi, would you mind not using my photo in your marketing going forward?", ["objection"]),
    ("en", "Hi there! Can you pop my photos over to my new photographer? Her email is jo@example.com.", ["portability"]),
    ("en", "Hi, I'm not ok with my photo being in your brochure any more.", ["withdraw_consent"]),
]

CASES += [
    # "could you stop?" after the mails named; "I don't want mine used for that" after a use named
    ("en", "I get several emails a week from you about mini-sessions. Honestly it's too much. Could you stop?", ["objection"]),
    ("en", "I keep getting text messages from your studio. Please make it stop!", ["objection"]),
    ("en", "Someone told me you use photos from your shoots to train some AI tool. I don't want mine used for that.",
     ["objection"]),
    ("en", "I read that you use client pictures to train software. I do not want my photos used for that.", ["objection"]),
    # taken offline while something is sorted out, the originals kept: a restriction
    ("en", "I'm not sure I ever signed anything allowing you to put my photos on your website. Until we've sorted that "
           "out, please take them offline but keep the originals.", ["restriction"]),
    ("en", "Please take my portrait off your Instagram for now, until the dispute is settled, but keep the files.",
     ["restriction"]),
    # photos in the studio's ads: a request (the codebase reads it as the consent to show them ending)
    ("en", "I don't want my photos used in your ads.", ["withdraw_consent"]),
    ("en", "Please make sure my pictures are no longer used in your adverts.", ["withdraw_consent"]),
]

CASES += [
    ("en", "I applied for the assistant job in spring. I didn't get it, which is fine, but please don't keep my CV and "
           "portfolio on file.", ["erasure"]),
    ("en", "Now that the shoot is done, please don't hold on to my address and phone number.", ["erasure"]),
    ("en", "Hello, I'd like to know if my details were passed to the wedding venue or anyone else.", ["access"]),
    ("en", "Could you tell me whether my photos were sent to anyone, a magazine or a client?", ["access"]),
    ("en", "Hi, we've split up, so please take our couple shoot off the website and the Facebook page.", ["withdraw_consent"]),
    ("en", "Hey, can you untag me from the photos on your Facebook page?", ["withdraw_consent"]),
    ("en", "Hi, please send the complete set of my casting photos and my profile details to Elite Models, I've signed with "
           "them.", ["portability"]),
    ("en", "I'd like my details removed from your marketing list, but you can keep my account.", ["objection"]),
]

CASES += [
    # a mention, then the request pointing back at the data it named
    ("en", "I read on your website that I can ask for my data. Could you send it to me?", ["access"]),
    ("en", "A friend said I'm entitled to my personal data. Can you email it over?", ["access"]),
]

CASES += [
    # the same words with the writer's data, or with nothing after them, stay requests
    ("en", "Hi, how can I get a copy of my personal data? I'd like to check what you keep.", ["access"]),
    ("en", "Is there a way to delete my photos from your archive?", ["erasure"]),
]

NOT_REQUESTS = [
    ("nl", "Een vriendin van mij is bij een andere fotograaf geweest en wil haar foto's daar laten verwijderen."),
    # what a friend wants, and how the studio handles it when someone asks
    ("nl", "Een vriendin van mij wil haar foto's bij een andere fotograaf laten verwijderen. Hoe gaat dat bij jullie, als "
           "iemand vraagt om zijn gegevens te wissen?"),
    ("en", "A friend of mine says that under GDPR she can make any photographer delete her photos. Is that how it works?"),
    # a doubt; a change of booking ("nothing else changes")
    ("de", "Ich bin nicht mehr sicher, ob ich die Version mit oder ohne Werbenutzung unterschrieben habe."),
    ("nl", "Kunnen we de shoot naar donderdag verzetten? Mijn gegevens hebben jullie al, dus verder verandert er niks."),
    # whether someone else has a right
    ("en", "A friend modelled for another agency. Does she have the right to ask them to delete her photos, or do the "
           "photographers own them?"),
    ("nl", "Een vriendin liet ergens anders foto's maken. Heeft zij eigenlijk het recht om te vragen dat die verwijderd "
           "worden?"),
    # whether the writer could later
    ("fr", "Avant de signer l'autorisation, j'ai une question : est-ce que je pourrai retirer mon accord plus tard ?"),
    ("en", "Before I sign the release: can I withdraw my consent later, say in two years?"),
    # a supplier on the requests of the studio's own clients
    ("nl", "U hoeft niets te doen. Verzoeken van uw eigen klanten om inzage of verwijdering kunt u afhandelen via "
           "Instellingen."),
    # a booking for a day
    ("nl", "Ik ben ziek. Kunnen jullie mij van de lijst voor zaterdag schrappen en iemand anders vragen?"),
    ("en", "I'm ill, sorry. Could you take me off the list for Saturday and ask someone else?"),
    # the studio's past deed told as history; a question about what would follow; how the studio handles it
    ("en", "Last year you deleted my photos at my request, thanks again. Now I'd like to book a new shoot."),
    ("en", "You took my picture off Instagram last month, thank you. Could we book another session in May?"),
    ("en", "Does the release allow you to use the photos in paid adverts, or only on your website? And if I change my "
           "mind later, how does that work?"),
    ("en", "We'd also like to know how you handle consent if some people don't want to be on the website."),
    # what anyone may always do, and what to do when someone asks (a supplier's notice, a newsletter)
    ("nl", "Je kunt je gegevens en de gegevens van je contacten altijd inzien, wijzigen of exporteren via Instellingen."),
    ("de", "Was tun, wenn ein Model die Einwilligung widerruft oder Kunden Auskunft verlangen? Jetzt anmelden!"),
    ("de", "DSGVO-Update: Widerruf der Einwilligung bei Modellverträgen."),
    # "by mistake" is no error in a record; the invoice or the gallery link is what changes
    ("en", "Loved the photos. Could we get the gallery link again? My husband deleted the email by mistake."),
    ("en", "Hello, please update the invoice with our company name, Bakkerij Jansen BV."),
    ("en", "I think I gave you the wrong email for the gallery, can you send the link to anna@example.com instead?"),
    # thanks for what the studio did; a question before booking
    ("en", "Thanks for removing me from the newsletter so quickly!"),
    # the studio's own notice told back; what someone says the writer could ask; a name on an order
    ("en", "I received your email saying my photos will be deleted after 12 months. That's fine, I've downloaded them all."),
    ("en", "My lawyer says I could ask you to delete everything, but honestly I'm happy for you to keep them."),
    ("en", "Hi, can you change the name on my order to my husband's? He'll pick it up."),
    # a relative who wants prints too; a new address for the prints
    ("en", "Hi, my mum wants a copy of our family photos too. Could you send them to her? mum@example.com"),
    ("en", "Hi, my new address for the prints is Kerkstraat 5, Utrecht."),
    # a supplier's updated agreement to sign; the writer's own unsubscribing undone
    ("en", "Hi, please find attached our updated data processing agreement. Please sign and return it by the 15th."),
    ("en", "Hi, I accidentally unsubscribed from your newsletter. Can you add me back?"),
    # the studio's own word told back; an offer, not a request
    ("en", "You told me last time that the gallery would be deleted after a year. No problem, I've saved everything."),
    ("en", "If you ever need to delete my data, just let me know, but I'm happy for you to keep it."),
    ("en", "Should you want to remove my old headshot at some point, that's fine by me."),
    # the delivery's trouble told in the next sentence; a group the writer leaves
    ("en", "Hi, how can I get a copy of my photos? The gallery link expired."),
    ("en", "Is there a way to delete photos from my own gallery view? There are duplicates."),
    ("en", "Hi, can you remove me from the group chat for the workshop?"),
    ("nl", "Kunnen jullie mij uit de groepsapp van de cursus halen?"),
    ("nl", "Bedankt voor het verwijderen van mijn oude foto's, dat ging snel."),
    ("en", "We're thinking of booking a newborn session. Before we do: how long do you keep the raw files and our details "
           "after the shoot?"),
]


@pytest.mark.parametrize(("lang", "text", "rights"), CASES)
def test_reading(lang, text, rights):
    assert detect_rights(text, lang).rights == rights


@pytest.mark.parametrize(("lang", "text"), NOT_REQUESTS)
def test_not_a_request(lang, text):
    c = detect_rights(text, lang)
    is_request, _flags = decide_request(c, bulk=False, follow_up=False, quoted_own_request=False)
    assert not c.rights and not is_request, c.evidence


# --- the ID flag: a card pasted small, and the names of documents in French and German ---------------


def _png(width: int, height: int) -> bytes:
    import io

    from PIL import Image

    buf = io.BytesIO()
    Image.new("RGB", (width, height), (200, 190, 170)).save(buf, format="PNG")
    return buf.getvalue()


@pytest.mark.parametrize("size", [(86, 54), (72, 44), (54, 86)])
def test_a_small_card_shaped_picture_is_the_id_the_mail_announces(size):
    from studio_dsar.core.intake.attachments import flag_id_documents

    items = [("image001.png", "image/png", _png(*size), False)]
    assert flag_id_documents(items, text_mentions_id=True) == [True]
    assert flag_id_documents(items, text_mentions_id=False) == [False]


@pytest.mark.parametrize("size", [(120, 40), (60, 60), (30, 19)])
def test_a_small_logo_or_icon_stays_no_id(size):
    from studio_dsar.core.intake.attachments import flag_id_documents

    assert flag_id_documents([("image002.png", "image/png", _png(*size), False)], text_mentions_id=True) == [False]
    assert flag_id_documents([("logo.png", "image/png", _png(86, 54), False)], text_mentions_id=True) == [False]


@pytest.mark.parametrize("name", ["CNI_recto.png", "cni-verso.jpg", "Reisepass_Meier.png", "passeport_dupont.jpg",
                                  "Führerschein.pdf"])
def test_document_names_in_french_and_german(name):
    from studio_dsar.core.intake.attachments import name_score

    assert name_score(name) == 1


# --- a child named by the first name only takes the family name the parent signs with ----------------


@pytest.mark.parametrize(("text", "sender", "want"), [
    ("Mijn zoon Daan wil niet meer meedoen. Wilt u zijn profiel en foto's verwijderen? Ik ben zijn moeder.",
     "Marloes Schipper", "Daan Schipper"),
    ("Ich bitte Sie als Vater, sämtliche Daten und Fotos meiner Tochter Emma zu löschen.", "Marc Kreusch", "Emma Kreusch"),
    ("Mijn dochter Fien Goossens (12) wil niet meer op jullie site staan.", "Tom Goossens", "Fien Goossens"),
])
def test_child_named_by_first_name_takes_the_parents_family_name(text, sender, want):
    from studio_dsar.core.intake import senders

    out = senders.detect(text, sender, "parent@example.org")
    assert out.representative and out.representative["relation"] == "parent"
    assert out.subject_name == want


# --- the person the files go to is not the requester ---------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Can you send my files over to the new photographer? She is Lotte from Fotografie Zilverzand (lotte@zilverzand.example).",
    "We gaan verder met een andere fotograaf. Kunnen jullie alles naar haar sturen? Ze heet Lotte de Vries "
    "(lotte.devries@example.nl).",
])
def test_the_receiving_photographer_is_not_the_data_subject(text):
    from studio_dsar.core.intake.senders import named_data_subject

    assert named_data_subject(text, "writer@example.com") is None


def test_a_person_passed_on_with_her_address_is_still_the_data_subject():
    from studio_dsar.core.intake.senders import named_data_subject

    text = ("Beste fotograaf,\n\nEen moeder, mevrouw Esra Yilmaz (esra.yilmaz@example.com), heeft ons laten weten dat zij "
            "haar toestemming intrekt.")
    assert named_data_subject(text, "school@example.nl") == ("Esra Yilmaz", "esra.yilmaz@example.com")
