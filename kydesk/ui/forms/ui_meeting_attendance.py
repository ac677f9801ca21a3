# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'meeting_attendance.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QGridLayout,
    QGroupBox, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QSpacerItem,
    QTableView, QVBoxLayout, QWidget)

class Ui_AttendancePanel(object):
    def setupUi(self, AttendancePanel):
        if not AttendancePanel.objectName():
            AttendancePanel.setObjectName(u"AttendancePanel")
        AttendancePanel.resize(900, 560)
        self.layout = QVBoxLayout(AttendancePanel)
        self.layout.setObjectName(u"layout")
        self.counts = QLabel(AttendancePanel)
        self.counts.setObjectName(u"counts")

        self.layout.addWidget(self.counts)

        self.addBox = QGroupBox(AttendancePanel)
        self.addBox.setObjectName(u"addBox")
        self.addGrid = QGridLayout(self.addBox)
        self.addGrid.setObjectName(u"addGrid")
        self.nameLabel = QLabel(self.addBox)
        self.nameLabel.setObjectName(u"nameLabel")

        self.addGrid.addWidget(self.nameLabel, 0, 0, 1, 1)

        self.name = QComboBox(self.addBox)
        self.name.setObjectName(u"name")
        self.name.setEditable(True)
        self.name.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.name.setMinimumContentsLength(6)
        self.name.setMinimumSize(QSize(96, 0))

        self.addGrid.addWidget(self.name, 0, 1, 1, 1)

        self.unitLabel = QLabel(self.addBox)
        self.unitLabel.setObjectName(u"unitLabel")

        self.addGrid.addWidget(self.unitLabel, 0, 2, 1, 1)

        self.unit = QComboBox(self.addBox)
        self.unit.setObjectName(u"unit")
        self.unit.setEditable(True)
        self.unit.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.unit.setMinimumContentsLength(6)
        self.unit.setMinimumSize(QSize(120, 0))

        self.addGrid.addWidget(self.unit, 0, 3, 1, 1)

        self.titleLabel = QLabel(self.addBox)
        self.titleLabel.setObjectName(u"titleLabel")

        self.addGrid.addWidget(self.titleLabel, 0, 4, 1, 1)

        self.title = QLineEdit(self.addBox)
        self.title.setObjectName(u"title")
        self.title.setMinimumSize(QSize(90, 0))

        self.addGrid.addWidget(self.title, 0, 5, 1, 1)

        self.roleLabel = QLabel(self.addBox)
        self.roleLabel.setObjectName(u"roleLabel")

        self.addGrid.addWidget(self.roleLabel, 1, 0, 1, 1)

        self.role = QComboBox(self.addBox)
        self.role.setObjectName(u"role")

        self.addGrid.addWidget(self.role, 1, 1, 1, 1)

        self.reasonLabel = QLabel(self.addBox)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.addGrid.addWidget(self.reasonLabel, 1, 2, 1, 1)

        self.reason = QLineEdit(self.addBox)
        self.reason.setObjectName(u"reason")

        self.addGrid.addWidget(self.reason, 1, 3, 1, 3)

        self.addButton = QPushButton(self.addBox)
        self.addButton.setObjectName(u"addButton")

        self.addGrid.addWidget(self.addButton, 0, 6, 2, 1)

        self.addSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.addGrid.addItem(self.addSpacer, 0, 7, 1, 1)


        self.layout.addWidget(self.addBox)

        self.table = QTableView(AttendancePanel)
        self.table.setObjectName(u"table")
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setEditTriggers(QAbstractItemView.DoubleClicked|QAbstractItemView.EditKeyPressed)

        self.layout.addWidget(self.table)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.copyButton = QPushButton(AttendancePanel)
        self.copyButton.setObjectName(u"copyButton")

        self.buttons.addWidget(self.copyButton)

        self.editHint = QLabel(AttendancePanel)
        self.editHint.setObjectName(u"editHint")

        self.buttons.addWidget(self.editHint)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons.addItem(self.buttonSpacer)

        self.upButton = QPushButton(AttendancePanel)
        self.upButton.setObjectName(u"upButton")

        self.buttons.addWidget(self.upButton)

        self.downButton = QPushButton(AttendancePanel)
        self.downButton.setObjectName(u"downButton")

        self.buttons.addWidget(self.downButton)

        self.deleteButton = QPushButton(AttendancePanel)
        self.deleteButton.setObjectName(u"deleteButton")

        self.buttons.addWidget(self.deleteButton)


        self.layout.addLayout(self.buttons)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.name)
        self.unitLabel.setBuddy(self.unit)
        self.titleLabel.setBuddy(self.title)
        self.roleLabel.setBuddy(self.role)
        self.reasonLabel.setBuddy(self.reason)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.name, self.unit)
        QWidget.setTabOrder(self.unit, self.title)
        QWidget.setTabOrder(self.title, self.role)
        QWidget.setTabOrder(self.role, self.reason)
        QWidget.setTabOrder(self.reason, self.addButton)
        QWidget.setTabOrder(self.addButton, self.table)

        self.retranslateUi(AttendancePanel)

        QMetaObject.connectSlotsByName(AttendancePanel)
    # setupUi

    def retranslateUi(self, AttendancePanel):
        self.counts.setStyleSheet(QCoreApplication.translate("AttendancePanel", u"font-size: 11pt;", None))
        self.addBox.setTitle(QCoreApplication.translate("AttendancePanel", u"\u767b\u8bb0\u53c2\u4f1a\u4eba\u5458", None))
        self.nameLabel.setText(QCoreApplication.translate("AttendancePanel", u"\u59d3\u540d", None))
        self.unitLabel.setText(QCoreApplication.translate("AttendancePanel", u"\u5355\u4f4d", None))
        self.titleLabel.setText(QCoreApplication.translate("AttendancePanel", u"\u804c\u52a1", None))
        self.title.setPlaceholderText(QCoreApplication.translate("AttendancePanel", u"\u5982 \u526f\u5c40\u957f", None))
        self.roleLabel.setText(QCoreApplication.translate("AttendancePanel", u"\u8eab\u4efd", None))
        self.reasonLabel.setText(QCoreApplication.translate("AttendancePanel", u"\u8bf7\u5047\u4e8b\u7531", None))
        self.reason.setPlaceholderText(QCoreApplication.translate("AttendancePanel", u"\u8bf7\u5047\u65f6\u586b\u5199\uff0c\u5982 \u51fa\u5dee\u3001\u53c2\u52a0\u7701\u4e0a\u4f1a\u8bae", None))
        self.addButton.setText(QCoreApplication.translate("AttendancePanel", u"\u6dfb\u52a0", None))
#if QT_CONFIG(tooltip)
        self.addButton.setToolTip(QCoreApplication.translate("AttendancePanel", u"\u5728\u59d3\u540d\u680f\u6309\u56de\u8f66\u4e5f\u53ef\u6dfb\u52a0", None))
#endif // QT_CONFIG(tooltip)
        self.copyButton.setText(QCoreApplication.translate("AttendancePanel", u"\u6309\u4e0a\u6b21\u4f1a\u8bae\u540d\u5355\u6dfb\u52a0", None))
        self.editHint.setText(QCoreApplication.translate("AttendancePanel", u"\u53cc\u51fb\u5355\u5143\u683c\u53ef\u4fee\u6539", None))
        self.editHint.setStyleSheet(QCoreApplication.translate("AttendancePanel", u"color: #666;", None))
        self.upButton.setText(QCoreApplication.translate("AttendancePanel", u"\u4e0a\u79fb", None))
        self.downButton.setText(QCoreApplication.translate("AttendancePanel", u"\u4e0b\u79fb", None))
        self.deleteButton.setText(QCoreApplication.translate("AttendancePanel", u"\u5220\u9664", None))
        pass
    # retranslateUi

