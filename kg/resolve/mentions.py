"""An annotated article without some of its mentions, every index that points at them moved or dropped."""

from __future__ import annotations

from dataclasses import replace

from kg.records import AnnotatedArticle


def without_mentions(art: AnnotatedArticle, dropped: set[int]) -> AnnotatedArticle:
    """``art`` without the mentions at ``dropped``: a quote they said has no named speaker, a role they hold
    goes, an office held in them has no body, an event loses them as participant or place (and goes when no
    participant is left)."""
    if not dropped:
        return art
    moved = {}
    for i in range(len(art.mentions)):
        if i not in dropped:
            moved[i] = len(moved)
    events = []
    for event in art.events:
        participants = tuple(moved[p] for p in event.participants if p in moved)
        if event.participants and not participants:
            continue
        events.append(replace(event, participants=participants, place=moved.get(event.place)))
    return replace(
        art,
        mentions=tuple(m for i, m in enumerate(art.mentions) if i in moved),
        quotes=tuple(replace(q, speaker=moved.get(q.speaker)) for q in art.quotes),
        roles=tuple(replace(r, person=moved[r.person], affiliation=moved.get(r.affiliation))
                    for r in art.roles if r.person in moved),
        events=tuple(events),
    )
