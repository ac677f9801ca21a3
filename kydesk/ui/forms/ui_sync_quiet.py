# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'sync_quiet.ui'
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
from PySide6.QtWidgets import (QApplication, QHBoxLayout, QLabel, QSizePolicy,
    QSpacerItem, QSpinBox, QWidget)

class Ui_SyncQuietPanel(object):
    def setupUi(self, SyncQuietPanel):
        if not SyncQuietPanel.objectName():
            SyncQuietPanel.setObjectName(u"SyncQuietPanel")
        SyncQuietPanel.resize(700, 40)
        self.layout = QHBoxLayout(SyncQuietPanel)
        self.layout.setObjectName(u"layout")
        self.layout.setContentsMargins(0, 0, 0, 0)
        self.beforeLabel = QLabel(SyncQuietPanel)
        self.beforeLabel.setObjectName(u"beforeLabel")

        self.layout.addWidget(self.beforeLabel)

        self.weeks = QSpinBox(SyncQuietPanel)
        self.weeks.setObjectName(u"weeks")
        self.weeks.setMinimum(1)
        self.weeks.setMaximum(52)
        self.weeks.setValue(4)
        self.weeks.setKeyboardTracking(False)

        self.layout.addWidget(self.weeks)

        self.afterLabel = QLabel(SyncQuietPanel)
        self.afterLabel.setObjectName(u"afterLabel")

        self.layout.addWidget(self.afterLabel)

        self.spacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.layout.addItem(self.spacer)

#if QT_CONFIG(shortcut)
        self.beforeLabel.setBuddy(self.weeks)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SyncQuietPanel)

        QMetaObject.connectSlotsByName(SyncQuietPanel)
    # setupUi

    def retranslateUi(self, SyncQuietPanel):
        self.beforeLabel.setText(QCoreApplication.translate("SyncQuietPanel", u"\u67d0\u5355\u4f4d\u8d85\u8fc7", None))
        self.weeks.setSuffix(QCoreApplication.translate("SyncQuietPanel", u" \u5468", None))
#if QT_CONFIG(tooltip)
        self.weeks.setToolTip(QCoreApplication.translate("SyncQuietPanel", u"1\u201352 \u5468\uff0c\u9ed8\u8ba4 4 \u5468", None))
#endif // QT_CONFIG(tooltip)
        self.afterLabel.setText(QCoreApplication.translate("SyncQuietPanel", u"\u6ca1\u6709\u53d1\u6765\u540c\u6b65\u5305\u65f6\uff0c\u5728\u6b64\u548c\u201c\u5355\u4f4d\u4e0e\u5bc6\u94a5\u201d\u4e2d\u6807\u51fa\u63d0\u9192", None))
        pass
    # retranslateUi

