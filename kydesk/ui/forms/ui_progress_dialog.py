# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'progress_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QDateEdit, QDialog,
    QGridLayout, QHBoxLayout, QHeaderView, QLabel,
    QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem,
    QSpinBox, QTreeWidget, QTreeWidgetItem, QVBoxLayout,
    QWidget)

from kydesk.ui.widgets.attachment_picker import AttachmentPicker

class Ui_ProgressDialog(object):
    def setupUi(self, ProgressDialog):
        if not ProgressDialog.objectName():
            ProgressDialog.setObjectName(u"ProgressDialog")
        ProgressDialog.resize(640, 560)
        self.rootLayout = QVBoxLayout(ProgressDialog)
        self.rootLayout.setObjectName(u"rootLayout")
        self.taskLabel = QLabel(ProgressDialog)
        self.taskLabel.setObjectName(u"taskLabel")
        self.taskLabel.setWordWrap(True)
        self.taskLabel.setStyleSheet(u"font-weight: bold;")

        self.rootLayout.addWidget(self.taskLabel)

        self.timelineLabel = QLabel(ProgressDialog)
        self.timelineLabel.setObjectName(u"timelineLabel")

        self.rootLayout.addWidget(self.timelineLabel)

        self.timeline = QTreeWidget(ProgressDialog)
        self.timeline.setObjectName(u"timeline")
        self.timeline.setRootIsDecorated(False)
        self.timeline.setWordWrap(True)

        self.rootLayout.addWidget(self.timeline)

        self.entryLayout = QGridLayout()
        self.entryLayout.setObjectName(u"entryLayout")
        self.entryLayout.setVerticalSpacing(4)
        self.dateLabel = QLabel(ProgressDialog)
        self.dateLabel.setObjectName(u"dateLabel")

        self.entryLayout.addWidget(self.dateLabel, 0, 0, 1, 1)

        self.date = QDateEdit(ProgressDialog)
        self.date.setObjectName(u"date")
        self.date.setCalendarPopup(True)

        self.entryLayout.addWidget(self.date, 0, 1, 1, 1)

        self.percentLabel = QLabel(ProgressDialog)
        self.percentLabel.setObjectName(u"percentLabel")

        self.entryLayout.addWidget(self.percentLabel, 0, 2, 1, 1)

        self.percent = QSpinBox(ProgressDialog)
        self.percent.setObjectName(u"percent")
        self.percent.setMinimum(-1)
        self.percent.setMaximum(100)
        self.percent.setSingleStep(5)
        self.percent.setValue(-1)

        self.entryLayout.addWidget(self.percent, 0, 3, 1, 1)

        self.unitLabel = QLabel(ProgressDialog)
        self.unitLabel.setObjectName(u"unitLabel")

        self.entryLayout.addWidget(self.unitLabel, 1, 0, 1, 1)

        self.unit = QComboBox(ProgressDialog)
        self.unit.setObjectName(u"unit")
        self.unit.setEditable(True)

        self.entryLayout.addWidget(self.unit, 1, 1, 1, 3)

        self.textLabel = QLabel(ProgressDialog)
        self.textLabel.setObjectName(u"textLabel")
        self.textLabel.setAlignment(Qt.AlignLeading|Qt.AlignTop)

        self.entryLayout.addWidget(self.textLabel, 2, 0, 1, 1)

        self.text = QPlainTextEdit(ProgressDialog)
        self.text.setObjectName(u"text")
        self.text.setMaximumSize(QSize(16777215, 96))
        self.text.setTabChangesFocus(True)

        self.entryLayout.addWidget(self.text, 2, 1, 1, 3)

        self.attachLabel = QLabel(ProgressDialog)
        self.attachLabel.setObjectName(u"attachLabel")
        self.attachLabel.setAlignment(Qt.AlignLeading|Qt.AlignTop)

        self.entryLayout.addWidget(self.attachLabel, 3, 0, 1, 1)

        self.attachments = AttachmentPicker(ProgressDialog)
        self.attachments.setObjectName(u"attachments")

        self.entryLayout.addWidget(self.attachments, 3, 1, 1, 3)

        self.textError = QLabel(ProgressDialog)
        self.textError.setObjectName(u"textError")
        self.textError.setStyleSheet(u"color: #b3261e;")
        self.textError.setWordWrap(True)

        self.entryLayout.addWidget(self.textError, 4, 1, 1, 3)


        self.rootLayout.addLayout(self.entryLayout)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.buttonSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.saveButton = QPushButton(ProgressDialog)
        self.saveButton.setObjectName(u"saveButton")

        self.buttonRow.addWidget(self.saveButton)

        self.closeButton = QPushButton(ProgressDialog)
        self.closeButton.setObjectName(u"closeButton")
        self.closeButton.setAutoDefault(False)

        self.buttonRow.addWidget(self.closeButton)


        self.rootLayout.addLayout(self.buttonRow)

#if QT_CONFIG(shortcut)
        self.dateLabel.setBuddy(self.date)
        self.percentLabel.setBuddy(self.percent)
        self.unitLabel.setBuddy(self.unit)
        self.textLabel.setBuddy(self.text)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.date, self.percent)
        QWidget.setTabOrder(self.percent, self.unit)
        QWidget.setTabOrder(self.unit, self.text)
        QWidget.setTabOrder(self.text, self.attachments)
        QWidget.setTabOrder(self.attachments, self.saveButton)
        QWidget.setTabOrder(self.saveButton, self.closeButton)

        self.retranslateUi(ProgressDialog)

        self.saveButton.setDefault(True)


        QMetaObject.connectSlotsByName(ProgressDialog)
    # setupUi

    def retranslateUi(self, ProgressDialog):
        ProgressDialog.setWindowTitle(QCoreApplication.translate("ProgressDialog", u"\u8bb0\u5f55\u8fdb\u5c55", None))
        self.timelineLabel.setText(QCoreApplication.translate("ProgressDialog", u"\u5df2\u62a5\u9001\u7684\u8fdb\u5c55\uff08\u65b0\u7684\u5728\u4e0a\uff09", None))
        ___qtreewidgetitem = self.timeline.headerItem()
        ___qtreewidgetitem.setText(4, QCoreApplication.translate("ProgressDialog", u"\u62a5\u9001\u5355\u4f4d", None));
        ___qtreewidgetitem.setText(3, QCoreApplication.translate("ProgressDialog", u"\u8fdb\u5ea6", None));
        ___qtreewidgetitem.setText(2, QCoreApplication.translate("ProgressDialog", u"\u5185\u5bb9", None));
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("ProgressDialog", u"\u7c7b\u522b", None));
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("ProgressDialog", u"\u65e5\u671f", None));
        self.dateLabel.setText(QCoreApplication.translate("ProgressDialog", u"\u65e5\u671f", None))
        self.date.setDisplayFormat(QCoreApplication.translate("ProgressDialog", u"yyyy-MM-dd", None))
        self.percentLabel.setText(QCoreApplication.translate("ProgressDialog", u"\u5b8c\u6210\u8fdb\u5ea6", None))
        self.percent.setSuffix(QCoreApplication.translate("ProgressDialog", u"%", None))
        self.percent.setSpecialValueText(QCoreApplication.translate("ProgressDialog", u"\u4e0d\u586b", None))
        self.unitLabel.setText(QCoreApplication.translate("ProgressDialog", u"\u62a5\u9001\u5355\u4f4d", None))
        self.textLabel.setText(QCoreApplication.translate("ProgressDialog", u"\u8fdb\u5c55\u60c5\u51b5 *", None))
        self.attachLabel.setText(QCoreApplication.translate("ProgressDialog", u"\u4f50\u8bc1\u6750\u6599", None))
        self.saveButton.setText(QCoreApplication.translate("ProgressDialog", u"\u8bb0\u5f55", None))
        self.closeButton.setText(QCoreApplication.translate("ProgressDialog", u"\u5173\u95ed", None))
    # retranslateUi

