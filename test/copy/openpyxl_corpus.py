"""Writes the copy corpus's openpyxl workbooks (a second producer besides ExcelJS and LibreOffice).

Usage: /usr/bin/python3 openpyxl_corpus.py LAYOUTS.json OUT_DIR

LAYOUTS.json holds {"project": [sheet, ...], "overall": [sheet, ...]}, each sheet {"name", "rows", "merges",
"formats"} as the test fixtures state them. Each workbook shows what real producers write and ExcelJS does
not model: styles shared by many cells, notes, pictures, charts, hidden sheets, defined names, data
validation, conditional formats, protection and print settings.
"""
import io
import json
import sys

from openpyxl import Workbook
from openpyxl.chart import BarChart, Reference
from openpyxl.comments import Comment
from openpyxl.drawing.image import Image
from openpyxl.formatting.rule import FormulaRule
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.workbook.defined_name import DefinedName
from openpyxl.worksheet.datavalidation import DataValidation
from PIL import Image as PilImage, ImageDraw

THIN = Side(style="thin")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
BODY = Font(name="宋体", size=11)
HEADER = Font(name="宋体", size=11, bold=True)
HEADER_FILL = PatternFill("solid", fgColor="FFD9D9D9")
WRAP = Alignment(vertical="center", wrap_text=True)


def write_sheet(workbook, layout, styled):
    sheet = workbook.create_sheet(layout["name"])
    for r, row in enumerate(layout["rows"], start=1):
        for c, value in enumerate(row, start=1):
            if value is None:
                continue
            cell = sheet.cell(row=r, column=c, value=value)
            if styled:
                # The same few looks on many cells: openpyxl writes each once and shares it.
                cell.font = HEADER if isinstance(value, str) and r <= 3 else BODY
                cell.border = BORDER
                cell.alignment = WRAP
                if isinstance(value, str) and value.strip() in ("一级指标", "二级指标", "三级指标", "分值"):
                    cell.fill = HEADER_FILL
                if isinstance(value, (int, float)) and not isinstance(value, bool):
                    cell.number_format = "0.00"
    for m in layout["merges"]:
        sheet.merge_cells(
            start_row=m["top"] + 1, start_column=m["left"] + 1, end_row=m["bottom"] + 1, end_column=m["right"] + 1
        )
    for address, number_format in (layout.get("formats") or {}).items():
        sheet[address].number_format = number_format
    for c in range(1, 10):
        sheet.column_dimensions[get_column_letter(c)].width = 14
    return sheet


def new_workbook(layouts, styled):
    workbook = Workbook()
    workbook.remove(workbook.active)
    sheets = [write_sheet(workbook, layout, styled) for layout in layouts]
    return workbook, sheets


def picture():
    image = PilImage.new("RGB", (120, 120), "white")
    draw = ImageDraw.Draw(image)
    draw.ellipse((5, 5, 115, 115), outline="red", width=6)
    draw.line((30, 60, 90, 60), fill="red", width=6)
    data = io.BytesIO()
    image.save(data, format="PNG")
    data.seek(0)
    return Image(data)


def chart(sheet, first_row, last_row):
    bars = BarChart()
    bars.title = "自评得分图表"
    bars.y_axis.title = "得分"
    values = Reference(sheet, min_col=8, min_row=first_row, max_row=last_row)
    bars.add_data(values, titles_from_data=False)
    return bars


def main():
    layouts = json.load(open(sys.argv[1], encoding="utf-8"))
    out = sys.argv[2]
    project = layouts["project"]
    overall = layouts["overall"]

    workbook, _ = new_workbook(overall + project, styled=True)
    workbook.save(f"{out}/openpyxl-shared-styles.xlsx")

    workbook, sheets = new_workbook(project, styled=False)
    sheets[0]["B2"].comment = Comment("请核实项目名称。", "审核人")
    workbook.save(f"{out}/openpyxl-note.xlsx")

    workbook, sheets = new_workbook(project, styled=False)
    sheets[0].add_image(picture(), "K2")
    workbook.save(f"{out}/openpyxl-picture.xlsx")

    workbook, sheets = new_workbook(project, styled=False)
    sheets[0].add_chart(chart(sheets[0], 15, 22), "K4")
    workbook.save(f"{out}/openpyxl-chart.xlsx")

    workbook, sheets = new_workbook(overall + project, styled=True)
    form = sheets[-1]
    form["G6"].comment = Comment("执行率按系统导出。", "填表人")
    form.add_image(picture(), "K2")
    form.add_chart(chart(form, 15, 22), "K10")
    validation = DataValidation(type="list", formula1='"产出指标,效益指标,满意度指标"', allow_blank=True)
    form.add_data_validation(validation)
    validation.add("B15:B30")
    form.conditional_formatting.add(
        "I15:I30", FormulaRule(formula=["AND(H15<G15,LEN(I15)=0)"], fill=PatternFill("solid", bgColor="FFFFC7CE"))
    )
    form.print_title_rows = "1:3"
    form.page_setup.orientation = "landscape"
    form.protection.sheet = True
    hidden = workbook.create_sheet("参数")
    hidden["A1"] = "版本"
    hidden["B1"] = "2024"
    hidden.sheet_state = "hidden"
    workbook.defined_names.append(DefinedName("年度", attr_text="参数!$B$1"))
    workbook.defined_names.append(DefinedName("执行率单元格", attr_text=f"'{form.title}'!$G$6"))
    workbook.save(f"{out}/openpyxl-everything.xlsx")


if __name__ == "__main__":
    main()
