"""Disclosure markers: legal data, each marker with the source that accepts it.

Which words disclose a paid or incentivised post is set by law and
self-regulation (the FTC in the United States; the French law 2023-451 and the
ARPP in France), not by socialkit; this module holds those words and their
sources, and nothing else. The disclosure rule
(:func:`~socialkit.posts.disclosure_rule`) takes its markers as an argument, so
extending them never means editing this module.
"""

from datetime import date

from socialkit._core.sources import Confidence, Source
from socialkit.posts._model import DisclosureMarker

__all__ = [
    "ARPP_INFLUENCE",
    "DISCLOSURE_MARKERS",
    "FTC_DISCLOSURES",
    "FTC_GUIDES_2023",
    "LOI_INFLUENCEURS",
]

FTC_DISCLOSURES = Source(
    title="FTC, Disclosures 101 for Social Media Influencers (2019)",
    url="https://www.ftc.gov/business-guidance/resources/disclosures-101-social-media-influencers",
    confidence=Confidence.OFFICIAL,
    published=date(2019, 11, 5),
    note="Cited by source document [002]: incentives must be clearly and visibly disclosed; "
    "simple words such as 'Advertisement', 'Ad' or 'Sponsored' are clear. "
    "'#sp', '#spon', '#collab', '#thanks' or '#ambassador' alone are called unclear.",
)
FTC_GUIDES_2023 = Source(
    title="FTC, Guides Concerning the Use of Endorsements and Testimonials in Advertising "
    "(16 CFR Part 255, revised 2023)",
    url="https://www.ftc.gov/legal-library/browse/federal-register-notices/"
    "16-cfr-part-255-guides-concerning-use-endorsements-testimonials-advertising",
    confidence=Confidence.OFFICIAL,
    published=date(2023, 6, 29),
)
LOI_INFLUENCEURS = Source(
    title="Loi n° 2023-451 du 9 juin 2023 (influence commerciale), article 5",
    url="https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000047663185",
    confidence=Confidence.OFFICIAL,
    published=date(2023, 6, 9),
    note="Requires the words 'Publicité' or 'Collaboration commerciale', clear and visible.",
)
ARPP_INFLUENCE = Source(
    title="ARPP, Recommandation Communication publicitaire digitale (influence marketing)",
    url="https://www.arpp.org/nous-consulter/regles/regles-de-deontologie/"
    "recommandation-communication-publicitaire-digitale/",
    confidence=Confidence.SECONDARY,
    note="French self-regulation; accepts forms such as '#sponsorisé', '#partenariat'. "
    "Since the law 2023-451 (art. 5), these alone do not meet the law: a French post needs "
    "'Publicité' or 'Collaboration commerciale'.",
)


DISCLOSURE_MARKERS: tuple[DisclosureMarker, ...] = (
    DisclosureMarker(text="#ad", language="en", source=FTC_DISCLOSURES),
    DisclosureMarker(text="#advertisement", language="en", source=FTC_DISCLOSURES),
    DisclosureMarker(text="#sponsored", language="en", source=FTC_DISCLOSURES),
    DisclosureMarker(text="advertisement", language="en", source=FTC_DISCLOSURES),
    # "Ad" as a label; the bare word would also match "an ad-free routine".
    DisclosureMarker(text="ad:", language="en", source=FTC_DISCLOSURES),
    DisclosureMarker(text="(ad)", language="en", source=FTC_DISCLOSURES),
    DisclosureMarker(text="sponsored", language="en", source=FTC_DISCLOSURES),
    DisclosureMarker(text="paid partnership", language="en", source=FTC_DISCLOSURES),
    DisclosureMarker(text="paid promotion", language="en", source=FTC_GUIDES_2023),
    DisclosureMarker(text="publicité", language="fr", source=LOI_INFLUENCEURS),
    DisclosureMarker(text="#publicité", language="fr", source=LOI_INFLUENCEURS),
    DisclosureMarker(text="collaboration commerciale", language="fr", source=LOI_INFLUENCEURS),
    DisclosureMarker(text="#collaborationcommerciale", language="fr", source=LOI_INFLUENCEURS),
    DisclosureMarker(text="partenariat rémunéré", language="fr", source=ARPP_INFLUENCE),
    DisclosureMarker(text="#partenariat", language="fr", source=ARPP_INFLUENCE),
    DisclosureMarker(text="#sponsorisé", language="fr", source=ARPP_INFLUENCE),
    DisclosureMarker(text="#sponso", language="fr", source=ARPP_INFLUENCE),
    DisclosureMarker(text="#pub", language="fr", source=ARPP_INFLUENCE),
)
"""Markers that count as a clear disclosure, each with its source.

A tuple, so nothing can change it in place: to accept more markers, build a
rule with them (``disclosure_rule(markers=DISCLOSURE_MARKERS + (...))``) and
put it in your rule set in place of the default one.
"""
