"""Runs one job in LibreOffice through UNO: opens workbooks, inserts and fills rows, recalculates, measures
how much room each label needs, and saves .xlsx and PDF copies. Driven by test/templates/libreoffice.ts.

usage: /usr/bin/python3 lo_job.py job.json  (prints the measurements as JSON on stdout)
"""
import json
import os
import subprocess
import sys
import time

import uno
from com.sun.star.beans import PropertyValue


def prop(name, value):
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


def url(path):
    return uno.systemPathToFileUrl(os.path.abspath(path))


def connect(job):
    pipe = job["pipe"]
    office = subprocess.Popen(
        [
            job["soffice"],
            "--headless",
            "--invisible",
            "--nologo",
            "--norestore",
            "--nodefault",
            "-env:UserInstallation=" + url(job["profile"]),
            "--accept=pipe,name=%s;urp;StarOffice.ComponentContext" % pipe,
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
    deadline = time.time() + 120
    while True:
        try:
            context = resolver.resolve("uno:pipe,name=%s;urp;StarOffice.ComponentContext" % pipe)
            break
        except Exception:
            if time.time() > deadline or office.poll() is not None:
                raise SystemExit("LibreOffice did not start")
            time.sleep(0.3)
    desktop = context.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", context)
    return office, desktop


def apply_steps(doc, steps):
    for step in steps:
        sheet = doc.Sheets.getByName(step["sheet"])
        if sheet.isProtected():
            # Excel inserts rows on these sheets (allowInsertRows); LibreOffice's API does not ask.
            sheet.unprotect("")
        if step.get("count", 0) > 0:
            sheet.Rows.insertByIndex(step["row"], step["count"])
        for col, value in step.get("set", []):
            cell = sheet.getCellByPosition(col, step["row"])
            if isinstance(value, str):
                cell.setString(value)
            else:
                cell.setValue(value)


def merged_area(sheet, cell):
    cursor = sheet.createCursorByRange(cell)
    cursor.collapseToMergedArea()
    return cursor.getRangeAddress()


def measure(doc, names):
    """Each text cell's room against what LibreOffice needs to show its text, in 1/100 mm."""
    scratch_name = "__measure__"
    doc.Sheets.insertNewByName(scratch_name, doc.Sheets.getCount())
    scratch = doc.Sheets.getByName(scratch_name)
    probe = scratch.getCellByPosition(0, 0)
    probe_column = scratch.Columns.getByIndex(0)
    probe_row = scratch.Rows.getByIndex(0)
    found = []
    for name in names:
        sheet = doc.Sheets.getByName(name)
        used = sheet.createCursor()
        used.gotoEndOfUsedArea(False)
        last_row = used.getRangeAddress().EndRow
        last_col = used.getRangeAddress().EndColumn
        for row in range(last_row + 1):
            for col in range(last_col + 1):
                cell = sheet.getCellByPosition(col, row)
                text = cell.getString()
                if not text or cell.getFormula().startswith("="):
                    continue
                area = merged_area(sheet, cell)
                if area.StartColumn != col or area.StartRow != row:
                    continue
                width = sum(sheet.Columns.getByIndex(c).Width for c in range(area.StartColumn, area.EndColumn + 1))
                height = sum(sheet.Rows.getByIndex(r).Height for r in range(area.StartRow, area.EndRow + 1))
                wrapped = cell.IsTextWrapped
                for key in ("CharHeight", "CharFontName", "CharFontNameAsian", "CharWeight", "CharWeightAsian",
                            "CharHeightAsian", "IsTextWrapped"):
                    probe.setPropertyValue(key, cell.getPropertyValue(key))
                probe.setString(text)
                probe_column.Width = width
                probe_row.OptimalHeight = True
                need_height = probe_row.Height
                need_width = width
                if not wrapped:
                    probe_column.OptimalWidth = True
                    need_width = probe_column.Width
                found.append({
                    "sheet": name, "row": row, "col": col, "text": text, "wrapped": bool(wrapped),
                    "width": width, "height": height, "needWidth": need_width, "needHeight": need_height,
                })
    doc.Sheets.removeByName(scratch_name)
    return found


def main():
    job = json.load(open(sys.argv[1], encoding="utf-8"))
    office, desktop = connect(job)
    results = []
    try:
        for item in job["files"]:
            doc = desktop.loadComponentFromURL(url(item["input"]), "_blank", 0, (prop("Hidden", True),))
            try:
                apply_steps(doc, item.get("steps", []))
                doc.calculateAll()
                if item.get("measure"):
                    results.append({"input": item["input"], "cells": measure(doc, item["measure"])})
                if item.get("output"):
                    doc.storeToURL(url(item["output"]), (prop("FilterName", "Calc Office Open XML"),))
                if item.get("pdf"):
                    doc.storeToURL(url(item["pdf"]), (prop("FilterName", "calc_pdf_Export"),))
            finally:
                doc.close(True)
    finally:
        try:
            desktop.terminate()
        except Exception:
            pass
        try:
            office.wait(timeout=30)
        except Exception:
            office.kill()
    json.dump(results, sys.stdout, ensure_ascii=False)


main()
