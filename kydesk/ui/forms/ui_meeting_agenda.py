# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'meeting_agenda.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QGroupBox, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpacerItem, QSplitter, QTableView,
    QVBoxLayout, QWidget)

class Ui_AgendaPanel(object):
    def setupUi(self, AgendaPanel):
        if not AgendaPanel.objectName():
            AgendaPanel.setObjectName(u"AgendaPanel")
        AgendaPanel.resize(900, 560)
        self.layout = QVBoxLayout(AgendaPanel)
        self.layout.setObjectName(u"layout")
        self.splitter = QSplitter(AgendaPanel)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.agendaPane = QWidget(self.splitter)
        self.agendaPane.setObjectName(u"agendaPane")
        self.agendaLayout = QVBoxLayout(self.agendaPane)
        self.agendaLayout.setObjectName(u"agendaLayout")
        self.agendaLayout.setContentsMargins(0, 0, 0, 0)
        self.addRow = QHBoxLayout()
        self.addRow.setObjectName(u"addRow")
        self.titleLabel = QLabel(self.agendaPane)
        self.titleLabel.setObjectName(u"titleLabel")

        self.addRow.addWidget(self.titleLabel)

        self.title = QLineEdit(self.agendaPane)
        self.title.setObjectName(u"title")

        self.addRow.addWidget(self.title)

        self.presenterLabel = QLabel(self.agendaPane)
        self.presenterLabel.setObjectName(u"presenterLabel")

        self.addRow.addWidget(self.presenterLabel)

        self.presenter = QLineEdit(self.agendaPane)
        self.presenter.setObjectName(u"presenter")
        self.presenter.setMaximumSize(QSize(220, 16777215))

        self.addRow.addWidget(self.presenter)

        self.addButton = QPushButton(self.agendaPane)
        self.addButton.setObjectName(u"addButton")

        self.addRow.addWidget(self.addButton)


        self.agendaLayout.addLayout(self.addRow)

        self.table = QTableView(self.agendaPane)
        self.table.setObjectName(u"table")
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setEditTriggers(QAbstractItemView.DoubleClicked|QAbstractItemView.EditKeyPressed|QAbstractItemView.AnyKeyPressed)

        self.agendaLayout.addWidget(self.table)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.editHint = QLabel(self.agendaPane)
        self.editHint.setObjectName(u"editHint")

        self.buttons.addWidget(self.editHint)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons.addItem(self.buttonSpacer)

        self.upButton = QPushButton(self.agendaPane)
        self.upButton.setObjectName(u"upButton")

        self.buttons.addWidget(self.upButton)

        self.downButton = QPushButton(self.agendaPane)
        self.downButton.setObjectName(u"downButton")

        self.buttons.addWidget(self.downButton)

        self.deleteButton = QPushButton(self.agendaPane)
        self.deleteButton.setObjectName(u"deleteButton")

        self.buttons.addWidget(self.deleteButton)


        self.agendaLayout.addLayout(self.buttons)

        self.splitter.addWidget(self.agendaPane)
        self.followBox = QGroupBox(self.splitter)
        self.followBox.setObjectName(u"followBox")
        self.followLayout = QVBoxLayout(self.followBox)
        self.followLayout.setObjectName(u"followLayout")
        self.followLabel = QLabel(self.followBox)
        self.followLabel.setObjectName(u"followLabel")
        self.followLabel.setWordWrap(True)

        self.followLayout.addWidget(self.followLabel)

        self.followTable = QTableView(self.followBox)
        self.followTable.setObjectName(u"followTable")
        self.followTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.followTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.followTable.setAlternatingRowColors(True)

        self.followLayout.addWidget(self.followTable)

        self.followButtons = QHBoxLayout()
        self.followButtons.setObjectName(u"followButtons")
        self.followSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.followButtons.addItem(self.followSpacer)

        self.followButton = QPushButton(self.followBox)
        self.followButton.setObjectName(u"followButton")

        self.followButtons.addWidget(self.followButton)


        self.followLayout.addLayout(self.followButtons)

        self.splitter.addWidget(self.followBox)

        self.layout.addWidget(self.splitter)

#if QT_CONFIG(shortcut)
        self.titleLabel.setBuddy(self.title)
        self.presenterLabel.setBuddy(self.presenter)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.title, self.presenter)
        QWidget.setTabOrder(self.presenter, self.addButton)
        QWidget.setTabOrder(self.addButton, self.table)

        self.retranslateUi(AgendaPanel)

        QMetaObject.connectSlotsByName(AgendaPanel)
    # setupUi

    def retranslateUi(self, AgendaPanel):
        self.titleLabel.setText(QCoreApplication.translate("AgendaPanel", u"\u8bae\u9898", None))
        self.title.setPlaceholderText(QCoreApplication.translate("AgendaPanel", u"\u5982 \u5eb7\u517b\u4ea7\u4e1a\u91cd\u70b9\u9879\u76ee\u5efa\u8bbe\u8fdb\u5c55\u60c5\u51b5\uff08\u56de\u8f66\u6dfb\u52a0\uff09", None))
        self.presenterLabel.setText(QCoreApplication.translate("AgendaPanel", u"\u6c47\u62a5\u4eba", None))
        self.presenter.setPlaceholderText(QCoreApplication.translate("AgendaPanel", u"\u5355\u4f4d\u6216\u59d3\u540d", None))
        self.addButton.setText(QCoreApplication.translate("AgendaPanel", u"\u6dfb\u52a0", None))
        self.editHint.setText(QCoreApplication.translate("AgendaPanel", u"\u53cc\u51fb\u5355\u5143\u683c\u53ef\u4fee\u6539\uff1b\u8bae\u9898\u6309\u987a\u5e8f\u7f16\u53f7", None))
        self.editHint.setStyleSheet(QCoreApplication.translate("AgendaPanel", u"color: #666;", None))
        self.upButton.setText(QCoreApplication.translate("AgendaPanel", u"\u4e0a\u79fb", None))
        self.downButton.setText(QCoreApplication.translate("AgendaPanel", u"\u4e0b\u79fb", None))
        self.deleteButton.setText(QCoreApplication.translate("AgendaPanel", u"\u5220\u9664", None))
        self.followBox.setTitle(QCoreApplication.translate("AgendaPanel", u"\u4e0a\u6b21\u4f1a\u8bae\u8bae\u5b9a\u4e8b\u9879\u843d\u5b9e\u60c5\u51b5", None))
        self.followButton.setText(QCoreApplication.translate("AgendaPanel", u"\u5217\u4e3a\u7b2c\u4e00\u9879\u8bae\u9898", None))
        pass
    # retranslateUi

