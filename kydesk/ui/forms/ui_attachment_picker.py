# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'attachment_picker.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QHBoxLayout,
    QLabel, QListView, QListWidget, QListWidgetItem,
    QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_AttachmentPicker(object):
    def setupUi(self, AttachmentPicker):
        if not AttachmentPicker.objectName():
            AttachmentPicker.setObjectName(u"AttachmentPicker")
        AttachmentPicker.resize(480, 120)
        self.rootLayout = QVBoxLayout(AttachmentPicker)
        self.rootLayout.setObjectName(u"rootLayout")
        self.rootLayout.setContentsMargins(0, 0, 0, 0)
        self.files = QListWidget(AttachmentPicker)
        self.files.setObjectName(u"files")
        self.files.setSelectionMode(QAbstractItemView.ExtendedSelection)
        self.files.setViewMode(QListView.IconMode)
        self.files.setIconSize(QSize(48, 48))
        self.files.setMovement(QListView.Static)
        self.files.setResizeMode(QListView.Adjust)
        self.files.setWordWrap(True)
        self.files.setMaximumSize(QSize(16777215, 110))

        self.rootLayout.addWidget(self.files)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.addButton = QPushButton(AttachmentPicker)
        self.addButton.setObjectName(u"addButton")
        self.addButton.setAutoDefault(False)

        self.buttons.addWidget(self.addButton)

        self.removeButton = QPushButton(AttachmentPicker)
        self.removeButton.setObjectName(u"removeButton")
        self.removeButton.setAutoDefault(False)

        self.buttons.addWidget(self.removeButton)

        self.reduce = QCheckBox(AttachmentPicker)
        self.reduce.setObjectName(u"reduce")

        self.buttons.addWidget(self.reduce)

        self.spacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons.addItem(self.spacer)

        self.summary = QLabel(AttachmentPicker)
        self.summary.setObjectName(u"summary")
        self.summary.setStyleSheet(u"color: #5f6368;")

        self.buttons.addWidget(self.summary)


        self.rootLayout.addLayout(self.buttons)


        self.retranslateUi(AttachmentPicker)

        QMetaObject.connectSlotsByName(AttachmentPicker)
    # setupUi

    def retranslateUi(self, AttachmentPicker):
#if QT_CONFIG(tooltip)
        self.files.setToolTip(QCoreApplication.translate("AttachmentPicker", u"\u628a\u7167\u7247\u3001PDF\u3001Word/WPS\u3001Excel \u7b49\u6587\u4ef6\u62d6\u5230\u8fd9\u91cc\uff0c\u6216\u70b9\u201c\u9009\u62e9\u6587\u4ef6\u2026\u201d", None))
#endif // QT_CONFIG(tooltip)
        self.addButton.setText(QCoreApplication.translate("AttachmentPicker", u"\u9009\u62e9\u6587\u4ef6\u2026", None))
        self.removeButton.setText(QCoreApplication.translate("AttachmentPicker", u"\u79fb\u9664", None))
        self.reduce.setText(QCoreApplication.translate("AttachmentPicker", u"\u538b\u7f29\u56fe\u7247\uff08\u957f\u8fb92000\u50cf\u7d20\uff09", None))
        pass
    # retranslateUi

