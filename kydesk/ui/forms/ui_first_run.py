# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'first_run.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QDialog, QFormLayout,
    QGroupBox, QHBoxLayout, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QVBoxLayout, QWidget)

class Ui_FirstRunDialog(object):
    def setupUi(self, FirstRunDialog):
        if not FirstRunDialog.objectName():
            FirstRunDialog.setObjectName(u"FirstRunDialog")
        FirstRunDialog.resize(520, 360)
        self.layout = QVBoxLayout(FirstRunDialog)
        self.layout.setObjectName(u"layout")
        self.intro = QLabel(FirstRunDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.layout.addWidget(self.intro)

        self.createBox = QGroupBox(FirstRunDialog)
        self.createBox.setObjectName(u"createBox")
        self.form = QFormLayout(self.createBox)
        self.form.setObjectName(u"form")
        self.codeLabel = QLabel(self.createBox)
        self.codeLabel.setObjectName(u"codeLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.codeLabel)

        self.unitCode = QLineEdit(self.createBox)
        self.unitCode.setObjectName(u"unitCode")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.unitCode)

        self.nameLabel = QLabel(self.createBox)
        self.nameLabel.setObjectName(u"nameLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.unitName = QLineEdit(self.createBox)
        self.unitName.setObjectName(u"unitName")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.unitName)

        self.levelLabel = QLabel(self.createBox)
        self.levelLabel.setObjectName(u"levelLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.levelLabel)

        self.level = QComboBox(self.createBox)
        self.level.setObjectName(u"level")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.level)

        self.error = QLabel(self.createBox)
        self.error.setObjectName(u"error")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.error)

        self.createButton = QPushButton(self.createBox)
        self.createButton.setObjectName(u"createButton")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.createButton)


        self.layout.addWidget(self.createBox)

        self.otherRow = QHBoxLayout()
        self.otherRow.setObjectName(u"otherRow")
        self.openButton = QPushButton(FirstRunDialog)
        self.openButton.setObjectName(u"openButton")

        self.otherRow.addWidget(self.openButton)

        self.demoButton = QPushButton(FirstRunDialog)
        self.demoButton.setObjectName(u"demoButton")

        self.otherRow.addWidget(self.demoButton)


        self.layout.addLayout(self.otherRow)

#if QT_CONFIG(shortcut)
        self.codeLabel.setBuddy(self.unitCode)
        self.nameLabel.setBuddy(self.unitName)
        self.levelLabel.setBuddy(self.level)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.unitCode, self.unitName)
        QWidget.setTabOrder(self.unitName, self.level)
        QWidget.setTabOrder(self.level, self.createButton)
        QWidget.setTabOrder(self.createButton, self.openButton)
        QWidget.setTabOrder(self.openButton, self.demoButton)

        self.retranslateUi(FirstRunDialog)

        self.createButton.setDefault(True)


        QMetaObject.connectSlotsByName(FirstRunDialog)
    # setupUi

    def retranslateUi(self, FirstRunDialog):
        FirstRunDialog.setWindowTitle(QCoreApplication.translate("FirstRunDialog", u"\u6b22\u8fce\u4f7f\u7528\u5eb7\u517b\u4e13\u73ed\u5de5\u4f5c\u53f0", None))
        self.intro.setText(QCoreApplication.translate("FirstRunDialog", u"\u8fd8\u6ca1\u6709\u6570\u636e\u5e93\u3002\u8bf7\u5efa\u7acb\u672c\u5355\u4f4d\u7684\u6570\u636e\u5e93\uff0c\u6253\u5f00\u4ece\u65e7\u7535\u8111\u62f7\u6765\u7684\u6570\u636e\u5e93\uff0c\u6216\u6253\u5f00\u6f14\u793a\u6570\u636e\u770b\u4e00\u770b\u3002", None))
        self.createBox.setTitle(QCoreApplication.translate("FirstRunDialog", u"\u521b\u5efa\u672c\u5355\u4f4d", None))
        self.codeLabel.setText(QCoreApplication.translate("FirstRunDialog", u"\u5355\u4f4d\u4ee3\u7801", None))
        self.unitCode.setPlaceholderText(QCoreApplication.translate("FirstRunDialog", u"\u5982 611002", None))
        self.nameLabel.setText(QCoreApplication.translate("FirstRunDialog", u"\u5355\u4f4d\u540d\u79f0", None))
        self.unitName.setPlaceholderText(QCoreApplication.translate("FirstRunDialog", u"\u5982 \u5546\u5dde\u533a\u5eb7\u517b\u4e13\u73ed", None))
        self.levelLabel.setText(QCoreApplication.translate("FirstRunDialog", u"\u7ea7\u522b", None))
        self.error.setStyleSheet(QCoreApplication.translate("FirstRunDialog", u"color: #c0392b;", None))
        self.createButton.setText(QCoreApplication.translate("FirstRunDialog", u"\u521b\u5efa\u5e76\u6253\u5f00", None))
        self.openButton.setText(QCoreApplication.translate("FirstRunDialog", u"\u6253\u5f00\u5df2\u6709\u6570\u636e\u5e93\u2026", None))
#if QT_CONFIG(tooltip)
        self.openButton.setToolTip(QCoreApplication.translate("FirstRunDialog", u"\u4ece\u65e7\u7535\u8111\u62f7\u6765\u7684 .db \u6587\u4ef6\u6216\u5907\u4efd\uff1a\u590d\u5236\u5230\u672c\u673a\u6570\u636e\u6587\u4ef6\u5939\u540e\u6253\u5f00\uff0c\u539f\u6587\u4ef6\u4e0d\u52a8", None))
#endif // QT_CONFIG(tooltip)
        self.demoButton.setText(QCoreApplication.translate("FirstRunDialog", u"\u6253\u5f00\u6f14\u793a\u6570\u636e", None))
    # retranslateUi

