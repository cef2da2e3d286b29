"""Read, check and write annotation files: one YAML file per article.

An annotation file holds one :class:`~kg.model.Annotation`. The article text is either
inline (``article.text``, a literal block) or in a UTF-8 file beside the annotation,
named by ``article.text_file``. Evidence offsets may be left out; the reader finds each
quote and fills them in::

    kg_annotation: 1
    id: black-sea-talks-en
    article:
      title: Talks on Black Sea shipping
      outlet: Harbour Ledger
      published: 2025-03-26
      language: en
      text_file: black-sea-talks-en.txt
    proposals:
      - id: us-black-sea-ceasefire
        said_by: [white-house]
        modality: reported
        evidence:
          - quote: ensure safe navigation
        proposed_by: [united-states]
        terms:
          - action: ceasefire
            scope: [black_sea, shipping]

:func:`read_annotation` reports every problem of a file at once, each with its line and
field path and a hint how to fix it; :func:`check_annotation` runs the checks that need
the whole annotation and the gazetteer (ids, references, evidence) on a model;
:func:`write_annotation` writes the canonical layout back, so that reading what was
written gives an equal annotation.
"""

from kg.annotation._check import check_annotation
from kg.annotation._read import parse_annotation, read_annotation, read_annotations
from kg.annotation._write import dump_annotation, write_annotation

__all__ = [
    "check_annotation",
    "dump_annotation",
    "parse_annotation",
    "read_annotation",
    "read_annotations",
    "write_annotation",
]
