# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'task_source.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QGridLayout, QLabel,
    QLineEdit, QPlainTextEdit, QSizePolicy, QSpacerItem,
    QWidget)

class Ui_TaskSourceTab(object):
    def setupUi(self, TaskSourceTab):
        if not TaskSourceTab.objectName():
            TaskSourceTab.setObjectName(u"TaskSourceTab")
        TaskSourceTab.resize(640, 360)
        self.sourceLayout = QGridLayout(TaskSourceTab)
        self.sourceLayout.setObjectName(u"sourceLayout")
        self.sourceLayout.setHorizontalSpacing(10)
        self.sourceLayout.setVerticalSpacing(4)
        self.kindLabel = QLabel(TaskSourceTab)
        self.kindLabel.setObjectName(u"kindLabel")

        self.sourceLayout.addWidget(self.kindLabel, 0, 0, 1, 1)

        self.kind = QComboBox(TaskSourceTab)
        self.kind.setObjectName(u"kind")

        self.sourceLayout.addWidget(self.kind, 0, 1, 1, 1)

        self.docNoLabel = QLabel(TaskSourceTab)
        self.docNoLabel.setObjectName(u"docNoLabel")

        self.sourceLayout.addWidget(self.docNoLabel, 0, 2, 1, 1)

        self.docNo = QLineEdit(TaskSourceTab)
        self.docNo.setObjectName(u"docNo")

        self.sourceLayout.addWidget(self.docNo, 0, 3, 1, 1)

        self.leaderLabel = QLabel(TaskSourceTab)
        self.leaderLabel.setObjectName(u"leaderLabel")

        self.sourceLayout.addWidget(self.leaderLabel, 1, 0, 1, 1)

        self.leader = QLineEdit(TaskSourceTab)
        self.leader.setObjectName(u"leader")

        self.sourceLayout.addWidget(self.leader, 1, 1, 1, 1)

        self.dateLabel = QLabel(TaskSourceTab)
        self.dateLabel.setObjectName(u"dateLabel")

        self.sourceLayout.addWidget(self.dateLabel, 1, 2, 1, 1)

        self.date = QLineEdit(TaskSourceTab)
        self.date.setObjectName(u"date")

        self.sourceLayout.addWidget(self.date, 1, 3, 1, 1)

        self.instructionLabel = QLabel(TaskSourceTab)
        self.instructionLabel.setObjectName(u"instructionLabel")
        self.instructionLabel.setAlignment(Qt.AlignLeading|Qt.AlignTop)

        self.sourceLayout.addWidget(self.instructionLabel, 2, 0, 1, 1)

        self.instruction = QPlainTextEdit(TaskSourceTab)
        self.instruction.setObjectName(u"instruction")
        self.instruction.setMaximumSize(QSize(16777215, 96))
        self.instruction.setTabChangesFocus(True)

        self.sourceLayout.addWidget(self.instruction, 2, 1, 1, 3)

        self.error = QLabel(TaskSourceTab)
        self.error.setObjectName(u"error")
        self.error.setStyleSheet(u"color: #b3261e;")
        self.error.setWordWrap(True)

        self.sourceLayout.addWidget(self.error, 3, 1, 1, 3)

        self.noticesLabel = QLabel(TaskSourceTab)
        self.noticesLabel.setObjectName(u"noticesLabel")
        self.noticesLabel.setAlignment(Qt.AlignLeading|Qt.AlignTop)

        self.sourceLayout.addWidget(self.noticesLabel, 4, 0, 1, 1)

        self.notices = QLabel(TaskSourceTab)
        self.notices.setObjectName(u"notices")
        self.notices.setWordWrap(True)

        self.sourceLayout.addWidget(self.notices, 4, 1, 1, 3)

        self.sourceSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.sourceLayout.addItem(self.sourceSpacer, 5, 0, 1, 4)

#if QT_CONFIG(shortcut)
        self.kindLabel.setBuddy(self.kind)
        self.docNoLabel.setBuddy(self.docNo)
        self.leaderLabel.setBuddy(self.leader)
        self.dateLabel.setBuddy(self.date)
        self.instructionLabel.setBuddy(self.instruction)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.kind, self.docNo)
        QWidget.setTabOrder(self.docNo, self.leader)
        QWidget.setTabOrder(self.leader, self.date)
        QWidget.setTabOrder(self.date, self.instruction)

        self.retranslateUi(TaskSourceTab)

        QMetaObject.connectSlotsByName(TaskSourceTab)
    # setupUi

    def retranslateUi(self, TaskSourceTab):
        self.kindLabel.setText(QCoreApplication.translate("TaskSourceTab", u"\u4efb\u52a1\u6765\u6e90", None))
#if QT_CONFIG(tooltip)
        self.kind.setToolTip(QCoreApplication.translate("TaskSourceTab", u"\u5e74\u5ea6\u8ba1\u5212 / \u4f1a\u8bae\u8bae\u5b9a / \u9886\u5bfc\u6279\u793a / \u4e0a\u7ea7\u6587\u4ef6 / \u7763\u67e5\u53d1\u73b0", None))
#endif // QT_CONFIG(tooltip)
        self.docNoLabel.setText(QCoreApplication.translate("TaskSourceTab", u"\u6587\u53f7", None))
        self.docNo.setPlaceholderText(QCoreApplication.translate("TaskSourceTab", u"\u5982\u30142026\u301512\u53f7", None))
        self.leaderLabel.setText(QCoreApplication.translate("TaskSourceTab", u"\u6279\u793a\u9886\u5bfc", None))
        self.dateLabel.setText(QCoreApplication.translate("TaskSourceTab", u"\u6279\u793a\u65e5\u671f", None))
        self.date.setPlaceholderText(QCoreApplication.translate("TaskSourceTab", u"\u5982 2026-03-05", None))
        self.instructionLabel.setText(QCoreApplication.translate("TaskSourceTab", u"\u6279\u793a\u5185\u5bb9", None))
        self.noticesLabel.setText(QCoreApplication.translate("TaskSourceTab", u"\u5df2\u53d1\u901a\u77e5", None))
        self.notices.setText(QCoreApplication.translate("TaskSourceTab", u"\uff08\u65e0\uff09", None))
        pass
    # retranslateUi

