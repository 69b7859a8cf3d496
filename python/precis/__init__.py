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

Functions: summarize, rouge, rouge_corpus, cluster, digest, read, sentences, methods.
Classes: Article, Cluster, Summary, Sentence, Story, StoryDigest, StoryClusterer,
Placement, Background, RougeScore, RougeAverage, RougeInterval, RougeCorpus.
Errors: Error, with InputError (unreadable or malformed input) and OptionError (invalid
option values; also a ValueError); wrong argument types raise TypeError. Warnings (skipped
empty documents, renamed ids) are precis.Warning.
"""

from . import _precis
from ._precis import (
    Article,
    Background,
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
    sentences,
    rouge,
    rouge_corpus,
    summarize,
)


__version__ = _precis.__version__


# Argument errors in the words of Python itself. pybind11 answers a misspelt keyword or a value
# of the wrong type with "incompatible function arguments", the whole signature and a repr of
# every argument (megabytes with real documents), never naming the bad one. The wrappers below
# catch that TypeError only and say which keyword is unknown (with the nearest name) or which
# value has the wrong type.
import difflib as _difflib
import functools as _functools
import re as _re

_SIMPLE_TYPES = {"int": (int,), "float": (int, float), "str": (str,), "bool": (bool,)}


def _split_top(text):
    """Splits a signature's parameter list at the commas outside brackets and quotes."""
    parts, depth, quote, start = [], 0, None, 0
    for i, c in enumerate(text):
        if quote:
            if c == quote:
                quote = None
        elif c in "'\"":
            quote = c
        elif c in "([{":
            depth += 1
        elif c in ")]}":
            depth -= 1
        elif c == "," and depth == 0:
            parts.append(text[start:i].strip())
            start = i + 1
    if text[start:].strip():
        parts.append(text[start:].strip())
    return parts


def _parameters(fn):
    """({name: annotation} in order, number of positional parameters) from the first line of
    a pybind11 docstring."""
    first = (fn.__doc__ or "").split("\n", 1)[0]
    m = _re.match(r"\w+\((.*)\)\s*->", first)
    params, positional = {}, None
    for part in _split_top(m.group(1)) if m else []:
        if part == "*":
            positional = len(params)
            continue
        if ":" not in part:
            continue
        name, _, rest = part.partition(":")
        params[name.strip()] = rest.split("=", 1)[0].strip()
    return params, len(params) if positional is None else positional


# Names users bring from other tools (and from precis's own command line) for a keyword.
_SYNONYMS = {
    "padding_check": "off_topic_support: the CLI's --padding-check is off_topic_support=0.22",
    "lang": "language",
    "num_words": "words",
    "length": "words",
    "ngram": "n",
    "max_n": "n",
    "use_stemmer": "stem",
    "stemming": "stem",
    "stopwords": "remove_stopwords",
}


def _nearest(key, names):
    if key in _SYNONYMS and _SYNONYMS[key].split(":")[0] in names:
        return _SYNONYMS[key]
    inside = [n for n in names if len(n) > 2 and (n in key or key in n)]
    if inside:
        return max(inside, key=len)
    near = _difflib.get_close_matches(key, names, n=1)
    return near[0] if near else None


def _fits(value, annotation):
    optional = _re.fullmatch(r"Optional\[(\w+)\]", annotation)
    if optional:
        if value is None:
            return True
        annotation = optional.group(1)
    types = _SIMPLE_TYPES.get(annotation)
    if types is None:
        return True  # handle, object, lists: checked by precis itself
    if isinstance(value, bool) and annotation != "bool":
        return False
    return isinstance(value, types)


def _argument_error(name, params, positional, args, kwargs):
    for key in kwargs:
        if key not in params:
            near = _nearest(key, list(params))
            hint = f" ({near.split(': ', 1)[1]})" if near and ": " in near else (
                f" (did you mean '{near}'?)" if near else "")
            return f"{name}() got an unexpected keyword argument '{key}'{hint}"
    if len(args) > positional:
        names = list(params)
        return (f"{name}() takes {positional} positional argument"
                f"{'s' if positional != 1 else ''} ({', '.join(names[:positional])}); give "
                f"the others by keyword, e.g. {names[positional]}=...")
    for key, value in kwargs.items():
        annotation = params[key]
        if not _fits(value, annotation):
            shown = repr(value)
            if len(shown) > 40:
                shown = shown[:37] + "..."
            optional = _re.fullmatch(r"Optional\[(\w+)\]", annotation)
            wanted = optional.group(1) + " or None" if optional else annotation
            return f"{name}(): {key} must be {wanted}, got {type(value).__name__} {shown}"
    return None


def _explain_argument_errors(fn):
    params, positional = _parameters(fn)
    name = fn.__name__

    @_functools.wraps(fn)
    def wrapper(*args, **kwargs):
        try:
            return fn(*args, **kwargs)
        except TypeError as e:
            if not str(e).startswith(f"{name}(): incompatible function arguments"):
                raise
            message = _argument_error(name, params, positional, args, kwargs)
            if message is None:
                message = str(e).split("\n\nInvoked with", 1)[0]
        raise TypeError(message) from None

    return wrapper


summarize = _explain_argument_errors(summarize)
rouge = _explain_argument_errors(rouge)
rouge_corpus = _explain_argument_errors(rouge_corpus)
cluster = _explain_argument_errors(cluster)
digest = _explain_argument_errors(digest)
read = _explain_argument_errors(read)

__all__ = [
    "Article",
    "Background",
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
    "sentences",
    "rouge",
    "rouge_corpus",
    "summarize",
]
