"""PDF pages inside the app (QtPdf is not in PySide6-Essentials, so pypdfium2 renders them), printing
them on a printer, and "show in folder".

The PDF file is opened only while it is rendered and closed at once: on Windows an open handle would keep
the next print from replacing it.
"""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QRect, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QImage, QPainter, QPixmap
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from kydesk.domain.errors import KydeskError

PREVIEW_SCALE = 2.0          # 144 dpi: sharp up to 150 % on screen
PRINT_DPI_CAP = 300          # enough for text on paper; 1200 dpi pages would take 550 MB each
ZOOMS = [0.5, 0.75, 1.0, 1.25, 1.5, 2.0]


def _open(path):
    import pypdfium2

    try:
        return pypdfium2.PdfDocument(str(path))
    except Exception as e:  # noqa: BLE001 - pdfium raises its own error types
        raise KydeskError(f"无法打开 PDF 文件 {path}：{e}") from None


def _image(page, scale: float) -> QImage:
    bitmap = page.render(scale=scale, rev_byteorder=True, fill_color=(255, 255, 255, 255))
    fmt = {3: QImage.Format_RGB888, 4: QImage.Format_RGBA8888}[bitmap.n_channels]
    image = QImage(bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride, fmt).copy()  # own the pixels
    bitmap.close()
    return image


def render_pages(path, scale: float = PREVIEW_SCALE) -> list[QImage]:
    pdf = _open(path)
    try:
        return [_image(pdf[i], scale) for i in range(len(pdf))]
    finally:
        pdf.close()


def print_pdf(path, printer: QPrinter, progress=None) -> int:
    """Draw every page of `path` on `printer` at its real size; returns the page count.

    A printer that cannot start or fails midway raises KydeskError with a plain message.
    """
    name = printer.printerName() or printer.outputFileName() or "默认打印机"
    printer.setFullPage(True)           # the PDF carries its own margins (GB/T 9704: 37 mm top, 28 mm left)
    dpi = printer.resolution()
    scale = min(dpi, PRINT_DPI_CAP) / 72.0
    pdf = _open(path)
    painter = QPainter()
    try:
        count = len(pdf)
        if not painter.begin(printer):
            raise KydeskError(f"无法使用打印机“{name}”：请检查打印机是否开机、连接正常、有纸，或在打印对话框中换一台打印机。"
                              "会议内容没有受影响。")
        for i in range(count):
            if i and not printer.newPage():
                raise KydeskError(f"打印机“{name}”在第 {i + 1} 页出错，打印中断。请检查打印机后重试。")
            image = _image(pdf[i], scale)
            width_pt, height_pt = pdf[i].get_size()
            target = QRect(0, 0, round(width_pt / 72.0 * dpi), round(height_pt / 72.0 * dpi))
            painter.drawImage(target, image)
            if progress is not None:
                progress(i + 1, count)
    finally:
        if painter.isActive():
            painter.end()
        pdf.close()
    if printer.printerState() == QPrinter.Error:
        raise KydeskError(f"打印机“{name}”报告错误，打印可能没有完成。请检查打印机后重试。")
    return count


def show_in_folder(path) -> None:
    """Open the folder holding `path` (on Windows with the file selected)."""
    path = Path(path)
    if sys.platform == "win32":
        subprocess.Popen(f'explorer /select,"{path}"')
    else:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent if path.is_file() else path)))


class PdfPreview(QWidget):
    """The pages of one PDF, one under the other, fitted to the width or zoomed."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.images: list[QImage] = []
        self.path: Path | None = None
        self.zoom: float | None = None      # None: fit the width
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        self.pages_label = QLabel("没有预览")
        self.fit_button = QPushButton("适合宽度")
        self.out_button = QPushButton("缩小")
        self.in_button = QPushButton("放大")
        for w in (self.pages_label,):
            bar.addWidget(w)
        bar.addStretch(1)
        for b in (self.fit_button, self.out_button, self.in_button):
            bar.addWidget(b)
        layout.addLayout(bar)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setStyleSheet("QScrollArea { background: #8a8f96; }")
        self.pages = QWidget()
        self.pages.setStyleSheet("background: #8a8f96;")
        self.page_layout = QVBoxLayout(self.pages)
        self.page_layout.setSpacing(14)
        self.page_layout.setContentsMargins(14, 14, 14, 14)
        self.page_layout.setAlignment(Qt.AlignHCenter | Qt.AlignTop)
        self.scroll.setWidget(self.pages)
        layout.addWidget(self.scroll, 1)
        self.labels: list[QLabel] = []
        self.fit_button.clicked.connect(lambda: self.set_zoom(None))
        self.out_button.clicked.connect(lambda: self.step_zoom(-1))
        self.in_button.clicked.connect(lambda: self.step_zoom(1))
        self._enable()

    def load(self, path) -> int:
        self.images = render_pages(path)
        self.path = Path(path)
        self._rebuild()
        return len(self.images)

    def clear(self) -> None:
        self.images, self.path = [], None
        self._rebuild()

    def page_count(self) -> int:
        return len(self.images)

    def set_zoom(self, zoom: float | None) -> None:
        self.zoom = zoom
        self._scale_pages()

    def step_zoom(self, step: int) -> None:
        current = self.zoom or self._fit_zoom()
        if step > 0:
            nxt = next((z for z in ZOOMS if z > current + 0.01), ZOOMS[-1])
        else:
            nxt = next((z for z in reversed(ZOOMS) if z < current - 0.01), ZOOMS[0])
        self.set_zoom(nxt)

    def _fit_zoom(self) -> float:
        if not self.images:
            return 1.0
        bar = self.scroll.style().pixelMetric(self.scroll.style().PixelMetric.PM_ScrollBarExtent)
        avail = max(200, self.scroll.width() - 2 * self.scroll.frameWidth() - bar - 2 * 14 - 6)
        return avail / (self.images[0].width() / PREVIEW_SCALE * 96 / 72)

    def _rebuild(self) -> None:
        for label in self.labels:
            label.deleteLater()
        self.labels = []
        for n, _image in enumerate(self.images, start=1):
            label = QLabel()
            label.setAlignment(Qt.AlignCenter)
            label.setStyleSheet("background: white; border: 1px solid #5f6368;")
            label.setToolTip(f"第 {n} 页")
            self.page_layout.addWidget(label, 0, Qt.AlignHCenter)
            self.labels.append(label)
        n = len(self.images)
        self.pages_label.setText(f"共 {n} 页" if n else "没有预览")
        self._scale_pages()
        self._enable()

    def _scale_pages(self) -> None:
        if not self.images:
            return
        zoom = self.zoom or self._fit_zoom()
        for label, image in zip(self.labels, self.images):
            width = max(100, round(image.width() / PREVIEW_SCALE * 96 / 72 * zoom))
            label.setPixmap(QPixmap.fromImage(image).scaledToWidth(width, Qt.SmoothTransformation))
        self.fit_button.setText("适合宽度" if self.zoom else f"适合宽度（{round(zoom * 100)}%）")

    def _enable(self) -> None:
        for b in (self.fit_button, self.out_button, self.in_button):
            b.setEnabled(bool(self.images))

    def resizeEvent(self, event):
        super().resizeEvent(event)
        if self.zoom is None and self.images:
            self._scale_pages()
