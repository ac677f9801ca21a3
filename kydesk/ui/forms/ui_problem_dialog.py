# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'problem_dialog.ui'
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
    QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit,
    QPushButton, QSizePolicy, QSpacerItem, QWidget)

class Ui_ProblemDialog(object):
    def setupUi(self, ProblemDialog):
        if not ProblemDialog.objectName():
            ProblemDialog.setObjectName(u"ProblemDialog")
        ProblemDialog.resize(600, 520)
        self.rootLayout = QGridLayout(ProblemDialog)
        self.rootLayout.setObjectName(u"rootLayout")
        self.rootLayout.setVerticalSpacing(4)
        self.textLabel = QLabel(ProblemDialog)
        self.textLabel.setObjectName(u"textLabel")
        self.textLabel.setAlignment(Qt.AlignLeading|Qt.AlignTop)

        self.rootLayout.addWidget(self.textLabel, 0, 0, 1, 1)

        self.text = QPlainTextEdit(ProblemDialog)
        self.text.setObjectName(u"text")
        self.text.setMaximumSize(QSize(16777215, 70))
        self.text.setTabChangesFocus(True)

        self.rootLayout.addWidget(self.text, 0, 1, 1, 1)

        self.textError = QLabel(ProblemDialog)
        self.textError.setObjectName(u"textError")
        self.textError.setStyleSheet(u"color: #b3261e;")
        self.textError.setWordWrap(True)

        self.rootLayout.addWidget(self.textError, 1, 1, 1, 1)

        self.sourceLabel = QLabel(ProblemDialog)
        self.sourceLabel.setObjectName(u"sourceLabel")

        self.rootLayout.addWidget(self.sourceLabel, 2, 0, 1, 1)

        self.source = QComboBox(ProblemDialog)
        self.source.addItem("")
        self.source.addItem("")
        self.source.addItem("")
        self.source.addItem("")
        self.source.addItem("")
        self.source.addItem("")
        self.source.setObjectName(u"source")
        self.source.setEditable(True)

        self.rootLayout.addWidget(self.source, 2, 1, 1, 1)

        self.unitLabel = QLabel(ProblemDialog)
        self.unitLabel.setObjectName(u"unitLabel")

        self.rootLayout.addWidget(self.unitLabel, 3, 0, 1, 1)

        self.unit = QComboBox(ProblemDialog)
        self.unit.setObjectName(u"unit")
        self.unit.setEditable(True)

        self.rootLayout.addWidget(self.unit, 3, 1, 1, 1)

        self.unitError = QLabel(ProblemDialog)
        self.unitError.setObjectName(u"unitError")
        self.unitError.setStyleSheet(u"color: #b3261e;")
        self.unitError.setWordWrap(True)

        self.rootLayout.addWidget(self.unitError, 4, 1, 1, 1)

        self.partnersLabel = QLabel(ProblemDialog)
        self.partnersLabel.setObjectName(u"partnersLabel")

        self.rootLayout.addWidget(self.partnersLabel, 5, 0, 1, 1)

        self.partners = QLineEdit(ProblemDialog)
        self.partners.setObjectName(u"partners")

        self.rootLayout.addWidget(self.partners, 5, 1, 1, 1)

        self.measuresLabel = QLabel(ProblemDialog)
        self.measuresLabel.setObjectName(u"measuresLabel")
        self.measuresLabel.setAlignment(Qt.AlignLeading|Qt.AlignTop)

        self.rootLayout.addWidget(self.measuresLabel, 6, 0, 1, 1)

        self.measures = QPlainTextEdit(ProblemDialog)
        self.measures.setObjectName(u"measures")
        self.measures.setMaximumSize(QSize(16777215, 80))
        self.measures.setTabChangesFocus(True)

        self.rootLayout.addWidget(self.measures, 6, 1, 1, 1)

        self.dueLabel = QLabel(ProblemDialog)
        self.dueLabel.setObjectName(u"dueLabel")

        self.rootLayout.addWidget(self.dueLabel, 7, 0, 1, 1)

        self.due = QLineEdit(ProblemDialog)
        self.due.setObjectName(u"due")

        self.rootLayout.addWidget(self.due, 7, 1, 1, 1)

        self.dueResolved = QLabel(ProblemDialog)
        self.dueResolved.setObjectName(u"dueResolved")
        self.dueResolved.setStyleSheet(u"color: #1e6b3a;")
        self.dueResolved.setWordWrap(True)

        self.rootLayout.addWidget(self.dueResolved, 8, 1, 1, 1)

        self.dueError = QLabel(ProblemDialog)
        self.dueError.setObjectName(u"dueError")
        self.dueError.setStyleSheet(u"color: #b3261e;")
        self.dueError.setWordWrap(True)

        self.rootLayout.addWidget(self.dueError, 9, 1, 1, 1)

        self.leaderLabel = QLabel(ProblemDialog)
        self.leaderLabel.setObjectName(u"leaderLabel")

        self.rootLayout.addWidget(self.leaderLabel, 10, 0, 1, 1)

        self.leader = QLineEdit(ProblemDialog)
        self.leader.setObjectName(u"leader")

        self.rootLayout.addWidget(self.leader, 10, 1, 1, 1)

        self.personLabel = QLabel(ProblemDialog)
        self.personLabel.setObjectName(u"personLabel")

        self.rootLayout.addWidget(self.personLabel, 11, 0, 1, 1)

        self.person = QLineEdit(ProblemDialog)
        self.person.setObjectName(u"person")

        self.rootLayout.addWidget(self.person, 11, 1, 1, 1)

        self.error = QLabel(ProblemDialog)
        self.error.setObjectName(u"error")
        self.error.setStyleSheet(u"color: #b3261e;")
        self.error.setWordWrap(True)

        self.rootLayout.addWidget(self.error, 12, 0, 1, 2)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.buttonSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.okButton = QPushButton(ProblemDialog)
        self.okButton.setObjectName(u"okButton")

        self.buttonRow.addWidget(self.okButton)

        self.cancelButton = QPushButton(ProblemDialog)
        self.cancelButton.setObjectName(u"cancelButton")
        self.cancelButton.setAutoDefault(False)

        self.buttonRow.addWidget(self.cancelButton)


        self.rootLayout.addLayout(self.buttonRow, 13, 0, 1, 2)

#if QT_CONFIG(shortcut)
        self.textLabel.setBuddy(self.text)
        self.sourceLabel.setBuddy(self.source)
        self.unitLabel.setBuddy(self.unit)
        self.partnersLabel.setBuddy(self.partners)
        self.measuresLabel.setBuddy(self.measures)
        self.dueLabel.setBuddy(self.due)
        self.leaderLabel.setBuddy(self.leader)
        self.personLabel.setBuddy(self.person)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.text, self.source)
        QWidget.setTabOrder(self.source, self.unit)
        QWidget.setTabOrder(self.unit, self.partners)
        QWidget.setTabOrder(self.partners, self.measures)
        QWidget.setTabOrder(self.measures, self.due)
        QWidget.setTabOrder(self.due, self.leader)
        QWidget.setTabOrder(self.leader, self.person)
        QWidget.setTabOrder(self.person, self.okButton)
        QWidget.setTabOrder(self.okButton, self.cancelButton)

        self.retranslateUi(ProblemDialog)

        self.okButton.setDefault(True)


        QMetaObject.connectSlotsByName(ProblemDialog)
    # setupUi

    def retranslateUi(self, ProblemDialog):
        ProblemDialog.setWindowTitle(QCoreApplication.translate("ProblemDialog", u"\u95ee\u9898", None))
        self.textLabel.setText(QCoreApplication.translate("ProblemDialog", u"\u5b58\u5728\u95ee\u9898 *", None))
        self.text.setPlaceholderText(QCoreApplication.translate("ProblemDialog", u"\u5982\uff1a\u5eb7\u517b\u9879\u76ee\u7528\u5730\u6307\u6807\u7d27\u5f20\uff0c\u4e8c\u671f\u7528\u5730\u62a5\u6279\u6ede\u540e", None))
        self.sourceLabel.setText(QCoreApplication.translate("ProblemDialog", u"\u95ee\u9898\u6765\u6e90", None))
        self.source.setItemText(0, "")
        self.source.setItemText(1, QCoreApplication.translate("ProblemDialog", u"\u63a8\u8fdb\u4f1a", None))
        self.source.setItemText(2, QCoreApplication.translate("ProblemDialog", u"\u7763\u67e5", None))
        self.source.setItemText(3, QCoreApplication.translate("ProblemDialog", u"\u8c03\u7814", None))
        self.source.setItemText(4, QCoreApplication.translate("ProblemDialog", u"\u4e0a\u7ea7\u53cd\u9988", None))
        self.source.setItemText(5, QCoreApplication.translate("ProblemDialog", u"\u7fa4\u4f17\u53cd\u6620", None))

        self.unitLabel.setText(QCoreApplication.translate("ProblemDialog", u"\u7275\u5934\u5355\u4f4d *", None))
        self.partnersLabel.setText(QCoreApplication.translate("ProblemDialog", u"\u914d\u5408\u5355\u4f4d", None))
        self.partners.setPlaceholderText(QCoreApplication.translate("ProblemDialog", u"\u591a\u4e2a\u5355\u4f4d\u7528\u987f\u53f7\u6216\u9017\u53f7\u5206\u9694", None))
        self.measuresLabel.setText(QCoreApplication.translate("ProblemDialog", u"\u6574\u6539\u63aa\u65bd", None))
        self.dueLabel.setText(QCoreApplication.translate("ProblemDialog", u"\u6574\u6539\u65f6\u9650", None))
        self.due.setPlaceholderText(QCoreApplication.translate("ProblemDialog", u"\u65e5\u671f\u6216\u201c9\u6708\u5e95\u524d\u201d\u201c\u7b2c\u56db\u5b63\u5ea6\u201d\u201c\u957f\u671f\u575a\u6301\u201d\u7b49", None))
        self.leaderLabel.setText(QCoreApplication.translate("ProblemDialog", u"\u8d23\u4efb\u9886\u5bfc", None))
        self.personLabel.setText(QCoreApplication.translate("ProblemDialog", u"\u8d23\u4efb\u4eba", None))
        self.okButton.setText(QCoreApplication.translate("ProblemDialog", u"\u4fdd\u5b58", None))
        self.cancelButton.setText(QCoreApplication.translate("ProblemDialog", u"\u53d6\u6d88", None))
    # retranslateUi

