#!/usr/bin/env python3
"""Speed of the precis Python package side by side with the Python and Perl tools researchers
use, in one Python process, on the 50 DUC 2004 clusters (docs/python.md, "Speed").

  precis.summarize(method="lexrank")  vs  sumy's LexRankSummarizer  (100 words per cluster)
  precis.rouge_corpus                  vs  ROUGE-1.5.5.pl (run from this process)

Neither sumy nor the Perl script is a dependency of precis; give their locations:

  python bench/python_compare.py --sumy /path/to/sumy --rouge /path/to/ROUGE-1.5.5 \
      [--nltk-data DIR] [--data ../shared/data/duc2004/clusters.jsonl] [--repeat 3]

sumy needs Debian's python3-nltk python3-numpy python3-scipy python3-pycountry
python3-requests python3-regex python3-path, and NLTK's punkt english.pickle under
DIR/tokenizers/punkt/ (checked here with pickletools before NLTK loads it). The Perl script
needs perl and libxml-dom-perl, and its WordNet exception database rebuilt from the .exc
lists (the copies in circulation ship it empty). sumy has no multi-document mode: the
documents are joined, and sentences are taken in sumy's rank order until 100 words.
Not run by the tests.
"""

import argparse
import os
import pickletools
import statistics
import subprocess
import sys
import tempfile
import time
import warnings

import precis

ALLOWED_PICKLE_GLOBALS = {
    "copy_reg _reconstructor", "copyreg _reconstructor", "__builtin__ object", "builtins object",
    "__builtin__ set", "builtins set", "__builtin__ int", "builtins int",
    "collections defaultdict",
}


def check_punkt(nltk_data):
    # NLTK 3.8 loads tokenizers/punkt/PY3/english.pickle; older ones the file beside PY3/.
    paths = [os.path.join(nltk_data, "tokenizers", "punkt", sub, "english.pickle") for sub in ("", "PY3")]
    paths = [p for p in paths if os.path.exists(p)]
    if not paths:
        sys.exit(f"no tokenizers/punkt/[PY3/]english.pickle under {nltk_data}")
    for path in paths:
        check_pickle(path)


def check_pickle(path):
    with open(path, "rb") as f:
        data = f.read()
    strings = []
    for op, arg, _ in pickletools.genops(data):
        if op.name in ("GLOBAL", "INST"):
            name = arg
        elif op.name == "STACK_GLOBAL":
            name = " ".join(strings[-2:])
        else:
            if op.name in ("SHORT_BINUNICODE", "BINUNICODE", "UNICODE"):
                strings.append(arg)
            continue
        if not (name in ALLOWED_PICKLE_GLOBALS or name.startswith("nltk.tokenize.punkt ")):
            sys.exit(f"{path}: refusing to load, it names {name!r}")


def best_of(repeat, fn):
    times = []
    result = None
    for _ in range(repeat):
        start = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - start)
    return min(times), result


def sumy_lexrank(clusters, words):
    from sumy.nlp.stemmers import Stemmer
    from sumy.nlp.tokenizers import Tokenizer
    from sumy.parsers.plaintext import PlaintextParser
    from sumy.summarizers.lex_rank import LexRankSummarizer
    from sumy.utils import get_stop_words

    tokenizer = Tokenizer("english")
    summarizer = LexRankSummarizer(Stemmer("english"))
    summarizer.stop_words = get_stop_words("english")

    def budget(infos):  # infos come best first
        chosen, total = [], 0
        for info in infos:
            n = len(info.sentence.words)
            if total + n > words:
                break
            chosen.append(info)
            total += n
        return chosen

    out = []
    for c in clusters:
        text = "\n\n".join(a.text for a in c.articles)
        document = PlaintextParser.from_string(text, tokenizer).document
        out.append([str(s) for s in summarizer(document, budget)])
    return out


def precis_lexrank(clusters, words):
    return [[s.text for s in precis.summarize(c, method="lexrank", words=words, threads=1)]
            for c in clusters]


def perl_rouge(rouge_dir, summaries, references, flags):
    with tempfile.TemporaryDirectory() as tmp:
        evals = []
        for i, (summary, refs) in enumerate(zip(summaries, references), 1):
            with open(os.path.join(tmp, f"p{i}.txt"), "w", encoding="utf-8") as f:
                f.write("\n".join(summary) + "\n")
            models = []
            for j, ref in enumerate(refs):
                with open(os.path.join(tmp, f"m{i}_{j}.txt"), "w", encoding="utf-8") as f:
                    f.write(ref + "\n")
                models.append(f'<M ID="{j}">m{i}_{j}.txt</M>')
            evals.append(f'<EVAL ID="{i}"><PEER-ROOT>{tmp}</PEER-ROOT><MODEL-ROOT>{tmp}</MODEL-ROOT>'
                         f'<INPUT-FORMAT TYPE="SPL"></INPUT-FORMAT><PEERS><P ID="X">p{i}.txt</P></PEERS>'
                         f'<MODELS>{"".join(models)}</MODELS></EVAL>')
        config = os.path.join(tmp, "config.xml")
        with open(config, "w", encoding="utf-8") as f:
            f.write('<ROUGE-EVAL version="1.0">' + "\n".join(evals) + "</ROUGE-EVAL>\n")
        cmd = ["perl", os.path.join(rouge_dir, "ROUGE-1.5.5.pl"), "-e", os.path.join(rouge_dir, "data"),
               "-a", "-c", "95", "-r", "1000"] + flags.split() + [config]
        start = time.perf_counter()
        out = subprocess.run(cmd, check=True, capture_output=True, text=True).stdout
        return time.perf_counter() - start, out


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    here = os.path.dirname(os.path.abspath(__file__))
    parser.add_argument("--data", default=os.path.join(here, "..", "..", "shared", "data", "duc2004", "clusters.jsonl"))
    parser.add_argument("--sumy", help="a checkout of sumy (the folder holding the sumy package)")
    parser.add_argument("--nltk-data", help="NLTK data folder with tokenizers/punkt/english.pickle")
    parser.add_argument("--rouge", help="a ROUGE-1.5.5 folder (ROUGE-1.5.5.pl and data/)")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()

    warnings.simplefilter("ignore", precis.Warning)  # DUC 2004 has a few empty articles
    clusters = precis.read(args.data)
    print(f"{len(clusters)} clusters from {args.data}; precis {precis.__version__}; best of {args.repeat}")

    t_precis, ours = best_of(args.repeat, lambda: precis_lexrank(clusters, 100))
    print(f"precis.summarize(method='lexrank'), one cluster per call, 1 thread: {t_precis:.3f} s "
          f"({t_precis / len(clusters) * 1000:.1f} ms per cluster)")
    t_batch, _ = best_of(args.repeat, lambda: precis.summarize(clusters, method="lexrank", words=100, threads=1))
    print(f"precis.summarize(all 50 clusters, method='lexrank', threads=1): {t_batch:.3f} s")

    if args.sumy:
        if args.nltk_data:
            check_punkt(args.nltk_data)
            os.environ["NLTK_DATA"] = args.nltk_data
            import nltk
            nltk.data.path.insert(0, args.nltk_data)
        sys.path.insert(0, args.sumy)
        t_sumy, theirs = best_of(args.repeat, lambda: sumy_lexrank(clusters, 100))
        words = statistics.mean(sum(len(s.split()) for s in x) for x in theirs)
        print(f"sumy LexRankSummarizer: {t_sumy:.3f} s ({t_sumy / len(clusters) * 1000:.1f} ms per cluster, "
              f"{words:.0f} words per summary)")
        print(f"ratio sumy / precis: {t_sumy / t_precis:.1f}x")

    references = [c.references for c in clusters]
    flags = "-n 2 -m -l 100 -2 4 -u"
    t_rouge, corpus = best_of(args.repeat, lambda: precis.rouge_corpus(
        ours, references, flags=flags, ids=[f"{i}.X" for i in range(1, len(ours) + 1)]))
    print(f"precis.rouge_corpus ({flags}, 1000 resamples): {t_rouge:.3f} s")
    if args.rouge:
        t_perl, out = perl_rouge(args.rouge, ours, references, flags)
        print(f"ROUGE-1.5.5.pl (same flags and config, -a -c 95 -r 1000): {t_perl:.3f} s")
        print(f"ratio Perl / precis: {t_perl / t_rouge:.0f}x")
        for label, avg in corpus.averages.items():
            line = next((l for l in out.splitlines() if f" {label} Average_R:" in l), "")
            perl_r = line.split("Average_R:")[1].split()[0] if line else "?"
            print(f"  {label} Average_R precis {avg.recall.mean:.5f} perl {perl_r}")


if __name__ == "__main__":
    main()
