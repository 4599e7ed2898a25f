"""The official region list as evidence for places (a step of ``kg_entities``).

Repairs, each on ``doc.ents``:

* an "RT 07 RW 03" (or "RT 06/RW 01") tail is cut off a place: the neighbourhood unit is a
  detail of the address, not part of the name ("Dusun Karangsari RT 07 RW 03" -> "Dusun Karangsari");
* a span that is wholly the name of a province, regency or city of the list, or a short form
  that always means one ("Jabar", "Sumut", "DKI", "KBB"), is a place, even where the model called
  it a person or an organisation ("Cilacap" as PER, "Riau" as ORG);
* such a name the model missed is added, when it is a whole capitalised run of words (so
  "Bandung" in "Institut Teknologi Bandung" is left to the organisation), and a one-word name
  only when the corpora never write it in lower case ("Batang", "Lebak" are common words too);
* a level word written in lower case or abbreviated before a place joins it ("kab. Tanah laut"),
  a region name right after a unit word the model left out is that body ("Polda" + "Sumsel"), and
  a "person" that ends in a province is a place and its province ("Janeponto Sulsel").

Levels below regencies (districts, villages) are not matched without their level word: tens of
thousands of them are ordinary words or personal names; only a district of a regency or city the
article names, or a village of a district it names, is (``tag_local_regions``). The level-word
rules are in ``kg.nlp.cues``.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

from spacy.tokens import Doc, Span

from kg.nlp.casing import casing_counts, is_common_word, is_never_capitalised_alone, is_person_word
from kg.nlp.context import doc_ents, set_ents, token_is_alpha, token_texts
from kg.nlp.cues import FACILITY_FIRST, ORG_FIRST, ORG_LAST
from kg.nlp.roles import HEADS, REGIONAL_OFFICES
from kg.nlp.spantext import span_text
from kg.records import LOC, ORG, PER
from kg.regions import normalise_region
from kg.words import FACILITY_WORDS, LEVEL_WORDS

RULE_ID = "kg_rule"
# Nouns "kota" completes: "Balai Kota Surabaya" is the town hall, "Ibu Kota" the capital, not "Balai" + a city.
TOWN_COMPOUNDS = frozenset({"balai", "ibu", "wali", "pusat"})
MAX_NAME_TOKENS = 4
_NEIGHBOURHOOD = frozenset({"rt", "rw"})
_CURRENCY = frozenset({"rp", "usd"})


def tag_regions(doc: Doc) -> None:
    """Cut RT/RW tails, retype spans that are region names as places, add region names missed."""
    names = region_names()
    names |= _contracted_here(doc, names)
    ents = []
    held: set[int] = set()  # where the names of holders split off a place start
    changed = False
    for ent in doc_ents(doc):
        if ents and ent.start < ents[-1].end:
            changed = True  # taken into the body before it ("BPBD Kab" + "Serang")
            continue
        fixed = _without_tail(doc, _without_neighbourhood(doc, ent), names)
        if fixed is not None and fixed.label_ in (PER, ORG) and _key(fixed) in names:
            fixed = Span(doc, fixed.start, fixed.end, label=LOC, span_id=fixed.id_)
        if fixed is not None and _unit_of_body(doc, fixed, names, ents):
            fixed = Span(doc, fixed.start - 1, fixed.end, label=ORG, span_id=fixed.id_)
        parts = _official_boundaries(doc, fixed, names) if fixed is not None else []
        parts = [q for part in parts for q in _place_then_province(doc, part)]
        changed = changed or [(p.start, p.end, p.label_) for p in parts] != [(ent.start, ent.end, ent.label_)]
        if parts and ents and _name_goes_on(ents[-1], parts[0], held):
            # "Bupati Sumba Barat Daya Markus" + "Dairo Tallu": the holder split off the place goes on
            parts[0] = Span(doc, ents.pop().start, parts[0].end, label=PER, span_id=parts[0].id_)
        held.update(p.start for p in parts[1:] if p.label_ == PER)
        ents.extend(parts)
    taken = {i for e in ents for i in range(e.start, e.end)}
    added = _missed(doc, names.__contains__, taken, listed=True)
    taken.update(i for e in added for i in range(e.start, e.end))
    added += _missed_in_lower_case(doc, taken)
    if changed or added:
        set_ents(doc, sorted(ents + added, key=lambda e: e.start), default="outside")
    tag_local_regions(doc)


def tag_local_regions(doc: Doc) -> None:
    """Districts and villages of the regions the article names are places: a name typed as a person
    ("Tenggarong" beside "Kecamatan Loa Janan", "Rowolaku" beside "Kajen") or missed ("seperti
    Kalapanunggal" after "Sukabumi") that the list has as a district of a regency or city the article
    names (or could mean), or as a village of a district it names."""
    local = _local_names(doc)
    if local is None:
        return
    ents, changed = [], False
    for ent in doc_ents(doc):
        after_body = ent.start > 0 and _body_word(doc[ent.start - 1]) and doc[ent.start - 1].lower_ not in HEADS
        if ent.label_ == PER and not after_body and local(_key(ent)):  # "Mapolsek Tenayan Raya": the body's unit
            ent = Span(doc, ent.start, ent.end, label=LOC, span_id=ent.id_)
            changed = True
        ents.append(ent)
    taken = {i for e in ents for i in range(e.start, e.end)}
    added = _missed(doc, local, taken)
    if changed or added:
        set_ents(doc, sorted(ents + added, key=lambda e: e.start), default="outside")


def _local_names(doc: Doc) -> Callable[[str], bool] | None:
    """A test for names of districts and villages inside the article's regions; None when it names none."""
    from kg.link_regions import AMBIGUOUS, RegionLink, link_regions
    from kg.regions import CITY, DISTRICT, REGENCY, URBAN_VILLAGE, VILLAGE, candidates

    places = []
    for ent in doc_ents(doc):
        if ent.label_ == LOC:
            places.append(ent)
        elif ent.label_ == ORG:  # "Kecamatan Loa Janan" typed a body, "Disperindag Kabupaten Malang": its region
            level = next((k for k in range(len(ent)) if ent[k].lower_.rstrip(".") in LEVEL_WORDS), None)
            if level is not None:
                places.append(ent[level:])
    if not places:
        return None
    upper, districts = set(), set()
    for ent, found in zip(places, link_regions([e.text for e in places])):
        if isinstance(found, RegionLink):
            for region in (found.region, *found.parents):
                if region.level in (REGENCY, CITY):
                    upper.add(region.code)
                elif region.level == DISTRICT:
                    districts.add(region.code)
        elif found == AMBIGUOUS:
            upper.update(r.code for r in candidates(ent.text, (REGENCY, CITY)))
    if not upper and not districts:
        return None

    def local(key: str) -> bool:
        if key in region_names() or not key:
            return False
        if any(r.parent_code in upper for r in candidates(key, (DISTRICT,))):
            return True
        return bool(districts) and any(r.parent_code in districts for r in candidates(key, (VILLAGE, URBAN_VILLAGE)))

    return local


@lru_cache(maxsize=1)
def region_names() -> frozenset[str]:
    """Normalised names of provinces, regencies and cities, and the short forms of the list."""
    from kg.link_regions import short_forms
    from kg.regions import CITY, PROVINCE, REGENCY, all_regions, normalise_region

    names = {normalise_region(r.name) for r in all_regions((PROVINCE, REGENCY, CITY))}
    return frozenset(names | set(short_forms()))


@lru_cache(maxsize=1)
def _names_without_spaces() -> dict[str, str]:
    return {name.replace(" ", ""): name for name in region_names()}


def _contracted_here(doc: Doc, names: frozenset[str]) -> frozenset[str]:
    """Syllabic short forms of two-word regions the article writes in full ("Mura" beside "Kabupaten
    Murung Raya", "Tanbu" beside "Tanah Bumbu"): which region such a form means ("Mura" is also Musi
    Rawas) only the article tells."""
    from kg.resolve.short_forms import is_contraction

    written = set()
    for ent in doc_ents(doc):
        key = _key(ent)
        words = key.split()
        if words and words[0] in LEVEL_WORDS:
            key = " ".join(words[1:])
        if len(key.split()) == 2 and key in names:
            written.add(key)
    if not written:
        return frozenset()
    texts, alpha = token_texts(doc), token_is_alpha(doc)  # a Token object only for the few words that may be
    return frozenset(
        normalise(text) for i, text in enumerate(texts)
        if alpha[i] and 4 <= len(text) <= 8 and doc[i].is_title and normalise(text) not in names
        and not is_common_word(text) and any(is_contraction(text, name) for name in written))


def is_region_name(text: str) -> bool:
    """The name of a province, regency or city of the list, or a short form of one ("Jabar")."""
    return normalise(text) in region_names()


def _key(span: Span) -> str:
    return normalise(span_text(span))


@lru_cache(maxsize=1 << 16)
def normalise(text: str) -> str:
    """The key of a region name; the list's own spelling where news writes its words together or apart
    ("Limapuluh Kota" / "Lima Puluh Kota", "Tanjungpinang" / "Tanjung Pinang", "Palangka Raya" / "Palangkaraya").

    Cached: the rules ask for the key of every entity and capitalised run, the same few names again and again.
    """
    key = normalise_region(text)
    if key in region_names():
        return key
    return _names_without_spaces().get(key.replace(" ", ""), key)


def _without_neighbourhood(doc: Doc, ent: Span) -> Span | None:
    """The place without an "RT 07 RW 03" tail; None when nothing is left."""
    if ent.label_ != LOC:
        return ent
    cut = next((t.i for t in ent if t.lower_ in _NEIGHBOURHOOD and t.i > ent.start), None)
    if cut is None:
        return ent
    while cut > ent.start and doc[cut - 1].is_punct:
        cut -= 1
    return Span(doc, ent.start, cut, label=LOC, span_id=ent.id_) if cut > ent.start else None


def _official_boundaries(doc: Doc, ent: Span, names: frozenset[str]) -> list[Span]:
    """Boundaries of a place written with its level word, or after a regional office, set by the list:
    "Kecamatan Satui Tanah Bumbu" -> "Kecamatan Satui" + "Tanah Bumbu" (a district, then its regency);
    "Kecamatan Koto Kampar" + "Hulu" -> "Kecamatan Koto Kampar Hulu" (the district's whole name);
    "Bupati Tanah Bumbu Mardani" -> "Tanah Bumbu" + the person "Mardani"."""
    from kg.link_regions import level_word_regions

    if ent.label_ == ORG and ent[-1].lower_ in LEVEL_WORDS:
        # "BPBD Kab" + "Serang": a body cut after the level word of its region
        for end in range(min(len(doc), ent.end + MAX_NAME_TOKENS), ent.end, -1):
            words = doc[ent.end:end]
            if all(_capitalised(t) and t.ent_type_ in ("", LOC, PER) for t in words) and _key(words) in names:
                holder = _rest_of_person(doc, end)  # "DPRD Provinsi" + "Kalimantan Tengah Wiyatno"
                if holder is None and any(t.ent_type_ == PER for t in words):
                    continue
                return [Span(doc, ent.start, end, label=ORG, span_id=ent.id_)] + ([holder] if holder else [])
        return [ent]
    if ent.label_ == LOC and ent[0].lower_.rstrip(".") not in LEVEL_WORDS:
        written = _with_level_word_before(doc, ent)
        if written is not None:
            return [written]
        inner = next((t.i for t in ent[1:] if t.text[:1].isupper() and t.lower_.rstrip(".") in LEVEL_WORDS
                      and not (t.lower_ == "kota" and doc[t.i - 1].lower_ in TOWN_COMPOUNDS)
                      and t.i + 1 < ent.end and level_word_regions(doc[t.i:ent.end].text)), None)
        if inner is not None and ent[0].lower_ not in FACILITY_WORDS:
            # "Salabulan Kecamatan Sibolangit": a village, then its district (not "Taman Kota Bandung")
            return [Span(doc, ent.start, inner, label=LOC, span_id=ent.id_),
                    Span(doc, inner, ent.end, label=LOC, span_id=RULE_ID)]
    if ent.label_ == PER and len(ent) >= 2:
        return _holder_after_office_region(doc, ent, names) or [ent]  # "Sekda Pati" + "Suharyono"
    if ent.label_ == ORG and len(ent) >= 3:
        return _holder_after_regional_body(doc, ent, names) or [ent]  # "anggota DPRD Mura" + "Heriyus"
    if ent.label_ != LOC or len(ent) < 2:
        return [ent]
    if ent[0].lower_.rstrip(".") in LEVEL_WORDS:
        if len(level_word_regions(ent.text)) == 1:
            return [ent]
        longer = _lower_case_tail(doc, ent.start, ent.end)
        if longer is not None:  # "Desa Kuala" + "dua": the list has Kuala Dua
            return [Span(doc, ent.start, longer, label=LOC, span_id=ent.id_)]
        if level_word_regions(ent.text):
            return [ent]
        for end in range(ent.end - 1, ent.start + 1, -1):
            if _lies_in(level_word_regions(doc[ent.start:end].text), doc[end:ent.end].text):
                return [Span(doc, ent.start, end, label=LOC, span_id=ent.id_),
                        Span(doc, end, ent.end, label=LOC, span_id=RULE_ID)]
        for end in range(ent.end - 1, ent.start + 1, -1):  # "Kepala DLH Kabupaten Serang Prauri"
            if (level_word_regions(doc[ent.start:end].text) and _could_be_name(doc[end:ent.end])
                    and any(t.lower_ in HEADS for t in doc[max(0, ent.start - 10):ent.start])):
                return [Span(doc, ent.start, end, label=LOC, span_id=ent.id_),
                        Span(doc, end, ent.end, label=PER, span_id=RULE_ID)]
        for end in range(ent.end + 1, min(len(doc), ent.end + 2) + 1):
            words = doc[ent.end:end]
            if all(_capitalised(t) and t.ent_iob_ == "O" for t in words) and level_word_regions(doc[ent.start:end].text):
                return [Span(doc, ent.start, end, label=LOC, span_id=ent.id_)]
        return [ent]
    if (after_office := _holder_after_office_region(doc, ent, names)) is not None:
        return after_office  # "Bupati Muara Enim Edison": the regency's whole name, then its regent
    if len(ent) >= 3 and _key(ent) not in names and not _is_region(ent.text):
        for end in range(ent.end - 2, ent.start, -1):  # "Sidareja Agus Sudaryanto": a district, then a person
            rest = doc[end:ent.end]
            if _is_region(doc[ent.start:end].text) and _could_be_name(rest) and is_person_word(rest[0].text):
                label = LOC if _is_region(rest.text) else PER  # "Situbondo Jawa Timur": a regency, its province
                return [Span(doc, ent.start, end, label=LOC, span_id=ent.id_),
                        Span(doc, end, ent.end, label=label, span_id=RULE_ID)]
    return [ent]


def _name_goes_on(holder: Span, after: Span, held: set[int]) -> bool:
    return (holder.start in held and after.label_ == PER and holder.end == after.start
            and holder.doc[holder.end - 1].whitespace_ == " ")


def _rest_of_person(doc: Doc, start: int) -> Span | None:
    """The person's name that a "person" span running on from before ``start`` holds from there on."""
    if start >= len(doc) or doc[start].ent_iob_ != "I" or doc[start].ent_type_ != PER:
        return None
    end = start
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return Span(doc, start, end, label=PER, span_id=RULE_ID) if _could_be_name(doc[start:end]) else None


def join_lower_case_regions(doc: Doc) -> None:
    """"Kejari konsel", "KPU manokwari", "MRP papua barat": a unit's one-word name (an acronym or a body's
    first word) followed by its region typed in lower case is that region's unit. A common word alone is no
    such region ("Polres batu")."""
    names = region_names()
    ents = list(doc_ents(doc))
    fixed, changed = [], False
    for k, ent in enumerate(ents):
        following = ents[k + 1].start if k + 1 < len(ents) else len(doc)
        if ent.label_ == ORG and len(ent) == 1 and _body_word(ent[0]):
            for end in range(min(following, ent.end + 2), ent.end, -1):
                words = doc[ent.end:end]
                if _name_in_lower_case(words) and _key(words) in names:
                    ent, changed = Span(doc, ent.start, end, label=ORG, span_id=ent.id_), True
                    break
        fixed.append(ent)
    if changed:
        set_ents(doc, fixed, default="outside")


def _holder_after_office_region(doc: Doc, ent: Span, names: frozenset[str]) -> list[Span] | None:
    """"Bupati Tanah Bumbu Mardani", "Sekda Pati Suharyono": after a regional office, a region
    name and the holder's name run together; the place, then the person."""
    if ent.start == 0 or doc[ent.start - 1].lower_ not in REGIONAL_OFFICES | {"sekda", "sekdakot"} \
            or _key(ent) in names:
        return None
    for end in range(ent.end - 1, ent.start, -1):
        if _key(doc[ent.start:end]) in names and _could_be_name(doc[end:ent.end]):
            return [Span(doc, ent.start, end, label=LOC, span_id=ent.id_),
                    Span(doc, end, ent.end, label=PER, span_id=RULE_ID)]
    return None


def _holder_after_regional_body(doc: Doc, ent: Span, names: frozenset[str]) -> list[Span] | None:
    """"anggota DPRD Mura Heriyus": after an office word, a body, its region and the holder's name run
    together; the region's body, then the person."""
    if ent.start == 0 or doc[ent.start - 1].lower_ not in HEADS or _key(ent[1:]) in names:
        return None
    for end in range(ent.end - 1, ent.start + 1, -1):
        if _key(doc[ent.start + 1:end]) in names and _could_be_name(doc[end:ent.end]):
            return [Span(doc, ent.start, end, label=ORG, span_id=ent.id_),
                    Span(doc, end, ent.end, label=PER, span_id=RULE_ID)]
    return None


def _lies_in(found: tuple, text: str) -> bool:
    """Does one of the regions ``found`` lie in a province, regency or city named ``text``? ("Kecamatan
    Satui" in "Tanah Bumbu"; not "Kabupaten Toba" in "Samosir", a regency beside it)."""
    from kg.regions import CITY, PROVINCE, REGENCY, candidates

    outer = candidates(_official_name(text), (PROVINCE, REGENCY, CITY))
    return any(r.within(o.code) for r in found for o in outer)


def _official_name(text: str) -> str:
    """The list's name of a short form ("Labura" -> "Labuhanbatu Utara"), else ``text``."""
    from kg.link_regions import short_forms
    from kg.regions import region

    code = short_forms().get(normalise(text))
    found = region(code) if code else None
    return found.name if found else text


def _with_level_word_before(doc: Doc, ent: Span) -> Span | None:
    """A place the model found without the level word written before it in lower case or
    abbreviated: "kabupaten" + "Tangerang", "kab." + "Tanah" + "laut" -> "kab. Tanah laut", when the
    list has a region of that level with that name; None otherwise."""
    from kg.link_regions import level_word_regions, region_alone

    start = ent.start - 1
    if start > 0 and doc[start].text == "." and doc[start - 1].lower_ in LEVEL_WORDS:
        start -= 1  # "kab" "." "Tanah"
    if start < 0 or doc[start].lower_.rstrip(".") not in LEVEL_WORDS or doc[start].text[:1].isupper():
        return None
    if any(t.ent_iob_ != "O" for t in doc[start:ent.start]):
        return None
    end = _lower_case_tail(doc, start, ent.end) or ent.end
    found = level_word_regions(doc[start:end].text)
    if not found or (doc[start].text in LEVEL_WORDS and end == ent.end and region_alone(ent.text) in found):
        return None  # "kabupaten Tambrauw": the name alone says which region; a lower-case level word is no part of it
    return Span(doc, start, end, label=LOC, span_id=ent.id_)


def _lower_case_tail(doc: Doc, start: int, end: int) -> int | None:
    """The end of a level-word name that runs on into one or two lower-case words the list's name
    has ("Desa Kuala" + "dua", "kab. Tanah" + "laut"), when the name without them is no single region."""
    from kg.link_regions import level_word_regions

    if len(level_word_regions(doc[start:end].text)) == 1:
        return None
    for longer in range(min(len(doc), end + 2), end, -1):
        words = doc[end:longer]
        if all(t.is_alpha and t.is_lower and t.ent_iob_ == "O" for t in words) and level_word_regions(
                doc[start:longer].text):
            return longer
    return None


def _place_then_province(doc: Doc, ent: Span) -> list[Span]:
    """A "person" that ends in a province is a place and its province: "Janeponto Sulsel" ->
    "Janeponto" + "Sulsel", when no word before the province is one the corpora write only in
    people's names; so is a place that is a region of the list, then a province ("Medan Sumatera Utara")."""
    from kg.link_regions import short_forms
    from kg.regions import PROVINCE, candidates, region

    if ent.label_ not in (PER, LOC) or len(ent) < 2 or (ent.label_ == LOC and _key(ent) in region_names()):
        return [ent]
    for cut in range(ent.start + 1, ent.end):
        key = _key(doc[cut:ent.end])
        code = short_forms().get(key)
        province = (region(code) if code else None) or next(iter(candidates(key, (PROVINCE,))), None)
        if province is not None and province.level == PROVINCE:
            rest = doc[ent.start:cut]
            if ent.label_ == LOC and (not _is_region(rest.text) or rest[0].lower_ in LEVEL_WORDS | FACILITY_FIRST
                                      or is_common_word(rest.text)):
                return [ent]  # "Medan Sumatera Utara": a town, then its province; not "Jalan", "Kota", "Selat Bali"
            if all(_capitalised(t) and not is_person_word(t.text) for t in rest):
                return [Span(doc, ent.start, cut, label=LOC, span_id=ent.id_),
                        Span(doc, cut, ent.end, label=LOC, span_id=RULE_ID)]
            return [ent]
    return [ent]


def _is_region(text: str) -> bool:
    from kg.regions import CITY, DISTRICT, PROVINCE, REGENCY, candidates

    return bool(candidates(text, (PROVINCE, REGENCY, CITY, DISTRICT)))


def _could_be_name(span: Span) -> bool:
    """Capitalised words that are no level word or common word ("Kapolres Malang Kota": "Kota" is not a name)
    and do not end a body's name ("pelatih kepala Semen Padang FC": the club's "FC")."""
    return all((t.text[:1].isupper() and t.lower_.rstrip(".") not in LEVEL_WORDS) or _glued_hyphen(t) for t in span) \
        and not (span[0].is_alpha and is_common_word(span[0].text)) and span[-1].lower_ not in ORG_LAST


def _glued_hyphen(token) -> bool:
    """The hyphen inside a name written "Al-Haris": glued to the words on both sides."""
    return (token.text == "-" and 0 < token.i < len(token.doc) - 1 and not token.whitespace_
            and not token.doc[token.i - 1].whitespace_)


def _without_tail(doc: Doc, ent: Span | None, names: frozenset[str]) -> Span | None:
    """A region name the model ran on into a price or plain words: "Gresik Rp31.000 per",
    "Kota Blitar Rp" -> "Gresik", "Kota Blitar". Cut only after the longest part that is a region
    name, and only when the rest has a number or a lower-case word (a name never does)."""
    if ent is None or ent.label_ != LOC or len(ent) < 2 or _is_name(ent, names):
        return ent
    for end in range(ent.end - 1, ent.start, -1):
        rest = doc[end:ent.end]
        if _is_name(doc[ent.start:end], names) and any(
                t.text[:1].islower() or t.lower_ in _CURRENCY or any(ch.isdigit() for ch in t.text) for t in rest):
            return Span(doc, ent.start, end, label=LOC, span_id=ent.id_)
    return ent


def _is_name(span: Span, names: frozenset[str]) -> bool:
    """A region name, with or without its level word ("Kota Blitar", "Blitar")."""
    words = span.text.split(maxsplit=1)
    bare = words[1] if len(words) > 1 and words[0].casefold().rstrip(".") in LEVEL_WORDS else span.text
    return _key(span) in names or normalise(bare) in names


def _missed(doc: Doc, is_name: Callable[[str], bool], taken: set[int], listed: bool = False) -> list[Span]:
    """Whole capitalised runs outside any entity that are region names (``is_name`` of their key).

    listed: the names are the provinces, regencies and cities and their official short forms, which
    outweigh a dictionary that has the word but the corpora never show in lower case ("perwakilan Sumbar"),
    unless a sentence's start may be what capitalises it."""
    added = []
    texts, alpha = token_texts(doc), token_is_alpha(doc)  # most words are passed without a Token object
    i = 0
    while i < len(doc):
        if i in taken or not texts[i][:1].isupper() or not alpha[i]:  # not _capitalised(doc[i])
            i += 1
            continue
        end = i
        while end < len(doc) and end not in taken and alpha[end] and texts[end][:1].isupper():  # a capitalised word
            end += 1
        while i < end - 1 and texts[i].lower() in HEADS:  # "Gubernur Jabar": the office is no part of the name
            i += 1
        if i < end - 1 and _starts_sentence(doc, i) and is_common_word(doc[i].text) and not is_name(_key(doc[i:end])):
            i += 1  # "Seperti Grobogan bulan September": a common word capitalised only as the sentence starts
        run = doc[i:end]
        if (
            0 < len(run) <= MAX_NAME_TOKENS
            and not (i > 0 and (i - 1 in taken or (_body_word(doc[i - 1]) and doc[i - 1].lower_ not in HEADS)))
            and is_name(_key(run))
            and (len(run) > 1 or run.text.isupper() or not is_common_word(run.text) or _listed_with_places(doc, i, end)
                 or listed and casing_counts(run.text) is None and not _starts_sentence(doc, i))
            and not (len(run) == 1 and _starts_sentence(doc, i) and is_never_capitalised_alone(run.text))
            # "Kabar tersebut ...": a word, though a village has that name
            and not (len(run) == 1 and end in taken and doc[end].ent_type_ == PER and doc[i].whitespace_)
            # "Bang Suganda": a word right before a person's name is how the person is addressed or named
        ):
            added.append(Span(doc, i, end, label=LOC, span_id=RULE_ID))
        i = max(end, i + 1)
    return added


def _missed_in_lower_case(doc: Doc, taken: set[int]) -> list[Span]:
    """"kecamatan sungkai jaya, kabupaten lampung utara": a region written in lower case with its level word,
    when the list has a region of that level and name and one of its words is no common word (the corpora
    write "sungkai", "lampung" capitalised; "desa baru", "kota baru" stay words)."""
    from kg.link_regions import level_word_regions

    added = []
    texts = token_texts(doc)
    for i, text in enumerate(texts):
        if text not in LEVEL_WORDS or i in taken:  # lower case only: LEVEL_WORDS are lower case
            continue
        for end in range(min(len(doc), i + 4), i + 1, -1):
            words = doc[i + 1:end]
            if not taken.intersection(range(i + 1, end)) and _name_in_lower_case(words) \
                    and level_word_regions(doc[i:end].text):
                added.append(Span(doc, i, end, label=LOC, span_id=RULE_ID))
                taken.update(range(i, end))
                break
    return added


def _name_in_lower_case(words: Span) -> bool:
    """Words typed in lower case of which one at least the corpora write capitalised, as a name ("sungkai",
    "konsel"; not "baru", "batu")."""
    return all(t.is_alpha and t.is_lower for t in words) and not all(is_common_word(t.text.capitalize()) for t in words)


def _listed_with_places(doc: Doc, start: int, end: int) -> bool:
    """Is the run at ``start:end`` one item of a list of places ("Aceh, Sumut, Sumbar dan Riau")? A region
    name that is also a word ("Sumbar") is then the region."""
    before = start >= 2 and doc[start - 1].text == "," and doc[start - 2].ent_type_ == LOC
    after = end + 1 < len(doc) and doc[end].lower_ in (",", "dan") and doc[end + 1].ent_type_ == LOC
    return before or after


def _starts_sentence(doc: Doc, i: int) -> bool:
    """Does token ``i`` open a sentence or line? (Sentences are set later in the pipeline.)"""
    return i == 0 or doc[i - 1].text in (".", "!", "?") or "\n" in doc[i - 1].text_with_ws


def _unit_of_body(doc: Doc, ent: Span, names: frozenset[str], before: list[Span]) -> bool:
    """Is the place the region of a body's unit whose first word the model left out ("Polda" +
    "Sumsel", "Pemkab" + "Kudus")? Only a capitalised unit word outside any entity."""
    if ent.label_ != LOC or ent.start == 0 or _key(ent) not in names:
        return False
    word = doc[ent.start - 1]
    return (word.lower_ in ORG_FIRST and word.is_alpha and word.text[:1].isupper()
            and word.ent_iob_ == "O" and not (before and before[-1].end > word.i))


def _body_word(token) -> bool:
    """An acronym or a body's first word ("BPBD", "Polda", "Pemkab"): the region after it names the body's unit."""
    return (token.text.isupper() and len(token.text) >= 2) or token.lower_ in ORG_FIRST


def _capitalised(token) -> bool:
    return token.is_alpha and token.text[:1].isupper()
