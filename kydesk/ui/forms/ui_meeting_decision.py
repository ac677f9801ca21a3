# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'meeting_decision.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDialog, QDialogButtonBox, QFormLayout, QLabel,
    QLineEdit, QPlainTextEdit, QSizePolicy, QVBoxLayout,
    QWidget)

class Ui_DecisionDialog(object):
    def setupUi(self, DecisionDialog):
        if not DecisionDialog.objectName():
            DecisionDialog.setObjectName(u"DecisionDialog")
        DecisionDialog.resize(640, 560)
        self.layout = QVBoxLayout(DecisionDialog)
        self.layout.setObjectName(u"layout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.ExpandingFieldsGrow)
        self.textLabel = QLabel(DecisionDialog)
        self.textLabel.setObjectName(u"textLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.textLabel)

        self.text = QPlainTextEdit(DecisionDialog)
        self.text.setObjectName(u"text")
        self.text.setTabChangesFocus(True)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.text)

        self.titleLabel = QLabel(DecisionDialog)
        self.titleLabel.setObjectName(u"titleLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.title = QLineEdit(DecisionDialog)
        self.title.setObjectName(u"title")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.title)

        self.leadLabel = QLabel(DecisionDialog)
        self.leadLabel.setObjectName(u"leadLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.leadLabel)

        self.lead = QComboBox(DecisionDialog)
        self.lead.setObjectName(u"lead")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.lead.sizePolicy().hasHeightForWidth())
        self.lead.setSizePolicy(sizePolicy)
        self.lead.setEditable(True)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.lead)

        self.partnersLabel = QLabel(DecisionDialog)
        self.partnersLabel.setObjectName(u"partnersLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.partnersLabel)

        self.partners = QLineEdit(DecisionDialog)
        self.partners.setObjectName(u"partners")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.partners)

        self.leaderLabel = QLabel(DecisionDialog)
        self.leaderLabel.setObjectName(u"leaderLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.leaderLabel)

        self.leader = QLineEdit(DecisionDialog)
        self.leader.setObjectName(u"leader")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.leader)

        self.personLabel = QLabel(DecisionDialog)
        self.personLabel.setObjectName(u"personLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.personLabel)

        self.person = QLineEdit(DecisionDialog)
        self.person.setObjectName(u"person")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.person)

        self.sectionLabel = QLabel(DecisionDialog)
        self.sectionLabel.setObjectName(u"sectionLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.sectionLabel)

        self.section = QComboBox(DecisionDialog)
        self.section.setObjectName(u"section")
        sizePolicy.setHeightForWidth(self.section.sizePolicy().hasHeightForWidth())
        self.section.setSizePolicy(sizePolicy)
        self.section.setEditable(True)

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.section)

        self.dueLabel = QLabel(DecisionDialog)
        self.dueLabel.setObjectName(u"dueLabel")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.dueLabel)

        self.due = QLineEdit(DecisionDialog)
        self.due.setObjectName(u"due")

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.due)

        self.dueHint = QLabel(DecisionDialog)
        self.dueHint.setObjectName(u"dueHint")
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy1.setHorizontalStretch(1)
        sizePolicy1.setVerticalStretch(0)
        sizePolicy1.setHeightForWidth(self.dueHint.sizePolicy().hasHeightForWidth())
        self.dueHint.setSizePolicy(sizePolicy1)
        self.dueHint.setWordWrap(True)

        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.dueHint)

        self.makeTask = QCheckBox(DecisionDialog)
        self.makeTask.setObjectName(u"makeTask")

        self.form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.makeTask)

        self.linkTask = QCheckBox(DecisionDialog)
        self.linkTask.setObjectName(u"linkTask")

        self.form.setWidget(10, QFormLayout.ItemRole.FieldRole, self.linkTask)

        self.linkedTask = QComboBox(DecisionDialog)
        self.linkedTask.setObjectName(u"linkedTask")
        sizePolicy.setHeightForWidth(self.linkedTask.sizePolicy().hasHeightForWidth())
        self.linkedTask.setSizePolicy(sizePolicy)
        self.linkedTask.setEditable(True)
        self.linkedTask.setEnabled(False)

        self.form.setWidget(11, QFormLayout.ItemRole.FieldRole, self.linkedTask)


        self.layout.addLayout(self.form)

        self.error = QLabel(DecisionDialog)
        self.error.setObjectName(u"error")
        self.error.setWordWrap(True)

        self.layout.addWidget(self.error)

        self.buttons = QDialogButtonBox(DecisionDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.textLabel.setBuddy(self.text)
        self.titleLabel.setBuddy(self.title)
        self.leadLabel.setBuddy(self.lead)
        self.partnersLabel.setBuddy(self.partners)
        self.leaderLabel.setBuddy(self.leader)
        self.personLabel.setBuddy(self.person)
        self.sectionLabel.setBuddy(self.section)
        self.dueLabel.setBuddy(self.due)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.text, self.title)
        QWidget.setTabOrder(self.title, self.lead)
        QWidget.setTabOrder(self.lead, self.partners)
        QWidget.setTabOrder(self.partners, self.leader)
        QWidget.setTabOrder(self.leader, self.person)
        QWidget.setTabOrder(self.person, self.section)
        QWidget.setTabOrder(self.section, self.due)
        QWidget.setTabOrder(self.due, self.makeTask)
        QWidget.setTabOrder(self.makeTask, self.linkTask)
        QWidget.setTabOrder(self.linkTask, self.linkedTask)

        self.retranslateUi(DecisionDialog)

        QMetaObject.connectSlotsByName(DecisionDialog)
    # setupUi

    def retranslateUi(self, DecisionDialog):
        DecisionDialog.setWindowTitle(QCoreApplication.translate("DecisionDialog", u"\u8bae\u5b9a\u4e8b\u9879", None))
        self.textLabel.setText(QCoreApplication.translate("DecisionDialog", u"\u8bae\u5b9a\u4e8b\u9879", None))
        self.text.setPlaceholderText(QCoreApplication.translate("DecisionDialog", u"\u5982 \u52a0\u5feb\u63a8\u8fdb\u5eb7\u517b\u5c0f\u9547\u9879\u76ee\u524d\u671f\u5de5\u4f5c\uff0c7\u6708\u5e95\u524d\u5b8c\u6210\u53ef\u7814\u6279\u590d", None))
        self.titleLabel.setText(QCoreApplication.translate("DecisionDialog", u"\u4efb\u52a1\u7b80\u79f0", None))
        self.title.setPlaceholderText(QCoreApplication.translate("DecisionDialog", u"\u53f0\u8d26\u4e2d\u7684\u4efb\u52a1\u540d\u79f0\uff0c\u5982 \u5eb7\u517b\u5c0f\u9547\u53ef\u7814\u6279\u590d\uff08\u4e0d\u586b\u5219\u7528\u8bae\u5b9a\u4e8b\u9879\u539f\u6587\uff09", None))
        self.leadLabel.setText(QCoreApplication.translate("DecisionDialog", u"\u7275\u5934\u5355\u4f4d", None))
        self.partnersLabel.setText(QCoreApplication.translate("DecisionDialog", u"\u914d\u5408\u5355\u4f4d", None))
        self.partners.setPlaceholderText(QCoreApplication.translate("DecisionDialog", u"\u591a\u4e2a\u5355\u4f4d\u7528\u987f\u53f7\u5206\u9694\uff0c\u5982 \u5e02\u8d22\u653f\u5c40\u3001\u5e02\u6c11\u653f\u5c40", None))
        self.leaderLabel.setText(QCoreApplication.translate("DecisionDialog", u"\u8d23\u4efb\u9886\u5bfc", None))
        self.leader.setPlaceholderText(QCoreApplication.translate("DecisionDialog", u"\u5982 \u738b\u526f\u533a\u957f", None))
        self.personLabel.setText(QCoreApplication.translate("DecisionDialog", u"\u8d23\u4efb\u4eba", None))
        self.sectionLabel.setText(QCoreApplication.translate("DecisionDialog", u"\u677f\u5757", None))
        self.dueLabel.setText(QCoreApplication.translate("DecisionDialog", u"\u5b8c\u6210\u65f6\u9650", None))
        self.due.setPlaceholderText(QCoreApplication.translate("DecisionDialog", u"\u5982 7\u6708\u5e95\u524d\u30012024\u5e749\u670830\u65e5\u524d\u3001\u7b2c\u4e09\u5b63\u5ea6\u3001\u957f\u671f\u575a\u6301", None))
        self.dueHint.setStyleSheet(QCoreApplication.translate("DecisionDialog", u"color: #555;", None))
        self.makeTask.setText(QCoreApplication.translate("DecisionDialog", u"\u751f\u6210\u53f0\u8d26\u4efb\u52a1\uff08\u6765\u6e90\u4e3a\u672c\u6b21\u4f1a\u8bae\uff0c\u53ef\u5728\u4efb\u52a1\u53f0\u8d26\u4e2d\u8ddf\u8e2a\u4eae\u706f\uff09", None))
        self.linkTask.setText(QCoreApplication.translate("DecisionDialog", u"\u4e0e\u5df2\u6709\u4efb\u52a1\u5173\u8054\uff08\u53f0\u8d26\u4e2d\u5df2\u6709\u8fd9\u9879\u4efb\u52a1\uff0c\u4e0d\u53e6\u751f\u6210\uff09", None))
        self.error.setStyleSheet(QCoreApplication.translate("DecisionDialog", u"color: #c0392b;", None))
    # retranslateUi

