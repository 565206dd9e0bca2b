"""Rights rules for French sentences (Belgium, France), on folded text (no accents, lower case).

Table-driven: each right has patterns that are enough on their own ("droit d'acces",
"supprimer mes donnees") and the module resolves the usual confusions: photos taken off a
website or Instagram are a withdrawal of consent, not an erasure; "conservez-les mais ne les
utilisez plus" is a restriction; a copy "dans un format structure" is portability.
"""

from __future__ import annotations

import re

from studio_dsar.core.intake.rxutil import WordRule


def _rx(p: str) -> WordRule:
    return WordRule(p)


_DATA = r"(?:donnees|informations|coordonnees|photos?|images?|portraits?|videos?|fichiers?|dossier|compte|profil|adresse|e-?mail)"
_MY = r"(?:mes|ma|mon|nos|notre|toutes mes|tous mes|l'ensemble de mes|l'ensemble des|les|des|toutes les)"
_PLACE = (r"(?:site|site web|site internet|page|instagram|facebook|portfolio|reseaux sociaux|galerie|vitrine|"
          r"publicite\w*|brochure|depliant|flyer|linkedin|tiktok|blog|en ligne|internet|pinterest|affiche|"
          r"(?:d'|en |comme )exemples?|showreel|album d'exemple)")
_NEG = re.compile(r"\bne\b[^.]{0,25}\b(?:pas|jamais|rien)\b|\bn'\w+ pas\b|\bsans\b|"
                  r"\b(?:pas besoin|inutile|pas la peine|pas necessaire|nul besoin)\b")
# "ne supprimez pas", "ne les effacez surtout pas": the negation closes after the verb
_NEG_AFTER = re.compile(r"^\w*(?: (?:les|la|le|l'|surtout|donc|encore|svp))* (?:pas|jamais|rien|surtout pas)\b")

ACCESS = _rx(
    r"\bdroit d'acces\b|\bdemande d'acces\b|\bacces a " + _MY + r" (?:\w+ )?" + _DATA + r"|"
    r"\bcopie (?:de |d')?(?:l'ensemble de |toutes )?" + _MY + r"? ?(?:\w+ )?" + _DATA + r"|"
    r"\bquel(?:le)?s? (?:\w+ ){0,2}(?:donnees|informations|photos|images)\b|"
    r"\b(?:ce|tout ce) que vous (?:\w+ )?(?:detenez|conservez|avez|gardez|savez|stockez|traitez|enregistr\w*)\b[^.]{0,30}"
    r"\b(?:(?:sur|de) moi|a mon (?:sujet|propos|egard)|me concernant)\b|"
    r"\bcopie\b[^.]{0,60}\b(?:(?:sur|de) moi|a mon (?:sujet|propos|egard)|me concernant)\b|"
    r"\b(?:donnees|informations|photos|images) (?:\w+ )?que vous (?:\w+ )?(?:detenez|conservez|avez|gardez|stockez|traitez|"
    r"enregistr\w*)\b[^.]{0,30}\b(?:(?:sur|de) moi|a mon (?:sujet|propos|egard)|me concernant)\b|"
    r"\bsavoir (?:si|quelles?|ce que)\b[^.]{0,80}\b(?:donnees|informations|photos|images|conservez|detenez|gardez)\b|"
    r"\b(?:communiqu|transmet|envoy|fourni|(?<!mon )(?<!votre )(?<!l')(?<!une )adress|donn)\w*\b[^.]{0,30}\b(?:copie|liste|apercu|releve|recapitulatif)\b|"
    r"\bcombien de temps (?:conservez|gardez|stockez)[- ]vous\b (?:\w+ ){0,3}(?:mes|ma|mon|cette copie|la copie|ces)\b|"
    r"\b(?:l'|les )avez[- ]vous (?:\w+ )?(?:transmise?s?|communiquee?s?|partagee?s?|donnee?s?|vendue?s?)\b[^.]{0,80}\?|"
    r"\bavez[- ]vous (?:\w+ )?(?:transmis|communique|partage|donne|vendu) (?:mes|ma|mon)\b[^.]{0,80}\?|"
    r"\b(?:ou|d'ou|comment) (?:est-ce que )?vous (?:avez|aviez) (?:eu|obtenu|trouve|recu|recupere|eu acces a) (?:mes|mon|ma|nos|notre)\b|"
    # "pouvez-vous me faire parvenir l'ensemble de mes données", "merci de m'envoyer toutes mes données"
    r"\b(?:m'|me |nous )(?:\w+ )?(?:envoy|transmet|communiqu|fourni|faire parvenir|adress|remett)\w*\b[^.]{0,20}"
    r"\b(?:l'ensemble de |toutes |tous )?(?:mes|nos) (?:\w+ )?(?:donnees|informations)\b|"
    r"\bconsulter " + _MY + r" (?:\w+ )?" + _DATA + r"|\ba qui (?:avez-vous|vous avez) (?:\w+ )?(?:transmis|communique|partage|donne|vendu)\b|\bvous (?:detenez|conservez|gardez) encore\b[^.]{0,40}\?"
)
RECTIFY = _rx(
    r"\brectifi\w*|\bcorrig\w*|\bcorrection\b|\bmettre a jour\b|\bmise a jour\b|\bactualis\w*|"
    r"\bmal (?:orthographi\w*|ecrit\w*|epele\w*)|\bfaute (?:d'orthographe|de frappe)\b|\berreur\b[^.]{0,60}\b(?:nom|adresse|prenom|e-?mail|date)\b|"
    r"\b(?:nom|prenom|adresse|e-?mail)\b[^.]{0,40}\b(?:incorrect\w*|errone\w*|inexact\w*|faux|fausse)\b|"
    r"\bnouvelle adresse\b|\bnouveau nom\b|\bnouveau numero\b|\bnouvel(?:le)? (?:e-?mail|adresse e-?mail)\b|"
    r"\b(?:nom|prenom|adresse|e-?mail|numero(?: de telephone| de gsm| de portable)?|telephone|gsm|coordonnees)\b[^.]{0,30}"
    r"\b(?:a change|ont change|n'est plus (?:valable|bon|le bon)|est desormais)\b|\bancienne adresse\b|\bancien nom\b|\bn'est plus (?:correct\w*|a jour|exact\w*)\b|\b(?:modifier|changer)\b[^.]{0,40}\b(?:nom|prenom|adresse|e-?mail|coordonnees|numero)\b"
)
ERASE = _rx(
    r"\bsupprim\w*|\bsuprim\w*|\beffac\w*|\befac\w*|\bdetrui\w*|\bdestruction\b|\bdroit a l'oubli\b|\bdroit a l'effacement\b|"
    r"\boubliez[- ]moi\b|\bm'oublie[rz]?\b|\b(?:etre|soit|sois|soyons) oublie\w*|"
    r"\braye(?:e|s|es)?\b[^.]{0,30}\b(?:fichiers?|bases?|registres?|listes? de clients|dossiers?)\b(?! de prospection)|"
    r"\bsuppression\b|\bne (?:veux|souhaite|voulons|souhaitons|desire) plus (?:\w+ )?(?:figurer|etre|apparaitre) "
    r"(?:dans|sur) (?:vos|votre|la|les) (?:\w+ )?(?:fichiers?|bases?|registres?|listes? de clients|dossiers?|systemes?)\b|\bretir\w*\b[^.]{0,40}\b(?:fichiers?|bases? de donnees|systemes?|listes? de clients)\b"
)
RESTRICT = _rx(
    r"\blimitation du traitement\b|\blimiter\b|\brestreindre\b|\brestriction\b|\bgeler\b|\bgel\b|\bsuspendre\b|\bbloquer\b|"
    r"\b(?:conserve[rz]?|garde[rz]?)\b[^.]{0,60}\bmais\b[^.]{0,40}\bne (?:les |la |le )?(?:\w+ )?plus\b|"
    r"\bne (?:les |la |le )?(?:\w+ )?plus (?:les )?utilis\w*\b[^.]{0,60}\b(?:jusqu|pendant|tant que|le temps)\b|"
    r"\bne (?:\w+ )?(?:pas|rien) (?:les )?(?:supprimer|effacer|detruire)\b[^.]{0,80}\b(?:mais|jusqu|pendant|tant que|litige|preuve)\b|"
    r"\b(?:en attendant|jusqu'a|pendant|tant que)\b[^.]{0,80}\bne plus (?:les |la |le )?(?:utilis|publi|diffus)\w*|"
    r"\b(?:cesse[rz]?|arrete[rz]?) d(?:e |')(?:les |la |le |l')?(?:utilis|publi|diffus|montr|affich|exploit)\w*[^.]{0,80}"
    r"\b(?:jusqu|tant que|pendant|le temps|en attendant|litige)|"
    # "de ne supprimer aucune photo ..., car ils serviront de preuves"
    r"\bne (?:supprimer|effacer|detruire|jeter) (?:aucun\w*|rien)\b[^.]{0,120}\b(?:mais|jusqu|pendant|tant que|litige|preuves?|en revanche)\b|"
    # "tant que le litige n'est pas réglé, nous refusons que ces images soient utilisées", and the other way round
    r"\b(?:tant que|jusqu'a ce que|en attendant|pendant)\b[^.]{0,80}\b(?:refus\w*|ne (?:veux|voulons|souhaite|souhaitons) (?:pas|plus)) "
    r"(?:que|qu')[^.]{0,40}\b(?:utilis|publi|diffus|expos|montr|exploit)\w*|"
    r"\b(?:refus\w*|ne (?:veux|voulons|souhaite|souhaitons) (?:pas|plus)) (?:que|qu')[^.]{0,40}\b(?:utilis|publi|diffus|expos|montr|exploit)\w*"
    r"[^.]{0,60}\b(?:tant que|jusqu|en attendant|pendant)\b"
)
PORT = _rx(
    r"\bportabilite\b|\bformat (?:\w+ )?(?:structure|lisible|courant|csv|json|electronique|numerique|exploitable|reutilisable)\b|"
    r"\blisible par (?:une )?machine\b|\b(?:csv|json|xml)\b|"
    r"\b(?:transmettre|transferer|envoyer|communiquer)\b[^.]{0,80}\b(?:autre|nouveau|nouvelle) "
    r"(?:photographe|prestataire|studio|responsable|societe|entreprise)\b|"
    r"\bdirectement a (?:mon|ma|un|une) (?:nouveau|nouvelle|autre)\b|"
    r"\b(?:dans|sous (?:la )?forme d')un (?:\w+ )?fichier\b|\bque je (?:peux|puisse|pourrai) (?:\w+ )?reutiliser\b|"
    # "dans un format que je peux ouvrir ailleurs", "transmettre directement nos fichiers RAW à l'adresse ..."
    r"\bformat (?:\w+ ){0,2}que (?:je|nous) (?:peux|puisse|pourrai|pouvons|puissions) (?:\w+ ){0,2}(?:ouvrir|utiliser|lire|importer)\b|"
    r"(?<!m')(?<!me )(?<!nous )\b(?:transmettre|transmettez|transferer|transferez|envoyer|envoyez|communiquer|communiquez) directement\b"
)
OBJECT = _rx(
    r"(?<!litige )(?<!conflit )(?<!differend )(?<!proces )(?<!\bqui )\bm'oppose\w*|\bs'oppose (?:formellement |expressement )?(?:a|au|aux)\b|\bnous nous opposons\b|\bopposition\b|\bdroit d'opposition\b|\bdesinscri\w*|\bdesabonn\w*|\bdesinscription\b|"
    r"\b(?:retir|supprim|enlev|ot)\w*[- ]moi\b[^.]{0,40}\b(?:liste|newsletter|diffusion|mailing)\w*|"
    r"\bliste (?:de diffusion|de distribution|d'envoi|mailing)\b|"
    r"\bne (?:\w+ )?plus (?:\w+ )?(?:figurer|etre) (?:dans|sur) (?:votre|vos|la) (?:newsletter|liste|fichier de prospection)\b|"
    r"\b(?:ne m'|n')(?:envoy|adress|contact|sollicit|appel|rappel|relanc)\w* plus\b|"
    r"\bne (?:me|nous) (?:contact|sollicit|appel|rappel|relanc|ecri|derang)\w* plus\b|"
    r"\bne (?:\w+ )?(?:plus|pas|jamais) (?:me |m')?(?:\w+ )?(?:recevoir|envoyer|contacter|solliciter|relancer)\b[^.]{0,60}"
    r"\b(?:newsletter|lettre d'information|publicite|promotion\w*|offres|marketing|prospection|(?:e-?)?mails?|courriels?|messages)\b|"
    r"\b(?:newsletter|lettre d'information|publicites?|offres promotionnelles|prospection)\b[^.]{0,40}\b(?:plus|arret\w*|cesse\w*|stop)\b|"
    r"\b(?:arret\w*|cesse[rz]?|stop\w*)\b[^.]{0,40}\b(?:newsletter|lettre d'information|publicite|prospection|e-?mails?|courriels?|m'envoyer|me contacter)\b|"
    r"\bmarketing direct\b|\bprospection commerciale\b|\binteret legitime\b|"
    # "ne transmettez plus mes données à vos partenaires"; "être rayé(e) de votre liste de diffusion"
    r"\bne (?:\w+ )?(?:plus|pas|jamais) (?:\w+ )?(?:transmett|communiqu|partag|vend|cede|donn)\w*\b[^.]{0,40}"
    r"\b(?:partenaires|tiers|autres (?:societes|entreprises))\b|"
    r"\braye(?:e|s|es)?\b[^.]{0,30}\b(?:newsletter|liste de diffusion|mailing|liste d'envoi)\b"

)
# using the writer's data (not their portrait) for advertising: an objection
OBJECT_ADS = _rx(
    # "je vous interdis d'utiliser mes données à des fins publicitaires"
    r"\binterdi\w*\b[^.]{0,60}\b(?:publicit\w*|marketing|prospection|ciblage|fins commerciales)\b|"
    r"\b(?:ne|n'|plus|cesse[rz]? d|arrete[rz]? d)\b[^.]{0,40}\butilis\w*[^.]{0,40}\b(?:publicit\w*|marketing|prospection|ciblage|"
    r"annonces|a des fins (?:commerciales|publicitaires))\b|"
    r"\b(?:publicit\w*|marketing|prospection|ciblage)\b[^.]{0,40}\b(?:ne (?:\w+ )?plus|cesse[rz]?|arrete[rz]?)\b|"
    # "que vous cessiez tout traitement de mes données à des fins commerciales"
    r"\b(?:cess|arret)\w*\b[^.]{0,30}\b(?:utilis|trait|exploit)\w*[^.]{0,50}\b(?:publicit\w*|marketing|prospection|ciblage|"
    r"(?:a des )?fins (?:commerciales|publicitaires|de prospection))\b"
)
WITHDRAW = _rx(
    r"\bretir\w* (?:de )?(?:mon|ma|notre|l'|le |la |cet|cette|ce|son|sa|leur|votre) ?(?:\w+ )?(?:consentement|autorisation|accord)\b|"
    r"\b(?:consentement|autorisation|accord)\b[^.]{0,50}\b(?:retir\w*|revoqu\w*|annul\w*|revocation|plus valable|prend fin)\b|"
    r"\brevoqu\w*\b[^.]{0,30}\b(?:consentement|autorisation|accord)\b|\bn'autoris\w* plus\b|"
    r"\b(?:ne (?:suis|sommes) plus d'accord|ne consens plus|ne donne plus (?:mon )?(?:accord|autorisation)|n'accept\w* plus\b(?=[^.]{0,60}\b(?:utilis|publi|diffus|montr|expos|affich|photo|image|portrait|video|donnees)))\b|\bdroit d'image\b[^.]{0,40}\bretir\w*|"
    r"\b(?:n'avez plus|n'avez pas|plus) le droit d'(?:utiliser|publier|diffuser|exploiter)\b|"
    # "je vous interdis d'utiliser mes photos", "j'interdis la publication de mon portrait"
    r"\binterdi\w*\b[^.]{0,40}\b(?:utilis|publi|diffus|expos|montr|exploit|affich)\w*[^.]{0,40}\b(?:photos?|images?|portraits?|videos?|cliches?)\b|"
    r"\bne (?:pouvez|devez|pourrez) plus (?:\w+ )?(?:utiliser|publier|diffuser|montrer|exploiter)\b[^.]{0,30}"
    r"\b(?:mes|ma|mon|nos|notre) (?:photos?|images?|portraits?|videos?)\b|"
    r"\bne (?:veux|voulons|souhaite|souhaitons|desire|tiens) (?:plus|pas) (?:\w+ )?(?:apparaitre|figurer|etre (?:visible|present\w*|affiche\w*|montre\w*|expose\w*)|"
    r"voir (?:ma|mon|mes|notre|nos) (?:\w+ )?(?:tete|visage|photos?|images?|portraits?|frimousse|bouille))\b"
    r"[^.]{0,40}\b" + _PLACE
)
_PHOTO = re.compile(r"\b(?:photos?|images?|portraits?|videos?|cliches?|clips?|films?|reportage|book)\b")
_PLACE_RE = re.compile(r"\b" + _PLACE + r"\b")
_REMOVE_FROM_PLACE = re.compile(
    r"\b(?:retir\w*|enlev\w*|supprim\w*|effac\w*|ote[rz]?|depubli\w*|ne plus (?:\w+ )?(?:publier|utiliser|montrer|afficher|diffuser))\b"
)
_NO_LONGER_WANT = re.compile(r"\bne (?:veux|voulons|souhaite|souhaitons|desire) plus (?:que|qu')")
_DATA_WORDS = re.compile(r"\b(?:toutes mes donnees|mes donnees|donnees|dossier|compte|fichier|coordonnees|informations)\b")
_BUSINESS = re.compile(r"\b(?:facture|devis|paiement|commande|reservation|rendez-vous)\b")
_FIRST = re.compile(r"(?:\b(?:je|me|moi|mon|ma|mes|merci de|veuillez|pourriez|pouvez|souhaite|voudrais)\b|\bj'|\bm')")


def _negated(s: str, m: re.Match[str]) -> bool:
    """"ne pas supprimer", "pas besoin de supprimer" before the verb, or "ne supprimez pas" around it."""
    if _NEG.search(s[max(0, m.start() - 30): m.start()].rsplit(",", 1)[-1]):
        return True
    if re.search(r"\bne (?:veux|voulons|souhaite|souhaitons|desire|tiens) pas (?:que|qu'|a ce que)[^,.]{0,50}$",
                 s[max(0, m.start() - 70): m.start()]):
        return True  # "je ne veux pas que mes donnees soient supprimees"
    return bool(re.search(r"\b(?:ne|n')\s*(?:\w+ )?$", s[max(0, m.start() - 12): m.start()])
                and _NEG_AFTER.match(s[m.start():]))


def rights_in_sentence(s: str, prev: str = "") -> dict[str, str]:
    found: dict[str, str] = {}

    def hit(right: str, m: re.Match[str]) -> None:
        if right in found or _negated(s, m):
            return
        found[right] = m.group(0)

    for right, rx in (("access", ACCESS), ("rectification", RECTIFY), ("restriction", RESTRICT),
                      ("portability", PORT), ("objection", OBJECT), ("withdraw_consent", WITHDRAW)):
        m = rx.search(s)
        if m:
            hit(right, m)
    pronoun = re.search(r"\bles\b|\bla\b|\bcelles?\b|\bceux\b|\bl'", s)
    photo = _PHOTO.search(s) or (_PHOTO.search(prev) and pronoun)
    place = _PLACE_RE.search(s) or ((pronoun or _PHOTO.search(s)) and _PLACE_RE.search(prev))
    m = next((x for x in _REMOVE_FROM_PLACE.finditer(s) if not _negated(s, x)), None) or _NO_LONGER_WANT.search(s)
    data_words = _DATA_WORDS.search(s)
    if "objection" not in found and (ads := OBJECT_ADS.search(s)) and (data_words or not _PHOTO.search(s)):
        hit("objection", ads)
    place_here = _PLACE_RE.search(s)
    photo_here = _PHOTO.search(s)
    if m and photo and place and not (data_words and ERASE.search(s) and not (
            place_here and photo_here and photo_here.start() < place_here.start())):
        # "supprimer mon compte sur votre galerie en ligne et toutes les infos (adresse, photos)":
        # an erasure of everything; photos taken off a place only when they are what leaves it
        hit("withdraw_consent", m)
    owned = re.search(r"\b(?:mes|ma|mon|nos|notre)\b|\b(?:de|sur) (?:moi|nous)\b|\bme concernant\b", s)
    if (m := ERASE.search(s)) and (_FIRST.search(s) or _FIRST.search(prev)) and "restriction" not in found \
            and ("withdraw_consent" not in found or data_words) and (data_words or owned or not photo):
        hit("erasure", m)
    if "erasure" in found and "objection" in found and re.search(
            r"\b(?:supprim|retir|effac|enlev)\w*\b[^.]{0,50}\b(?:de|des|du) (?:vos|votre|la|les|vos) (?:\w+ )?(?:fichiers?|listes?|bases?)\b"
            r"[^.]{0,40}\b(?:prospection|marketing|publicit\w*|diffusion|commerciale?s?|newsletter)\b", s):
        found.pop("erasure")  # "supprimer mes coordonnees de vos fichiers de prospection": an objection
    business = _BUSINESS.search(s) or (pronoun and _BUSINESS.search(prev) and not re.search(
        r"\b(?:nom|prenom|adresse|e-?mail|naissance)\b", s))
    if "rectification" in found and business and not data_words \
            and not re.search(r"\b(?:base|fichier|systeme|dossier|site|compte|registre)\b", s):
        found.pop("rectification")  # "la facture corrigee": a bookkeeping matter
    if "access" in found and re.search(r"\bcopie (?:\w+ ){0,2}(?:sur|en) (?:une? )?(?:cle|cd|dvd|usb|papier|tirage|album|toile)\b|"
                                       r"\bcopie (?:du|de la|de ma|de mon|de notre) (?:contrat|facture|devis|commande|bon)\b", s):
        found.pop("access")  # "m'envoyer une copie sur clé USB", "une copie du contrat": an order or a business paper
    if "portability" in found and "access" in found and (not re.search(
            r"\bdroit d'acces\b|\bquelles?\b|\bque vous (?:\w+ )?(?:avez|detenez|conservez|gardez|traitez)\b[^.]{0,20}\b(?:sur|de) moi\b", s) \
            or (re.search(r"\bformat (?:\w+ ){0,2}que (?:je|nous)\b", s) and not re.search(r"\bcopie\b", s))):
        found.pop("access")
    if "access" in found and re.match(r"(?:tout )?ce que|donnees|informations|photos|images", found["access"]) \
            and ("erasure" in found or re.search(r"\bcontest\w*|\bexactitude\b|\bcorrig\w*|\brectifi\w*", s)) \
            and not re.search(r"\bcopie\b|\bquelles?\b|\bacces\b|\bliste\b|\bapercu\b|\breleve\b|\brecapitulatif\b", s):
        # "effacez tout ce que vous avez sur moi", "je conteste l'exactitude des données que vous détenez sur moi": the
        # data named as the object of another verb, not asked for
        found.pop("access")
    return found
