# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'xlsx_import.ui'
##
## Created by: Qt User Interface Compiler version 6.9.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QComboBox,
    QDateEdit, QDialog, QFrame, QGridLayout,
    QHBoxLayout, QHeaderView, QLabel, QProgressBar,
    QPushButton, QSizePolicy, QSpacerItem, QSpinBox,
    QTabWidget, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget)

class Ui_XlsxImportDialog(object):
    def setupUi(self, XlsxImportDialog):
        if not XlsxImportDialog.objectName():
            XlsxImportDialog.setObjectName(u"XlsxImportDialog")
        XlsxImportDialog.resize(860, 600)
        self.rootLayout = QVBoxLayout(XlsxImportDialog)
        self.rootLayout.setObjectName(u"rootLayout")
        self.fileLayout = QGridLayout()
        self.fileLayout.setObjectName(u"fileLayout")
        self.fileLayout.setHorizontalSpacing(8)
        self.fileLabel = QLabel(XlsxImportDialog)
        self.fileLabel.setObjectName(u"fileLabel")

        self.fileLayout.addWidget(self.fileLabel, 0, 0, 1, 1)

        self.file = QLabel(XlsxImportDialog)
        self.file.setObjectName(u"file")
        self.file.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.fileLayout.addWidget(self.file, 0, 1, 1, 5)

        self.sheetLabel = QLabel(XlsxImportDialog)
        self.sheetLabel.setObjectName(u"sheetLabel")

        self.fileLayout.addWidget(self.sheetLabel, 1, 0, 1, 1)

        self.sheet = QComboBox(XlsxImportDialog)
        self.sheet.setObjectName(u"sheet")
        self.sheet.setMinimumSize(QSize(160, 0))

        self.fileLayout.addWidget(self.sheet, 1, 1, 1, 1)

        self.yearLabel = QLabel(XlsxImportDialog)
        self.yearLabel.setObjectName(u"yearLabel")

        self.fileLayout.addWidget(self.yearLabel, 1, 2, 1, 1)

        self.year = QSpinBox(XlsxImportDialog)
        self.year.setObjectName(u"year")
        self.year.setMinimum(2000)
        self.year.setMaximum(2100)
        self.year.setKeyboardTracking(False)

        self.fileLayout.addWidget(self.year, 1, 3, 1, 1)

        self.yearSource = QLabel(XlsxImportDialog)
        self.yearSource.setObjectName(u"yearSource")
        self.yearSource.setStyleSheet(u"color: #5f6368;")

        self.fileLayout.addWidget(self.yearSource, 1, 4, 1, 1)

        self.assignedLabel = QLabel(XlsxImportDialog)
        self.assignedLabel.setObjectName(u"assignedLabel")

        self.fileLayout.addWidget(self.assignedLabel, 2, 2, 1, 1)

        self.assigned = QDateEdit(XlsxImportDialog)
        self.assigned.setObjectName(u"assigned")
        self.assigned.setCalendarPopup(True)

        self.fileLayout.addWidget(self.assigned, 2, 3, 1, 1)

        self.assignedSource = QLabel(XlsxImportDialog)
        self.assignedSource.setObjectName(u"assignedSource")
        self.assignedSource.setStyleSheet(u"color: #5f6368;")

        self.fileLayout.addWidget(self.assignedSource, 2, 4, 1, 1)

        self.fileSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.fileLayout.addItem(self.fileSpacer, 1, 5, 1, 1)


        self.rootLayout.addLayout(self.fileLayout)

        self.yearNoteBox = QFrame(XlsxImportDialog)
        self.yearNoteBox.setObjectName(u"yearNoteBox")
        self.yearNoteBox.setStyleSheet(u"QFrame#yearNoteBox { background: #fff4e5; border: 1px solid #f0c36d; border-radius: 3px; }")
        self.yearNoteLayout = QHBoxLayout(self.yearNoteBox)
        self.yearNoteLayout.setObjectName(u"yearNoteLayout")
        self.yearNote = QLabel(self.yearNoteBox)
        self.yearNote.setObjectName(u"yearNote")
        self.yearNote.setWordWrap(True)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.yearNote.sizePolicy().hasHeightForWidth())
        self.yearNote.setSizePolicy(sizePolicy)

        self.yearNoteLayout.addWidget(self.yearNote)

        self.useDbYearButton = QPushButton(self.yearNoteBox)
        self.useDbYearButton.setObjectName(u"useDbYearButton")

        self.yearNoteLayout.addWidget(self.useDbYearButton)

        self.setDbYearButton = QPushButton(self.yearNoteBox)
        self.setDbYearButton.setObjectName(u"setDbYearButton")

        self.yearNoteLayout.addWidget(self.setDbYearButton)


        self.rootLayout.addWidget(self.yearNoteBox)

        self.summary = QLabel(XlsxImportDialog)
        self.summary.setObjectName(u"summary")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.rootLayout.addWidget(self.summary)

        self.countsLayout = QHBoxLayout()
        self.countsLayout.setObjectName(u"countsLayout")
        self.newCount = QLabel(XlsxImportDialog)
        self.newCount.setObjectName(u"newCount")
        self.newCount.setStyleSheet(u"font-weight: bold;")

        self.countsLayout.addWidget(self.newCount)

        self.updatedCount = QLabel(XlsxImportDialog)
        self.updatedCount.setObjectName(u"updatedCount")
        self.updatedCount.setStyleSheet(u"font-weight: bold;")

        self.countsLayout.addWidget(self.updatedCount)

        self.unchangedCount = QLabel(XlsxImportDialog)
        self.unchangedCount.setObjectName(u"unchangedCount")
        self.unchangedCount.setStyleSheet(u"font-weight: bold;")

        self.countsLayout.addWidget(self.unchangedCount)

        self.otherCounts = QLabel(XlsxImportDialog)
        self.otherCounts.setObjectName(u"otherCounts")

        self.countsLayout.addWidget(self.otherCounts)

        self.countsSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.countsLayout.addItem(self.countsSpacer)


        self.rootLayout.addLayout(self.countsLayout)

        self.tabs = QTabWidget(XlsxImportDialog)
        self.tabs.setObjectName(u"tabs")
        self.problemsTab = QWidget()
        self.problemsTab.setObjectName(u"problemsTab")
        self.problemsLayout = QVBoxLayout(self.problemsTab)
        self.problemsLayout.setObjectName(u"problemsLayout")
        self.problems = QTableWidget(self.problemsTab)
        self.problems.setObjectName(u"problems")
        self.problems.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.problems.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.problems.setAlternatingRowColors(True)
        self.problems.setWordWrap(True)

        self.problemsLayout.addWidget(self.problems)

        self.tabs.addTab(self.problemsTab, "")
        self.rowsTab = QWidget()
        self.rowsTab.setObjectName(u"rowsTab")
        self.rowsLayout = QVBoxLayout(self.rowsTab)
        self.rowsLayout.setObjectName(u"rowsLayout")
        self.rows = QTableWidget(self.rowsTab)
        self.rows.setObjectName(u"rows")
        self.rows.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.rows.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.rows.setAlternatingRowColors(True)

        self.rowsLayout.addWidget(self.rows)

        self.tabs.addTab(self.rowsTab, "")
        self.columnsTab = QWidget()
        self.columnsTab.setObjectName(u"columnsTab")
        self.columnsLayout = QVBoxLayout(self.columnsTab)
        self.columnsLayout.setObjectName(u"columnsLayout")
        self.columnsHint = QLabel(self.columnsTab)
        self.columnsHint.setObjectName(u"columnsHint")
        self.columnsHint.setWordWrap(True)
        self.columnsHint.setStyleSheet(u"color: #5f6368;")

        self.columnsLayout.addWidget(self.columnsHint)

        self.columns = QTableWidget(self.columnsTab)
        self.columns.setObjectName(u"columns")
        self.columns.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.columns.setEditTriggers(QAbstractItemView.NoEditTriggers)

        self.columnsLayout.addWidget(self.columns)

        self.columnsButtons = QHBoxLayout()
        self.columnsButtons.setObjectName(u"columnsButtons")
        self.rememberColumns = QCheckBox(self.columnsTab)
        self.rememberColumns.setObjectName(u"rememberColumns")
        self.rememberColumns.setChecked(True)

        self.columnsButtons.addWidget(self.rememberColumns)

        self.columnsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.columnsButtons.addItem(self.columnsSpacer)

        self.resetColumnsButton = QPushButton(self.columnsTab)
        self.resetColumnsButton.setObjectName(u"resetColumnsButton")

        self.columnsButtons.addWidget(self.resetColumnsButton)


        self.columnsLayout.addLayout(self.columnsButtons)

        self.tabs.addTab(self.columnsTab, "")

        self.rootLayout.addWidget(self.tabs)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.hint = QLabel(XlsxImportDialog)
        self.hint.setObjectName(u"hint")
        self.hint.setStyleSheet(u"color: #5f6368;")
        self.hint.setWordWrap(True)

        self.buttons.addWidget(self.hint)

        self.progress = QProgressBar(XlsxImportDialog)
        self.progress.setObjectName(u"progress")
        self.progress.setMaximumSize(QSize(220, 16777215))

        self.buttons.addWidget(self.progress)

        self.applyButton = QPushButton(XlsxImportDialog)
        self.applyButton.setObjectName(u"applyButton")

        self.buttons.addWidget(self.applyButton)

        self.cancelButton = QPushButton(XlsxImportDialog)
        self.cancelButton.setObjectName(u"cancelButton")

        self.buttons.addWidget(self.cancelButton)

        self.buttons.setStretch(0, 1)

        self.rootLayout.addLayout(self.buttons)

#if QT_CONFIG(shortcut)
        self.sheetLabel.setBuddy(self.sheet)
        self.yearLabel.setBuddy(self.year)
        self.assignedLabel.setBuddy(self.assigned)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.sheet, self.year)
        QWidget.setTabOrder(self.year, self.assigned)
        QWidget.setTabOrder(self.assigned, self.useDbYearButton)
        QWidget.setTabOrder(self.useDbYearButton, self.setDbYearButton)
        QWidget.setTabOrder(self.setDbYearButton, self.tabs)
        QWidget.setTabOrder(self.tabs, self.problems)
        QWidget.setTabOrder(self.problems, self.rows)
        QWidget.setTabOrder(self.rows, self.columns)
        QWidget.setTabOrder(self.columns, self.rememberColumns)
        QWidget.setTabOrder(self.rememberColumns, self.resetColumnsButton)
        QWidget.setTabOrder(self.resetColumnsButton, self.applyButton)
        QWidget.setTabOrder(self.applyButton, self.cancelButton)

        self.retranslateUi(XlsxImportDialog)

        self.applyButton.setDefault(True)


        QMetaObject.connectSlotsByName(XlsxImportDialog)
    # setupUi

    def retranslateUi(self, XlsxImportDialog):
        XlsxImportDialog.setWindowTitle(QCoreApplication.translate("XlsxImportDialog", u"\u5bfc\u5165Excel\u53f0\u8d26 \u2014 \u9884\u89c8", None))
        self.fileLabel.setText(QCoreApplication.translate("XlsxImportDialog", u"\u6587\u4ef6", None))
        self.sheetLabel.setText(QCoreApplication.translate("XlsxImportDialog", u"\u5de5\u4f5c\u8868", None))
#if QT_CONFIG(tooltip)
        self.sheet.setToolTip(QCoreApplication.translate("XlsxImportDialog", u"\u8868\u683c\u6709\u591a\u4e2a\u5de5\u4f5c\u8868\u65f6\uff0c\u9009\u62e9\u53f0\u8d26\u6240\u5728\u7684\u90a3\u4e00\u4e2a", None))
#endif // QT_CONFIG(tooltip)
        self.yearLabel.setText(QCoreApplication.translate("XlsxImportDialog", u"\u5e74\u4efd", None))
        self.year.setSuffix(QCoreApplication.translate("XlsxImportDialog", u"\u5e74", None))
#if QT_CONFIG(tooltip)
        self.year.setToolTip(QCoreApplication.translate("XlsxImportDialog", u"\u201c6\u6708\u5e95\u524d\u201d\u201c\u7b2c\u4e09\u5b63\u5ea6\u201d\u7b49\u65f6\u9650\u6309\u8fd9\u4e00\u5e74\u7406\u89e3", None))
#endif // QT_CONFIG(tooltip)
        self.assignedLabel.setText(QCoreApplication.translate("XlsxImportDialog", u"\u4e0b\u8fbe\u65e5\u671f", None))
        self.assigned.setDisplayFormat(QCoreApplication.translate("XlsxImportDialog", u"yyyy\u5e74M\u6708d\u65e5", None))
#if QT_CONFIG(tooltip)
        self.assigned.setToolTip(QCoreApplication.translate("XlsxImportDialog", u"\u65b0\u4efb\u52a1\u7684\u5e8f\u65f6\u8fdb\u5ea6\u4ece\u8fd9\u5929\u7b97\u8d77\uff08\u8868\u4e2d\u6ca1\u6709\u5f00\u59cb\u65f6\u95f4\u7684\u4efb\u52a1\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.useDbYearButton.setText(QCoreApplication.translate("XlsxImportDialog", u"\u6309\u672c\u5e93\u5e74\u5ea6\u8bfb\u53d6", None))
        self.setDbYearButton.setText(QCoreApplication.translate("XlsxImportDialog", u"\u628a\u672c\u5e93\u5e74\u5ea6\u6539\u4e3a\u53f0\u8d26\u5e74\u5ea6", None))
        self.newCount.setText(QCoreApplication.translate("XlsxImportDialog", u"\u65b0\u589e 0 \u9879", None))
        self.updatedCount.setText(QCoreApplication.translate("XlsxImportDialog", u"\u66f4\u65b0 0 \u9879", None))
        self.unchangedCount.setText(QCoreApplication.translate("XlsxImportDialog", u"\u672a\u53d8 0 \u9879", None))
#if QT_CONFIG(accessibility)
        self.problems.setAccessibleName(QCoreApplication.translate("XlsxImportDialog", u"\u95ee\u9898", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.problemsTab), QCoreApplication.translate("XlsxImportDialog", u"\u95ee\u9898", None))
#if QT_CONFIG(accessibility)
        self.rows.setAccessibleName(QCoreApplication.translate("XlsxImportDialog", u"\u9010\u884c\u9884\u89c8", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.rowsTab), QCoreApplication.translate("XlsxImportDialog", u"\u9010\u884c\u9884\u89c8", None))
        self.columnsHint.setText(QCoreApplication.translate("XlsxImportDialog", u"\u8868\u683c\u4e2d\u6bcf\u4e00\u5217\u8bfb\u4f5c\u54ea\u4e00\u9879\uff1b\u8bfb\u9519\u4e86\u5728\u201c\u8868\u683c\u5217\u201d\u4e2d\u6539\u9009\uff0c\u6539\u540e\u91cd\u65b0\u9884\u89c8\u3002", None))
#if QT_CONFIG(accessibility)
        self.columns.setAccessibleName(QCoreApplication.translate("XlsxImportDialog", u"\u5217\u5bf9\u5e94", None))
#endif // QT_CONFIG(accessibility)
        self.rememberColumns.setText(QCoreApplication.translate("XlsxImportDialog", u"\u8bb0\u4f4f\u8fd9\u79cd\u8868\u5934\u7684\u5217\u5bf9\u5e94\uff08\u4e0b\u6b21\u5bfc\u5165\u540c\u6837\u7684\u8868\u81ea\u52a8\u6cbf\u7528\uff09", None))
        self.resetColumnsButton.setText(QCoreApplication.translate("XlsxImportDialog", u"\u6062\u590d\u81ea\u52a8\u8bc6\u522b", None))
        self.tabs.setTabText(self.tabs.indexOf(self.columnsTab), QCoreApplication.translate("XlsxImportDialog", u"\u5217\u5bf9\u5e94", None))
        self.hint.setText(QCoreApplication.translate("XlsxImportDialog", u"\u5bfc\u5165\u8981\u4e48\u5168\u90e8\u6210\u529f\uff0c\u8981\u4e48\u4e0d\u4f5c\u4efb\u4f55\u6539\u52a8\uff1b\u8868\u4e2d\u6ca1\u6709\u7684\u4efb\u52a1\u4e0d\u4f1a\u88ab\u5220\u9664\u3002", None))
        self.applyButton.setText(QCoreApplication.translate("XlsxImportDialog", u"\u5bfc\u5165", None))
        self.cancelButton.setText(QCoreApplication.translate("XlsxImportDialog", u"\u53d6\u6d88", None))
    # retranslateUi

