# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'sync_view.ui'
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
    QGridLayout, QGroupBox, QHBoxLayout, QHeaderView,
    QLabel, QProgressBar, QPushButton, QSizePolicy,
    QSpacerItem, QTabWidget, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget)

class Ui_SyncView(object):
    def setupUi(self, SyncView):
        if not SyncView.objectName():
            SyncView.setObjectName(u"SyncView")
        SyncView.resize(1000, 720)
        self.rootLayout = QVBoxLayout(SyncView)
        self.rootLayout.setObjectName(u"rootLayout")
        self.rootLayout.setContentsMargins(14, 10, 14, -1)
        self.headRow = QHBoxLayout()
        self.headRow.setObjectName(u"headRow")
        self.heading = QLabel(SyncView)
        self.heading.setObjectName(u"heading")
        self.heading.setStyleSheet(u"font-size: 18pt; font-weight: bold;")

        self.headRow.addWidget(self.heading)

        self.dropHint = QLabel(SyncView)
        self.dropHint.setObjectName(u"dropHint")
        self.dropHint.setStyleSheet(u"color: #5f6368;")
        self.dropHint.setWordWrap(True)

        self.headRow.addWidget(self.dropHint)


        self.rootLayout.addLayout(self.headRow)

        self.twinsLabel = QLabel(SyncView)
        self.twinsLabel.setObjectName(u"twinsLabel")
        self.twinsLabel.setWordWrap(True)
        self.twinsLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.twinsLabel.setStyleSheet(u"color: #b3261e; font-weight: bold;")

        self.rootLayout.addWidget(self.twinsLabel)

        self.tabs = QTabWidget(SyncView)
        self.tabs.setObjectName(u"tabs")
        self.exchangeTab = QWidget()
        self.exchangeTab.setObjectName(u"exchangeTab")
        self.exchangeLayout = QVBoxLayout(self.exchangeTab)
        self.exchangeLayout.setObjectName(u"exchangeLayout")
        self.exportBox = QGroupBox(self.exchangeTab)
        self.exportBox.setObjectName(u"exportBox")
        self.exportLayout = QGridLayout(self.exportBox)
        self.exportLayout.setObjectName(u"exportLayout")
        self.recipientLabel = QLabel(self.exportBox)
        self.recipientLabel.setObjectName(u"recipientLabel")

        self.exportLayout.addWidget(self.recipientLabel, 0, 0, 1, 1)

        self.recipient = QComboBox(self.exportBox)
        self.recipient.setObjectName(u"recipient")
        self.recipient.setMinimumSize(QSize(320, 0))

        self.exportLayout.addWidget(self.recipient, 0, 1, 1, 1)

        self.exportButton = QPushButton(self.exportBox)
        self.exportButton.setObjectName(u"exportButton")

        self.exportLayout.addWidget(self.exportButton, 0, 2, 1, 1)

        self.fullCheck = QCheckBox(self.exportBox)
        self.fullCheck.setObjectName(u"fullCheck")

        self.exportLayout.addWidget(self.fullCheck, 1, 1, 1, 1)

        self.exportHint = QLabel(self.exportBox)
        self.exportHint.setObjectName(u"exportHint")
        self.exportHint.setStyleSheet(u"color: #5f6368;")
        self.exportHint.setWordWrap(True)

        self.exportLayout.addWidget(self.exportHint, 2, 1, 1, 2)

        self.exportLayout.setColumnStretch(1, 1)

        self.exchangeLayout.addWidget(self.exportBox)

        self.importBox = QGroupBox(self.exchangeTab)
        self.importBox.setObjectName(u"importBox")
        self.importLayout = QHBoxLayout(self.importBox)
        self.importLayout.setObjectName(u"importLayout")
        self.importButton = QPushButton(self.importBox)
        self.importButton.setObjectName(u"importButton")

        self.importLayout.addWidget(self.importButton)

        self.importHint = QLabel(self.importBox)
        self.importHint.setObjectName(u"importHint")
        self.importHint.setStyleSheet(u"color: #5f6368;")
        self.importHint.setWordWrap(True)

        self.importLayout.addWidget(self.importHint)

        self.importLayout.setStretch(1, 1)

        self.exchangeLayout.addWidget(self.importBox)

        self.exchangeSpacer = QSpacerItem(10, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.exchangeLayout.addItem(self.exchangeSpacer)

        self.tabs.addTab(self.exchangeTab, "")
        self.keysTab = QWidget()
        self.keysTab.setObjectName(u"keysTab")
        self.keysLayout = QVBoxLayout(self.keysTab)
        self.keysLayout.setObjectName(u"keysLayout")
        self.myBox = QGroupBox(self.keysTab)
        self.myBox.setObjectName(u"myBox")
        self.myLayout = QGridLayout(self.myBox)
        self.myLayout.setObjectName(u"myLayout")
        self.myUnitLabel = QLabel(self.myBox)
        self.myUnitLabel.setObjectName(u"myUnitLabel")

        self.myLayout.addWidget(self.myUnitLabel, 0, 0, 1, 1)

        self.myUnit = QLabel(self.myBox)
        self.myUnit.setObjectName(u"myUnit")
        self.myUnit.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.myLayout.addWidget(self.myUnit, 0, 1, 1, 1)

        self.cardButton = QPushButton(self.myBox)
        self.cardButton.setObjectName(u"cardButton")

        self.myLayout.addWidget(self.cardButton, 0, 2, 1, 1)

        self.myFingerprintLabel = QLabel(self.myBox)
        self.myFingerprintLabel.setObjectName(u"myFingerprintLabel")

        self.myLayout.addWidget(self.myFingerprintLabel, 1, 0, 1, 1)

        self.myFingerprint = QLabel(self.myBox)
        self.myFingerprint.setObjectName(u"myFingerprint")
        self.myFingerprint.setStyleSheet(u"font-size: 14pt; font-family: monospace;")
        self.myFingerprint.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.myLayout.addWidget(self.myFingerprint, 1, 1, 1, 1)

        self.cardHint = QLabel(self.myBox)
        self.cardHint.setObjectName(u"cardHint")
        self.cardHint.setStyleSheet(u"color: #5f6368;")
        self.cardHint.setWordWrap(True)

        self.myLayout.addWidget(self.cardHint, 2, 1, 1, 2)

        self.myLayout.setColumnStretch(1, 1)

        self.keysLayout.addWidget(self.myBox)

        self.peersBox = QGroupBox(self.keysTab)
        self.peersBox.setObjectName(u"peersBox")
        self.peersLayout = QVBoxLayout(self.peersBox)
        self.peersLayout.setObjectName(u"peersLayout")
        self.peersTable = QTableWidget(self.peersBox)
        self.peersTable.setObjectName(u"peersTable")
        self.peersTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.peersTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.peersTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.peersTable.setAlternatingRowColors(True)

        self.peersLayout.addWidget(self.peersTable)

        self.peerButtons = QHBoxLayout()
        self.peerButtons.setObjectName(u"peerButtons")
        self.trustButton = QPushButton(self.peersBox)
        self.trustButton.setObjectName(u"trustButton")

        self.peerButtons.addWidget(self.trustButton)

        self.untrustButton = QPushButton(self.peersBox)
        self.untrustButton.setObjectName(u"untrustButton")

        self.peerButtons.addWidget(self.untrustButton)

        self.peersHint = QLabel(self.peersBox)
        self.peersHint.setObjectName(u"peersHint")
        self.peersHint.setWordWrap(True)
        self.peersHint.setStyleSheet(u"color: #5f6368;")

        self.peerButtons.addWidget(self.peersHint)

        self.peerSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.peerButtons.addItem(self.peerSpacer)

        self.peerButtons.setStretch(2, 1)

        self.peersLayout.addLayout(self.peerButtons)


        self.keysLayout.addWidget(self.peersBox)

        self.tabs.addTab(self.keysTab, "")
        self.historyTab = QWidget()
        self.historyTab.setObjectName(u"historyTab")
        self.historyLayout = QVBoxLayout(self.historyTab)
        self.historyLayout.setObjectName(u"historyLayout")
        self.quietLabel = QLabel(self.historyTab)
        self.quietLabel.setObjectName(u"quietLabel")
        self.quietLabel.setWordWrap(True)
        self.quietLabel.setStyleSheet(u"color: #b3261e;")

        self.historyLayout.addWidget(self.quietLabel)

        self.historyTable = QTableWidget(self.historyTab)
        self.historyTable.setObjectName(u"historyTable")
        self.historyTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.historyTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.historyTable.setAlternatingRowColors(True)

        self.historyLayout.addWidget(self.historyTable)

        self.historyHint = QLabel(self.historyTab)
        self.historyHint.setObjectName(u"historyHint")
        self.historyHint.setWordWrap(True)
        self.historyHint.setStyleSheet(u"color: #5f6368;")

        self.historyLayout.addWidget(self.historyHint)

        self.tabs.addTab(self.historyTab, "")

        self.rootLayout.addWidget(self.tabs)

        self.jobRow = QHBoxLayout()
        self.jobRow.setObjectName(u"jobRow")
        self.progress = QProgressBar(SyncView)
        self.progress.setObjectName(u"progress")
        self.progress.setValue(0)

        self.jobRow.addWidget(self.progress)

        self.cancelButton = QPushButton(SyncView)
        self.cancelButton.setObjectName(u"cancelButton")

        self.jobRow.addWidget(self.cancelButton)


        self.rootLayout.addLayout(self.jobRow)

        self.messageRow = QHBoxLayout()
        self.messageRow.setObjectName(u"messageRow")
        self.message = QLabel(SyncView)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.messageRow.addWidget(self.message)

        self.folderButton = QPushButton(SyncView)
        self.folderButton.setObjectName(u"folderButton")

        self.messageRow.addWidget(self.folderButton)


        self.rootLayout.addLayout(self.messageRow)

#if QT_CONFIG(shortcut)
        self.recipientLabel.setBuddy(self.recipient)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.tabs, self.recipient)
        QWidget.setTabOrder(self.recipient, self.exportButton)
        QWidget.setTabOrder(self.exportButton, self.fullCheck)
        QWidget.setTabOrder(self.fullCheck, self.importButton)
        QWidget.setTabOrder(self.importButton, self.cancelButton)
        QWidget.setTabOrder(self.cancelButton, self.folderButton)
        QWidget.setTabOrder(self.folderButton, self.cardButton)
        QWidget.setTabOrder(self.cardButton, self.peersTable)
        QWidget.setTabOrder(self.peersTable, self.trustButton)
        QWidget.setTabOrder(self.trustButton, self.untrustButton)
        QWidget.setTabOrder(self.untrustButton, self.historyTable)

        self.retranslateUi(SyncView)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(SyncView)
    # setupUi

    def retranslateUi(self, SyncView):
        self.heading.setText(QCoreApplication.translate("SyncView", u"\u540c\u6b65", None))
        self.dropHint.setText(QCoreApplication.translate("SyncView", u"\u4e0e\u5e02\u3001\u53bf\u4e13\u73ed\u4e4b\u95f4\u7528\u540c\u6b65\u5305\uff08.kysync \u6587\u4ef6\uff09\u4ea4\u6362\u6570\u636e\uff0c\u901a\u8fc7\u7535\u5b50\u90ae\u4ef6\u9644\u4ef6\u53d1\u9001\uff1b\u53ef\u628a\u540c\u6b65\u5305\u76f4\u63a5\u62d6\u5230\u7a97\u53e3\u4e0a\u5bfc\u5165", None))
        self.exportBox.setTitle(QCoreApplication.translate("SyncView", u"\u5bfc\u51fa\u7ed9\u5bf9\u65b9\u5355\u4f4d", None))
        self.recipientLabel.setText(QCoreApplication.translate("SyncView", u"\u63a5\u6536\u5355\u4f4d", None))
        self.exportButton.setText(QCoreApplication.translate("SyncView", u"\u5bfc\u51fa\u540c\u6b65\u5305\u2026", None))
        self.fullCheck.setText(QCoreApplication.translate("SyncView", u"\u5168\u91cf\uff08\u53d1\u9001\u5168\u90e8\u76f8\u5173\u6570\u636e\uff1b\u5bf9\u65b9\u9010\u884c\u5408\u5e76\uff0c\u4e0d\u4f1a\u8986\u76d6\u6574\u5e93\uff09", None))
        self.exportHint.setText(QCoreApplication.translate("SyncView", u"\u540c\u6b65\u5305\u5305\u542b\u5bf9\u65b9\u5c1a\u672a\u786e\u8ba4\u6536\u5230\u7684\u5168\u90e8\u53d8\u66f4\uff0c\u6f0f\u53d1\u3001\u91cd\u53d1\u90fd\u4e0d\u4f1a\u4e22\u5931\u6216\u91cd\u590d\u6570\u636e\u3002", None))
        self.importBox.setTitle(QCoreApplication.translate("SyncView", u"\u5bfc\u5165\u5bf9\u65b9\u53d1\u6765\u7684\u540c\u6b65\u5305", None))
        self.importButton.setText(QCoreApplication.translate("SyncView", u"\u5bfc\u5165\u540c\u6b65\u5305\u2026", None))
        self.importHint.setText(QCoreApplication.translate("SyncView", u"\u5148\u68c0\u67e5\u7b7e\u540d\u5e76\u663e\u793a\u9884\u89c8\uff0c\u786e\u8ba4\u540e\u5907\u4efd\u6570\u636e\u5e93\u518d\u5408\u5e76\uff1b\u4e5f\u53ef\u4e00\u6b21\u9009\u62e9\u6216\u62d6\u5165\u591a\u4e2a\u6587\u4ef6\u3002", None))
        self.tabs.setTabText(self.tabs.indexOf(self.exchangeTab), QCoreApplication.translate("SyncView", u"\u5bfc\u51fa\u4e0e\u5bfc\u5165", None))
        self.myBox.setTitle(QCoreApplication.translate("SyncView", u"\u672c\u5355\u4f4d\u8eab\u4efd\u5361", None))
        self.myUnitLabel.setText(QCoreApplication.translate("SyncView", u"\u5355\u4f4d", None))
        self.cardButton.setText(QCoreApplication.translate("SyncView", u"\u5bfc\u51fa\u672c\u5355\u4f4d\u8eab\u4efd\u5361\u2026", None))
        self.myFingerprintLabel.setText(QCoreApplication.translate("SyncView", u"\u5bc6\u94a5\u6307\u7eb9", None))
        self.cardHint.setText(QCoreApplication.translate("SyncView", u"\u628a\u8eab\u4efd\u5361\u53d1\u7ed9\u5bf9\u65b9\u5355\u4f4d\u540e\uff0c\u8bf7\u6253\u7535\u8bdd\u9010\u7ec4\u5ff5\u51fa\u4e0a\u9762\u7684\u6307\u7eb9\uff0c\u7531\u5bf9\u65b9\u6838\u5bf9\u3002", None))
        self.peersBox.setTitle(QCoreApplication.translate("SyncView", u"\u53d7\u4fe1\u4efb\u7684\u5355\u4f4d", None))
        self.trustButton.setText(QCoreApplication.translate("SyncView", u"\u5bfc\u5165\u5bf9\u65b9\u8eab\u4efd\u5361\u2026", None))
        self.untrustButton.setText(QCoreApplication.translate("SyncView", u"\u53d6\u6d88\u4fe1\u4efb", None))
        self.tabs.setTabText(self.tabs.indexOf(self.keysTab), QCoreApplication.translate("SyncView", u"\u5355\u4f4d\u4e0e\u5bc6\u94a5", None))
        self.tabs.setTabText(self.tabs.indexOf(self.historyTab), QCoreApplication.translate("SyncView", u"\u540c\u6b65\u8bb0\u5f55", None))
        self.cancelButton.setText(QCoreApplication.translate("SyncView", u"\u53d6\u6d88", None))
        self.folderButton.setText(QCoreApplication.translate("SyncView", u"\u5728\u6587\u4ef6\u5939\u4e2d\u663e\u793a", None))
        pass
    # retranslateUi

