# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'done_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QDateEdit, QDialog, QGridLayout,
    QHBoxLayout, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QWidget)

from kydesk.ui.widgets.attachment_picker import AttachmentPicker

class Ui_DoneDialog(object):
    def setupUi(self, DoneDialog):
        if not DoneDialog.objectName():
            DoneDialog.setObjectName(u"DoneDialog")
        DoneDialog.resize(480, 280)
        self.rootLayout = QGridLayout(DoneDialog)
        self.rootLayout.setObjectName(u"rootLayout")
        self.taskLabel = QLabel(DoneDialog)
        self.taskLabel.setObjectName(u"taskLabel")
        self.taskLabel.setWordWrap(True)
        self.taskLabel.setStyleSheet(u"font-weight: bold;")

        self.rootLayout.addWidget(self.taskLabel, 0, 0, 1, 2)

        self.dateLabel = QLabel(DoneDialog)
        self.dateLabel.setObjectName(u"dateLabel")

        self.rootLayout.addWidget(self.dateLabel, 1, 0, 1, 1)

        self.date = QDateEdit(DoneDialog)
        self.date.setObjectName(u"date")
        self.date.setCalendarPopup(True)

        self.rootLayout.addWidget(self.date, 1, 1, 1, 1)

        self.attachLabel = QLabel(DoneDialog)
        self.attachLabel.setObjectName(u"attachLabel")
        self.attachLabel.setAlignment(Qt.AlignLeading|Qt.AlignTop)

        self.rootLayout.addWidget(self.attachLabel, 2, 0, 1, 1)

        self.attachments = AttachmentPicker(DoneDialog)
        self.attachments.setObjectName(u"attachments")

        self.rootLayout.addWidget(self.attachments, 2, 1, 1, 1)

        self.error = QLabel(DoneDialog)
        self.error.setObjectName(u"error")
        self.error.setStyleSheet(u"color: #b3261e;")
        self.error.setWordWrap(True)

        self.rootLayout.addWidget(self.error, 3, 0, 1, 2)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.buttonSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.okButton = QPushButton(DoneDialog)
        self.okButton.setObjectName(u"okButton")

        self.buttonRow.addWidget(self.okButton)

        self.cancelButton = QPushButton(DoneDialog)
        self.cancelButton.setObjectName(u"cancelButton")
        self.cancelButton.setAutoDefault(False)

        self.buttonRow.addWidget(self.cancelButton)


        self.rootLayout.addLayout(self.buttonRow, 4, 0, 1, 2)

#if QT_CONFIG(shortcut)
        self.dateLabel.setBuddy(self.date)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(DoneDialog)

        self.okButton.setDefault(True)


        QMetaObject.connectSlotsByName(DoneDialog)
    # setupUi

    def retranslateUi(self, DoneDialog):
        DoneDialog.setWindowTitle(QCoreApplication.translate("DoneDialog", u"\u9500\u53f7", None))
        self.dateLabel.setText(QCoreApplication.translate("DoneDialog", u"\u5b8c\u6210\u65e5\u671f", None))
        self.date.setDisplayFormat(QCoreApplication.translate("DoneDialog", u"yyyy-MM-dd", None))
        self.attachLabel.setText(QCoreApplication.translate("DoneDialog", u"\u4f50\u8bc1\u6750\u6599", None))
        self.okButton.setText(QCoreApplication.translate("DoneDialog", u"\u9500\u53f7", None))
        self.cancelButton.setText(QCoreApplication.translate("DoneDialog", u"\u53d6\u6d88", None))
    # retranslateUi

