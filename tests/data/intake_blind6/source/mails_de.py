"""German mails (Germany de-DE, Austria de-AT, Switzerland de-CH, Ostbelgien de-BE)."""
MAILS = []


def M(**k):
    k.setdefault("lang", "de")
    MAILS.append(k)


BRON = "Fotostudio De Bron <hallo@fotostudiodebron.be>"
SPOT = "Castingbureau Spotlight <casting@spotlightcasting.nl>"
LUM = "Studio Lumière <contact@studiolumiere.be>"

M(g="de-DE", style="formal-letter", frm="\"Dr. Matthias Krüger\" <matthias.krueger@t-online.de>",
  date="Mon, 2 Nov 2026 07:30:12 +0100", ua="Microsoft Outlook 16.0", subj="Auskunftsersuchen gemäß Art. 15 DSGVO",
  body="""Sehr geehrte Damen und Herren,

hiermit mache ich mein Recht auf Auskunft gemäß Art. 15 DSGVO geltend. Bitte teilen Sie mir mit, ob Sie personenbezogene Daten über mich verarbeiten. Falls ja, verlange ich Auskunft über

1. die Verarbeitungszwecke,
2. die Kategorien personenbezogener Daten,
3. die Empfänger oder Kategorien von Empfängern,
4. die geplante Speicherdauer bzw. die Kriterien für deren Festlegung,
5. die Herkunft der Daten, soweit sie nicht bei mir erhoben wurden,

sowie eine Kopie der Daten gemäß Art. 15 Abs. 3 DSGVO, einschließlich aller Bildaufnahmen.

Ich erwarte Ihre Antwort innerhalb der Frist von einem Monat (Art. 12 Abs. 3 DSGVO). Eine Kopie meines Personalausweises (geschwärzt) liegt bei.

Mit freundlichen Grüßen

Dr. Matthias Krüger
Lindenallee 12
40474 Düsseldorf""",
  att=[("Personalausweis_geschwaerzt.pdf", "application/pdf", "idpdf", True)],
  rights=["access"], name="Dr. Matthias Krüger", email="matthias.krueger@t-online.de",
  notes="Generator-style Art. 15 letter (datenschutz template wording); redacted ID card PDF. Name incl. title as written.")

M(g="de-AT", style="formal-letter", frm="\"Mag. Elisabeth Huber\" <elisabeth.huber@aon.at>",
  date="Tue, 3 Nov 2026 11:45:00 +0100", subj="Antrag auf Einschränkung der Verarbeitung (Art. 18 DSGVO)",
  cs="iso-8859-1",
  body="""Sehr geehrte Damen und Herren,

ich ersuche Sie gemäß Art. 18 Abs. 1 lit. c DSGVO um Einschränkung der Verarbeitung meiner personenbezogenen Daten.

Sie haben mir mit Schreiben vom 20. Oktober 2026 mitgeteilt, dass die Aufnahmen meines Fotoshootings vom Jänner 2024 mit Ablauf der Aufbewahrungsfrist gelöscht werden. Ich benötige diese Aufnahmen jedoch zur Geltendmachung von Ansprüchen gegenüber meiner Versicherung (Wasserschaden in meiner Wohnung, die Aufnahmen zeigen den Zustand vor dem Schaden).

Ich ersuche Sie daher, die Daten nicht zu löschen, sondern bis auf Weiteres lediglich zu speichern und in keiner anderen Weise zu verarbeiten.

Mit freundlichen Grüßen
Mag. Elisabeth Huber
Praterstraße 54/7
1020 Wien""",
  rights=["restriction"], name="Mag. Elisabeth Huber", email="elisabeth.huber@aon.at",
  notes="Austrian formal letter (Jänner, ersuchen); Art. 18(1)(c): do not delete, data needed for legal claims -> restriction, explicitly not erasure. iso-8859-1 body.")

M(g="de-CH", style="formal-letter", frm="Reto Bühlmann <reto.buehlmann@bluewin.ch>",
  date="Wed, 4 Nov 2026 14:20:31 +0100", subj="Herausgabe meiner Daten – Art. 20 DSGVO / Art. 28 DSG",
  body="""Sehr geehrte Damen und Herren

Gestützt auf Art. 20 DSGVO sowie Art. 28 des schweizerischen Datenschutzgesetzes (DSG) verlange ich die Herausgabe der mich betreffenden Personendaten, die ich Ihnen bereitgestellt habe, in einem strukturierten, gängigen und maschinenlesbaren Format.

Dies betrifft insbesondere meine Kundendaten, die Auftragshistorie sowie die Originaldateien (RAW) des Businessporträts vom 9. Mai 2025. Bitte stellen Sie mir die Daten per Download-Link zur Verfügung.

Für Ihre fristgerechte Erledigung danke ich Ihnen im Voraus.

Freundliche Grüsse

Reto Bühlmann
Seefeldstrasse 118
8008 Zürich""",
  rights=["portability"], name="Reto Bühlmann", email="reto.buehlmann@bluewin.ch",
  notes="Swiss letter (no ß, 'Grüsse', no comma after salutation) citing DSGVO Art. 20 and revDSG Art. 28 -> portability.")

M(g="de-BE", style="chatty", frm="Ingrid Schmitz <ingrid.schmitz@skynet.be>", to=BRON,
  date="Wed, 4 Nov 2026 18:05:49 +0100", subj="Falscher Name beim Karnevalsfoto",
  body="""Hallo zusammen,

Ich wohne in Eupen und war mit meiner Tanzgruppe beim Rosenmontagszug, wo Sie die schönen Fotos für die Zeitung und Ihre Webseite gemacht haben. Danke dafür!

Nur steht bei dem Gruppenfoto auf Ihrer Webseite unter mir „Ingrid Schmidt“. Ich heisse aber Schmitz, Ingrid Schmitz. Ich werde jetzt schon von allen Leuten damit aufgezogen.

Können Sie das bitte berichtigen? Ich hänge Ihnen einen Screenshot an.

Mit freundlichen Grüßen aus Eupen
Ingrid Schmitz""",
  att=[("Screenshot_20261104-174812.png", "image/png", "shot", False)],
  rights=["rectification"], name="Ingrid Schmitz", email="ingrid.schmitz@skynet.be",
  notes="Ostbelgien (Eupen), writing to a Flemish studio; wrong surname under a published photo -> rectification. The wrong name also appears. Website screenshot attached (not an ID).")

M(g="de-DE", style="phone", frm="Kevin <kev.schulz97@gmx.de>",
  date="Fri, 20 Nov 2026 25:71:00 +0100", subj="daten",
  body="""hallo bitte löscht alle meine daten bei euch auch die bilder vom bewerbungsshooting, brauch ich nicht mehr. danke

Kevin Schulz

Von meinem Samsung Galaxy Smartphone gesendet""",
  rights=["erasure"], name="Kevin Schulz", email="kev.schulz97@gmx.de",
  notes="Phone typing; erasure. Malformed Date header (hour 25, minute 71) -> received null.")

M(g="de-AT", style="booking", frm="Stefanie Gruber <stefanie.gruber@gmx.at>",
  date="Thu, 5 Nov 2026 09:12:44 +0100", subj="Termin verschieben",
  body="""Grüß Gott,

wir hätten am 12. Dezember um 15 Uhr das Familienshooting. Leider ist meine Schwiegermutter im Spital, wäre es möglich, den Termin auf Mitte Jänner zu verschieben?

Und bitte den alten Termin aus dem Kalender löschen, damit keine Erinnerungs-SMS mehr kommt.

Liebe Grüße
Steffi Gruber""",
  notes="NON-request: booking change; 'aus dem Kalender löschen' concerns the appointment, not erasure of personal data.")

M(g="de-DE", style="dispute", frm="Jana Wolff <jana.wolff@posteo.de>", to=SPOT,
  date="Fri, 6 Nov 2026 15:33:20 +0100", subj="Kampagnenbild – ich habe nicht zugestimmt",
  body="""Hallo,

auf der Webseite Ihres Kunden (Sportmode) ist seit letzter Woche ein Bild von mir aus dem Casting im August zu sehen. Ich habe damals nur für das Casting unterschrieben, nicht für eine Kampagne. Sie behaupten, die Freigabe sei erteilt – ich bestreite das.

Bis das geklärt ist, verlange ich, dass das Bild nicht weiter verwendet oder an weitere Kunden gegeben wird. Bitte löschen Sie es aber NICHT, ich brauche es und die unterschriebenen Unterlagen als Beweis.

Jana Wolff""",
  rights=["restriction"], name="Jana Wolff", email="jana.wolff@posteo.de",
  notes="Disputes a release; keep as evidence but stop use while it is clarified -> restriction. Not withdraw_consent (she denies ever consenting).")

M(g="de-CH", style="chatty", frm="Corinne Meier <corinne.meier@sunrise.ch>", to=BRON,
  date="Sat, 7 Nov 2026 10:10:00 +0100", subj="Hochzeitsfotos an neue Fotografin",
  body="""Liebe Leute vom Studio De Bron

Ihr habt im Mai 2025 unsere Hochzeit in Brügge fotografiert – es war traumhaft! Jetzt ist unser erstes Kind unterwegs und eine Fotografin hier in Basel macht uns ein Album «Unsere Geschichte».

Wäre es möglich, dass ihr ihr die Originaldateien der Hochzeit (alle, auch die nicht ausgewählten) direkt schickt? Ihre Adresse ist atelier@lichtundschatten.ch. Ein Link via WeTransfer oder Dropbox wäre perfekt.

Herzliche Grüsse
Corinne Meier""",
  rights=["portability"], name="Corinne Meier", email="corinne.meier@sunrise.ch",
  notes="Swiss German; send original files directly to another photographer -> portability. Other photographer's address is not the requester's.")

M(g="de-DE", style="annoyed", frm="Thomas Becker <thomas.becker@web.de>",
  date="Sun, 8 Nov 2026 20:14:02 +0100", subj="Keine Werbung mehr!",
  crlf=True,
  body="""Guten Abend,

seit dem Passbild-Termin letzten Sommer bekomme ich jede Woche Ihren Newsletter mit "Weihnachts-Special" und "Gutscheinaktion". Ich möchte das nicht. Bitte nehmen Sie mich aus dem Verteiler und schicken Sie mir keine Werbung mehr.

Thomas Becker""",
  rights=["objection"], name="Thomas Becker", email="thomas.becker@web.de", proc="Mailchimp",
  notes="Stop newsletter/advertising -> objection. CRLF line endings.")

M(g="de-BE", style="reply-thanks", frm="Marc Heinen <marc.heinen@belgacom.net>", to=BRON,
  date="Mon, 9 Nov 2026 12:00:31 +0100", ua="Microsoft Outlook 16.0", subj="AW: Ihre Bilder sind fertig",
  body="""Vielen Dank, die Bilder sind super geworden! Meine Frau hängt sich das Gruppenbild direkt ins Wohnzimmer.

Bis bald in St. Vith
Marc Heinen

-----Ursprüngliche Nachricht-----
Von: Fotostudio De Bron <hallo@fotostudiodebron.be>
Gesendet: Montag, 9. November 2026 10:12
An: marc.heinen@belgacom.net
Betreff: Ihre Bilder sind fertig

Guten Tag Herr Heinen,

Ihre Bilder stehen in der Online-Galerie bereit. Hinweis zum Datenschutz: Sie können jederzeit Auskunft über Ihre Daten verlangen oder deren Löschung beantragen.

Freundliche Grüße
Fotostudio De Bron""",
  notes="NON-request: thank-you reply (Ostbelgien); Auskunft/Löschung only in the quoted Outlook-style studio text.")

M(g="de-AT", style="formal-letter", frm="Lukas Steiner <lukas.steiner@chello.at>",
  date="Tue, 10 Nov 2026 17:25:48 +0100", subj="Widerruf meiner Einwilligung gemäß Art. 7 Abs. 3 DSGVO",
  body="""Lukas Steiner
Schubertstraße 21
8010 Graz

An: Studio Lichtval

Graz, am 10. November 2026

Betreff: Widerruf einer datenschutzrechtlichen Einwilligung gemäß Art. 7 Abs. 3 DSGVO

Sehr geehrte Damen und Herren,

im Rahmen des Fotoshootings vom 14. Juli 2026 habe ich Ihnen meine Einwilligung zur Veröffentlichung von Aufnahmen meiner Person auf Ihrem Instagram-Kanal und Ihrer Website erteilt.

Hiermit widerrufe ich diese Einwilligung gemäß Art. 7 Abs. 3 DSGVO mit Wirkung für die Zukunft. Ich ersuche Sie, die betreffenden Aufnahmen von Instagram und Ihrer Website zu entfernen und mir dies schriftlich zu bestätigen. Die Rechtmäßigkeit der bis zum Widerruf erfolgten Verarbeitung bleibt unberührt.

Mit freundlichen Grüßen

Lukas Steiner""",
  rights=["withdraw_consent"], name="Lukas Steiner", email="lukas.steiner@chello.at",
  notes="Generator-style Austrian letter: withdrawal of consent under Art. 7(3) for Instagram/website publication; no erasure of other data asked.")

M(g="de-DE", style="two-issues", frm="Sabine Neumann <sabine.neumann@gmx.net>",
  date="Wed, 11 Nov 2026 08:40:15 +0100", subj="Namensänderung + meine Daten",
  body="""Hallo,

ich habe im Sommer geheiratet und heiße jetzt Sabine Hartmann (vorher Neumann). Bitte ändern Sie meinen Namen in Ihrer Kundenkartei, auf Rechnungen soll ab jetzt Hartmann stehen.

Außerdem: Ich würde gern alle meine Daten bei Ihnen (Kontaktdaten, Bestellungen, die Bilder der drei Familienshootings) in einem Paket bekommen, am liebsten als ZIP mit einer CSV-Datei dabei, damit ich alles bei mir archivieren kann.

Vielen Dank!
Sabine Hartmann""",
  rights=["rectification", "portability"], name="Sabine Neumann", email="sabine.neumann@gmx.net",
  notes="Name change after marriage (rectification; the new surname is in the text, From still shows the old name) plus export as ZIP/CSV (portability). Judgement: requester_name is the name on file/display name (Sabine Neumann); the new surname inside a rectification request is not the requester name.")

M(g="de-CH", style="question", frm="Andrea Keller <andrea.keller@gmail.com>",
  date="Wed, 11 Nov 2026 19:19:19 +0100", subj="Frage zu Fotos einer Kollegin",
  body="""Grüezi

Eine Arbeitskollegin von mir war letztes Jahr bei Ihnen für Bewerbungsfotos. Sie hat mich gefragt, ob man als Kundin eigentlich verlangen kann, dass die Fotos nach ein paar Jahren gelöscht werden, oder ob Sie die für immer behalten. Wie handhaben Sie das generell?

Besten Dank und freundliche Grüsse
Andrea Keller""",
  notes="NON-request: general question on behalf of a colleague about retention/deletion policy; no right exercised.")

M(g="de-DE", style="contact-form", frm="Studio Lichtval Website <noreply@studiolichtval.nl>",
  reply_to="Miriam Özdemir <miriam.oezdemir@gmail.com>",
  date="Thu, 12 Nov 2026 22:03:57 +0100", subj="Kontaktformular: Löschung",
  body="""Neue Nachricht über das Kontaktformular (DE)

Name: Miriam Özdemir
E-Mail: miriam.oezdemir@gmail.com
Telefon: +49 171 4432198
Betreff: Löschung
Nachricht:
Guten Tag, ich war 2023 bei Ihnen für Porträtfotos in Amsterdam. Ich möchte, dass Sie alle meine Daten und Fotos endgültig löschen, auch aus Backups, und mir das kurz bestätigen. Danke.""",
  rights=["erasure"], name="Miriam Özdemir", email="miriam.oezdemir@gmail.com",
  notes="German contact form with Reply-To; erasure incl. backups.")

M(g="de-BE", style="parent", frm="Patrick Kessel <patrick.kessel@proximus.be>", to=BRON,
  date="Fri, 13 Nov 2026 07:55:20 +0100", subj="Klassenfoto – falscher Name bei unserem Sohn",
  body="""Guten Morgen,

auf der Namensliste zum Klassenfoto der Gemeindeschule Kelmis steht bei unserem Sohn Jonas Kessel der Name „Jonas Kessler“. Die Liste wird ja mit dem Foto an alle Eltern verschickt.

Bitte korrigieren Sie den Namen. Und solange das nicht korrigiert ist, verschicken Sie das Foto mit der Liste bitte nicht an die anderen Eltern.

Mit freundlichen Grüßen
Patrick Kessel""",
  rights=["rectification", "restriction"], name="Jonas Kessel", email="patrick.kessel@proximus.be",
  rep=("parent", "Patrick Kessel"), proc="Gemeindeschule Kelmis (commissioning school)",
  notes="Ostbelgien parent: correct the child's name (rectification) and do not send the photo list until fixed (restriction). Data subject is the child. Judgement: school photos may be processed for the school, but the parent addresses the studio directly.")

M(g="de-AT", style="casting", frm="Valentina Pichler <valentina.pichler@icloud.com>", to=SPOT,
  date="Fri, 13 Nov 2026 13:47:06 +0100", subj="Welche Fotos habt ihr weitergegeben?",
  body="""Hallo liebes Spotlight-Team,

ich bin seit 2024 bei euch in der Kartei. Jetzt hat mich ein Bekannter auf eine Werbung einer Möbelkette angesprochen, wo angeblich ein Foto von mir aus einem eurer Castings verwendet wird.

Könnt ihr mir bitte sagen, welche Fotos und Daten von mir ihr an welche Kunden weitergegeben habt, und seit wann? Eine Liste wäre super.

Danke, lg
Valentina Pichler""",
  rights=["access"], name="Valentina Pichler", email="valentina.pichler@icloud.com",
  notes="Austrian model asks which photos/data went to which clients -> access (recipients).")

M(g="de-DE", style="supplier", frm="Moneybird <no-reply@moneybird.nl>",
  date="Sat, 14 Nov 2026 06:00:00 +0000", subj="Rechnung 2026-0456 wurde bezahlt",
  shape="alt",
  body="""Hallo Studio Lichtval,

Ihre Rechnung 2026-0456 an Familie Braun über EUR 345,00 wurde am 13.11.2026 als bezahlt markiert.

Hinweis: Moneybird verarbeitet personenbezogene Daten Ihrer Kunden als Auftragsverarbeiter gemäß Art. 28 DSGVO.

Ihr Moneybird-Team""",
  notes="NON-request: invoicing-tool notification mentioning DSGVO.")

M(g="de-CH", style="plain", frm="Daniel Frei <daniel.frei@hispeed.ch>",
  date="Sun, 15 Nov 2026 16:16:16 +0100", subj="Bewertungsanfragen",
  body="""Guten Tag

Nach meinem Porträttermin im Oktober erhalte ich nun zum dritten Mal eine Aufforderung eines Bewertungsportals, Ihr Studio zu bewerten. Offenbar haben Sie meine E-Mail-Adresse dorthin weitergegeben.

Ich widerspreche der Weitergabe meiner Daten an Bewertungsportale und der Nutzung für solche Anfragen. Bitte stellen Sie das ein.

Freundliche Grüsse
Daniel Frei""",
  rights=["objection"], name="Daniel Frei", email="daniel.frei@hispeed.ch",
  notes="Swiss; objects to passing the e-mail to a review platform for review invitations (legitimate-interest marketing) -> objection.")

M(g="de-DE", style="spam-abmahnung", frm="\"Kanzlei Dr. Rainer Voss\" <kanzlei@voss-rechtsanwaelte-info.de>",
  date="Mon, 16 Nov 2026 04:12:00 +0100", subj="Abmahnung wegen DSGVO-Verstoß (Google Fonts) – Zahlungsaufforderung",
  body="""Sehr geehrte Damen und Herren,

unser Mandant hat Ihre Webseite studiolichtval.nl besucht. Dabei wurde seine IP-Adresse ohne Einwilligung an Google übermittelt (dynamische Einbindung von Google Fonts). Hierin liegt ein Verstoß gegen die DSGVO, der einen Schadensersatzanspruch gemäß Art. 82 DSGVO begründet.

Zur außergerichtlichen Erledigung fordern wir Sie auf, einen Betrag von EUR 170,00 bis zum 30.11.2026 auf das unten genannte Konto zu überweisen.

Mit freundlichen Grüßen
Kanzlei Dr. Voss""",
  notes="NON-request: mass 'Google Fonts' payment demand (Art. 82 damages), not a data-subject request; no right is exercised for a named person.")

M(g="de-BE", style="chatty", frm="Nadine Lentz <nadine.lentz@outlook.com>", to=BRON,
  date="Tue, 17 Nov 2026 19:30:45 +0100", subj="Umzug nach Aachen – meine Bilder und Daten",
  body="""Hallo Bram,

nach zehn Jahren in Raeren ziehen wir zum Jahresende nach Aachen. Ihr habt uns in der Zeit so oft fotografiert – Kommunion, Hochzeit, die Kinder jedes Jahr.

Bevor der Kontakt einschläft: Könntet ihr mir alles, was ihr von uns habt, als Paket zusammenstellen? Also die Kundendaten und die Bestellungen als Datei (Excel geht) und die Bilddateien in voller Auflösung, gern als ZIP oder auf einem USB-Stick, den ich abholen komme. Dann kann ich das dem neuen Fotografen in Aachen geben.

Liebe Grüße
Nadine""",
  rights=["portability"], name="Nadine Lentz", email="nadine.lentz@outlook.com",
  notes="Ostbelgien (Raeren); customer data and full-res files in a reusable package to take elsewhere -> portability.")

M(g="de-AT", style="lawyer", frm="\"RA Mag. Georg Wimmer\" <office@wimmer-rechtsanwalt.at>",
  date="Wed, 18 Nov 2026 10:00:00 +0100", subj="Mandantin Frau Sarah Brunner – Löschungsbegehren",
  body="""Sehr geehrte Damen und Herren,

ich gebe bekannt, dass mich Frau Sarah Brunner, geb. 03.07.1994, mit ihrer rechtsfreundlichen Vertretung beauftragt hat; ich berufe mich auf die erteilte Vollmacht.

Namens meiner Mandantin begehre ich gemäß Art. 17 DSGVO die unverzügliche Löschung sämtlicher sie betreffender personenbezogener Daten, insbesondere der im Rahmen des Aktshootings vom 22.02.2025 angefertigten Aufnahmen samt aller Kopien und Sicherungen.

Ich ersuche um schriftliche Bestätigung der Löschung binnen Monatsfrist an meine Kanzlei.

Mit freundlichen Grüßen
Mag. Georg Wimmer
Rechtsanwalt
Kärntner Ring 10, 1010 Wien""",
  rights=["erasure"], name="Sarah Brunner", email="office@wimmer-rechtsanwalt.at",
  rep=("lawyer", "Mag. Georg Wimmer"),
  notes="Austrian lawyer ('begehre', 'ersuche', 'rechtsfreundliche Vertretung'); erasure for the client. requester_email is the law firm's (only address).")

M(g="de-DE", style="reminder", frm="Florian Hoffmann <f.hoffmann@mailbox.org>", to=SPOT,
  date="Thu, 19 Nov 2026 11:11:11 +0100", subj="Re: Widerspruch Kampagne",
  body="""Hallo Frau de Groot,

danke für Ihre Rückmeldung. Ich verstehe, dass Sie zunächst mit Ihrem Kunden klären müssen, ob dessen berechtigtes Interesse an der weiteren Nutzung meiner Bilder überwiegt.

Solange diese Prüfung läuft, möchte ich aber, dass meine Bilder nicht weiter verwendet und auch keinen weiteren Kunden angeboten werden. Löschen müssen Sie nichts.

Viele Grüße
Florian Hoffmann

Am 18.11.2026 um 15:20 schrieb Castingbureau Spotlight:
> Sehr geehrter Herr Hoffmann,
>
> wir haben Ihren Widerspruch gegen die Nutzung Ihrer Bilder erhalten und prüfen derzeit gemeinsam mit unserem Kunden die Interessenabwägung.
>
> Mit freundlichen Grüßen
> Lotte de Groot""",
  rights=["restriction"], name="Florian Hoffmann", email="f.hoffmann@mailbox.org", fu=True,
  notes="Follow-up: restriction pending the verification of his earlier objection (Art. 18(1)(d)); the word 'Widerspruch' is in the quoted agency text and the subject, the new ask is restriction only.")

M(g="de-CH", style="casting", frm="Lara Zimmermann <lara.zimmermann@bluewin.ch>", to=SPOT,
  date="Fri, 20 Nov 2026 09:45:22 +0100", subj="Model Release widerrufen",
  cte="base64",
  body="""Liebes Spotlight-Team

Ich habe im Frühling das Model Release für die Lookbook-Aufnahmen unterschrieben. Aus persönlichen Gründen widerrufe ich meine Einwilligung für jede weitere Verwendung dieser Bilder per sofort – Website, Social Media, Portfolio. Bitte leitet das auch an die Kundin weiter.

Danke für euer Verständnis und liebe Grüsse
Lara Zimmermann""",
  rights=["withdraw_consent"], name="Lara Zimmermann", email="lara.zimmermann@bluewin.ch",
  notes="Swiss model withdraws a model release for future use; base64 body.")

M(g="de-DE", style="autoreply", frm="Carsten Lange <c.lange@lange-immobilien.de>",
  subj="Abwesenheitsnotiz: Ihre Anfrage Immobilienfotos",
  hdr={"Auto-Submitted": "auto-replied"},
  body="""Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 27.11. nicht im Büro.

In dringenden Fällen wenden Sie sich bitte an info@lange-immobilien.de. Anfragen zum Datenschutz (Auskunft, Berichtigung, Löschung) richten Sie bitte an datenschutz@lange-immobilien.de.

Carsten Lange""",
  notes="NON-request: out-of-office without Date header (received null), mentions Auskunft/Löschung.")

M(g="de-AT", style="service", frm="Julia Moser <julia.moser@a1.net>",
  date="Sat, 21 Nov 2026 14:30:00 +0100", subj="Link abgelaufen",
  body="""Hallo,

der Link zur Galerie von unserem Babybauch-Shooting ist abgelaufen, bevor ich alle Bilder heruntergeladen habe. Könnt ihr mir den bitte noch einmal schicken oder verlängern?

Danke, lg Julia""",
  notes="NON-request: judgement call - re-sending an expired gallery link for a paid order is customer service, not an access or portability request.")
