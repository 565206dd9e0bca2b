# French mails (Brussels, Wallonia, some France)

# 31 access, terse
M("fr", "Mathieu Vandenbussche <mathieu.vdb@skynet.be>", "mes données", D(2024, 3, 12, 22, 17, 40, 60),
  "Bonjour,\nqu'est-ce que vous gardez sur moi exactement ? Vous aviez fait les photos de ma communion en 2019.\nMathieu\n",
  ["access"], "Mathieu Vandenbussche", "mathieu.vdb@skynet.be",
  notes="terse; Brussels")

# 32 erasure, angry, Liège
M("fr", "Jérôme Lhoest <jerome.lhoest@proximus.be>", "Suppression IMMÉDIATE", D(2025, 4, 22, 7, 3, 15, 120),
  "Ça fait trois fois que je reçois des rappels pour une séance que j'ai annulée. J'en ai marre. "
  "Supprimez toutes mes données, mon nom, mon numéro, mon adresse, tout. Et ne me recontactez plus.\n\nJ. Lhoest\nLiège\n",
  ["erasure"], "Jérôme Lhoest", "jerome.lhoest@proximus.be", cs="windows-1252", cte="quoted-printable",
  notes="angry; windows-1252 QP; signature only initial, full name in display name")

# 33 withdraw_consent, Instagram, Namur
M("fr", "Camille Dethier <camille.dethier@gmail.com>", "Instagram", D(2024, 8, 5, 14, 51, 2, 120),
  "Bonjour,\n\nPouvez-vous retirer mes photos de votre Instagram svp ? J'avais dit oui au moment du shooting mais "
  "je ne suis plus d'accord, je ne veux plus apparaître sur vos réseaux.\n\nMerci d'avance,\nCamille Dethier\n",
  ["withdraw_consent"], "Camille Dethier", "camille.dethier@gmail.com",
  hdrs=[("X-Mailer", "Apple Mail (2.3774.500.171)")], notes="Namur; plain")

# 34 objection, newsletter, Belgian
M("fr", "Nadia El Khattabi <nadia.elkhattabi@hotmail.be>", "Re: Les mini-séances de Noël sont ouvertes !",
  D(2025, 11, 20, 9, 12, 0, 60),
  "Bonjour,\n\nJe ne veux plus recevoir vos mails publicitaires ni votre newsletter s'il vous plaît. "
  "Ça fait septante fois que je clique sur désinscrire.\n\nNadia\n\n"
  "Le jeu. 20 nov. 2025 à 08:00, Studio Lichtval <hallo@studiolichtval.be> a écrit :\n"
  "> Les mini-séances de Noël sont ouvertes ! Réservez votre créneau à Bruxelles ou à Gand.\n"
  "> Vous ne souhaitez plus recevoir nos e-mails ? Désinscrivez-vous ici.\n",
  ["objection"], "Nadia El Khattabi", "nadia.elkhattabi@hotmail.be", to=STUDIO_BE,
  notes="reply to newsletter with quoted studio text; Belgian 'septante'")

# 35 formal: access (mentions 12, 17, APD)
M("fr", "Sophie Lambotte <sophie.lambotte@gmail.com>", "Demande d'accès – article 15 du RGPD",
  D(2025, 9, 15, 10, 0, 0, 120),
  "Sophie Lambotte\nRue des Carmes 18\n5000 Namur\n\nNamur, le 15 septembre 2025\n\n"
  "Objet : exercice du droit d'accès (article 15 du RGPD)\n\nMadame, Monsieur,\n\n"
  "Conformément à l'article 15 du Règlement général sur la protection des données, je vous prie de me communiquer "
  "une copie de l'ensemble des données à caractère personnel me concernant que vous détenez, ainsi que les finalités "
  "du traitement, les destinataires, la durée de conservation et la source des données.\n\n"
  "Je vous rappelle que je dispose également du droit d'obtenir l'effacement de mes données (article 17), "
  "droit que je n'exerce pas par la présente.\n\n"
  "Conformément à l'article 12, paragraphe 3, vous disposez d'un délai d'un mois à compter de la réception de la présente "
  "pour y répondre. À défaut de réponse, je me réserve le droit d'introduire une plainte auprès de l'Autorité de "
  "protection des données.\n\n"
  "Veuillez agréer, Madame, Monsieur, l'expression de mes salutations distinguées.\n\nSophie Lambotte\n",
  ["access"], "Sophie Lambotte", "sophie.lambotte@gmail.com", to=STUDIO_BE,
  notes="generator-site letter; art. 17 cited but not exercised; APD complaint")

# 36 formal: erasure, France, CNIL
M("fr", "Antoine Mercier-Duval <a.mercierduval@orange.fr>", "Demande d'effacement de données personnelles (art. 17 RGPD)",
  "lundi 3 mars 2025 18:40",
  "Antoine Mercier-Duval\n12 rue Gambetta\n59000 Lille\nFrance\n\nMadame, Monsieur,\n\n"
  "En application de l'article 17 du RGPD, je vous demande d'effacer dans les meilleurs délais l'ensemble des données "
  "personnelles me concernant figurant dans vos fichiers (coordonnées, photographies, historique de commandes).\n\n"
  "Je vous rappelle que l'article 21 me permet par ailleurs de m'opposer au traitement, et l'article 15 d'accéder à mes "
  "données. Vous voudrez bien me confirmer l'effacement dans un délai d'un mois (article 12.3). À défaut, je saisirai "
  "la CNIL.\n\nJe vous prie d'agréer mes salutations distinguées.\n\nAntoine Mercier-Duval\n",
  ["erasure"], "Antoine Mercier-Duval", "a.mercierduval@orange.fr", received=None,
  notes="generator-site letter; free-text French Date header -> unparsable, received null; 15/21 in passing")

# 37 formal: objection prospection
M("fr", "Hélène Gobert <helene.gobert@telenet.be>", "Opposition au traitement à des fins de prospection",
  D(2024, 1, 25, 16, 22, 45, 60),
  "Madame, Monsieur,\n\nPar la présente, je m'oppose, sur la base de l'article 21 du RGPD, au traitement de mes données "
  "personnelles à des fins de prospection commerciale, y compris l'envoi de votre lettre d'information.\n\n"
  "Cette demande ne vise pas l'accès (art. 15) ni l'effacement (art. 17) de mes données.\n\n"
  "Je vous saurais gré de me confirmer la prise en compte de mon opposition dans le délai d'un mois prévu à l'article 12 "
  "du RGPD, faute de quoi je me réserve le droit de saisir l'Autorité de protection des données.\n\n"
  "Hélène Gobert\nAvenue Louise 231, 1050 Ixelles\n",
  ["objection"], "Hélène Gobert", "helene.gobert@telenet.be", to=STUDIO_BE,
  notes="generator-site letter; explicitly not access/erasure")

# 38 parent for child, withdraw_consent
M("fr", "Valérie Dumont-Lecomte <valerie.dumontlecomte@gmail.com>", "photo de mon fils sur votre site",
  D(2026, 5, 11, 20, 5, 33, 120),
  "Bonjour,\n\nJe suis la maman de Noah Lecomte (6 ans), photographié lors de la séance famille à Waterloo en mars. "
  "Je vois qu'une photo de lui est sur la page d'accueil de votre site. Je retire mon accord : merci de la retirer du site "
  "et de vos réseaux sociaux. Vous pouvez garder le reste du dossier pour la facture.\n\n"
  "Bien à vous,\nValérie Dumont-Lecomte\n",
  ["withdraw_consent"], "Noah Lecomte", "valerie.dumontlecomte@gmail.com", to=STUDIO_BE,
  notes="parent for child; requester_name is the child; 'Bien à vous' Belgian")

# 39 lawyer on behalf, restriction
M("fr", "Maître Olivier Renard <o.renard@renard-avocats.be>", "V/Réf. : M. Karim Bouazza – conservation des images",
  D(2024, 10, 14, 11, 30, 0, 120),
  "Madame, Monsieur,\n\nJe vous écris en ma qualité de conseil de M. Karim Bouazza.\n\n"
  "Mon client est actuellement en litige avec son ancien employeur au sujet de l'événement du 8 juin 2024 que vous avez "
  "filmé. Je vous demande, en son nom, de ne pas effacer les images et données le concernant, mais de limiter leur "
  "utilisation à leur seule conservation jusqu'à l'issue de la procédure. Aucune diffusion ni transmission à des tiers "
  "ne doit intervenir dans l'intervalle.\n\n"
  "Je vous prie d'agréer, Madame, Monsieur, l'expression de mes sentiments distingués.\n\n"
  "Olivier Renard\nAvocat au barreau de Bruxelles\nRue de la Régence 58, 1000 Bruxelles\n",
  ["restriction"], "Karim Bouazza", "o.renard@renard-avocats.be", to=STUDIO_BE,
  notes="lawyer on behalf; name is the client, e-mail the lawyer's From")

# 40 contact form, rectification
M("fr", "Studio Lichtval website <noreply@studiolichtval.nl>", "Nouveau message – formulaire de contact",
  D(2025, 6, 28, 23, 11, 4, 120),
  "Nouveau message reçu via le formulaire de contact\n\n"
  "Nom : Émilie Vanhoutte\n"
  "E-mail : emilie.vanhoutte@gmail.com\n"
  "Téléphone : 0478 12 34 56\n"
  "Message :\nBonjour, il y a une faute dans mon adresse mail chez vous, vous m'écrivez à emilie.vanhoute@gmail.com "
  "(avec un seul t) et je ne reçois rien. La bonne est celle-ci. Pouvez-vous corriger ? Merci !\n",
  ["rectification"], "Émilie Vanhoutte", "emilie.vanhoutte@gmail.com", to="info@studiolichtval.nl",
  reply_to="emilie.vanhoutte@gmail.com",
  notes="contact form with Reply-To set to requester; wrong address in message is not requester")

# 41 forwarded (Outlook style, Dutch note) - portability
M("fr", "Bram Van Acker <bram@studiolichtval.be>", "TR: transfert de mes photos",
  D(2025, 2, 3, 9, 18, 27, 60),
  "Dag Marit, zie hieronder, een Franstalige klant uit Charleroi. Kan jij dit opvolgen?\nBram\n\n"
  "-------- Message transféré --------\n"
  "Sujet : transfert de mes photos\n"
  "Date : Sun, 2 Feb 2025 18:02:44 +0100\n"
  "De : Didier Pirson <didier.pirson@voo.be>\n"
  "Pour : hallo@studiolichtval.be\n\n"
  "Bonjour,\n\nJe vais travailler avec un autre photographe pour l'album de mariage. Pouvez-vous lui transmettre "
  "directement mes photos et mes informations de commande (ou me les envoyer dans un format lisible, un fichier Excel "
  "par exemple) ?\n\nCordialement,\nDidier Pirson\n",
  ["portability"], "Didier Pirson", "didier.pirson@voo.be", to="Marit Hoogeveen <marit@studiolichtval.nl>",
  notes="Thunderbird-style French forward with Dutch forward note by colleague; requester inside")

# 42 reply with quoted studio text - portability, France
M("fr", "Léa Fournier <lea.fournier@free.fr>", "RE: Votre galerie expire bientôt",
  D(2024, 6, 3, 8, 27, 59, 120),
  "Bonjour,\n\nAvant que la galerie expire, pourriez-vous m'envoyer l'ensemble de mes fichiers et les données de mon "
  "compte client dans un format que je peux réutiliser ailleurs (zip + fichier CSV) ? Je change de prestataire.\n\n"
  "Léa\n\n"
  "De : Studio Lichtval <info@studiolichtval.nl>\nEnvoyé : vendredi 31 mai 2024 10:00\nÀ : Léa Fournier\n"
  "Objet : Votre galerie expire bientôt\n\n"
  "Bonjour Léa,\nVotre galerie expire dans 7 jours. Ensuite, toutes les photos seront supprimées de nos serveurs.\n"
  "Studio Lichtval\n",
  ["portability"], "Léa Fournier", "lea.fournier@free.fr",
  html="<div>Bonjour,<br><br>Avant que la galerie expire, pourriez-vous m'envoyer l'ensemble de mes fichiers et les "
       "données de mon compte client dans un format que je peux réutiliser ailleurs (zip + fichier CSV) ? "
       "Je change de prestataire.<br><br>Léa</div><hr><div><b>De :</b> Studio Lichtval<br><b>Objet :</b> Votre galerie "
       "expire bientôt<br><br>Bonjour Léa,<br>Votre galerie expire dans 7 jours. Ensuite, toutes les photos seront "
       "supprimées de nos serveurs.</div>",
  notes="Outlook-style reply; quoted studio text mentions deletion")

# 43 work account + private Reply-To - erasure + withdraw_consent
M("fr", "Pauline Collignon <p.collignon@bnp-fortis-partners.be>", "Mes photos et mes données",
  D(2025, 12, 2, 13, 47, 20, 60),
  "Bonjour,\n\nJe vous écris depuis le bureau, merci de répondre sur mon adresse privée.\n\n"
  "Je ne souhaite plus que vous utilisiez mes photos (site, Facebook, brochure) et je vous demande ensuite d'effacer "
  "toutes les données que vous avez sur moi.\n\nMerci,\nPauline Collignon\n",
  ["erasure", "withdraw_consent"], "Pauline Collignon", "pauline.collignon@gmail.com",
  reply_to="pauline.collignon@gmail.com", to=STUDIO_BE,
  notes="work From, private Reply-To is requester; two rights")

# 44 reminder - objection
M("fr", "Grégory Hanssens <greg.hanssens@skynet.be>", "RAPPEL - désinscription",
  "Tue, 9 Jul 2024 21:03:55 +0200 (CEST)",
  "Bonjour,\n\nJe vous ai déjà demandé le 14 juin d'arrêter de m'envoyer vos offres par mail. Je reçois toujours votre "
  "newsletter. Merci de me retirer de vos listes de diffusion une fois pour toutes.\n\nGrégory Hanssens\n",
  ["objection"], "Grégory Hanssens", "greg.hanssens@skynet.be", to=STUDIO_BE,
  notes="reminder; Date with (CEST) comment")

# 45 access with ID card PDF
M("fr", "Isabelle Marchal <isabelle.marchal@yahoo.fr>", "Demande de copie de mes données",
  D(2026, 1, 19, 15, 38, 2, 60),
  "Bonjour,\n\nJe souhaiterais recevoir une copie de toutes les données personnelles que vous conservez à mon sujet, "
  "y compris les photos de la séance grossesse. Comme demandé sur votre site, je joins une copie de ma carte d'identité.\n\n"
  "Cordialement,\nIsabelle Marchal\n",
  ["access"], "Isabelle Marchal", "isabelle.marchal@yahoo.fr", to=STUDIO_BE,
  atts=[("carte_identite_Marchal.pdf", "application/pdf", True, None)],
  notes="ID card as PDF")

# 46 portfolio photo inline - withdraw_consent
M("fr", "Kevin Delvaux <kevin.delvaux@gmail.com>", "photo sur votre portfolio",
  D(2024, 11, 4, 19, 30, 44, 60),
  "Bonjour,\n\nC'est moi sur cette photo (voir ci-dessous) dans votre portfolio \"Corporate\". Je ne travaille plus pour "
  "cette société et je ne veux plus qu'elle soit en ligne. Merci de l'enlever.\n\nKevin Delvaux\n",
  ["withdraw_consent"], "Kevin Delvaux", "kevin.delvaux@gmail.com", to=STUDIO_BE,
  html="<p>Bonjour,</p><p>C'est moi sur cette photo dans votre portfolio \"Corporate\" :</p>"
       "<p><img src='cid:portfolio01@local'></p><p>Je ne travaille plus pour cette société et je ne veux plus qu'elle soit "
       "en ligne. Merci de l'enlever.</p><p>Kevin Delvaux</p>",
  atts=[("image001.jpg", "image/jpeg", False, "portfolio01@local")],
  notes="inline portfolio image (not ID) in multipart/related")

# 47 restriction
M("fr", "Amandine Gillet <amandine.gillet@outlook.be>", "données", "3 Sep 2025 11:07:19 +0300",
  "Bonjour, je conteste certaines informations que vous avez sur moi (date de naissance et adresse). En attendant "
  "votre vérification, gardez mes données mais ne les utilisez plus svp. Je suis en vacances en Turquie, réponse lente.\n"
  "Amandine Gillet\n",
  ["restriction"], "Amandine Gillet", "amandine.gillet@outlook.be", to=STUDIO_BE,
  notes="Turkey offset, no weekday; restriction pending accuracy")

# 48 rectification, accent in name
M("fr", "Remi Lefèvre <remi.lefevre@gmail.com>", "Faute dans mon nom",
  D(2024, 5, 6, 12, 12, 12, 120),
  "Bonjour,\n\nSur ma facture et sur votre compte client, mon prénom est écrit \"Remi\" alors que c'est Rémi, avec un "
  "accent. Pourriez-vous corriger ? Et mon nom de famille prend un è : Lefèvre.\n\nMerci beaucoup,\nRémi Lefèvre\n",
  ["rectification"], "Rémi Lefèvre", "remi.lefevre@gmail.com", cte="8bit",
  notes="rectification of name spelling; display name without accent, signature with accent")

# ---- non-requests ----
# 49 booking
M("fr", "Charlotte Wauters <charlotte.wauters@gmail.com>", "Demande de devis mariage",
  D(2025, 1, 8, 10, 45, 0, 60),
  "Bonjour,\n\nNous nous marions le 13 septembre à Dinant. Seriez-vous disponibles pour la journée complète "
  "(photo + vidéo) ? Pourriez-vous nous envoyer un devis ?\n\nBien à vous,\nCharlotte et Julien\n",
  [], to=STUDIO_BE, notes="booking question")

# 50 invoice
M("fr", "Comptabilité ASBL Les Petits Pas <compta@lespetitspas-asbl.be>", "Facture F-2025-112",
  D(2025, 7, 2, 14, 20, 10, 120),
  "Bonjour,\n\nNous avons bien reçu votre facture F-2025-112. Pourriez-vous y ajouter notre numéro d'entreprise "
  "(BE 0456.789.123) ? Le paiement sera effectué à 30 jours.\n\nCordialement,\nLa comptabilité\n",
  [], to=STUDIO_BE, notes="invoice question")

# 51 supplier newsletter
M("fr", "Objectif Pro Bruxelles <newsletter@objectifpro.be>", "Nouveautés Sony et Canon – offre de rentrée",
  D(2024, 9, 2, 7, 0, 0, 120),
  "Offre de rentrée : -15 % sur les objectifs Sony G Master.\n\n"
  "Vous recevez ce message car vous êtes client chez Objectif Pro. Conformément au RGPD, vous pouvez accéder à vos "
  "données, les rectifier ou les supprimer à tout moment. Se désabonner : objectifpro.be/desinscription\n"
  "Politique de confidentialité : objectifpro.be/vie-privee\n",
  [], to=STUDIO_BE, hdrs=[("List-Unsubscribe", "<mailto:unsub@objectifpro.be>"), ("Precedence", "bulk")],
  notes="supplier newsletter; rights mentioned in footer only")

# 52 out of office
M("fr", "Thierry Bosmans <thierry.bosmans@communedeuccle.be>", "Réponse automatique : Votre séance photo",
  D(2025, 8, 11, 8, 0, 5, 120),
  "Bonjour,\n\nJe suis absent jusqu'au 25 août inclus. Pour toute urgence, veuillez contacter le secrétariat au "
  "02 348 65 00.\n\nCe message peut contenir des données à caractère personnel ; s'il ne vous est pas destiné, merci de "
  "le supprimer.\n",
  [], to=STUDIO_BE, hdrs=[("Auto-Submitted", "auto-replied")], notes="out-of-office")

# 53 question about privacy policy, asks nothing
M("fr", "Florence Jadot <florence.jadot@gmail.com>", "Question sur votre politique de confidentialité",
  D(2026, 2, 17, 18, 3, 30, 60),
  "Bonjour,\n\nJ'ai lu votre politique de confidentialité : combien de temps gardez-vous en général les photos "
  "après une séance ? C'est juste pour savoir, je réserve probablement pour le printemps.\n\nFlorence\n",
  [], to=STUDIO_BE, notes="policy question only")

# 54 spam RGPD
M("fr", "Service Conformité RGPD <contact@rgpd-mise-en-conformite.fr>", "Votre entreprise risque une amende RGPD",
  "Fri, 6 Dec 2024 04:12:33 -0500",
  "Madame, Monsieur,\n\nDepuis 2018, toute entreprise doit pouvoir répondre aux demandes d'accès, de rectification et "
  "d'effacement de ses clients. Notre audit gratuit détecte les failles de votre site en 5 minutes. Appelez-nous au "
  "01 84 60 00 00.\n\nPour ne plus recevoir nos messages, répondez STOP.\n",
  [], notes="spam about RGPD; US offset")

# 55 client allows photos, Date missing
M("fr", "Manon et Arnaud Willems <manon.willems@gmail.com>", "Re: Autorisation photos", None,
  "Bonjour,\n\nAucun souci, vous pouvez utiliser nos photos de mariage sur votre site et votre Instagram. Merci encore "
  "pour cette belle journée !\n\nManon & Arnaud\n\n"
  "> Pourriez-vous nous confirmer que nous pouvons publier quelques photos ? Vous pourrez retirer votre accord à tout moment.\n",
  [], to=STUDIO_BE, received=None, notes="consent given, not a request; Date header missing")
