"""A role written short takes its body from the same holder's full title in the article, through resolve()."""

from __future__ import annotations

from dataclasses import replace

from kg.records import Quote, Role
from kg.resolve import resolve
from tests.test_resolve import annotate


def _roles(text, spans, roles):
    """(holder key, title, body key) of each role after resolution; roles are (title, person, body) indices."""
    art = annotate(text, spans)
    art = replace(art, roles=tuple(Role(0, 1, title, person, body, 0) for title, person, body in roles))
    resolved = resolve([art]).articles[0]
    keys = resolved.mention_entities
    return [(keys[r.person], r.title, keys[r.affiliation] if r.affiliation is not None else None)
            for r in resolved.annotated.roles]


def test_a_short_title_takes_the_body_of_its_holders_full_title():
    text = "Pj Bupati Madiun Tontro Pahlawanto meresmikan gedung. Bupati Tontro juga meninjau pasar bersama Ketua Budi."
    spans = [("Madiun", "LOC"), ("Tontro Pahlawanto", "PER"), ("Tontro", "PER"), ("Budi", "PER")]
    roles = _roles(text, spans, [("Pj Bupati Madiun", 1, 0), ("Bupati", 2, None), ("Ketua", 3, None)])
    assert roles[1][0] == roles[0][0] and roles[0][2] is not None
    assert roles[1][2] == roles[0][2]  # "Bupati" is Madiun's, as "Pj Bupati Madiun" said
    assert roles[2][2] is None  # nobody else holds a "Ketua" office with a body here


def test_a_short_title_two_bodies_fit_stays_bodiless():
    text = "Ketua DPRD Garut Budi Santoso, yang juga Ketua Partai Maju Garut, hadir. Ketua Budi mengatakan."
    spans = [("DPRD Garut", "ORG"), ("Budi Santoso", "PER"), ("Partai Maju Garut", "ORG"), ("Budi", "PER")]
    roles = _roles(text, spans, [("Ketua DPRD Garut", 1, 0), ("Ketua Partai Maju Garut", 1, 2), ("Ketua", 3, None)])
    assert roles[2][2] is None


def test_a_contracted_title_is_the_office_written_out():
    text = "Wali Kota Padang Hendri Septa menerima tamu. Wako Hendri berharap kerja sama terwujud."
    spans = [("Padang", "LOC"), ("Hendri Septa", "PER"), ("Hendri", "PER")]
    roles = _roles(text, spans, [("Wali Kota Padang", 1, 0), ("Wako", 2, None)])
    assert roles[1][2] == roles[0][2] is not None


def _speakers(text, spans, roles, quotes):
    """Speaker key of each quote after resolution; quotes are speaker mention indices."""
    art = annotate(text, spans)
    art = replace(art, roles=tuple(Role(0, 1, title, person, body, 0) for title, person, body in roles),
                  quotes=tuple(Quote(0, 1, "...", speaker, 0, "mengaku", False) for speaker in quotes))
    resolved = resolve([art]).articles[0]
    return [resolved.mention_entities[q.speaker] for q in resolved.annotated.quotes]


def test_what_an_office_said_its_holder_said():
    text = ("Direktur RSU Panyabungan dr Muhammad Rusli Pulungan hadir. Lebih jauh Dirut RSU Panyabungan mengaku "
            "ruang penuh. Petugas RSU Panyabungan mengatakan itu.")
    spans = [("RSU Panyabungan", "ORG"), ("Muhammad Rusli Pulungan", "PER"), ("RSU Panyabungan", "ORG"),
             ("RSU Panyabungan", "ORG")]
    speakers = _speakers(text, spans, [("Direktur RSU Panyabungan", 1, 0)], [2, 3])
    assert speakers[0].startswith("PER/") and speakers[1].startswith("ORG/")  # "Petugas" is no office it holds


def test_what_an_office_and_its_place_said_the_holder_of_that_title_said():
    # "kata Kadis Pendidikan Dharmasraya": the speaker a place, the office's words written before it
    text = ("Kepala Dinas Pendidikan Dharmasraya, Boby Perdana Riza, hadir. Itu kebanggaan, kata Kadis Pendidikan "
            "Dharmasraya. Bupati Dharmasraya juga hadir, kata Camat Pulau Punjung.")
    spans = [("Dinas Pendidikan Dharmasraya", "ORG"), ("Boby Perdana Riza", "PER"), ("Dharmasraya", "LOC"),
             ("Dharmasraya", "LOC"), ("Pulau Punjung", "LOC")]
    speakers = _speakers(text, spans, [("Kepala Dinas Pendidikan Dharmasraya", 1, 0)], [2, 4])
    assert speakers[0].startswith("PER/") and not speakers[1].startswith("PER/")  # no "Camat" title held here
