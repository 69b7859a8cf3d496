"""precis: fast extractive summaries of news, stories from article streams, exact ROUGE.

A thin Python shell over the precis C++ library: every function takes the keywords the
``precis`` command line takes (``--mmr-lambda`` is ``mmr_lambda``), with the same defaults,
which come from the library's option structs. The GIL is released while the C++ code works,
and every function is safe to call from several threads.

    >>> import precis
    >>> summary = precis.summarize(["First article ...", "Second article ..."], words=50)
    >>> for sentence in summary:
    ...     print(sentence.doc_id, sentence.begin, sentence.end, sentence.text)
    >>> precis.rouge(summary.text, [reference], n=2, stem=True)["ROUGE-2"].recall

Functions: summarize, rouge, rouge_corpus, cluster, digest, read, methods.
Classes: Article, Cluster, Summary, Sentence, Story, StoryDigest, StoryClusterer,
Placement, RougeScore, RougeAverage, RougeInterval, RougeCorpus.
Errors: Error, with InputError (unreadable or malformed input) and OptionError (invalid
option values; also a ValueError); wrong argument types raise TypeError. Warnings (skipped
empty documents, renamed ids) are precis.Warning.
"""

from . import _precis
from ._precis import (
    Article,
    Cluster,
    Error,
    InputError,
    OptionError,
    Placement,
    RougeAverage,
    RougeCorpus,
    RougeInterval,
    RougeScore,
    Sentence,
    Story,
    StoryClusterer,
    StoryDigest,
    Summary,
    Warning,
    cluster,
    digest,
    methods,
    read,
    rouge,
    rouge_corpus,
    summarize,
)


__version__ = _precis.__version__

__all__ = [
    "Article",
    "Cluster",
    "Error",
    "InputError",
    "OptionError",
    "Placement",
    "RougeAverage",
    "RougeCorpus",
    "RougeInterval",
    "RougeScore",
    "Sentence",
    "Story",
    "StoryClusterer",
    "StoryDigest",
    "Summary",
    "Warning",
    "cluster",
    "digest",
    "methods",
    "read",
    "rouge",
    "rouge_corpus",
    "summarize",
]
