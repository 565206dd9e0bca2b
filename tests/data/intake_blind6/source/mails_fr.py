"""French mails (Belgium fr-BE and France fr-FR)."""
MAILS = []


def M(**k):
    k.setdefault("lang", "fr")
    MAILS.append(k)


BRON = "Fotostudio De Bron <hallo@fotostudiodebron.be>"
SPOT = "Castingbureau Spotlight <casting@spotlightcasting.nl>"
LUM = "Studio Lumière <contact@studiolumiere.be>"

M(g="fr-FR", style="formal-letter", frm="Hélène Rousseau <helene.rousseau@orange.fr>",
  date="Mon, 2 Nov 2026 10:05:41 +0100", subj="Demande de limitation du traitement – article 18 du RGPD",
  cs="iso-8859-1",
  body="""Madame, Monsieur,

En application de l'article 18.1 a) du Règlement général sur la protection des données (RGPD), je vous demande de limiter le traitement des données personnelles me concernant, dont je conteste l'exactitude.

En effet, votre fichier clients mentionne que j'aurais annulé ma séance du 5 septembre 2026 sans préavis, ce qui est inexact : j'ai annulé par courriel le 28 août. Pendant la durée nécessaire à la vérification de l'exactitude de ces données, vous ne pouvez que les conserver, à l'exclusion de toute autre utilisation, notamment leur transmission à un organisme de recouvrement.

Conformément à l'article 12.3 du RGPD, je vous remercie de me faire parvenir votre réponse dans les meilleurs délais et au plus tard dans un délai d'un mois à compter de la réception de ma demande.

Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Hélène Rousseau
14, rue des Tanneurs
59000 Lille""",
  rights=["restriction"], name="Hélène Rousseau", email="helene.rousseau@orange.fr",
  notes="CNIL-model style letter, Art. 18(1)(a) restriction while accuracy is contested; iso-8859-1 body. Judgement: correction not explicitly asked, so no rectification.")

M(g="fr-BE", style="formal-letter", frm="Olivier Dubois <olivier.dubois@skynet.be>", to=LUM,
  date="Tue, 3 Nov 2026 16:30:00 +0100", subj="Exercice du droit à la portabilité (art. 20 RGPD)",
  body="""Studio Lumière
Rue de Fer 41
5000 Namur

Objet : exercice du droit à la portabilité des données – article 20 du RGPD

Madame, Monsieur,

Conformément à l'article 20 du Règlement (UE) 2016/679, je souhaite recevoir les données à caractère personnel me concernant que je vous ai fournies, dans un format structuré, couramment utilisé et lisible par machine.

Sont notamment visés : mes coordonnées, l'historique de mes commandes, ainsi que les fichiers numériques originaux des séances photo du 12 mars 2025 et du 8 décembre 2025.

Je vous saurais gré de me transmettre ces données par voie électronique à l'adresse olivier.dubois@skynet.be, dans le délai d'un mois prévu à l'article 12.3.

Veuillez agréer, Madame, Monsieur, mes salutations distinguées.

Olivier Dubois
Avenue des Acacias 7
5100 Jambes""",
  rights=["portability"], name="Olivier Dubois", email="olivier.dubois@skynet.be",
  notes="Generator-style Belgian letter, Art. 20 portability incl. original files.")

M(g="fr-FR", style="formal-letter", frm="Jean-Christophe Lefèvre <jc.lefevre@free.fr>",
  date="Wed, 04 Nov 2026 08:12:55 +0100", ua="Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.4.0", subj="Opposition à la prospection commerciale",
  cs="windows-1252",
  body="""Madame, Monsieur,

Je vous informe que je m'oppose, en application de l'article 21.2 du RGPD, à l'utilisation de mes données personnelles à des fins de prospection commerciale, y compris le profilage lié à cette prospection.

Je vous demande en conséquence de cesser immédiatement de m'adresser vos offres promotionnelles par courrier électronique, SMS et voie postale, et de ne plus transmettre mes coordonnées à vos partenaires.

Vous voudrez bien m'informer des mesures prises à la suite de ma demande dans un délai d'un mois.

Je vous prie d'agréer, Madame, Monsieur, mes salutations distinguées.

Jean-Christophe Lefèvre
Référence client : LV-2024-1193""",
  rights=["objection"], name="Jean-Christophe Lefèvre", email="jc.lefevre@free.fr",
  notes="CNIL model letter: objection to direct marketing (Art. 21(2)); windows-1252.")

M(g="fr-BE", style="parent", frm="Sandrine Lejeune <sandrine.lejeune@voo.be>", to=LUM,
  date="Wed, 4 Nov 2026 19:47:20 +0100", subj="Erreur dans le prénom de ma fille",
  body="""Bonsoir,

Ma fille Maëlle Lejeune a participé au concours « Petits modèles » l'été dernier et sa photo figure maintenant dans la galerie des gagnants sur votre site. Très contente, mais son prénom y est écrit « Maelle » et dans le dépliant aussi. C'est Maëlle, avec un tréma.

Pourriez-vous rectifier sur le site et dans vos fichiers ? Pour le dépliant imprimé, tant pis.

Merci d'avance et bonne soirée,
Sandrine Lejeune""",
  rights=["rectification"], name="Maëlle Lejeune", email="sandrine.lejeune@voo.be",
  rep=("parent", "Sandrine Lejeune"),
  notes="Parent asks to correct her daughter's first name (diacritic) on the website and files -> rectification. requester_name = the child.")

M(g="fr-FR", style="phone", frm="Lea M <lea.martin.33@gmail.com>",
  date="Thu, 5 Nov 2026 23:02:11 +0100", subj="photo insta",
  body="""bjr vous pouvez enlever ma photo de votre page insta svp (celle du shooting a bordeaux en octobre) je veux plus quelle soit en ligne merci
lea

Envoyé de mon iPhone""",
  rights=["withdraw_consent"], name="Lea M", email="lea.martin.33@gmail.com",
  notes="Phone typing, no accents; take photo off Instagram -> withdraw_consent.")

M(g="fr-BE", style="booking", frm="Nathalie Gilson <nathalie.gilson@hotmail.com>", to=LUM,
  date="Fri, 6 Nov 2026 09:15:00 +0100", subj="Report séance photo famille",
  body="""Bonjour,

Nous avions réservé une séance photo en famille le samedi 14 novembre à 14h. Malheureusement notre fils a la varicelle. Serait-il possible de la déplacer au samedi 28 ou au dimanche 29 novembre ?

Et pourriez-vous supprimer notre ancienne réservation dans votre agenda en ligne pour éviter la confusion avec l'acompte ?

Merci beaucoup,
Nathalie Gilson""",
  notes="NON-request: rescheduling; 'supprimer notre ancienne réservation' is a calendar change, not erasure.")

M(g="fr-FR", style="dispute", frm="Camille et Thomas Garnier <garnier.famille@laposte.net>",
  date="Sat, 7 Nov 2026 11:40:27 +0100", subj="Litige reportage mariage – ne rien supprimer",
  body="""Bonjour,

Comme vous le savez, nous contestons la qualité du reportage de notre mariage du 20 juin et le dossier est maintenant entre les mains du médiateur de la consommation.

Nous vous demandons expressément de ne supprimer aucune photo, aucun fichier brut ni aucun échange de mails, car ils serviront de preuves. En revanche, tant que le litige n'est pas réglé, nous refusons que ces images soient utilisées de quelque manière que ce soit : pas de publication sur votre site, pas d'Instagram, pas de salon du mariage.

Cordialement,
Camille Garnier""",
  rights=["restriction"], name="Camille Garnier", email="garnier.famille@laposte.net",
  notes="Keep for evidence but do not use during a mediation -> restriction, explicitly not erasure. Couple mail; requester_name from signature.")

M(g="fr-BE", style="plain", frm="Maxime Collignon <maxime.collignon@gmail.com>", to=LUM,
  date="Sun, 8 Nov 2026 15:22:38 +0100", subj="Ma photo sur votre page Facebook",
  body="""Bonjour,

Vous avez publié sur Facebook une photo de moi prise lors du marché de Noël de Namur l'an passé, avec la mention « nos belles rencontres ». Je ne vous ai jamais donné mon accord. Quand j'ai posé la question en commentaire, vous m'avez répondu que vous aviez un « intérêt légitime » à montrer votre travail.

Je m'oppose à ce traitement. Ma situation personnelle (je suis en procédure de divorce et mon ex-conjoint suit votre page) justifie que cette photo ne soit plus utilisée. Merci de la retirer. Je joins une capture d'écran de la publication.

Maxime Collignon""",
  att=[("Capture d’écran 2026-11-08 à 15.10.22.png", "image/png", "shot", False)],
  rights=["objection"], name="Maxime Collignon", email="maxime.collignon@gmail.com",
  notes="Objection (Art. 21(1)) to social-media use based on legitimate interest, with personal grounds; screenshot attachment (non-ASCII filename, not an ID); no consent was ever given, so not withdraw_consent.")

M(g="fr-FR", style="selection", frm="Aurélie Bernard <aurelie.bernard@sfr.fr>",
  date="Mon, 9 Nov 2026 13:05:50 +0100", subj="Re: sélection portraits",
  body="""Bonjour Iris,

Merci pour la sélection ! Pourriez-vous supprimer les photos où j'ai les yeux fermés (n° 4, 11 et 17) et la 22 où on voit la tache sur ma chemise ? Je préfère ne pas les avoir dans la galerie finale. Pour le reste c'est parfait.

Belle journée,
Aurélie""",
  notes="NON-request: editing the selection before delivery; not erasure of personal data.")

M(g="fr-BE", style="chatty", frm="Charlotte Renard <charlotte.renard@proximus.be>", to=LUM,
  date="Mon, 09 Nov 2026 20:44:03 +0100", subj="Fichiers originaux séance grossesse",
  cte="base64",
  body="""Coucou Julie,

J'espère que tu vas bien ! Petite nouvelle : nous avons déménagé à Arlon et c'est une photographe du coin, Emma (Studio Émeraude), qui va faire la séance nouveau-né en janvier.

Elle aimerait faire un petit livre qui mélange la grossesse et la naissance, avec le même rendu. Est-ce que tu pourrais lui envoyer directement tous les fichiers originaux de ma séance grossesse de juillet ? Son adresse : emma@studio-emeraude.be. Même ceux qu'on n'avait pas retenus, si tu les as encore.

Un tout grand merci, tu es top !
Charlotte Renard""",
  rights=["portability"], name="Charlotte Renard", email="charlotte.renard@proximus.be",
  notes="Send original files directly to another photographer -> portability; base64 body; the other photographer's address is not the requester's.")

M(g="fr-FR", style="reply-payment", frm="Julien Moreau <julien.moreau@wanadoo.fr>",
  date="Tue, 10 Nov 2026 08:58:12 +0100", subj="Re: Facture séance corporate",
  body="""Bonjour,

Le virement a été fait ce matin, vous devriez le recevoir d'ici jeudi. Merci encore pour la réactivité.

Julien Moreau

Le lun. 9 nov. 2026 à 17:30, Studio Lichtval <info@studiolichtval.nl> a écrit :
> Bonjour Monsieur Moreau,
>
> Veuillez trouver ci-joint la facture de la séance du 3 novembre.
>
> Conformément au RGPD, vous pouvez à tout moment demander l'accès à vos données, leur rectification ou leur suppression en écrivant à privacy@studiolichtval.nl.
>
> Cordialement,
> Studio Lichtval""",
  notes="NON-request: payment reply; access/rectification/deletion wording only in the quoted studio text.")

M(g="fr-BE", style="formal-letter", frm="Véronique Hubert <veronique.hubert@skynet.be>", to=LUM,
  date="Wed, 11 Nov 2026 10:10:10 +0100", subj="Demande de rectification de données personnelles (article 16 RGPD)",
  body="""Véronique Hubert
Rue Saint-Gilles 58
4000 Liège

Studio Lumière
Rue de Fer 41
5000 Namur

Liège, le 11 novembre 2026

Objet : demande de rectification de données à caractère personnel – article 16 du Règlement général sur la protection des données

Madame, Monsieur,

En vertu de l'article 16 du RGPD, je vous demande de procéder à la rectification des données inexactes me concernant figurant dans votre fichier clients, à savoir :
– adresse postale : Rue Saint-Gilles 58, 4000 Liège (au lieu de Rue Hors-Château 12, 4000 Liège) ;
– adresse électronique : v.hubert@outlook.be (l'adresse actuelle sera prochainement désactivée).

Conformément à l'article 19 du RGPD, je vous saurais gré de notifier cette rectification aux destinataires auxquels ces données auraient été communiquées, et de m'en informer dans le délai d'un mois prévu à l'article 12.3.

Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Véronique Hubert""",
  rights=["rectification"], name="Véronique Hubert", email="veronique.hubert@skynet.be",
  notes="Generator-style Belgian letter, Art. 16 + 19 rectification of address/e-mail; the new e-mail in the body is NOT requester_email.")

M(g="fr-FR", style="story", frm="Sylvie Petit <sylvie.petit56@orange.fr>",
  date="Wed, 11 Nov 2026 18:25:36 +0100", subj="Vos photos à Vannes",
  body="""Bonsoir,

Je vous écris un peu tard, mais je repense souvent à cette belle séance en bord de mer avec ma mère, quelques mois avant son décès. Vos photos sont ce qu'il me reste de plus précieux de cette période, merci encore.

Depuis, j'ai reçu vos newsletters, parfois des SMS. Ce n'est pas grave, mais cela m'a fait réaliser que je ne sais pas du tout ce que vous gardez de nous.

Par curiosité, pourriez-vous me dire quelles données vous conservez à mon nom (et au nom de ma mère, si c'est possible), pendant combien de temps, et si elles ont été communiquées à quelqu'un ?

Avec mes remerciements,
Sylvie Petit""",
  rights=["access"], name="Sylvie Petit", email="sylvie.petit56@orange.fr",
  notes="Access request buried after a personal story; mentions newsletters but does not ask to stop them (no objection).")

M(g="fr-BE", style="autoreply", frm="Isabelle Lambert <isabelle.lambert@ecole-sainte-marie.be>",
  date="Thu, 12 Nov 2026 07:00:00 +0100", subj="Réponse automatique : Photos de classe 2026",
  hdr={"Auto-Submitted": "auto-replied"},
  body="""Bonjour,

Je suis absente jusqu'au 16 novembre inclus. Votre message ne sera pas transféré.

Pour toute question relative à la protection des données (droit d'accès, de rectification ou d'effacement), veuillez contacter la déléguée à la protection des données du pouvoir organisateur : dpo@po-saintemarie.be.

Isabelle Lambert
Secrétariat de direction""",
  notes="NON-request: school out-of-office listing GDPR rights.")

M(g="fr-FR", style="short-id", frm="Karim Benali <karim.benali@gmail.com>",
  date="Thu, 12 Nov 2026 12:34:56 +0100", subj="suppression de mes données",
  body="""Bonjour,

Merci de supprimer toutes mes données de vos fichiers (photos d'identité faites en 2024, adresse, téléphone). Je joins ma carte d'identité.

Karim Benali""",
  att=[("IMG_20261112_123201.heic", "image/heic", "heic", True), ("IMG_20261112_123215.heic", "image/heic", "heic", True)],
  rights=["erasure"], name="Karim Benali", email="karim.benali@gmail.com",
  notes="Short erasure request; ID card front and back as .heic files with camera-style names.")

M(g="fr-BE", style="casting", frm="Inès Mbaye <ines.mbaye.model@gmail.com>", to=SPOT,
  date="Fri, 13 Nov 2026 14:02:44 +0100", subj="Erreurs dans mon book + envoi aux clients",
  body="""Bonjour l'équipe,

Je viens de voir mon profil sur votre plateforme et plusieurs infos sont fausses : on m'a donné 34 ans au lieu de 24 (date de naissance 14/05/2002, pas 1992), et ma taille est de 1,76 m, pas 1,67 m.

Pouvez-vous corriger ça ? Et en attendant que ce soit corrigé, merci de ne plus envoyer mon profil aux clients, parce que là on me propose des rôles qui ne correspondent pas du tout.

Merci,
Inès Mbaye""",
  rights=["rectification", "restriction"], name="Inès Mbaye", email="ines.mbaye.model@gmail.com",
  notes="Brussels model: correct birth date/height (rectification) and stop sending the profile until corrected (restriction, Art. 18(1)(a)).")

M(g="fr-FR", style="supplier", frm="Mailchimp <no-reply@mailchimp.com>",
  date="Fri, 13 Nov 2026 17:00:00 +0000", subj="Mise à jour de nos Conditions d'utilisation et de notre Politique de confidentialité",
  shape="html", hdr={"Precedence": "bulk"},
  body="""Bonjour,

Nous mettons à jour nos Conditions d'utilisation et notre Politique de confidentialité à compter du 1er janvier 2027. Ces modifications précisent la manière dont nous traitons les données à caractère personnel de vos contacts conformément au RGPD, notamment en matière de droit d'accès, de suppression et d'opposition.

Aucune action n'est requise de votre part.

L'équipe Mailchimp""",
  notes="NON-request: processor notification (Mailchimp) about privacy policy.")

M(g="fr-BE", style="contact-form", frm="Studio Lumière – site web <noreply@studiolumiere.be>", to=LUM,
  reply_to="francois.delvaux@gmail.com",
  date="Sat, 14 Nov 2026 11:11:45 +0100", subj="[Formulaire de contact] Mes données client",
  body="""Nouveau message depuis le formulaire de contact

Nom : François Delvaux
Adresse e-mail : francois.delvaux@gmail.com
Téléphone : 0495 12 34 56
Sujet : Mes données client

Message :
Bonjour, je passe à un autre studio pour les photos d'entreprise de notre ASBL. Pourriez-vous m'envoyer un export de mon dossier client (coordonnées, commandes, fichiers livrés) dans un fichier que je peux réimporter ailleurs (CSV, Excel ou ZIP) ? Merci.""",
  rights=["portability"], name="François Delvaux", email="francois.delvaux@gmail.com",
  notes="Contact form with a bare Reply-To address; export of the client file in a reusable format -> portability.")

M(g="fr-FR", style="forward-inline", frm="Iris <iris@studiolichtval.nl>", to="Bas <bas@studiolichtval.nl>",
  date="Mon, 16 Nov 2026 09:20:00 +0100", subj="Fwd: Retrait de mon autorisation",
  body="""Bas, Franse mail van een model van de campagne voor Maison Vérane. Kun jij dit afhandelen? Mijn Frans is te roestig.

-------- Doorgestuurd bericht --------
Onderwerp: Retrait de mon autorisation
Datum: Sun, 15 Nov 2026 21:30:18 +0100
Van: Manon Girard <manon.girard@yahoo.fr>
Aan: info@studiolichtval.nl

Bonjour,

J'ai posé pour vous en avril pour la campagne Maison Vérane et j'ai signé une autorisation de droit à l'image. Je souhaite retirer mon consentement pour toute utilisation future de ces photos, notamment sur votre site et vos réseaux. Je comprends que ce qui a déjà été publié par la marque ne peut pas être rappelé.

Merci de me confirmer la bonne prise en compte.

Manon Girard""",
  rights=["withdraw_consent"], name="Manon Girard", email="manon.girard@yahoo.fr",
  notes="Thunderbird-style Dutch forward ('Doorgestuurd bericht'); forwarder's note in Dutch, request in French. Withdraws image-rights consent for future use.")

M(g="fr-BE", style="question", frm="Benoît Leclercq <benoit.leclercq@outlook.be>", to=LUM,
  date="Mon, 16 Nov 2026 16:48:09 +0100", subj="Question autorisation droit à l'image",
  body="""Bonjour,

Mon fils de 16 ans participe à la séance du club de hockey le mois prochain. Le club nous a transmis une autorisation de droit à l'image à signer. Est-ce que les photos peuvent être utilisées pour de la publicité payante, ou seulement sur le site du club ? Et combien de temps restent-elles en ligne ?

Merci pour votre retour,
Benoît Leclercq""",
  notes="NON-request: questions about an image-rights release before signing.")

M(g="fr-FR", style="phone", frm="Sébastien Roux <seb.roux@free.fr>",
  date="Tue, 17 Nov 2026 12:03:00 +0100", subj="SMS",
  body="""Bonjour, je reçois vos SMS promo (Black Friday etc.) sur mon portable alors que je n'ai rien demandé. Merci d'arrêter et de retirer mon numéro de votre liste d'envoi.
Seb Roux""",
  rights=["objection"], name="Sébastien Roux", email="seb.roux@free.fr",
  notes="Stop promotional SMS -> objection (removing the number from the sending list is part of stopping marketing, not a full erasure).")

M(g="fr-BE", style="lawyer", frm="Maître Laurence Vandenberghe <l.vandenberghe@avocats-vdb.be>", to=LUM,
  date="Wed, 18 Nov 2026 10:30:00 +0100", subj="V/Réf : blog « Soirée de gala » – N/Réf : 2026/0418 – M. Arnaud Thiry",
  body="""Madame, Monsieur,

J'interviens pour le compte de M. Arnaud Thiry.

Votre blog présente, dans l'article consacré à la « Soirée de gala du Cercle d'affaires de Namur » du 3 octobre 2026, une photographie de mon client accompagnée d'une légende le présentant comme « administrateur de la société Thiry Invest, en faillite ». Cette mention est inexacte : mon client n'a jamais exercé de mandat dans cette société.

En application des articles 16 et 18.1 a) du RGPD, je vous prie :
– de rectifier sans délai la légende en supprimant cette mention ;
– dans l'attente de cette rectification, de limiter le traitement de la photographie, c'est-à-dire de la retirer provisoirement de la publication sans la détruire.

Je vous remercie de me confirmer les mesures prises dans les huit jours.

Veuillez agréer, Madame, Monsieur, l'expression de mes sentiments distingués.

Laurence Vandenberghe
Avocate au barreau de Namur""",
  rights=["rectification", "restriction"], name="Arnaud Thiry", email="l.vandenberghe@avocats-vdb.be",
  rep=("lawyer", "Laurence Vandenberghe"),
  notes="Lawyer letter: rectify a false caption (Art. 16) and restrict (unpublish, not destroy) meanwhile (Art. 18(1)(a)). requester_email is the lawyer's (only address).")

M(g="fr-FR", style="angry-reminder", frm="Patrick Morel <patrick.morel@numericable.fr>",
  subj="RELANCE - demande du 12 octobre",
  body="""Madame, Monsieur,

Le 12 octobre je vous ai demandé par mail de supprimer toutes mes données. Plus d'un mois après, je n'ai aucune réponse et je reçois toujours vos mails.

Je vous demande donc, une dernière fois : 1) de me dire précisément quelles données vous déteniez sur moi et à qui vous les avez transmises, 2) puis de tout effacer.

Sans réponse sous huit jours, je saisis la CNIL.

Patrick Morel""",
  rights=["access", "erasure"], name="Patrick Morel", email="patrick.morel@numericable.fr", fu=True,
  notes="Angry reminder with NO Date header (received null). Access (what was held, recipients) then erasure.")

M(g="fr-BE", style="invoice", frm="ASBL Les Petits Pas <compta@lespetitspas.be>", to=LUM,
  date="Thu, 19 Nov 2026 14:14:14 +0100", subj="Facture – changement d'adresse de facturation",
  body="""Bonjour,

Pourriez-vous modifier l'adresse de facturation de la facture 2026-077 (photos de l'équipe) : il faut la libeller au nom de l'ASBL Les Petits Pas, Rue des Écoles 3, 1300 Wavre, n° d'entreprise 0456.789.123, et non au nom de notre présidente.

Merci d'avance,
La comptabilité""",
  notes="NON-request: invoice addressee change for an organisation.")

M(g="fr-FR", style="plain", frm="Nicolas Fabre <nicolas.fabre@protonmail.com>",
  date="Fri, 20 Nov 2026 22:41:09 +0100", subj="Reconnaissance faciale dans votre galerie",
  shape="alt",
  body="""Bonsoir,

J'ai remarqué que votre galerie en ligne propose de « retrouver toutes vos photos grâce à un selfie », et que mon visage est apparemment indexé sur les photos de l'événement du 7 novembre à Lyon.

Je refuse que mon visage soit analysé de cette manière. Je m'oppose à ce traitement biométrique et au profilage qui en découle : merci de désactiver l'indexation de mon visage. Les photos elles-mêmes peuvent rester dans la galerie de l'événement.

Nicolas Fabre""",
  rights=["objection"], name="Nicolas Fabre", email="nicolas.fabre@protonmail.com",
  notes="Objection to face indexing/profiling in the gallery software; says the photos may stay (not erasure). Judgement: biometric processing normally needs consent, but he frames it as opposing the processing and never gave consent, so objection.")
