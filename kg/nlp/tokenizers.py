"""The stock Indonesian tokenizer, shared with the pipeline instead of built a second time.

Rules that match word lists (``kg.nlp.entities`` tokenises the gazetteer's organisation names
for a ``PhraseMatcher``) need spaCy's stock ``id`` tokenizer over the pipeline's vocab. Building
one loads ~16,000 special cases, about 2 s, in every worker process; the pipeline already holds
that very tokenizer (same exceptions, same affix patterns: checked), so ``share_tokenizer``
remembers it and ``stock_tokenizer`` hands it out. Anything else (another language, a changed
tokenizer) gets a fresh stock one, as before.

"Stock" here is spaCy's ``id`` tokenizer plus one infix of ours, ``split_glued_brackets``.
"""

from __future__ import annotations

from spacy import util
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.vocab import Vocab

# Marks the stock tokenizer leaves glued to a word, as datelines write them around an outlet's address:
# "|LINTASTIMOR.ID", "mediasumutku.com|", "deadlinenews.co/". No name starts or ends with one.
GLUED_MARKS = "|/"

# A round bracket glued between two words, as lists of members write a party after a name:
# "Tatang Kirana(PDIP)", "Rois Faisal(Partai Golkar)". The stock rules split neither the "(" nor the
# word before it, so the name swallowed the party. Only between letters: "2(dua)" is left as it is.
GLUED_BRACKET = r"(?<=[^\W\d_])\((?=[^\W\d_])"

_shared: list = []  # [vocab, tokenizer] of the last stock pipeline seen: one slot, like lru_cache(maxsize=1)


def infixes() -> list[str]:
    """The stock Indonesian infixes and ``GLUED_BRACKET``."""
    from spacy.lang.id import Indonesian

    return [*Indonesian.Defaults.infixes, GLUED_BRACKET]


def split_glued_brackets(nlp: Language) -> None:
    """Split a "(" glued between two words (``GLUED_BRACKET``), on top of the stock rules."""
    nlp.tokenizer.infix_finditer = util.compile_infix_regex(infixes()).finditer


def share_tokenizer(nlp: Language) -> None:
    """Remember ``nlp``'s tokenizer for its vocab when it is the stock Indonesian one, first giving
    spaCy's plain one (``spacy.blank("id")``) ``split_glued_brackets`` so the rules see the same words."""
    from spacy.lang.id import Indonesian

    if _is_stock(nlp.tokenizer, Indonesian.Defaults.infixes):
        split_glued_brackets(nlp)
    if _is_stock(nlp.tokenizer, infixes()):
        _shared[:] = [nlp.vocab, nlp.tokenizer]


def _is_stock(tokenizer: object, infix_patterns: list[str]) -> bool:
    """The tokenizer ``Indonesian(vocab)`` would build, with ``infix_patterns``: same exceptions and
    affix rules (a few ms to tell)."""
    from spacy.lang.id import Indonesian

    defaults = Indonesian.Defaults
    if type(tokenizer) is not Tokenizer or tokenizer.token_match is not defaults.token_match \
            or tokenizer.url_match is not defaults.url_match or not tokenizer.faster_heuristics:
        return False
    patterns = [(tokenizer.prefix_search, util.compile_prefix_regex(defaults.prefixes)),
                (tokenizer.suffix_search, util.compile_suffix_regex(defaults.suffixes)),
                (tokenizer.infix_finditer, util.compile_infix_regex(infix_patterns))]
    if any(getattr(found, "__self__", None) is None or found.__self__.pattern != stock.pattern
           for found, stock in patterns):
        return False
    return tokenizer.rules == defaults.tokenizer_exceptions


def stock_tokenizer(vocab: Vocab) -> Tokenizer:
    """The stock Indonesian tokenizer over ``vocab``: the pipeline's own when it is that one."""
    if _shared and _shared[0] is vocab:
        return _shared[1]
    from spacy.lang.id import Indonesian

    nlp = Indonesian(vocab)
    split_glued_brackets(nlp)
    return nlp.tokenizer
