# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'meeting_decisions.ui'
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

class Ui_DecisionsPanel(object):
    def setupUi(self, DecisionsPanel):
        if not DecisionsPanel.objectName():
            DecisionsPanel.setObjectName(u"DecisionsPanel")
        DecisionsPanel.resize(900, 560)
        self.layout = QVBoxLayout(DecisionsPanel)
        self.layout.setObjectName(u"layout")
        self.hint = QLabel(DecisionsPanel)
        self.hint.setObjectName(u"hint")
        self.hint.setWordWrap(True)

        self.layout.addWidget(self.hint)

        self.table = QTableView(DecisionsPanel)
        self.table.setObjectName(u"table")
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(True)

        self.layout.addWidget(self.table)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.addButton = QPushButton(DecisionsPanel)
        self.addButton.setObjectName(u"addButton")

        self.buttons.addWidget(self.addButton)

        self.editButton = QPushButton(DecisionsPanel)
        self.editButton.setObjectName(u"editButton")

        self.buttons.addWidget(self.editButton)

        self.taskButton = QPushButton(DecisionsPanel)
        self.taskButton.setObjectName(u"taskButton")

        self.buttons.addWidget(self.taskButton)

        self.problemButton = QPushButton(DecisionsPanel)
        self.problemButton.setObjectName(u"problemButton")

        self.buttons.addWidget(self.problemButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons.addItem(self.buttonSpacer)

        self.upButton = QPushButton(DecisionsPanel)
        self.upButton.setObjectName(u"upButton")

        self.buttons.addWidget(self.upButton)

        self.downButton = QPushButton(DecisionsPanel)
        self.downButton.setObjectName(u"downButton")

        self.buttons.addWidget(self.downButton)

        self.deleteButton = QPushButton(DecisionsPanel)
        self.deleteButton.setObjectName(u"deleteButton")

        self.buttons.addWidget(self.deleteButton)


        self.layout.addLayout(self.buttons)


        self.retranslateUi(DecisionsPanel)

        QMetaObject.connectSlotsByName(DecisionsPanel)
    # setupUi

    def retranslateUi(self, DecisionsPanel):
        self.hint.setText(QCoreApplication.translate("DecisionsPanel", u"\u8bae\u5b9a\u4e8b\u9879\u6309\u987a\u5e8f\u7f16\u4e3a\u4e00\u3001\u4e8c\u3001\u4e09\u2026\u2026\uff1b\u52fe\u9009\u201c\u751f\u6210\u4efb\u52a1\u201d\u7684\u4e8b\u9879\u8fdb\u5165\u4efb\u52a1\u53f0\u8d26\uff08\u6765\u6e90\u4e3a\u672c\u6b21\u4f1a\u8bae\uff09\uff0c\u7eaa\u8981\u5b9a\u7a3f\u524d\u4fee\u6539\u4e8b\u9879\uff0c\u4efb\u52a1\u968f\u4e4b\u66f4\u65b0\u3002", None))
        self.hint.setStyleSheet(QCoreApplication.translate("DecisionsPanel", u"color: #555;", None))
        self.addButton.setText(QCoreApplication.translate("DecisionsPanel", u"\u6dfb\u52a0\u8bae\u5b9a\u4e8b\u9879\u2026", None))
        self.editButton.setText(QCoreApplication.translate("DecisionsPanel", u"\u4fee\u6539\u2026", None))
        self.taskButton.setText(QCoreApplication.translate("DecisionsPanel", u"\u751f\u6210\u4efb\u52a1", None))
        self.problemButton.setText(QCoreApplication.translate("DecisionsPanel", u"\u8bb0\u4e3a\u95ee\u9898", None))
#if QT_CONFIG(tooltip)
        self.problemButton.setToolTip(QCoreApplication.translate("DecisionsPanel", u"\u628a\u8fd9\u4e00\u9879\u5217\u5165\u95ee\u9898\u6e05\u5355\uff08\u6765\u6e90\u4e3a\u672c\u6b21\u4f1a\u8bae\uff09\uff0c\u6574\u6539\u8d23\u4efb\u5355\u4f4d\u4e3a\u5176\u7275\u5934\u5355\u4f4d", None))
#endif // QT_CONFIG(tooltip)
        self.upButton.setText(QCoreApplication.translate("DecisionsPanel", u"\u4e0a\u79fb", None))
        self.downButton.setText(QCoreApplication.translate("DecisionsPanel", u"\u4e0b\u79fb", None))
        self.deleteButton.setText(QCoreApplication.translate("DecisionsPanel", u"\u5220\u9664", None))
        pass
    # retranslateUi

