# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'task_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QDialog,
    QGridLayout, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPlainTextEdit, QPushButton, QSizePolicy,
    QSpacerItem, QSpinBox, QTabWidget, QToolButton,
    QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget)

from kydesk.ui.widgets.evidence_panel import EvidencePanel

class Ui_TaskDialog(object):
    def setupUi(self, TaskDialog):
        if not TaskDialog.objectName():
            TaskDialog.setObjectName(u"TaskDialog")
        TaskDialog.resize(760, 540)
        self.rootLayout = QVBoxLayout(TaskDialog)
        self.rootLayout.setObjectName(u"rootLayout")
        self.tabs = QTabWidget(TaskDialog)
        self.tabs.setObjectName(u"tabs")
        self.infoTab = QWidget()
        self.infoTab.setObjectName(u"infoTab")
        self.infoLayout = QGridLayout(self.infoTab)
        self.infoLayout.setObjectName(u"infoLayout")
        self.infoLayout.setHorizontalSpacing(10)
        self.infoLayout.setVerticalSpacing(4)
        self.sectionLabel = QLabel(self.infoTab)
        self.sectionLabel.setObjectName(u"sectionLabel")

        self.infoLayout.addWidget(self.sectionLabel, 0, 0, 1, 1)

        self.section = QComboBox(self.infoTab)
        self.section.setObjectName(u"section")
        self.section.setEditable(True)

        self.infoLayout.addWidget(self.section, 0, 1, 1, 3)

        self.titleLabel = QLabel(self.infoTab)
        self.titleLabel.setObjectName(u"titleLabel")

        self.infoLayout.addWidget(self.titleLabel, 1, 0, 1, 1)

        self.title = QLineEdit(self.infoTab)
        self.title.setObjectName(u"title")

        self.infoLayout.addWidget(self.title, 1, 1, 1, 3)

        self.titleError = QLabel(self.infoTab)
        self.titleError.setObjectName(u"titleError")
        self.titleError.setStyleSheet(u"color: #b3261e;")
        self.titleError.setWordWrap(True)

        self.infoLayout.addWidget(self.titleError, 2, 1, 1, 3)

        self.targetLabel = QLabel(self.infoTab)
        self.targetLabel.setObjectName(u"targetLabel")
        self.targetLabel.setAlignment(Qt.AlignLeading|Qt.AlignTop)

        self.infoLayout.addWidget(self.targetLabel, 3, 0, 1, 1)

        self.target = QPlainTextEdit(self.infoTab)
        self.target.setObjectName(u"target")
        self.target.setMaximumSize(QSize(16777215, 72))
        self.target.setTabChangesFocus(True)

        self.infoLayout.addWidget(self.target, 3, 1, 1, 3)

        self.leadUnitLabel = QLabel(self.infoTab)
        self.leadUnitLabel.setObjectName(u"leadUnitLabel")

        self.infoLayout.addWidget(self.leadUnitLabel, 4, 0, 1, 1)

        self.leadUnit = QComboBox(self.infoTab)
        self.leadUnit.setObjectName(u"leadUnit")
        self.leadUnit.setEditable(True)

        self.infoLayout.addWidget(self.leadUnit, 4, 1, 1, 3)

        self.leadUnitError = QLabel(self.infoTab)
        self.leadUnitError.setObjectName(u"leadUnitError")
        self.leadUnitError.setStyleSheet(u"color: #b3261e;")
        self.leadUnitError.setWordWrap(True)

        self.infoLayout.addWidget(self.leadUnitError, 5, 1, 1, 3)

        self.partnerUnitsLabel = QLabel(self.infoTab)
        self.partnerUnitsLabel.setObjectName(u"partnerUnitsLabel")

        self.infoLayout.addWidget(self.partnerUnitsLabel, 6, 0, 1, 1)

        self.partnerUnits = QLineEdit(self.infoTab)
        self.partnerUnits.setObjectName(u"partnerUnits")

        self.infoLayout.addWidget(self.partnerUnits, 6, 1, 1, 2)

        self.partnerPick = QToolButton(self.infoTab)
        self.partnerPick.setObjectName(u"partnerPick")
        self.partnerPick.setPopupMode(QToolButton.InstantPopup)

        self.infoLayout.addWidget(self.partnerPick, 6, 3, 1, 1)

        self.partnerUnitsError = QLabel(self.infoTab)
        self.partnerUnitsError.setObjectName(u"partnerUnitsError")
        self.partnerUnitsError.setStyleSheet(u"color: #b3261e;")
        self.partnerUnitsError.setWordWrap(True)

        self.infoLayout.addWidget(self.partnerUnitsError, 7, 1, 1, 3)

        self.leaderLabel = QLabel(self.infoTab)
        self.leaderLabel.setObjectName(u"leaderLabel")

        self.infoLayout.addWidget(self.leaderLabel, 8, 0, 1, 1)

        self.leader = QComboBox(self.infoTab)
        self.leader.setObjectName(u"leader")
        self.leader.setEditable(True)

        self.infoLayout.addWidget(self.leader, 8, 1, 1, 1)

        self.personLabel = QLabel(self.infoTab)
        self.personLabel.setObjectName(u"personLabel")

        self.infoLayout.addWidget(self.personLabel, 8, 2, 1, 1)

        self.person = QComboBox(self.infoTab)
        self.person.setObjectName(u"person")
        self.person.setEditable(True)

        self.infoLayout.addWidget(self.person, 8, 3, 1, 1)

        self.startLabel = QLabel(self.infoTab)
        self.startLabel.setObjectName(u"startLabel")

        self.infoLayout.addWidget(self.startLabel, 9, 0, 1, 1)

        self.start = QLineEdit(self.infoTab)
        self.start.setObjectName(u"start")

        self.infoLayout.addWidget(self.start, 9, 1, 1, 1)

        self.keyLabel = QLabel(self.infoTab)
        self.keyLabel.setObjectName(u"keyLabel")

        self.infoLayout.addWidget(self.keyLabel, 15, 0, 1, 1)

        self.key = QCheckBox(self.infoTab)
        self.key.setObjectName(u"key")

        self.infoLayout.addWidget(self.key, 15, 1, 1, 3)

        self.startError = QLabel(self.infoTab)
        self.startError.setObjectName(u"startError")
        self.startError.setStyleSheet(u"color: #b3261e;")
        self.startError.setWordWrap(True)

        self.infoLayout.addWidget(self.startError, 10, 1, 1, 3)

        self.dueLabel = QLabel(self.infoTab)
        self.dueLabel.setObjectName(u"dueLabel")

        self.infoLayout.addWidget(self.dueLabel, 11, 0, 1, 1)

        self.due = QLineEdit(self.infoTab)
        self.due.setObjectName(u"due")

        self.infoLayout.addWidget(self.due, 11, 1, 1, 1)

        self.dueResolved = QLabel(self.infoTab)
        self.dueResolved.setObjectName(u"dueResolved")
        self.dueResolved.setStyleSheet(u"color: #1e6b3a;")
        self.dueResolved.setWordWrap(True)

        self.infoLayout.addWidget(self.dueResolved, 11, 2, 1, 2)

        self.dueError = QLabel(self.infoTab)
        self.dueError.setObjectName(u"dueError")
        self.dueError.setStyleSheet(u"color: #b3261e;")
        self.dueError.setWordWrap(True)

        self.infoLayout.addWidget(self.dueError, 12, 1, 1, 3)

        self.statusLabel = QLabel(self.infoTab)
        self.statusLabel.setObjectName(u"statusLabel")

        self.infoLayout.addWidget(self.statusLabel, 13, 0, 1, 1)

        self.status = QComboBox(self.infoTab)
        self.status.setObjectName(u"status")

        self.infoLayout.addWidget(self.status, 13, 1, 1, 1)

        self.percentLabel = QLabel(self.infoTab)
        self.percentLabel.setObjectName(u"percentLabel")

        self.infoLayout.addWidget(self.percentLabel, 13, 2, 1, 1)

        self.percent = QSpinBox(self.infoTab)
        self.percent.setObjectName(u"percent")
        self.percent.setMaximum(100)
        self.percent.setSingleStep(5)

        self.infoLayout.addWidget(self.percent, 13, 3, 1, 1)

        self.statusError = QLabel(self.infoTab)
        self.statusError.setObjectName(u"statusError")
        self.statusError.setStyleSheet(u"color: #b3261e;")
        self.statusError.setWordWrap(True)

        self.infoLayout.addWidget(self.statusError, 14, 1, 1, 3)

        self.infoSpacer = QSpacerItem(10, 4, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.infoLayout.addItem(self.infoSpacer, 16, 0, 1, 4)

        self.tabs.addTab(self.infoTab, "")
        self.historyTab = QWidget()
        self.historyTab.setObjectName(u"historyTab")
        self.historyLayout = QVBoxLayout(self.historyTab)
        self.historyLayout.setObjectName(u"historyLayout")
        self.timeline = QTreeWidget(self.historyTab)
        self.timeline.setObjectName(u"timeline")
        self.timeline.setRootIsDecorated(False)
        self.timeline.setWordWrap(True)
        self.timeline.setUniformRowHeights(False)

        self.historyLayout.addWidget(self.timeline)

        self.historyButtons = QHBoxLayout()
        self.historyButtons.setObjectName(u"historyButtons")
        self.progressButton = QPushButton(self.historyTab)
        self.progressButton.setObjectName(u"progressButton")

        self.historyButtons.addWidget(self.progressButton)

        self.postponeButton = QPushButton(self.historyTab)
        self.postponeButton.setObjectName(u"postponeButton")

        self.historyButtons.addWidget(self.postponeButton)

        self.historySpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.historyButtons.addItem(self.historySpacer)


        self.historyLayout.addLayout(self.historyButtons)

        self.tabs.addTab(self.historyTab, "")
        self.evidenceTab = EvidencePanel()
        self.evidenceTab.setObjectName(u"evidenceTab")
        self.tabs.addTab(self.evidenceTab, "")
        self.auditTab = QWidget()
        self.auditTab.setObjectName(u"auditTab")
        self.auditLayout = QVBoxLayout(self.auditTab)
        self.auditLayout.setObjectName(u"auditLayout")
        self.audit = QTreeWidget(self.auditTab)
        self.audit.setObjectName(u"audit")
        self.audit.setRootIsDecorated(False)
        self.audit.setWordWrap(True)

        self.auditLayout.addWidget(self.audit)

        self.tabs.addTab(self.auditTab, "")

        self.rootLayout.addWidget(self.tabs)

        self.generalError = QLabel(TaskDialog)
        self.generalError.setObjectName(u"generalError")
        self.generalError.setStyleSheet(u"color: #b3261e;")
        self.generalError.setWordWrap(True)

        self.rootLayout.addWidget(self.generalError)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.doneButton = QPushButton(TaskDialog)
        self.doneButton.setObjectName(u"doneButton")
        self.doneButton.setAutoDefault(False)

        self.buttonRow.addWidget(self.doneButton)

        self.reopenButton = QPushButton(TaskDialog)
        self.reopenButton.setObjectName(u"reopenButton")
        self.reopenButton.setAutoDefault(False)

        self.buttonRow.addWidget(self.reopenButton)

        self.deleteButton = QPushButton(TaskDialog)
        self.deleteButton.setObjectName(u"deleteButton")
        self.deleteButton.setAutoDefault(False)

        self.buttonRow.addWidget(self.deleteButton)

        self.savedHint = QLabel(TaskDialog)
        self.savedHint.setObjectName(u"savedHint")
        self.savedHint.setStyleSheet(u"color: #5f6368;")

        self.buttonRow.addWidget(self.savedHint)

        self.buttonSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.addButton = QPushButton(TaskDialog)
        self.addButton.setObjectName(u"addButton")

        self.buttonRow.addWidget(self.addButton)

        self.closeButton = QPushButton(TaskDialog)
        self.closeButton.setObjectName(u"closeButton")
        self.closeButton.setAutoDefault(False)

        self.buttonRow.addWidget(self.closeButton)


        self.rootLayout.addLayout(self.buttonRow)

#if QT_CONFIG(shortcut)
        self.sectionLabel.setBuddy(self.section)
        self.titleLabel.setBuddy(self.title)
        self.targetLabel.setBuddy(self.target)
        self.leadUnitLabel.setBuddy(self.leadUnit)
        self.partnerUnitsLabel.setBuddy(self.partnerUnits)
        self.leaderLabel.setBuddy(self.leader)
        self.personLabel.setBuddy(self.person)
        self.startLabel.setBuddy(self.start)
        self.keyLabel.setBuddy(self.key)
        self.dueLabel.setBuddy(self.due)
        self.statusLabel.setBuddy(self.status)
        self.percentLabel.setBuddy(self.percent)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.section, self.title)
        QWidget.setTabOrder(self.title, self.target)
        QWidget.setTabOrder(self.target, self.leadUnit)
        QWidget.setTabOrder(self.leadUnit, self.partnerUnits)
        QWidget.setTabOrder(self.partnerUnits, self.partnerPick)
        QWidget.setTabOrder(self.partnerPick, self.leader)
        QWidget.setTabOrder(self.leader, self.person)
        QWidget.setTabOrder(self.person, self.start)
        QWidget.setTabOrder(self.start, self.due)
        QWidget.setTabOrder(self.due, self.status)
        QWidget.setTabOrder(self.status, self.percent)
        QWidget.setTabOrder(self.percent, self.key)
        QWidget.setTabOrder(self.key, self.addButton)
        QWidget.setTabOrder(self.addButton, self.closeButton)

        self.retranslateUi(TaskDialog)

        self.tabs.setCurrentIndex(0)
        self.addButton.setDefault(True)


        QMetaObject.connectSlotsByName(TaskDialog)
    # setupUi

    def retranslateUi(self, TaskDialog):
        TaskDialog.setWindowTitle(QCoreApplication.translate("TaskDialog", u"\u4efb\u52a1", None))
        self.sectionLabel.setText(QCoreApplication.translate("TaskDialog", u"\u6240\u5c5e\u677f\u5757", None))
#if QT_CONFIG(tooltip)
        self.section.setToolTip(QCoreApplication.translate("TaskDialog", u"\u5982\u201c\u4e00\u3001\u89c4\u5212\u63d0\u5347\u5de5\u4f5c\u201d\uff1b\u53ef\u9009\u5df2\u6709\u677f\u5757\u6216\u8f93\u5165\u65b0\u7684", None))
#endif // QT_CONFIG(tooltip)
        self.titleLabel.setText(QCoreApplication.translate("TaskDialog", u"\u4efb\u52a1\u540d\u79f0 *", None))
        self.targetLabel.setText(QCoreApplication.translate("TaskDialog", u"\u76ee\u6807\u4efb\u52a1", None))
        self.leadUnitLabel.setText(QCoreApplication.translate("TaskDialog", u"\u7275\u5934\u5355\u4f4d", None))
#if QT_CONFIG(tooltip)
        self.leadUnit.setToolTip(QCoreApplication.translate("TaskDialog", u"\u4ece\u5355\u4f4d\u5217\u8868\u9009\u62e9\uff0c\u6216\u8f93\u5165\u65b0\u7684\u5355\u4f4d\u540d\u79f0", None))
#endif // QT_CONFIG(tooltip)
        self.partnerUnitsLabel.setText(QCoreApplication.translate("TaskDialog", u"\u914d\u5408\u5355\u4f4d", None))
        self.partnerUnits.setPlaceholderText(QCoreApplication.translate("TaskDialog", u"\u591a\u4e2a\u5355\u4f4d\u7528\u987f\u53f7\u201c\u3001\u201d\u5206\u9694", None))
        self.partnerPick.setText(QCoreApplication.translate("TaskDialog", u"\u9009\u62e9\u2026", None))
        self.leaderLabel.setText(QCoreApplication.translate("TaskDialog", u"\u8d23\u4efb\u9886\u5bfc", None))
        self.personLabel.setText(QCoreApplication.translate("TaskDialog", u"\u8d23\u4efb\u4eba", None))
        self.startLabel.setText(QCoreApplication.translate("TaskDialog", u"\u5f00\u59cb\u65e5\u671f", None))
        self.start.setPlaceholderText(QCoreApplication.translate("TaskDialog", u"\u5982 2024-03-01\uff0c\u53ef\u4e0d\u586b", None))
        self.keyLabel.setText(QCoreApplication.translate("TaskDialog", u"\u91cd\u70b9", None))
        self.key.setText(QCoreApplication.translate("TaskDialog", u"\u91cd\u70b9/\u6807\u6746\u4efb\u52a1", None))
        self.dueLabel.setText(QCoreApplication.translate("TaskDialog", u"\u65f6\u9650", None))
        self.due.setPlaceholderText(QCoreApplication.translate("TaskDialog", u"\u65e5\u671f\u6216\u201c7\u6708\u5e95\u524d\u201d\u201c\u7b2c\u4e09\u5b63\u5ea6\u201d\u201c\u957f\u671f\u575a\u6301\u201d", None))
        self.statusLabel.setText(QCoreApplication.translate("TaskDialog", u"\u72b6\u6001", None))
        self.percentLabel.setText(QCoreApplication.translate("TaskDialog", u"\u8fdb\u5ea6", None))
        self.percent.setSuffix(QCoreApplication.translate("TaskDialog", u"%", None))
        self.tabs.setTabText(self.tabs.indexOf(self.infoTab), QCoreApplication.translate("TaskDialog", u"\u57fa\u672c\u4fe1\u606f", None))
        ___qtreewidgetitem = self.timeline.headerItem()
        ___qtreewidgetitem.setText(4, QCoreApplication.translate("TaskDialog", u"\u62a5\u9001\u5355\u4f4d", None));
        ___qtreewidgetitem.setText(3, QCoreApplication.translate("TaskDialog", u"\u8fdb\u5ea6", None));
        ___qtreewidgetitem.setText(2, QCoreApplication.translate("TaskDialog", u"\u5185\u5bb9", None));
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("TaskDialog", u"\u7c7b\u522b", None));
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("TaskDialog", u"\u65e5\u671f", None));
        self.progressButton.setText(QCoreApplication.translate("TaskDialog", u"\u8bb0\u5f55\u8fdb\u5c55\u2026", None))
        self.postponeButton.setText(QCoreApplication.translate("TaskDialog", u"\u5ef6\u671f\u2026", None))
        self.tabs.setTabText(self.tabs.indexOf(self.historyTab), QCoreApplication.translate("TaskDialog", u"\u8fdb\u5c55\u4e0e\u5ef6\u671f", None))
        self.tabs.setTabText(self.tabs.indexOf(self.evidenceTab), QCoreApplication.translate("TaskDialog", u"\u8d44\u6599", None))
        ___qtreewidgetitem1 = self.audit.headerItem()
        ___qtreewidgetitem1.setText(3, QCoreApplication.translate("TaskDialog", u"\u64cd\u4f5c\u4eba", None));
        ___qtreewidgetitem1.setText(2, QCoreApplication.translate("TaskDialog", u"\u5185\u5bb9", None));
        ___qtreewidgetitem1.setText(1, QCoreApplication.translate("TaskDialog", u"\u64cd\u4f5c", None));
        ___qtreewidgetitem1.setText(0, QCoreApplication.translate("TaskDialog", u"\u65f6\u95f4", None));
        self.tabs.setTabText(self.tabs.indexOf(self.auditTab), QCoreApplication.translate("TaskDialog", u"\u4fee\u6539\u8bb0\u5f55", None))
        self.doneButton.setText(QCoreApplication.translate("TaskDialog", u"\u9500\u53f7\u2026", None))
        self.reopenButton.setText(QCoreApplication.translate("TaskDialog", u"\u91cd\u65b0\u6253\u5f00", None))
        self.deleteButton.setText(QCoreApplication.translate("TaskDialog", u"\u5220\u9664", None))
        self.savedHint.setText(QCoreApplication.translate("TaskDialog", u"\u6bcf\u9879\u4fee\u6539\u5373\u65f6\u4fdd\u5b58\uff0c\u53ef\u64a4\u9500\uff08Ctrl+Z\uff09", None))
        self.addButton.setText(QCoreApplication.translate("TaskDialog", u"\u6dfb\u52a0", None))
        self.closeButton.setText(QCoreApplication.translate("TaskDialog", u"\u5173\u95ed", None))
    # retranslateUi

