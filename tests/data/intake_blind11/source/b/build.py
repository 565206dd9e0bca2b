#!/usr/bin/env python3
"""Build 50 hand-written test mails (FR 25, DE 15, EN 10) for a photo studio DSAR intake.
Python 3.11 standard library only. Writes mails/NNNN.eml + mails/NNNN.json."""
import json, os, glob
from email.message import EmailMessage
from email.headerregistry import Address
from email.utils import parsedate_to_datetime, formataddr
from email import policy

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "mails")
STUDIO = ("Studio Wolkenveld", "hallo@studiowolkenveld.be")
FORM = ("Studio Wolkenveld website", "noreply@studiowolkenveld.be")
BRAM = ("Bram Claeys", "bram@studiowolkenveld.be")
ORDER = ["access", "rectification", "erasure", "restriction", "portability", "objection", "withdraw_consent"]

JPG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00placeholder\xff\xd9"
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDRplaceholder"
PDF = b"%PDF-1.4\n% placeholder\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"
HEIC = b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00mif1heicplaceholder"
DATA = {"image/jpeg": JPG, "image/png": PNG, "application/pdf": PDF, "image/heic": HEIC,
        "application/octet-stream": HEIC}

MAILS = []


def M(**kw):
    MAILS.append(kw)


def att(filename, ctype, is_id, inline=False):
    return {"filename": filename, "content_type": ctype, "is_id_document": is_id, "inline": inline}

# ---------------------------------------------------------------- FRENCH (25)
M(lang="fr", frm=("Amandine Lejeune", "amandine.lejeune@skynet.be"),
  date="Tue, 14 Jan 2025 21:17:45 +0100", subject="Mes photos sur votre Instagram",
  body="""Bonsoir Lotte,

J'espère que vous allez bien. On avait fait la séance portrait au parc de la Boverie en
septembre, j'étais ravie du résultat, vraiment.

Par contre je vois que deux de mes photos sont toujours sur votre compte Instagram et sur la
page "Portraits" de votre site. À l'époque j'avais dit oui, mais entre-temps j'ai changé de
travail et je préfère que mon visage ne circule plus en ligne. Est-ce que vous pourriez les
retirer des deux endroits ? Je ne vous demande pas de supprimer mes fichiers, je les garde de
mon côté de toute façon.

Merci d'avance et belle soirée,
Amandine""",
  dsar=True, rights=["withdraw_consent"], name="Amandine Lejeune", email="amandine.lejeune@skynet.be",
  notes="polite Belgian writer; remove from Instagram/website, explicitly NOT erasure")

M(lang="fr", frm=("Hugo Marchetti", "hugo.marchetti@orange.fr"),
  date="Mon, 03 Feb 2025 09:02:11 +0100", subject="Demande d'accès à mes données personnelles - article 15 RGPD",
  body="""Hugo Marchetti
14 rue des Tanneurs
59800 Lille
France

Studio Wolkenveld
À l'attention du responsable du traitement

Lille, le 3 février 2025

Objet : Demande d'accès aux données personnelles (article 15 du RGPD)

Madame, Monsieur,

Conformément à l'article 15 du Règlement (UE) 2016/679 (RGPD), je vous prie de bien vouloir me
communiquer une copie de l'ensemble des données à caractère personnel me concernant que vous
traitez, ainsi que les informations suivantes :
- les finalités du traitement ;
- les catégories de données concernées ;
- les destinataires auxquels ces données ont été communiquées ;
- la durée de conservation envisagée ;
- la source des données lorsqu'elles n'ont pas été collectées auprès de moi.

Je vous rappelle que vous disposez d'un délai d'un mois à compter de la réception de la
présente pour y répondre (article 12.3 du RGPD). Je vous rappelle également que je dispose des
droits de rectification, d'effacement, de limitation et d'opposition (articles 16 à 21).

À défaut de réponse dans ce délai, je me réserve le droit d'introduire une réclamation auprès
de l'Autorité de protection des données.

Vous trouverez ci-joint une copie de ma pièce d'identité.

Veuillez agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Hugo Marchetti""",
  atts=[att("CNI_Marchetti_recto_verso.pdf", "application/pdf", True)],
  dsar=True, rights=["access"], name="Hugo Marchetti", email="hugo.marchetti@orange.fr",
  notes="request-generator letter; lists arts 16-21 but only asks access; ID PDF attached")

M(lang="fr", frm=("Sébastien Dufrasne", "seb.dufrasne@gmail.com"),
  date="Sat, 22 Feb 2025 23:48:02 +0100", subject="STOP",
  body="""Ca fait TROIS fois que je me désinscris de votre newsletter et je reçois encore vos
"offres Saint-Valentin". C'est du harcèlement.

Je n'ai fait qu'une seule photo d'identité chez vous en 2022, je ne vous ai jamais rien demandé
d'autre. Vous effacez mon adresse, mon nom, mon numéro, tout ce que vous avez sur moi, et vous
arrêtez de m'envoyer vos pubs. Si je reçois encore un seul mail je porte plainte.

S. Dufrasne""",
  dsar=True, rights=["erasure", "objection"], name="S. Dufrasne", email="seb.dufrasne@gmail.com",
  notes="angry; erase everything + stop marketing; signature abbreviates first name, display name has full name")

M(lang="fr", frm=("Clara Vandenbossche", "clara.vdb@hotmail.com"),
  date="Wed, 05 Mar 2025 12:30:59 +0100", subject="Mariage 13 septembre - disponibilité ?",
  body="""Bonjour,

Nous nous marions le samedi 13 septembre à Namur (cérémonie à 14h, soirée jusqu'à 2h) et nous
adorons votre travail. Êtes-vous encore disponible à cette date ?

Deux petites questions :
- la galerie en ligne est-elle protégée par un mot de passe ? Ma belle-famille est assez
  discrète et ne veut pas que les photos soient visibles publiquement ;
- combien de temps gardez-vous les fichiers après la livraison, au cas où on perdrait notre
  clé USB ?

Merci beaucoup,
Clara et Mathieu""",
  dsar=False, rights=[], notes="booking question mentioning privacy of gallery and file retention; non-DSAR")

M(lang="fr", frm=("Nathalie Wauters", "nathalie.wauters@telenet.be"),
  date="Thu, 20 Mar 2025 08:15:33 +0100", subject="Photos de ma fille Lou (séance école)",
  body="""Bonjour Madame,

Je suis la maman de Lou Wauters (6 ans), qui a été photographiée lors de la séance photo
organisée à l'école Saint-Joseph de Jambes en novembre.

Je découvre que le portrait de Lou est utilisé sur votre site comme exemple pour les "photos de
classe". Je n'ai jamais signé d'autorisation pour cela, seulement pour la commande des tirages.
Je vous demande donc de retirer immédiatement cette photo du site, et ensuite d'effacer toutes
les photos et données de ma fille que vous conservez (nom, classe, fichiers). Nous avons reçu
nos tirages, nous n'avons plus besoin de rien.

Merci de me confirmer par écrit quand c'est fait.

Nathalie Wauters
0475 21 88 03""",
  dsar=True, rights=["erasure", "withdraw_consent"], name="Nathalie Wauters", email="nathalie.wauters@telenet.be",
  notes="parent acting for a child (Lou); requester_name = writing parent (the child has no address); remove from website + delete all")

M(lang="fr", frm=FORM, reply_to=None,
  date="Fri, 04 Apr 2025 14:06:20 +0200", subject="Nouveau message via le formulaire de contact",
  body="""Nouveau message envoyé depuis studiowolkenveld.be/contact

Nom : Margaux Delcourt-Piron
E-mail : margaux.delcourt@proton.me
Téléphone : +32 486 50 12 77
Sujet : Erreur sur mon nom

Message :
Bonjour, sur la page "Mariages" vous avez mis "Margot et Julien" sous nos photos, mais je
m'appelle Margaux (avec AUX). Pouvez-vous corriger ça ? Et dans votre fichier client j'ai aussi
une vieille adresse e-mail, margaux.piron@outlook.be, que je n'utilise plus : merci de la
remplacer par celle-ci.

--
Ce message a été envoyé via le formulaire de contact de Studio Wolkenveld.""",
  dsar=True, rights=["rectification"], name="Margaux Delcourt-Piron", email="margaux.delcourt@proton.me",
  notes="contact form notification without Reply-To; requester address in body field; old address margaux.piron@outlook.be is not the requester's")

M(lang="fr", frm=("Elise Mornard", "elise.mornard@free.fr"),
  date="Tue, 15 Apr 2025 10:44:00 +0200", subject="Fichiers RAW de mon shooting",
  body="""Bonjour Lotte,

Merci encore pour le shooting book du 2 avril ! J'ai bien reçu les 25 photos retouchées.

Dans le devis que j'ai signé (formule "Book Pro", 390 €), il est écrit que les fichiers RAW
sont inclus. Est-ce que vous pourriez me les envoyer via WeTransfer ? Ma retoucheuse voudrait
travailler sur quelques images pour mon site.

Belle journée,
Elise""",
  atts=[att("devis_book_pro_signe.pdf", "application/pdf", False)],
  dsar=False, rights=[], notes="client asks for RAW files she paid for (contract), not a GDPR request; quote PDF attached")

M(lang="fr", frm=(None, "k.benali1988@gmail.com"),
  date="Sun, 27 Apr 2025 19:22:41 +0200", subject="",
  body="""bonjour vous pouvez m envoyer tout ce que vous avez sur moi ? photos, adresse, factures etc
merci
karim""",
  dsar=True, rights=["access"], name="karim", email="k.benali1988@gmail.com",
  notes="terse, no subject, no display name; first name only in lowercase signature")

M(lang="fr", frm=("Juliette Ferracci", "juliette.ferracci@laposte.net"),
  date="Mon, 12 May 2025 16:03:27 +0200", subject="Demande de portabilité de mes données (art. 20 RGPD)",
  body="""Madame, Monsieur,

En application de l'article 20 du Règlement général sur la protection des données, je
souhaite exercer mon droit à la portabilité.

Je vous demande de me transmettre, dans un format structuré, couramment utilisé et lisible par
machine (par exemple CSV ou JSON pour les données, et fichiers JPEG originaux pour les images),
les données personnelles que je vous ai fournies dans le cadre de mes trois séances (2022, 2023,
2024), y compris les photographies me représentant.

Je vous saurais gré de me répondre dans le délai d'un mois prévu à l'article 12 du RGPD. À
défaut, je me réserve la possibilité de saisir l'autorité de contrôle compétente.

Je vous prie d'agréer, Madame, Monsieur, mes salutations distinguées.

Juliette Ferracci
8 avenue Jean-Médecin, 06000 Nice""",
  dsar=True, rights=["portability"], name="Juliette Ferracci", email="juliette.ferracci@laposte.net",
  notes="formal generator-style letter, portability only")

M(lang="fr", frm=("Thomas Gérard", "thomas.gerard@scarlet.be"),
  date="Wed, 21 May 2025 11:11:11 +0200", subject="Litige facture 2025-041 - ne rien supprimer svp",
  body="""Bonjour,

Suite à notre désaccord sur la facture 2025-041 (reportage pour l'anniversaire de ma société),
j'ai transmis le dossier à mon assurance protection juridique.

Je vous demande expressément de NE PAS supprimer les photos du reportage, nos échanges et les
données me concernant : j'en ai besoin pour le litige. En attendant que ce soit réglé,
merci par contre de ne plus les utiliser du tout (pas de publication, pas de portfolio, pas de
newsletter).

Cordialement,
Thomas Gérard
Gérant – Gérard Menuiserie SRL""",
  dsar=True, rights=["restriction"], name="Thomas Gérard", email="thomas.gerard@scarlet.be",
  notes="invoice dispute; 'don't delete, I need it, but stop using it' = restriction only")

M(lang="fr", frm=BRAM,
  date="Mon, 02 Jun 2025 09:37:05 +0200", subject="Fwd: désinscription",
  body="""Lotte, deze kwam binnen op mijn adres, kan jij dit opvolgen? Zij wil geen nieuwsbrief meer.
Bram

---------- Forwarded message ---------
De : Véronique Lambotte <vero.lambotte@yahoo.fr>
Date: sam. 31 mai 2025 à 18:20
Subject: désinscription
To: Bram Claeys <bram@studiowolkenveld.be>

Bonjour Bram,

On s'est croisés au salon du mariage à Mons. Depuis, je reçois chaque mois votre lettre
d'information et les mails promotionnels. Je ne souhaite plus les recevoir, merci de me retirer
de votre liste de diffusion et de ne plus utiliser mon adresse pour de la publicité.

Bonne journée
Véronique Lambotte""",
  dsar=True, rights=["objection"], name="Véronique Lambotte", email="vero.lambotte@yahoo.fr",
  notes="Gmail-style forward from studio colleague; forward note in Dutch; requester inside forward")

M(lang="fr", frm=("Comptabilité Fleurs & Co", "compta@fleursetco-liege.be"),
  date="Tue, 10 Jun 2025 15:55:48 +0200", subject="Facture en double - merci de supprimer",
  body="""Bonjour,

Nous avons reçu deux fois la facture n° 2025-058 (shooting produits du 28 mai), une fois le
3 juin et une fois le 6 juin, avec deux numéros de communication structurée différents.

Pourriez-vous supprimer la facture en double dans votre système et nous confirmer laquelle
nous devons payer ? Nous ne voulons pas payer deux fois.

Merci,
Service comptabilité
Fleurs & Co SRL""",
  atts=[att("Facture_2025-058.pdf", "application/pdf", False), att("Facture_2025-058(1).pdf", "application/pdf", False)],
  dsar=False, rights=[], notes="'delete the duplicate invoice' is bookkeeping, not erasure; two invoice PDFs")

M(lang="fr", frm=("Inès Moreau", "ines.moreau.model@gmail.com"),
  date="Thu, 19 Jun 2025 13:20:14 +0200", subject="Re: Ton portfolio est prêt ✨",
  body="""Coucou Lotte,

Merci pour les photos, elles sont top. Mais après réflexion je ne veux plus que tu utilises les
photos en lingerie, ni sur ton site ni sur Insta ni pour tes pubs. Les autres (en jean, en
extérieur) tu peux les garder. Désolée, c'est mon copain qui n'est pas à l'aise, et moi non plus
au final.

Bisous
Inès

Le lun. 16 juin 2025 à 10:02, Studio Wolkenveld <hallo@studiowolkenveld.be> a écrit :
> Hello Inès !
> Ton portfolio est prêt, tu trouveras le lien ci-dessous. Comme convenu dans ton
> autorisation, j'utiliserai quelques images pour mon site et Instagram. Tu peux à tout
> moment demander l'accès à tes données ou leur suppression en répondant à ce mail.
> Lotte""",
  dsar=True, rights=["withdraw_consent"], name="Inès Moreau", email="ines.moreau.model@gmail.com",
  notes="reply over quoted studio text (quoted text mentions access/deletion - ignore); model partially withdraws consent; emoji in subject")

M(lang="fr", frm=("Bernard Collignon", "b.collignon@voo.be"),
  date="Fri, 27 Jun 2025 07:58:36 +0200", subject="Exercice du droit à l'effacement (article 17 du RGPD)",
  body="""Bernard Collignon
Rue de la Station 42
4020 Liège

Madame, Monsieur,

Par la présente, et en vertu de l'article 17 du Règlement général sur la protection des
données (RGPD), je vous demande de procéder à l'effacement de toutes les données à caractère
personnel me concernant, y compris les photographies prises lors de la séance du 12 mars 2021.

Je vous rappelle que, conformément aux articles 15, 16, 18 et 21 du RGPD, je dispose également
d'autres droits que je n'exerce pas à ce stade. Conformément à l'article 19, je vous demande de
notifier cet effacement à tout destinataire auquel ces données auraient été communiquées.

Vous disposez d'un délai d'un mois pour donner suite à ma demande. À défaut, je me réserve le
droit de saisir l'Autorité de protection des données (rue de la Presse 35, 1000 Bruxelles).

Bernard Collignon""",
  dsar=True, rights=["erasure"], name="Bernard Collignon", email="b.collignon@voo.be",
  notes="formal letter citing arts 15,16,17,18,19,21; only erasure is asked")

M(lang="fr", frm=("Me Caroline Stassart", "c.stassart@stassart-avocats.be"),
  date="Tue, 08 Jul 2025 17:42:09 +0200", subject="V/Réf. : Mme Aurélie Hansen - demande RGPD",
  body="""Madame,

Je vous écris en qualité de conseil de Madame Aurélie Hansen, domiciliée avenue Louise 188 à
1050 Ixelles, qui a fait appel à vos services en 2023 pour une séance photo « boudoir ».

Ma cliente souhaite obtenir, d'une part, une copie de l'ensemble des données la concernant que
votre studio conserve (fichiers photographiques, correspondance, fiche client, données de
facturation), et d'autre part la correction de sa fiche client : son nom y figure encore sous
« Aurélie Hansen-Peeters », alors qu'elle a repris son nom de jeune fille.

Vous trouverez en annexe la procuration signée par ma cliente ainsi que la copie de sa carte
d'identité.

Je vous prie de me faire parvenir votre réponse à l'adresse ci-dessus.

Veuillez agréer, Madame, l'expression de mes sentiments distingués.

Caroline Stassart
Avocate au barreau de Bruxelles
Stassart & Associés – Chaussée de Charleroi 112, 1060 Bruxelles""",
  atts=[att("Procuration_Hansen.pdf", "application/pdf", False), att("eID_Hansen_Aurelie.jpg", "image/jpeg", True)],
  dsar=True, rights=["access", "rectification"], name="Caroline Stassart", email="c.stassart@stassart-avocats.be",
  notes="lawyer acting for client Aurélie Hansen; requester fields = writing lawyer (client gives no address); proxy PDF (not ID) + eID scan JPEG (ID)")

M(lang="fr", frm=("Pauline Verbruggen", "pauline.verbruggen@ulb-partners.be"),
  date="Mon, 14 Jul 2025 08:00:03 +0200", subject="Réponse automatique : Photos équipe",
  headers={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"},
  body="""Bonjour,

Je suis absente du bureau jusqu'au 4 août inclus, avec un accès limité à mes e-mails.

Pour toute question relative à la protection des données ou à la suppression de vos
informations de notre base, merci de contacter dpo@ulb-partners.be. Pour les photos d'équipe,
contactez ma collègue Sophie (sophie.martens@ulb-partners.be).

Cordialement,
Pauline Verbruggen""",
  dsar=False, rights=[], notes="out-of-office auto-reply mentioning data protection/deletion; non-DSAR")

M(lang="fr", frm=("Sarah Lemaire", "sarahlemaire@icloud.com"),
  date="Wed, 23 Jul 2025 01:36:52 +0200", subject="séance couple d'octobre...",
  body="""Bonsoir,

Je ne sais pas trop comment formuler ça, désolée d'avance si c'est un peu long. On avait fait
avec Kevin une séance couple chez vous en octobre dernier, dans les dunes à De Panne. Les
photos étaient magnifiques et je vous avais dit que vous pouviez les mettre sur votre site et
vos réseaux, et vous l'avez fait, merci.

Seulement voilà, Kevin et moi on s'est séparés il y a deux mois, et ce n'est pas très
simple entre nous en ce moment. On doit encore se mettre d'accord sur ce qu'on fait des photos
(il veut peut-être qu'elles soient supprimées, moi je ne sais pas encore, j'aimerais bien les
garder pour ma fille un jour).

Donc ce que je vous demande, c'est de ne rien effacer pour l'instant, mais de ne plus les
montrer nulle part tant qu'on n'a pas tranché : plus sur le site, plus sur Instagram, rien.
Je reviendrai vers vous quand on aura décidé.

Merci de votre compréhension, vraiment.
Sarah""",
  dsar=True, rights=["restriction"], name="Sarah", email="sarahlemaire@icloud.com",
  notes="rambling, late at night; keep but stop using pending decision = restriction (not withdraw_consent/erasure)")

M(lang="fr", frm=("Olivier Renard", "olivier.renard@brico-invest.com"),
  reply_to=("Olivier Renard", "olivier.renard75@gmail.com"),
  date="Thu, 07 Aug 2025 12:18:40 +0000", subject="Mes données - copie complète",
  body="""Bonjour,

Je vous écris depuis mon adresse professionnelle, mais merci de me répondre sur mon adresse
personnelle (olivier.renard75@gmail.com).

J'aimerais recevoir une copie de tout ce que vous avez sur moi : fiche client, historique des
commandes, et les photos de mes deux séances. Pour les données, si possible dans un fichier que
je peux réimporter ailleurs (Excel/CSV), parce que je vais passer chez un autre photographe
pour les photos de famille et je voudrais lui transmettre mon historique.

Merci,
Olivier Renard""",
  dsar=True, rights=["access", "portability"], name="Olivier Renard", email="olivier.renard75@gmail.com",
  notes="work account with Reply-To to private address; copy + reusable CSV for another photographer")

M(lang="fr", frm=("Mélanie Dubois", "melanie.dubois59@sfr.fr"),
  date="Mon, 25 Aug 2025 10:27:14 +0200", subject="RELANCE : suppression de mes données (2e demande)",
  body="""Bonjour,

Je vous ai écrit le 18 juillet pour vous demander de supprimer définitivement mes données et
les photos de ma séance de grossesse. Je n'ai eu AUCUNE réponse, pas même un accusé de
réception.

Je vous rappelle ma demande : effacez tout ce qui me concerne. Le délai d'un mois est bientôt
dépassé.

Mélanie Dubois

-----Message d'origine-----
De : Mélanie Dubois <melanie.dubois59@sfr.fr>
Envoyé : vendredi 18 juillet 2025 09:14
À : hallo@studiowolkenveld.be
Objet : suppression de mes données

Bonjour, je souhaite que vous supprimiez mes données et mes photos. Merci. Mélanie Dubois""",
  dsar=True, rights=["erasure"], name="Mélanie Dubois", email="melanie.dubois59@sfr.fr",
  notes="reminder of an earlier erasure request; own earlier mail quoted Outlook-style")

M(lang="fr", frm=("Chloé Baert", "chloe.baert@gmail.com"),
  date="Wed, 03 Sep 2025 18:05:50 +0200", subject="Contrat de cession de droit à l'image ?",
  body="""Bonjour Lotte,

Je commence comme modèle et une amie m'a dit de toujours demander un "model release". Pour le
shooting TFP que tu proposes le 20 septembre, est-ce que tu as un contrat type ? Je voudrais
savoir pour quoi les photos pourront être utilisées (ton site, concours, pubs ?) et si je peux
les mettre sur mon propre Insta en te créditant.

Je préfère tout clarifier avant de signer, j'espère que ça ne te dérange pas !
Chloé""",
  dsar=False, rights=[], notes="model release question before a shoot; talks about consent/usage but asks nothing about her data")

M(lang="fr", frm=("Yannick Fontaine", "yannick.fontaine@outlook.fr"),
  date="Fri, 12 Sep 2025 22:41:07 +0200", subject="erreur adresse",
  body="""bonsoir

vous avez encore mis ma vielle adresse sur la facture (rue des Alouettes 9 a Waterloo) alors
que j ai demenage depuis longtemps, maintenant c est Clos du Moulin 3, 1410 Waterloo. et mon
nom c est Fontaine pas Fontain. pouvez vous corriger dans votre fichier svp pour que ca soit
bon la prochaine fois

merci
yannick fontaine""",
  dsar=True, rights=["rectification"], name="yannick fontaine", email="yannick.fontaine@outlook.fr",
  notes="no accents, typos; correct address and surname in client file")

M(lang="fr", frm=("Conformité Web Express", "contact@conformite-web-express.fr"),
  date=None, subject="⚠️ Votre site studiowolkenveld.be n'est PAS conforme au RGPD",
  body="""Madame, Monsieur,

Notre robot d'analyse a détecté 7 non-conformités RGPD sur votre site : bannière cookies
absente, politique de confidentialité incomplète, formulaire de contact sans consentement...

Les amendes peuvent atteindre 20 000 000 € ou 4 % du chiffre d'affaires !

Pour seulement 149 € HT, nos experts mettent votre site en conformité en 48h. Droit d'accès,
droit à l'effacement, registre des traitements : nous nous occupons de tout.

Cliquez ici pour votre audit gratuit.

Pour ne plus recevoir nos messages, répondez STOP.""",
  dsar=False, rights=[], notes="spam about RGPD compliance; no Date header (received null)")

M(lang="fr", frm=("Geoffrey Lambert", "geoffrey.lambert@gmx.fr"),
  date="Tue, 23 Sep 2025 07:12:30 -0400", subject="vos promos",
  body="""Bonjour,

Je vis au Québec depuis cette année et je reçois toujours vos promos "mini-séances de Noël à
Tournai". Ça ne m'intéresse plus du tout. Arrêtez de m'écrire pour vos offres svp, et pas
besoin de me demander pourquoi.

Geoffrey""",
  dsar=True, rights=["objection"], name="Geoffrey", email="geoffrey.lambert@gmx.fr",
  notes="objection to marketing in everyday words; -0400 offset")

M(lang="fr", frm=("Agnès Vermeulen", "agnes.vermeulen@skynet.be"),
  date="Thu, 02 Oct 2025 14:50:22 +0200", subject="Date de naissance erronée",
  body="""Bonjour,

Lors de l'inscription pour le concours photo "Portraits de femmes", vous avez enregistré ma date
de naissance au 12/07/1985 au lieu du 21/07/1958. Cela apparaît dans le catalogue que vous
allez publier, qui me présente comme participante de moins de 40 ans !

Merci de corriger cette date. Et tant que ce n'est pas corrigé, je vous demande de ne pas
utiliser ma fiche ni ma photo dans le catalogue ou ailleurs.

Je joins une photo de ma carte d'identité pour prouver ma date de naissance (prise avec mon
iPhone, j'espère que vous pourrez l'ouvrir).

Agnès Vermeulen""",
  atts=[att("IMG_4471.HEIC", "image/heic", True)],
  dsar=True, rights=["rectification", "restriction"], name="Agnès Vermeulen", email="agnes.vermeulen@skynet.be",
  notes="contested accuracy: correct + don't use meanwhile; ID card as .HEIC (image/heic)")

M(lang="fr", frm=("Lucie Bertrand", "lucie.bertrand@wanadoo.fr"),
  date="Mon, 20 Oct 2025 09:31:45 +0200", subject="Re: Votre demande de suppression",
  body="""Parfait, merci beaucoup pour votre réactivité et bonne continuation !

Lucie

Le ven. 17 oct. 2025 à 16:40, Studio Wolkenveld <hallo@studiowolkenveld.be> a écrit :
> Bonjour Madame Bertrand,
>
> Suite à votre demande du 10 octobre, nous vous confirmons que toutes vos données
> personnelles et vos photographies ont été supprimées de nos systèmes, conformément à
> l'article 17 du RGPD. Vous pouvez à tout moment demander l'accès aux données que nous
> détenons encore (factures, conservées 7 ans pour obligation légale).
>
> Bien cordialement,
> Lotte Verhaeghe – Studio Wolkenveld""",
  dsar=False, rights=[], notes="thank-you reply; only privacy wording is in quoted studio text; non-DSAR")

# ---------------------------------------------------------------- GERMAN (15)
M(lang="de", frm=("Lena Hoffmann", "lena.hoffmann@web.de"),
  date="Wed, 15 Jan 2025 18:09:03 +0100", subject="Fotos auf Instagram",
  body="""Hallo Lotte,

ich hoffe, dir geht's gut! Du hattest letzten Sommer in Aachen die Porträts von mir gemacht und
ein paar davon auf Instagram und in deiner Story-Highlights "Portraits" gepostet.

Ich fange jetzt eine neue Stelle an und möchte ehrlich gesagt nicht, dass meine neuen Kollegen
die Bilder finden. Könntest du die Posts und das Highlight mit mir bitte rausnehmen? Danke dir!

Liebe Grüße
Lena""",
  dsar=True, rights=["withdraw_consent"], name="Lena Hoffmann", email="lena.hoffmann@web.de",
  notes="casual German; take photos off Instagram = withdraw_consent")

M(lang="de", frm=("Dr. Markus Weigand", "m.weigand@t-online.de"),
  date="Tue, 11 Feb 2025 10:20:00 +0100", subject="Auskunftsersuchen nach Art. 15 DSGVO",
  body="""Dr. Markus Weigand
Lindenallee 7
50968 Köln

An: Studio Wolkenveld, Verantwortlicher im Sinne der DSGVO

Köln, 11.02.2025

Auskunftsersuchen gemäß Art. 15 DSGVO

Sehr geehrte Damen und Herren,

hiermit mache ich von meinem Recht auf Auskunft gemäß Art. 15 DSGVO Gebrauch. Bitte teilen Sie
mir mit, ob Sie personenbezogene Daten über mich verarbeiten. Falls ja, verlange ich Auskunft
über diese Daten sowie über
1. die Verarbeitungszwecke,
2. die Kategorien personenbezogener Daten,
3. die Empfänger, gegenüber denen die Daten offengelegt worden sind,
4. die geplante Speicherdauer,
5. das Bestehen eines Rechts auf Berichtigung, Löschung oder Einschränkung (Art. 16-18 DSGVO)
   sowie eines Widerspruchsrechts (Art. 21 DSGVO),
6. die Herkunft der Daten.

Ferner bitte ich um eine kostenlose Kopie der Daten gemäß Art. 15 Abs. 3 DSGVO.

Ich erwarte Ihre Antwort innerhalb der Frist von einem Monat (Art. 12 Abs. 3 DSGVO). Sollte ich
keine Antwort erhalten, behalte ich mir vor, mich bei der zuständigen Aufsichtsbehörde zu
beschweren.

Zur Identifikation füge ich eine Kopie meines Personalausweises (Vorder- und Rückseite) bei.

Mit freundlichen Grüßen
Dr. Markus Weigand""",
  atts=[att("Perso_vorne.png", "image/png", True), att("Perso_hinten.png", "image/png", True)],
  dsar=True, rights=["access"], name="Dr. Markus Weigand", email="m.weigand@t-online.de",
  notes="generator-style Art. 15 letter; mentions 16-18/21 only as information; ID front+back PNG")

M(lang="de", frm=("Jana Krüger", "jana.krueger@gmx.de"),
  date="Thu, 06 Mar 2025 20:45:17 +0100", subject="Anfrage Hochzeitsreportage 2026",
  body="""Hallo liebes Studio-Team,

mein Verlobter und ich heiraten am 6. Juni 2026 in Malmedy und suchen eine Fotografin für den
ganzen Tag (Getting Ready bis Eröffnungstanz). Habt ihr an dem Tag noch Zeit?

Uns ist wichtig, dass keine Bilder von uns ohne Rückfrage online gestellt werden, da mein
Verlobter Polizist ist. Ist das bei euch möglich? Und wie lange bewahrt ihr die Originaldateien
auf?

Viele Grüße
Jana Krüger""",
  dsar=False, rights=[], notes="wedding booking inquiry with privacy preferences for the future; non-DSAR")

M(lang="de", frm=("Tobias Brandt", "tobi.brandt@posteo.de"),
  date="Sat, 29 Mar 2025 03:14:56 +0100", subject="Löschen!!!",
  body="""Ich habe Ihnen vor Jahren mal Bewerbungsfotos bezahlt und seitdem bin ich anscheinend in
Ihrer Kundendatei. Ich will das nicht. Löschen Sie sofort ALLE Daten, die Sie über mich haben,
Fotos, Adresse, Telefonnummer, alles. Und bestätigen Sie mir das schriftlich.

T. Brandt""",
  dsar=True, rights=["erasure"], name="T. Brandt", email="tobi.brandt@posteo.de",
  notes="angry, night-time; display name full, signature abbreviated")

M(lang="de", frm=("Raphael Kessler", "raphael.kessler@skynet.be"),
  date="Mon, 14 Apr 2025 11:05:38 +0200", subject="Fotos von meinem Sohn Noah - Fußballturnier Eupen",
  body="""Guten Tag Frau Verhaeghe,

Sie haben beim Jugendturnier des KAS Eupen am 5. April fotografiert. Auf Ihrer Webseite und auf
Ihrer Facebook-Seite ist jetzt ein Bild, auf dem mein Sohn Noah (9 Jahre) groß im Vordergrund
zu sehen ist.

Die Einverständniserklärung des Vereins haben wir damals unterschrieben, aber wir ziehen sie
für Noah hiermit zurück. Bitte nehmen Sie das Bild von der Webseite und von Facebook herunter.

Mit freundlichen Grüßen aus Eupen
Raphael Kessler""",
  atts=[att("Screenshot_2025-04-13_facebook.png", "image/png", False)],
  dsar=True, rights=["withdraw_consent"], name="Raphael Kessler", email="raphael.kessler@skynet.be",
  notes="East-Belgian parent acting for son Noah; requester = writing parent; screenshot attachment (not ID)")

M(lang="de", frm=FORM, reply_to=("Monika Schäfer", "monika.schaefer@freenet.de"),
  date="Tue, 29 Apr 2025 16:48:02 +0200", subject="Kontaktformular: Newsletter",
  body="""Neue Nachricht über das Kontaktformular (studiowolkenveld.be/de/kontakt)

Name: Monika Schäfer
E-Mail: monika.schaefer@freenet.de
Betreff: Newsletter

Nachricht:
Guten Tag, bitte tragen Sie mich aus Ihrem Newsletter aus und schicken Sie mir keine Werbung
mehr. Den Abmeldelink unten in der Mail finde ich auf dem Handy nicht. Danke.

---
Diese E-Mail wurde über das Kontaktformular von Studio Wolkenveld gesendet.""",
  dsar=True, rights=["objection"], name="Monika Schäfer", email="monika.schaefer@freenet.de",
  notes="contact form notification with Reply-To = requester; unsubscribe = objection")

M(lang="de", frm=("Buchhaltung Autohaus Jansen", "buchhaltung@autohaus-jansen-stvith.be"),
  date="Wed, 14 May 2025 09:12:44 +0200", subject="Rechnung doppelt erhalten",
  body="""Guten Morgen,

wir haben Ihre Rechnung Nr. 2025-052 für das Fotoshooting der neuen Modelle zweimal per Mail
bekommen. Bitte löschen Sie die doppelte Rechnung bei sich, damit sie nicht gemahnt wird. Wir
überweisen den Betrag diese Woche.

Außerdem bräuchten wir die Bilder noch in einer kleineren Auflösung für unsere Webseite.

Mit freundlichen Grüßen
Petra Jansen
Autohaus Jansen GmbH, St. Vith""",
  dsar=False, rights=[], notes="duplicate invoice deletion + image resolution request from a business client; non-DSAR")

M(lang="de", frm=("Katharina Lindner", "katharina.lindner@gmail.com"),
  date="Fri, 30 May 2025 14:27:19 +0200", subject="Namensänderung nach Hochzeit",
  body="""Hallo Lotte,

kleine Bitte: Seit unserer Hochzeit (danke nochmal für die wunderschönen Fotos!) heiße ich
Katharina Berger. In deiner Kundenkartei und auf der Rechnungsadresse steht noch Lindner. Kannst
du das bitte ändern? Und neue Mails bitte an katharina.berger@mailbox.org, die alte Adresse
lösche ich bald.

Liebe Grüße
Katharina""",
  dsar=True, rights=["rectification"], name="Katharina Lindner", email="katharina.lindner@gmail.com",
  notes="rectification of surname and e-mail; new surname/address inside the request are NOT the requester fields")

M(lang="de", frm=("Stefan Wirtz", "stefan.wirtz@wirtz-bau.be"),
  date="Tue, 17 Jun 2025 08:55:01 +0200", subject="Baustellenfotos - bitte nicht löschen",
  body="""Guten Tag,

Sie hatten mir angekündigt, dass Sie nach Ende unserer Zusammenarbeit die Daten und Fotos
unseres Termins vom März löschen. Bitte tun Sie das vorerst NICHT. Ich brauche die Aufnahmen
und die E-Mails als Beweismittel in einem Rechtsstreit mit dem Bauherrn.

Bis das Verfahren abgeschlossen ist, bitte die Fotos nirgends zeigen oder weitergeben, nur
aufbewahren. Ich melde mich, wenn es erledigt ist.

Mit freundlichen Grüßen
Stefan Wirtz""",
  dsar=True, rights=["restriction"], name="Stefan Wirtz", email="stefan.wirtz@wirtz-bau.be",
  notes="'do not delete, I need it for a dispute' = restriction")

M(lang="de", frm=("Miriam Yıldız", "miriam.yildiz@outlook.de"),
  date="Thu, 03 Jul 2025 19:40:33 +0300", subject="Meine Bilder und Daten mitnehmen",
  body="""Hallo,

ich ziehe nach Istanbul und werde dort mit einer anderen Fotografin weiterarbeiten, die meine
Modelmappe weiterführt. Könnten Sie ihr meine Fotos aus den letzten zwei Jahren und meine
Maße/Kontaktdaten direkt übermitteln? Am besten die Originaldateien und die Daten als
Excel- oder CSV-Datei. Ihre Adresse: studio@selin-aksoy-photo.com.tr

Vielen Dank und alles Gute!
Miriam Yıldız""",
  dsar=True, rights=["portability"], name="Miriam Yıldız", email="miriam.yildiz@outlook.de",
  notes="transfer to another photographer as CSV = portability; dotless ı in name; Turkey offset; third-party address in body is not requester")

M(lang="de", frm=("Florian Metzger", "florian.metzger@kanzlei-metzger.de"),
  date="Mon, 21 Jul 2025 06:00:02 +0200", subject="Abwesenheitsnotiz: Ihre Anfrage",
  headers={"Auto-Submitted": "auto-replied"},
  body="""Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 8. August 2025 nicht im Büro. Ihre E-Mail wird nicht weitergeleitet.
In dringenden Fällen wenden Sie sich bitte an unser Sekretariat (+49 221 555 0192).

Hinweis: Diese E-Mail kann vertrauliche Informationen enthalten. Informationen zum Datenschutz
und zu Ihren Rechten auf Auskunft und Löschung finden Sie unter kanzlei-metzger.de/datenschutz.

Florian Metzger, Rechtsanwalt""",
  dsar=False, rights=[], notes="out-of-office; privacy footer mentions Auskunft/Löschung; non-DSAR")

M(lang="de", frm=("Sabine Nowak", "sabine.nowak@arcor.de"),
  date="Wed, 06 Aug 2025 13:13:13 +0200", subject="Widerspruch gemäß Art. 21 DSGVO und Einschränkung nach Art. 18 DSGVO",
  body="""Sabine Nowak
Goethestraße 21
52064 Aachen

Sehr geehrte Damen und Herren,

hiermit widerspreche ich gemäß Art. 21 Abs. 2 DSGVO der Verarbeitung meiner
personenbezogenen Daten zum Zwecke der Direktwerbung, einschließlich Newsletter und
Werbe-E-Mails. Zudem widerspreche ich der Nutzung meiner Bilder auf Grundlage Ihres
"berechtigten Interesses" (Art. 6 Abs. 1 lit. f DSGVO).

Für die Dauer der Prüfung meines Widerspruchs verlange ich gemäß Art. 18 Abs. 1 lit. d DSGVO
die Einschränkung der Verarbeitung meiner Daten.

Ich fordere Sie auf, mir die Umsetzung innerhalb eines Monats schriftlich zu bestätigen.
Andernfalls werde ich mich an die zuständige Datenschutzaufsichtsbehörde wenden.

Mit freundlichen Grüßen
Sabine Nowak""",
  dsar=True, rights=["restriction", "objection"], name="Sabine Nowak", email="sabine.nowak@arcor.de",
  notes="formal letter: objection (marketing + legitimate interest) and restriction pending review")

M(lang="de", frm=BRAM,
  date="Fri, 22 Aug 2025 10:02:47 +0200", subject="WG: Bitte Daten löschen",
  body="""Hoi Lotte,
in bijlage een mail die in de info-box van de beurs terechtkwam. Duitstalig, wil dat alles
gewist wordt. Kan jij dit afhandelen?
Groetjes, Bram""",
  fwd_attach={"frm": ("Heike Zimmermann", "heike.zimmermann@gmx.net"),
              "date": "Wed, 20 Aug 2025 21:33:10 +0200", "subject": "Bitte Daten löschen",
              "filename": "Bitte Daten löschen.eml",
              "body": """Guten Abend,

ich war auf der Hochzeitsmesse in Lüttich an Ihrem Stand und habe mich für das Gewinnspiel
eingetragen. Ich möchte jetzt, dass Sie meinen Namen, meine E-Mail-Adresse und meine
Telefonnummer komplett aus Ihren Unterlagen löschen.

Danke
Heike Zimmermann"""},
  dsar=True, rights=["erasure"], name="Heike Zimmermann", email="heike.zimmermann@gmx.net",
  notes="forward as attachment (message/rfc822) by studio colleague; note in Dutch; requester inside attached mail")

M(lang="de", frm=("Jonas Reuter", "jonas.reuter@icloud.com"),
  date="Sun, 14 Sep 2025 17:26:08 +0100", subject="Export meiner Daten",
  body="""Hi,

ich bin seit 2021 bei euch im "Familien-Abo" (jährliches Shooting). Ich würde gern alles, was
ich euch über die Jahre gegeben habe – Kontaktdaten, Geburtstage der Kinder, Bestellungen, und
die Bilder natürlich – in einem Format bekommen, das ich in meine eigene Fotoverwaltung
importieren kann (JSON oder CSV + Originale). Geht das?

Danke!
Jonas""",
  dsar=True, rights=["portability"], name="Jonas", email="jonas.reuter@icloud.com",
  notes="portability in plain words (JSON/CSV + originals); +0100 offset in September (UK/Portugal summer time)")

M(lang="de", frm=("Ursula Haas", "ursula.haas@bluewin.ch"),
  date="Montag, 13. Oktober 2025 10:15", subject="Erinnerung: meine Anfrage vom 5. September",
  body="""Sehr geehrte Frau Verhaeghe,

am 5. September habe ich Sie gebeten, mir mitzuteilen, welche Daten Sie über mich gespeichert
haben, und mir eine Kopie davon zu schicken (ich war 2019 und 2020 bei Ihnen für
Familienfotos). Bis heute habe ich keine Antwort erhalten.

Die gesetzliche Frist von einem Monat ist inzwischen abgelaufen. Ich bitte Sie, mir die
Auskunft nun umgehend zu erteilen.

Mit freundlichen Grüßen
Ursula Haas""",
  dsar=True, rights=["access"], name="Ursula Haas", email="ursula.haas@bluewin.ch",
  notes="reminder of earlier access request; Date header is free text (received null)")

# ---------------------------------------------------------------- ENGLISH (10)
M(lang="en", frm=("Priya Raghunathan", "priya.raghu92@gmail.com"),
  date="Fri, 24 Jan 2025 15:42:10 +0530", subject="please remove me",
  body="""Hello,

I did a headshot session with you in Brussels when I was working there in 2023. Now I am back
in Chennai. Kindly remove my photos from your website gallery and also delete all my details
and pictures from your system, I do not want my data to stay with you anymore.

Thanking you,
Priya Raghunathan""",
  dsar=True, rights=["erasure", "withdraw_consent"], name="Priya Raghunathan", email="priya.raghu92@gmail.com",
  notes="non-native English; remove from website + delete all; India offset")

M(lang="en", frm=("Daniel O'Connor", "dan.oconnor@eircom.net"),
  date="Mon, 10 Mar 2025 11:00:00 +0000", subject="Data portability request under Article 20 GDPR",
  body="""Daniel O'Connor
27 Harbour View
Cobh, Co. Cork
Ireland

Dear Sir or Madam,

I am writing to exercise my right to data portability under Article 20 of the General Data
Protection Regulation.

Please provide the personal data concerning me which I have provided to you, including the
photographs taken during my session of 14 June 2024, in a structured, commonly used and
machine-readable format. Where technically feasible, I also request that you transmit this
data directly to Harbour Light Photography (info@harbourlight-photo.ie).

I note that under Articles 15 to 22 I hold further rights which I reserve. Please respond
without undue delay and in any event within one month of receipt (Article 12(3)). If you do
not, I may lodge a complaint with the supervisory authority.

Yours faithfully,
Daniel O'Connor""",
  dsar=True, rights=["portability"], name="Daniel O'Connor", email="dan.oconnor@eircom.net",
  notes="generator-style letter; portability only; third-party photographer address is not the requester")

M(lang="en", frm=("Growth Team", "hello@rankrocket-seo.io"),
  date="Wed, 09 Apr 2025 04:17:55 -0700", subject="Quick question about studiowolkenveld.be",
  body="""Hi there,

I was checking studiowolkenveld.be and noticed your photos load slowly and your privacy policy
isn't GDPR-ready - that can hurt your Google ranking AND get you fined.

We help photographers get to page 1 and handle all consent, data deletion and access requests
automatically. Can I send you a free 3-minute video audit?

Cheers,
Mike
RankRocket SEO

If you don't want to hear from me again, just reply "no thanks".""",
  dsar=False, rights=[], notes="spam mentioning GDPR, deletion and access requests; non-DSAR")

M(lang="en", frm=("Mail Delivery Subsystem", "mailer-daemon@mail.mcsv-relay.net"),
  date="Thu, 01 May 2025 08:03:12 +0000", subject="Undelivered Mail Returned to Sender",
  headers={"Auto-Submitted": "auto-replied"},
  body="""This is the mail system at host mail.mcsv-relay.net.

I'm sorry to have to inform you that your message could not be delivered to one or more
recipients. It's attached below.

<f.peeters@oldcompany-gent.be>: host mx.oldcompany-gent.be[192.0.2.44] said: 550 5.1.1
    User unknown (in reply to RCPT TO command)

----- Original message -----
Subject: Wolkenveld Nieuws – mei: nieuwe fotoshoots & jouw privacy
From: Studio Wolkenveld <nieuwsbrief@studiowolkenveld.be>

Je ontvangt deze nieuwsbrief omdat je je hebt ingeschreven. Wil je je gegevens inzien of laten
verwijderen? Klik hier om je uit te schrijven.""",
  dsar=False, rights=[], notes="newsletter bounce; privacy text is the studio's own newsletter; non-DSAR")

M(lang="en", frm=("Anna Kowalczyk", "anna.kowalczyk@northlane-logistics.com"),
  reply_to=("Anna Kowalczyk", "ania.kowalczyk@onet.pl"),
  date="Tue, 27 May 2025 13:45:09 +0200", subject="Objection to processing of my personal data for marketing",
  body="""Dear Studio Wolkenveld,

I hereby object, pursuant to Article 21(2) and (3) GDPR, to any processing of my personal data
for direct marketing purposes, including your newsletter, "client spotlight" e-mails and any
profiling related to it. I also object under Article 21(1) to the use of my e-mail address for
"customer satisfaction" surveys based on your legitimate interest.

I am aware of my rights under Articles 15, 16, 17 and 20 GDPR, which I do not exercise at this
time. Please confirm within one month that you have complied, failing which I reserve the right
to lodge a complaint with the competent supervisory authority.

Please send your reply to my private address (see Reply-To), not to my work mailbox.

Kind regards,
Anna Kowalczyk""",
  dsar=True, rights=["objection"], name="Anna Kowalczyk", email="ania.kowalczyk@onet.pl",
  notes="formal objection letter from work account; Reply-To private address; other articles mentioned but not exercised")

M(lang="en", frm=("Mark Janssens", "mark.janssens@telenet.be"),
  date="Sun, 15 Jun 2025 20:20:20 +0200", subject="On behalf of my wife Els - her newborn shoot photos",
  body="""Hi Lotte,

My wife Els asked me to write to you because she is not feeling so well at the moment. You did
the newborn shoot of our son last year, and we see that some of the photos with Els are used in
your "newborn packages" brochure.

There is a complaint pending with her employer about something unrelated and she doesn't want
those photos out there right now. Please don't delete anything, we might want to order prints
later, but stop using the photos of her in the brochure and online until we let you know.

Thanks for understanding,
Mark Janssens (for Els Janssens-Vos)""",
  dsar=True, rights=["restriction"], name="Mark Janssens", email="mark.janssens@telenet.be",
  notes="partner acting for wife Els; requester = writing partner; don't delete but stop using = restriction")

M(lang="en", frm=("Sofia Marinelli", "sofia.marinelli.mgmt@gmail.com"),
  date="Wed, 09 Jul 2025 09:09:09 +0200", subject="my pictures in your ads",
  html=True,
  body="""Hi Lotte,

I saw my face on a Facebook ad for your "model day" workshop. When we did the shoot I agreed for
portfolio on your website, not for paid ads. I don't give my permission anymore for any use of
these pictures, not on the website and not in advertising. Please take them down.

Best,
Sofia Marinelli
Model – Milano / Antwerpen""",
  inline=[att("image001.png", "image/png", False, inline=True)],
  dsar=True, rights=["withdraw_consent"], name="Sofia Marinelli", email="sofia.marinelli.mgmt@gmail.com",
  notes="model withdraws consent for all use; HTML with inline signature logo (not ID)")

M(lang="en", frm=("Tomasz Zielinski", "tomek.zielinski@wp.pl"),
  date="Fri, 01 Aug 2025 12:03:57 +0200", subject="update",
  body="""hi, pls correct my phone nr in your system, new one is +32 470 33 91 08. also email
is wrong on my invoices (tomasz.zielinsky@ with y) should be this one i write from. thx
Tomasz""",
  dsar=True, rights=["rectification"], name="Tomasz Zielinski", email="tomek.zielinski@wp.pl",
  notes="short, informal; correct phone and e-mail")

M(lang="en", frm=("Rebecca Hughes", "becky.hughes@btinternet.com"),
  date="Thu, 18 Sep 2025 22:05:41 +0100", subject="Gallery before sharing with family",
  body="""Hi Lotte,

Thank you so much for the family photos, they're lovely! Before I send the gallery link to the
grandparents, could you please delete the blurry ones of my dad (numbers 34 to 39) and the one
where my sister has her eyes closed (#52)? She'd kill me.

Also, would it be possible to get the files in black and white as well?

Thanks again,
Becky""",
  dsar=False, rights=[], notes="asks to delete some blurry images from the client gallery (editing service), non-DSAR; UK offset")

M(lang="en", frm=FORM, reply_to=("Chen Wei", "chen.wei.ghent@gmail.com"),
  date="Mon, 06 Oct 2025 11:34:26 +0200", subject="New contact form submission",
  body="""New message from studiowolkenveld.be/en/contact

Name: Chen Wei
Email: chen.wei.ghent@gmail.com
Phone:
Subject: My data

Message:
Hello, I was a client for graduation photos in 2024. I would like to know which personal data
you still keep about me, and please send me a copy. If possible also an export of my photos and
details in a normal file format (zip with the images + a csv), I want to keep it myself.
Thank you.

--
This message was sent from the contact form on Studio Wolkenveld.""",
  dsar=True, rights=["access", "portability"], name="Chen Wei", email="chen.wei.ghent@gmail.com",
  notes="contact form notification with Reply-To = requester; access + portability")


# ---------------------------------------------------------------- build
MAILERS = ["Microsoft Outlook 16.0", "Apple Mail (2.3774.500.171.1.1)", None,
           "Mozilla Thunderbird", None, "Roundcube Webmail/1.6.9"]
CHARSETS = [("utf-8", "quoted-printable"), ("utf-8", "8bit"), ("utf-8", "base64"),
            ("windows-1252", "quoted-printable")]


def addr(pair):
    name, a = pair
    if not name:
        return a
    local, dom = a.split("@")
    return str(Address(display_name=name, username=local, domain=dom))


def to_html(text):
    import html
    return "<html><body>" + "".join(
        "<p>%s</p>" % html.escape(p).replace("\n", "<br>") for p in text.split("\n\n")) + \
        '<p><img src="cid:sig-logo@mail"></p></body></html>'


def build_one(i, m):
    msg = EmailMessage()
    msg["From"] = addr(m["frm"])
    msg["To"] = addr(STUDIO)
    if m.get("reply_to"):
        msg["Reply-To"] = addr(m["reply_to"])
    if m["subject"]:
        msg["Subject"] = m["subject"]
    msg["Message-ID"] = "<%04d.%s@%s>" % (i, "b11", m["frm"][1].split("@")[1])
    msg["MIME-Version"] = "1.0"
    mailer = MAILERS[i % len(MAILERS)]
    if mailer:
        msg["X-Mailer"] = mailer
    for k, v in m.get("headers", {}).items():
        msg[k] = v
    cs, cte = CHARSETS[i % len(CHARSETS)]
    body = m["body"] + "\n"
    try:
        body.encode(cs)
    except UnicodeEncodeError:
        cs = "utf-8"
    msg.set_content(body, charset=cs, cte=cte)
    if m.get("html"):
        msg.add_alternative(to_html(m["body"]), subtype="html", charset="utf-8", cte="quoted-printable")
        htmlpart = msg.get_payload()[1]
        for a in m.get("inline", []):
            mt, st = a["content_type"].split("/")
            htmlpart.add_related(DATA[a["content_type"]], mt, st, cid="<sig-logo@mail>",
                                 filename=a["filename"], disposition="inline")
    for a in m.get("atts", []):
        mt, st = a["content_type"].split("/")
        msg.add_attachment(DATA[a["content_type"]], mt, st, filename=a["filename"])
    fw = m.get("fwd_attach")
    if fw:
        inner = EmailMessage()
        inner["From"] = addr(fw["frm"])
        inner["To"] = addr(STUDIO)
        inner["Date"] = fw["date"]
        inner["Subject"] = fw["subject"]
        inner.set_content(fw["body"] + "\n", cte="quoted-printable")
        msg.add_attachment(inner, filename=fw["filename"])
    pol = policy.SMTP if i % 3 == 0 else policy.default.clone(linesep="\n")
    raw = msg.as_bytes(policy=pol)
    nl = b"\r\n" if i % 3 == 0 else b"\n"
    if m["date"] is not None:
        raw = b"Date: " + m["date"].encode("ascii") + nl + raw
    # ground truth
    received = None
    if m["date"] is not None:
        try:
            received = parsedate_to_datetime(m["date"]).isoformat()
        except (TypeError, ValueError):
            received = None
    atts = [{k: a[k] for k in ("filename", "content_type", "is_id_document")}
            for a in m.get("inline", []) + m.get("atts", [])]
    if fw:
        atts.append({"filename": fw["filename"], "content_type": "message/rfc822", "is_id_document": False})
    rights = [r for r in ORDER if r in m["rights"]]
    assert rights == m["rights"] and len(rights) <= 2 and bool(rights) == m["dsar"], i
    gt = {
        "file": "%04d.eml" % i,
        "is_dsar": m["dsar"],
        "rights": rights,
        "language": m["lang"],
        "requester_name": m.get("name") if m["dsar"] else None,
        "requester_email": m.get("email") if m["dsar"] else None,
        "received": received,
        "attachments": atts,
        "notes": m.get("notes", ""),
    }
    return raw, gt


def main():
    os.makedirs(OUT, exist_ok=True)
    for f in glob.glob(os.path.join(OUT, "[0-9][0-9][0-9][0-9].*")):
        os.remove(f)
    for i, m in enumerate(MAILS, 1):
        raw, gt = build_one(i, m)
        with open(os.path.join(OUT, "%04d.eml" % i), "wb") as fh:
            fh.write(raw)
        with open(os.path.join(OUT, "%04d.json" % i), "w", encoding="utf-8") as fh:
            json.dump(gt, fh, ensure_ascii=False, indent=2)
            fh.write("\n")
    print("wrote %d mails to %s" % (len(MAILS), OUT))


if __name__ == "__main__":
    main()
