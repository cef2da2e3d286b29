"""Rules of the parser, one module per kind of fact (and the terms they share).

Each rule module adds facts to a :class:`kg.extract.draft.Draft` from one sentence's
:class:`kg.extract.context.Context`; :mod:`kg.extract.parse` runs them in order.
"""

__all__: list[str] = []
