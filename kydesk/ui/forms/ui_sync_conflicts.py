# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'sync_conflicts.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QGroupBox, QHeaderView,
    QLabel, QPlainTextEdit, QSizePolicy, QSplitter,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_SyncConflictsPanel(object):
    def setupUi(self, SyncConflictsPanel):
        if not SyncConflictsPanel.objectName():
            SyncConflictsPanel.setObjectName(u"SyncConflictsPanel")
        SyncConflictsPanel.resize(960, 600)
        self.layout = QVBoxLayout(SyncConflictsPanel)
        self.layout.setObjectName(u"layout")
        self.splitter = QSplitter(SyncConflictsPanel)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.conflictsBox = QGroupBox(self.splitter)
        self.conflictsBox.setObjectName(u"conflictsBox")
        self.conflictsLayout = QVBoxLayout(self.conflictsBox)
        self.conflictsLayout.setObjectName(u"conflictsLayout")
        self.conflictsHint = QLabel(self.conflictsBox)
        self.conflictsHint.setObjectName(u"conflictsHint")
        self.conflictsHint.setWordWrap(True)
        self.conflictsHint.setStyleSheet(u"color: #5f6368;")

        self.conflictsLayout.addWidget(self.conflictsHint)

        self.conflictsTable = QTableWidget(self.conflictsBox)
        self.conflictsTable.setObjectName(u"conflictsTable")
        self.conflictsTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.conflictsTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.conflictsTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.conflictsTable.setAlternatingRowColors(True)
        self.conflictsTable.setWordWrap(False)

        self.conflictsLayout.addWidget(self.conflictsTable)

        self.splitter.addWidget(self.conflictsBox)
        self.quarantineBox = QGroupBox(self.splitter)
        self.quarantineBox.setObjectName(u"quarantineBox")
        self.quarantineLayout = QVBoxLayout(self.quarantineBox)
        self.quarantineLayout.setObjectName(u"quarantineLayout")
        self.quarantineHint = QLabel(self.quarantineBox)
        self.quarantineHint.setObjectName(u"quarantineHint")
        self.quarantineHint.setWordWrap(True)
        self.quarantineHint.setStyleSheet(u"color: #5f6368;")

        self.quarantineLayout.addWidget(self.quarantineHint)

        self.quarantineTable = QTableWidget(self.quarantineBox)
        self.quarantineTable.setObjectName(u"quarantineTable")
        self.quarantineTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.quarantineTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.quarantineTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.quarantineTable.setAlternatingRowColors(True)
        self.quarantineTable.setWordWrap(False)

        self.quarantineLayout.addWidget(self.quarantineTable)

        self.splitter.addWidget(self.quarantineBox)
        self.details = QPlainTextEdit(self.splitter)
        self.details.setObjectName(u"details")
        self.details.setReadOnly(True)
        self.splitter.addWidget(self.details)

        self.layout.addWidget(self.splitter)

        QWidget.setTabOrder(self.conflictsTable, self.quarantineTable)
        QWidget.setTabOrder(self.quarantineTable, self.details)

        self.retranslateUi(SyncConflictsPanel)

        QMetaObject.connectSlotsByName(SyncConflictsPanel)
    # setupUi

    def retranslateUi(self, SyncConflictsPanel):
        self.conflictsBox.setTitle(QCoreApplication.translate("SyncConflictsPanel", u"\u7248\u672c\u51b2\u7a81", None))
        self.conflictsHint.setText(QCoreApplication.translate("SyncConflictsPanel", u"\u540c\u4e00\u5355\u4f4d\u7684\u4e24\u53f0\u7535\u8111\u6539\u4e86\u540c\u4e00\u6761\u8bb0\u5f55\u65f6\uff0c\u4fdd\u7559\u7248\u672c\u53f7\u8f83\u9ad8\u7684\u4e00\u4efd\uff08\u76f8\u540c\u65f6\u6309\u7535\u8111\u7f16\u53f7\u51b3\u5b9a\uff0c\u5404\u65b9\u7ed3\u679c\u4e00\u81f4\uff09\uff0c\u843d\u9009\u7684\u7248\u672c\u8bb0\u5f55\u5728\u8fd9\u91cc\uff0c\u9700\u8981\u65f6\u53ef\u7167\u6b64\u624b\u5de5\u6539\u56de\u3002", None))
        self.quarantineBox.setTitle(QCoreApplication.translate("SyncConflictsPanel", u"\u62d2\u6536\u7684\u8bb0\u5f55", None))
        self.quarantineHint.setText(QCoreApplication.translate("SyncConflictsPanel", u"\u540c\u6b65\u5305\u4e2d\u53d1\u9001\u65b9\u65e0\u6743\u4fee\u6539\u7684\u8bb0\u5f55\uff0c\u6216\u5f15\u7528\u4e86\u672c\u673a\u8fd8\u6ca1\u6709\u7684\u8bb0\u5f55\uff0c\u672a\u5bfc\u5165\u800c\u7559\u5b58\u5728\u8fd9\u91cc\uff1b\u7f3a\u5c11\u7684\u8bb0\u5f55\u968f\u5bf9\u65b9\u540e\u7eed\u7684\u540c\u6b65\u5305\u9001\u5230\u540e\u4f1a\u663e\u793a\u201c\u540e\u6765\u5df2\u8865\u9f50\u201d\u3002", None))
        self.details.setPlaceholderText(QCoreApplication.translate("SyncConflictsPanel", u"\u9009\u4e2d\u4e00\u6761\u8bb0\u5f55\u67e5\u770b\u8be6\u60c5", None))
        pass
    # retranslateUi

