# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'units_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QDialog,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QTabWidget,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_UnitsDialog(object):
    def setupUi(self, UnitsDialog):
        if not UnitsDialog.objectName():
            UnitsDialog.setObjectName(u"UnitsDialog")
        UnitsDialog.resize(760, 560)
        self.rootLayout = QVBoxLayout(UnitsDialog)
        self.rootLayout.setObjectName(u"rootLayout")
        self.tabs = QTabWidget(UnitsDialog)
        self.tabs.setObjectName(u"tabs")
        self.unitsTab = QWidget()
        self.unitsTab.setObjectName(u"unitsTab")
        self.unitsLayout = QVBoxLayout(self.unitsTab)
        self.unitsLayout.setObjectName(u"unitsLayout")
        self.unitsHint = QLabel(self.unitsTab)
        self.unitsHint.setObjectName(u"unitsHint")
        self.unitsHint.setWordWrap(True)
        self.unitsHint.setStyleSheet(u"color: #5f6368;")

        self.unitsLayout.addWidget(self.unitsHint)

        self.units = QTableWidget(self.unitsTab)
        if (self.units.columnCount() < 4):
            self.units.setColumnCount(4)
        __qtablewidgetitem = QTableWidgetItem()
        self.units.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.units.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.units.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.units.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        self.units.setObjectName(u"units")
        self.units.setAlternatingRowColors(True)
        self.units.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.units.setSelectionMode(QAbstractItemView.SingleSelection)

        self.unitsLayout.addWidget(self.units)

        self.unitActionRow = QHBoxLayout()
        self.unitActionRow.setObjectName(u"unitActionRow")
        self.unitUses = QLabel(self.unitsTab)
        self.unitUses.setObjectName(u"unitUses")
        self.unitUses.setWordWrap(True)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.unitUses.sizePolicy().hasHeightForWidth())
        self.unitUses.setSizePolicy(sizePolicy)

        self.unitActionRow.addWidget(self.unitUses)

        self.mergeUnitButton = QPushButton(self.unitsTab)
        self.mergeUnitButton.setObjectName(u"mergeUnitButton")
        self.mergeUnitButton.setEnabled(False)

        self.unitActionRow.addWidget(self.mergeUnitButton)

        self.deleteUnitButton = QPushButton(self.unitsTab)
        self.deleteUnitButton.setObjectName(u"deleteUnitButton")
        self.deleteUnitButton.setEnabled(False)

        self.unitActionRow.addWidget(self.deleteUnitButton)


        self.unitsLayout.addLayout(self.unitActionRow)

        self.addUnitRow = QHBoxLayout()
        self.addUnitRow.setObjectName(u"addUnitRow")
        self.newUnitNameLabel = QLabel(self.unitsTab)
        self.newUnitNameLabel.setObjectName(u"newUnitNameLabel")

        self.addUnitRow.addWidget(self.newUnitNameLabel)

        self.newUnitName = QLineEdit(self.unitsTab)
        self.newUnitName.setObjectName(u"newUnitName")

        self.addUnitRow.addWidget(self.newUnitName)

        self.newUnitCode = QLineEdit(self.unitsTab)
        self.newUnitCode.setObjectName(u"newUnitCode")
        self.newUnitCode.setMaximumSize(QSize(140, 16777215))

        self.addUnitRow.addWidget(self.newUnitCode)

        self.addUnitButton = QPushButton(self.unitsTab)
        self.addUnitButton.setObjectName(u"addUnitButton")

        self.addUnitRow.addWidget(self.addUnitButton)


        self.unitsLayout.addLayout(self.addUnitRow)

        self.unitError = QLabel(self.unitsTab)
        self.unitError.setObjectName(u"unitError")
        self.unitError.setStyleSheet(u"color: #b3261e;")
        self.unitError.setWordWrap(True)

        self.unitsLayout.addWidget(self.unitError)

        self.tabs.addTab(self.unitsTab, "")
        self.peopleTab = QWidget()
        self.peopleTab.setObjectName(u"peopleTab")
        self.peopleLayout = QVBoxLayout(self.peopleTab)
        self.peopleLayout.setObjectName(u"peopleLayout")
        self.peopleHint = QLabel(self.peopleTab)
        self.peopleHint.setObjectName(u"peopleHint")
        self.peopleHint.setWordWrap(True)
        self.peopleHint.setStyleSheet(u"color: #5f6368;")

        self.peopleLayout.addWidget(self.peopleHint)

        self.people = QTableWidget(self.peopleTab)
        if (self.people.columnCount() < 4):
            self.people.setColumnCount(4)
        __qtablewidgetitem4 = QTableWidgetItem()
        self.people.setHorizontalHeaderItem(0, __qtablewidgetitem4)
        __qtablewidgetitem5 = QTableWidgetItem()
        self.people.setHorizontalHeaderItem(1, __qtablewidgetitem5)
        __qtablewidgetitem6 = QTableWidgetItem()
        self.people.setHorizontalHeaderItem(2, __qtablewidgetitem6)
        __qtablewidgetitem7 = QTableWidgetItem()
        self.people.setHorizontalHeaderItem(3, __qtablewidgetitem7)
        self.people.setObjectName(u"people")
        self.people.setAlternatingRowColors(True)
        self.people.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.people.setSelectionMode(QAbstractItemView.SingleSelection)

        self.peopleLayout.addWidget(self.people)

        self.personActionRow = QHBoxLayout()
        self.personActionRow.setObjectName(u"personActionRow")
        self.personUses = QLabel(self.peopleTab)
        self.personUses.setObjectName(u"personUses")
        self.personUses.setWordWrap(True)
        sizePolicy.setHeightForWidth(self.personUses.sizePolicy().hasHeightForWidth())
        self.personUses.setSizePolicy(sizePolicy)

        self.personActionRow.addWidget(self.personUses)

        self.mergePersonButton = QPushButton(self.peopleTab)
        self.mergePersonButton.setObjectName(u"mergePersonButton")
        self.mergePersonButton.setEnabled(False)

        self.personActionRow.addWidget(self.mergePersonButton)

        self.deletePersonButton = QPushButton(self.peopleTab)
        self.deletePersonButton.setObjectName(u"deletePersonButton")
        self.deletePersonButton.setEnabled(False)

        self.personActionRow.addWidget(self.deletePersonButton)


        self.peopleLayout.addLayout(self.personActionRow)

        self.addPersonRow = QHBoxLayout()
        self.addPersonRow.setObjectName(u"addPersonRow")
        self.newPersonLabel = QLabel(self.peopleTab)
        self.newPersonLabel.setObjectName(u"newPersonLabel")

        self.addPersonRow.addWidget(self.newPersonLabel)

        self.newPersonName = QLineEdit(self.peopleTab)
        self.newPersonName.setObjectName(u"newPersonName")
        self.newPersonName.setMaximumSize(QSize(120, 16777215))

        self.addPersonRow.addWidget(self.newPersonName)

        self.newPersonUnit = QComboBox(self.peopleTab)
        self.newPersonUnit.setObjectName(u"newPersonUnit")
        self.newPersonUnit.setEditable(True)
        self.newPersonUnit.setMinimumSize(QSize(160, 0))

        self.addPersonRow.addWidget(self.newPersonUnit)

        self.newPersonTitle = QLineEdit(self.peopleTab)
        self.newPersonTitle.setObjectName(u"newPersonTitle")

        self.addPersonRow.addWidget(self.newPersonTitle)

        self.newPersonPhone = QLineEdit(self.peopleTab)
        self.newPersonPhone.setObjectName(u"newPersonPhone")

        self.addPersonRow.addWidget(self.newPersonPhone)

        self.addPersonButton = QPushButton(self.peopleTab)
        self.addPersonButton.setObjectName(u"addPersonButton")

        self.addPersonRow.addWidget(self.addPersonButton)


        self.peopleLayout.addLayout(self.addPersonRow)

        self.personError = QLabel(self.peopleTab)
        self.personError.setObjectName(u"personError")
        self.personError.setStyleSheet(u"color: #b3261e;")
        self.personError.setWordWrap(True)

        self.peopleLayout.addWidget(self.personError)

        self.tabs.addTab(self.peopleTab, "")

        self.rootLayout.addWidget(self.tabs)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.savedHint = QLabel(UnitsDialog)
        self.savedHint.setObjectName(u"savedHint")
        self.savedHint.setStyleSheet(u"color: #5f6368;")

        self.buttonRow.addWidget(self.savedHint)

        self.buttonSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.closeButton = QPushButton(UnitsDialog)
        self.closeButton.setObjectName(u"closeButton")
        self.closeButton.setAutoDefault(False)

        self.buttonRow.addWidget(self.closeButton)


        self.rootLayout.addLayout(self.buttonRow)

#if QT_CONFIG(shortcut)
        self.newUnitNameLabel.setBuddy(self.newUnitName)
        self.newPersonLabel.setBuddy(self.newPersonName)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(UnitsDialog)

        QMetaObject.connectSlotsByName(UnitsDialog)
    # setupUi

    def retranslateUi(self, UnitsDialog):
        UnitsDialog.setWindowTitle(QCoreApplication.translate("UnitsDialog", u"\u5355\u4f4d\u4e0e\u4eba\u5458", None))
        self.unitsHint.setText(QCoreApplication.translate("UnitsDialog", u"\u53cc\u51fb\u540d\u79f0\u6216\u4ee3\u7801\u5373\u53ef\u4fee\u6539\uff1b\u5355\u4f4d\u66f4\u540d\u540e\uff0c\u6240\u6709\u4efb\u52a1\u4e2d\u7684\u540d\u79f0\u540c\u65f6\u66f4\u65b0\u3002\u91cd\u590d\u7684\u5355\u4f4d\u53ef\u201c\u5408\u5e76\u5230\u201d\u4fdd\u7559\u7684\u5355\u4f4d\u3002", None))
        ___qtablewidgetitem = self.units.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("UnitsDialog", u"\u5355\u4f4d\u540d\u79f0", None));
        ___qtablewidgetitem1 = self.units.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("UnitsDialog", u"\u4ee3\u7801", None));
        ___qtablewidgetitem2 = self.units.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("UnitsDialog", u"\u7ea7\u522b", None));
        ___qtablewidgetitem3 = self.units.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("UnitsDialog", u"\u7275\u5934\u4efb\u52a1", None));
        self.unitUses.setText(QCoreApplication.translate("UnitsDialog", u"\u9009\u4e2d\u4e00\u884c\u53ef\u67e5\u770b\u5b83\u7528\u5728\u54ea\u91cc", None))
        self.mergeUnitButton.setText(QCoreApplication.translate("UnitsDialog", u"\u5408\u5e76\u5230\u2026", None))
#if QT_CONFIG(tooltip)
        self.mergeUnitButton.setToolTip(QCoreApplication.translate("UnitsDialog", u"\u628a\u91cd\u590d\u7684\u5355\u4f4d\u5e76\u5165\u4fdd\u7559\u7684\u5355\u4f4d\uff1a\u7528\u5230\u5b83\u7684\u5730\u65b9\u90fd\u6539\u4e3a\u4fdd\u7559\u7684\u5355\u4f4d", None))
#endif // QT_CONFIG(tooltip)
        self.deleteUnitButton.setText(QCoreApplication.translate("UnitsDialog", u"\u5220\u9664", None))
        self.newUnitNameLabel.setText(QCoreApplication.translate("UnitsDialog", u"\u65b0\u5355\u4f4d", None))
        self.newUnitName.setPlaceholderText(QCoreApplication.translate("UnitsDialog", u"\u5355\u4f4d\u540d\u79f0", None))
        self.newUnitCode.setPlaceholderText(QCoreApplication.translate("UnitsDialog", u"\u4ee3\u7801\uff08\u53ef\u4e0d\u586b\uff09", None))
        self.addUnitButton.setText(QCoreApplication.translate("UnitsDialog", u"\u6dfb\u52a0\u5355\u4f4d", None))
        self.tabs.setTabText(self.tabs.indexOf(self.unitsTab), QCoreApplication.translate("UnitsDialog", u"\u5355\u4f4d", None))
        self.peopleHint.setText(QCoreApplication.translate("UnitsDialog", u"\u8d23\u4efb\u9886\u5bfc\u548c\u8d23\u4efb\u4eba\u7684\u59d3\u540d\u3001\u804c\u52a1\u4e0e\u7535\u8bdd\uff1b\u53cc\u51fb\u53ef\u4fee\u6539\u3002", None))
        ___qtablewidgetitem4 = self.people.horizontalHeaderItem(0)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("UnitsDialog", u"\u59d3\u540d", None));
        ___qtablewidgetitem5 = self.people.horizontalHeaderItem(1)
        ___qtablewidgetitem5.setText(QCoreApplication.translate("UnitsDialog", u"\u5355\u4f4d", None));
        ___qtablewidgetitem6 = self.people.horizontalHeaderItem(2)
        ___qtablewidgetitem6.setText(QCoreApplication.translate("UnitsDialog", u"\u804c\u52a1", None));
        ___qtablewidgetitem7 = self.people.horizontalHeaderItem(3)
        ___qtablewidgetitem7.setText(QCoreApplication.translate("UnitsDialog", u"\u7535\u8bdd", None));
        self.personUses.setText(QCoreApplication.translate("UnitsDialog", u"\u9009\u4e2d\u4e00\u884c\u53ef\u67e5\u770b\u5b83\u7528\u5728\u54ea\u91cc", None))
        self.mergePersonButton.setText(QCoreApplication.translate("UnitsDialog", u"\u5408\u5e76\u5230\u2026", None))
#if QT_CONFIG(tooltip)
        self.mergePersonButton.setToolTip(QCoreApplication.translate("UnitsDialog", u"\u628a\u91cd\u590d\u7684\u4eba\u5458\u5e76\u5165\u4fdd\u7559\u7684\u4eba\u5458\uff1a\u7528\u5230\u5b83\u7684\u5730\u65b9\u90fd\u6539\u4e3a\u4fdd\u7559\u7684\u4eba\u5458", None))
#endif // QT_CONFIG(tooltip)
        self.deletePersonButton.setText(QCoreApplication.translate("UnitsDialog", u"\u5220\u9664", None))
        self.newPersonLabel.setText(QCoreApplication.translate("UnitsDialog", u"\u65b0\u4eba\u5458", None))
        self.newPersonName.setPlaceholderText(QCoreApplication.translate("UnitsDialog", u"\u59d3\u540d", None))
        self.newPersonTitle.setPlaceholderText(QCoreApplication.translate("UnitsDialog", u"\u804c\u52a1", None))
        self.newPersonPhone.setPlaceholderText(QCoreApplication.translate("UnitsDialog", u"\u7535\u8bdd", None))
        self.addPersonButton.setText(QCoreApplication.translate("UnitsDialog", u"\u6dfb\u52a0\u4eba\u5458", None))
        self.tabs.setTabText(self.tabs.indexOf(self.peopleTab), QCoreApplication.translate("UnitsDialog", u"\u4eba\u5458", None))
        self.savedHint.setText(QCoreApplication.translate("UnitsDialog", u"\u4fee\u6539\u5373\u65f6\u4fdd\u5b58\uff0c\u53ef\u64a4\u9500\uff08Ctrl+Z\uff09", None))
        self.closeButton.setText(QCoreApplication.translate("UnitsDialog", u"\u5173\u95ed", None))
    # retranslateUi

