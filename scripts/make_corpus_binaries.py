"""Build the binary texts of the sample corpus (PDF, DOCX) from their Markdown sources.

Each source in ``scripts/corpus_sources/<id>.md`` has a YAML front matter (title, authors,
affiliation, date) and a small Markdown body: ``#``/``##`` headings, paragraphs, ``1.``
numbered items and ``-`` bullets. ``TARGETS`` says which format each source becomes::

    .venv/bin/python scripts/make_corpus_binaries.py            # write corpus/texts/<id>.<ext>
    .venv/bin/python scripts/make_corpus_binaries.py --check    # rebuild in a temporary folder, compare

Outputs are reproducible: the PDF creation date and the DOCX dates come from the front
matter, and DOCX zip entries get a fixed timestamp, so the same source gives the same bytes.
Every PDF is read back with pypdf and must contain each source word, correctly accented.
"""

from __future__ import annotations

import argparse
import datetime as dt
import filecmp
import io
import re
import sys
import tempfile
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ROOT / "scripts" / "corpus_sources"
TEXTS = ROOT / "corpus" / "texts"
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
FONT_REGULAR = FONT_DIR / "DejaVuSans.ttf"
FONT_BOLD = FONT_DIR / "DejaVuSans-Bold.ttf"

TARGETS: dict[str, str] = {
    "fr-report-02": "pdf",
    "fr-report-03": "docx",
}
"""Source id → output format."""

_NUMBERED_RE = re.compile(r"^(\d+)\.\s+(.*)$")
_FRONT_MATTER_RE = re.compile(r"\A---\n(.*?)\n---\n", re.DOTALL)


class BuildError(Exception):
    """A source cannot be turned into its binary file; the message says what to do."""


@dataclass
class Block:
    """One block of the source body: ``h1``, ``h2``, ``p``, ``numbered`` or ``bullet``."""

    kind: str
    text: str
    number: int | None = None


@dataclass
class Source:
    """A parsed Markdown source: metadata from the front matter and the body blocks."""

    id: str
    title: str
    authors: list[str]
    affiliation: str
    date: dt.date
    blocks: list[Block] = field(default_factory=list)


def parse_source(path: Path) -> Source:
    """Read ``path``: front matter (safe YAML) and body blocks."""
    text = path.read_text(encoding="utf-8")
    match = _FRONT_MATTER_RE.match(text)
    if match is None:
        raise BuildError(f"{path}: no YAML front matter between '---' lines")
    meta = yaml.safe_load(match.group(1)) or {}
    missing = [key for key in ("title", "authors", "date") if key not in meta]
    if missing:
        raise BuildError(f"{path}: front matter lacks {', '.join(missing)}")
    date = meta["date"] if isinstance(meta["date"], dt.date) else dt.date.fromisoformat(str(meta["date"]))
    return Source(
        id=path.stem,
        title=str(meta["title"]),
        authors=[str(a) for a in meta["authors"]],
        affiliation=str(meta.get("affiliation", "")),
        date=date,
        blocks=parse_blocks(text[match.end() :]),
    )


def parse_blocks(body: str) -> list[Block]:
    """Blocks of a Markdown body; lines of one paragraph are joined with a space."""
    blocks: list[Block] = []
    for chunk in re.split(r"\n\s*\n", body.strip()):
        lines = [line.strip() for line in chunk.splitlines() if line.strip()]
        if not lines:
            continue
        first = lines[0]
        if first.startswith("## "):
            blocks.append(Block("h2", first[3:].strip()))
        elif first.startswith("# "):
            blocks.append(Block("h1", first[2:].strip()))
        elif _NUMBERED_RE.match(first) or first.startswith("- "):
            blocks.extend(_list_items(lines))
        else:
            blocks.append(Block("p", " ".join(lines)))
    return blocks


def _list_items(lines: list[str]) -> list[Block]:
    items: list[Block] = []
    for line in lines:
        numbered = _NUMBERED_RE.match(line)
        if numbered:
            items.append(Block("numbered", numbered.group(2), int(numbered.group(1))))
        elif line.startswith("- "):
            items.append(Block("bullet", line[2:].strip()))
        elif items:  # a wrapped line continues the previous item
            items[-1].text += " " + line
    return items


def build_pdf(source: Source, out: Path) -> None:
    """Write ``source`` as an A4 PDF with the DejaVu Sans font (accents, €, « », œ)."""
    from fpdf import FPDF

    for font in (FONT_REGULAR, FONT_BOLD):
        if not font.is_file():
            raise BuildError(
                f"font {font} not found: install the DejaVu fonts (Debian/Ubuntu: apt-get install fonts-dejavu-core)"
            )
    pdf = FPDF(format="A4")
    pdf.set_creation_date(dt.datetime.combine(source.date, dt.time(12, 0), tzinfo=dt.timezone.utc))
    pdf.set_title(source.title)
    pdf.set_author("; ".join(source.authors))
    pdf.set_subject(source.affiliation)
    pdf.set_creator("discourse scripts/make_corpus_binaries.py")
    pdf.set_lang("fr-FR")
    pdf.add_font("DejaVu", "", str(FONT_REGULAR))
    pdf.add_font("DejaVu", "B", str(FONT_BOLD))
    pdf.set_margins(22, 20, 22)
    pdf.set_auto_page_break(auto=True, margin=20)
    pdf.add_page()
    for block in source.blocks:
        _pdf_block(pdf, block)
    pdf.output(str(out))


def _pdf_block(pdf, block: Block) -> None:
    width = pdf.epw
    if block.kind == "h1":
        pdf.set_font("DejaVu", "B", 16)
        pdf.multi_cell(width, 8, block.text, align="L", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)
    elif block.kind == "h2":
        pdf.ln(2)
        pdf.set_font("DejaVu", "B", 12.5)
        pdf.multi_cell(width, 7, block.text, align="L", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)
    elif block.kind in ("numbered", "bullet"):
        pdf.set_font("DejaVu", "", 10.5)
        marker = f"{block.number}." if block.kind == "numbered" else "•"
        pdf.cell(8, 5.5, marker)
        pdf.multi_cell(width - 8, 5.5, block.text, align="L", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1.5)
    else:
        pdf.set_font("DejaVu", "", 10.5)
        pdf.multi_cell(width, 5.5, block.text, align="L", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2.5)


def build_docx(source: Source, out: Path) -> None:
    """Write ``source`` as a DOCX with real heading styles and a numbered-list style."""
    from docx import Document

    document = Document()
    props = document.core_properties
    props.title = source.title
    props.author = "; ".join(source.authors)
    props.subject = source.affiliation
    props.language = "fr-FR"
    props.last_modified_by = "discourse"
    props.revision = 1
    stamp = dt.datetime.combine(source.date, dt.time(12, 0))
    props.created = props.modified = stamp
    for block in source.blocks:
        if block.kind == "h1":
            document.add_heading(block.text, level=1)
        elif block.kind == "h2":
            document.add_heading(block.text, level=2)
        elif block.kind == "numbered":
            document.add_paragraph(block.text, style="List Number")
        elif block.kind == "bullet":
            document.add_paragraph(block.text, style="List Bullet")
        else:
            document.add_paragraph(block.text)
    buffer = io.BytesIO()
    document.save(buffer)
    out.write_bytes(_fixed_zip_dates(buffer.getvalue(), stamp))


def _fixed_zip_dates(data: bytes, stamp: dt.datetime) -> bytes:
    """The same zip with every entry dated ``stamp``, so rebuilds are byte-identical."""
    rebuilt = io.BytesIO()
    date_time = stamp.timetuple()[:6]
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(rebuilt, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            entry = zipfile.ZipInfo(info.filename, date_time=date_time)
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = 0o644 << 16
            dst.writestr(entry, src.read(info.filename))
    return rebuilt.getvalue()


def check_pdf_text(source: Source, pdf_path: Path) -> None:
    """Raise unless pypdf extracts every word of the source, in order, from ``pdf_path``."""
    from pypdf import PdfReader

    extracted = " ".join(page.extract_text() or "" for page in PdfReader(pdf_path).pages)
    got = _words(extracted)
    expected = _words(" ".join(block.text for block in source.blocks))
    if got != expected:
        diff = next((i for i, (a, b) in enumerate(zip(got, expected)) if a != b), min(len(got), len(expected)))
        raise BuildError(
            f"{pdf_path}: extracted text differs from the source at word {diff}: "
            f"got {got[diff : diff + 4]}, expected {expected[diff : diff + 4]}"
        )


def _words(text: str) -> list[str]:
    """Whitespace-separated words, without list markers (``1.``, ``•``), which the PDF
    draws apart from the item text and the source does not repeat."""
    return [w for w in text.split() if not re.fullmatch(r"\d+\.|•", w)]


BUILDERS = {"pdf": build_pdf, "docx": build_docx}


def build_all(out_dir: Path, only: list[str] | None = None) -> list[Path]:
    """Build every target (or only the given ids) into ``out_dir``; return the written paths."""
    written = []
    for source_id, fmt in TARGETS.items():
        if only and source_id not in only:
            continue
        path = SOURCES / f"{source_id}.md"
        if not path.is_file():
            raise BuildError(f"source {path} not found")
        source = parse_source(path)
        out = out_dir / f"{source_id}.{fmt}"
        BUILDERS[fmt](source, out)
        if fmt == "pdf":
            check_pdf_text(source, out)
        written.append(out)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("ids", nargs="*", help="source ids to build (default: all of TARGETS)")
    parser.add_argument("--check", action="store_true", help="rebuild in a temporary folder and compare with corpus/texts")
    args = parser.parse_args(argv)
    try:
        if args.check:
            with tempfile.TemporaryDirectory() as tmp:
                stale = [p.name for p in build_all(Path(tmp), args.ids) if not _same(p, TEXTS / p.name)]
            if stale:
                print(f"out of date (rerun the script): {', '.join(stale)}", file=sys.stderr)
                return 1
            return 0
        for path in build_all(TEXTS, args.ids):
            print(f"wrote {path.relative_to(ROOT)}", file=sys.stderr)
    except BuildError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    return 0


def _same(built: Path, committed: Path) -> bool:
    return committed.is_file() and filecmp.cmp(built, committed, shallow=False)


if __name__ == "__main__":
    sys.exit(main())
