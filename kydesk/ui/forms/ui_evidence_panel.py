# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'evidence_panel.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QHBoxLayout, QHeaderView,
    QLabel, QPushButton, QSizePolicy, QSpacerItem,
    QTableView, QVBoxLayout, QWidget)

class Ui_EvidencePanel(object):
    def setupUi(self, EvidencePanel):
        if not EvidencePanel.objectName():
            EvidencePanel.setObjectName(u"EvidencePanel")
        EvidencePanel.resize(560, 320)
        self.rootLayout = QVBoxLayout(EvidencePanel)
        self.rootLayout.setObjectName(u"rootLayout")
        self.table = QTableView(EvidencePanel)
        self.table.setObjectName(u"table")
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setIconSize(QSize(40, 40))
        self.table.setWordWrap(False)
        self.table.setContextMenuPolicy(Qt.ActionsContextMenu)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)

        self.rootLayout.addWidget(self.table)

        self.status = QLabel(EvidencePanel)
        self.status.setObjectName(u"status")
        self.status.setWordWrap(True)
        self.status.setStyleSheet(u"color: #5f6368;")

        self.rootLayout.addWidget(self.status)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.addButton = QPushButton(EvidencePanel)
        self.addButton.setObjectName(u"addButton")
        self.addButton.setAutoDefault(False)

        self.buttons.addWidget(self.addButton)

        self.openButton = QPushButton(EvidencePanel)
        self.openButton.setObjectName(u"openButton")
        self.openButton.setAutoDefault(False)

        self.buttons.addWidget(self.openButton)

        self.saveAsButton = QPushButton(EvidencePanel)
        self.saveAsButton.setObjectName(u"saveAsButton")
        self.saveAsButton.setAutoDefault(False)

        self.buttons.addWidget(self.saveAsButton)

        self.deleteButton = QPushButton(EvidencePanel)
        self.deleteButton.setObjectName(u"deleteButton")
        self.deleteButton.setAutoDefault(False)

        self.buttons.addWidget(self.deleteButton)

        self.spacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons.addItem(self.spacer)

        self.exportButton = QPushButton(EvidencePanel)
        self.exportButton.setObjectName(u"exportButton")
        self.exportButton.setAutoDefault(False)

        self.buttons.addWidget(self.exportButton)


        self.rootLayout.addLayout(self.buttons)


        self.retranslateUi(EvidencePanel)

        QMetaObject.connectSlotsByName(EvidencePanel)
    # setupUi

    def retranslateUi(self, EvidencePanel):
        self.addButton.setText(QCoreApplication.translate("EvidencePanel", u"\u9644\u52a0\u6587\u4ef6\u2026", None))
        self.openButton.setText(QCoreApplication.translate("EvidencePanel", u"\u6253\u5f00", None))
        self.saveAsButton.setText(QCoreApplication.translate("EvidencePanel", u"\u53e6\u5b58\u4e3a\u2026", None))
        self.deleteButton.setText(QCoreApplication.translate("EvidencePanel", u"\u5220\u9664", None))
        self.exportButton.setText(QCoreApplication.translate("EvidencePanel", u"\u5bfc\u51fa\u4f50\u8bc1\u6750\u6599\u2026", None))
        pass
    # retranslateUi

