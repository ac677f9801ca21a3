# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'meeting_record.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QGroupBox,
    QHBoxLayout, QHeaderView, QLabel, QPlainTextEdit,
    QPushButton, QSizePolicy, QSpacerItem, QSplitter,
    QTableView, QVBoxLayout, QWidget)

class Ui_RecordPanel(object):
    def setupUi(self, RecordPanel):
        if not RecordPanel.objectName():
            RecordPanel.setObjectName(u"RecordPanel")
        RecordPanel.resize(900, 600)
        self.layout = QVBoxLayout(RecordPanel)
        self.layout.setObjectName(u"layout")
        self.topRow = QHBoxLayout()
        self.topRow.setObjectName(u"topRow")
        self.agendaLabel = QLabel(RecordPanel)
        self.agendaLabel.setObjectName(u"agendaLabel")

        self.topRow.addWidget(self.agendaLabel)

        self.agenda = QComboBox(RecordPanel)
        self.agenda.setObjectName(u"agenda")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.agenda.sizePolicy().hasHeightForWidth())
        self.agenda.setSizePolicy(sizePolicy)

        self.topRow.addWidget(self.agenda)

        self.savedLabel = QLabel(RecordPanel)
        self.savedLabel.setObjectName(u"savedLabel")
        self.savedLabel.setMinimumSize(QSize(160, 0))
        self.savedLabel.setAlignment(Qt.AlignRight|Qt.AlignVCenter)

        self.topRow.addWidget(self.savedLabel)


        self.layout.addLayout(self.topRow)

        self.splitter = QSplitter(RecordPanel)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.entries = QTableView(self.splitter)
        self.entries.setObjectName(u"entries")
        self.entries.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.entries.setSelectionMode(QAbstractItemView.SingleSelection)
        self.entries.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.entries.setAlternatingRowColors(True)
        self.entries.setWordWrap(True)
        self.splitter.addWidget(self.entries)
        self.entryBox = QGroupBox(self.splitter)
        self.entryBox.setObjectName(u"entryBox")
        self.entryLayout = QVBoxLayout(self.entryBox)
        self.entryLayout.setObjectName(u"entryLayout")
        self.speakerRow = QHBoxLayout()
        self.speakerRow.setObjectName(u"speakerRow")
        self.speakerLabel = QLabel(self.entryBox)
        self.speakerLabel.setObjectName(u"speakerLabel")

        self.speakerRow.addWidget(self.speakerLabel)

        self.speaker = QComboBox(self.entryBox)
        self.speaker.setObjectName(u"speaker")
        self.speaker.setEditable(True)
        self.speaker.setMinimumSize(QSize(220, 0))

        self.speakerRow.addWidget(self.speaker)

        self.entryState = QLabel(self.entryBox)
        self.entryState.setObjectName(u"entryState")

        self.speakerRow.addWidget(self.entryState)

        self.speakerSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.speakerRow.addItem(self.speakerSpacer)


        self.entryLayout.addLayout(self.speakerRow)

        self.text = QPlainTextEdit(self.entryBox)
        self.text.setObjectName(u"text")
        self.text.setTabChangesFocus(True)

        self.entryLayout.addWidget(self.text)

        self.entryButtons = QHBoxLayout()
        self.entryButtons.setObjectName(u"entryButtons")
        self.entrySpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.entryButtons.addItem(self.entrySpacer)

        self.deleteButton = QPushButton(self.entryBox)
        self.deleteButton.setObjectName(u"deleteButton")

        self.entryButtons.addWidget(self.deleteButton)

        self.nextButton = QPushButton(self.entryBox)
        self.nextButton.setObjectName(u"nextButton")

        self.entryButtons.addWidget(self.nextButton)


        self.entryLayout.addLayout(self.entryButtons)

        self.splitter.addWidget(self.entryBox)
        self.freeBox = QGroupBox(self.splitter)
        self.freeBox.setObjectName(u"freeBox")
        self.freeLayout = QVBoxLayout(self.freeBox)
        self.freeLayout.setObjectName(u"freeLayout")
        self.freeText = QPlainTextEdit(self.freeBox)
        self.freeText.setObjectName(u"freeText")

        self.freeLayout.addWidget(self.freeText)

        self.splitter.addWidget(self.freeBox)

        self.layout.addWidget(self.splitter)

#if QT_CONFIG(shortcut)
        self.agendaLabel.setBuddy(self.agenda)
        self.speakerLabel.setBuddy(self.speaker)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.agenda, self.speaker)
        QWidget.setTabOrder(self.speaker, self.text)
        QWidget.setTabOrder(self.text, self.nextButton)
        QWidget.setTabOrder(self.nextButton, self.entries)
        QWidget.setTabOrder(self.entries, self.freeText)

        self.retranslateUi(RecordPanel)

        QMetaObject.connectSlotsByName(RecordPanel)
    # setupUi

    def retranslateUi(self, RecordPanel):
        self.agendaLabel.setText(QCoreApplication.translate("RecordPanel", u"\u8bae\u9898", None))
        self.savedLabel.setStyleSheet(QCoreApplication.translate("RecordPanel", u"color: #2e7d32;", None))
        self.entryBox.setTitle(QCoreApplication.translate("RecordPanel", u"\u53d1\u8a00\u8bb0\u5f55\uff08\u968f\u6253\u968f\u5b58\uff09", None))
        self.speakerLabel.setText(QCoreApplication.translate("RecordPanel", u"\u53d1\u8a00\u4eba", None))
        self.entryState.setStyleSheet(QCoreApplication.translate("RecordPanel", u"color: #666;", None))
        self.text.setStyleSheet(QCoreApplication.translate("RecordPanel", u"font-size: 12pt;", None))
        self.text.setPlaceholderText(QCoreApplication.translate("RecordPanel", u"\u53d1\u8a00\u5185\u5bb9\uff1a\u8fb9\u542c\u8fb9\u8bb0\uff0c\u505c\u987f\u7247\u523b\u5373\u81ea\u52a8\u4fdd\u5b58\u3002Ctrl+Enter \u8bb0\u4e0b\u672c\u6761\u5e76\u5f00\u59cb\u4e0b\u4e00\u6761\u3002", None))
        self.deleteButton.setText(QCoreApplication.translate("RecordPanel", u"\u5220\u9664\u672c\u6761", None))
        self.nextButton.setText(QCoreApplication.translate("RecordPanel", u"\u8bb0\u4e0b\uff0c\u4e0b\u4e00\u6761\uff08Ctrl+Enter\uff09", None))
        self.freeBox.setTitle(QCoreApplication.translate("RecordPanel", u"\u5176\u4ed6\u8bb0\u5f55\uff08\u81ea\u7531\u4e66\u5199\uff0c\u968f\u6253\u968f\u5b58\uff09", None))
        self.freeText.setStyleSheet(QCoreApplication.translate("RecordPanel", u"font-size: 12pt;", None))
        self.freeText.setPlaceholderText(QCoreApplication.translate("RecordPanel", u"\u4e0d\u5c5e\u4e8e\u67d0\u4f4d\u53d1\u8a00\u4eba\u7684\u5185\u5bb9\uff0c\u5982\u4f1a\u8bae\u5f00\u59cb\u3001\u4f11\u4f1a\u3001\u8865\u5145\u8bf4\u660e\u7b49", None))
        pass
    # retranslateUi

