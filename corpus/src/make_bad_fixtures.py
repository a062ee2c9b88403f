#!/usr/bin/env python3
"""Rebuild test/fixtures/bad/ (except the files made by other tools, see below).

Run after corpus/src/build.py (it copies corpus/reports/10-same-report.docx/.doc).

Made by other tools (the committed files are the reference; steps kept here for the record):
  encrypted.docx  npm package officecrypto-tool 0.0.19, installed in a temp dir outside the repo:
                  require('officecrypto-tool').encrypt(fs.readFileSync('corpus/reports/10-same-report.docx'), {password: 'secret'})
                  (LibreOffice 7.4 ignores a password when saving .docx.)
  encrypted.doc   LibreOffice 7.4 through UNO (apt: python3-uno): load corpus/src/10-same-report.fodt and
                  doc.storeToURL(url, (FilterName='MS Word 97', Password='secret'))
  report.pdf      soffice --headless --convert-to pdf  (a two-line Chinese .fodt)
  report.wps      soffice --headless --convert-to 'xls:MS Excel 97' tiny.csv  (apt: libreoffice-calc), renamed
  photo.jpg       convert -size 8x8 xc:'#336699' -strip -quality 85 photo.jpg  (apt: imagemagick)
"""
import os, random, struct, zlib, zipfile, shutil, io
HERE = os.path.dirname(os.path.abspath(__file__))
B = os.path.join(HERE, '..', '..', 'test', 'fixtures', 'bad')
R = os.path.join(HERE, '..', 'reports')
os.makedirs(B, exist_ok=True)
open(f'{B}/empty.txt','wb').close()
rnd=random.Random(20240601)
data=bytes(rnd.getrandbits(8) for _ in range(4096))
assert b'\x00' in data
open(f'{B}/garbage.bin','wb').write(data)
src=open(f'{R}/10-same-report.docx','rb').read()
open(f'{B}/truncated.docx','wb').write(src[:len(src)//2])
# corrupt central directory
eocd=src.rfind(b'PK\x05\x06')
cd_size,cd_off=struct.unpack('<II',src[eocd+12:eocd+20])
mid=cd_off+cd_size//2
# flip the bytes of the central-directory entry header nearest the middle (signature + sizes)
hdr=src.find(b'PK\x01\x02',mid-60) if src.find(b'PK\x01\x02',mid-60)!=-1 else mid
if hdr<0 or hdr>cd_off+cd_size: hdr=mid
b=bytearray(src)
for i in range(hdr, hdr+32):
    b[i]^=0xFF
open(f'{B}/corrupt-zip.docx','wb').write(bytes(b))
print('cd',cd_off,cd_size,'flipped',hdr,hdr+32)
# valid zip, no word/document.xml
with zipfile.ZipFile(io.BytesIO(src)) as z:
    ct=z.read('[Content_Types].xml'); st=z.read('word/styles.xml')
with zipfile.ZipFile(f'{B}/no-document.docx','w',zipfile.ZIP_DEFLATED) as z:
    z.writestr('[Content_Types].xml',ct); z.writestr('word/styles.xml',st)
# renamed files
shutil.copy(f'{R}/10-same-report.doc', f'{B}/renamed-doc.docx')
shutil.copy(f'{R}/10-same-report.docx', f'{B}/renamed-docx.txt')
# tiny PNG 8x8
def chunk(t,d): return struct.pack('>I',len(d))+t+d+struct.pack('>I',zlib.crc32(t+d)&0xffffffff)
raw=b''.join(b'\x00'+bytes([200,30,30]*8) for _ in range(8))
png=b'\x89PNG\r\n\x1a\n'+chunk(b'IHDR',struct.pack('>IIBBBBB',8,8,8,2,0,0,0))+chunk(b'IDAT',zlib.compress(raw))+chunk(b'IEND',b'')
open(f'{B}/picture.png','wb').write(png)
# zip bomb
body_open=(b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
 b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>')
body_close=b'</w:t></w:r></w:p></w:body></w:document>'
with zipfile.ZipFile(io.BytesIO(src)) as z:
    rels=z.read('_rels/.rels')
ct_min=(b'<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
 b'<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
 b'<Default Extension="xml" ContentType="application/xml"/>'
 b'<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
rels_min=(b'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
 b'<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
TOTAL=300*1024*1024
with zipfile.ZipFile(f'{B}/bomb.docx','w',zipfile.ZIP_DEFLATED,compresslevel=9) as z:
    z.writestr('[Content_Types].xml',ct_min)
    z.writestr('_rels/.rels',rels_min)
    with z.open('word/document.xml','w',force_zip64=False) as w:
        w.write(body_open)
        chunkdata=b'\xe8\xbf\xb0'*(1024*1024//3)  # "述" repeated, ~1 MB
        n=0
        while n+len(chunkdata) < TOTAL-len(body_open)-len(body_close):
            w.write(chunkdata); n+=len(chunkdata)
        w.write(body_close)
with zipfile.ZipFile(f'{B}/bomb.docx') as z:
    for i in z.infolist(): print(i.filename,i.file_size,i.compress_size)
print('bomb size',os.path.getsize(f'{B}/bomb.docx'))
