"""Benchmark: annotations → validated RDF dataset, against plain rdflib in the same run.

What it measures, on the bundled examples and on larger corpora made by repeating them
under new article ids (each copy is a full, distinct article graph):

- load    read and check the annotation files (YAML, references, evidence quotes);
- build   annotations → rdflib Dataset (one named graph per article + registry);
- shacl   validate_dataset: SHACL per article graph, and reading back into the models;
- trig    serialise the dataset as TriG;

and, as the baseline, ``rdflib`` parsing the very same quads from N-Quads into a Dataset
(the cost of putting those triples into rdflib at all). Ratios are build / baseline, so
they hold across machines. Peak memory comes from tracemalloc.

Run:  python benchmarks/bench_build.py [--copies 1 10 50] [--repeat 3]
"""

from __future__ import annotations

import argparse
import sys
from functools import partial
from pathlib import Path

from rdflib import Dataset

import kg
from kg.model import Annotation

# The sibling module measure.py, also when a test runs this file with runpy.
sys.path.insert(0, str(Path(__file__).parent))
from measure import peak_mib, timed


def _copies(annotations: list[Annotation], n: int) -> list[Annotation]:
    if n == 1:
        return annotations
    return [a.model_copy(update={"id": f"{a.id}-{i}"}) for i in range(n) for a in annotations]


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, nargs="+", default=[1, 10, 50])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)

    paths = kg.example_paths()
    load_s, examples = timed(lambda: kg.read_annotations(paths), args.repeat)
    print(f"load: {len(paths)} annotation files read and checked in {load_s * 1000:.0f} ms")
    print()
    header = (
        f"{'articles':>8} {'quads':>8} {'build s':>8} {'baseline s':>10} {'ratio':>6} "
        f"{'quads/s':>8} {'shacl s':>8} {'trig s':>7} {'build MiB':>9} {'base MiB':>8}"
    )
    print(header)
    print("-" * len(header))
    for n in args.copies:
        corpus = _copies(examples, n)
        build_s, dataset = timed(partial(kg.build_dataset, corpus), args.repeat)
        nquads = kg.serialize_dataset(dataset, "nquads")

        def baseline(text: str = nquads) -> Dataset:
            ds = Dataset()
            ds.parse(data=text, format="nquads")
            return ds

        base_s, parsed = timed(baseline, args.repeat)
        assert len(parsed) == len(dataset), (len(parsed), len(dataset))
        shacl_s, report = timed(partial(kg.validate_dataset, dataset), 1)
        assert report.conforms, report.text
        trig_s, _ = timed(partial(kg.serialize_dataset, dataset, "trig"), 1)
        build_mib = peak_mib(partial(kg.build_dataset, corpus))
        base_mib = peak_mib(baseline)
        print(
            f"{len(corpus):>8} {len(dataset):>8} {build_s:>8.2f} {base_s:>10.2f} "
            f"{build_s / base_s:>6.2f} {len(dataset) / build_s:>8.0f} {shacl_s:>8.2f} "
            f"{trig_s:>7.2f} {build_mib:>9.0f} {base_mib:>8.0f}"
        )


if __name__ == "__main__":
    main()
