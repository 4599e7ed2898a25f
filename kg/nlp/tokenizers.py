"""The Indonesian tokenizer: spaCy's stock ``id`` one with two infixes of ours, shared with the rules.

The pipeline's tokenizer is spaCy's stock ``id`` tokenizer plus ``infixes()``, built in one go
(``kg_tokenizer``; the model loads it through the registered ``kg.indonesian_tokenizer.v1``): setting an
infix on a built tokenizer reloads its ~16,000 special cases, about a second in every process.

Rules that match word lists (``kg.nlp.entities`` tokenises the gazetteer's organisation names
for a ``PhraseMatcher``) need that tokenizer over the pipeline's vocab. Building one costs about
a second in every worker process; the pipeline already holds it (same exceptions, same affix
patterns: checked), so ``share_tokenizer`` remembers it and ``stock_tokenizer`` hands it out.
spaCy's plain ``id`` tokenizer (``spacy.blank("id")``, the tests' pipelines) is lent too: no list
holds a glued bracket. Anything else (another language, a changed tokenizer) gets a fresh one.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy import util
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.util import registry
from spacy.vocab import Vocab

# Marks the stock tokenizer leaves glued to a word, as datelines write them around an outlet's address:
# "|LINTASTIMOR.ID", "mediasumutku.com|", "deadlinenews.co/". No name starts or ends with one.
GLUED_MARKS = "|/"

# A round bracket glued between two words, as lists of members write a party after a name:
# "Tatang Kirana(PDIP)", "Rois Faisal(Partai Golkar)". The stock rules split neither the "(" nor the
# word before it, so the name swallowed the party. Only between letters: "2(dua)" is left as it is.
GLUED_BRACKET = r"(?<=[^\W\d_])\((?=[^\W\d_])"

# A comma and a round bracket glued to the place of a dateline: "Situbondo,(afederasi.com) -",
# "HALSEL,(2/09/25) -". The stock rules keep "Situbondo,(afederasi.com" as one token, so the
# place and the outlet became one name. Split the comma and the bracket off the word.
GLUED_COMMA_BRACKET = r"(?<=[^\W\d_]),(?=\()|(?<=[^\W\d_],)\("

# The config override that makes a loaded pipeline's tokenizer ``kg_tokenizer``.
TOKENIZER_CONFIG = {"nlp": {"tokenizer": {"@tokenizers": "kg.indonesian_tokenizer.v1"}}}

_shared: list = []  # [vocab, tokenizer] of the last stock pipeline seen: one slot, like lru_cache(maxsize=1)


def infixes() -> list[str]:
    """The stock Indonesian infixes, ``GLUED_BRACKET`` and ``GLUED_COMMA_BRACKET``."""
    from spacy.lang.id import Indonesian

    return [*Indonesian.Defaults.infixes, GLUED_BRACKET, GLUED_COMMA_BRACKET]


def kg_tokenizer(vocab: Vocab) -> Tokenizer:
    """spaCy's stock Indonesian tokenizer over ``vocab`` (as ``spacy.Tokenizer.v1`` builds it), with ``infixes()``."""
    from spacy.lang.id import Indonesian

    defaults = Indonesian.Defaults
    return Tokenizer(vocab, rules=defaults.tokenizer_exceptions,
                     prefix_search=util.compile_prefix_regex(defaults.prefixes).search,
                     suffix_search=util.compile_suffix_regex(defaults.suffixes).search,
                     infix_finditer=util.compile_infix_regex(infixes()).finditer,
                     token_match=defaults.token_match, url_match=defaults.url_match)


@registry.tokenizers("kg.indonesian_tokenizer.v1")
def create_kg_tokenizer() -> Callable[[Language], Tokenizer]:
    """The tokenizer factory a pipeline's config names to use ``kg_tokenizer``."""
    return _factory


def _factory(nlp: Language) -> Tokenizer:
    return kg_tokenizer(nlp.vocab)


def share_tokenizer(nlp: Language) -> None:
    """Remember ``nlp``'s tokenizer for its vocab when it is ``kg_tokenizer``'s or spaCy's plain Indonesian one."""
    if _is_stock(nlp.tokenizer):
        _shared[:] = [nlp.vocab, nlp.tokenizer]


def _is_stock(tokenizer: object) -> bool:
    """The tokenizer ``Indonesian(vocab)`` would build, with its own infixes or ``infixes()``: same exceptions
    and affix rules (a few ms to tell)."""
    from spacy.lang.id import Indonesian

    defaults = Indonesian.Defaults
    if type(tokenizer) is not Tokenizer or tokenizer.token_match is not defaults.token_match \
            or tokenizer.url_match is not defaults.url_match or not tokenizer.faster_heuristics:
        return False
    patterns = [(tokenizer.prefix_search, {util.compile_prefix_regex(defaults.prefixes).pattern}),
                (tokenizer.suffix_search, {util.compile_suffix_regex(defaults.suffixes).pattern}),
                (tokenizer.infix_finditer, {util.compile_infix_regex(found).pattern
                                            for found in (defaults.infixes, infixes())})]
    if any(getattr(found, "__self__", None) is None or found.__self__.pattern not in stock
           for found, stock in patterns):
        return False
    return tokenizer.rules == defaults.tokenizer_exceptions


def stock_tokenizer(vocab: Vocab) -> Tokenizer:
    """The Indonesian tokenizer over ``vocab``: the pipeline's own when it is a stock one, else ``kg_tokenizer``."""
    if _shared and _shared[0] is vocab:
        return _shared[1]
    return kg_tokenizer(vocab)
