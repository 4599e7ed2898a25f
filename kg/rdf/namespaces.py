"""The kg news ontology as a ``DefinedNamespace``: a misspelt term raises instead of minting an IRI.

GENERATED from ontology/*.ttl by ``python -m kg.rdf.gen_namespace``; do not edit by hand.
"""

from rdflib.namespace import DefinedNamespace, Namespace
from rdflib.term import URIRef


class KGO(DefinedNamespace):
    """Terms of <https://w3id.org/kg-news/ontology#>."""

    _NS = Namespace("https://w3id.org/kg-news/ontology#")
    _fail = True

    AdministrativeArea: URIRef  # A region of Indonesia's official list (Kemendagri), identified by its kgo:regionCode.
    Agreement: URIRef  # Parties sign or reach an agreement.
    Arrival: URIRef  # A participant arrives at a place.
    City: URIRef  # A city of the official list: second-order division like a regency (GeoNames ADM2).
    CoMention: URIRef  # Two entities named together in the same articles, counted by the build over all its articles: how many articles name both (kgo:articleCount) and which (kgo:coMentionedIn). A build keeps only pairs named together in at least a threshold of articles (kg build --co-mentions, default 2).
    Country: URIRef  # A sovereign country, identified by its ISO 3166 code.
    Departure: URIRef  # A participant leaves a place.
    District: URIRef  # A district (kecamatan, distrik in Papua): third-order division (GeoNames ADM3).
    Event: URIRef  # Something that happened, possibly reported by several articles.
    EventMention: URIRef  # The trigger word by which an article reports an event ("bertemu").
    Meeting: URIRef  # Two or more parties meet or hold talks.
    Mention: URIRef  # A span of an article's text that names an entity or signals an event (kgo:mentionOf).
    MissileLaunch: URIRef  # A missile or rocket is fired or launched.
    NewsArticle: URIRef  # One news article; text offsets of its spans point into its schema:articleBody.
    NewsOrganization: URIRef  # A news outlet or agency that publishes articles.
    Organization: URIRef  # A government body, company, party, army, agency or other organization.
    Person: URIRef  # A real person named in the news.
    Place: URIRef  # A geographic place: a city, region, country or site.
    Protest: URIRef  # A party protests or condemns an action.
    Province: URIRef  # A province: first-order division (GeoNames ADM1).
    Quote: URIRef  # Words an article attributes to a speaker, quoted directly or reported.
    Regency: URIRef  # A regency: second-order division (GeoNames ADM2), part of a province.
    Role: URIRef  # A title or office held by a person, as an article states it ("Presiden Rusia").
    Sanction: URIRef  # A party imposes sanctions on another.
    Sentence: URIRef  # A sentence of an article.
    Statement: URIRef  # A participant says or announces something.
    TimeExpression: URIRef  # A span of text that names a date ("Selasa (12/9)", "tahun lalu"), with its normalised kgo:timeValue.
    Travel: URIRef  # A participant travels somewhere.
    UrbanVillage: URIRef  # An urban village (kelurahan): fourth-order division like a village (GeoNames ADM4).
    Village: URIRef  # A village (desa, nagari, gampong, kampung in Papua): fourth-order division (GeoNames ADM4).
    Visit: URIRef  # A participant visits a place or a host.
    WeaponsDeal: URIRef  # Weapons are sold, supplied or traded between parties.
    anchorOf: URIRef  # The span's text exactly as written.
    articleCount: URIRef  # How many articles name both entities of a co-mention: its kgo:coMentionedIn articles.
    authorName: URIRef  # A byline name as written (not resolved to a person).
    beginIndex: URIRef  # Offset of the span's first character in the article body (from 0).
    coMentionedIn: URIRef  # An article that names both entities of a co-mention (each kgo:mentions them): what the pair was counted from.
    cue: URIRef  # The speech verb as written ("kata", "ujar").
    date: URIRef  # When an event happens: xsd:date, xsd:gYearMonth or xsd:gYear, as precise as the text allows.
    datePrecision: URIRef  # How precise kgo:date or kgo:timeValue is: "day", "month" or "year".
    dateline: URIRef  # The place named in the dateline, as written ("Moskow").
    direct: URIRef  # True for words in quote marks, false for reported speech.
    editorName: URIRef  # The name on the article's editor line.
    endIndex: URIRef  # Offset just after the span's last character in the article body.
    evidence: URIRef  # A span of text that supports a fact (an event's trigger, a role's title).
    firstEntity: URIRef  # The entity of a co-mention whose IRI comes first in code point order (the other is kgo:secondEntity).
    hasRole: URIRef  # A role the person holds.
    holder: URIRef  # The person who holds the role.
    inArticle: URIRef  # The article a span (mention, sentence, quote, role) is part of.
    inSentence: URIRef  # The sentence a span is part of.
    iso3166: URIRef  # The country's ISO 3166-1 alpha-2 code ("ID", "RU").
    kgVersion: URIRef  # The version of kg that ran a build (on a prov:Activity).
    mentionOf: URIRef  # The entity or event a mention refers to.
    mentions: URIRef  # An entity the article names at least once.
    model: URIRef  # The NLP model (name and hash) a build used.
    partOf: URIRef  # The region of the official list this region lies directly in (a district's regency).
    participant: URIRef  # A person, organization or country taking part in an event.
    place: URIRef  # Where an event happens.
    quoteText: URIRef  # The quoted words, without quote marks.
    referenceDate: URIRef  # The date relative expressions ("kemarin") were read against.
    referenceDateInferred: URIRef  # True when the reference date was inferred from the text rather than stated.
    regionCode: URIRef  # The region's dotted Kemendagri code ("32", "32.04", "32.04.05", "32.04.05.2001"); its IRI is id/place/region/ and the code without dots.
    reportedIn: URIRef  # An article that reports the event.
    retrieved: URIRef  # When a crawler fetched the article's page (a web archive's WARC-Date); not when it was published.
    roleIn: URIRef  # The organization or country the role is held in.
    secondEntity: URIRef  # The entity of a co-mention whose IRI comes second in code point order.
    sourceList: URIRef  # The schema:identifier of each kgo:coMentionedIn article, distinct, in code point order, joined by " | ": written once by the build, so a query need not gather them for every pair.
    speaker: URIRef  # The person or organization who said the quoted words.
    timeValue: URIRef  # The date a time expression stands for: xsd:date, xsd:gYearMonth or xsd:gYear by its kgo:datePrecision.
    title: URIRef  # The title as written ("Presiden Rusia", "juru bicara Kremlin").
