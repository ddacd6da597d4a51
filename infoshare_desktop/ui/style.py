"""The look: Fusion with a light, high-contrast palette and a calm stylesheet.

Colours follow GOV.UK Design System habits (dark text on white, a green primary
button, red errors, a yellow focus ring) so the app reads like the services social
workers already use. Kept inline; the one image it needs (the drop-down arrow)
ships inside the package, beside this module.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

from infoshare_desktop.resources import resource_path

TEXT = "#0b0c0c"
SECONDARY_TEXT = "#505a5f"
BORDER = "#b1b4b6"
PANEL = "#f3f2f1"
BRAND = "#1d70b8"
PRIMARY = "#00703c"
PRIMARY_HOVER = "#005a30"
ERROR = "#d4351c"
FOCUS = "#ffdd00"
LOCKED = "#f3f2f1"
ARROW = resource_path("ui", "assets", "chevron-down.svg").as_posix()

STYLESHEET = f"""
QWidget {{ color: {TEXT}; }}
QMainWindow, QDialog, #RecordForm {{ background: #ffffff; }}
QListWidget#Navigation, QListWidget#SectionIndex {{
    background: {PANEL}; border: none; border-right: 1px solid {BORDER}; outline: none;
    padding-top: 14px;
}}
QListWidget#Navigation::item, QListWidget#SectionIndex::item {{
    padding: 9px 12px; border: none; border-left: 4px solid transparent; color: {TEXT};
}}
QListWidget#Navigation::item:hover, QListWidget#SectionIndex::item:hover {{
    background: #e8e7e6;
}}
QListWidget#Navigation::item:selected, QListWidget#SectionIndex::item:selected {{
    background: #ffffff; color: {TEXT}; border-left: 4px solid {BRAND};
}}

#PageTitle {{ font-size: 20pt; font-weight: bold; }}
#FormTitle {{ font-size: 17pt; font-weight: bold; }}
#SectionHeading {{
    font-size: 14pt; font-weight: bold; padding-top: 18px; padding-bottom: 2px;
    border-bottom: 1px solid {BORDER};
}}
#FieldLabel {{ font-weight: bold; }}
#Hint, #CountLine, #SaveState {{ color: {SECONDARY_TEXT}; }}
#ColumnHeader {{ color: {SECONDARY_TEXT}; font-size: 9pt; }}
#ErrorMessage {{ color: {ERROR}; font-weight: bold; }}
#FieldBlock[error="true"] {{ border-left: 4px solid {ERROR}; }}
#ErrorSummary {{ border: 3px solid {ERROR}; background: #ffffff; }}
#ErrorSummaryTitle {{ font-size: 14pt; font-weight: bold; }}
#LockedNote {{
    background: {LOCKED}; border-left: 6px solid {BRAND}; padding: 10px; font-weight: bold;
}}
#StatusTag {{
    background: #d2e2f1; color: #0c2d4a; padding: 3px 8px; font-weight: bold;
}}
#StatusTag[status="completed"], #StatusTag[status="authorised"] {{
    background: #cce2d8; color: #005a30;
}}
#StatusTag[status="returned"], #StatusTag[status="declined"] {{
    background: #f6d7d2; color: #2a0b06;
}}
#StatusTag[status="submitted"], #StatusTag[status="advice_requested"] {{
    background: #fff7bf; color: #594d00;
}}
#ReviewNote {{
    background: #fff7bf; border-left: 6px solid {ERROR}; padding: 10px; font-weight: bold;
}}
#FormMessage {{
    border: 3px solid {ERROR}; background: #ffffff; padding: 10px; font-weight: bold;
}}
#Notice {{ border-left: 6px solid {BRAND}; background: #ffffff; padding: 8px 10px; }}
#Notice[tone="good"] {{ border-left: 6px solid {PRIMARY}; background: #cce2d8; color: #002d18; }}
#Notice[tone="bad"] {{
    border: 3px solid {ERROR}; border-left: 6px solid {ERROR}; background: #ffffff;
    font-weight: bold;
}}
#AddendumBox {{ border-left: 6px solid {BRAND}; background: #ffffff; }}
#LockPage {{ background: {PANEL}; color: {TEXT}; font-size: 16pt; font-weight: bold; }}
#NavigationColumn {{ background: {PANEL}; border-right: 1px solid {BORDER}; }}
#NavigationColumn QListWidget#Navigation {{ border-right: none; }}
#SignedIn {{ border-top: 1px solid {BORDER}; }}
#UserName {{ font-weight: bold; }}
#UserRole {{ color: {SECONDARY_TEXT}; }}
#SubHeading {{ font-size: 12pt; font-weight: bold; padding-top: 8px; }}
#Marking {{ font-weight: bold; letter-spacing: 1px; color: {SECONDARY_TEXT}; }}
#EmptyState {{ color: {SECONDARY_TEXT}; font-size: 12pt; padding: 40px; }}
QLineEdit, QPlainTextEdit, QComboBox {{
    border: 2px solid {TEXT}; padding: 4px 6px; background: #ffffff; border-radius: 0px;
    selection-background-color: {BRAND};
}}
QLineEdit[readOnly="true"], QPlainTextEdit[readOnly="true"] {{
    border: 1px solid {BORDER}; background: {LOCKED};
}}
QComboBox {{ padding-right: 30px; }}
QComboBox::drop-down {{
    subcontrol-origin: padding; subcontrol-position: center right; width: 28px; border: none;
}}
QComboBox::down-arrow {{ image: url("{ARROW}"); width: 12px; height: 8px; }}
QComboBox QAbstractItemView {{
    border: 2px solid {TEXT}; selection-background-color: {BRAND}; selection-color: #ffffff;
}}
QComboBox:disabled, QCheckBox:disabled {{ color: {TEXT}; }}
QComboBox:disabled {{ border: 1px solid {BORDER}; background: {LOCKED}; }}
QLineEdit:focus, QPlainTextEdit:focus, QComboBox:focus {{
    border: 3px solid {TEXT}; padding: 3px 5px; background: #ffffff;
}}
QComboBox:focus {{ padding-right: 29px; }}
QPushButton {{
    background: {PANEL}; border: 1px solid {BORDER}; border-bottom: 2px solid #929191;
    padding: 6px 14px; min-height: 20px;
}}
QPushButton:hover {{ background: #dbdad9; }}
QPushButton:disabled {{ color: #6f777b; background: #f8f8f8; border-bottom: 1px solid {BORDER}; }}
QListWidget#TeamList {{ border: 1px solid {BORDER}; }}
QListWidget#TeamList::item {{ padding: 5px 6px; }}
QPushButton:focus, QCheckBox:focus {{ background: {FOCUS}; }}
QPushButton[primary="true"] {{
    background: {PRIMARY}; color: #ffffff; border: none; border-bottom: 2px solid #002d18;
    font-weight: bold; padding: 7px 18px;
}}
QPushButton[primary="true"]:hover {{ background: {PRIMARY_HOVER}; }}
QPushButton[primary="true"]:focus {{ background: {FOCUS}; color: {TEXT}; }}
QPushButton[link="true"] {{
    background: transparent; border: none; color: {BRAND}; text-decoration: underline;
    padding: 2px 0px; text-align: left;
}}
QPushButton[link="true"]:focus {{ background: {FOCUS}; color: {TEXT}; }}
QTableView {{
    border: 1px solid {BORDER}; gridline-color: #e5e5e5;
    selection-background-color: #d2e2f1; selection-color: {TEXT};
    alternate-background-color: #f8f8f8;
}}
QTableView:focus {{ border: 2px solid {TEXT}; }}
QHeaderView::section {{
    background: #ffffff; border: none; border-bottom: 2px solid {TEXT};
    padding: 6px; font-weight: bold;
}}
QScrollArea {{ border: none; background: #ffffff; }}
QTabWidget::pane {{ border: none; border-top: 1px solid {BORDER}; }}
QTabBar::tab {{
    background: transparent; border: none; border-bottom: 4px solid transparent;
    padding: 6px 16px; margin-left: 12px; color: {BRAND};
}}
QTabBar::tab:selected {{ border-bottom: 4px solid {BRAND}; color: {TEXT}; font-weight: bold; }}
QTabBar::tab:focus {{ background: {FOCUS}; color: {TEXT}; }}
#FormContent {{ background: #ffffff; }}
#FormFooter {{ background: {PANEL}; border-top: 1px solid {BORDER}; }}
"""


def apply_style(app: QApplication) -> None:
    """Fusion, a light palette whatever the desktop theme, and the stylesheet."""
    app.setStyle(QStyleFactory.create("Fusion"))
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.Window, QColor("#ffffff"))
    palette.setColor(QPalette.ColorRole.WindowText, QColor(TEXT))
    palette.setColor(QPalette.ColorRole.Base, QColor("#ffffff"))
    palette.setColor(QPalette.ColorRole.AlternateBase, QColor("#f8f8f8"))
    palette.setColor(QPalette.ColorRole.Text, QColor(TEXT))
    palette.setColor(QPalette.ColorRole.Button, QColor(PANEL))
    palette.setColor(QPalette.ColorRole.ButtonText, QColor(TEXT))
    palette.setColor(QPalette.ColorRole.Highlight, QColor(BRAND))
    palette.setColor(QPalette.ColorRole.HighlightedText, QColor("#ffffff"))
    palette.setColor(QPalette.ColorRole.PlaceholderText, QColor(SECONDARY_TEXT))
    palette.setColor(QPalette.ColorRole.Link, QColor(BRAND))
    palette.setColor(QPalette.ColorRole.ToolTipBase, QColor("#ffffff"))
    palette.setColor(QPalette.ColorRole.ToolTipText, QColor(TEXT))
    app.setPalette(palette)
    font = QFont(app.font())
    if font.pointSizeF() < 10:
        font.setPointSizeF(10)
        app.setFont(font)
    app.setStyleSheet(STYLESHEET)


def set_primary(button: object) -> None:
    """Mark a QPushButton as the screen's one primary action (green)."""
    button.setProperty("primary", True)  # type: ignore[attr-defined]


def repolish(widget: object) -> None:
    """Re-read the stylesheet after a dynamic property changed."""
    style = widget.style()  # type: ignore[attr-defined]
    style.unpolish(widget)
    style.polish(widget)
