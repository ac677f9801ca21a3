# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'project_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QDialog, QGridLayout,
    QHBoxLayout, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpacerItem, QWidget)

class Ui_ProjectDialog(object):
    def setupUi(self, ProjectDialog):
        if not ProjectDialog.objectName():
            ProjectDialog.setObjectName(u"ProjectDialog")
        ProjectDialog.resize(560, 460)
        self.rootLayout = QGridLayout(ProjectDialog)
        self.rootLayout.setObjectName(u"rootLayout")
        self.rootLayout.setVerticalSpacing(4)
        self.subject = QLabel(ProjectDialog)
        self.subject.setObjectName(u"subject")
        self.subject.setWordWrap(True)
        self.subject.setStyleSheet(u"font-weight: bold;")

        self.rootLayout.addWidget(self.subject, 0, 0, 1, 2)

        self.taskLabel = QLabel(ProjectDialog)
        self.taskLabel.setObjectName(u"taskLabel")

        self.rootLayout.addWidget(self.taskLabel, 1, 0, 1, 1)

        self.taskPick = QComboBox(ProjectDialog)
        self.taskPick.setObjectName(u"taskPick")
        self.taskPick.setEditable(True)

        self.rootLayout.addWidget(self.taskPick, 1, 1, 1, 1)

        self.kindLabel = QLabel(ProjectDialog)
        self.kindLabel.setObjectName(u"kindLabel")

        self.rootLayout.addWidget(self.kindLabel, 2, 0, 1, 1)

        self.kind = QComboBox(ProjectDialog)
        self.kind.addItem("")
        self.kind.addItem("")
        self.kind.addItem("")
        self.kind.setObjectName(u"kind")

        self.rootLayout.addWidget(self.kind, 2, 1, 1, 1)

        self.planLabel = QLabel(ProjectDialog)
        self.planLabel.setObjectName(u"planLabel")

        self.rootLayout.addWidget(self.planLabel, 3, 0, 1, 1)

        self.planInvest = QLineEdit(ProjectDialog)
        self.planInvest.setObjectName(u"planInvest")

        self.rootLayout.addWidget(self.planInvest, 3, 1, 1, 1)

        self.yearLabel = QLabel(ProjectDialog)
        self.yearLabel.setObjectName(u"yearLabel")

        self.rootLayout.addWidget(self.yearLabel, 4, 0, 1, 1)

        self.yearInvest = QLineEdit(ProjectDialog)
        self.yearInvest.setObjectName(u"yearInvest")

        self.rootLayout.addWidget(self.yearInvest, 4, 1, 1, 1)

        self.imageLabel = QLabel(ProjectDialog)
        self.imageLabel.setObjectName(u"imageLabel")

        self.rootLayout.addWidget(self.imageLabel, 5, 0, 1, 1)

        self.image = QLineEdit(ProjectDialog)
        self.image.setObjectName(u"image")

        self.rootLayout.addWidget(self.image, 5, 1, 1, 1)

        self.monthLabel = QLabel(ProjectDialog)
        self.monthLabel.setObjectName(u"monthLabel")

        self.rootLayout.addWidget(self.monthLabel, 6, 0, 1, 1)

        self.month = QLineEdit(ProjectDialog)
        self.month.setObjectName(u"month")

        self.rootLayout.addWidget(self.month, 6, 1, 1, 1)

        self.amountLabel = QLabel(ProjectDialog)
        self.amountLabel.setObjectName(u"amountLabel")

        self.rootLayout.addWidget(self.amountLabel, 7, 0, 1, 1)

        self.amount = QLineEdit(ProjectDialog)
        self.amount.setObjectName(u"amount")

        self.rootLayout.addWidget(self.amount, 7, 1, 1, 1)

        self.nodeLabel = QLabel(ProjectDialog)
        self.nodeLabel.setObjectName(u"nodeLabel")

        self.rootLayout.addWidget(self.nodeLabel, 8, 0, 1, 1)

        self.nodeTitle = QLineEdit(ProjectDialog)
        self.nodeTitle.setObjectName(u"nodeTitle")

        self.rootLayout.addWidget(self.nodeTitle, 8, 1, 1, 1)

        self.nodeDateLabel = QLabel(ProjectDialog)
        self.nodeDateLabel.setObjectName(u"nodeDateLabel")

        self.rootLayout.addWidget(self.nodeDateLabel, 9, 0, 1, 1)

        self.nodeDate = QLineEdit(ProjectDialog)
        self.nodeDate.setObjectName(u"nodeDate")

        self.rootLayout.addWidget(self.nodeDate, 9, 1, 1, 1)

        self.error = QLabel(ProjectDialog)
        self.error.setObjectName(u"error")
        self.error.setStyleSheet(u"color: #b3261e;")
        self.error.setWordWrap(True)

        self.rootLayout.addWidget(self.error, 10, 0, 1, 2)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.buttonSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.okButton = QPushButton(ProjectDialog)
        self.okButton.setObjectName(u"okButton")

        self.buttonRow.addWidget(self.okButton)

        self.cancelButton = QPushButton(ProjectDialog)
        self.cancelButton.setObjectName(u"cancelButton")
        self.cancelButton.setAutoDefault(False)

        self.buttonRow.addWidget(self.cancelButton)


        self.rootLayout.addLayout(self.buttonRow, 11, 0, 1, 2)

#if QT_CONFIG(shortcut)
        self.taskLabel.setBuddy(self.taskPick)
        self.kindLabel.setBuddy(self.kind)
        self.planLabel.setBuddy(self.planInvest)
        self.yearLabel.setBuddy(self.yearInvest)
        self.imageLabel.setBuddy(self.image)
        self.monthLabel.setBuddy(self.month)
        self.amountLabel.setBuddy(self.amount)
        self.nodeLabel.setBuddy(self.nodeTitle)
        self.nodeDateLabel.setBuddy(self.nodeDate)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.taskPick, self.kind)
        QWidget.setTabOrder(self.kind, self.planInvest)
        QWidget.setTabOrder(self.planInvest, self.yearInvest)
        QWidget.setTabOrder(self.yearInvest, self.image)
        QWidget.setTabOrder(self.image, self.month)
        QWidget.setTabOrder(self.month, self.amount)
        QWidget.setTabOrder(self.amount, self.nodeTitle)
        QWidget.setTabOrder(self.nodeTitle, self.nodeDate)
        QWidget.setTabOrder(self.nodeDate, self.okButton)
        QWidget.setTabOrder(self.okButton, self.cancelButton)

        self.retranslateUi(ProjectDialog)

        self.okButton.setDefault(True)


        QMetaObject.connectSlotsByName(ProjectDialog)
    # setupUi

    def retranslateUi(self, ProjectDialog):
        ProjectDialog.setWindowTitle(QCoreApplication.translate("ProjectDialog", u"\u9879\u76ee\u4fe1\u606f", None))
        self.taskLabel.setText(QCoreApplication.translate("ProjectDialog", u"\u4efb\u52a1 *", None))
        self.kindLabel.setText(QCoreApplication.translate("ProjectDialog", u"\u9879\u76ee\u7c7b\u522b", None))
        self.kind.setItemText(0, QCoreApplication.translate("ProjectDialog", u"\u91cd\u70b9\u9879\u76ee", None))
        self.kind.setItemText(1, QCoreApplication.translate("ProjectDialog", u"\u6807\u6746\u9879\u76ee", None))
        self.kind.setItemText(2, QCoreApplication.translate("ProjectDialog", u"\u4e0d\u662f\u9879\u76ee", None))

        self.planLabel.setText(QCoreApplication.translate("ProjectDialog", u"\u8ba1\u5212\u603b\u6295\u8d44\uff08\u4e07\u5143\uff09", None))
        self.yearLabel.setText(QCoreApplication.translate("ProjectDialog", u"\u5e74\u5ea6\u8ba1\u5212\u6295\u8d44\uff08\u4e07\u5143\uff09", None))
        self.imageLabel.setText(QCoreApplication.translate("ProjectDialog", u"\u5f62\u8c61\u8fdb\u5ea6", None))
        self.image.setPlaceholderText(QCoreApplication.translate("ProjectDialog", u"\u5982\uff1a\u4e3b\u4f53\u5c01\u9876", None))
        self.monthLabel.setText(QCoreApplication.translate("ProjectDialog", u"\u62a5\u9001\u6708\u4efd", None))
        self.month.setPlaceholderText(QCoreApplication.translate("ProjectDialog", u"YYYY-MM\uff0c\u62a5\u9001\u7d2f\u8ba1\u5b8c\u6210\u6295\u8d44\u65f6\u586b\u5199", None))
        self.amountLabel.setText(QCoreApplication.translate("ProjectDialog", u"\u7d2f\u8ba1\u5b8c\u6210\u6295\u8d44\uff08\u4e07\u5143\uff09", None))
        self.amount.setPlaceholderText(QCoreApplication.translate("ProjectDialog", u"\u81ea\u5f00\u5de5\u8d77\u7d2f\u8ba1", None))
        self.nodeLabel.setText(QCoreApplication.translate("ProjectDialog", u"\u65b0\u589e\u8282\u70b9", None))
        self.nodeTitle.setPlaceholderText(QCoreApplication.translate("ProjectDialog", u"\u8282\u70b9\u540d\u79f0\uff0c\u5982\u201c\u4e3b\u4f53\u5c01\u9876\u201d", None))
        self.nodeDateLabel.setText(QCoreApplication.translate("ProjectDialog", u"\u8282\u70b9\u65e5\u671f", None))
        self.nodeDate.setPlaceholderText(QCoreApplication.translate("ProjectDialog", u"YYYY-MM-DD", None))
        self.okButton.setText(QCoreApplication.translate("ProjectDialog", u"\u4fdd\u5b58", None))
        self.cancelButton.setText(QCoreApplication.translate("ProjectDialog", u"\u53d6\u6d88", None))
    # retranslateUi

