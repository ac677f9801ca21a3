# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'reading_dialog.ui'
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
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QWidget)

class Ui_ReadingDialog(object):
    def setupUi(self, ReadingDialog):
        if not ReadingDialog.objectName():
            ReadingDialog.setObjectName(u"ReadingDialog")
        ReadingDialog.resize(480, 260)
        self.rootLayout = QGridLayout(ReadingDialog)
        self.rootLayout.setObjectName(u"rootLayout")
        self.rootLayout.setVerticalSpacing(4)
        self.subject = QLabel(ReadingDialog)
        self.subject.setObjectName(u"subject")
        self.subject.setWordWrap(True)
        self.subject.setStyleSheet(u"font-weight: bold;")

        self.rootLayout.addWidget(self.subject, 0, 0, 1, 2)

        self.periodLabel = QLabel(ReadingDialog)
        self.periodLabel.setObjectName(u"periodLabel")

        self.rootLayout.addWidget(self.periodLabel, 1, 0, 1, 1)

        self.period = QLineEdit(ReadingDialog)
        self.period.setObjectName(u"period")

        self.rootLayout.addWidget(self.period, 1, 1, 1, 1)

        self.valueLabel = QLabel(ReadingDialog)
        self.valueLabel.setObjectName(u"valueLabel")

        self.rootLayout.addWidget(self.valueLabel, 2, 0, 1, 1)

        self.value = QLineEdit(ReadingDialog)
        self.value.setObjectName(u"value")

        self.rootLayout.addWidget(self.value, 2, 1, 1, 1)

        self.sourceLabel = QLabel(ReadingDialog)
        self.sourceLabel.setObjectName(u"sourceLabel")

        self.rootLayout.addWidget(self.sourceLabel, 3, 0, 1, 1)

        self.source = QLineEdit(ReadingDialog)
        self.source.setObjectName(u"source")

        self.rootLayout.addWidget(self.source, 3, 1, 1, 1)

        self.error = QLabel(ReadingDialog)
        self.error.setObjectName(u"error")
        self.error.setStyleSheet(u"color: #b3261e;")
        self.error.setWordWrap(True)

        self.rootLayout.addWidget(self.error, 4, 0, 1, 2)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.buttonSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.okButton = QPushButton(ReadingDialog)
        self.okButton.setObjectName(u"okButton")

        self.buttonRow.addWidget(self.okButton)

        self.cancelButton = QPushButton(ReadingDialog)
        self.cancelButton.setObjectName(u"cancelButton")
        self.cancelButton.setAutoDefault(False)

        self.buttonRow.addWidget(self.cancelButton)


        self.rootLayout.addLayout(self.buttonRow, 5, 0, 1, 2)

#if QT_CONFIG(shortcut)
        self.periodLabel.setBuddy(self.period)
        self.valueLabel.setBuddy(self.value)
        self.sourceLabel.setBuddy(self.source)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.period, self.value)
        QWidget.setTabOrder(self.value, self.source)
        QWidget.setTabOrder(self.source, self.okButton)
        QWidget.setTabOrder(self.okButton, self.cancelButton)

        self.retranslateUi(ReadingDialog)

        self.okButton.setDefault(True)


        QMetaObject.connectSlotsByName(ReadingDialog)
    # setupUi

    def retranslateUi(self, ReadingDialog):
        ReadingDialog.setWindowTitle(QCoreApplication.translate("ReadingDialog", u"\u5f55\u5165\u6307\u6807\u503c", None))
        self.periodLabel.setText(QCoreApplication.translate("ReadingDialog", u"\u7edf\u8ba1\u671f *", None))
        self.period.setPlaceholderText(QCoreApplication.translate("ReadingDialog", u"2025\uff08\u5e74\u5ea6\uff09\u30012025Q3\uff08\u5b63\u5ea6\uff09\u6216 2025-06\uff08\u6708\u4efd\uff09", None))
        self.valueLabel.setText(QCoreApplication.translate("ReadingDialog", u"\u6307\u6807\u503c *", None))
        self.sourceLabel.setText(QCoreApplication.translate("ReadingDialog", u"\u6570\u636e\u6765\u6e90", None))
        self.source.setPlaceholderText(QCoreApplication.translate("ReadingDialog", u"\u5982\uff1a\u5e02\u7edf\u8ba1\u5c40", None))
        self.okButton.setText(QCoreApplication.translate("ReadingDialog", u"\u4fdd\u5b58", None))
        self.cancelButton.setText(QCoreApplication.translate("ReadingDialog", u"\u53d6\u6d88", None))
    # retranslateUi

