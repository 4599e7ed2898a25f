"""Event trigger words: which word signals which event type (used by ``kg_events``).

Triggers are matched by root (``kg.nlp.morph``) so every derived form counts
("bertemu", "pertemuan", "menemui" -> Meeting); forms whose root is ambiguous
are listed as surface forms. Launches need a missile word after the verb,
weapons deals a weapon word, sanctions a sanctioning verb nearby; a negation
just before ("tidak menjual") cancels the trigger.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Token

from kg.nlp.morph import root, strip_clitic
from kg.records import LOC, ORG, PER

MEETING, TRAVEL, ARRIVAL, DEPARTURE, VISIT = "Meeting", "Travel", "Arrival", "Departure", "Visit"
STATEMENT, LAUNCH, SANCTION, PROTEST, AGREEMENT, DEAL = (
    "Statement", "MissileLaunch", "Sanction", "Protest", "Agreement", "WeaponsDeal",
)
EVENT_TYPES = (
    MEETING, TRAVEL, ARRIVAL, DEPARTURE, VISIT, STATEMENT, LAUNCH, SANCTION, PROTEST, AGREEMENT, DEAL, "Event",
)

# Root -> event type, for every form of the root unless excluded below.
ROOTS = {
    "temu": MEETING, "dialog": MEETING, "runding": MEETING, "berunding": MEETING, "bincang": MEETING,
    "diskusi": MEETING, "ktt": MEETING,
    "tiba": ARRIVAL, "datang": ARRIVAL,
    "berangkat": DEPARTURE, "pulang": DEPARTURE,
    "kunjung": VISIT, "lawat": VISIT, "tandang": VISIT, "tinjau": VISIT, "sambang": VISIT,
    "protes": PROTEST, "kutuk": PROTEST, "kecam": PROTEST, "demonstrasi": PROTEST,
    "sepakat": AGREEMENT,
}
# Surface forms (clitic removed) whose root is ambiguous but the form is not.
FORMS = {
    "pembicaraan": MEETING, "pembicaraaan": MEETING, "perjalanan": TRAVEL, "bepergian": TRAVEL,
    "meninggalkan": DEPARTURE, "bertolak": DEPARTURE, "berangkat": DEPARTURE,
    "mendarat": ARRIVAL, "pendaratan": ARRIVAL,
    "perjanjian": AGREEMENT, "menandatangani": AGREEMENT, "penandatanganan": AGREEMENT,
    "pernyataan": STATEMENT, "pengumuman": STATEMENT, "mengumumkan": STATEMENT,
    # Sessions of councils and offices ("rapat paripurna", "rapat kerja", "rakor", "RDP") and street protests.
    "rapat": MEETING, "raker": MEETING, "rakor": MEETING, "rakornas": MEETING, "rdp": MEETING,
    "demo": PROTEST, "unjuk": PROTEST,
}
# Forms of a trigger's root that name no event: finding ("menemukan"), the people who visit ("pengunjung"), and
# the departure as a noun ("jadwal keberangkatan", "pemberangkatan jemaah haji"): a schedule or a dispatch of
# many (none of the 4 such events made on dev was right).
EXCLUDED_FORMS = frozenset({"menemukan", "ditemukan", "penemuan", "temuan", "menemukannya", "pengunjung",
                            "keberangkatan", "pemberangkatan", "keberangkatannya", "pemberangkatannya"})
LAUNCH_ROOTS = frozenset({"tembak", "luncur"})
WEAPONS = frozenset(
    {"senjata", "amunisi", "rudal", "misil", "peluru", "drone", "tank", "artileri", "persenjataan", "alutsista",
     "munisi", "senapan", "howitzer", "jet", "roket", "peluncur", "granat"}
)
MISSILES = frozenset({"rudal", "misil", "balistik", "roket", "proyektil"})
FACILITY_WORDS = frozenset({"situs", "fasilitas", "pusat", "landasan", "stasiun", "kompleks", "lokasi", "tempat"})
DEAL_ROOTS = frozenset({"jual", "pasok", "sedia", "ekspor", "dagang", "beli", "kirim", "impor"})
SANCTION_ROOTS = frozenset(
    {"jatuh", "laku", "kena", "dapat", "terap", "beri", "cabut", "perluas", "tambah", "bawah"}
)
HEDGES = frozenset({"kemungkinan", "mungkin", "jika", "apabila", "seandainya", "andaikan", "peluang"})
# Wishes: "X ingin gagasan itu dimatangkan dalam rapat", "berharap kunjungan wisatawan ... terus dipertahankan",
# "semoga dapat bertemu": what someone wants to happen, not an event (a plan, "akan bertemu", still is one).
WISHES = frozenset("ingin berkeinginan menginginkan berharap mengharapkan diharapkan harap semoga hendaknya "
                   "sebaiknya seharusnya mestinya".split())
# Adverbs of frequency: "daerah yang sering dikunjungi", "kunjungan kerja semacam ini juga sering dilakukan":
# what someone does again and again, a habit, not one event with its own day and people.
HABITUAL = frozenset("sering seringkali kerap kerapkali acap acapkali biasanya lazimnya".split())
CLAUSE_BREAKS = frozenset(
    "untuk yang karena sebelum setelah ketika saat sejak sambil sehingga namun tetapi agar bahwa jika "
    "meskipun sementara selama usai seusai pasca sesudah selepas".split()
)
NEGATIONS = frozenset({"tidak", "tak", "belum", "bukan", "jangan", "batal"})
# Quantifiers: "jumlah kunjungan wisatawan", "serangkaian kunjungan", "beberapa kali kunjungannya", "Beberapa
# titik yang dikunjungi", "kunjungan dari negara-negara": visits counted or lumped together, or made by many
# unnamed visitors, a statistic or a summary, not one event with its own people, place and day. (A tour "ke
# beberapa kota di Palestina" is still a visit: to the country.) Before an office ("sejumlah Bupati", "para Kepala
# Dinas") they make many holders, none named (kg.nlp.events).
QUANTIFIERS = frozenset("jumlah serangkaian beberapa sejumlah berbagai banyak para semua seluruh".split())
# "anggaran perjalanan dinas (Perjadin) tahun 2024", "biaya kunjungan kerja": the money for trips or visits,
# a budget line, not one event.
MONEY_NOUNS = frozenset("anggaran biaya dana ongkos tunjangan uang".split())
# "Kunjungan wisatawan ke NTT meningkat": an event noun whose amount rises or falls is a statistic.
AMOUNT_CHANGES = frozenset("meningkat menurun naik turun bertambah berkurang melonjak anjlok merosot".split())
# What one signs when the signing is an agreement ("menandatangani nota kesepahaman"), not a plaque or a letter.
SIGNED_AGREEMENTS = frozenset(
    "perjanjian kesepakatan nota mou memorandum kontrak kerja kerjasama piagam deklarasi komunike pakta traktat "
    "kesepahaman persetujuan protokol konvensi loi".split()
)
SIGNING_FORMS = frozenset({"menandatangani", "penandatanganan", "ditandatangani"})
# "pertemuan pertama Persib vs Madura United", "laga tandang": a match between two sides, not a meeting or visit.
MATCH_WORDS = frozenset({"vs", "versus", "kontra", "melawan", "pertandingan", "laga", "leg"})
# Roots of playing against someone: "bertandang ke Jakarta untuk meladeni perlawanan Timnas", "bertanding".
MATCH_ROOTS = frozenset({"lawan", "tanding"})


def trigger_type(doc: Doc, token: Token) -> str | None:
    """The event type ``token`` signals in its context, or None."""
    if not token.is_alpha or not could_trigger(token.text):
        return None  # the common case: not a trigger word, decided without looking around
    form = strip_clitic(token.text)
    base = root(token.text)
    if token.ent_type_ in (PER, LOC) and _in_long_entity(doc, token):
        return None  # part of a name ("Kunjungan Kenegaraan ..."), not a word of the sentence
    window = [t.lower_ for t in doc[token.i + 1 : token.i + 6]]
    before = [t.lower_ for t in doc[max(0, token.i - 3) : token.i]]
    hedge_window = [t.lower_ for t in doc[max(0, token.i - 4) : token.i]]
    hedge_window = hedge_window[max((k + 1 for k, w in enumerate(hedge_window) if w in ".!?"), default=0) :]
    if any(w in NEGATIONS for w in before) or any(w in HEDGES for w in hedge_window) or _wished(doc, token):
        return None
    if _habitual(doc, token):
        return None
    if ROOTS.get(base) in COUNTABLE or FORMS.get(form) in COUNTABLE:
        if _counted(before, window) or _amount_changes(doc, token):
            return None
    if base in LAUNCH_ROOTS:
        passive = form.startswith("di") and any(w in MISSILES for w in hedge_window)  # "rudal itu ditembakkan"
        if (passive or any(w in MISSILES for w in window)) and not any(w in FACILITY_WORDS for w in before):
            return LAUNCH
        return None
    if base in DEAL_ROOTS or form in ("pemasok",):
        armed = any(w in WEAPONS for w in window[:4]) or "pertahanan udara" in " ".join(window)
        return DEAL if armed else None
    if form == "sanksi" or base == "sanksi":
        nearby = [root(t.text) for t in doc[max(0, token.i - 3) : token.i + 7] if t.i != token.i]
        return SANCTION if any(r in SANCTION_ROOTS for r in nearby) else None
    if form in SIGNING_FORMS and not any(w in SIGNED_AGREEMENTS for w in window[:4]):
        return None
    if form in ("kedatangan", "keberangkatan") and before[-1:] and before[-1] in HALLS:
        return None
    if form in FORMS:
        kind = FORMS[form]
        if form == "unjuk" and window[:1] != ["rasa"]:
            return None  # "unjuk rasa" (a protest), not "unjuk gigi"
        if form == "perjalanan" and window[:1] and root(window[0]) == "pulang":
            return DEPARTURE
        return kind
    if form == "kembali":  # "kembali ke Kuala Lumpur": going back to a place, a departure
        after = doc[token.i + 2] if token.i + 2 < len(doc) else None
        return DEPARTURE if window[:1] == ["ke"] and after is not None and after.ent_type_ in (LOC, ORG) else None
    kind = ROOTS.get(base)
    if kind == AGREEMENT and window[:1] and window[0] in WEAPONS:
        return DEAL  # "kesepakatan senjata"
    if kind == ARRIVAL and base == "datang" and form not in ARRIVAL_FORMS:
        return None  # "mendatangkan", "mendatang" (next)
    if kind == DEPARTURE and base == "pulang" and form not in ("pulang", "kepulangan"):
        return None
    if kind in (ARRIVAL, DEPARTURE) and form.endswith("kan"):
        return None  # "memberangkatkan 171 pekerja", headline "Berangkatkan": the subject sends others
    if kind in (MEETING, VISIT) and any(w in MATCH_WORDS or root(w) in MATCH_ROOTS for w in before[-2:] + window):
        return None  # "laga tandang kontra PSIS": an away match, no visit
    if token.lower_ == "tatap" and window[:1] == ["muka"]:
        return MEETING
    return kind


COUNTABLE = frozenset({MEETING, VISIT, ARRIVAL, DEPARTURE, TRAVEL})  # events of people, counted as statistics
ARRIVAL_FORMS = frozenset({"tiba", "kedatangan", "setibanya", "berdatangan"})
CANDIDATE_ROOTS = frozenset(ROOTS) | LAUNCH_ROOTS | DEAL_ROOTS | {"sanksi"}
CANDIDATE_FORMS = frozenset(FORMS) | {"pemasok", "sanksi", "tatap", "kembali"}


@lru_cache(maxsize=1 << 16)
def could_trigger(word: str) -> bool:
    """Can ``word`` be a trigger in some context (its form or its root is a candidate)? False for most words,
    so ``trigger_type`` need not look around them; cached, as a text repeats its words."""
    form = strip_clitic(word)
    return form not in EXCLUDED_FORMS and (root(word) in CANDIDATE_ROOTS or form in CANDIDATE_FORMS)


def _wished(doc: Doc, token: Token) -> bool:
    """Does a word of wishing open the trigger's clause, a few words before it ("ingin ... dalam rapat")?"""
    for t in reversed(doc[max(token.sent.start, token.i - 6) : token.i]):
        if t.lower_ in WISHES:
            return True
        if t.lower_ in ("untuk", "agar", "supaya") and t.i > 0 and doc[t.i - 1].lower_ in WISHES:
            continue  # "berkeinginan untuk melakukan kunjungan": what is wished
        if t.is_punct or t.lower_ in CLAUSE_BREAKS:
            return False
    return False


def _habitual(doc: Doc, token: Token) -> bool:
    """Is an adverb of frequency in the trigger's clause, a few words before it or, after an event noun,
    before the clause's next punctuation ("sering dikunjungi", "kunjungan ... juga sering dilakukan")?"""
    for t in reversed(doc[max(token.sent.start, token.i - 3) : token.i]):
        if t.lower_ in HABITUAL:
            return True
        if t.is_punct or t.lower_ in CLAUSE_BREAKS:
            break
    return _after_noun_in_clause(doc, token, HABITUAL, reach=10)


# "sudah tiga kali datang", "dua kali bertemu", "berkali-kali berkunjung": events counted over time, not one.
COUNT_WORDS = frozenset("dua tiga empat lima enam tujuh delapan sembilan sepuluh belasan puluhan".split())
# "ruang kedatangan Bandara Eltari", "terminal keberangkatan": the hall, not someone's arrival or departure.
HALLS = frozenset("ruang ruangan terminal pintu gerbang lobi area".split())


def _counted(before: list[str], after: list[str]) -> bool:
    """Is the trigger counted ("jumlah kunjungan", "beberapa kali bertemu", "Beberapa lokasi yang dikunjungi"),
    budgeted ("anggaran perjalanan dinas") or do many unnamed visitors come ("kunjungan dari negara-negara", "dari berbagai daerah")?"""
    if before[-1:] and (before[-1] in QUANTIFIERS or before[-1] in MONEY_NOUNS):
        return True
    if len(before) >= 2 and before[-2] in QUANTIFIERS and before[-1] == "kali":
        return True
    if "berkali-kali" in before or any(w == "kali" and (before[k - 1] in COUNT_WORDS or before[k - 1].isdigit())
                                       for k, w in enumerate(before) if k > 0):
        return True
    if len(before) >= 3 and before[-3] in QUANTIFIERS and before[-1] == "yang":
        return True
    origin = next((k for k, w in enumerate(after[:2]) if w == "dari"), None)
    return origin is not None and origin + 1 < len(after) and (after[origin + 1] in QUANTIFIERS
                                                               or _plural(after[origin + 1]))


def _amount_changes(doc: Doc, token: Token) -> bool:
    """Does a verb of rising or falling follow the event noun in its clause ("kunjungan wisman ke NTT meningkat")?"""
    return _after_noun_in_clause(doc, token, AMOUNT_CHANGES, reach=9)


def _after_noun_in_clause(doc: Doc, token: Token, words: frozenset[str], reach: int) -> bool:
    """After an event noun, does one of ``words`` come within ``reach`` tokens, before its clause's next
    punctuation or break?"""
    from kg.nlp.participants import is_noun_trigger  # (participants imports this module)

    if not is_noun_trigger(token):
        return False
    for t in doc[token.i + 1 : min(token.sent.end, token.i + reach)]:
        if t.lower_ in words:
            return True
        if t.is_punct or t.lower_ in CLAUSE_BREAKS:
            return False
    return False


def _plural(word: str) -> bool:
    """A reduplicated (lower-cased) word: "negara-negara", "daerah-daerah"."""
    first, _, second = word.partition("-")
    return bool(first) and first == second and first.isalpha()


def _in_long_entity(doc: Doc, token: Token) -> bool:
    """Is ``token`` inside a multi-word entity span?"""
    following = doc[token.i + 1] if token.i + 1 < len(doc) else None
    return token.ent_iob_ == "I" or (token.ent_iob_ == "B" and following is not None and following.ent_iob_ == "I")
