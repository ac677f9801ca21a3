# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'forms_make.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QDialog, QFormLayout,
    QHBoxLayout, QLabel, QLineEdit, QListWidget,
    QListWidgetItem, QProgressBar, QPushButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_FormsMakeDialog(object):
    def setupUi(self, FormsMakeDialog):
        if not FormsMakeDialog.objectName():
            FormsMakeDialog.setObjectName(u"FormsMakeDialog")
        FormsMakeDialog.resize(560, 560)
        self.layout = QVBoxLayout(FormsMakeDialog)
        self.layout.setObjectName(u"layout")
        self.fields = QFormLayout()
        self.fields.setObjectName(u"fields")
        self.periodLabel = QLabel(FormsMakeDialog)
        self.periodLabel.setObjectName(u"periodLabel")

        self.fields.setWidget(0, QFormLayout.ItemRole.LabelRole, self.periodLabel)

        self.period = QLineEdit(FormsMakeDialog)
        self.period.setObjectName(u"period")

        self.fields.setWidget(0, QFormLayout.ItemRole.FieldRole, self.period)

        self.dueTitle = QLabel(FormsMakeDialog)
        self.dueTitle.setObjectName(u"dueTitle")

        self.fields.setWidget(1, QFormLayout.ItemRole.LabelRole, self.dueTitle)

        self.due = QLabel(FormsMakeDialog)
        self.due.setObjectName(u"due")

        self.fields.setWidget(1, QFormLayout.ItemRole.FieldRole, self.due)

        self.folderLabel = QLabel(FormsMakeDialog)
        self.folderLabel.setObjectName(u"folderLabel")

        self.fields.setWidget(2, QFormLayout.ItemRole.LabelRole, self.folderLabel)

        self.folderRow = QHBoxLayout()
        self.folderRow.setObjectName(u"folderRow")
        self.folder = QLineEdit(FormsMakeDialog)
        self.folder.setObjectName(u"folder")

        self.folderRow.addWidget(self.folder)

        self.browseButton = QPushButton(FormsMakeDialog)
        self.browseButton.setObjectName(u"browseButton")

        self.folderRow.addWidget(self.browseButton)


        self.fields.setLayout(2, QFormLayout.ItemRole.FieldRole, self.folderRow)


        self.layout.addLayout(self.fields)

        self.allUnits = QCheckBox(FormsMakeDialog)
        self.allUnits.setObjectName(u"allUnits")
        self.allUnits.setChecked(True)

        self.layout.addWidget(self.allUnits)

        self.units = QListWidget(FormsMakeDialog)
        self.units.setObjectName(u"units")

        self.layout.addWidget(self.units)

        self.message = QLabel(FormsMakeDialog)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)

        self.layout.addWidget(self.message)

        self.jobRow = QHBoxLayout()
        self.jobRow.setObjectName(u"jobRow")
        self.progress = QProgressBar(FormsMakeDialog)
        self.progress.setObjectName(u"progress")

        self.jobRow.addWidget(self.progress)

        self.cancelButton = QPushButton(FormsMakeDialog)
        self.cancelButton.setObjectName(u"cancelButton")

        self.jobRow.addWidget(self.cancelButton)

        self.folderButton = QPushButton(FormsMakeDialog)
        self.folderButton.setObjectName(u"folderButton")

        self.jobRow.addWidget(self.folderButton)


        self.layout.addLayout(self.jobRow)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.spacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons.addItem(self.spacer)

        self.makeButton = QPushButton(FormsMakeDialog)
        self.makeButton.setObjectName(u"makeButton")

        self.buttons.addWidget(self.makeButton)

        self.closeButton = QPushButton(FormsMakeDialog)
        self.closeButton.setObjectName(u"closeButton")

        self.buttons.addWidget(self.closeButton)


        self.layout.addLayout(self.buttons)

#if QT_CONFIG(shortcut)
        self.periodLabel.setBuddy(self.period)
        self.folderLabel.setBuddy(self.folder)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.period, self.folder)
        QWidget.setTabOrder(self.folder, self.browseButton)
        QWidget.setTabOrder(self.browseButton, self.allUnits)
        QWidget.setTabOrder(self.allUnits, self.units)
        QWidget.setTabOrder(self.units, self.makeButton)
        QWidget.setTabOrder(self.makeButton, self.closeButton)

        self.retranslateUi(FormsMakeDialog)

        self.makeButton.setDefault(True)


        QMetaObject.connectSlotsByName(FormsMakeDialog)
    # setupUi

    def retranslateUi(self, FormsMakeDialog):
        FormsMakeDialog.setWindowTitle(QCoreApplication.translate("FormsMakeDialog", u"\u751f\u6210\u586b\u62a5\u8868", None))
        self.periodLabel.setText(QCoreApplication.translate("FormsMakeDialog", u"\u586b\u62a5\u671f\uff1a", None))
        self.period.setPlaceholderText(QCoreApplication.translate("FormsMakeDialog", u"2026-12", None))
        self.dueTitle.setText(QCoreApplication.translate("FormsMakeDialog", u"\u62a5\u9001\u622a\u6b62\uff1a", None))
        self.due.setText("")
        self.folderLabel.setText(QCoreApplication.translate("FormsMakeDialog", u"\u4fdd\u5b58\u5230\uff1a", None))
        self.browseButton.setText(QCoreApplication.translate("FormsMakeDialog", u"\u9009\u62e9\u2026", None))
        self.allUnits.setText(QCoreApplication.translate("FormsMakeDialog", u"\u5168\u90e8\u6709\u4efb\u52a1\u7684\u5355\u4f4d", None))
#if QT_CONFIG(tooltip)
        self.units.setToolTip(QCoreApplication.translate("FormsMakeDialog", u"\u52fe\u9009\u8981\u751f\u6210\u586b\u62a5\u8868\u7684\u5355\u4f4d\uff08\u62ec\u53f7\u5185\u4e3a\u672c\u671f\u4efb\u52a1\u6570\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.message.setText("")
        self.cancelButton.setText(QCoreApplication.translate("FormsMakeDialog", u"\u53d6\u6d88", None))
        self.folderButton.setText(QCoreApplication.translate("FormsMakeDialog", u"\u5728\u6587\u4ef6\u5939\u4e2d\u663e\u793a", None))
        self.makeButton.setText(QCoreApplication.translate("FormsMakeDialog", u"\u751f\u6210", None))
        self.closeButton.setText(QCoreApplication.translate("FormsMakeDialog", u"\u5173\u95ed", None))
    # retranslateUi

