"""The peer every evaluation table has beside Sektorbro: tantivy's BM25 over the same texts."""

from __future__ import annotations

import re
import tempfile
from collections.abc import Sequence


def bm25_scores(texts: Sequence[str], queries: Sequence[str], limit: int) -> list[list[tuple[int, float]]]:
    """(row, score) of the best ``limit`` texts per query, best first.

    tantivy's default tokenizer and BM25; a query is its words OR-ed together (a query without words finds
    nothing). The index lives in a temporary folder for this one call.
    """
    import tantivy

    builder = tantivy.SchemaBuilder()
    builder.add_integer_field("row", stored=True, indexed=True)
    builder.add_text_field("body", stored=False)
    schema = builder.build()
    with tempfile.TemporaryDirectory() as path:
        index = tantivy.Index(schema, path=path)
        writer = index.writer(heap_size=50_000_000, num_threads=1)
        for row, text in enumerate(texts):
            writer.add_document(tantivy.Document(row=row, body=text))
        writer.commit()
        writer.wait_merging_threads()
        index.reload()
        searcher = index.searcher()
        out = []
        for text in queries:
            terms = sorted(set(re.findall(r"\w+", text.lower())))
            if not terms:
                out.append([])
                continue
            hits = searcher.search(index.parse_query(" OR ".join(terms), ["body"]), limit).hits
            out.append([(searcher.doc(address)["row"][0], score) for score, address in hits])
        return out
