# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'sync_requests.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QGridLayout,
    QGroupBox, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QSpacerItem,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_SyncRequestsPanel(object):
    def setupUi(self, SyncRequestsPanel):
        if not SyncRequestsPanel.objectName():
            SyncRequestsPanel.setObjectName(u"SyncRequestsPanel")
        SyncRequestsPanel.resize(960, 600)
        self.layout = QVBoxLayout(SyncRequestsPanel)
        self.layout.setObjectName(u"layout")
        self.hint = QLabel(SyncRequestsPanel)
        self.hint.setObjectName(u"hint")
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet(u"color: #5f6368;")

        self.layout.addWidget(self.hint)

        self.filterRow = QHBoxLayout()
        self.filterRow.setObjectName(u"filterRow")
        self.pendingOnly = QCheckBox(SyncRequestsPanel)
        self.pendingOnly.setObjectName(u"pendingOnly")

        self.filterRow.addWidget(self.pendingOnly)

        self.filterSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filterRow.addItem(self.filterSpacer)

        self.counts = QLabel(SyncRequestsPanel)
        self.counts.setObjectName(u"counts")

        self.filterRow.addWidget(self.counts)


        self.layout.addLayout(self.filterRow)

        self.table = QTableWidget(SyncRequestsPanel)
        self.table.setObjectName(u"table")
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)

        self.layout.addWidget(self.table)

        self.details = QLabel(SyncRequestsPanel)
        self.details.setObjectName(u"details")
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.details.setMinimumSize(QSize(0, 40))

        self.layout.addWidget(self.details)

        self.answerBox = QGroupBox(SyncRequestsPanel)
        self.answerBox.setObjectName(u"answerBox")
        self.answerLayout = QGridLayout(self.answerBox)
        self.answerLayout.setObjectName(u"answerLayout")
        self.answerLabel = QLabel(self.answerBox)
        self.answerLabel.setObjectName(u"answerLabel")

        self.answerLayout.addWidget(self.answerLabel, 0, 0, 1, 1)

        self.answerText = QLineEdit(self.answerBox)
        self.answerText.setObjectName(u"answerText")

        self.answerLayout.addWidget(self.answerText, 0, 1, 1, 1)

        self.grantButton = QPushButton(self.answerBox)
        self.grantButton.setObjectName(u"grantButton")

        self.answerLayout.addWidget(self.grantButton, 0, 2, 1, 1)

        self.refuseButton = QPushButton(self.answerBox)
        self.refuseButton.setObjectName(u"refuseButton")

        self.answerLayout.addWidget(self.refuseButton, 0, 3, 1, 1)

        self.answerHint = QLabel(self.answerBox)
        self.answerHint.setObjectName(u"answerHint")
        self.answerHint.setWordWrap(True)
        self.answerHint.setStyleSheet(u"color: #5f6368;")

        self.answerLayout.addWidget(self.answerHint, 1, 1, 1, 3)

        self.answerLayout.setColumnStretch(1, 1)

        self.layout.addWidget(self.answerBox)

#if QT_CONFIG(shortcut)
        self.answerLabel.setBuddy(self.answerText)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.pendingOnly, self.table)
        QWidget.setTabOrder(self.table, self.answerText)
        QWidget.setTabOrder(self.answerText, self.grantButton)
        QWidget.setTabOrder(self.grantButton, self.refuseButton)

        self.retranslateUi(SyncRequestsPanel)

        QMetaObject.connectSlotsByName(SyncRequestsPanel)
    # setupUi

    def retranslateUi(self, SyncRequestsPanel):
        self.pendingOnly.setText(QCoreApplication.translate("SyncRequestsPanel", u"\u53ea\u770b\u5f85\u6279\u590d\u7684", None))
        self.answerBox.setTitle(QCoreApplication.translate("SyncRequestsPanel", u"\u6279\u590d", None))
        self.answerLabel.setText(QCoreApplication.translate("SyncRequestsPanel", u"\u6279\u590d\u610f\u89c1", None))
        self.answerText.setPlaceholderText(QCoreApplication.translate("SyncRequestsPanel", u"\u53ef\u4e0d\u586b\uff0c\u5982\uff1a\u540c\u610f\uff0c\u8bf7\u6293\u7d27\u63a8\u8fdb\uff1b\u4e0d\u540c\u610f\u65f6\u8bf7\u5199\u660e\u7406\u7531", None))
        self.grantButton.setText(QCoreApplication.translate("SyncRequestsPanel", u"\u540c\u610f\u5ef6\u671f", None))
        self.refuseButton.setText(QCoreApplication.translate("SyncRequestsPanel", u"\u4e0d\u540c\u610f", None))
        self.answerHint.setText(QCoreApplication.translate("SyncRequestsPanel", u"\u540c\u610f\u540e\u4efb\u52a1\u65f6\u9650\u7acb\u5373\u6539\u4e3a\u7533\u8bf7\u7684\u65f6\u9650\uff0c\u539f\u65f6\u9650\u4fdd\u7559\u5728\u4efb\u52a1\u7684\u4fee\u6539\u8bb0\u5f55\u4e2d\uff1b\u6279\u590d\u968f\u4e0b\u6b21\u5bfc\u51fa\u7ed9\u8be5\u5355\u4f4d\u7684\u540c\u6b65\u5305\u9001\u8fbe\u3002\u53ef\u6309 Ctrl+Z \u64a4\u9500\u3002", None))
        pass
    # retranslateUi

