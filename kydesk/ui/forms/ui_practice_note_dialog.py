# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'practice_note_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QDateEdit, QDialog,
    QGridLayout, QHBoxLayout, QLabel, QPlainTextEdit,
    QPushButton, QSizePolicy, QSpacerItem, QWidget)

class Ui_PracticeNoteDialog(object):
    def setupUi(self, PracticeNoteDialog):
        if not PracticeNoteDialog.objectName():
            PracticeNoteDialog.setObjectName(u"PracticeNoteDialog")
        PracticeNoteDialog.resize(520, 300)
        self.rootLayout = QGridLayout(PracticeNoteDialog)
        self.rootLayout.setObjectName(u"rootLayout")
        self.rootLayout.setVerticalSpacing(4)
        self.subject = QLabel(PracticeNoteDialog)
        self.subject.setObjectName(u"subject")
        self.subject.setWordWrap(True)
        self.subject.setStyleSheet(u"font-weight: bold;")

        self.rootLayout.addWidget(self.subject, 0, 0, 1, 2)

        self.textLabel = QLabel(PracticeNoteDialog)
        self.textLabel.setObjectName(u"textLabel")
        self.textLabel.setAlignment(Qt.AlignLeading|Qt.AlignTop)

        self.rootLayout.addWidget(self.textLabel, 1, 0, 1, 1)

        self.text = QPlainTextEdit(PracticeNoteDialog)
        self.text.setObjectName(u"text")
        self.text.setMaximumSize(QSize(16777215, 100))
        self.text.setTabChangesFocus(True)

        self.rootLayout.addWidget(self.text, 1, 1, 1, 1)

        self.dateLabel = QLabel(PracticeNoteDialog)
        self.dateLabel.setObjectName(u"dateLabel")

        self.rootLayout.addWidget(self.dateLabel, 2, 0, 1, 1)

        self.date = QDateEdit(PracticeNoteDialog)
        self.date.setObjectName(u"date")
        self.date.setCalendarPopup(True)

        self.rootLayout.addWidget(self.date, 2, 1, 1, 1)

        self.fixed = QCheckBox(PracticeNoteDialog)
        self.fixed.setObjectName(u"fixed")

        self.rootLayout.addWidget(self.fixed, 3, 1, 1, 1)

        self.error = QLabel(PracticeNoteDialog)
        self.error.setObjectName(u"error")
        self.error.setStyleSheet(u"color: #b3261e;")
        self.error.setWordWrap(True)

        self.rootLayout.addWidget(self.error, 4, 0, 1, 2)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.buttonSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.okButton = QPushButton(PracticeNoteDialog)
        self.okButton.setObjectName(u"okButton")

        self.buttonRow.addWidget(self.okButton)

        self.cancelButton = QPushButton(PracticeNoteDialog)
        self.cancelButton.setObjectName(u"cancelButton")
        self.cancelButton.setAutoDefault(False)

        self.buttonRow.addWidget(self.cancelButton)


        self.rootLayout.addLayout(self.buttonRow, 5, 0, 1, 2)

#if QT_CONFIG(shortcut)
        self.textLabel.setBuddy(self.text)
        self.dateLabel.setBuddy(self.date)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.text, self.date)
        QWidget.setTabOrder(self.date, self.fixed)
        QWidget.setTabOrder(self.fixed, self.okButton)
        QWidget.setTabOrder(self.okButton, self.cancelButton)

        self.retranslateUi(PracticeNoteDialog)

        self.okButton.setDefault(True)


        QMetaObject.connectSlotsByName(PracticeNoteDialog)
    # setupUi

    def retranslateUi(self, PracticeNoteDialog):
        PracticeNoteDialog.setWindowTitle(QCoreApplication.translate("PracticeNoteDialog", u"\u6574\u6539\u8fdb\u5c55", None))
        self.textLabel.setText(QCoreApplication.translate("PracticeNoteDialog", u"\u5185\u5bb9", None))
        self.dateLabel.setText(QCoreApplication.translate("PracticeNoteDialog", u"\u65e5\u671f", None))
        self.date.setDisplayFormat(QCoreApplication.translate("PracticeNoteDialog", u"yyyy-MM-dd", None))
        self.fixed.setText(QCoreApplication.translate("PracticeNoteDialog", u"\u5df2\u6574\u6539\u5230\u4f4d\uff08\u5f85\u4e13\u73ed\u6838\u67e5\u9500\u53f7\uff09", None))
        self.okButton.setText(QCoreApplication.translate("PracticeNoteDialog", u"\u4fdd\u5b58", None))
        self.cancelButton.setText(QCoreApplication.translate("PracticeNoteDialog", u"\u53d6\u6d88", None))
    # retranslateUi

