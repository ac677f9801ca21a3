# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'postpone_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QDialog, QGridLayout, QHBoxLayout,
    QLabel, QLineEdit, QPlainTextEdit, QPushButton,
    QSizePolicy, QSpacerItem, QWidget)

class Ui_PostponeDialog(object):
    def setupUi(self, PostponeDialog):
        if not PostponeDialog.objectName():
            PostponeDialog.setObjectName(u"PostponeDialog")
        PostponeDialog.resize(520, 320)
        self.rootLayout = QGridLayout(PostponeDialog)
        self.rootLayout.setObjectName(u"rootLayout")
        self.rootLayout.setVerticalSpacing(4)
        self.taskLabel = QLabel(PostponeDialog)
        self.taskLabel.setObjectName(u"taskLabel")
        self.taskLabel.setWordWrap(True)
        self.taskLabel.setStyleSheet(u"font-weight: bold;")

        self.rootLayout.addWidget(self.taskLabel, 0, 0, 1, 2)

        self.currentLabel = QLabel(PostponeDialog)
        self.currentLabel.setObjectName(u"currentLabel")

        self.rootLayout.addWidget(self.currentLabel, 1, 0, 1, 1)

        self.currentDue = QLabel(PostponeDialog)
        self.currentDue.setObjectName(u"currentDue")

        self.rootLayout.addWidget(self.currentDue, 1, 1, 1, 1)

        self.dueLabel = QLabel(PostponeDialog)
        self.dueLabel.setObjectName(u"dueLabel")

        self.rootLayout.addWidget(self.dueLabel, 2, 0, 1, 1)

        self.due = QLineEdit(PostponeDialog)
        self.due.setObjectName(u"due")

        self.rootLayout.addWidget(self.due, 2, 1, 1, 1)

        self.dueResolved = QLabel(PostponeDialog)
        self.dueResolved.setObjectName(u"dueResolved")
        self.dueResolved.setStyleSheet(u"color: #1e6b3a;")
        self.dueResolved.setWordWrap(True)

        self.rootLayout.addWidget(self.dueResolved, 3, 1, 1, 1)

        self.dueError = QLabel(PostponeDialog)
        self.dueError.setObjectName(u"dueError")
        self.dueError.setStyleSheet(u"color: #b3261e;")
        self.dueError.setWordWrap(True)

        self.rootLayout.addWidget(self.dueError, 4, 1, 1, 1)

        self.reasonLabel = QLabel(PostponeDialog)
        self.reasonLabel.setObjectName(u"reasonLabel")
        self.reasonLabel.setAlignment(Qt.AlignLeading|Qt.AlignTop)

        self.rootLayout.addWidget(self.reasonLabel, 5, 0, 1, 1)

        self.reason = QPlainTextEdit(PostponeDialog)
        self.reason.setObjectName(u"reason")
        self.reason.setMaximumSize(QSize(16777215, 80))
        self.reason.setTabChangesFocus(True)

        self.rootLayout.addWidget(self.reason, 5, 1, 1, 1)

        self.reasonError = QLabel(PostponeDialog)
        self.reasonError.setObjectName(u"reasonError")
        self.reasonError.setStyleSheet(u"color: #b3261e;")
        self.reasonError.setWordWrap(True)

        self.rootLayout.addWidget(self.reasonError, 6, 1, 1, 1)

        self.hint = QLabel(PostponeDialog)
        self.hint.setObjectName(u"hint")
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet(u"color: #5f6368;")

        self.rootLayout.addWidget(self.hint, 7, 0, 1, 2)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.buttonSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.okButton = QPushButton(PostponeDialog)
        self.okButton.setObjectName(u"okButton")

        self.buttonRow.addWidget(self.okButton)

        self.cancelButton = QPushButton(PostponeDialog)
        self.cancelButton.setObjectName(u"cancelButton")
        self.cancelButton.setAutoDefault(False)

        self.buttonRow.addWidget(self.cancelButton)


        self.rootLayout.addLayout(self.buttonRow, 8, 0, 1, 2)

#if QT_CONFIG(shortcut)
        self.dueLabel.setBuddy(self.due)
        self.reasonLabel.setBuddy(self.reason)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.due, self.reason)
        QWidget.setTabOrder(self.reason, self.okButton)
        QWidget.setTabOrder(self.okButton, self.cancelButton)

        self.retranslateUi(PostponeDialog)

        self.okButton.setDefault(True)


        QMetaObject.connectSlotsByName(PostponeDialog)
    # setupUi

    def retranslateUi(self, PostponeDialog):
        PostponeDialog.setWindowTitle(QCoreApplication.translate("PostponeDialog", u"\u5ef6\u671f", None))
        self.currentLabel.setText(QCoreApplication.translate("PostponeDialog", u"\u539f\u65f6\u9650", None))
        self.dueLabel.setText(QCoreApplication.translate("PostponeDialog", u"\u65b0\u65f6\u9650 *", None))
        self.due.setPlaceholderText(QCoreApplication.translate("PostponeDialog", u"\u65e5\u671f\u6216\u201c9\u6708\u5e95\u524d\u201d\u201c\u7b2c\u56db\u5b63\u5ea6\u201d\u7b49", None))
        self.reasonLabel.setText(QCoreApplication.translate("PostponeDialog", u"\u5ef6\u671f\u7406\u7531 *", None))
        self.hint.setText(QCoreApplication.translate("PostponeDialog", u"\u539f\u65f6\u9650\u4fdd\u7559\u5728\u4efb\u52a1\u7684\u5ef6\u671f\u8bb0\u5f55\u4e2d\uff1b\u4e0a\u7ea7\u4ea4\u529e\u7684\u4efb\u52a1\u5c06\u4f5c\u4e3a\u5ef6\u671f\u7533\u8bf7\u62a5\u4e0a\u7ea7\u6279\u590d\u3002", None))
        self.okButton.setText(QCoreApplication.translate("PostponeDialog", u"\u5ef6\u671f", None))
        self.cancelButton.setText(QCoreApplication.translate("PostponeDialog", u"\u53d6\u6d88", None))
    # retranslateUi

