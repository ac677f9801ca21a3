# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'meeting_summary.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QDateEdit, QFormLayout,
    QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit,
    QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_SummaryPanel(object):
    def setupUi(self, SummaryPanel):
        if not SummaryPanel.objectName():
            SummaryPanel.setObjectName(u"SummaryPanel")
        SummaryPanel.resize(900, 600)
        self.layout = QVBoxLayout(SummaryPanel)
        self.layout.setObjectName(u"layout")
        self.topRow = QHBoxLayout()
        self.topRow.setObjectName(u"topRow")
        self.stateLabel = QLabel(SummaryPanel)
        self.stateLabel.setObjectName(u"stateLabel")

        self.topRow.addWidget(self.stateLabel)

        self.topSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.topRow.addItem(self.topSpacer)

        self.versionLabel = QLabel(SummaryPanel)
        self.versionLabel.setObjectName(u"versionLabel")

        self.topRow.addWidget(self.versionLabel)

        self.version = QComboBox(SummaryPanel)
        self.version.setObjectName(u"version")
        self.version.setMinimumSize(QSize(240, 0))

        self.topRow.addWidget(self.version)


        self.layout.addLayout(self.topRow)

        self.actionRow = QHBoxLayout()
        self.actionRow.setObjectName(u"actionRow")
        self.templateButton = QPushButton(SummaryPanel)
        self.templateButton.setObjectName(u"templateButton")

        self.actionRow.addWidget(self.templateButton)

        self.actionSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actionRow.addItem(self.actionSpacer)

        self.finalButton = QPushButton(SummaryPanel)
        self.finalButton.setObjectName(u"finalButton")

        self.actionRow.addWidget(self.finalButton)

        self.correctButton = QPushButton(SummaryPanel)
        self.correctButton.setObjectName(u"correctButton")

        self.actionRow.addWidget(self.correctButton)


        self.layout.addLayout(self.actionRow)

        self.note = QLabel(SummaryPanel)
        self.note.setObjectName(u"note")
        self.note.setWordWrap(True)

        self.layout.addWidget(self.note)

        self.editor = QPlainTextEdit(SummaryPanel)
        self.editor.setObjectName(u"editor")

        self.layout.addWidget(self.editor)

        self.imprint = QFormLayout()
        self.imprint.setObjectName(u"imprint")
        self.imprint.setFieldGrowthPolicy(QFormLayout.ExpandingFieldsGrow)
        self.issuerLabel = QLabel(SummaryPanel)
        self.issuerLabel.setObjectName(u"issuerLabel")

        self.imprint.setWidget(0, QFormLayout.ItemRole.LabelRole, self.issuerLabel)

        self.issuer = QLineEdit(SummaryPanel)
        self.issuer.setObjectName(u"issuer")

        self.imprint.setWidget(0, QFormLayout.ItemRole.FieldRole, self.issuer)

        self.distributionLabel = QLabel(SummaryPanel)
        self.distributionLabel.setObjectName(u"distributionLabel")

        self.imprint.setWidget(1, QFormLayout.ItemRole.LabelRole, self.distributionLabel)

        self.distribution = QLineEdit(SummaryPanel)
        self.distribution.setObjectName(u"distribution")

        self.imprint.setWidget(1, QFormLayout.ItemRole.FieldRole, self.distribution)

        self.issuedLabel = QLabel(SummaryPanel)
        self.issuedLabel.setObjectName(u"issuedLabel")

        self.imprint.setWidget(2, QFormLayout.ItemRole.LabelRole, self.issuedLabel)

        self.issued = QDateEdit(SummaryPanel)
        self.issued.setObjectName(u"issued")
        self.issued.setCalendarPopup(True)

        self.imprint.setWidget(2, QFormLayout.ItemRole.FieldRole, self.issued)


        self.layout.addLayout(self.imprint)

        self.savedLabel = QLabel(SummaryPanel)
        self.savedLabel.setObjectName(u"savedLabel")

        self.layout.addWidget(self.savedLabel)

#if QT_CONFIG(shortcut)
        self.versionLabel.setBuddy(self.version)
        self.issuerLabel.setBuddy(self.issuer)
        self.distributionLabel.setBuddy(self.distribution)
        self.issuedLabel.setBuddy(self.issued)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.editor, self.issuer)
        QWidget.setTabOrder(self.issuer, self.distribution)
        QWidget.setTabOrder(self.distribution, self.issued)

        self.retranslateUi(SummaryPanel)

        QMetaObject.connectSlotsByName(SummaryPanel)
    # setupUi

    def retranslateUi(self, SummaryPanel):
        self.stateLabel.setStyleSheet(QCoreApplication.translate("SummaryPanel", u"font-weight: bold;", None))
        self.versionLabel.setText(QCoreApplication.translate("SummaryPanel", u"\u67e5\u770b", None))
        self.templateButton.setText(QCoreApplication.translate("SummaryPanel", u"\u6309\u4f1a\u8bae\u5185\u5bb9\u751f\u6210\u521d\u7a3f", None))
#if QT_CONFIG(tooltip)
        self.templateButton.setToolTip(QCoreApplication.translate("SummaryPanel", u"\u5f00\u5934\uff08\u65f6\u95f4\u3001\u5730\u70b9\u3001\u4e3b\u6301\u3001\u53c2\u4f1a\u5355\u4f4d\uff09\u3001\u8bae\u5b9a\u4e8b\u9879\uff08\u4e00\u3001\u4e8c\u3001\u2026\u2026\u542b\u7275\u5934\u5355\u4f4d\u548c\u65f6\u9650\uff09\u3001\u7ed3\u5c3e", None))
#endif // QT_CONFIG(tooltip)
        self.finalButton.setText(QCoreApplication.translate("SummaryPanel", u"\u5b9a\u7a3f", None))
#if QT_CONFIG(tooltip)
        self.finalButton.setToolTip(QCoreApplication.translate("SummaryPanel", u"\u5b9a\u7a3f\u540e\u7eaa\u8981\u548c\u4f1a\u8bae\u5185\u5bb9\u9501\u5b9a\uff0c\u4e0d\u80fd\u518d\u6539", None))
#endif // QT_CONFIG(tooltip)
        self.correctButton.setText(QCoreApplication.translate("SummaryPanel", u"\u66f4\u6b63\u7eaa\u8981", None))
#if QT_CONFIG(tooltip)
        self.correctButton.setToolTip(QCoreApplication.translate("SummaryPanel", u"\u89e3\u9501\u5df2\u5b9a\u7a3f\u7684\u7eaa\u8981\u8fdb\u884c\u66f4\u6b63\uff1b\u518d\u6b21\u5b9a\u7a3f\u65f6\u4fdd\u5b58\u4e3a\u65b0\u7248\u672c\uff0c\u65e7\u7248\u672c\u4fdd\u7559", None))
#endif // QT_CONFIG(tooltip)
        self.note.setStyleSheet(QCoreApplication.translate("SummaryPanel", u"color: #8a5a00;", None))
        self.editor.setStyleSheet(QCoreApplication.translate("SummaryPanel", u"font-size: 12pt;", None))
        self.editor.setPlaceholderText(QCoreApplication.translate("SummaryPanel", u"\u7eaa\u8981\u6b63\u6587\uff1a\u7a7a\u4e00\u884c\u4e3a\u65b0\u6bb5\u843d\uff1b\u201c\u4e00\u3001\u201d\u201c\uff08\u4e00\uff09\u201d\u5f00\u5934\u7684\u6bb5\u843d\u6309\u6807\u9898\u6392\u7248\u3002\u53ef\u5148\u70b9\u201c\u6309\u4f1a\u8bae\u5185\u5bb9\u751f\u6210\u521d\u7a3f\u201d\u3002", None))
        self.issuerLabel.setText(QCoreApplication.translate("SummaryPanel", u"\u5370\u53d1\u673a\u5173", None))
        self.distributionLabel.setText(QCoreApplication.translate("SummaryPanel", u"\u5206\u9001", None))
        self.distribution.setPlaceholderText(QCoreApplication.translate("SummaryPanel", u"\u5982 \u5e02\u59d4\u529e\u3001\u5e02\u653f\u5e9c\u529e\uff0c\u4e13\u73ed\u5404\u6210\u5458\u5355\u4f4d", None))
        self.issuedLabel.setText(QCoreApplication.translate("SummaryPanel", u"\u5370\u53d1\u65e5\u671f", None))
        self.issued.setDisplayFormat(QCoreApplication.translate("SummaryPanel", u"yyyy\u5e74M\u6708d\u65e5", None))
#if QT_CONFIG(tooltip)
        self.issued.setToolTip(QCoreApplication.translate("SummaryPanel", u"\u5b9a\u7a3f\u65f6\u8bb0\u5165\u7248\u8bb0\uff1b\u9ed8\u8ba4\u4e3a\u5b9a\u7a3f\u5f53\u5929\uff0c\u4e0d\u65e9\u4e8e\u4f1a\u8bae\u65e5\u671f", None))
#endif // QT_CONFIG(tooltip)
        self.savedLabel.setStyleSheet(QCoreApplication.translate("SummaryPanel", u"color: #2e7d32;", None))
        pass
    # retranslateUi

