# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'meeting_print.ui'
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
from PySide6.QtWidgets import (QApplication, QHBoxLayout, QLabel, QProgressBar,
    QPushButton, QRadioButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_PrintPanel(object):
    def setupUi(self, PrintPanel):
        if not PrintPanel.objectName():
            PrintPanel.setObjectName(u"PrintPanel")
        PrintPanel.resize(900, 640)
        self.layout = QVBoxLayout(PrintPanel)
        self.layout.setObjectName(u"layout")
        self.actions = QHBoxLayout()
        self.actions.setObjectName(u"actions")
        self.minutesChoice = QRadioButton(PrintPanel)
        self.minutesChoice.setObjectName(u"minutesChoice")
        self.minutesChoice.setChecked(True)

        self.actions.addWidget(self.minutesChoice)

        self.recordChoice = QRadioButton(PrintPanel)
        self.recordChoice.setObjectName(u"recordChoice")

        self.actions.addWidget(self.recordChoice)

        self.previewButton = QPushButton(PrintPanel)
        self.previewButton.setObjectName(u"previewButton")

        self.actions.addWidget(self.previewButton)

        self.actionSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actions.addItem(self.actionSpacer)

        self.printButton = QPushButton(PrintPanel)
        self.printButton.setObjectName(u"printButton")

        self.actions.addWidget(self.printButton)

        self.saveButton = QPushButton(PrintPanel)
        self.saveButton.setObjectName(u"saveButton")

        self.actions.addWidget(self.saveButton)

        self.folderButton = QPushButton(PrintPanel)
        self.folderButton.setObjectName(u"folderButton")

        self.actions.addWidget(self.folderButton)


        self.layout.addLayout(self.actions)

        self.busy = QWidget(PrintPanel)
        self.busy.setObjectName(u"busy")
        self.busyLayout = QHBoxLayout(self.busy)
        self.busyLayout.setObjectName(u"busyLayout")
        self.busyLayout.setContentsMargins(0, 0, 0, 0)
        self.busyLabel = QLabel(self.busy)
        self.busyLabel.setObjectName(u"busyLabel")

        self.busyLayout.addWidget(self.busyLabel)

        self.progress = QProgressBar(self.busy)
        self.progress.setObjectName(u"progress")

        self.busyLayout.addWidget(self.progress)

        self.cancelButton = QPushButton(self.busy)
        self.cancelButton.setObjectName(u"cancelButton")

        self.busyLayout.addWidget(self.cancelButton)


        self.layout.addWidget(self.busy)

        self.info = QLabel(PrintPanel)
        self.info.setObjectName(u"info")
        self.info.setWordWrap(True)
        self.info.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.layout.addWidget(self.info)

        self.previewHost = QWidget(PrintPanel)
        self.previewHost.setObjectName(u"previewHost")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(1)
        sizePolicy.setHeightForWidth(self.previewHost.sizePolicy().hasHeightForWidth())
        self.previewHost.setSizePolicy(sizePolicy)
        self.previewLayout = QVBoxLayout(self.previewHost)
        self.previewLayout.setObjectName(u"previewLayout")
        self.previewLayout.setContentsMargins(0, 0, 0, 0)

        self.layout.addWidget(self.previewHost)


        self.retranslateUi(PrintPanel)

        QMetaObject.connectSlotsByName(PrintPanel)
    # setupUi

    def retranslateUi(self, PrintPanel):
        self.minutesChoice.setText(QCoreApplication.translate("PrintPanel", u"\u4f1a\u8bae\u7eaa\u8981", None))
        self.recordChoice.setText(QCoreApplication.translate("PrintPanel", u"\u4f1a\u8bae\u8bb0\u5f55", None))
        self.previewButton.setText(QCoreApplication.translate("PrintPanel", u"\u751f\u6210\u9884\u89c8", None))
        self.printButton.setText(QCoreApplication.translate("PrintPanel", u"\u6253\u5370\u2026", None))
        self.saveButton.setText(QCoreApplication.translate("PrintPanel", u"\u53e6\u5b58\u4e3a PDF\u2026", None))
        self.folderButton.setText(QCoreApplication.translate("PrintPanel", u"\u5728\u6587\u4ef6\u5939\u4e2d\u663e\u793a", None))
        self.cancelButton.setText(QCoreApplication.translate("PrintPanel", u"\u53d6\u6d88", None))
        pass
    # retranslateUi

