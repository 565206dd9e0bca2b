"""Dutch mails (Netherlands nl-NL and Flemish nl-BE)."""
MAILS = []


def M(**k):
    k.setdefault("lang", "nl")
    MAILS.append(k)


BRON = "Fotostudio De Bron <hallo@fotostudiodebron.be>"
SPOT = "Castingbureau Spotlight <casting@spotlightcasting.nl>"

M(g="nl-NL", style="chatty", frm="Marloes Verbeek <marloesverbeek@gmail.com>",
  date="Mon, 02 Nov 2026 21:14:07 +0100", subj="zwangerschapsshoot 2023",
  body="""Hoi!

Ik heb in het voorjaar van 2023 een zwangerschapsshoot bij jullie gedaan (in de duinen bij Wijk aan Zee, was echt een topdag). Inmiddels is de kleine al twee en ik was laatst aan het opruimen en toen dacht ik: wat hebben jullie eigenlijk nog van mij?

Dus mijn vraag: welke foto's en gegevens hebben jullie nog van mij bewaard, en zijn die ooit aan iemand anders gegeven, bijvoorbeeld een drukkerij of voor een wedstrijd? En hoe lang houden jullie zoiets eigenlijk?

Groetjes,
Marloes Verbeek""",
  rights=["access"], name="Marloes Verbeek", email="marloesverbeek@gmail.com",
  notes="Access asked as a set of questions inside a chatty story; no legal words.")

M(g="nl-NL", style="formal-letter", frm="\"R.J. Hoekstra\" <rj.hoekstra@ziggo.nl>",
  date="Tue, 3 Nov 2026 09:02:44 +0100 (CET)", ua="Microsoft Outlook 16.0", subj="Verzoek tot inzage persoonsgegevens (artikel 15 AVG)",
  body="""Studio Lichtval
T.a.v. de functionaris voor gegevensbescherming / de verantwoordelijke
Postbus 1180
3500 BD Utrecht

Leeuwarden, 3 november 2026

Betreft: verzoek tot inzage op grond van artikel 15 Algemene Verordening Gegevensbescherming

Geachte heer/mevrouw,

Op grond van artikel 15 van de Algemene Verordening Gegevensbescherming (AVG) verzoek ik u mij te laten weten of u persoonsgegevens van mij verwerkt. Indien dit het geval is, verzoek ik u mij een kopie te verstrekken van deze persoonsgegevens, alsmede informatie over:
- de verwerkingsdoeleinden;
- de betrokken categorieën van persoonsgegevens;
- de ontvangers of categorieën van ontvangers aan wie de persoonsgegevens zijn verstrekt;
- de periode gedurende welke de persoonsgegevens zullen worden opgeslagen;
- de bron van de gegevens, indien deze niet bij mij zijn verzameld.

Ik verzoek u binnen één maand na ontvangst van dit verzoek te reageren, conform artikel 12 lid 3 AVG. Ter identificatie stuur ik een kopie van mijn identiteitsbewijs mee, waarop het BSN en de pasfoto zijn afgeschermd.

Hoogachtend,

R.J. Hoekstra
Tuinstraat 14
8911 AB Leeuwarden""",
  att=[("kopie_identiteitsbewijs_Hoekstra.pdf", "application/pdf", "idpdf", True)],
  rights=["access"], name="R.J. Hoekstra", email="rj.hoekstra@ziggo.nl",
  notes="Request-generator style letter citing art. 15 and 12(3); ID copy as PDF.")

M(g="nl-BE", style="short", frm="Wouter Vanhoutte <wouter.vanhoutte@telenet.be>", to=BRON,
  date="Wed, 04 Nov 2026 12:40:19 +0100", subj="naam onder foto",
  body="""Dag,

Onder de trouwfoto van ons op jullie website (bij 'reportages 2026') staat mijn naam als Wouter Van Houtte. Het is Vanhoutte, aaneen geschreven. Zou dat aangepast kunnen worden aub?

Alvast bedankt
Wouter""",
  rights=["rectification"], name="Wouter Vanhoutte", email="wouter.vanhoutte@telenet.be",
  notes="Rectification of a misspelled name under a published photo; the wrong spelling also appears in the text.")

M(g="nl-NL", style="phone", frm="sanne <sannetje_02@hotmail.com>",
  date="Thu, 5 Nov 2026 23:51:02 +0100", subj="insta",
  body="""hoi kunnen jullie mijn fotos van jullie insta halen ik wil dat toch niet meer dat die daar staan. was leuk hoor maar mijn ex ziet ze steeds lol
thx sanne

Verzonden vanaf mijn iPhone""",
  rights=["withdraw_consent"], name="sanne", email="sannetje_02@hotmail.com",
  notes="Phone typing without punctuation; take photos off Instagram -> withdraw_consent. Name only lowercase first name.")

M(g="nl-NL", style="booking", frm="Jeroen en Fleur <fleurenjeroen@kpnmail.nl>",
  date="Fri, 6 Nov 2026 10:17:55 +0100", subj="Re: proefselectie bruiloft",
  body="""Hoi Iris,

Wat een mooie proefselectie, we zijn er echt blij mee! Eén ding: kun je de wazige foto's (nrs 112, 113 en 140) en die waar oom Henk met zijn ogen dicht staat eruit verwijderen voordat je het definitieve album naar de drukker stuurt? Die hoeven we echt niet.

En de zwart-wit van de eerste dans graag ook in kleur erbij.

Liefs,
Fleur""",
  notes="NON-request: deleting blurry photos from a selection before printing is an editing instruction, not erasure of personal data.")

M(g="nl-BE", style="parent", frm="Katrien Peeters <katrien.peeters@skynet.be>", to=BRON,
  date="Sat, 07 Nov 2026 08:33:10 +0100", subj="Foto's van onze dochter",
  body="""Goeiemorgen,

Op de opendeurdag van september hebben jullie foto's gemaakt van de kinderen die aan de workshop meededen. Onze dochter Lotte Peeters (9 jaar) staat nu op jullie Facebookpagina en ook op de affiche in het raam van de winkel. Wij hadden daar destijds wel 'ja' op het formulier aangeduid, maar na wat reacties van andere ouders zijn we van gedacht veranderd.

Wij trekken onze toestemming dus in. Gelieve de foto's van Lotte overal weg te halen en ook alle beelden van haar die jullie nog hebben te wissen, we willen niet dat die ergens blijven rondslingeren.

Met vriendelijke groeten,
Katrien Peeters (mama van Lotte)""",
  rights=["erasure", "withdraw_consent"], name="Lotte Peeters", email="katrien.peeters@skynet.be",
  rep=("parent", "Katrien Peeters"),
  notes="Parent for a 9-year-old: data subject is the child (requester_name), e-mail is the parent's From. Withdraws consent for Facebook/poster and asks to wipe all images.")

M(g="nl-BE", style="annoyed", frm="Dirk Wuyts <dirk.wuyts@proximus.be>", to=BRON,
  date="9 Nov 2026 19:05:31 +0100", subj="die promomails",
  body="""Goeiendag,

Sinds ik vorig jaar eens pasfoto's bij jullie heb laten maken krijg ik om de twee weken een mail met 'kerstshoot aan halve prijs' en 'Black Friday fotobon'. Ik heb daar nooit om gevraagd en ik heb er geen interesse in. Gelieve mij niets meer te sturen.

Dirk Wuyts""",
  rights=["objection"], name="Dirk Wuyts", email="dirk.wuyts@proximus.be",
  notes="Stop promotional mails (direct marketing) -> objection.")

M(g="nl-BE", style="dispute", frm="Annelies De Clercq <annelies.declercq@outlook.be>", to=BRON,
  date="Tue, 10 Nov 2026 14:22:48 +0100", ua="Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.4.0", subj="Reportage 14 juni - klacht",
  body="""Beste,

Zoals u weet zijn wij niet tevreden over de trouwreportage van 14 juni en hebben wij via onze rechtsbijstandsverzekering een klacht ingediend. Daar zal u binnenkort meer over horen.

In afwachting daarvan vraag ik u uitdrukkelijk om niets van de foto's, de ruwe bestanden of onze mailwisseling te verwijderen, want dat hebben we misschien nodig. Maar ik wil evenmin dat u ze ondertussen nog gebruikt: niet op de website, niet in een portfolio, niet op beurzen. Gewoon bewaren en er verder niet aankomen tot dit geregeld is.

Met vriendelijke groet,
Annelies De Clercq""",
  rights=["restriction"], name="Annelies De Clercq", email="annelies.declercq@outlook.be",
  notes="Keep but do not use while a dispute runs -> restriction; explicitly NOT erasure.")

M(g="nl-BE", style="chatty", frm="Jens Mertens <jensmertens@gmail.com>", to=BRON,
  date="Wed, 11 Nov 2026 11:48:02 +0100", subj="ruwe bestanden shoot voor nieuwe fotograaf",
  body="""Hallo Bram,

Lang geleden! Wij zijn ondertussen verhuisd naar Leuven en daar werken we nu met een fotografe die een fotoboek van de eerste drie jaar van ons zoontje maakt. Zij vroeg of ze de originele bestanden van onze newbornshoot bij jou (februari 2024) kon krijgen.

Zou jij die rechtstreeks naar haar kunnen doorsturen via WeTransfer of zo? Haar adres is info@studiolinde.be. Het gaat om alle beelden, ook de niet-geselecteerde, in het originele formaat.

Merci!
Jens Mertens""",
  rights=["portability"], name="Jens Mertens", email="jensmertens@gmail.com",
  notes="Transfer original files directly to another photographer -> portability. The other studio's address in the body is not the requester's.")

M(g="nl-NL", style="booking", frm="Priya Ramdin <p.ramdin@live.nl>",
  date="Wed, 11 Nov 2026 16:03:39 +0100", subj="Shoot zaterdag verzetten?",
  body="""Hallo,

Ik heb zaterdag 21 november om 10:00 een portretshoot staan, maar mijn zus gaat die dag bevallen (gepland). Is het mogelijk om te verzetten naar 28 november of 5 december? Het maakt mij niet uit hoe laat.

En mag ik de gegevens die ik in het boekingsformulier heb ingevuld nog aanpassen? Ik neem mijn vriend toch ook mee, dus het wordt een duoshoot.

Groet,
Priya""",
  notes="NON-request: booking change; 'gegevens aanpassen' refers to booking details (a duo shoot), not rectification.")

M(g="nl-NL", style="forward-inline", frm="Iris van Lichtval <iris@studiolichtval.nl>",
  to="Bas <bas@studiolichtval.nl>", date="Thu, 12 Nov 2026 09:12:00 +0100",
  subj="Fwd: onze kinderen op jullie website",
  body="""Bas, kun jij dit oppakken? Ik ben tot vrijdag op locatie.

---------- Forwarded message ---------
Van: Sofie Van den Broeck <sofie.vandenbroeck@telenet.be>
Date: wo 11 nov 2026 om 22:41
Subject: onze kinderen op jullie website
To: <info@studiolichtval.nl>


Dag,

Wij hebben in de zomer een familieshoot gedaan op het strand in Cadzand. Heel fijn, maar ik zie nu dat twee foto's van onze kinderen (Mats en Noor) op de homepage van jullie website staan. Dat was niet de afspraak, of toch niet zo hoe ik het begrepen had. Willen jullie die aub van de website halen? Het album zelf mag uiteraard blijven.

Vriendelijke groeten,
Sofie Van den Broeck""",
  rights=["withdraw_consent"], name="Sofie Van den Broeck", email="sofie.vandenbroeck@telenet.be",
  notes="Colleague forward (Gmail style, Dutch 'Van:'); requester is the Flemish mother inside. Website removal -> withdraw_consent; she says the album may stay (not erasure). She writes as parent of Mats and Noor but also appears herself in the family shoot; requester_name is hers.")

M(g="nl-BE", style="reply-thanks", frm="Elke Verstraete <elke.verstraete@hotmail.be>", to=BRON,
  date="Fri, 13 Nov 2026 20:30:12 +0100", subj="Re: Uw foto's staan klaar",
  body="""Super, dank u! Ze zijn echt prachtig, mijn moeder heeft er bijna van geweend :-)

Tot volgend jaar!
Elke

Op vr 13 nov 2026 om 10:02 schreef Fotostudio De Bron <hallo@fotostudiodebron.be>:
> Beste Elke,
>
> Uw foto's staan klaar in de online galerij (wachtwoord: bron2026). De galerij blijft 60 dagen online.
>
> Wist u dat u altijd kan vragen welke gegevens wij van u bijhouden, of kan vragen om die te laten verwijderen? Stuur dan gewoon een mailtje naar privacy@fotostudiodebron.be.
>
> Hartelijke groeten,
> Bram - Fotostudio De Bron""",
  notes="NON-request: thank-you reply; the privacy wording (inzage/verwijderen) is only in the quoted studio text.")

M(g="nl-NL", style="contact-form", frm="Studio Lichtval website <noreply@studiolichtval.nl>",
  reply_to="Thijs Brouwer <thijs.brouwer@xs4all.nl>",
  date="Sat, 14 Nov 2026 13:58:21 +0100", subj="Nieuw bericht via contactformulier",
  body="""Er is een nieuw bericht verstuurd via het contactformulier op studiolichtval.nl.

Naam: Thijs Brouwer
E-mail: thijs.brouwer@xs4all.nl
Telefoon: 06-41279035
Onderwerp: Mijn foto op Facebook
Bericht:
Goedemiddag, ik zag dat jullie mijn zakelijke portret als 'voorbeeld van de maand' op Facebook en LinkedIn hebben gezet. Toen ik daar eerder naar vroeg, kreeg ik als antwoord dat jullie dat mogen vanwege een 'gerechtvaardigd belang' om jullie werk te laten zien. Daar ben ik het niet mee eens: ik werk in de zorg en wil niet dat cliënten mij zo tegenkomen. Ik maak daarom bezwaar tegen dit gebruik van mijn foto en vraag jullie ermee te stoppen.

---
Verzonden op 14-11-2026 13:58 vanaf 83.160.12.4""",
  rights=["objection"], name="Thijs Brouwer", email="thijs.brouwer@xs4all.nl",
  notes="Website contact form with Reply-To; objects to social-media use based on legitimate interest (no consent was given) -> objection, not withdraw_consent.")

M(g="nl-BE", style="question", frm="Hilde Janssens <hilde.janssens@scarlet.be>", to=BRON,
  date="Sun, 15 Nov 2026 10:11:45 +0100", subj="Vraagje",
  body="""Dag Bram,

Mag ik eens vragen hoe lang jullie de gegevens van klanten eigenlijk bijhouden? Ik heb in 2019 bij jullie een communiefoto laten maken en ik vraag me af of mijn adres, gsm-nummer en die foto's nog ergens bij jullie op een server staan. Kunt u mij laten weten wat er van mij nog bewaard is?

Groetjes,
Hilde Janssens""",
  rights=["access"], name="Hilde Janssens", email="hilde.janssens@scarlet.be",
  notes="Access phrased as questions (retention, what is stored).")

M(g="nl-NL", style="casting", frm="Noa Kuipers <noa.kuipers.model@gmail.com>", to=SPOT,
  date="Mon, 16 Nov 2026 15:27:03 +0100", subj="profiel bijwerken",
  body="""Hi team Spotlight,

In mijn profiel in jullie bestand kloppen een paar dingen niet meer:
- adres: ik woon niet meer in Zwolle, nieuw adres is Oudegracht 211-bis, 3511 NJ Utrecht
- lengte staat op 1,72 m, dat moet 1,78 m zijn (was een typfout denk ik)
- haarkleur: nu donkerblond, niet rood

Willen jullie dat corrigeren? Anders word ik voor de verkeerde castings gebeld haha.

Liefs, Noa Kuipers""",
  rights=["rectification"], name="Noa Kuipers", email="noa.kuipers.model@gmail.com",
  notes="Casting agency; corrects address and measurements in the talent file -> rectification.")

M(g="nl-NL", style="invoice", frm="Maarten de Wit <maarten@dewitadvies.nl>",
  date="Mon, 16 Nov 2026 17:45:10 +0100", subj="factuuradres aanpassen",
  body="""Goedemiddag,

Zouden jullie de factuur voor de bedrijfsportretten (F-2026-0412) opnieuw kunnen maken op naam van De Wit Advies B.V., Stationsweg 8, 7411 HM Deventer, btw NL861234567B01? Hij staat nu op mijn privéadres en dat kan mijn boekhouder niet verwerken.

Dank!
Maarten de Wit""",
  notes="NON-request: invoice addressee change for the business, bookkeeping not a data-subject right.")

M(g="nl-NL", style="angry", frm="Gerda Smit <gerdasmit1961@planet.nl>",
  date="Tue, 17 Nov 2026 08:02:33 +0100", subj="VOOR DE VIERDE KEER",
  body="""Ik heb jullie nu al drie keer gevraagd om mij van die nieuwsbrief af te halen. Ik krijg hem nog steeds. De afmeldlink werkt niet, die geeft een foutmelding.

Ik ben er klaar mee. Stop met mailen en haal al mijn gegevens uit jullie systemen, ook uit dat Mailchimp en uit jullie klantenbestand. Ik wil een bevestiging dat het gebeurd is.

G. Smit""",
  rights=["erasure", "objection"], name="Gerda Smit", email="gerdasmit1961@planet.nl", fu=True,
  proc="Mailchimp",
  notes="Angry reminder: stop the newsletter (objection) and delete everything (erasure). Display name 'Gerda Smit' but signs 'G. Smit'; requester_name = the fuller display name.")

M(g="nl-BE", style="formal-letter", frm="Bart Claeys <bart.claeys@telenet.be>", to=BRON,
  date="Wed, 18 Nov 2026 07:55:00 +0100", subj="Verzoek tot wissing van persoonsgegevens – art. 17 AVG",
  body="""Aan: Fotostudio De Bron
Kortrijksesteenweg 322
9000 Gent

Betreft: verzoek tot gegevenswissing (recht op vergetelheid) overeenkomstig artikel 17 van de Algemene Verordening Gegevensbescherming (EU) 2016/679

Geachte mevrouw, geachte heer,

Ondergetekende, Bart Claeys, wonende te Sint-Amandsberg, verzoekt u hierbij om alle persoonsgegevens die u over mij verwerkt onverwijld te wissen, overeenkomstig artikel 17, lid 1, van de AVG. De gegevens zijn niet langer nodig voor de doeleinden waarvoor zij werden verzameld.

Ik verzoek u tevens om, overeenkomstig artikel 19 AVG, de ontvangers aan wie de gegevens werden verstrekt van deze wissing op de hoogte te brengen.

Gelieve mij binnen de wettelijke termijn van één maand schriftelijk te bevestigen dat aan dit verzoek gevolg werd gegeven. Bij gebrek aan antwoord behoud ik mij het recht voor klacht in te dienen bij de Gegevensbeschermingsautoriteit.

Als bewijs van identiteit voeg ik een kopie van mijn identiteitskaart (voor- en achterzijde) toe.

Hoogachtend,
Bart Claeys""",
  att=[("eID_voorkant.png", "image/png", "id", True), ("eID_achterkant.png", "image/png", "idback", True)],
  rights=["erasure"], name="Bart Claeys", email="bart.claeys@telenet.be",
  notes="Generator-style Flemish letter art. 17 + art. 19 notice; eID front and back as PNG.")

M(g="nl-NL", style="conditional", frm="Lisa Bakker <lisabakker@icloud.com>",
  date="Thu, 19 Nov 2026 22:16:40 +0100", subj="oude shoot 2024",
  body="""Hallo,

Ik deed in maart 2024 een personal branding shoot bij jullie. Ik heb toen 15 bewerkte foto's gekregen, prima, maar nu wil ik zelf een andere stijl van bewerken proberen.

Als jullie de onbewerkte bestanden van die shoot nog hebben, zou ik die dan kunnen krijgen? Het liefst de originele RAW-bestanden zoals ze uit de camera kwamen, via een downloadlink. Ik hoef niet opnieuw de bewerkte selectie, die heb ik al.

Hoor het graag,
Lisa Bakker
Verzonden vanaf mijn iPad""",
  rights=["portability"], name="Lisa Bakker", email="lisabakker@icloud.com",
  notes="Conditional request for raw files in original format -> portability; says what she does NOT want (edited selection). Judgement: could be read as access, but the ask is the files themselves for reuse.")

M(g="nl-BE", style="third-party-question", frm="Tom Desmet <tom.desmet@gmail.com>", to=BRON,
  date="Fri, 20 Nov 2026 12:01:59 +0100", subj="vraag over foto's",
  body="""Hallo,

Een vriendin van mij is vorig jaar bij jullie geweest voor een boudoirshoot en vraagt zich af of ze die foto's later nog van jullie portfolio kan laten halen als ze dat zou willen. Hoe werkt dat eigenlijk, moet ze dat schriftelijk doen? Ze durft het zelf niet goed te vragen.

Mvg
Tom""",
  notes="NON-request: general question about a friend's rights; no one asks the studio to act now, and Tom does not represent her.")

M(g="nl-BE", style="casting", frm="Yana Goossens <yana.goossens@icloud.com>", to=SPOT,
  date="Sat, 21 Nov 2026 18:20:07 +0100", subj="model release campagne Zeelandia",
  body="""Hoi,

Vorig jaar in mei heb ik via jullie meegedaan aan de shoot voor de zomercampagne van Zeelandia en daarvoor een model release getekend. Ik ben ondertussen begonnen als leerkracht en ik zou liever niet hebben dat die beelden nog opnieuw gebruikt worden.

Ik trek mijn toestemming in voor elk nieuw gebruik van die beelden vanaf nu. Wat al gedrukt is, is gedrukt, dat snap ik. Kunnen jullie dat ook aan de klant laten weten?

Groetjes
Yana""",
  rights=["withdraw_consent"], name="Yana Goossens", email="yana.goossens@icloud.com",
  notes="Withdraws a model release for future use; accepts past use. Signs with first name only; requester_name from the From display name.")

M(g="nl-NL", style="employer", frm="HR Vermeulen Installatietechniek <hr@vermeulen-installatie.nl>",
  date="Mon, 23 Nov 2026 10:30:00 +0100", subj="Verwijderen portretfoto oud-medewerker",
  body="""Goedemorgen,

In 2025 hebben wij jullie opdracht gegeven voor de personeelsfoto's voor onze website. Onze oud-collega Fatima El Amrani is per 1 oktober uit dienst en heeft ons gevraagd haar portretfoto's overal te laten verwijderen. Wij hebben de foto al van onze eigen site gehaald.

Willen jullie haar foto's ook uit de gedeelde klantmap en uit jullie archief verwijderen en ons laten weten wanneer dat gedaan is? Zij heeft hiervoor toestemming gegeven dat wij dit namens haar regelen.

Met vriendelijke groet,

Anouk Jansen
HR-adviseur
Vermeulen Installatietechniek B.V.""",
  att=[("logo_vermeulen.png", "image/png", "logo", False)],
  rights=["erasure"], name="Fatima El Amrani", email="hr@vermeulen-installatie.nl",
  rep=("other", "Anouk Jansen"), proc="Vermeulen Installatietechniek B.V. (commissioning employer, controller)",
  notes="Judgement: employer (controller of the staff photos) relays the ex-employee's erasure request on her behalf. Data subject = Fatima El Amrani; only address in the mail is the HR address. Signature logo is not an ID.")

M(g="nl-BE", style="dispute", frm="Kevin Maes <kevin.maes@hotmail.com>", to=BRON,
  date="Mon, 23 Nov 2026 21:13:38 +0100", subj="aanmaning klopt niet",
  body="""Goeieavond,

Ik kreeg vandaag een herinnering dat ik factuur 2026-188 nog niet betaald heb. Die is wel betaald, op 2 oktober, ik heb het rekeninguittreksel hier. Blijkbaar staat er in jullie klantenbestand iets fout.

Zolang dat niet uitgeklaard is, wil ik niet dat mijn gegevens naar een incassobureau of zo doorgestuurd worden. Laat het gewoon zo staan tot jullie het nagekeken hebben, en verwittig mij dan.

Kevin Maes""",
  att=[("uittreksel_2oktober.pdf", "application/pdf", "pdf:KBC rekeninguittreksel|02/10/2026 overschrijving 185,00 EUR", False)],
  rights=["restriction"], name="Kevin Maes", email="kevin.maes@hotmail.com", proc="Moneybird",
  notes="Contests accuracy and asks not to pass data on while it is checked -> restriction. Judgement: no explicit correction asked, so no rectification label. Bank statement attachment is not an ID.")

M(g="nl-NL", style="autoreply", frm="Esther Mulder <esther@mulderevents.nl>",
  date="Tue, 24 Nov 2026 07:00:02 +0100", subj="Automatisch antwoord: Offerte bedrijfsfeest",
  hdr={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"},
  body="""Bedankt voor je bericht. Ik ben tot en met 1 december met verlof en lees mijn mail niet.

Voor dringende zaken kun je terecht bij mijn collega Ruud (ruud@mulderevents.nl). Voor vragen over privacy, inzage of het verwijderen van je gegevens mail je naar privacy@mulderevents.nl.

Groet,
Esther Mulder""",
  notes="NON-request: out-of-office auto-reply that mentions inzage/verwijderen.")

M(g="nl-NL", style="newsletter", frm="Fotografenvereniging NL <nieuwsbrief@fotografenvereniging.nl>",
  date="Tue, 24 Nov 2026 12:00:00 +0100", subj="Nieuwsbrief november: zo handel je een AVG-verzoek af",
  shape="html", hdr={"List-Unsubscribe": "<https://fotografenvereniging.nl/afmelden?id=4471>"},
  body="""Nieuwsbrief november 2026

Zo handel je een AVG-verzoek af
Een klant vraagt om inzage in zijn gegevens, of wil dat je zijn foto's verwijdert. Wat nu? Je hebt een maand om te reageren. In dit artikel zetten we de stappen op een rij: identiteit controleren, gegevens verzamelen, en vastleggen wat je hebt gedaan.

Ook in deze nieuwsbrief: model releases voor minderjarigen, en het nieuwe tarief voor de beurs in Utrecht.

Wilt u deze nieuwsbrief niet meer ontvangen? Meld u dan af via de link onderaan.""",
  notes="NON-request: HTML-only trade newsletter about AVG requests, with an unsubscribe footer.")

M(g="nl-BE", style="short", frm="Griet Claes <griet.claes@skynet.be>", to=BRON,
  date="Wed, 25 Nov 2026 09:41:12 +0100", subj="nieuw mailadres",
  body="""Dag, mijn skynet-adres verdwijnt binnenkort. Willen jullie in jullie klantenbestand mijn mailadres aub veranderen naar griet.claes@telenet.be? En mijn gsm is ook nieuw: 0478 21 43 65.
Mvg Griet Claes""",
  rights=["rectification"], name="Griet Claes", email="griet.claes@skynet.be",
  notes="Rectification of contact data; the new address in the body is NOT the requester_email (From is).")

M(g="nl-NL", style="lawyer", frm="\"mr. S. van Dijk\" <s.vandijk@vandijkadvocatuur.nl>",
  date="Wed, 25 Nov 2026 11:15:27 +0100", ua="Microsoft Outlook 16.0", subj="Uw kenmerk onbekend / cliënte mevrouw J. Hendriks",
  body="""Geachte heer, mevrouw,

Ik sta mevrouw J. Hendriks bij in het geschil met uw onderneming over de fotoreportage van 12 april 2026. Een machtiging van cliënte treft u bijgaand aan.

Namens cliënte verzoek ik u, op grond van artikel 15 AVG, mij binnen de wettelijke termijn een volledig overzicht en afschrift te verstrekken van alle persoonsgegevens van cliënte die u verwerkt, waaronder alle beeldmateriaal (ook niet-geselecteerde opnamen), correspondentie en notities.

Tevens verzoek ik u, op grond van artikel 18 lid 1 sub c AVG, de verwerking van deze gegevens te beperken zolang de procedure loopt. Dit betekent dat u de gegevens niet mag wissen, maar evenmin anderszins mag gebruiken, publiceren of aan derden verstrekken.

Hoogachtend,

mr. S. van Dijk
Van Dijk Advocatuur
Herengracht 412
1017 BZ Amsterdam""",
  att=[("machtiging_Hendriks.pdf", "application/pdf", "pdf:Machtiging|J. Hendriks machtigt mr. S. van Dijk", False)],
  rights=["access", "restriction"], name="J. Hendriks", email="s.vandijk@vandijkadvocatuur.nl",
  rep=("lawyer", "mr. S. van Dijk"),
  notes="Lawyer for a client: access (art. 15) and restriction (art. 18(1)(c)) in one letter. Authorisation PDF is not an ID. requester_email is the lawyer's (only address).")

M(g="nl-BE", style="chatty", frm="Pieter Vermeiren <pieter.vermeiren@gmail.com>", to=BRON,
  date="Wed, 25 Nov 2026 20:02:51 +0100", subj="gezinsfoto dit jaar elders",
  body="""Dag Bram,

Eerst en vooral: merci voor al die jaren gezinsfoto's! Dit jaar gaan we het eens anders doen, mijn schoonzus is fotografe geworden en we willen haar een kans geven, ge kent dat.

Zij vroeg of ze een overzicht kon krijgen van wat we de vorige jaren bij u besteld hebben (formaten, afdrukken, welke foto's) zodat ze daarop kan verder bouwen. Zou ge onze klantgegevens en bestelgeschiedenis in een bestandje kunnen zetten, Excel of CSV, en naar mij mailen? Dan geef ik het zelf aan haar door.

Groeten,
Pieter""",
  rights=["portability"], name="Pieter Vermeiren", email="pieter.vermeiren@gmail.com",
  notes="Customer data and order history as a CSV/Excel file to take to another photographer -> portability.")

M(g="nl-BE", style="add-photos", frm="Marie-Jeanne Lambrechts <mj.lambrechts@telenet.be>", to=BRON,
  date="Thu, 26 Nov 2026 08:12:30 +0100", subj="album oma",
  body="""Dag,

Kunnen jullie aan het album van de 90ste verjaardag van onze moeder ook nog de foto's toevoegen die mijn broer met zijn eigen toestel heeft gemaakt? Ik stuur ze via WeTransfer. En mogen de namen van de kleinkinderen onder de groepsfoto?

Mvg,
Marie-Jeanne""",
  notes="NON-request: asks the studio to ADD photos and names to an album.")

M(g="nl-NL", style="reminder", frm="Hans Willemsen <h.willemsen@kpnplanet.nl>",
  date="Thu, 26 Nov 2026 09:30:04 +0100", subj="Re: welke gegevens hebben jullie van mij?",
  body="""Goedemorgen,

Op 2 oktober heb ik onderstaande mail gestuurd, maar ik heb nog steeds niets gehoord. De termijn is inmiddels bijna verstreken. Graag alsnog een reactie.

Hans Willemsen

Op 2 okt. 2026 om 14:21 schreef Hans Willemsen <h.willemsen@kpnplanet.nl>:
> Beste Studio Lichtval,
>
> Ik wil graag weten welke gegevens jullie van mij hebben, en welke foto's van mij in jullie archief staan. Kunnen jullie mij een overzicht sturen?
>
> Met vriendelijke groet,
> Hans Willemsen""",
  rights=["access"], name="Hans Willemsen", email="h.willemsen@kpnplanet.nl", fu=True,
  notes="Reminder; the access request itself is in the writer's OWN quoted earlier mail (so it counts, unlike quoted studio text).")
