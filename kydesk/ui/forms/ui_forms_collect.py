# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'forms_collect.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QDialog, QHBoxLayout,
    QHeaderView, QLabel, QPlainTextEdit, QProgressBar,
    QPushButton, QSizePolicy, QSpacerItem, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_FormsCollectDialog(object):
    def setupUi(self, FormsCollectDialog):
        if not FormsCollectDialog.objectName():
            FormsCollectDialog.setObjectName(u"FormsCollectDialog")
        FormsCollectDialog.resize(900, 560)
        self.layout = QVBoxLayout(FormsCollectDialog)
        self.layout.setObjectName(u"layout")
        self.heading = QLabel(FormsCollectDialog)
        self.heading.setObjectName(u"heading")
        self.heading.setWordWrap(True)

        self.layout.addWidget(self.heading)

        self.files = QTableWidget(FormsCollectDialog)
        self.files.setObjectName(u"files")
        self.files.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.files.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.files.setSelectionMode(QAbstractItemView.SingleSelection)

        self.layout.addWidget(self.files)

        self.problemsLabel = QLabel(FormsCollectDialog)
        self.problemsLabel.setObjectName(u"problemsLabel")

        self.layout.addWidget(self.problemsLabel)

        self.problems = QPlainTextEdit(FormsCollectDialog)
        self.problems.setObjectName(u"problems")
        self.problems.setReadOnly(True)

        self.layout.addWidget(self.problems)

        self.jobRow = QHBoxLayout()
        self.jobRow.setObjectName(u"jobRow")
        self.message = QLabel(FormsCollectDialog)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)

        self.jobRow.addWidget(self.message)

        self.progress = QProgressBar(FormsCollectDialog)
        self.progress.setObjectName(u"progress")

        self.jobRow.addWidget(self.progress)

        self.cancelButton = QPushButton(FormsCollectDialog)
        self.cancelButton.setObjectName(u"cancelButton")

        self.jobRow.addWidget(self.cancelButton)

        self.folderButton = QPushButton(FormsCollectDialog)
        self.folderButton.setObjectName(u"folderButton")
        self.folderButton.setVisible(False)

        self.jobRow.addWidget(self.folderButton)


        self.layout.addLayout(self.jobRow)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.spacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons.addItem(self.spacer)

        self.applyButton = QPushButton(FormsCollectDialog)
        self.applyButton.setObjectName(u"applyButton")

        self.buttons.addWidget(self.applyButton)

        self.closeButton = QPushButton(FormsCollectDialog)
        self.closeButton.setObjectName(u"closeButton")

        self.buttons.addWidget(self.closeButton)


        self.layout.addLayout(self.buttons)

#if QT_CONFIG(shortcut)
        self.problemsLabel.setBuddy(self.problems)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.files, self.problems)
        QWidget.setTabOrder(self.problems, self.applyButton)
        QWidget.setTabOrder(self.applyButton, self.closeButton)

        self.retranslateUi(FormsCollectDialog)

        self.applyButton.setDefault(True)


        QMetaObject.connectSlotsByName(FormsCollectDialog)
    # setupUi

    def retranslateUi(self, FormsCollectDialog):
        FormsCollectDialog.setWindowTitle(QCoreApplication.translate("FormsCollectDialog", u"\u6536\u53d6\u586b\u62a5\u8868", None))
        self.heading.setText(QCoreApplication.translate("FormsCollectDialog", u"\u9884\u89c8\uff1a\u786e\u8ba4\u540e\u6bcf\u4e2a\u6587\u4ef6\u5206\u522b\u8bb0\u5f55\uff08\u5df2\u6536\u53d6\u8fc7\u7684\u6587\u4ef6\u4e0d\u4f1a\u91cd\u590d\u8bb0\u5f55\uff09", None))
        self.problemsLabel.setText(QCoreApplication.translate("FormsCollectDialog", u"\u95ee\u9898\u4e0e\u63d0\u793a\uff08\u9009\u4e2d\u4e0a\u65b9\u6587\u4ef6\u67e5\u770b\uff09\uff1a", None))
        self.message.setText("")
        self.cancelButton.setText(QCoreApplication.translate("FormsCollectDialog", u"\u53d6\u6d88", None))
        self.folderButton.setText(QCoreApplication.translate("FormsCollectDialog", u"\u5728\u6587\u4ef6\u5939\u4e2d\u663e\u793a", None))
        self.applyButton.setText(QCoreApplication.translate("FormsCollectDialog", u"\u6536\u53d6", None))
        self.closeButton.setText(QCoreApplication.translate("FormsCollectDialog", u"\u5173\u95ed", None))
    # retranslateUi

