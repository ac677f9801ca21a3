# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'ledger_view.ui'
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
    QDateEdit, QFrame, QGridLayout, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpacerItem, QTableView, QVBoxLayout,
    QWidget)

class Ui_LedgerView(object):
    def setupUi(self, LedgerView):
        if not LedgerView.objectName():
            LedgerView.setObjectName(u"LedgerView")
        LedgerView.resize(1140, 760)
        self.rootLayout = QVBoxLayout(LedgerView)
        self.rootLayout.setSpacing(6)
        self.rootLayout.setObjectName(u"rootLayout")
        self.rootLayout.setContentsMargins(10, 8, 10, 6)
        self.actionRow = QHBoxLayout()
        self.actionRow.setObjectName(u"actionRow")
        self.addButton = QPushButton(LedgerView)
        self.addButton.setObjectName(u"addButton")

        self.actionRow.addWidget(self.addButton)

        self.openButton = QPushButton(LedgerView)
        self.openButton.setObjectName(u"openButton")

        self.actionRow.addWidget(self.openButton)

        self.progressButton = QPushButton(LedgerView)
        self.progressButton.setObjectName(u"progressButton")

        self.actionRow.addWidget(self.progressButton)

        self.doneButton = QPushButton(LedgerView)
        self.doneButton.setObjectName(u"doneButton")

        self.actionRow.addWidget(self.doneButton)

        self.reopenButton = QPushButton(LedgerView)
        self.reopenButton.setObjectName(u"reopenButton")

        self.actionRow.addWidget(self.reopenButton)

        self.postponeButton = QPushButton(LedgerView)
        self.postponeButton.setObjectName(u"postponeButton")

        self.actionRow.addWidget(self.postponeButton)

        self.deleteButton = QPushButton(LedgerView)
        self.deleteButton.setObjectName(u"deleteButton")

        self.actionRow.addWidget(self.deleteButton)

        self.actionSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actionRow.addItem(self.actionSpacer)

        self.undoButton = QPushButton(LedgerView)
        self.undoButton.setObjectName(u"undoButton")

        self.actionRow.addWidget(self.undoButton)

        self.redoButton = QPushButton(LedgerView)
        self.redoButton.setObjectName(u"redoButton")

        self.actionRow.addWidget(self.redoButton)

        self.unitsButton = QPushButton(LedgerView)
        self.unitsButton.setObjectName(u"unitsButton")

        self.actionRow.addWidget(self.unitsButton)


        self.rootLayout.addLayout(self.actionRow)

        self.filterBar = QFrame(LedgerView)
        self.filterBar.setObjectName(u"filterBar")
        self.filterBar.setFrameShape(QFrame.StyledPanel)
        self.filterLayout = QGridLayout(self.filterBar)
        self.filterLayout.setObjectName(u"filterLayout")
        self.filterLayout.setHorizontalSpacing(8)
        self.filterLayout.setVerticalSpacing(6)
        self.filterLayout.setContentsMargins(8, 6, 8, 6)
        self.searchLabel = QLabel(self.filterBar)
        self.searchLabel.setObjectName(u"searchLabel")

        self.filterLayout.addWidget(self.searchLabel, 0, 0, 1, 1)

        self.search = QLineEdit(self.filterBar)
        self.search.setObjectName(u"search")
        self.search.setClearButtonEnabled(True)

        self.filterLayout.addWidget(self.search, 0, 1, 1, 3)

        self.unitLabel = QLabel(self.filterBar)
        self.unitLabel.setObjectName(u"unitLabel")

        self.filterLayout.addWidget(self.unitLabel, 0, 4, 1, 1)

        self.unit = QComboBox(self.filterBar)
        self.unit.setObjectName(u"unit")
        self.unit.setEditable(True)
        self.unit.setMinimumSize(QSize(170, 0))

        self.filterLayout.addWidget(self.unit, 0, 5, 1, 1)

        self.personLabel = QLabel(self.filterBar)
        self.personLabel.setObjectName(u"personLabel")

        self.filterLayout.addWidget(self.personLabel, 0, 6, 1, 1)

        self.person = QLineEdit(self.filterBar)
        self.person.setObjectName(u"person")
        self.person.setClearButtonEnabled(True)
        self.person.setMinimumSize(QSize(120, 0))

        self.filterLayout.addWidget(self.person, 0, 7, 1, 1)

        self.lightLabel = QLabel(self.filterBar)
        self.lightLabel.setObjectName(u"lightLabel")

        self.filterLayout.addWidget(self.lightLabel, 1, 0, 1, 1)

        self.light = QComboBox(self.filterBar)
        self.light.setObjectName(u"light")
        self.light.setMinimumSize(QSize(110, 0))

        self.filterLayout.addWidget(self.light, 1, 1, 1, 1)

        self.statusLabel = QLabel(self.filterBar)
        self.statusLabel.setObjectName(u"statusLabel")

        self.filterLayout.addWidget(self.statusLabel, 1, 2, 1, 1)

        self.status = QComboBox(self.filterBar)
        self.status.setObjectName(u"status")
        self.status.setMinimumSize(QSize(110, 0))

        self.filterLayout.addWidget(self.status, 1, 3, 1, 1)

        self.dueLabel = QLabel(self.filterBar)
        self.dueLabel.setObjectName(u"dueLabel")

        self.filterLayout.addWidget(self.dueLabel, 1, 4, 1, 1)

        self.dueRow = QHBoxLayout()
        self.dueRow.setObjectName(u"dueRow")
        self.dueFrom = QDateEdit(self.filterBar)
        self.dueFrom.setObjectName(u"dueFrom")
        self.dueFrom.setCalendarPopup(True)
        self.dueFrom.setMinimumSize(QSize(120, 0))

        self.dueRow.addWidget(self.dueFrom)

        self.dueToLabel = QLabel(self.filterBar)
        self.dueToLabel.setObjectName(u"dueToLabel")

        self.dueRow.addWidget(self.dueToLabel)

        self.dueTo = QDateEdit(self.filterBar)
        self.dueTo.setObjectName(u"dueTo")
        self.dueTo.setCalendarPopup(True)
        self.dueTo.setMinimumSize(QSize(120, 0))

        self.dueRow.addWidget(self.dueTo)


        self.filterLayout.addLayout(self.dueRow, 1, 5, 1, 1)

        self.groupLabel = QLabel(self.filterBar)
        self.groupLabel.setObjectName(u"groupLabel")

        self.filterLayout.addWidget(self.groupLabel, 1, 6, 1, 1)

        self.group = QComboBox(self.filterBar)
        self.group.setObjectName(u"group")
        self.group.setMinimumSize(QSize(120, 0))

        self.filterLayout.addWidget(self.group, 1, 7, 1, 1)

        self.keyOnly = QCheckBox(self.filterBar)
        self.keyOnly.setObjectName(u"keyOnly")

        self.filterLayout.addWidget(self.keyOnly, 2, 0, 1, 2)

        self.clearButton = QPushButton(self.filterBar)
        self.clearButton.setObjectName(u"clearButton")

        self.filterLayout.addWidget(self.clearButton, 2, 2, 1, 2)

        self.count = QLabel(self.filterBar)
        self.count.setObjectName(u"count")
        self.count.setAlignment(Qt.AlignRight|Qt.AlignVCenter)

        self.filterLayout.addWidget(self.count, 2, 4, 1, 4)


        self.rootLayout.addWidget(self.filterBar)

        self.table = QTableView(LedgerView)
        self.table.setObjectName(u"table")
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setVerticalScrollMode(QAbstractItemView.ScrollPerPixel)
        self.table.setSortingEnabled(True)
        self.table.setWordWrap(False)

        self.rootLayout.addWidget(self.table)

#if QT_CONFIG(shortcut)
        self.searchLabel.setBuddy(self.search)
        self.unitLabel.setBuddy(self.unit)
        self.personLabel.setBuddy(self.person)
        self.lightLabel.setBuddy(self.light)
        self.statusLabel.setBuddy(self.status)
        self.dueLabel.setBuddy(self.dueFrom)
        self.dueToLabel.setBuddy(self.dueTo)
        self.groupLabel.setBuddy(self.group)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.search, self.unit)
        QWidget.setTabOrder(self.unit, self.person)
        QWidget.setTabOrder(self.person, self.light)
        QWidget.setTabOrder(self.light, self.status)
        QWidget.setTabOrder(self.status, self.dueFrom)
        QWidget.setTabOrder(self.dueFrom, self.dueTo)
        QWidget.setTabOrder(self.dueTo, self.group)
        QWidget.setTabOrder(self.group, self.keyOnly)
        QWidget.setTabOrder(self.keyOnly, self.clearButton)
        QWidget.setTabOrder(self.clearButton, self.table)

        self.retranslateUi(LedgerView)

        QMetaObject.connectSlotsByName(LedgerView)
    # setupUi

    def retranslateUi(self, LedgerView):
        self.addButton.setText(QCoreApplication.translate("LedgerView", u"\u65b0\u589e\u4efb\u52a1", None))
#if QT_CONFIG(tooltip)
        self.addButton.setToolTip(QCoreApplication.translate("LedgerView", u"\u65b0\u589e\u4e00\u9879\u4efb\u52a1\uff08Ctrl+N\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.openButton.setText(QCoreApplication.translate("LedgerView", u"\u6253\u5f00", None))
#if QT_CONFIG(tooltip)
        self.openButton.setToolTip(QCoreApplication.translate("LedgerView", u"\u6253\u5f00\u6240\u9009\u4efb\u52a1\uff08\u56de\u8f66\u6216\u53cc\u51fb\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.progressButton.setText(QCoreApplication.translate("LedgerView", u"\u8bb0\u5f55\u8fdb\u5c55", None))
#if QT_CONFIG(tooltip)
        self.progressButton.setToolTip(QCoreApplication.translate("LedgerView", u"\u4e3a\u6240\u9009\u4efb\u52a1\u8bb0\u5f55\u8fdb\u5c55\uff08Ctrl+R\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.doneButton.setText(QCoreApplication.translate("LedgerView", u"\u9500\u53f7", None))
#if QT_CONFIG(tooltip)
        self.doneButton.setToolTip(QCoreApplication.translate("LedgerView", u"\u6807\u8bb0\u6240\u9009\u4efb\u52a1\u5df2\u5b8c\u6210\uff08Ctrl+D\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.reopenButton.setText(QCoreApplication.translate("LedgerView", u"\u91cd\u65b0\u6253\u5f00", None))
        self.postponeButton.setText(QCoreApplication.translate("LedgerView", u"\u5ef6\u671f", None))
#if QT_CONFIG(tooltip)
        self.postponeButton.setToolTip(QCoreApplication.translate("LedgerView", u"\u8c03\u6574\u6240\u9009\u4efb\u52a1\u7684\u65f6\u9650\u5e76\u5199\u660e\u7406\u7531\uff08Ctrl+E\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.deleteButton.setText(QCoreApplication.translate("LedgerView", u"\u5220\u9664", None))
#if QT_CONFIG(tooltip)
        self.deleteButton.setToolTip(QCoreApplication.translate("LedgerView", u"\u5220\u9664\u6240\u9009\u4efb\u52a1\uff08Delete\uff09\uff0c\u53ef\u64a4\u9500", None))
#endif // QT_CONFIG(tooltip)
        self.undoButton.setText(QCoreApplication.translate("LedgerView", u"\u64a4\u9500", None))
        self.redoButton.setText(QCoreApplication.translate("LedgerView", u"\u91cd\u505a", None))
        self.unitsButton.setText(QCoreApplication.translate("LedgerView", u"\u5355\u4f4d\u4e0e\u4eba\u5458\u2026", None))
        self.searchLabel.setText(QCoreApplication.translate("LedgerView", u"\u641c\u7d22", None))
        self.search.setPlaceholderText(QCoreApplication.translate("LedgerView", u"\u4efb\u52a1\u3001\u63aa\u65bd\u3001\u5355\u4f4d\u3001\u4eba\u5458\u3001\u8fdb\u5c55\uff08Ctrl+F\uff09", None))
#if QT_CONFIG(accessibility)
        self.search.setAccessibleName(QCoreApplication.translate("LedgerView", u"\u641c\u7d22", None))
#endif // QT_CONFIG(accessibility)
        self.unitLabel.setText(QCoreApplication.translate("LedgerView", u"\u8d23\u4efb\u5355\u4f4d", None))
#if QT_CONFIG(tooltip)
        self.unit.setToolTip(QCoreApplication.translate("LedgerView", u"\u7275\u5934\u6216\u914d\u5408\u5355\u4f4d\uff1b\u53ef\u4ece\u5217\u8868\u9009\u62e9\uff0c\u4e5f\u53ef\u8f93\u5165\u540d\u79f0\u4e2d\u7684\u6587\u5b57", None))
#endif // QT_CONFIG(tooltip)
        self.personLabel.setText(QCoreApplication.translate("LedgerView", u"\u4eba\u5458", None))
        self.person.setPlaceholderText(QCoreApplication.translate("LedgerView", u"\u8d23\u4efb\u9886\u5bfc\u6216\u8d23\u4efb\u4eba", None))
        self.lightLabel.setText(QCoreApplication.translate("LedgerView", u"\u4eae\u706f", None))
        self.statusLabel.setText(QCoreApplication.translate("LedgerView", u"\u72b6\u6001", None))
        self.dueLabel.setText(QCoreApplication.translate("LedgerView", u"\u65f6\u9650\u4ece", None))
        self.dueFrom.setDisplayFormat(QCoreApplication.translate("LedgerView", u"yyyy-MM-dd", None))
        self.dueFrom.setSpecialValueText(QCoreApplication.translate("LedgerView", u"\u4e0d\u9650", None))
        self.dueToLabel.setText(QCoreApplication.translate("LedgerView", u"\u81f3", None))
        self.dueTo.setDisplayFormat(QCoreApplication.translate("LedgerView", u"yyyy-MM-dd", None))
        self.dueTo.setSpecialValueText(QCoreApplication.translate("LedgerView", u"\u4e0d\u9650", None))
        self.groupLabel.setText(QCoreApplication.translate("LedgerView", u"\u5206\u7ec4", None))
        self.keyOnly.setText(QCoreApplication.translate("LedgerView", u"\u53ea\u770b\u91cd\u70b9\u4efb\u52a1", None))
        self.clearButton.setText(QCoreApplication.translate("LedgerView", u"\u6e05\u9664\u7b5b\u9009", None))
        self.count.setText(QCoreApplication.translate("LedgerView", u"\u663e\u793a 0 / \u5171 0 \u9879", None))
#if QT_CONFIG(accessibility)
        self.table.setAccessibleName(QCoreApplication.translate("LedgerView", u"\u4efb\u52a1\u53f0\u8d26", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

