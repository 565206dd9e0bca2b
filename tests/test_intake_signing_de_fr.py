"""How German and French writers sign and write for someone else: the closings they vary, the
address block under the name, the cases of German possessives, a child described by age. Cases
written for this test (not taken from a labelled set)."""

from __future__ import annotations

from email.message import EmailMessage
from email.policy import SMTP

import pytest

from studio_dsar.core.intake import parse_bytes, senders
from studio_dsar.core.intake.classify import detect_rights
from studio_dsar.core.intake.text import parse_contact_form, signature_name


@pytest.mark.parametrize("closing", [
    "Mit besten Grüßen", "Danke und Gruß", "Hochachtungsvoll", "Mit freundlichem Gruß", "Beste Grüße aus Köln",
    "Besten Dank und freundliche Grüsse", "Herzlichst",
    "Très cordialement", "Respectueusement", "Bonne journée", "Amicalement",
    "Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.",
    "Veuillez agréer mes salutations distinguées.", "En vous remerciant par avance,",
])
def test_a_name_under_a_german_or_french_closing(closing):
    body = f"Bitte löschen Sie meine Daten.\n\n{closing}\nAnna-Lena Schäfer\n"
    assert signature_name(body) == "Anna-Lena Schäfer"


@pytest.mark.parametrize(("closing", "name"), [
    ("Mit besten Grüßen, ", "Jörg Albrecht"), ("Sincères salutations, ", "Hélène Mercier"), ("Très cordialement ", "Hugo Lefèvre"),
])
def test_a_closing_and_a_name_on_one_line(closing, name):
    assert senders.signature_only_name(f"Merci de supprimer mes données.\n\n{closing}{name}") == name


@pytest.mark.parametrize(("body", "name"), [
    # no closing at all, the name and then the address block of a letter
    ("Je m'oppose au traitement de mes données.\n\nMaxime Collignon\n12, rue des Lilas\n75011 Paris\nFrance", "Maxime Collignon"),
    ("Ich widerrufe meine Einwilligung.\n\nValentina Pichler\nPraterstraße 54/7\n1020 Wien\n"
     "Tel. +43 660 1234567", "Valentina Pichler"),
    ("Merci de me transmettre une copie.\n\nJe vous prie d'agréer mes salutations distinguées.\n\nFrançois Lambert\n"
     "12, rue des Tanneurs\n59000 Lille", "François Lambert"),
    ("Bitte um Auskunft.\n\nGruß\nLukas Steiner\nlukas.steiner@example.ch\nwww.steiner-design.ch", "Lukas Steiner"),
])
def test_the_address_block_under_the_name_is_no_name(body, name):
    assert senders.signature_only_name(body) == name
    assert senders.requester_name(name.split()[0], body) == name  # the display name only gives the first name


def test_a_mail_without_display_name_signed_above_an_address_block():
    msg = EmailMessage()
    msg["From"] = "k.schulz@example.de"
    msg["To"] = "info@studio.example"
    msg["Subject"] = "Auskunft nach Art. 15 DSGVO"
    msg["Date"] = "Mon, 2 Nov 2026 10:00:00 +0100"
    msg.set_content("Sehr geehrte Damen und Herren,\n\nbitte teilen Sie mir mit, welche Daten Sie über mich speichern.\n\n"
                    "Danke und Gruß\nKevin Schulz\nLindenallee 3\n04109 Leipzig\n")
    rec = parse_bytes(msg.as_bytes(policy=SMTP), "x.eml")
    assert rec.is_dsar and rec.requester_name == "Kevin Schulz"


@pytest.mark.parametrize(("text", "subject"), [
    # German possessives in the dative and the genitive ("bei unserem Sohn", "im Namen meines Vaters")
    ("Auf der Namensliste steht bei unserem Sohn Jonas Kessel der Name falsch. Bitte korrigieren Sie das.", "Jonas Kessel"),
    ("Bitte löschen Sie die Fotos von meinem Sohn Paul Weber.", "Paul Weber"),
    ("Ich wende mich im Namen meines Vaters, Herrn Klaus Becker, an Sie.", "Klaus Becker"),
    ("Es geht um die Fotos meines Sohnes Ben Krüger vom Kindergarten.", "Ben Krüger"),
    # a child described by an adjective or an age
    ("Ich schreibe für meine minderjährige Tochter Emma Vogt (10). Bitte löschen Sie die Fotos.", "Emma Vogt"),
    ("Mon fils mineur, Léo Petit, figure sur votre site. Merci de retirer ses photos.", "Léo Petit"),
    ("Ma fille de 12 ans, Inès Martin, apparaît sur votre page Facebook.", "Inès Martin"),
    # a legal guardian, an article before the child
    ("En tant que tuteur légal de Lucas Moreau, je demande l'effacement de ses photos.", "Lucas Moreau"),
    ("Je soussignée Marie Dupont, agissant en qualité de mère de l'enfant Léa Dupont, demande la suppression.", "Léa Dupont"),
    # whose interests a lawyer looks after, the German verb last
    ("Wir zeigen an, dass wir die rechtlichen Interessen von Herrn Max Meier vertreten.", "Max Meier"),
    ("Je représente les intérêts de Monsieur Paul Girard dans ce dossier.", "Paul Girard"),
])
def test_someone_written_for_in_german_and_french(text, subject):
    out = senders.detect(text, "Anna Beispiel", "anna@example.de")
    assert out.representative is not None and out.subject_name == subject


# --------------------------------------------------------------------------------------
# Rights in German and French: requests in the common words, and what only reports or mentions
# --------------------------------------------------------------------------------------

@pytest.mark.parametrize(("lang", "text", "rights"), [
    ("de", "Ich bitte um Zusendung meiner Daten.", ["access"]),
    ("de", "Bitte löschen Sie meine Daten und schicken Sie mir vorher eine Kopie.", ["access", "erasure"]),
    ("de", "Bitte melden Sie mich von allen Verteilern ab.", ["objection"]),
    ("de", "Eine Fotografin in Basel macht uns ein Album. Könnt ihr ihr die Originaldateien (auch die nicht "
           "ausgewählten) direkt schicken?", ["portability"]),
    ("fr", "Pouvez-vous me faire parvenir l'ensemble de mes données ?", ["access"]),
    ("fr", "Je souhaite que vous cessiez tout traitement de mes données à des fins commerciales.", ["objection"]),
    # forbidding ("untersagen", "interdire"), a genitive photo ("meines Bildes"), a processing put on hold ("setzen ... aus")
    ("de", "Die Nutzung meiner Daten zu Werbezwecken untersage ich hiermit.", ["objection"]),
    ("de", "Ich untersage Ihnen die Veröffentlichung meiner Fotos.", ["withdraw_consent"]),
    ("fr", "Je vous interdis d'utiliser mes photos sur Instagram.", ["withdraw_consent"]),
    ("de", "Ich verlange die sofortige Entfernung meines Bildes aus Ihrem Schaufenster.", ["withdraw_consent"]),
    ("de", "Bitte stellen Sie die Verarbeitung meiner Daten vorläufig ein, bis die Sache geklärt ist.", ["restriction"]),
])
def test_requests_in_common_german_and_french_words(lang, text, rights):
    assert sorted(detect_rights(text, lang).rights) == rights


@pytest.mark.parametrize(("lang", "text"), [
    # what the studio told the writer, reported
    ("de", "Sie haben mir mit Schreiben vom 20. Oktober 2026 mitgeteilt, dass die Aufnahmen gelöscht werden."),
    ("fr", "Vous m'avez informée le 3 mars que mes photos seraient supprimées."),
    # what the writer understands the studio has to weigh
    ("de", "Ich verstehe, dass Sie zuerst klären müssen, ob Ihr berechtigtes Interesse an der Nutzung überwiegt."),
    # whether one may demand, asked for someone else
    ("de", "Sie hat mich gefragt, ob man als Kundin eigentlich verlangen kann, dass die Fotos gelöscht werden."),
    # a download from the gallery is no taking down
    ("de", "Der Link zur Galerie ist abgelaufen, bevor ich alle Bilder heruntergeladen habe."),
])
def test_reports_and_questions_that_ask_for_no_right(lang, text):
    assert detect_rights(text, lang).rights == []


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Nous vous demandons de ne supprimer aucune photo ni aucun fichier brut, car ils serviront de preuves."),
    ("fr", "Tant que le litige n'est pas réglé, nous refusons que ces images soient utilisées."),
    ("de", "Bitte löschen Sie keine Dateien, sie dienen als Beweis im Verfahren."),
    ("de", "Ich bitte Sie, keine Fotos zu löschen, solange der Streit läuft."),
])
def test_keep_but_do_not_use_in_german_and_french(lang, text):
    assert detect_rights(text, lang).rights == ["restriction"]


@pytest.mark.parametrize(("labels", "name", "address"), [
    (("Vor- und Nachname", "Ihre E-Mail-Adresse", "Ihr Anliegen"), "Jonas Schneider", "jonas.schneider@example.de"),
    (("Name, Vorname", "E-Mail", "Ihre Anfrage"), "Schneider, Jonas", "jonas.schneider@example.de"),
    (("Nom et prénom", "Votre adresse électronique", "Précisez votre demande"), "Camille Garnier", "camille@example.fr"),
    (("Nom / Prénom", "Courriel", "Votre commentaire"), "Garnier Camille", "camille@example.fr"),
])
def test_german_and_french_contact_form_labels(labels, name, address):
    body = (f"{labels[0]}: {name}\n{labels[1]}: {address}\n{labels[2]}:\nBitte löschen Sie alle meine Daten.\n\n"
            "--\nDiese E-Mail wurde über das Kontaktformular gesendet.\n")
    form = parse_contact_form(body)
    assert form is not None and (form.name, form.email) == (name, address)
    assert form.message.startswith("Bitte löschen")


@pytest.mark.parametrize(("lang", "text"), [
    # a question about the order, an order of a copy on a medium, thanks for a deletion already done
    ("de", "Können Sie mir Auskunft geben, wann die Fotos fertig sind?"),
    ("fr", "Les photos sont superbes ! Pourriez-vous m'envoyer une copie sur clé USB ? Je paierai volontiers."),
    ("de", "Vielen Dank für die schnelle Löschung meiner Daten letzte Woche, alles bestens."),
])
def test_everyday_german_and_french_mail_asks_for_no_right(lang, text):
    assert detect_rights(text, lang).rights == []


@pytest.mark.parametrize(("lang", "text", "rights"), [
    # the informal "ihr/du" forms and German compounds ("Profilbild", "Passbilder")
    ("de", "Könnt ihr mein Profilbild von eurer Webseite runternehmen?", ["withdraw_consent"]),
    ("de", "Wie lange bewahrt ihr meine Passbilder eigentlich auf?", ["access"]),
    ("de", "Ihr dürft meine Fotos nicht mehr für eure Werbung benutzen.", ["withdraw_consent"]),
    # data passed on to others, struck off a list, a face on a poster
    ("de", "Gebt meine Daten bitte nicht an Dritte weiter.", ["objection"]),
    ("fr", "Ne transmettez plus mes données à vos partenaires.", ["objection"]),
    ("fr", "Je veux être rayé de votre fichier clients.", ["erasure"]),
    ("fr", "Je ne veux plus voir ma tête sur vos affiches.", ["withdraw_consent"]),
])
def test_informal_and_compound_german_and_french(lang, text, rights):
    assert sorted(detect_rights(text, lang).rights) == rights



@pytest.mark.parametrize(("text", "subject"), [
    # the client named by the firm ("unser Mandant", "notre cliente") or as the one who instructed it
    ("Unser Mandant, Herr Thomas Berger, verlangt Auskunft.", "Thomas Berger"),
    ("Notre cliente, Madame Sophie Laurent, nous a chargés de vous écrire.", "Sophie Laurent"),
    ("Frau Sabine Krause hat uns mit der Wahrnehmung ihrer Interessen beauftragt.", "Sabine Krause"),
    ("In der Angelegenheit Krause zeigen wir an, dass uns Frau Sabine Krause mit der Wahrnehmung ihrer rechtlichen "
     "Interessen beauftragt hat.", "Sabine Krause"),
    ("Madame Sophie Laurent nous a mandatés pour vous adresser la présente.", "Sophie Laurent"),
    # an adult's legal carer or agent
    ("Ich bin die Betreuerin von Herrn Walter Schmidt und schreibe in seinem Namen.", "Walter Schmidt"),
    ("Je suis l'administrateur de biens de Mme Odette Lambert et vous écris en son nom.", "Odette Lambert"),
    ("En qualité de mandataire de Monsieur Luc Renard, je sollicite l'accès à ses données.", "Luc Renard"),
])
def test_a_firm_or_an_agent_writes_for_a_named_client(text, subject):
    out = senders.detect(text, "Kanzlei Beispiel", "office@example.de")
    assert out.representative is not None and out.subject_name == subject


@pytest.mark.parametrize(("text", "named"), [
    ("Unsere Mandantin, Frau Sabine Krause (E-Mail-Adresse: sabine.krause@example.de), verlangt Auskunft.",
     ("Sabine Krause", "sabine.krause@example.de")),
    ("Notre cliente, Madame Sophie Laurent (adresse électronique : sophie.laurent@example.fr), demande l'accès.",
     ("Sophie Laurent", "sophie.laurent@example.fr")),
    ("Meine Mutter Ingrid Hahn, ihre Mailadresse ist ingrid.hahn@example.de, möchte Auskunft.",
     ("Ingrid Hahn", "ingrid.hahn@example.de")),
    ("Ma mère, Jeanne Lemaire, dont l'adresse mail est jeanne.lemaire@example.be, souhaite que ses données soient supprimées.",
     ("Jeanne Lemaire", "jeanne.lemaire@example.be")),
    ("Frau Sabine Krause ist unter sabine.krause@example.de erreichbar.", ("Sabine Krause", "sabine.krause@example.de")),
])
def test_the_data_subjects_own_address_given_in_german_or_french(text, named):
    assert senders.named_data_subject(text, "kanzlei@example.org") == named


@pytest.mark.parametrize(("body", "name"), [
    ("Guten Tag,\n\nmein Name ist Hans Müller, ich war 2023 bei Ihnen zum Shooting.\n"
     "Bitte löschen Sie alle meine Daten.\n", "Hans Müller"),
    ("Bonjour,\n\nJe m'appelle Marie Dupont. Merci de supprimer toutes mes données.\n", "Marie Dupont"),
])
def test_a_writer_without_display_name_or_signature_who_introduces_themself(body, name):
    msg = EmailMessage()
    msg["From"] = "info7@example.org"
    msg["To"] = "info@studio.example"
    msg["Subject"] = "Daten"
    msg["Date"] = "Mon, 2 Nov 2026 10:00:00 +0100"
    msg.set_content(body)
    rec = parse_bytes(msg.as_bytes(policy=SMTP), "x.eml")
    assert rec.is_dsar and rec.requester_name == name


@pytest.mark.parametrize(("display", "body", "name"), [
    # a possessive or a signing formula before the signed name ("Ihre", "i.A." - im Auftrag -, "gez.")
    ("Anna Schmidt", "Bitte löschen.\n\nMit freundlichen Grüßen\nIhre Anna Schmidt", "Anna Schmidt"),
    ("Anna Schmidt", "Bitte löschen.\n\nMit freundlichen Grüßen\ni.A. Anna Schmidt\nBuchhaltung", "Anna Schmidt"),
    ("Klaus Becker", "Bitte löschen.\n\nMit freundlichen Grüßen\ngez. Klaus Becker", "Klaus Becker"),
    # a title in the display name is kept when the signature says no more of the name
    ("Dr. Hans Müller", "Bitte löschen.\n\nMit freundlichen Grüßen\n\nDr. med. Hans Müller\nFacharzt für Allgemeinmedizin\n"
     "Tel. 089 123456", "Dr. Hans Müller"),
])
def test_german_signing_formulas_are_no_part_of_the_name(display, body, name):
    assert senders.requester_name(display, body) == name
