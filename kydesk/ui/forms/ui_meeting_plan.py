# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'meeting_plan.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDateEdit,
    QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout,
    QLabel, QLineEdit, QSizePolicy, QSpacerItem,
    QSpinBox, QTimeEdit, QVBoxLayout, QWidget)

class Ui_PlanDialog(object):
    def setupUi(self, PlanDialog):
        if not PlanDialog.objectName():
            PlanDialog.setObjectName(u"PlanDialog")
        PlanDialog.resize(560, 420)
        self.layout = QVBoxLayout(PlanDialog)
        self.layout.setObjectName(u"layout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.ExpandingFieldsGrow)
        self.kindLabel = QLabel(PlanDialog)
        self.kindLabel.setObjectName(u"kindLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kindRow = QHBoxLayout()
        self.kindRow.setObjectName(u"kindRow")
        self.kind = QComboBox(PlanDialog)
        self.kind.setObjectName(u"kind")

        self.kindRow.addWidget(self.kind)

        self.numberLabel = QLabel(PlanDialog)
        self.numberLabel.setObjectName(u"numberLabel")

        self.kindRow.addWidget(self.numberLabel)

        self.number = QSpinBox(PlanDialog)
        self.number.setObjectName(u"number")
        self.number.setMinimum(1)
        self.number.setMaximum(999)

        self.kindRow.addWidget(self.number)

        self.kindSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.kindRow.addItem(self.kindSpacer)


        self.form.setLayout(0, QFormLayout.ItemRole.FieldRole, self.kindRow)

        self.titleLabel = QLabel(PlanDialog)
        self.titleLabel.setObjectName(u"titleLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.title = QLineEdit(PlanDialog)
        self.title.setObjectName(u"title")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.title)

        self.dateLabel = QLabel(PlanDialog)
        self.dateLabel.setObjectName(u"dateLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.dateRow = QHBoxLayout()
        self.dateRow.setObjectName(u"dateRow")
        self.date = QDateEdit(PlanDialog)
        self.date.setObjectName(u"date")
        self.date.setCalendarPopup(True)
        self.date.setMinimumSize(QSize(150, 0))

        self.dateRow.addWidget(self.date)

        self.timeLabel = QLabel(PlanDialog)
        self.timeLabel.setObjectName(u"timeLabel")

        self.dateRow.addWidget(self.timeLabel)

        self.time = QTimeEdit(PlanDialog)
        self.time.setObjectName(u"time")

        self.dateRow.addWidget(self.time)

        self.dateSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.dateRow.addItem(self.dateSpacer)


        self.form.setLayout(2, QFormLayout.ItemRole.FieldRole, self.dateRow)

        self.dateHint = QLabel(PlanDialog)
        self.dateHint.setObjectName(u"dateHint")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.dateHint.sizePolicy().hasHeightForWidth())
        self.dateHint.setSizePolicy(sizePolicy)
        self.dateHint.setWordWrap(True)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.dateHint)

        self.placeLabel = QLabel(PlanDialog)
        self.placeLabel.setObjectName(u"placeLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.placeLabel)

        self.place = QComboBox(PlanDialog)
        self.place.setObjectName(u"place")
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy1.setHorizontalStretch(1)
        sizePolicy1.setVerticalStretch(0)
        sizePolicy1.setHeightForWidth(self.place.sizePolicy().hasHeightForWidth())
        self.place.setSizePolicy(sizePolicy1)
        self.place.setEditable(True)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.place)

        self.chairLabel = QLabel(PlanDialog)
        self.chairLabel.setObjectName(u"chairLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.chairLabel)

        self.chair = QComboBox(PlanDialog)
        self.chair.setObjectName(u"chair")
        sizePolicy1.setHeightForWidth(self.chair.sizePolicy().hasHeightForWidth())
        self.chair.setSizePolicy(sizePolicy1)
        self.chair.setEditable(True)

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.chair)

        self.recorderLabel = QLabel(PlanDialog)
        self.recorderLabel.setObjectName(u"recorderLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.recorderLabel)

        self.recorder = QComboBox(PlanDialog)
        self.recorder.setObjectName(u"recorder")
        sizePolicy1.setHeightForWidth(self.recorder.sizePolicy().hasHeightForWidth())
        self.recorder.setSizePolicy(sizePolicy1)
        self.recorder.setEditable(True)

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.recorder)


        self.layout.addLayout(self.form)

        self.error = QLabel(PlanDialog)
        self.error.setObjectName(u"error")
        self.error.setWordWrap(True)

        self.layout.addWidget(self.error)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.bottomSpacer)

        self.buttons = QDialogButtonBox(PlanDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.kindLabel.setBuddy(self.kind)
        self.numberLabel.setBuddy(self.number)
        self.titleLabel.setBuddy(self.title)
        self.dateLabel.setBuddy(self.date)
        self.timeLabel.setBuddy(self.time)
        self.placeLabel.setBuddy(self.place)
        self.chairLabel.setBuddy(self.chair)
        self.recorderLabel.setBuddy(self.recorder)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.kind, self.number)
        QWidget.setTabOrder(self.number, self.title)
        QWidget.setTabOrder(self.title, self.date)
        QWidget.setTabOrder(self.date, self.time)
        QWidget.setTabOrder(self.time, self.place)
        QWidget.setTabOrder(self.place, self.chair)
        QWidget.setTabOrder(self.chair, self.recorder)

        self.retranslateUi(PlanDialog)

        QMetaObject.connectSlotsByName(PlanDialog)
    # setupUi

    def retranslateUi(self, PlanDialog):
        PlanDialog.setWindowTitle(QCoreApplication.translate("PlanDialog", u"\u5b89\u6392\u4f1a\u8bae", None))
        self.kindLabel.setText(QCoreApplication.translate("PlanDialog", u"\u4f1a\u8bae\u7c7b\u578b", None))
        self.numberLabel.setText(QCoreApplication.translate("PlanDialog", u"\u671f\u53f7", None))
        self.number.setPrefix(QCoreApplication.translate("PlanDialog", u"\u7b2c ", None))
        self.number.setSuffix(QCoreApplication.translate("PlanDialog", u" \u671f", None))
        self.titleLabel.setText(QCoreApplication.translate("PlanDialog", u"\u4f1a\u8bae\u540d\u79f0", None))
        self.dateLabel.setText(QCoreApplication.translate("PlanDialog", u"\u65e5\u671f", None))
        self.date.setDisplayFormat(QCoreApplication.translate("PlanDialog", u"yyyy\u5e74M\u6708d\u65e5", None))
        self.timeLabel.setText(QCoreApplication.translate("PlanDialog", u"\u65f6\u95f4", None))
        self.time.setDisplayFormat(QCoreApplication.translate("PlanDialog", u"HH:mm", None))
        self.dateHint.setStyleSheet(QCoreApplication.translate("PlanDialog", u"color: #555;", None))
        self.placeLabel.setText(QCoreApplication.translate("PlanDialog", u"\u5730\u70b9", None))
        self.chairLabel.setText(QCoreApplication.translate("PlanDialog", u"\u4e3b\u6301\u4eba", None))
        self.recorderLabel.setText(QCoreApplication.translate("PlanDialog", u"\u8bb0\u5f55\u4eba", None))
        self.error.setStyleSheet(QCoreApplication.translate("PlanDialog", u"color: #c0392b;", None))
    # retranslateUi

