# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'practice_tab.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QProgressBar,
    QPushButton, QSizePolicy, QSpacerItem, QTableView,
    QVBoxLayout, QWidget)

class Ui_PracticeTab(object):
    def setupUi(self, PracticeTab):
        if not PracticeTab.objectName():
            PracticeTab.setObjectName(u"PracticeTab")
        PracticeTab.resize(1000, 600)
        self.rootLayout = QVBoxLayout(PracticeTab)
        self.rootLayout.setObjectName(u"rootLayout")
        self.filterRow = QHBoxLayout()
        self.filterRow.setObjectName(u"filterRow")
        self.unitLabel = QLabel(PracticeTab)
        self.unitLabel.setObjectName(u"unitLabel")

        self.filterRow.addWidget(self.unitLabel)

        self.unit = QComboBox(PracticeTab)
        self.unit.setObjectName(u"unit")
        self.unit.setEditable(True)
        self.unit.setMinimumSize(QSize(160, 0))

        self.filterRow.addWidget(self.unit)

        self.statusLabel = QLabel(PracticeTab)
        self.statusLabel.setObjectName(u"statusLabel")

        self.filterRow.addWidget(self.statusLabel)

        self.status = QComboBox(PracticeTab)
        self.status.setObjectName(u"status")

        self.filterRow.addWidget(self.status)

        self.lightLabel = QLabel(PracticeTab)
        self.lightLabel.setObjectName(u"lightLabel")

        self.filterRow.addWidget(self.lightLabel)

        self.light = QComboBox(PracticeTab)
        self.light.setObjectName(u"light")

        self.filterRow.addWidget(self.light)

        self.search = QLineEdit(PracticeTab)
        self.search.setObjectName(u"search")
        self.search.setClearButtonEnabled(True)

        self.filterRow.addWidget(self.search)

        self.clearButton = QPushButton(PracticeTab)
        self.clearButton.setObjectName(u"clearButton")

        self.filterRow.addWidget(self.clearButton)


        self.rootLayout.addLayout(self.filterRow)

        self.table = QTableView(PracticeTab)
        self.table.setObjectName(u"table")
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setWordWrap(True)

        self.rootLayout.addWidget(self.table)

        self.detail = QLabel(PracticeTab)
        self.detail.setObjectName(u"detail")
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.rootLayout.addWidget(self.detail)

        self.actionRow = QHBoxLayout()
        self.actionRow.setObjectName(u"actionRow")
        self.addButton = QPushButton(PracticeTab)
        self.addButton.setObjectName(u"addButton")

        self.actionRow.addWidget(self.addButton)

        self.editButton = QPushButton(PracticeTab)
        self.editButton.setObjectName(u"editButton")

        self.actionRow.addWidget(self.editButton)

        self.progressButton = QPushButton(PracticeTab)
        self.progressButton.setObjectName(u"progressButton")

        self.actionRow.addWidget(self.progressButton)

        self.closeButton = QPushButton(PracticeTab)
        self.closeButton.setObjectName(u"closeButton")

        self.actionRow.addWidget(self.closeButton)

        self.deleteButton = QPushButton(PracticeTab)
        self.deleteButton.setObjectName(u"deleteButton")

        self.actionRow.addWidget(self.deleteButton)

        self.actionSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actionRow.addItem(self.actionSpacer)

        self.paper = QComboBox(PracticeTab)
        self.paper.addItem("")
        self.paper.addItem("")
        self.paper.setObjectName(u"paper")

        self.actionRow.addWidget(self.paper)

        self.printButton = QPushButton(PracticeTab)
        self.printButton.setObjectName(u"printButton")

        self.actionRow.addWidget(self.printButton)

        self.excelButton = QPushButton(PracticeTab)
        self.excelButton.setObjectName(u"excelButton")

        self.actionRow.addWidget(self.excelButton)


        self.rootLayout.addLayout(self.actionRow)

        self.jobRow = QHBoxLayout()
        self.jobRow.setObjectName(u"jobRow")
        self.message = QLabel(PracticeTab)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)

        self.jobRow.addWidget(self.message)

        self.progressBar = QProgressBar(PracticeTab)
        self.progressBar.setObjectName(u"progressBar")
        self.progressBar.setMaximumSize(QSize(220, 16777215))

        self.jobRow.addWidget(self.progressBar)

        self.cancelButton = QPushButton(PracticeTab)
        self.cancelButton.setObjectName(u"cancelButton")

        self.jobRow.addWidget(self.cancelButton)

        self.folderButton = QPushButton(PracticeTab)
        self.folderButton.setObjectName(u"folderButton")

        self.jobRow.addWidget(self.folderButton)


        self.rootLayout.addLayout(self.jobRow)

#if QT_CONFIG(shortcut)
        self.unitLabel.setBuddy(self.unit)
        self.statusLabel.setBuddy(self.status)
        self.lightLabel.setBuddy(self.light)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.unit, self.status)
        QWidget.setTabOrder(self.status, self.light)
        QWidget.setTabOrder(self.light, self.search)
        QWidget.setTabOrder(self.search, self.table)
        QWidget.setTabOrder(self.table, self.addButton)

        self.retranslateUi(PracticeTab)

        QMetaObject.connectSlotsByName(PracticeTab)
    # setupUi

    def retranslateUi(self, PracticeTab):
        self.unitLabel.setText(QCoreApplication.translate("PracticeTab", u"\u5355\u4f4d", None))
        self.statusLabel.setText(QCoreApplication.translate("PracticeTab", u"\u72b6\u6001", None))
        self.lightLabel.setText(QCoreApplication.translate("PracticeTab", u"\u4eae\u706f", None))
        self.search.setPlaceholderText(QCoreApplication.translate("PracticeTab", u"\u67e5\u627e\uff08\u4efb\u610f\u6587\u5b57\uff09", None))
        self.clearButton.setText(QCoreApplication.translate("PracticeTab", u"\u6e05\u9664\u7b5b\u9009", None))
#if QT_CONFIG(accessibility)
        self.table.setAccessibleName(QCoreApplication.translate("PracticeTab", u"\u6e05\u5355", None))
#endif // QT_CONFIG(accessibility)
        self.addButton.setText(QCoreApplication.translate("PracticeTab", u"\u65b0\u589e\u2026", None))
        self.editButton.setText(QCoreApplication.translate("PracticeTab", u"\u4fee\u6539\u2026", None))
        self.progressButton.setText(QCoreApplication.translate("PracticeTab", u"\u6574\u6539\u8fdb\u5c55\u2026", None))
        self.closeButton.setText(QCoreApplication.translate("PracticeTab", u"\u9500\u53f7\u2026", None))
        self.deleteButton.setText(QCoreApplication.translate("PracticeTab", u"\u5220\u9664", None))
        self.paper.setItemText(0, QCoreApplication.translate("PracticeTab", u"A4 \u6a2a\u5411", None))
        self.paper.setItemText(1, QCoreApplication.translate("PracticeTab", u"A3 \u6a2a\u5411", None))

        self.printButton.setText(QCoreApplication.translate("PracticeTab", u"\u6253\u5370\uff08PDF\uff09\u2026", None))
        self.excelButton.setText(QCoreApplication.translate("PracticeTab", u"\u5bfc\u51faExcel\u2026", None))
        self.cancelButton.setText(QCoreApplication.translate("PracticeTab", u"\u53d6\u6d88", None))
        self.folderButton.setText(QCoreApplication.translate("PracticeTab", u"\u5728\u6587\u4ef6\u5939\u4e2d\u663e\u793a", None))
        pass
    # retranslateUi

