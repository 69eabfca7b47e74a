#!/usr/bin/env python3
"""Checks the gold alignment sets in this directory and prints their figures.

For every DOC.SRC-TGT.links file it verifies, against DOC.SRC.sentences and DOC.TGT.sentences, that
each line is a Vecalign link `[i,j]:[k]`, that the indices inside a link are consecutive, that no
link is empty on both sides, and that the links, read in order, cover every sentence of both sides
exactly once and in order. For every DOC.LANG.sentences it verifies that the sentences are the text
of the document split at sentence boundaries: joining each paragraph's sentences with one space
gives the document's lines exactly. The Kazakh sample is repaired from a damaged source, so for it
the check is that the repaired sentences hold exactly the source's words, in order.

Usage: python3 check_links.py [--markdown]   (exit status 1 if anything is wrong)
"""
import collections
import pathlib
import re
import sys

GOLD = pathlib.Path(__file__).resolve().parent
REPO = GOLD.parents[8]  # okapi-steps/src/test/resources/org/tilmash/steps/align/gold -> repository root

# Where each document's running text lives, per language; "repaired" marks a damaged source.
DOCUMENTS = {
    'eurasian': {
        'kk': (REPO / 'seeds' / 'eurasian-integration.kk.txt', 'repaired'),
        'ru': (REPO / 'seeds' / 'eurasian-integration.ru.txt', 'exact'),
        'en': (REPO / 'seeds' / 'eurasian-integration.en.txt', 'exact'),
    },
    'decree': {lang: (GOLD / f'decree.{lang}.txt', 'exact') for lang in ('kk', 'ru', 'en')},
}

LINK = re.compile(r'^\[(\d+(?:,\d+)*)?\]:\[(\d+(?:,\d+)*)?\]$')
CYRILLIC = r'[\u0400-\u04ff]'

problems = []


def problem(path, line, what):
    problems.append(f'{path.name}:{line}: {what}' if line else f'{path.name}: {what}')


def read_paragraphs(path):
    """Paragraphs of a .sentences file: lists of sentences, separated by blank lines."""
    paragraphs, current = [], []
    for number, line in enumerate(path.read_text(encoding='utf-8').split('\n'), 1):
        if line == '':
            if current:
                paragraphs.append(current)
                current = []
            continue
        if line != line.strip() or '  ' in line or '\t' in line or '\u00a0' in line:
            problem(path, number, 'stray whitespace in a sentence')
        current.append(line)
    if current:
        paragraphs.append(current)
    return paragraphs


def words_of_damaged_source(text):
    text = text.replace('\u00a0', ' ')
    text = re.sub(r'(\w)-\s+(\w)', r'\1\2', text)  # a word broken by hyphen + spaces
    text = re.sub(f'(?<={CYRILLIC})i|i(?={CYRILLIC})', 'і', text)  # Latin i inside a Cyrillic word
    return re.findall(r'\w+', text)


def check_text(doc, lang, paragraphs, path):
    if doc not in DOCUMENTS or lang not in DOCUMENTS[doc]:
        problem(path, 0, 'no running text is declared for this file in DOCUMENTS')
        return
    text_path, kind = DOCUMENTS[doc][lang]
    if not text_path.exists():
        problem(path, 0, f'running text {text_path} is missing')
        return
    text = text_path.read_text(encoding='utf-8')
    if kind == 'repaired':
        source_words = words_of_damaged_source(text)
        gold_words = re.findall(r'\w+', ' '.join(s for p in paragraphs for s in p))
        if source_words != gold_words:
            at = next((i for i, (a, b) in enumerate(zip(source_words, gold_words)) if a != b),
                      min(len(source_words), len(gold_words)))
            problem(path, 0, f'words differ from {text_path.name} at word {at}: '
                             f'source {source_words[at:at + 5]} vs gold {gold_words[at:at + 5]}')
        return
    lines = text.split('\n')
    if lines and lines[-1] == '':
        lines.pop()
    joined = [' '.join(p) for p in paragraphs]
    if len(lines) != len(joined):
        problem(path, 0, f'{len(joined)} paragraphs but {text_path.name} has {len(lines)} lines')
    for number, (a, b) in enumerate(zip(lines, joined), 1):
        if a != b:
            problem(path, 0, f'paragraph {number} differs from line {number} of {text_path.name}')


def link_type(src, tgt):
    return f'{len(src)}-{len(tgt)}'


def check_links(path, n_src, n_tgt):
    expected_src, expected_tgt = 0, 0
    types = collections.Counter()
    for number, line in enumerate(path.read_text(encoding='utf-8').split('\n'), 1):
        if line == '':
            continue
        match = LINK.match(line)
        if not match:
            problem(path, number, f'not a link: {line!r}')
            continue
        src = [int(x) for x in match.group(1).split(',')] if match.group(1) else []
        tgt = [int(x) for x in match.group(2).split(',')] if match.group(2) else []
        if not src and not tgt:
            problem(path, number, 'a link empty on both sides')
        for side, ids, expected in (('source', src, expected_src), ('target', tgt, expected_tgt)):
            if ids and ids != list(range(expected, expected + len(ids))):
                problem(path, number, f'{side} indices {ids} do not continue from {expected}')
        expected_src += len(src)
        expected_tgt += len(tgt)
        types[link_type(src, tgt)] += 1
    if expected_src != n_src:
        problem(path, 0, f'links cover {expected_src} source sentences of {n_src}')
    if expected_tgt != n_tgt:
        problem(path, 0, f'links cover {expected_tgt} target sentences of {n_tgt}')
    return types


def main():
    markdown = '--markdown' in sys.argv[1:]
    sentences = {}
    for path in sorted(GOLD.glob('*.sentences')):
        doc, lang = path.name.split('.')[:2]
        paragraphs = read_paragraphs(path)
        check_text(doc, lang, paragraphs, path)
        sentences[(doc, lang)] = (sum(len(p) for p in paragraphs), len(paragraphs))
    link_rows = []
    for path in sorted(GOLD.glob('*.links')):
        doc, pair = path.name.split('.')[:2]
        src, tgt = pair.split('-')
        if (doc, src) not in sentences or (doc, tgt) not in sentences:
            problem(path, 0, 'matching .sentences files are missing')
            continue
        types = check_links(path, sentences[(doc, src)][0], sentences[(doc, tgt)][0])
        link_rows.append((doc, pair, types))

    kinds = ['1-1', '1-2', '2-1', '2-2', '1-0', '0-1']
    if markdown:
        print('| document | language | sentences | paragraphs |\n| --- | --- | ---: | ---: |')
        for (doc, lang), (n, paras) in sorted(sentences.items()):
            print(f'| {doc} | {lang} | {n} | {paras} |')
        print()
        others = sorted({k for _, _, t in link_rows for k in t} - set(kinds))
        header = kinds + others + ['links']
        print('| document | pair | ' + ' | '.join(header) + ' |')
        print('| --- | --- | ' + ' | '.join('---:' for _ in header) + ' |')
        for doc, pair, types in link_rows:
            cells = [str(types.get(k, 0)) for k in kinds + others] + [str(sum(types.values()))]
            print(f'| {doc} | {pair} | ' + ' | '.join(cells) + ' |')
    else:
        for (doc, lang), (n, paras) in sorted(sentences.items()):
            print(f'{doc}.{lang}: {n} sentences in {paras} paragraphs')
        for doc, pair, types in link_rows:
            detail = ', '.join(f'{k} {v}' for k, v in sorted(types.items(), key=lambda kv: -kv[1]))
            print(f'{doc}.{pair}: {sum(types.values())} links ({detail})')
    for p in problems:
        print('PROBLEM ' + p, file=sys.stderr)
    if not problems:
        print('all gold files are consistent', file=sys.stderr)
    return 1 if problems else 0


if __name__ == '__main__':
    sys.exit(main())
