"""The peer every evaluation table has beside Sektorbro: tantivy's BM25 over the same texts."""

from __future__ import annotations

import re
import tempfile
from collections.abc import Iterable, Sequence


class Bm25Peer:
    """tantivy's default tokenizer and BM25 over ``texts``, built once, then searched (the benches time
    ``search`` alone). A query is its words OR-ed together; a query without words finds nothing."""

    def __init__(self, texts: Iterable[str], directory: str):
        import tantivy

        builder = tantivy.SchemaBuilder()
        builder.add_integer_field("row", stored=True, indexed=True)
        builder.add_text_field("body", stored=False)
        self.index = tantivy.Index(builder.build(), path=directory)
        writer = self.index.writer(heap_size=200_000_000, num_threads=1)
        for row, text in enumerate(texts):
            writer.add_document(tantivy.Document(row=row, body=text))
        writer.commit()
        writer.wait_merging_threads()
        self.index.reload()
        self.searcher = self.index.searcher()

    def search(self, text: str, limit: int) -> list[tuple[int, float]]:
        """(row, score) of the best ``limit`` texts, best first."""
        terms = sorted(set(re.findall(r"\w+", text.lower())))
        if not terms:
            return []
        hits = self.searcher.search(self.index.parse_query(" OR ".join(terms), ["body"]), limit).hits
        return [(self.searcher.doc(address)["row"][0], score) for score, address in hits]


def bm25_scores(texts: Sequence[str], queries: Sequence[str], limit: int) -> list[list[tuple[int, float]]]:
    """(row, score) of the best ``limit`` texts per query, best first (the index lives for this one call)."""
    with tempfile.TemporaryDirectory() as path:
        peer = Bm25Peer(texts, path)
        return [peer.search(text, limit) for text in queries]
