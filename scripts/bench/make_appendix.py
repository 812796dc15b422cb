#!/usr/bin/env python3
"""Write benchmark appendix tables with python3-openpyxl / python3-docx (Debian packages).

usage: make_appendix.py ROWS_JSON OUT.xlsx OUT.docx
ROWS_JSON holds {"header": [...], "rows": [[...], ...]} (group rows have one cell).
python-docx's add_row is quadratic, so rows are cloned at the XML level (linear).
"""
import copy
import json
import sys

import docx
import openpyxl
from docx.oxml.ns import qn


def write_xlsx(data, path):
    wb = openpyxl.Workbook(write_only=True)
    ws = wb.create_sheet("Phụ lục")
    ws.append(["DANH MỤC NHIỆM VỤ TRỌNG TÂM"])
    ws.append(data["header"])
    for row in data["rows"]:
        ws.append(row)
    wb.save(path)


def write_docx(data, path):
    d = docx.Document()
    d.add_paragraph("DANH MỤC NHIỆM VỤ TRỌNG TÂM")
    cols = len(data["header"])
    table = d.add_table(rows=2, cols=cols)
    for c, text in enumerate(data["header"]):
        table.rows[0].cells[c].text = text
    template = table.rows[1]._tr
    tbl = table._tbl
    tbl.remove(template)
    for row in data["rows"]:
        tr = copy.deepcopy(template)
        tcs = tr.findall(qn("w:tc"))
        for c, tc in enumerate(tcs):
            t = tc.find(qn("w:p"))
            text = row[c] if c < len(row) else ""
            r = t.makeelement(qn("w:r"), {})
            te = r.makeelement(qn("w:t"), {})
            te.text = text
            r.append(te)
            t.append(r)
        tbl.append(tr)
    d.save(path)


if __name__ == "__main__":
    data = json.load(open(sys.argv[1], encoding="utf-8"))
    write_xlsx(data, sys.argv[2])
    write_docx(data, sys.argv[3])
