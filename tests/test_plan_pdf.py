"""The plan as a PDF: A4, page numbers, fonts embedded, Chinese that searches and copies as
the same characters (not the radicals Qt's text maps name them by)."""
import re

import pypdf
import pytest

from exports import plan_docx


def _read(path):
    reader = pypdf.PdfReader(str(path))
    text = "\n".join(page.extract_text() for page in reader.pages)
    return reader, re.sub(r"\s", "", text)  # (pypdf breaks lines where the font changes: Latin and CJK)


@pytest.fixture
def zh_demo(workspace):
    from app.i18n import set_language
    set_language("zh_CN")
    from app.services import demo
    yield demo.add_demo()
    set_language("en")


def test_the_demo_plan_as_pdf(qapp, zh_demo, tmp_path):
    from ui.plan import plan_pdf
    path = plan_pdf.write(plan_docx.load(zh_demo), tmp_path / "plan.pdf")
    reader, text = _read(path)
    assert len(reader.pages) >= 5
    assert all(abs(float(p.mediabox.width) - 595) < 2 and abs(float(p.mediabox.height) - 842) < 2
               for p in reader.pages)  # A4
    for word in ("6.风险评估", "社群运营方案", "生命周期", "目标设定", "骨干精英"):
        assert word in text, word
    assert not any(0x2E80 <= ord(ch) <= 0x2FDF for ch in text)  # no radicals where ideographs were drawn
    assert f"1/{len(reader.pages)}" in text and f"{len(reader.pages)}/{len(reader.pages)}" in text
    fonts = [f.get_object() for page in reader.pages for f in page["/Resources"]["/Font"].values()]
    embedded = [f["/DescendantFonts"][0].get_object()["/FontDescriptor"].get_object() for f in fonts]
    assert all("/FontFile2" in d or "/FontFile3" in d or "/FontFile" in d for d in embedded)


def test_radicals_in_text_maps_become_ideographs():
    from ui.plan.plan_pdf import _ideograph
    assert [chr(_ideograph(c)) for c in (0x2F45, 0x2EDB, 0x2EE3, 0x2F47, 0x4E00)] == ["方", "风", "骨", "日", "一"]


def test_cli_export_plan_pdf(tmp_path, capsys):
    from main import main
    ws = tmp_path / "w.sqlite"
    assert main(["--lang", "zh_CN", "--workspace", str(ws), "demo"]) == 0
    out = tmp_path / "方案.pdf"
    assert main(["--lang", "zh_CN", "--workspace", str(ws), "export-plan", "--community", "1", "--out", str(out)]) == 0
    _, text = _read(out)
    assert "8.时间规划" in text


def test_the_documents_carry_the_growth_chart_and_the_heat_map(qapp, zh_demo, tmp_path):
    import zipfile
    from ui.plan import plan_pdf
    from ui.plan.plan_images import add_images
    book = add_images(plan_docx.load(zh_demo), tmp_path)
    assert set(book.images) == {"growth", "heat_map", "timeline"}
    docx = plan_docx.write(book, tmp_path / "plan.docx")
    with zipfile.ZipFile(docx) as z:
        assert len([n for n in z.namelist() if n.startswith("word/media/")]) == 3
    reader, _ = _read(plan_pdf.write(book, tmp_path / "plan.pdf"))
    assert sum(len(page.images) for page in reader.pages) == 3


def test_no_numbers_and_no_risks_means_no_pictures(qapp, workspace, tmp_path):
    from app.services import communities
    from ui.plan.plan_images import add_images
    cid = communities.create("Blank", apply_templates=False)
    assert add_images(plan_docx.load(cid), tmp_path).images == {}
