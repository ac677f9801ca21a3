# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'indicator_dialog.ui'
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
    QHBoxLayout, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpacerItem, QWidget)

class Ui_IndicatorDialog(object):
    def setupUi(self, IndicatorDialog):
        if not IndicatorDialog.objectName():
            IndicatorDialog.setObjectName(u"IndicatorDialog")
        IndicatorDialog.resize(560, 460)
        self.rootLayout = QGridLayout(IndicatorDialog)
        self.rootLayout.setObjectName(u"rootLayout")
        self.rootLayout.setVerticalSpacing(4)
        self.fieldLabel = QLabel(IndicatorDialog)
        self.fieldLabel.setObjectName(u"fieldLabel")

        self.rootLayout.addWidget(self.fieldLabel, 0, 0, 1, 1)

        self.field = QComboBox(IndicatorDialog)
        self.field.setObjectName(u"field")
        self.field.setEditable(True)

        self.rootLayout.addWidget(self.field, 0, 1, 1, 1)

        self.nameLabel = QLabel(IndicatorDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.rootLayout.addWidget(self.nameLabel, 1, 0, 1, 1)

        self.name = QLineEdit(IndicatorDialog)
        self.name.setObjectName(u"name")

        self.rootLayout.addWidget(self.name, 1, 1, 1, 1)

        self.measureLabel = QLabel(IndicatorDialog)
        self.measureLabel.setObjectName(u"measureLabel")

        self.rootLayout.addWidget(self.measureLabel, 2, 0, 1, 1)

        self.measure = QLineEdit(IndicatorDialog)
        self.measure.setObjectName(u"measure")

        self.rootLayout.addWidget(self.measure, 2, 1, 1, 1)

        self.targetLabel = QLabel(IndicatorDialog)
        self.targetLabel.setObjectName(u"targetLabel")

        self.rootLayout.addWidget(self.targetLabel, 3, 0, 1, 1)

        self.target = QLineEdit(IndicatorDialog)
        self.target.setObjectName(u"target")

        self.rootLayout.addWidget(self.target, 3, 1, 1, 1)

        self.targetYearLabel = QLabel(IndicatorDialog)
        self.targetYearLabel.setObjectName(u"targetYearLabel")

        self.rootLayout.addWidget(self.targetYearLabel, 4, 0, 1, 1)

        self.targetYear = QLineEdit(IndicatorDialog)
        self.targetYear.setObjectName(u"targetYear")

        self.rootLayout.addWidget(self.targetYear, 4, 1, 1, 1)

        self.natureLabel = QLabel(IndicatorDialog)
        self.natureLabel.setObjectName(u"natureLabel")

        self.rootLayout.addWidget(self.natureLabel, 5, 0, 1, 1)

        self.nature = QComboBox(IndicatorDialog)
        self.nature.addItem("")
        self.nature.addItem("")
        self.nature.setObjectName(u"nature")

        self.rootLayout.addWidget(self.nature, 5, 1, 1, 1)

        self.baseLabel = QLabel(IndicatorDialog)
        self.baseLabel.setObjectName(u"baseLabel")

        self.rootLayout.addWidget(self.baseLabel, 6, 0, 1, 1)

        self.base = QLineEdit(IndicatorDialog)
        self.base.setObjectName(u"base")

        self.rootLayout.addWidget(self.base, 6, 1, 1, 1)

        self.baseYearLabel = QLabel(IndicatorDialog)
        self.baseYearLabel.setObjectName(u"baseYearLabel")

        self.rootLayout.addWidget(self.baseYearLabel, 7, 0, 1, 1)

        self.baseYear = QLineEdit(IndicatorDialog)
        self.baseYear.setObjectName(u"baseYear")

        self.rootLayout.addWidget(self.baseYear, 7, 1, 1, 1)

        self.unitLabel = QLabel(IndicatorDialog)
        self.unitLabel.setObjectName(u"unitLabel")

        self.rootLayout.addWidget(self.unitLabel, 8, 0, 1, 1)

        self.unit = QComboBox(IndicatorDialog)
        self.unit.setObjectName(u"unit")
        self.unit.setEditable(True)

        self.rootLayout.addWidget(self.unit, 8, 1, 1, 1)

        self.error = QLabel(IndicatorDialog)
        self.error.setObjectName(u"error")
        self.error.setStyleSheet(u"color: #b3261e;")
        self.error.setWordWrap(True)

        self.rootLayout.addWidget(self.error, 9, 0, 1, 2)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.buttonSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.okButton = QPushButton(IndicatorDialog)
        self.okButton.setObjectName(u"okButton")

        self.buttonRow.addWidget(self.okButton)

        self.cancelButton = QPushButton(IndicatorDialog)
        self.cancelButton.setObjectName(u"cancelButton")
        self.cancelButton.setAutoDefault(False)

        self.buttonRow.addWidget(self.cancelButton)


        self.rootLayout.addLayout(self.buttonRow, 10, 0, 1, 2)

#if QT_CONFIG(shortcut)
        self.fieldLabel.setBuddy(self.field)
        self.nameLabel.setBuddy(self.name)
        self.measureLabel.setBuddy(self.measure)
        self.targetLabel.setBuddy(self.target)
        self.targetYearLabel.setBuddy(self.targetYear)
        self.natureLabel.setBuddy(self.nature)
        self.baseLabel.setBuddy(self.base)
        self.baseYearLabel.setBuddy(self.baseYear)
        self.unitLabel.setBuddy(self.unit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.field, self.name)
        QWidget.setTabOrder(self.name, self.measure)
        QWidget.setTabOrder(self.measure, self.target)
        QWidget.setTabOrder(self.target, self.targetYear)
        QWidget.setTabOrder(self.targetYear, self.nature)
        QWidget.setTabOrder(self.nature, self.base)
        QWidget.setTabOrder(self.base, self.baseYear)
        QWidget.setTabOrder(self.baseYear, self.unit)
        QWidget.setTabOrder(self.unit, self.okButton)
        QWidget.setTabOrder(self.okButton, self.cancelButton)

        self.retranslateUi(IndicatorDialog)

        self.okButton.setDefault(True)


        QMetaObject.connectSlotsByName(IndicatorDialog)
    # setupUi

    def retranslateUi(self, IndicatorDialog):
        IndicatorDialog.setWindowTitle(QCoreApplication.translate("IndicatorDialog", u"\u6307\u6807", None))
        self.fieldLabel.setText(QCoreApplication.translate("IndicatorDialog", u"\u9886\u57df", None))
        self.nameLabel.setText(QCoreApplication.translate("IndicatorDialog", u"\u6307\u6807\u540d\u79f0 *", None))
        self.name.setPlaceholderText(QCoreApplication.translate("IndicatorDialog", u"\u5982\uff1a\u5c45\u6c11\u5065\u5eb7\u7d20\u517b\u6c34\u5e73", None))
        self.measureLabel.setText(QCoreApplication.translate("IndicatorDialog", u"\u8ba1\u91cf\u5355\u4f4d", None))
        self.measure.setPlaceholderText(QCoreApplication.translate("IndicatorDialog", u"\u5982\uff1a%\u3001\u5c81\u3001/10\u4e07", None))
        self.targetLabel.setText(QCoreApplication.translate("IndicatorDialog", u"\u76ee\u6807\u503c *", None))
        self.target.setPlaceholderText(QCoreApplication.translate("IndicatorDialog", u"\u5982\uff1a\u226525\u3001\u226411\u3001<22\u300180*\uff08*\uff1a\u4ee5\u4e0a\u7ea7\u4e0b\u8fbe\u4e3a\u51c6\uff09", None))
        self.targetYearLabel.setText(QCoreApplication.translate("IndicatorDialog", u"\u76ee\u6807\u5e74\u4efd", None))
        self.targetYear.setPlaceholderText(QCoreApplication.translate("IndicatorDialog", u"\u5982\uff1a2025", None))
        self.natureLabel.setText(QCoreApplication.translate("IndicatorDialog", u"\u6307\u6807\u6027\u8d28", None))
        self.nature.setItemText(0, QCoreApplication.translate("IndicatorDialog", u"\u9884\u671f\u6027", None))
        self.nature.setItemText(1, QCoreApplication.translate("IndicatorDialog", u"\u7ea6\u675f\u6027", None))

        self.baseLabel.setText(QCoreApplication.translate("IndicatorDialog", u"\u57fa\u671f\u503c", None))
        self.baseYearLabel.setText(QCoreApplication.translate("IndicatorDialog", u"\u57fa\u671f\u5e74\u4efd", None))
        self.baseYear.setPlaceholderText(QCoreApplication.translate("IndicatorDialog", u"\u5982\uff1a2020", None))
        self.unitLabel.setText(QCoreApplication.translate("IndicatorDialog", u"\u8d23\u4efb\u5355\u4f4d", None))
        self.okButton.setText(QCoreApplication.translate("IndicatorDialog", u"\u4fdd\u5b58", None))
        self.cancelButton.setText(QCoreApplication.translate("IndicatorDialog", u"\u53d6\u6d88", None))
    # retranslateUi

