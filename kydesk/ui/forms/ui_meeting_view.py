# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'meeting_view.ui'
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
    QSplitter, QStackedWidget, QTabWidget, QTableView,
    QVBoxLayout, QWidget)

class Ui_MeetingView(object):
    def setupUi(self, MeetingView):
        if not MeetingView.objectName():
            MeetingView.setObjectName(u"MeetingView")
        MeetingView.resize(1100, 720)
        self.layout = QHBoxLayout(MeetingView)
        self.layout.setObjectName(u"layout")
        self.layout.setContentsMargins(6, 6, 6, 6)
        self.splitter = QSplitter(MeetingView)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.listPane = QWidget(self.splitter)
        self.listPane.setObjectName(u"listPane")
        self.listLayout = QVBoxLayout(self.listPane)
        self.listLayout.setObjectName(u"listLayout")
        self.listLayout.setContentsMargins(0, 0, 0, 0)
        self.listHeader = QHBoxLayout()
        self.listHeader.setObjectName(u"listHeader")
        self.listTitle = QLabel(self.listPane)
        self.listTitle.setObjectName(u"listTitle")

        self.listHeader.addWidget(self.listTitle)

        self.listSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.listHeader.addItem(self.listSpacer)

        self.newButton = QPushButton(self.listPane)
        self.newButton.setObjectName(u"newButton")

        self.listHeader.addWidget(self.newButton)


        self.listLayout.addLayout(self.listHeader)

        self.meetingList = QTableView(self.listPane)
        self.meetingList.setObjectName(u"meetingList")
        self.meetingList.setMinimumSize(QSize(250, 0))
        self.meetingList.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.meetingList.setSelectionMode(QAbstractItemView.SingleSelection)
        self.meetingList.setAlternatingRowColors(True)
        self.meetingList.setShowGrid(False)
        self.meetingList.setWordWrap(False)

        self.listLayout.addWidget(self.meetingList)

        self.splitter.addWidget(self.listPane)
        self.editorStack = QStackedWidget(self.splitter)
        self.editorStack.setObjectName(u"editorStack")
        self.emptyPage = QWidget()
        self.emptyPage.setObjectName(u"emptyPage")
        self.emptyLayout = QVBoxLayout(self.emptyPage)
        self.emptyLayout.setObjectName(u"emptyLayout")
        self.emptyTop = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.emptyLayout.addItem(self.emptyTop)

        self.emptyLabel = QLabel(self.emptyPage)
        self.emptyLabel.setObjectName(u"emptyLabel")
        self.emptyLabel.setWordWrap(True)
        self.emptyLabel.setAlignment(Qt.AlignCenter)

        self.emptyLayout.addWidget(self.emptyLabel)

        self.emptyButtons = QHBoxLayout()
        self.emptyButtons.setObjectName(u"emptyButtons")
        self.emptyLeft = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.emptyButtons.addItem(self.emptyLeft)

        self.emptyNewButton = QPushButton(self.emptyPage)
        self.emptyNewButton.setObjectName(u"emptyNewButton")

        self.emptyButtons.addWidget(self.emptyNewButton)

        self.emptyRight = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.emptyButtons.addItem(self.emptyRight)


        self.emptyLayout.addLayout(self.emptyButtons)

        self.emptyBottom = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.emptyLayout.addItem(self.emptyBottom)

        self.editorStack.addWidget(self.emptyPage)
        self.editorPage = QWidget()
        self.editorPage.setObjectName(u"editorPage")
        self.editorLayout = QVBoxLayout(self.editorPage)
        self.editorLayout.setObjectName(u"editorLayout")
        self.editorLayout.setContentsMargins(6, 0, 0, 0)
        self.header = QHBoxLayout()
        self.header.setObjectName(u"header")
        self.headerText = QVBoxLayout()
        self.headerText.setObjectName(u"headerText")
        self.titleLabel = QLabel(self.editorPage)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setWordWrap(True)
        self.titleLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.headerText.addWidget(self.titleLabel)

        self.infoLabel = QLabel(self.editorPage)
        self.infoLabel.setObjectName(u"infoLabel")
        self.infoLabel.setWordWrap(True)
        self.infoLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.headerText.addWidget(self.infoLabel)


        self.header.addLayout(self.headerText)

        self.stateLabel = QLabel(self.editorPage)
        self.stateLabel.setObjectName(u"stateLabel")
        self.stateLabel.setAlignment(Qt.AlignRight|Qt.AlignVCenter)

        self.header.addWidget(self.stateLabel)

        self.editButton = QPushButton(self.editorPage)
        self.editButton.setObjectName(u"editButton")

        self.header.addWidget(self.editButton)

        self.deleteButton = QPushButton(self.editorPage)
        self.deleteButton.setObjectName(u"deleteButton")

        self.header.addWidget(self.deleteButton)

        self.header.setStretch(0, 1)

        self.editorLayout.addLayout(self.header)

        self.message = QLabel(self.editorPage)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)
        self.message.setVisible(False)

        self.editorLayout.addWidget(self.message)

        self.tabs = QTabWidget(self.editorPage)
        self.tabs.setObjectName(u"tabs")
        self.tabs.setDocumentMode(True)

        self.editorLayout.addWidget(self.tabs)

        self.editorStack.addWidget(self.editorPage)
        self.splitter.addWidget(self.editorStack)

        self.layout.addWidget(self.splitter)


        self.retranslateUi(MeetingView)

        QMetaObject.connectSlotsByName(MeetingView)
    # setupUi

    def retranslateUi(self, MeetingView):
        self.listTitle.setText(QCoreApplication.translate("MeetingView", u"\u4f1a\u8bae", None))
        self.listTitle.setStyleSheet(QCoreApplication.translate("MeetingView", u"font-weight: bold; font-size: 12pt;", None))
        self.newButton.setText(QCoreApplication.translate("MeetingView", u"\u65b0\u5efa\u4f1a\u8bae\u2026", None))
#if QT_CONFIG(tooltip)
        self.newButton.setToolTip(QCoreApplication.translate("MeetingView", u"\u5b89\u6392\u4e0b\u4e00\u6b21\u4f1a\u8bae\uff08Ctrl+N\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.emptyLabel.setText(QCoreApplication.translate("MeetingView", u"\u8fd8\u6ca1\u6709\u4f1a\u8bae\u3002\u70b9\u201c\u65b0\u5efa\u4f1a\u8bae\u201d\u5b89\u6392\u4e0b\u4e00\u6b21\u63a8\u8fdb\u4f1a\uff1a\u671f\u53f7\u3001\u65e5\u671f\u81ea\u52a8\u6392\u597d\uff0c\u53c2\u4f1a\u4eba\u5458\u3001\u8bae\u9898\u3001\u4f1a\u8bae\u8bb0\u5f55\u3001\u8bae\u5b9a\u4e8b\u9879\u548c\u7eaa\u8981\u90fd\u5728\u8fd9\u91cc\u5b8c\u6210\u3002", None))
        self.emptyNewButton.setText(QCoreApplication.translate("MeetingView", u"\u5b89\u6392\u4e0b\u4e00\u6b21\u63a8\u8fdb\u4f1a\u2026", None))
        self.titleLabel.setStyleSheet(QCoreApplication.translate("MeetingView", u"font-size: 14pt; font-weight: bold;", None))
        self.editButton.setText(QCoreApplication.translate("MeetingView", u"\u4fee\u6539\u4f1a\u8bae\u4fe1\u606f\u2026", None))
        self.deleteButton.setText(QCoreApplication.translate("MeetingView", u"\u5220\u9664\u4f1a\u8bae", None))
        pass
    # retranslateUi

