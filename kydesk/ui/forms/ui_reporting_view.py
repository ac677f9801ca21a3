# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'reporting_view.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QPlainTextEdit,
    QProgressBar, QPushButton, QSizePolicy, QSpacerItem,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_ReportingView(object):
    def setupUi(self, ReportingView):
        if not ReportingView.objectName():
            ReportingView.setObjectName(u"ReportingView")
        ReportingView.resize(1000, 640)
        self.layout = QVBoxLayout(ReportingView)
        self.layout.setObjectName(u"layout")
        self.toolbar = QHBoxLayout()
        self.toolbar.setObjectName(u"toolbar")
        self.periodLabel = QLabel(ReportingView)
        self.periodLabel.setObjectName(u"periodLabel")

        self.toolbar.addWidget(self.periodLabel)

        self.period = QLineEdit(ReportingView)
        self.period.setObjectName(u"period")
        self.period.setMaximumWidth(110)

        self.toolbar.addWidget(self.period)

        self.refreshButton = QPushButton(ReportingView)
        self.refreshButton.setObjectName(u"refreshButton")

        self.toolbar.addWidget(self.refreshButton)

        self.dueLabel = QLabel(ReportingView)
        self.dueLabel.setObjectName(u"dueLabel")

        self.toolbar.addWidget(self.dueLabel)

        self.spacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.toolbar.addItem(self.spacer)

        self.makeButton = QPushButton(ReportingView)
        self.makeButton.setObjectName(u"makeButton")

        self.toolbar.addWidget(self.makeButton)

        self.collectButton = QPushButton(ReportingView)
        self.collectButton.setObjectName(u"collectButton")

        self.toolbar.addWidget(self.collectButton)

        self.printButton = QPushButton(ReportingView)
        self.printButton.setObjectName(u"printButton")

        self.toolbar.addWidget(self.printButton)


        self.layout.addLayout(self.toolbar)

        self.settingsRow = QHBoxLayout()
        self.settingsRow.setObjectName(u"settingsRow")
        self.cycleLabel = QLabel(ReportingView)
        self.cycleLabel.setObjectName(u"cycleLabel")

        self.settingsRow.addWidget(self.cycleLabel)

        self.cycle = QComboBox(ReportingView)
        self.cycle.setObjectName(u"cycle")
        self.cycle.setEditable(True)
        self.cycle.setMinimumWidth(140)

        self.settingsRow.addWidget(self.cycle)

        self.contactLabel = QLabel(ReportingView)
        self.contactLabel.setObjectName(u"contactLabel")

        self.settingsRow.addWidget(self.contactLabel)

        self.contact = QLineEdit(ReportingView)
        self.contact.setObjectName(u"contact")

        self.settingsRow.addWidget(self.contact)

        self.saveCycleButton = QPushButton(ReportingView)
        self.saveCycleButton.setObjectName(u"saveCycleButton")

        self.settingsRow.addWidget(self.saveCycleButton)


        self.layout.addLayout(self.settingsRow)

        self.summary = QLabel(ReportingView)
        self.summary.setObjectName(u"summary")
        self.summary.setWordWrap(True)

        self.layout.addWidget(self.summary)

        self.table = QTableWidget(ReportingView)
        self.table.setObjectName(u"table")
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setAlternatingRowColors(True)

        self.layout.addWidget(self.table)

        self.reminderLabel = QLabel(ReportingView)
        self.reminderLabel.setObjectName(u"reminderLabel")

        self.layout.addWidget(self.reminderLabel)

        self.reminderRow = QHBoxLayout()
        self.reminderRow.setObjectName(u"reminderRow")
        self.reminder = QPlainTextEdit(ReportingView)
        self.reminder.setObjectName(u"reminder")
        self.reminder.setReadOnly(True)
        self.reminder.setMaximumHeight(70)

        self.reminderRow.addWidget(self.reminder)

        self.copyButton = QPushButton(ReportingView)
        self.copyButton.setObjectName(u"copyButton")

        self.reminderRow.addWidget(self.copyButton)


        self.layout.addLayout(self.reminderRow)

        self.footer = QHBoxLayout()
        self.footer.setObjectName(u"footer")
        self.message = QLabel(ReportingView)
        self.message.setObjectName(u"message")

        self.footer.addWidget(self.message)

        self.progress = QProgressBar(ReportingView)
        self.progress.setObjectName(u"progress")
        self.progress.setMaximumWidth(220)

        self.footer.addWidget(self.progress)

        self.cancelButton = QPushButton(ReportingView)
        self.cancelButton.setObjectName(u"cancelButton")

        self.footer.addWidget(self.cancelButton)

        self.folderButton = QPushButton(ReportingView)
        self.folderButton.setObjectName(u"folderButton")

        self.footer.addWidget(self.folderButton)


        self.layout.addLayout(self.footer)

#if QT_CONFIG(shortcut)
        self.periodLabel.setBuddy(self.period)
        self.cycleLabel.setBuddy(self.cycle)
        self.contactLabel.setBuddy(self.contact)
        self.reminderLabel.setBuddy(self.reminder)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.period, self.refreshButton)
        QWidget.setTabOrder(self.refreshButton, self.makeButton)
        QWidget.setTabOrder(self.makeButton, self.collectButton)
        QWidget.setTabOrder(self.collectButton, self.printButton)
        QWidget.setTabOrder(self.printButton, self.cycle)
        QWidget.setTabOrder(self.cycle, self.contact)
        QWidget.setTabOrder(self.contact, self.saveCycleButton)
        QWidget.setTabOrder(self.saveCycleButton, self.table)
        QWidget.setTabOrder(self.table, self.reminder)
        QWidget.setTabOrder(self.reminder, self.copyButton)

        self.retranslateUi(ReportingView)

        QMetaObject.connectSlotsByName(ReportingView)
    # setupUi

    def retranslateUi(self, ReportingView):
        self.periodLabel.setText(QCoreApplication.translate("ReportingView", u"\u586b\u62a5\u671f\uff1a", None))
        self.period.setPlaceholderText(QCoreApplication.translate("ReportingView", u"2026-12", None))
#if QT_CONFIG(tooltip)
        self.period.setToolTip(QCoreApplication.translate("ReportingView", u"\u586b\u62a5\u6708\u4efd\uff0c\u5199\u6210 YYYY-MM", None))
#endif // QT_CONFIG(tooltip)
        self.refreshButton.setText(QCoreApplication.translate("ReportingView", u"\u67e5\u770b\u62a5\u9001\u60c5\u51b5", None))
        self.dueLabel.setText("")
        self.makeButton.setText(QCoreApplication.translate("ReportingView", u"\u751f\u6210\u586b\u62a5\u8868\u2026", None))
#if QT_CONFIG(tooltip)
        self.makeButton.setToolTip(QCoreApplication.translate("ReportingView", u"\u4e3a\u5404\u5355\u4f4d\u751f\u6210\u672c\u671f\u8fdb\u5c55\u586b\u62a5\u8868\uff08Excel\uff09\uff0c\u53d1\u7ed9\u5404\u5355\u4f4d\u586b\u5199", None))
#endif // QT_CONFIG(tooltip)
        self.collectButton.setText(QCoreApplication.translate("ReportingView", u"\u6536\u53d6\u586b\u62a5\u8868\u2026", None))
#if QT_CONFIG(tooltip)
        self.collectButton.setToolTip(QCoreApplication.translate("ReportingView", u"\u6536\u53d6\u5404\u5355\u4f4d\u4ea4\u56de\u7684\u586b\u62a5\u8868\uff1a\u5148\u9884\u89c8\uff0c\u786e\u8ba4\u540e\u8bb0\u5f55\u8fdb\u5c55\uff08\u4e5f\u53ef\u628a\u8868\u683c\u62d6\u5230\u7a97\u53e3\u4e0a\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.printButton.setText(QCoreApplication.translate("ReportingView", u"\u6253\u5370\u6e05\u5355\u2026", None))
#if QT_CONFIG(tooltip)
        self.printButton.setToolTip(QCoreApplication.translate("ReportingView", u"\u62a5\u9001\u60c5\u51b5\u6e05\u5355\uff08PDF \u6216 Excel\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.cycleLabel.setText(QCoreApplication.translate("ReportingView", u"\u62a5\u9001\u5468\u671f\uff1a", None))
#if QT_CONFIG(tooltip)
        self.cycle.setToolTip(QCoreApplication.translate("ReportingView", u"\u6bcf\u6708N\u65e5\u524d\u3001\u6bcf\u5468X \u6216 \u6bcf\u6b21\u63a8\u8fdb\u4f1a\u524d\uff1b\u622a\u6b62\u65e5\u9047\u8282\u5047\u65e5\u987a\u5ef6\u5230\u4e0b\u4e00\u4e2a\u5de5\u4f5c\u65e5", None))
#endif // QT_CONFIG(tooltip)
        self.contactLabel.setText(QCoreApplication.translate("ReportingView", u"\u586b\u62a5\u8868\u8054\u7cfb\u4eba\uff1a", None))
        self.contact.setPlaceholderText(QCoreApplication.translate("ReportingView", u"\u4e13\u73ed\u529e\u516c\u5ba4 \u5f20\u534e 0914-1234567", None))
        self.saveCycleButton.setText(QCoreApplication.translate("ReportingView", u"\u4fdd\u5b58", None))
        self.summary.setText("")
        self.reminderLabel.setText(QCoreApplication.translate("ReportingView", u"\u50ac\u62a5\u901a\u77e5\uff08\u53ef\u590d\u5236\u5230\u5fae\u4fe1\u6216\u77ed\u4fe1\uff09\uff1a", None))
        self.copyButton.setText(QCoreApplication.translate("ReportingView", u"\u590d\u5236", None))
#if QT_CONFIG(tooltip)
        self.copyButton.setToolTip(QCoreApplication.translate("ReportingView", u"\u590d\u5236\u50ac\u62a5\u901a\u77e5", None))
#endif // QT_CONFIG(tooltip)
        self.message.setText("")
        self.cancelButton.setText(QCoreApplication.translate("ReportingView", u"\u53d6\u6d88", None))
        self.folderButton.setText(QCoreApplication.translate("ReportingView", u"\u5728\u6587\u4ef6\u5939\u4e2d\u663e\u793a", None))
        pass
    # retranslateUi

