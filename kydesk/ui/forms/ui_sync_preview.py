# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'sync_preview.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QDialog, QHBoxLayout,
    QHeaderView, QLabel, QPlainTextEdit, QPushButton,
    QSizePolicy, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget)

class Ui_SyncPreviewDialog(object):
    def setupUi(self, SyncPreviewDialog):
        if not SyncPreviewDialog.objectName():
            SyncPreviewDialog.setObjectName(u"SyncPreviewDialog")
        SyncPreviewDialog.resize(900, 620)
        self.layout = QVBoxLayout(SyncPreviewDialog)
        self.layout.setObjectName(u"layout")
        self.summary = QLabel(SyncPreviewDialog)
        self.summary.setObjectName(u"summary")
        self.summary.setWordWrap(True)

        self.layout.addWidget(self.summary)

        self.packages = QTableWidget(SyncPreviewDialog)
        self.packages.setObjectName(u"packages")
        self.packages.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.packages.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.packages.setSelectionMode(QAbstractItemView.SingleSelection)
        self.packages.setAlternatingRowColors(True)

        self.layout.addWidget(self.packages)

        self.detailsLabel = QLabel(SyncPreviewDialog)
        self.detailsLabel.setObjectName(u"detailsLabel")

        self.layout.addWidget(self.detailsLabel)

        self.details = QPlainTextEdit(SyncPreviewDialog)
        self.details.setObjectName(u"details")
        self.details.setReadOnly(True)

        self.layout.addWidget(self.details)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.backupHint = QLabel(SyncPreviewDialog)
        self.backupHint.setObjectName(u"backupHint")
        self.backupHint.setStyleSheet(u"color: #5f6368;")
        self.backupHint.setWordWrap(True)

        self.buttons.addWidget(self.backupHint)

        self.applyButton = QPushButton(SyncPreviewDialog)
        self.applyButton.setObjectName(u"applyButton")

        self.buttons.addWidget(self.applyButton)

        self.cancelButton = QPushButton(SyncPreviewDialog)
        self.cancelButton.setObjectName(u"cancelButton")

        self.buttons.addWidget(self.cancelButton)


        self.layout.addLayout(self.buttons)

        QWidget.setTabOrder(self.packages, self.details)
        QWidget.setTabOrder(self.details, self.applyButton)
        QWidget.setTabOrder(self.applyButton, self.cancelButton)

        self.retranslateUi(SyncPreviewDialog)

        self.applyButton.setDefault(True)


        QMetaObject.connectSlotsByName(SyncPreviewDialog)
    # setupUi

    def retranslateUi(self, SyncPreviewDialog):
        SyncPreviewDialog.setWindowTitle(QCoreApplication.translate("SyncPreviewDialog", u"\u5bfc\u5165\u540c\u6b65\u5305 \u2014 \u9884\u89c8", None))
        self.detailsLabel.setText(QCoreApplication.translate("SyncPreviewDialog", u"\u6240\u9009\u540c\u6b65\u5305\u7684\u8be6\u60c5\uff08\u5b57\u6bb5\u53d8\u5316\u3001\u9700\u5173\u6ce8\u7684\u8fdb\u5c55\u3001\u5ef6\u671f\u7533\u8bf7\u3001\u62d2\u6536\u7684\u8bb0\u5f55\uff09", None))
        self.backupHint.setText(QCoreApplication.translate("SyncPreviewDialog", u"\u5bfc\u5165\u524d\u4f1a\u81ea\u52a8\u5907\u4efd\u6570\u636e\u5e93\uff1b\u6bcf\u4e2a\u540c\u6b65\u5305\u8981\u4e48\u5168\u90e8\u5408\u5e76\uff0c\u8981\u4e48\u4e0d\u4f5c\u4efb\u4f55\u6539\u52a8\u3002", None))
        self.applyButton.setText(QCoreApplication.translate("SyncPreviewDialog", u"\u5bfc\u5165", None))
        self.cancelButton.setText(QCoreApplication.translate("SyncPreviewDialog", u"\u53d6\u6d88", None))
    # retranslateUi

