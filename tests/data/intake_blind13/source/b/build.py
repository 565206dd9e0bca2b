#!/usr/bin/env python3
"""Build 50 hand-written test mails (fr 25, de 15, en 10) for a photo-studio DSAR intake.
Python 3.11 standard library only. Writes mails/NNNN.eml + mails/NNNN.json."""
import json, os, random, glob
from email.message import EmailMessage
from email import policy
from email.utils import parsedate_to_datetime, make_msgid

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "mails")
STUDIO = "Studio Nachtzwaluw <contact@nachtzwaluw-foto.be>"

JPG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00placeholder\xff\xd9"
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x02\x00\x00\x00placeholder"
PDF = b"%PDF-1.4\n% placeholder\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
HEIC = b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00placeholder"
DATA = {"image/jpeg": JPG, "image/png": PNG, "application/pdf": PDF,
        "image/heic": HEIC, "application/octet-stream": HEIC}

def A(filename, ctype, is_id=False):
    return {"filename": filename, "content_type": ctype, "is_id_document": is_id}

MAILS = []
def M(**kw):
    MAILS.append(kw)

# ---------------------------------------------------------------- FRENCH (25)
M(lang="fr", frm="Sophie Lemaire <sophie.lemaire@skynet.be>", subject="Mes données chez vous",
  date="Tue, 5 Mar 2024 09:14:22 +0100", is_dsar=True, rights=["access"],
  name="Sophie Lemaire", email="sophie.lemaire@skynet.be",
  attachments=[A("carte_identite_recto.jpg", "image/jpeg", True)],
  body="""Bonjour,

J'ai fait une séance portrait chez vous en 2022 (photos pour mon CV). Je voudrais savoir
ce que vous avez encore comme informations sur moi : adresse, téléphone, les photos,
ce que vous avez noté, à qui vous les avez éventuellement passées, etc. Pouvez-vous m'envoyer
tout ça ?

Je joins ma carte d'identité pour que vous sachiez que c'est bien moi.

Merci d'avance,
Sophie Lemaire
Namur""", notes="plain access without legal words; ID jpeg attached")

M(lang="fr", frm="kevin.dubois88@hotmail.fr", subject="suppression",
  date="Sat, 16 Mar 2024 23:47:05 +0100", is_dsar=True, rights=["erasure"],
  name="Kevin", email="kevin.dubois88@hotmail.fr",
  body="""vous supprimez tout ce que vous avez sur moi. TOUT. mon nom mon numero les photos
du shooting raté de l'an dernier. je veux plus rien avoir a faire avec votre studio

Kevin""", notes="angry, no accents in places, no display name; name only from signature (first name)")

M(lang="fr", frm="Léa Fontaine <lea.fontaine.model@gmail.com>", subject="Instagram",
  date="Wed, 3 Apr 2024 14:02:51 +0200", is_dsar=True, rights=["withdraw_consent"],
  name="Léa Fontaine", email="lea.fontaine.model@gmail.com",
  attachments=[A("capture_post_insta.png", "image/png", False)],
  body="""Coucou Hanne,

J'espère que tu vas bien ! Petite demande un peu délicate : je ne suis plus du tout à l'aise
avec les photos du shooting lingerie de septembre qui sont sur ton Instagram et dans ton
portfolio en ligne. À l'époque j'avais dit oui, mais là je ne suis plus d'accord qu'elles
soient publiées. Est-ce que tu peux les retirer ? Je te mets une capture du post en question.

Aucun souci pour le reste, j'ai adoré bosser avec toi.

Bisous,
Léa""", notes="model withdraws consent for Instagram/portfolio; screenshot is not an ID")

M(lang="fr", frm="Martine Collignon <m.collignon@voo.be>", subject="Newsletter",
  date="Thu, 11 Apr 2024 08:30:00 +0200", is_dsar=True, rights=["objection"],
  name="Martine Collignon", email="m.collignon@voo.be",
  body="""Madame, Monsieur,

Depuis la séance photo de famille de Noël, je reçois chaque mois votre lettre d'information.
Je vous serais reconnaissante de ne plus me l'envoyer et de ne plus m'adresser de publicité
d'aucune sorte.

Avec mes remerciements,
Martine Collignon""", notes="objection to direct marketing, polite, no legal words")

M(lang="fr", frm="Julien Marchand <julien.marchand@laposte.net>",
  subject="Demande d'accès à mes données personnelles – article 15 du RGPD",
  date="Mon, 22 Apr 2024 10:05:41 +0200", is_dsar=True, rights=["access"],
  name="Julien Marchand", email="julien.marchand@laposte.net",
  attachments=[A("IMG_4471.HEIC", "application/octet-stream", True)],
  body="""Julien Marchand
14 rue des Tanneurs
59000 Lille
France

Studio Nachtzwaluw
À l'attention du responsable du traitement

Objet : Demande d'accès à mes données personnelles (article 15 du RGPD)

Madame, Monsieur,

Conformément à l'article 15 du Règlement (UE) 2016/679 du 27 avril 2016 relatif à la
protection des personnes physiques à l'égard du traitement des données à caractère
personnel (RGPD), je vous prie de me communiquer une copie de l'ensemble des données
me concernant que vous détenez, ainsi que les informations suivantes :
- les finalités du traitement ;
- les catégories de données concernées ;
- les destinataires auxquels les données ont été communiquées ;
- la durée de conservation envisagée ;
- l'existence du droit de demander la rectification ou l'effacement (articles 16 et 17),
  la limitation du traitement (article 18) ou de s'opposer à ce traitement (article 21) ;
- la source des données lorsqu'elles n'ont pas été collectées auprès de moi.

Conformément à l'article 12 §3 du RGPD, vous disposez d'un délai d'un mois à compter de la
réception de ce courrier pour me répondre. À défaut de réponse dans ce délai, je me réserve
le droit d'introduire une réclamation auprès de l'autorité de contrôle compétente (CNIL ou
Autorité de protection des données).

Vous trouverez ci-joint une copie de ma pièce d'identité.

Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Julien Marchand""", notes="generator-style letter citing arts 12,15,16,17,18,21 but asks only access; ID as .HEIC declared octet-stream")

M(lang="fr", frm="Anaïs Vandenberghe <anais.vdb@telenet.be>", subject="Erreur dans mon nom",
  date="Fri, 26 Apr 2024 17:19:33 +0200", is_dsar=True, rights=["rectification"],
  name="Anaïs Vandenberghe", email="anais.vdb@telenet.be",
  body="""Bonjour,

Sur la facture et sur le mail de livraison de la galerie, mon nom est écrit « Anais Vandenberg ».
C'est Anaïs Vandenberghe, avec tréma et avec -he à la fin. Pourriez-vous corriger dans
votre fichier clients ? Et mon adresse mail a changé entre-temps : merci d'utiliser dorénavant
anais.vandenberghe@proximus.be au lieu de celle-ci.

Bonne journée,
Anaïs""", notes="rectification; new address inside request is NOT requester_email")

M(lang="fr", frm="Nathalie Renard <nathalie.renard@gmail.com>", subject="Photos de ma fille Chloé",
  date="Sun, 5 May 2024 21:40:12 +0200", is_dsar=True, rights=["erasure", "withdraw_consent"],
  name="Nathalie Renard", email="nathalie.renard@gmail.com",
  body="""Bonsoir,

Ma fille Chloé (15 ans) a posé pour vous l'été dernier pour un « book » de mannequin. C'est moi
qui avais signé l'autorisation puisqu'elle est mineure. Aujourd'hui ni elle ni moi ne
souhaitons que ces photos restent sur votre site et sur votre page Facebook : je retire
mon autorisation. Merci de les enlever.

Je voudrais aussi que vous effaciez toutes ses données de vos fichiers (nom, date de naissance,
mensurations, numéro de téléphone). Je reste à votre disposition si vous avez besoin d'une
preuve que je suis sa mère.

Nathalie Renard""", notes="parent acting for a minor; requester fields = the parent who writes; data subject is the daughter Chloé")

M(lang="fr", frm="Thomas Delvaux <thomas.delvaux@outlook.be>", subject="Photos du mariage - NE PAS SUPPRIMER",
  date="Tue, 14 May 2024 12:55:09 +0200", is_dsar=True, rights=["restriction"],
  name="Thomas Delvaux", email="thomas.delvaux@outlook.be",
  body="""Bonjour Madame Verlinden,

Comme vous le savez peut-être, nous sommes en litige avec la salle de réception qui a
organisé notre mariage en juin dernier (dommages, retards…). Notre avocat aura peut-être
besoin de vos photos et de vos échanges avec nous comme éléments de preuve.

Je vous demande donc de surtout ne rien effacer de ce qui nous concerne. Par contre, tant
que cette affaire n'est pas réglée, merci de ne plus utiliser nos photos nulle part (ni
salon, ni site, ni réseaux) et de ne plus rien en faire à part les conserver.

Merci de votre compréhension,
Thomas Delvaux""", notes="restriction: keep but stop using during dispute; the word 'effacer' appears but as 'do not delete'")

M(lang="fr", frm="Camille Perrin <camille.perrin@free.fr>",
  subject="Exercice de mon droit à la portabilité (art. 20 RGPD)",
  date="Wed, 22 May 2024 07:48:00 +0000", is_dsar=True, rights=["portability"],
  name="Camille Perrin", email="camille.perrin@free.fr",
  body="""Madame, Monsieur,

En application de l'article 20 du Règlement général sur la protection des données, je vous
demande de me transmettre les données personnelles me concernant que je vous ai fournies
(formulaire de réservation, questionnaire de préparation de séance, coordonnées, photos
d'inspiration transmises), dans un format structuré, couramment utilisé et lisible par
machine (CSV ou JSON).

Dans la mesure où cela est techniquement possible, je souhaite également que ces données
soient transmises directement à mon nouveau photographe : Atelier Grain d'Argent,
contact@graindargent-photo.fr.

Je vous rappelle que vous disposez d'un délai d'un mois (article 12 du RGPD) et que je me
réserve le droit de saisir l'autorité de contrôle.

Veuillez agréer, Madame, Monsieur, mes salutations distinguées.

Camille Perrin
7 allée des Tilleuls, 67000 Strasbourg""", notes="generator letter, portability only; third-party photographer address in body is not requester")

M(lang="fr", frm="Formulaire site <noreply@nachtzwaluw-foto.be>", subject="Nouveau message via le formulaire de contact",
  date="Thu, 30 May 2024 16:21:37 +0200", is_dsar=True, rights=["erasure"],
  name="Pauline Gérard", email="pauline.gerard@yahoo.fr",
  body="""Nouveau message reçu via nachtzwaluw-foto.be/contact

Nom : Pauline Gérard
E-mail : pauline.gerard@yahoo.fr
Téléphone : +32 478 12 34 56
Sujet : Autre

Message :
Bonjour, j'ai été votre cliente il y a trois ans (photos de grossesse). Je souhaiterais que
vous effaciez définitivement mon dossier et toutes mes informations de votre système,
y compris dans votre logiciel de facturation si c'est possible. Merci !

--
Ce message a été envoyé depuis le formulaire de contact de Studio Nachtzwaluw.""",
  notes="contact-form notification from noreply, no Reply-To; requester address in body field")

M(lang="fr", frm="Lotte Claes <lotte@nachtzwaluw-foto.be>", subject="Fwd: question sur mes infos",
  date="Mon, 10 Jun 2024 11:03:15 +0200", is_dsar=True, rights=["access"],
  name="Grégoire Lambert", email="gregoire.lambert@gmail.com",
  body="""Hanne, voor jou denk ik? Kwam binnen op mijn adres.

---------- Forwarded message ---------
De : Grégoire Lambert <gregoire.lambert@gmail.com>
Date: sam. 8 juin 2024 à 18:12
Subject: question sur mes infos
To: Lotte Claes <lotte@nachtzwaluw-foto.be>


Bonjour Lotte,

On s'est croisés au shooting corporate de mon entreprise en mars. Est-ce que vous pourriez
me dire quelles données personnelles votre studio garde sur moi et m'en envoyer une copie ?
Je suis curieux de savoir si vous avez gardé mes coordonnées privées ou seulement celles
du bureau.

Merci,
Grégoire""", notes="Gmail forward by studio colleague; forward note in Dutch, request in French; requester is original sender")

M(lang="fr", frm="Élodie Masson <elodie.masson@orange.fr>", subject="Re: Votre galerie est en ligne !",
  date="Wed, 19 Jun 2024 20:17:44 +0200", is_dsar=True, rights=["withdraw_consent"],
  name="Élodie Masson", email="elodie.masson@orange.fr",
  body="""Merci pour la galerie, les photos sont très belles.

Par contre j'ai vu que vous aviez mis deux photos de moi avec mon fils sur la page
d'accueil de votre site. Je préfère vraiment que nous n'y soyons pas, merci de les retirer.

Élodie

Le lun. 17 juin 2024 à 09:30, Studio Nachtzwaluw <contact@nachtzwaluw-foto.be> a écrit :
> Bonjour Élodie,
>
> Votre galerie privée est en ligne : https://galerie.nachtzwaluw-foto.be/masson
> Le lien reste actif 60 jours. Conformément à notre politique de confidentialité, vous
> pouvez à tout moment demander l'accès à vos données ou leur suppression.
>
> Bien à vous,
> Hanne Verlinden
> Studio Nachtzwaluw""", notes="reply over quoted studio text; quoted text mentions access/deletion but the new text only asks to remove photos from website")

M(lang="fr", frm="Yannick Leclercq <yannick.leclercq@gmail.com>", subject="2e RAPPEL - toujours pas de réponse",
  date="Mon, 1 Jul 2024 08:02:19 +0200", is_dsar=True, rights=["portability"],
  name="Yannick Leclercq", email="yannick.leclercq@gmail.com",
  body="""Bonjour,

Je vous ai écrit le 27 mai pour vous demander de m'envoyer dans un fichier exploitable
(Excel ou CSV, peu importe) toutes les infos que je vous avais remplies lors de ma
réservation et de mon abonnement aux ateliers photo, pour pouvoir les reprendre ailleurs.
Plus d'un mois plus tard, toujours RIEN. Pas même un accusé de réception.

Je trouve ça franchement pas sérieux. Si je n'ai rien d'ici la fin de la semaine je
m'adresse à l'APD.

Y. Leclercq""", notes="reminder about earlier portability request; signature initial only, display name gives full name")

M(lang="fr", frm="Aurélie Simon <a.simon@cabinet-delacroix.be>",
  reply_to="Aurélie Simon <aurelie.simon.perso@gmail.com>", subject="Utilisation de mon image dans vos pubs",
  date="Thu, 11 Jul 2024 13:27:58 +0200", is_dsar=True, rights=["objection"],
  name="Aurélie Simon", email="aurelie.simon.perso@gmail.com",
  html=True, inline=[A("logo_cabinet.png", "image/png", False)],
  body="""Bonjour,

J'écris depuis mon adresse du bureau, merci de me répondre sur mon adresse personnelle.

Je viens de découvrir que mon portrait sert d'illustration dans vos publicités Facebook
sponsorisées. Vous m'aviez dit que c'était au titre de votre « intérêt légitime » à
promouvoir votre activité. Je m'oppose à cette utilisation : merci d'arrêter de vous en
servir pour votre marketing.

Cordialement,
Aurélie Simon
Cabinet Delacroix & Associés""", notes="work account with Reply-To personal address; inline signature logo (not ID); objection against legitimate-interest marketing")

M(lang="fr", frm="Bernard Wauters <bernard.wauters@scarlet.be>",
  subject="Opposition au traitement et demande d'effacement",
  date="Fri, 19 Jul 2024 09:40:03 +0200", is_dsar=True, rights=["erasure", "objection"],
  name="Bernard Wauters", email="bernard.wauters@scarlet.be",
  charset="windows-1252", cte="quoted-printable",
  body="""Bernard Wauters
Rue de la Station 52
4800 Verviers

Madame, Monsieur,

Par la présente, et sur la base de l'article 21 du Règlement général sur la protection des
données (RGPD), je m'oppose au traitement de mes données à caractère personnel par votre
société, en ce compris à des fins de prospection.

Je vous demande en outre, en vertu de l'article 17 du RGPD, de procéder à l'effacement de
l'ensemble des données me concernant, et de m'en informer conformément à l'article 19.

Je vous rappelle les dispositions des articles 12 et 15 du RGPD quant à votre obligation de
répondre dans un délai d'un mois. À défaut, je me réserve le droit de déposer plainte auprès
de l'Autorité de protection des données (rue de la Presse 35, 1000 Bruxelles).

Veuillez agréer, Madame, Monsieur, mes salutations distinguées.

Bernard Wauters""", notes="generator letter in windows-1252 QP; cites 12,15,17,19,21; asks objection + erasure")

M(lang="fr", frm="Me Olivier Hennebert <o.hennebert@hennebert-avocats.be>",
  subject="V/Réf. Dossier Mme Isabelle Charlier – N/Réf. 2024/118",
  date="Tue, 23 Jul 2024 15:10:27 +0200", is_dsar=True, rights=["access", "restriction"],
  name="Olivier Hennebert", email="o.hennebert@hennebert-avocats.be",
  attachments=[A("procuration_Charlier.pdf", "application/pdf", False)],
  body="""Madame,

J'interviens pour les intérêts de Madame Isabelle Charlier, domiciliée à Liège, qui m'a
confié la défense de ses intérêts dans le différend qui l'oppose à votre studio au sujet de
la séance photo du 14 février 2024. Vous trouverez en annexe la procuration signée par ma
cliente.

Ma cliente sollicite, par mon intermédiaire, la communication d'une copie complète des
données à caractère personnel la concernant que vous traitez (photos, notes, échanges
électroniques, données de facturation).

Par ailleurs, compte tenu de la contestation en cours, je vous invite à conserver
l'intégralité de ces données, à ne pas les supprimer, mais à en suspendre toute utilisation
jusqu'à l'issue du litige.

Je vous prie de croire, Madame, à l'assurance de mes sentiments distingués.

Olivier Hennebert
Avocat au barreau de Liège
Hennebert Avocats – Boulevard d'Avroy 88, 4000 Liège""", notes="lawyer acting for client Isabelle Charlier; requester fields = lawyer who writes; power of attorney PDF is not an ID; access + restriction")

M(lang="fr", frm="Inès B. <ines.bk93@gmail.com>", subject="",
  date="Mon, 31 Feb 2024 25:61:00 +0100", bad_date=True, is_dsar=True, rights=["objection"],
  name="Inès B.", email="ines.bk93@gmail.com",
  body="""slt, arretez de m'envoyer vos promos et votre newsletter svp merci""",
  notes="one-liner, empty subject, impossible Date header (received null); objection to marketing")

M(lang="fr", frm="Manon Dupuis <manon.dupuis@hotmail.com>", subject="les photos du shooting",
  date="Sat, 3 Aug 2024 02:13:48 +0200", is_dsar=True, rights=["withdraw_consent"],
  name="Manon Dupuis", email="manon.dupuis@hotmail.com",
  body="""bonsoir (ou bonjour vu l'heure lol)

alors voila je sais pas trop comment dire ca. on avait fait le shooting en studio en avril
pour mon portfolio, c'etait top, vraiment, rien a redire sur ton travail. mais depuis j'ai
change de boulot et ma nouvelle cheffe est tombee sur les photos sur ton site et sur ta page
insta et franchement c'est un peu genant. du coup je voudrais plus que tu les montres, je
t'avais donne mon accord a l'epoque mais la je le retire. tu peux les garder pour toi hein
c'est pas le probleme, c'est juste qu'elles soient publiques.

desolee pour le pave et merci de ta comprehension
manon""", notes="rambling, lowercase, no accents; withdraws consent for publication only (not erasure)")

M(lang="fr", frm="Geoffrey Mertens <geoffrey.mertens@proximus.be>", subject="Adresse incorrecte sur facture",
  date="Wed, 14 Aug 2024 10:31:06 +0200", is_dsar=True, rights=["rectification"],
  name="Geoffrey Mertens", email="geoffrey.mertens@proximus.be",
  attachments=[A("capture_facture.png", "image/png", False)],
  body="""Bonjour,

Dans votre fichier (voir capture de la facture ci-jointe), mon adresse est toujours celle de
Wavre alors que j'ai déménagé. Merci de mettre à jour mes coordonnées :
Avenue des Combattants 17, 1340 Ottignies.
Et ma date de naissance est fausse aussi, c'est le 04/09/1986 et pas le 09/04/1986.

Merci,
Geoffrey Mertens""", notes="rectification of address and birth date; screenshot attachment is not ID; the invoice itself is not disputed")

# French non-requests (6)
M(lang="fr", frm="Charlotte Noël <charlotte.noel@gmail.com>", subject="Fichiers RAW du mariage",
  date="Thu, 22 Aug 2024 18:45:10 +0200", is_dsar=False, rights=[],
  body="""Bonjour Hanne,

Nous avons bien reçu la galerie du mariage, merci encore ! Dans notre contrat (formule
« Prestige »), il était prévu que nous recevions aussi les fichiers RAW de toute la journée.
Est-ce que vous pourriez nous les envoyer via WeTransfer ? Nous avons payé le solde le 2 août.

Bonne soirée,
Charlotte et Maxime""", notes="NOT a DSAR: contractual delivery of RAW files she paid for")

M(lang="fr", frm="Didier Lambotte <comptabilite@lambotte-sprl.be>", subject="Facture en double",
  date="Mon, 2 Sep 2024 09:12:44 +0200", is_dsar=False, rights=[],
  attachments=[A("F2024-0187.pdf", "application/pdf", False)],
  body="""Bonjour,

Nous avons reçu deux fois la facture F2024-0187 (shooting produits du 19/08), une fois par
courrier et une fois par Moneybird, avec deux communications structurées différentes.
Pourriez-vous supprimer le doublon de votre côté et nous confirmer laquelle nous devons
payer ? Nous ne voulons pas la régler deux fois.

Cordialement,
Didier Lambotte
Service comptabilité""", notes="NOT a DSAR: 'supprimer le doublon' of an invoice")

M(lang="fr", frm="Sarah Haddad <sarah.haddad@outlook.fr>", subject="Séance nouveau-né en octobre ?",
  date="Tue, 10 Sep 2024 13:05:00 +0200", is_dsar=False, rights=[],
  body="""Bonjour,

Je suis enceinte de 8 mois et j'aimerais réserver une séance nouveau-né vers la mi-octobre.
Avez-vous encore des disponibilités ?

Une question aussi : est-ce que vous publiez habituellement les photos de bébés sur votre
site ou sur Instagram ? Nous sommes assez attachés à notre vie privée, on pourra en parler
au rendez-vous.

Merci !
Sarah""", notes="NOT a DSAR: booking question that mentions privacy/publication in advance")

M(lang="fr", frm="Virginie Jacquet <v.jacquet@mutualite-sud.be>", subject="Réponse automatique : Photos équipe",
  date="Fri, 20 Sep 2024 07:00:02 +0200", is_dsar=False, rights=[],
  headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
  body="""Bonjour,

Je suis absente du bureau jusqu'au 30 septembre inclus, avec un accès limité à mes e-mails.
Pour toute question relative à la protection des données ou à la suppression d'un dossier,
veuillez contacter notre DPO : dpo@mutualite-sud.be.
Pour le reste, mon collègue Marc Dufour (m.dufour@mutualite-sud.be) vous répondra.

Cordialement,
Virginie Jacquet""", notes="NOT a DSAR: out-of-office auto-reply mentioning data protection and deletion")

M(lang="fr", frm="Agence ConformiWeb <hello@conformiweb-agence.com>", subject="⚠️ Votre site n'est PAS conforme RGPD – amende jusqu'à 20 M€",
  date="Wed, 25 Sep 2024 04:12:33 +0000", is_dsar=False, rights=[],
  html=True,
  body="""Bonjour,

Nous avons analysé nachtzwaluw-foto.be : bannière cookies absente, politique de
confidentialité incomplète, aucune procédure pour les demandes d'accès ou d'effacement
des données.

Les photographes sont particulièrement visés par les contrôles RGPD. Pour 299 € HT,
nous mettons votre site en conformité en 48 h.

👉 Réservez un audit gratuit : https://conformiweb-agence.com/audit

Pour ne plus recevoir nos messages, cliquez ici.""", notes="NOT a DSAR: spam about GDPR; its own unsubscribe line is not a request to the studio")

M(lang="fr", frm="Julie Verstraete <julie.verstraete@gmail.com>", subject="Autorisation droit à l'image pour ma fille",
  date="Sun, 6 Oct 2024 19:28:40 +0200", is_dsar=False, rights=[],
  body="""Bonjour,

Ma fille Emma (12 ans) participe au shooting « rentrée » de l'école de danse samedi prochain.
L'école nous demande de signer votre autorisation de droit à l'image. Est-ce que c'est
moi qui dois la signer ou les deux parents ? Et peut-on cocher « usage interne uniquement »
sans que ça pose problème pour les photos de groupe ?

Merci d'avance,
Julie Verstraete""", notes="NOT a DSAR: model release / consent form question before the shoot")

# ---------------------------------------------------------------- GERMAN (15)
M(lang="de", frm="Markus Schröder <markus.schroeder@web.de>", subject="Welche Daten haben Sie von mir?",
  date="Tue, 12 Mar 2024 19:22:41 +0100", is_dsar=True, rights=["access", "rectification"],
  name="Markus Schröder", email="markus.schroeder@web.de",
  attachments=[A("Personalausweis_Schroeder.pdf", "application/pdf", True)],
  body="""Guten Abend,

ich war vor zwei Jahren bei Ihnen für Bewerbungsfotos. Ich hätte gern eine Übersicht, was Sie
alles über mich gespeichert haben, und eine Kopie davon. Meinen Ausweis habe ich angehängt.

Außerdem stimmt meine Handynummer bei Ihnen bestimmt nicht mehr, die neue ist
0176 55512398 – bitte ändern.

Viele Grüße
Markus Schröder""", notes="plain access + rectification of phone number; ID PDF attached")

M(lang="de", frm="Tanja Weber <tanja.weber@gmx.de>", subject="Löschen!!!",
  date="Thu, 28 Mar 2024 22:05:17 +0100", is_dsar=True, rights=["erasure"],
  name="Tanja Weber", email="tanja.weber@gmx.de",
  body="""Hallo,

nach dem Ärger mit der viel zu späten Lieferung unserer Hochzeitsfotos will ich nichts mehr
mit Ihrem Studio zu tun haben. Löschen Sie sofort alle meine Daten, meine Adresse, meine
Telefonnummer, alles. Und ich will eine Bestätigung, dass das erledigt ist.

T. Weber""", notes="angry ex-client, erasure")

M(lang="de", frm="Florian Hartmann <florian.hartmann@posteo.de>",
  subject="Auskunftsersuchen gemäß Art. 15 DSGVO und Datenübertragung nach Art. 20 DSGVO",
  date="Mon, 8 Apr 2024 08:15:00 +0200", is_dsar=True, rights=["access", "portability"],
  name="Florian Hartmann", email="florian.hartmann@posteo.de",
  body="""Florian Hartmann
Lindenstraße 23
50674 Köln

An: Studio Nachtzwaluw, Verantwortliche Stelle

Auskunftsersuchen nach Art. 15 DSGVO / Recht auf Datenübertragbarkeit nach Art. 20 DSGVO

Sehr geehrte Damen und Herren,

hiermit bitte ich Sie um Auskunft darüber, ob Sie mich betreffende personenbezogene Daten
verarbeiten (Art. 15 Abs. 1 DSGVO). Ist dies der Fall, bitte ich um eine Kopie dieser Daten
(Art. 15 Abs. 3 DSGVO) sowie um Angabe der Verarbeitungszwecke, der Empfänger, der
Speicherdauer und der Herkunft der Daten.

Die Daten, die ich Ihnen selbst bereitgestellt habe, bitte ich mir zusätzlich in einem
strukturierten, gängigen und maschinenlesbaren Format (z. B. JSON oder CSV) zu übermitteln.

Auf meine Rechte nach Art. 16, 17, 18 und 21 DSGVO sowie auf mein Beschwerderecht bei einer
Aufsichtsbehörde (Art. 77 DSGVO) weise ich hin. Ich erwarte Ihre Antwort innerhalb der
Frist von einem Monat (Art. 12 Abs. 3 DSGVO).

Mit freundlichen Grüßen
Florian Hartmann""", notes="generator letter citing 12,15,16,17,18,20,21,77; asks access + portability")

M(lang="de", frm="Lena Kessel <lena.kessel@skynet.be>", subject="Fotos auf Instagram",
  date="Fri, 19 Apr 2024 15:40:29 +0200", is_dsar=True, rights=["withdraw_consent"],
  name="Lena Kessel", email="lena.kessel@skynet.be",
  body="""Hallo Hanne,

wir hatten im Januar das Shooting am Wesertalsperre-Stausee bei Eupen. Die Bilder sind super
geworden! Aber ich möchte doch nicht, dass sie auf Deinem Instagram-Account und auf der
Webseite zu sehen sind – ich ziehe meine Einwilligung dafür zurück. Kannst Du die
Beiträge bitte rausnehmen?

Danke Dir und liebe Grüße aus Eupen
Lena""", notes="East-Belgian writer; withdraw_consent for Instagram/website")

M(lang="de", frm="Jürgen Bauer <j.bauer@t-online.de>", subject="Newsletter abbestellen",
  date=None, is_dsar=True, rights=["objection"],
  name="Jürgen Bauer", email="j.bauer@t-online.de",
  body="""Bitte keine Newsletter und keine Werbung mehr an diese Adresse.

Jürgen Bauer""", notes="short objection to newsletter; Date header missing (received null)")

M(lang="de", frm="=?utf-8?q?Katharina_M=C3=BCller-Brandt?= <katharina.mueller@gmx.net>", raw_from=True,
  subject="Namensänderung nach Hochzeit",
  date="Wed, 15 May 2024 11:11:11 +0200", is_dsar=True, rights=["rectification"],
  name="Katharina Müller-Brandt", email="katharina.mueller@gmx.net",
  body="""Liebes Team vom Studio Nachtzwaluw,

nach unserer Hochzeit (die Fotos habt Ihr ja gemacht 😊) heiße ich jetzt Katharina Brandt.
Bitte passt meinen Namen in Eurer Kundendatei und für künftige Rechnungen an.
Meine neue E-Mail-Adresse ist katharina.brandt@brandt-family.de – die alte
(diese hier) wird bald abgeschaltet.

Herzliche Grüße
Katharina""", notes="rectification with new surname and new e-mail inside body; requester_email stays From; display name RFC2047 Q encoded")

M(lang="de", frm="Dr. Andreas Wolff <andreas.wolff@wolff-consulting.de>",
  subject="Antrag auf Einschränkung der Verarbeitung gemäß Art. 18 DSGVO",
  date="Thu, 23 May 2024 14:30:00 +0200", is_dsar=True, rights=["restriction"],
  name="Andreas Wolff", email="andreas.wolff@wolff-consulting.de",
  body="""Sehr geehrte Damen und Herren,

unter Bezugnahme auf Art. 18 Abs. 1 lit. c DSGVO beantrage ich hiermit die Einschränkung
der Verarbeitung meiner personenbezogenen Daten.

Sie haben mir mitgeteilt, dass Sie die Fotos unseres Firmenshootings vom 12.03.2024 nach
Ablauf Ihrer Aufbewahrungsfrist löschen werden. Ich benötige diese Aufnahmen jedoch zur
Geltendmachung von Rechtsansprüchen gegenüber einem ehemaligen Geschäftspartner. Bitte
löschen Sie die Daten daher nicht, sondern speichern Sie sie lediglich, ohne sie anderweitig
zu verwenden.

Auf Art. 12, 15, 17 und 77 DSGVO weise ich vorsorglich hin. Ich bitte um Bestätigung
innerhalb eines Monats.

Mit freundlichen Grüßen
Dr. Andreas Wolff""", notes="generator-style formal letter, restriction only (Art. 18(1)(c)); name without title 'Dr.'")

M(lang="de", frm="Kontaktformular <noreply@nachtzwaluw-foto.be>",
  reply_to="Sebastian Krüger <sebastian.krueger@mailbox.org>",
  subject="Neue Anfrage über das Kontaktformular",
  date="Sat, 1 Jun 2024 10:47:53 +0200", is_dsar=True, rights=["portability"],
  name="Sebastian Krüger", email="sebastian.krueger@mailbox.org",
  body="""Neue Nachricht über nachtzwaluw-foto.be/de/kontakt

Name: Sebastian Krüger
E-Mail: sebastian.krueger@mailbox.org
Telefon: —
Betreff: Sonstiges

Nachricht:
Hallo, ich wechsle für meine Schauspiel-Setcards zu einem anderen Fotografen
(Fotostudio Lichtblick, Aachen). Können Sie meine bei Ihnen hinterlegten Angaben
(Maße, Kontaktdaten, Agenturdaten) als CSV- oder JSON-Datei direkt an
info@lichtblick-aachen.de schicken? Danke!""",
  notes="contact-form with Reply-To = requester; portability incl. transfer to third party (third-party address not requester)")

M(lang="de", frm="Stefan Neumann <stefan.neumann@gmail.com>", subject="Hochzeitsvideo meiner Frau",
  date="Tue, 11 Jun 2024 21:09:37 +0200", is_dsar=True, rights=["restriction"],
  name="Stefan Neumann", email="stefan.neumann@gmail.com",
  body="""Guten Abend Frau Verlinden,

ich schreibe im Namen meiner Frau Sabine Neumann, die gerade im Krankenhaus liegt und sich
nicht selbst melden kann. Wir sind uns mit der Band, die auf unserer Hochzeit gespielt hat,
nicht einig, und das Rohmaterial Ihres Hochzeitsvideos ist dabei wichtig.

Bitte löschen Sie das Material und Sabines Daten auf keinen Fall, aber veröffentlichen oder
verwenden Sie vorerst nichts davon, bis die Sache geklärt ist. Meine Frau hat mich
ausdrücklich gebeten, das zu übernehmen.

Mit freundlichen Grüßen
Stefan Neumann""", notes="partner acting for wife; requester fields = the writer; restriction ('nicht löschen, aber nicht verwenden')")

M(lang="de", frm="Lotte Claes <lotte@nachtzwaluw-foto.be>", subject="Fwd: Datenlöschung",
  date="Mon, 24 Jun 2024 09:58:02 +0200", is_dsar=True, rights=["erasure"],
  name="Heike Schumacher", email="heike.schumacher@freenet.de",
  rfc822=dict(frm="Heike Schumacher <heike.schumacher@freenet.de>", to="Lotte Claes <lotte@nachtzwaluw-foto.be>",
              subject="Datenlöschung", date="Sun, 23 Jun 2024 17:31:00 +0200",
              body="""Hallo Frau Claes,

ich habe vor längerer Zeit bei Ihrem Studio ein Familienshooting gemacht. Bitte entfernen
Sie meinen Namen, meine Anschrift und alle anderen Angaben zu mir aus Ihren Unterlagen
und Ihrer Kundendatenbank. Ich brauche nichts mehr davon.

Freundliche Grüße
Heike Schumacher"""),
  attachments=[A("Datenlöschung.eml", "message/rfc822", False)],
  body="""Hoi Hanne,

zie bijlage – Duitse klant, ze wil verwijderd worden. Kun jij dit oppakken?

Lotte""", notes="forward as attachment (message/rfc822) by colleague; forward note in Dutch, request in German; requester is inner sender")

M(lang="de", frm="Uwe Lorenz <uwe.lorenz@arcor.de>", subject="Erinnerung: Widerspruch Werbung (meine Mail vom 3. Juni)",
  date="Mon, 15 Jul 2024 07:30:12 +0000", is_dsar=True, rights=["objection"],
  name="Uwe Lorenz", email="uwe.lorenz@arcor.de",
  body="""Sehr geehrte Damen und Herren,

am 3. Juni habe ich Ihnen geschrieben, dass ich Ihren Newsletter und sonstige Werbung nicht
mehr erhalten möchte. Gestern kam trotzdem wieder Ihr „Sommer-Special". Ich widerspreche
hiermit nochmals ausdrücklich der Nutzung meiner Daten für Werbezwecke und bitte um
Bestätigung.

Uwe Lorenz

> Am 03.06.2024 um 18:04 schrieb Uwe Lorenz <uwe.lorenz@arcor.de>:
>
> Bitte nehmen Sie mich aus Ihrem Verteiler. Danke.""",
  notes="reminder of earlier objection with own quoted earlier mail; UTC offset")

# German non-requests (4)
M(lang="de", frm="Mail Delivery System <MAILER-DAEMON@mx01.mailprovider-rz.de>",
  subject="Unzustellbar: Herbstnews vom Studio Nachtzwaluw",
  date="Thu, 3 Oct 2024 06:12:45 +0200", is_dsar=False, rights=[],
  headers={"Auto-Submitted": "auto-replied"},
  body="""Dies ist eine automatisch erstellte Benachrichtigung über den Zustellstatus.

Die Zustellung an folgenden Empfänger ist fehlgeschlagen:

    petra.hoffmann@alt-provider.de

Grund: 550 5.1.1 Mailbox unavailable – Benutzer unbekannt. Das Postfach wurde gelöscht.

--- Ursprüngliche Nachricht (Auszug) ---
Betreff: Herbstnews vom Studio Nachtzwaluw
Sie erhalten diesen Newsletter, weil Sie eingewilligt haben. Abmelden | Daten ändern""",
  notes="NOT a DSAR: newsletter bounce; 'gelöscht', 'Abmelden', 'Daten ändern' are boilerplate")

M(lang="de", frm="Nicole Fischer <nicole.fischer@web.de>", subject="Anfrage Familienshooting im Dezember",
  date="Mon, 14 Oct 2024 12:20:00 +0200", is_dsar=False, rights=[],
  attachments=[A("inspiration_winter.jpg", "image/jpeg", False)],
  body="""Hallo,

wir (2 Erwachsene, 2 Kinder, 1 Hund) hätten gern ein Familienshooting draußen, am liebsten an
einem Wochenende Anfang Dezember. Im Anhang ein Bild, so in der Art stellen wir uns das vor.

Ihre Datenschutzerklärung habe ich gelesen und bin einverstanden, dass Sie meine Daten
für die Terminplanung speichern.

Was würde das kosten?

Viele Grüße
Nicole Fischer""", notes="NOT a DSAR: booking request that gives consent; inspiration photo not ID")

M(lang="de", frm="Buchhaltung Hofmann GmbH <buchhaltung@hofmann-moebel.de>", subject="Doppelte Rechnung 2024-0211",
  date="Tue, 22 Oct 2024 10:02:33 +0200", is_dsar=False, rights=[],
  body="""Sehr geehrte Frau Verlinden,

die Rechnung 2024-0211 für die Produktfotos wurde uns zweimal zugestellt (einmal mit und
einmal ohne Fahrtkosten). Bitte löschen bzw. stornieren Sie die falsche Rechnung und senden
Sie uns eine korrigierte Fassung. Unsere USt-IdNr. fehlt außerdem auf der Rechnung.

Mit freundlichen Grüßen
Buchhaltung Hofmann GmbH""", notes="NOT a DSAR: invoice correction/deletion request about a company invoice")

M(lang="de", frm="=?iso-8859-1?q?Ren=E9_Schmitz?= <rene.schmitz@ostbelgien-net.be>", raw_from=True,
  subject="Abwesenheitsnotiz: Ihre Nachricht",
  date="Wed, 6 Nov 2024 08:00:01 +0100", is_dsar=False, rights=[],
  headers={"Auto-Submitted": "auto-replied"},
  charset="windows-1252", cte="8bit",
  body="""Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 15. November nicht im Büro. Ihre E-Mail wird nicht
weitergeleitet und nach meiner Rückkehr gelesen. In dringenden Fällen wenden Sie sich bitte
an unser Sekretariat, Tel. 087 55 12 34.

René Schmitz
Gemeindeverwaltung – Datenschutz & Archiv""", notes="NOT a DSAR: out-of-office; windows-1252 8bit; iso-8859-1 encoded display name")

# ---------------------------------------------------------------- ENGLISH (10)
M(lang="en", frm="Daniel O'Connor <daniel.oconnor@protonmail.com>",
  subject="Subject Access Request – Article 15 GDPR",
  date="Fri, 8 Mar 2024 16:45:00 +0000", is_dsar=True, rights=["access"],
  name="Daniel O'Connor", email="daniel.oconnor@protonmail.com",
  attachments=[A("passport_front.png", "image/png", True), A("drivers_licence_back.png", "image/png", True)],
  body="""Dear Sir or Madam,

Subject Access Request

I am writing to make a subject access request under Article 15 of the General Data
Protection Regulation (EU) 2016/679. Please supply a copy of all personal data you hold
about me, together with the purposes of processing, the recipients, the retention period
and the source of the data.

I would also remind you of my rights to rectification (Art. 16), erasure (Art. 17),
restriction (Art. 18) and to object (Art. 21), which I reserve.

Under Article 12(3) you must respond without undue delay and in any event within one month
of receipt. If I do not receive a response within that period I reserve the right to lodge
a complaint with the supervisory authority.

To confirm my identity I attach a copy of my passport and driving licence.

Yours faithfully,
Daniel O'Connor
Flat 3, 21 Marlowe Road, Bristol BS6 7JH, United Kingdom""",
  notes="generator SAR letter; cites 12,15,16,17,18,21 but asks access only; two ID attachments")

M(lang="en", frm="Mehmet Yılmaz <mehmet.yilmaz.ist@gmail.com>", subject="please remove me",
  date="Tue, 16 Apr 2024 17:20:08 +0300", is_dsar=True, rights=["erasure"],
  name="Mehmet Yılmaz", email="mehmet.yilmaz.ist@gmail.com",
  html=True, inline=[A("image001.jpg", "image/jpeg", True)],
  body="""Hello,

I was in Gent last year and did the headshot session with you. Now please remove all my
information from your system, I dont want be in your database anymore. Name, phone, photos,
all of it. Here is my ID card so you know it is me.

Thank you
Mehmet Yılmaz""", notes="non-native English, Turkish offset; ID card pasted inline (multipart/related, is_id true)")

M(lang="en", frm="Priya Raman <priya.raman@outlook.com>", subject="Moving to another photographer",
  date="Thu, 2 May 2024 20:05:41 +0530", is_dsar=True, rights=["portability", "withdraw_consent"],
  name="Priya Raman", email="priya.raman@outlook.com",
  body="""Hi Hanne,

Since I moved back to Chennai I will continue my modelling work with Lensfolk Studio here.
Could you please transfer the data I gave you (my measurements sheet, agency details and
the booking forms) to them in a usable file format? Their email is intake@lensfolk-studio.in.

Also, I no longer agree to you using my pictures on your website and in your showreel,
please take them down.

Thanks a lot for everything!
Priya""", notes="India offset; portability (transfer) + withdraw_consent; third-party address in body")

M(lang="en", frm="Jonas Eriksson <jonas.eriksson@telia-mail.se>", subject="Wrong data in your files",
  date="Mon, 27 May 2024 09:33:27 +0200", is_dsar=True, rights=["rectification", "restriction"],
  name="Jonas Eriksson", email="jonas.eriksson@telia-mail.se",
  body="""Hello,

Your assistant told me on the phone that my file says I am the owner of "Eriksson Bygg AB"
and the photos are listed under that company. This is wrong, I have nothing to do with this
company, it is my cousin. Please correct my record so it shows me as a private client.

Until you have checked and corrected it, please do not use my data for anything (no invoices
to that company, no sending of the photos to them).

Best regards,
Jonas Eriksson""", notes="non-native English; rectification + restriction while accuracy is checked")

M(lang="en", frm="Rebecca Thornton <r.thornton@thornton-legal.co.uk>",
  subject="Objection to processing – use of my image for marketing",
  date="Wed, 12 Jun 2024 11:00:00 +0100", is_dsar=True, rights=["restriction", "objection"],
  name="Rebecca Thornton", email="r.thornton@thornton-legal.co.uk",
  body="""Dear Ms Verlinden,

I attended your "Women in Business" headshot event in Brussels in February. I have since
noticed my portrait used in your LinkedIn adverts and in a printed flyer. Your privacy
notice states that this is done on the basis of legitimate interests.

I object to this processing under Article 21(1) GDPR. Pending your assessment of whether
your grounds override my interests, please restrict the processing of my image and cease all
use of it in accordance with Article 18(1)(d).

Kind regards,
Rebecca Thornton""", notes="UK offset; formal-ish, objection + restriction pending verification")

M(lang="en", frm="Ana Kovač <ana.kovac.model@gmail.com>", subject="my photos on your insta",
  date="Sun, 21 Jul 2024 10:14:55 +1000", is_dsar=True, rights=["withdraw_consent"],
  name="Ana Kovač", email="ana.kovac.model@gmail.com",
  attachments=[A("Screenshot_2024-07-21-10-02-13.png", "image/png", False)],
  body="""hi!! its Ana from the TFP shoot in march 🙂 I'm in Australia for work now.

my new agency doesnt allow any photos that they didnt approve, so can you pls take down the
3 posts with me from your instagram (screenshot attached)? I dont give permission anymore
for those to be online. sorry for the trouble!!

Ana""", notes="Australia offset; withdraw_consent; screenshot attachment (not ID)")

M(lang="en", frm="Website form <noreply@nachtzwaluw-foto.be>",
  reply_to="Liam Peeters <liam.peeters@icloud.com>", subject="New contact form submission",
  date="Tue, 6 Aug 2024 14:48:19 GMT", is_dsar=True, rights=["rectification"],
  name="Liam Peeters", email="liam.peeters@icloud.com",
  html=True,
  body="""New submission from nachtzwaluw-foto.be/en/contact

Name: Liam Peeters
Email: liam.peeters@icloud.com
Phone: +32 496 77 88 21
Topic: My account

Message:
Hi, the name in my online gallery and on the photo credits of the band shoot is spelled
"Liam Pieters". It's Peeters with two e's. Could you fix that in your system please?
Cheers, Liam""", notes="contact form (plain + HTML) with Reply-To = requester; 'GMT' date; rectification")

# English non-requests (3)
M(lang="en", frm="GDPR Shield Pro <compliance@gdpr-shieldpro.net>", subject="URGENT: Data Subject Requests are coming – are you ready?",
  date="Fri, 23 Aug 2024 03:17:22 -0500", is_dsar=False, rights=[],
  html=True,
  body="""Dear Business Owner,

Did you know that ANY client can demand access to, or deletion of, their personal data and
you have only 30 days to respond? Photographers store thousands of identifiable faces.

GDPR Shield Pro automates subject access requests, erasure and consent logs for just
$19/month. Start your FREE trial today!

To unsubscribe from these emails, reply STOP.""", notes="NOT a DSAR: US-offset spam about DSARs")

M(lang="en", frm="Oliver Grant <oliver.grant@yahoo.co.uk>", subject="booked twice by mistake",
  date="Wed, 4 Sep 2024 22:41:09 +0100", is_dsar=False, rights=[],
  body="""Hi,

I think I submitted your booking form twice for the headshot on Saturday 14 Sept (once on my
phone, once on the laptop). Could you delete the duplicate booking so I'm not charged twice?
The 10:30 slot is the one I want to keep.

Thanks,
Oliver""", notes="NOT a DSAR: 'delete the duplicate booking' is admin, not erasure")

M(lang="en", frm="Hannah Becker <hannah.becker@gmail.com>", subject="Re: Your data has been deleted",
  date="Mon, 18 Nov 2024 09:05:36 +0100", is_dsar=False, rights=[],
  body="""Great, thank you for handling this so quickly! Have a nice week.

Hannah

On Fri, 15 Nov 2024 at 16:20, Studio Nachtzwaluw <contact@nachtzwaluw-foto.be> wrote:
> Dear Hannah,
>
> As requested, we have deleted all your personal data and removed your photos from our
> website. If you would like access to any remaining data or want to object to anything
> else, just let us know.
>
> Kind regards,
> Hanne Verlinden""", notes="NOT a DSAR: thank-you reply; all privacy wording is in the quoted studio text")


# ---------------------------------------------------------------- builder
def ct_split(ct):
    return ct.split("/", 1)

def html_of(text):
    import html
    paras = html.escape(text).split("\n\n")
    return "<html><body>" + "".join("<p>%s</p>" % p.replace("\n", "<br>") for p in paras) + "</body></html>"

def build_one(m, rng):
    msg = EmailMessage(policy=policy.SMTP)
    if not m.get("raw_from"):
        msg["From"] = m["frm"]
    msg["To"] = m.get("to", STUDIO)
    if m.get("reply_to"):
        msg["Reply-To"] = m["reply_to"]
    msg["Subject"] = m["subject"]
    dom = m["frm"].rsplit("@", 1)[1].rstrip(">")
    msg["Message-ID"] = "<%016x.%d@%s>" % (rng.getrandbits(64), rng.randint(1000, 9999), dom)
    for k, v in m.get("headers", {}).items():
        msg[k] = v
    kw = {}
    if m.get("charset"):
        kw["charset"] = m["charset"]
    if m.get("cte"):
        kw["cte"] = m["cte"]
    msg.set_content(m["body"], **kw)
    inline = m.get("inline", [])
    if m.get("html") or inline:
        h = html_of(m["body"])
        if inline:
            cids = [make_msgid(domain="nachtzwaluw.invalid")[1:-1] for _ in inline]
            h = h.replace("</body>", "".join('<img src="cid:%s">' % c for c in cids) + "</body>")
        msg.add_alternative(h, subtype="html")
        if inline:
            hpart = msg.get_payload()[1]
            for a, c in zip(inline, cids):
                mt, st = ct_split(a["content_type"])
                hpart.add_related(DATA[a["content_type"]], mt, st, cid="<%s>" % c,
                                  filename=a["filename"], disposition="inline")
    for a in m.get("attachments", []):
        if a["content_type"] == "message/rfc822":
            r = m["rfc822"]
            inner = EmailMessage(policy=policy.SMTP)
            inner["From"] = r["frm"]; inner["To"] = r["to"]; inner["Subject"] = r["subject"]
            inner["Date"] = r["date"]
            inner.set_content(r["body"])
            msg.add_attachment(inner, filename=a["filename"])
        else:
            mt, st = ct_split(a["content_type"])
            msg.add_attachment(DATA[a["content_type"]], mt, st, filename=a["filename"])
    raw = msg.as_bytes()
    pre = b""
    if m.get("raw_from"):
        pre += ("From: " + m["frm"] + "\r\n").encode("ascii")
    if m["date"] is not None:
        pre += ("Date: " + m["date"] + "\r\n").encode("ascii")
    return pre + raw

def received_of(m):
    if m["date"] is None or m.get("bad_date"):
        return None
    return parsedate_to_datetime(m["date"]).isoformat()

def main():
    assert len(MAILS) == 50, len(MAILS)
    os.makedirs(OUT, exist_ok=True)
    for f in glob.glob(os.path.join(OUT, "*.eml")) + glob.glob(os.path.join(OUT, "*.json")):
        os.remove(f)
    rng = random.Random(13)
    order = list(range(len(MAILS)))
    rng.shuffle(order)
    canon = ["access", "rectification", "erasure", "restriction", "portability", "objection", "withdraw_consent"]
    for n, idx in enumerate(order, 1):
        m = MAILS[idx]
        assert m["rights"] == [r for r in canon if r in m["rights"]] and len(m["rights"]) <= 2
        assert bool(m["rights"]) == m["is_dsar"]
        name = "%04d" % n
        raw = build_one(m, rng)
        if n % 3 == 0:          # mix LF and CRLF line endings
            raw = raw.replace(b"\r\n", b"\n")
        with open(os.path.join(OUT, name + ".eml"), "wb") as f:
            f.write(raw)
        gt = {
            "file": name + ".eml",
            "is_dsar": m["is_dsar"],
            "rights": m["rights"],
            "language": m["lang"],
            "requester_name": m.get("name") if m["is_dsar"] else None,
            "requester_email": m.get("email") if m["is_dsar"] else None,
            "received": received_of(m),
            "attachments": m.get("inline", []) + m.get("attachments", []),
            "notes": m["notes"],
        }
        with open(os.path.join(OUT, name + ".json"), "w", encoding="utf-8") as f:
            json.dump(gt, f, ensure_ascii=False, indent=2)
            f.write("\n")
    print("wrote %d mails to %s" % (len(MAILS), OUT))

if __name__ == "__main__":
    main()
