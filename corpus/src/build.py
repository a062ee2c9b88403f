#!/usr/bin/env python3
"""Rebuild the report corpus from the marked-up sources in corpus/src/text/*.src.

Not run by the tests: the generated files are committed. Needs python3, node (for
opencc-js, Traditional Chinese) and LibreOffice (`soffice`) for .docx/.doc.

    python3 corpus/src/build.py          # writes corpus/reports/*, corpus/src/*.fodt, corpus/structure.json

Source mark-up (one paragraph per line):
    %key value      metadata (out, formats, encoding, year, level, style, docstyle, notitle, traditional)
    first line      title (unless %notitle)
    §1 / §2 / §3    heading of level 1/2/3 on its own line (typed numbering kept in the text)
    §2r             run-in heading: "（一）抓学习、强意识。正文……" (heading text ends at the first 。)
    @closing        the following unheaded paragraphs form the closing section
    @table CAPTION  ... rows with cells separated by | ... @endtable   (docx only)
"""
import json
import os
import re
import subprocess
import sys
import tempfile
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.dirname(HERE)
SRC = os.path.join(HERE, 'text')

NUM_RE = re.compile(r'^(第[一二三四五六七八九十]+部分|[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d+[.．]|（\d+）)')
POINT_RE = re.compile(r'(?:^|[。；：！？，\s])([一二三四五六七八九十]+是)')


def to_traditional(texts):
    """Convert a list of strings with opencc-js (cn -> tw) via node."""
    cands = [os.path.join(CORPUS, '..', 'node_modules', '.pnpm', 'opencc-js@1.4.2', 'node_modules', 'opencc-js')]
    mod = next((c for c in cands if os.path.isdir(c)), None)
    if mod is None:
        sys.exit('opencc-js not found under node_modules/.pnpm')
    js = ("const O=require(%s);const c=O.Converter({from:'cn',to:'tw'});"
          "let d='';process.stdin.on('data',x=>d+=x).on('end',()=>{process.stdout.write(JSON.stringify(JSON.parse(d).map(c)))})") % json.dumps(os.path.abspath(mod))
    out = subprocess.run(['node', '-e', js], input=json.dumps(texts), capture_output=True, text=True, check=True)
    return json.loads(out.stdout)


def parse(path):
    meta = {}
    lines = []
    for raw in open(path, encoding='utf-8').read().splitlines():
        if raw.startswith('%'):
            k, _, v = raw[1:].partition(' ')
            meta[k] = v.strip() if v else True
        elif raw.strip():
            lines.append(raw)
    if 'traditional' in meta:
        lines = to_traditional(lines)
    title = None
    if 'notitle' not in meta:
        title = lines.pop(0)
    blocks = []
    i = 0
    while i < len(lines):
        ln = lines[i]
        if ln.startswith('§'):
            tag, _, text = ln.partition(' ')
            level = int(tag[1])
            runin = tag.endswith('r')
            blocks.append({'t': 'h', 'level': level, 'text': text, 'runin': runin})
        elif ln == '@closing':
            blocks.append({'t': 'closing'})
        elif ln.startswith('@table'):
            caption = ln[len('@table'):].strip()
            rows = []
            i += 1
            while lines[i] != '@endtable':
                rows.append(lines[i].split('|'))
                i += 1
            blocks.append({'t': 'table', 'caption': caption, 'rows': rows})
        else:
            blocks.append({'t': 'p', 'text': ln})
        i += 1
    return meta, title, blocks


def split_heading(text, runin):
    m = NUM_RE.match(text)
    numbering = m.group(1) if m else None
    rest = text[m.end():] if m else text
    rest = rest.lstrip('　 ')
    body = None
    if runin:
        head, _, body = rest.partition('。')
        rest = head
    return numbering, rest, body


def points_of(paragraphs):
    pts = []
    for p in paragraphs:
        seen = []
        for m in POINT_RE.finditer(p):
            if m.group(1) not in seen:
                seen.append(m.group(1))
        pts.extend(seen)
    return pts


def structure(title, blocks, meta):
    sections = []
    stack = []  # (level, section)
    cur_paras = None
    pre = {'kind': 'preamble', 'numbering': None, 'heading': None, 'points': [], 'children': [], '_p': []}
    cur = pre
    for b in blocks:
        if b['t'] == 'h':
            numbering, head, body = split_heading(b['text'], b['runin'])
            sec = {'kind': 'heading', 'numbering': numbering, 'heading': head, 'points': [], 'children': [], '_p': []}
            if body:
                sec['_p'].append(body)
            while stack and stack[-1][0] >= b['level']:
                stack.pop()
            if stack:
                stack[-1][1]['children'].append(sec)
            else:
                sections.append(sec)
            stack.append((b['level'], sec))
            cur = sec
        elif b['t'] == 'closing':
            sec = {'kind': 'closing', 'numbering': None, 'heading': None, 'points': [], 'children': [], '_p': []}
            sections.append(sec)
            stack = []
            cur = sec
        elif b['t'] == 'p':
            cur['_p'].append(b['text'])
    if pre['_p']:
        sections.insert(0, pre)

    def fin(s):
        s['points'] = points_of(s.pop('_p'))
        for c in s['children']:
            fin(c)
        return s
    year = meta.get('year')
    return {
        'title': title,
        'year': None if year in (None, 'null') else int(year),
        'level': meta.get('level'),
        'sections': [fin(s) for s in sections],
    }


# ---------------------------------------------------------------- text outputs

def render_text(title, blocks, style):
    out = []
    ind = '　　' if style == 'indent' else ''
    if title:
        out.append(title)
    for b in blocks:
        if b['t'] == 'h':
            out.append(ind + b['text'])
        elif b['t'] == 'p':
            out.append(ind + b['text'])
        elif b['t'] == 'table':
            out.append(b['caption'])
            out.extend('\t'.join(r) for r in b['rows'])
    sep = '\n\n' if style == 'blank' else '\n'
    if title and style == 'indent':
        out.insert(1, '')  # blank line after the title, like the seed
    return sep.join(out) + '\n'


def render_md(title, blocks):
    out = []
    if title:
        out.append('# ' + title)
    for b in blocks:
        if b['t'] == 'h':
            out.append('#' * (b['level'] + 1) + ' ' + b['text'])
        elif b['t'] == 'p':
            out.append(b['text'])
    return '\n\n'.join(out) + '\n'


def write_encoded(path, text, enc):
    if enc in (None, 'utf-8'):
        data = text.encode('utf-8')
    elif enc == 'gb18030':
        data = text.encode('gb18030')
        # check it is plain GBK (no 4-byte gb18030 sequences)
        text.encode('gbk')
    elif enc == 'utf-8-bom-crlf':
        data = b'\xef\xbb\xbf' + text.replace('\n', '\r\n').encode('utf-8')
    elif enc == 'utf-16le-bom':
        data = b'\xff\xfe' + text.encode('utf-16-le')
    else:
        raise ValueError(enc)
    with open(path, 'wb') as f:
        f.write(data)


# ---------------------------------------------------------------- fodt

FODT_HEAD = '''<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"
 xmlns:dc="http://purl.org/dc/elements/1.1/"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
 <office:meta><dc:title>{title}</dc:title><dc:language>zh-CN</dc:language></office:meta>
 <office:font-face-decls>
  <style:font-face style:name="SimSun" svg:font-family="SimSun" style:font-family-generic="system"/>
  <style:font-face style:name="SimHei" svg:font-family="SimHei" style:font-family-generic="system"/>
 </office:font-face-decls>
 <office:styles>
  <style:default-style style:family="paragraph">
   <style:paragraph-properties fo:line-height="150%"/>
   <style:text-properties style:font-name="SimSun" style:font-name-asian="SimSun" fo:font-size="14pt" style:font-size-asian="14pt" fo:language="zh" fo:country="CN" style:language-asian="zh" style:country-asian="CN"/>
  </style:default-style>
  <style:style style:name="Standard" style:family="paragraph" style:class="text"/>
  <style:style style:name="Text_20_body" style:display-name="Text body" style:family="paragraph" style:parent-style-name="Standard" style:class="text">
   <style:paragraph-properties fo:text-indent="0.99cm" fo:margin-top="0cm" fo:margin-bottom="0.1cm"/>
  </style:style>
  <style:style style:name="Title" style:family="paragraph" style:parent-style-name="Standard" style:class="chapter">
   <style:paragraph-properties fo:text-align="center" fo:margin-bottom="0.4cm"/>
   <style:text-properties style:font-name-asian="SimHei" fo:font-size="20pt" style:font-size-asian="20pt" fo:font-weight="bold" style:font-weight-asian="bold"/>
  </style:style>
  <style:style style:name="Heading" style:family="paragraph" style:parent-style-name="Standard" style:class="text"/>
  <style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:parent-style-name="Heading" style:next-style-name="Text_20_body" style:default-outline-level="1" style:class="text">
   <style:paragraph-properties fo:margin-top="0.3cm" fo:margin-bottom="0.2cm"/>
   <style:text-properties style:font-name-asian="SimHei" fo:font-size="16pt" style:font-size-asian="16pt" fo:font-weight="bold" style:font-weight-asian="bold"/>
  </style:style>
  <style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph" style:parent-style-name="Heading" style:next-style-name="Text_20_body" style:default-outline-level="2" style:class="text">
   <style:paragraph-properties fo:margin-top="0.2cm" fo:margin-bottom="0.1cm"/>
   <style:text-properties fo:font-size="15pt" style:font-size-asian="15pt" fo:font-weight="bold" style:font-weight-asian="bold"/>
  </style:style>
  <style:style style:name="Heading_20_3" style:display-name="Heading 3" style:family="paragraph" style:parent-style-name="Heading" style:next-style-name="Text_20_body" style:default-outline-level="3" style:class="text">
   <style:text-properties fo:font-weight="bold" style:font-weight-asian="bold"/>
  </style:style>
  <style:style style:name="ZH_5f_Biaoti_5f_1" style:display-name="标题 1" style:family="paragraph" style:parent-style-name="Standard" style:next-style-name="Text_20_body" style:class="text">
   <style:paragraph-properties fo:margin-top="0.3cm" fo:margin-bottom="0.2cm"/>
   <style:text-properties style:font-name-asian="SimHei" fo:font-size="16pt" style:font-size-asian="16pt" fo:font-weight="bold" style:font-weight-asian="bold"/>
  </style:style>
  <style:style style:name="ZH_5f_Biaoti_5f_2" style:display-name="标题 2" style:family="paragraph" style:parent-style-name="Standard" style:next-style-name="Text_20_body" style:class="text">
   <style:paragraph-properties fo:margin-top="0.2cm" fo:margin-bottom="0.1cm"/>
   <style:text-properties fo:font-size="15pt" style:font-size-asian="15pt" fo:font-weight="bold" style:font-weight-asian="bold"/>
  </style:style>
  <style:style style:name="ZH_5f_Biaoti_5f_3" style:display-name="标题 3" style:family="paragraph" style:parent-style-name="Standard" style:next-style-name="Text_20_body" style:class="text">
   <style:text-properties fo:font-weight="bold" style:font-weight-asian="bold"/>
  </style:style>
  <style:style style:name="Table_20_Contents" style:display-name="Table Contents" style:family="paragraph" style:parent-style-name="Standard" style:class="extra"/>
  <style:style style:name="Caption" style:family="paragraph" style:parent-style-name="Standard" style:class="extra">
   <style:paragraph-properties fo:text-align="center" fo:margin-top="0.2cm" fo:margin-bottom="0.1cm"/>
   <style:text-properties fo:font-weight="bold" style:font-weight-asian="bold"/>
  </style:style>
  <style:style style:name="ZH_5f_Numbering" style:display-name="ZH Numbering" style:family="text">
   <style:text-properties fo:language="zh" fo:country="CN" style:language-asian="zh" style:country-asian="CN"/>
  </style:style>
  <text:list-style style:name="ZH_5f_Headings" style:display-name="ZH Headings">
   <text:list-level-style-number text:level="1" text:style-name="ZH_5f_Numbering" style:num-format="一, 二, 三, ..." style:num-suffix="、">
    <style:list-level-properties text:list-level-position-and-space-mode="label-alignment">
     <style:list-level-label-alignment text:label-followed-by="nothing" fo:text-indent="0cm" fo:margin-left="0cm"/>
    </style:list-level-properties>
   </text:list-level-style-number>
   <text:list-level-style-number text:level="2" text:style-name="ZH_5f_Numbering" style:num-format="一, 二, 三, ..." style:num-prefix="（" style:num-suffix="）">
    <style:list-level-properties text:list-level-position-and-space-mode="label-alignment">
     <style:list-level-label-alignment text:label-followed-by="nothing" fo:text-indent="0cm" fo:margin-left="0cm"/>
    </style:list-level-properties>
   </text:list-level-style-number>
  </text:list-style>
 </office:styles>
 <office:automatic-styles>
  <style:style style:name="PTitle" style:family="paragraph" style:parent-style-name="Standard">
   <style:paragraph-properties fo:text-align="center" fo:margin-bottom="0.4cm"/>
   <style:text-properties fo:font-size="18pt" style:font-size-asian="18pt" fo:font-weight="bold" style:font-weight-asian="bold"/>
  </style:style>
  <style:style style:name="PH1" style:family="paragraph" style:parent-style-name="Standard">
   <style:paragraph-properties fo:text-indent="0.99cm"/>
   <style:text-properties style:font-name-asian="SimHei" fo:font-weight="bold" style:font-weight-asian="bold"/>
  </style:style>
  <style:style style:name="PH2" style:family="paragraph" style:parent-style-name="Standard">
   <style:paragraph-properties fo:text-indent="0.99cm"/>
   <style:text-properties fo:font-weight="bold" style:font-weight-asian="bold"/>
  </style:style>
  <style:style style:name="Tbl" style:family="table">
   <style:table-properties style:width="15cm" table:align="center"/>
  </style:style>
  <style:style style:name="TblCell" style:family="table-cell">
   <style:table-cell-properties fo:padding="0.1cm" fo:border="0.5pt solid #000000"/>
  </style:style>
 </office:automatic-styles>
 <office:body>
  <office:text>
'''

FODT_TAIL = '''  </office:text>
 </office:body>
</office:document>
'''


def fodt(title, blocks, docstyle):
    x = []
    e = escape
    if title:
        tstyle = 'Title' if docstyle == 'heading' else 'PTitle'
        x.append('<text:p text:style-name="%s">%s</text:p>' % (tstyle, e(title)))
    first_list = True
    for b in blocks:
        if b['t'] == 'h':
            lvl = b['level']
            text = b['text']
            if b['runin']:
                # run-in headings stay ordinary body paragraphs with their typed label
                x.append('<text:p text:style-name="Text_20_body">%s</text:p>' % e(text))
            elif docstyle == 'heading':
                x.append('<text:h text:style-name="Heading_20_%d" text:outline-level="%d">%s</text:h>' % (lvl, lvl, e(text)))
            elif docstyle == 'custom':
                x.append('<text:p text:style-name="ZH_5f_Biaoti_5f_%d">%s</text:p>' % (lvl, e(text)))
            elif docstyle == 'autonum':
                numbering, head, _ = split_heading(text, False)
                attr = 'xml:id="zhlist"' if first_list else 'text:continue-list="zhlist"'
                first_list = False
                inner = '<text:p text:style-name="ZH_5f_Biaoti_5f_%d">%s</text:p>' % (lvl, e(head))
                for _ in range(lvl - 1):
                    inner = '<text:list><text:list-item>%s</text:list-item></text:list>' % inner
                x.append('<text:list %s text:style-name="ZH_5f_Headings"><text:list-item>%s</text:list-item></text:list>' % (attr, inner))
            else:  # plain
                x.append('<text:p text:style-name="PH%d">%s</text:p>' % (min(lvl, 2), e(text)))
        elif b['t'] == 'p':
            x.append('<text:p text:style-name="Text_20_body">%s</text:p>' % e(b['text']))
        elif b['t'] == 'table':
            ncol = max(len(r) for r in b['rows'])
            x.append('<text:p text:style-name="Caption">%s</text:p>' % e(b['caption']))
            t = ['<table:table table:name="%s" table:style-name="Tbl">' % e(b['caption'].split('　')[0]),
                 '<table:table-column table:number-columns-repeated="%d"/>' % ncol]
            for r in b['rows']:
                t.append('<table:table-row>')
                for c in r + [''] * (ncol - len(r)):
                    t.append('<table:table-cell table:style-name="TblCell" office:value-type="string"><text:p text:style-name="Table_20_Contents">%s</text:p></table:table-cell>' % e(c))
                t.append('</table:table-row>')
            t.append('</table:table>')
            x.append(''.join(t))
    return FODT_HEAD.replace('{title}', e(title or '')) + '\n'.join('   ' + l for l in x) + '\n' + FODT_TAIL


def patch_level2_counting(path):
    """LibreOffice writes Chinese counting as chineseCountingThousand. Word writes either
    chineseCountingThousand or chineseCounting; rewrite level 2 (ilvl=1) to chineseCounting so
    that the corpus holds both spellings."""
    import zipfile
    with zipfile.ZipFile(path) as z:
        items = [(i, z.read(i.filename)) for i in z.infolist()]
    changed = False
    out = []
    for info, data in items:
        if info.filename == 'word/numbering.xml':
            text = data.decode('utf-8')
            new = re.sub(r'(<w:lvl w:ilvl="1">(?:(?!</w:lvl>).)*?<w:numFmt w:val=")chineseCountingThousand(")',
                         r'\1chineseCounting\2', text)
            changed = new != text
            data = new.encode('utf-8')
        out.append((info, data))
    if changed:
        with zipfile.ZipFile(path, 'w', zipfile.ZIP_DEFLATED) as z:
            for info, data in out:
                z.writestr(info, data)


def soffice(fodts, target, outdir):
    subprocess.run(['soffice', '--headless', '--convert-to', target, '--outdir', outdir] + fodts,
                   check=True, capture_output=True)


def main():
    structures = {}
    jobs_docx, jobs_doc = [], []
    for name in sorted(os.listdir(SRC)):
        if not name.endswith('.src'):
            continue
        meta, title, blocks = parse(os.path.join(SRC, name))
        out = meta['out']
        formats = meta.get('formats', 'txt').split()
        st = structure(title, blocks, meta)
        base = out
        for fmt in formats:
            if fmt == 'txt':
                path = base if base.endswith('.txt') else base + '.txt'
                write_encoded(os.path.join(CORPUS, path), render_text(title, blocks, meta.get('style', 'plain')), meta.get('encoding'))
            elif fmt == 'gbk':
                path = base + '.gbk.txt'
                write_encoded(os.path.join(CORPUS, path), render_text(title, blocks, meta.get('style', 'plain')), 'gb18030')
            elif fmt == 'md':
                path = base if base.endswith('.md') else base + '.md'
                write_encoded(os.path.join(CORPUS, path), render_md(title, blocks), 'utf-8')
            elif fmt in ('docx', 'doc'):
                stem = os.path.splitext(os.path.basename(base))[0] if base.endswith(('.docx', '.doc')) else os.path.basename(base)
                fpath = os.path.join(HERE, stem + '.fodt')
                with open(fpath, 'w', encoding='utf-8') as f:
                    f.write(fodt(title, blocks, meta.get('docstyle', 'plain')))
                (jobs_docx if fmt == 'docx' else jobs_doc).append(fpath)
                path = 'reports/%s.%s' % (stem, fmt)
            structures[path] = st
    with tempfile.TemporaryDirectory() as tmp:
        if jobs_docx:
            soffice(sorted(set(jobs_docx)), 'docx:MS Word 2007 XML', tmp)
        if jobs_doc:
            soffice(sorted(set(jobs_doc)), 'doc:MS Word 97', tmp)
        for f in os.listdir(tmp):
            if f.endswith('.docx'):
                patch_level2_counting(os.path.join(tmp, f))
            os.replace(os.path.join(tmp, f), os.path.join(CORPUS, 'reports', f))
    with open(os.path.join(CORPUS, 'structure.json'), 'w', encoding='utf-8') as f:
        json.dump(dict(sorted(structures.items())), f, ensure_ascii=False, indent=2)
        f.write('\n')
    print('\n'.join(sorted(structures)))


if __name__ == '__main__':
    main()
