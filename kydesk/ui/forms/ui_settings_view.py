# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'settings_view.ui'
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
from PySide6.QtWidgets import (QApplication, QFormLayout, QFrame, QGridLayout,
    QGroupBox, QHBoxLayout, QLabel, QLineEdit,
    QPushButton, QScrollArea, QSizePolicy, QSpacerItem,
    QSpinBox, QVBoxLayout, QWidget)

class Ui_SettingsView(object):
    def setupUi(self, SettingsView):
        if not SettingsView.objectName():
            SettingsView.setObjectName(u"SettingsView")
        SettingsView.resize(1000, 760)
        self.outerLayout = QVBoxLayout(SettingsView)
        self.outerLayout.setObjectName(u"outerLayout")
        self.outerLayout.setContentsMargins(0, 0, 0, 0)
        self.scroll = QScrollArea(SettingsView)
        self.scroll.setObjectName(u"scroll")
        self.scroll.setFrameShape(QFrame.NoFrame)
        self.scroll.setWidgetResizable(True)
        self.scrollBody = QWidget()
        self.scrollBody.setObjectName(u"scrollBody")
        self.rootLayout = QVBoxLayout(self.scrollBody)
        self.rootLayout.setObjectName(u"rootLayout")
        self.rootLayout.setContentsMargins(14, 10, 14, -1)
        self.headRow = QHBoxLayout()
        self.headRow.setObjectName(u"headRow")
        self.heading = QLabel(self.scrollBody)
        self.heading.setObjectName(u"heading")
        self.heading.setStyleSheet(u"font-size: 18pt; font-weight: bold;")

        self.headRow.addWidget(self.heading)

        self.savedHint = QLabel(self.scrollBody)
        self.savedHint.setObjectName(u"savedHint")
        self.savedHint.setStyleSheet(u"color: #5f6368;")

        self.headRow.addWidget(self.savedHint)

        self.headSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headRow.addItem(self.headSpacer)

        self.unitsButton = QPushButton(self.scrollBody)
        self.unitsButton.setObjectName(u"unitsButton")

        self.headRow.addWidget(self.unitsButton)


        self.rootLayout.addLayout(self.headRow)

        self.identityBox = QGroupBox(self.scrollBody)
        self.identityBox.setObjectName(u"identityBox")
        self.identityLayout = QFormLayout(self.identityBox)
        self.identityLayout.setObjectName(u"identityLayout")
        self.identityLayout.setLabelAlignment(Qt.AlignRight|Qt.AlignVCenter)
        self.unitNameLabel = QLabel(self.identityBox)
        self.unitNameLabel.setObjectName(u"unitNameLabel")

        self.identityLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.unitNameLabel)

        self.unitName = QLineEdit(self.identityBox)
        self.unitName.setObjectName(u"unitName")
        self.unitName.setReadOnly(True)

        self.identityLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.unitName)

        self.unitCodeLabel = QLabel(self.identityBox)
        self.unitCodeLabel.setObjectName(u"unitCodeLabel")

        self.identityLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.unitCodeLabel)

        self.unitCode = QLineEdit(self.identityBox)
        self.unitCode.setObjectName(u"unitCode")
        self.unitCode.setReadOnly(True)

        self.identityLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.unitCode)

        self.levelLabel = QLabel(self.identityBox)
        self.levelLabel.setObjectName(u"levelLabel")

        self.identityLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.levelLabel)

        self.level = QLineEdit(self.identityBox)
        self.level.setObjectName(u"level")
        self.level.setReadOnly(True)

        self.identityLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.level)

        self.siteLabel = QLabel(self.identityBox)
        self.siteLabel.setObjectName(u"siteLabel")

        self.identityLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.siteLabel)

        self.site = QLineEdit(self.identityBox)
        self.site.setObjectName(u"site")
        self.site.setReadOnly(True)

        self.identityLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.site)


        self.rootLayout.addWidget(self.identityBox)

        self.ledgerBox = QGroupBox(self.scrollBody)
        self.ledgerBox.setObjectName(u"ledgerBox")
        self.ledgerLayout = QGridLayout(self.ledgerBox)
        self.ledgerLayout.setObjectName(u"ledgerLayout")
        self.ledgerLayout.setVerticalSpacing(4)
        self.yearLabel = QLabel(self.ledgerBox)
        self.yearLabel.setObjectName(u"yearLabel")

        self.ledgerLayout.addWidget(self.yearLabel, 0, 0, 1, 1)

        self.year = QSpinBox(self.ledgerBox)
        self.year.setObjectName(u"year")
        self.year.setMinimumSize(QSize(160, 0))
        self.year.setMaximumSize(QSize(200, 16777215))
        self.year.setMinimum(2000)
        self.year.setMaximum(2100)

        self.ledgerLayout.addWidget(self.year, 0, 1, 1, 1)

        self.yearError = QLabel(self.ledgerBox)
        self.yearError.setObjectName(u"yearError")
        self.yearError.setStyleSheet(u"color: #b3261e;")

        self.ledgerLayout.addWidget(self.yearError, 0, 2, 1, 1)

        self.warnDaysLabel = QLabel(self.ledgerBox)
        self.warnDaysLabel.setObjectName(u"warnDaysLabel")

        self.ledgerLayout.addWidget(self.warnDaysLabel, 1, 0, 1, 1)

        self.warnDays = QSpinBox(self.ledgerBox)
        self.warnDays.setObjectName(u"warnDays")
        self.warnDays.setMinimumSize(QSize(160, 0))
        self.warnDays.setMaximumSize(QSize(200, 16777215))
        self.warnDays.setMaximum(90)

        self.ledgerLayout.addWidget(self.warnDays, 1, 1, 1, 1)

        self.warnDaysError = QLabel(self.ledgerBox)
        self.warnDaysError.setObjectName(u"warnDaysError")
        self.warnDaysError.setStyleSheet(u"color: #b3261e;")

        self.ledgerLayout.addWidget(self.warnDaysError, 1, 2, 1, 1)

        self.yellowGapLabel = QLabel(self.ledgerBox)
        self.yellowGapLabel.setObjectName(u"yellowGapLabel")

        self.ledgerLayout.addWidget(self.yellowGapLabel, 2, 0, 1, 1)

        self.yellowGap = QSpinBox(self.ledgerBox)
        self.yellowGap.setObjectName(u"yellowGap")
        self.yellowGap.setMinimumSize(QSize(160, 0))
        self.yellowGap.setMaximumSize(QSize(200, 16777215))
        self.yellowGap.setMaximum(100)

        self.ledgerLayout.addWidget(self.yellowGap, 2, 1, 1, 1)

        self.yellowGapError = QLabel(self.ledgerBox)
        self.yellowGapError.setObjectName(u"yellowGapError")
        self.yellowGapError.setStyleSheet(u"color: #b3261e;")

        self.ledgerLayout.addWidget(self.yellowGapError, 2, 2, 1, 1)

        self.redGapLabel = QLabel(self.ledgerBox)
        self.redGapLabel.setObjectName(u"redGapLabel")

        self.ledgerLayout.addWidget(self.redGapLabel, 3, 0, 1, 1)

        self.redGap = QSpinBox(self.ledgerBox)
        self.redGap.setObjectName(u"redGap")
        self.redGap.setMinimumSize(QSize(160, 0))
        self.redGap.setMaximumSize(QSize(200, 16777215))
        self.redGap.setMaximum(100)

        self.ledgerLayout.addWidget(self.redGap, 3, 1, 1, 1)

        self.redGapError = QLabel(self.ledgerBox)
        self.redGapError.setObjectName(u"redGapError")
        self.redGapError.setStyleSheet(u"color: #b3261e;")

        self.ledgerLayout.addWidget(self.redGapError, 3, 2, 1, 1)

        self.orgNameLabel = QLabel(self.ledgerBox)
        self.orgNameLabel.setObjectName(u"orgNameLabel")

        self.ledgerLayout.addWidget(self.orgNameLabel, 4, 0, 1, 1)

        self.orgName = QLineEdit(self.ledgerBox)
        self.orgName.setObjectName(u"orgName")
        self.orgName.setMinimumSize(QSize(320, 0))

        self.ledgerLayout.addWidget(self.orgName, 4, 1, 1, 1)

        self.orgNameError = QLabel(self.ledgerBox)
        self.orgNameError.setObjectName(u"orgNameError")
        self.orgNameError.setStyleSheet(u"color: #b3261e;")

        self.ledgerLayout.addWidget(self.orgNameError, 4, 2, 1, 1)

        self.ledgerSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.ledgerLayout.addItem(self.ledgerSpacer, 0, 3, 1, 1)

        self.ledgerLayout.setColumnStretch(2, 1)

        self.rootLayout.addWidget(self.ledgerBox)

        self.fontBox = QGroupBox(self.scrollBody)
        self.fontBox.setObjectName(u"fontBox")
        self.fontLayout = QGridLayout(self.fontBox)
        self.fontLayout.setObjectName(u"fontLayout")
        self.fontLayout.setVerticalSpacing(4)
        self.fangsongLabel = QLabel(self.fontBox)
        self.fangsongLabel.setObjectName(u"fangsongLabel")

        self.fontLayout.addWidget(self.fangsongLabel, 0, 0, 1, 1)

        self.fontFangsong = QLineEdit(self.fontBox)
        self.fontFangsong.setObjectName(u"fontFangsong")

        self.fontLayout.addWidget(self.fontFangsong, 0, 1, 1, 1)

        self.browseFangsong = QPushButton(self.fontBox)
        self.browseFangsong.setObjectName(u"browseFangsong")
        self.browseFangsong.setAutoDefault(False)

        self.fontLayout.addWidget(self.browseFangsong, 0, 2, 1, 1)

        self.heitiLabel = QLabel(self.fontBox)
        self.heitiLabel.setObjectName(u"heitiLabel")

        self.fontLayout.addWidget(self.heitiLabel, 1, 0, 1, 1)

        self.fontHeiti = QLineEdit(self.fontBox)
        self.fontHeiti.setObjectName(u"fontHeiti")

        self.fontLayout.addWidget(self.fontHeiti, 1, 1, 1, 1)

        self.browseHeiti = QPushButton(self.fontBox)
        self.browseHeiti.setObjectName(u"browseHeiti")
        self.browseHeiti.setAutoDefault(False)

        self.fontLayout.addWidget(self.browseHeiti, 1, 2, 1, 1)

        self.kaitiLabel = QLabel(self.fontBox)
        self.kaitiLabel.setObjectName(u"kaitiLabel")

        self.fontLayout.addWidget(self.kaitiLabel, 2, 0, 1, 1)

        self.fontKaiti = QLineEdit(self.fontBox)
        self.fontKaiti.setObjectName(u"fontKaiti")

        self.fontLayout.addWidget(self.fontKaiti, 2, 1, 1, 1)

        self.browseKaiti = QPushButton(self.fontBox)
        self.browseKaiti.setObjectName(u"browseKaiti")
        self.browseKaiti.setAutoDefault(False)

        self.fontLayout.addWidget(self.browseKaiti, 2, 2, 1, 1)

        self.songtiLabel = QLabel(self.fontBox)
        self.songtiLabel.setObjectName(u"songtiLabel")

        self.fontLayout.addWidget(self.songtiLabel, 3, 0, 1, 1)

        self.fontSongti = QLineEdit(self.fontBox)
        self.fontSongti.setObjectName(u"fontSongti")

        self.fontLayout.addWidget(self.fontSongti, 3, 1, 1, 1)

        self.browseSongti = QPushButton(self.fontBox)
        self.browseSongti.setObjectName(u"browseSongti")
        self.browseSongti.setAutoDefault(False)

        self.fontLayout.addWidget(self.browseSongti, 3, 2, 1, 1)

        self.xiaobiaosongLabel = QLabel(self.fontBox)
        self.xiaobiaosongLabel.setObjectName(u"xiaobiaosongLabel")

        self.fontLayout.addWidget(self.xiaobiaosongLabel, 4, 0, 1, 1)

        self.fontXiaobiaosong = QLineEdit(self.fontBox)
        self.fontXiaobiaosong.setObjectName(u"fontXiaobiaosong")

        self.fontLayout.addWidget(self.fontXiaobiaosong, 4, 1, 1, 1)

        self.browseXiaobiaosong = QPushButton(self.fontBox)
        self.browseXiaobiaosong.setObjectName(u"browseXiaobiaosong")
        self.browseXiaobiaosong.setAutoDefault(False)

        self.fontLayout.addWidget(self.browseXiaobiaosong, 4, 2, 1, 1)

        self.fontError = QLabel(self.fontBox)
        self.fontError.setObjectName(u"fontError")
        self.fontError.setStyleSheet(u"color: #b3261e;")
        self.fontError.setWordWrap(True)

        self.fontLayout.addWidget(self.fontError, 5, 1, 1, 1)


        self.rootLayout.addWidget(self.fontBox)

        self.dataBox = QGroupBox(self.scrollBody)
        self.dataBox.setObjectName(u"dataBox")
        self.dataLayout = QHBoxLayout(self.dataBox)
        self.dataLayout.setObjectName(u"dataLayout")
        self.dataHint = QLabel(self.dataBox)
        self.dataHint.setObjectName(u"dataHint")
        self.dataHint.setWordWrap(True)
        self.dataHint.setStyleSheet(u"color: #5f6368;")

        self.dataLayout.addWidget(self.dataHint)

        self.backupButton = QPushButton(self.dataBox)
        self.backupButton.setObjectName(u"backupButton")

        self.dataLayout.addWidget(self.backupButton)

        self.restoreButton = QPushButton(self.dataBox)
        self.restoreButton.setObjectName(u"restoreButton")

        self.dataLayout.addWidget(self.restoreButton)

        self.dataLayout.setStretch(0, 1)

        self.rootLayout.addWidget(self.dataBox)

        self.bottomSpacer = QSpacerItem(10, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.rootLayout.addItem(self.bottomSpacer)

        self.scroll.setWidget(self.scrollBody)

        self.outerLayout.addWidget(self.scroll)

#if QT_CONFIG(shortcut)
        self.yearLabel.setBuddy(self.year)
        self.warnDaysLabel.setBuddy(self.warnDays)
        self.yellowGapLabel.setBuddy(self.yellowGap)
        self.redGapLabel.setBuddy(self.redGap)
        self.orgNameLabel.setBuddy(self.orgName)
        self.fangsongLabel.setBuddy(self.fontFangsong)
        self.heitiLabel.setBuddy(self.fontHeiti)
        self.kaitiLabel.setBuddy(self.fontKaiti)
        self.songtiLabel.setBuddy(self.fontSongti)
        self.xiaobiaosongLabel.setBuddy(self.fontXiaobiaosong)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.year, self.warnDays)
        QWidget.setTabOrder(self.warnDays, self.yellowGap)
        QWidget.setTabOrder(self.yellowGap, self.redGap)
        QWidget.setTabOrder(self.redGap, self.orgName)
        QWidget.setTabOrder(self.orgName, self.fontFangsong)
        QWidget.setTabOrder(self.fontFangsong, self.browseFangsong)
        QWidget.setTabOrder(self.browseFangsong, self.fontHeiti)
        QWidget.setTabOrder(self.fontHeiti, self.browseHeiti)
        QWidget.setTabOrder(self.browseHeiti, self.fontKaiti)
        QWidget.setTabOrder(self.fontKaiti, self.browseKaiti)
        QWidget.setTabOrder(self.browseKaiti, self.fontSongti)
        QWidget.setTabOrder(self.fontSongti, self.browseSongti)
        QWidget.setTabOrder(self.browseSongti, self.fontXiaobiaosong)
        QWidget.setTabOrder(self.fontXiaobiaosong, self.browseXiaobiaosong)
        QWidget.setTabOrder(self.browseXiaobiaosong, self.backupButton)
        QWidget.setTabOrder(self.backupButton, self.restoreButton)

        self.retranslateUi(SettingsView)

        QMetaObject.connectSlotsByName(SettingsView)
    # setupUi

    def retranslateUi(self, SettingsView):
        self.heading.setText(QCoreApplication.translate("SettingsView", u"\u8bbe\u7f6e", None))
        self.savedHint.setText(QCoreApplication.translate("SettingsView", u"\u4fee\u6539\u5373\u65f6\u4fdd\u5b58\uff0c\u53ef\u64a4\u9500\uff08Ctrl+Z\uff09", None))
        self.unitsButton.setText(QCoreApplication.translate("SettingsView", u"\u5355\u4f4d\u4e0e\u4eba\u5458\u2026", None))
        self.identityBox.setTitle(QCoreApplication.translate("SettingsView", u"\u672c\u5355\u4f4d\uff08\u521d\u59cb\u5316\u65f6\u786e\u5b9a\uff0c\u4e0d\u53ef\u4fee\u6539\uff09", None))
        self.unitNameLabel.setText(QCoreApplication.translate("SettingsView", u"\u5355\u4f4d\u540d\u79f0", None))
        self.unitCodeLabel.setText(QCoreApplication.translate("SettingsView", u"\u5355\u4f4d\u4ee3\u7801", None))
        self.levelLabel.setText(QCoreApplication.translate("SettingsView", u"\u7ea7\u522b", None))
        self.siteLabel.setText(QCoreApplication.translate("SettingsView", u"\u672c\u673a\u7f16\u53f7", None))
        self.ledgerBox.setTitle(QCoreApplication.translate("SettingsView", u"\u53f0\u8d26\u4e0e\u4eae\u706f", None))
        self.yearLabel.setText(QCoreApplication.translate("SettingsView", u"\u53f0\u8d26\u5e74\u5ea6", None))
#if QT_CONFIG(tooltip)
        self.year.setToolTip(QCoreApplication.translate("SettingsView", u"\u201c7\u6708\u5e95\u524d\u201d\u7b49\u4e0d\u5199\u5e74\u4efd\u7684\u65f6\u9650\u6309\u6b64\u5e74\u5ea6\u89e3\u6790", None))
#endif // QT_CONFIG(tooltip)
        self.warnDaysLabel.setText(QCoreApplication.translate("SettingsView", u"\u9ec4\u706f\u63d0\u524d\u5929\u6570", None))
        self.warnDays.setSuffix(QCoreApplication.translate("SettingsView", u" \u5929", None))
#if QT_CONFIG(tooltip)
        self.warnDays.setToolTip(QCoreApplication.translate("SettingsView", u"\u8ddd\u65f6\u9650\u4e0d\u8db3\u8fd9\u4e9b\u5929\u5373\u4eae\u9ec4\u706f", None))
#endif // QT_CONFIG(tooltip)
        self.yellowGapLabel.setText(QCoreApplication.translate("SettingsView", u"\u9ec4\u706f\uff1a\u843d\u540e\u5e8f\u65f6\u8fdb\u5ea6\u8d85\u8fc7", None))
        self.yellowGap.setSuffix(QCoreApplication.translate("SettingsView", u" \u4e2a\u767e\u5206\u70b9", None))
        self.redGapLabel.setText(QCoreApplication.translate("SettingsView", u"\u7ea2\u706f\uff1a\u843d\u540e\u5e8f\u65f6\u8fdb\u5ea6\u8d85\u8fc7", None))
        self.redGap.setSuffix(QCoreApplication.translate("SettingsView", u" \u4e2a\u767e\u5206\u70b9", None))
        self.orgNameLabel.setText(QCoreApplication.translate("SettingsView", u"\u4e13\u73ed\u540d\u79f0\uff08\u7528\u4e8e\u6253\u5370\uff09", None))
        self.fontBox.setTitle(QCoreApplication.translate("SettingsView", u"\u6253\u5370\u5b57\u4f53\uff08\u7559\u7a7a\u5219\u81ea\u52a8\u67e5\u627e\u672c\u673a\u5b57\u4f53\uff09", None))
        self.fangsongLabel.setText(QCoreApplication.translate("SettingsView", u"\u4eff\u5b8b\uff08\u6b63\u6587\uff09", None))
        self.fontFangsong.setPlaceholderText(QCoreApplication.translate("SettingsView", u"\u5982 C:\\Windows\\Fonts\\simfang.ttf", None))
        self.browseFangsong.setText(QCoreApplication.translate("SettingsView", u"\u6d4f\u89c8\u2026", None))
#if QT_CONFIG(tooltip)
        self.browseFangsong.setToolTip(QCoreApplication.translate("SettingsView", u"\u9009\u62e9\u5b57\u4f53\u6587\u4ef6\uff08.ttf / .ttc\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.heitiLabel.setText(QCoreApplication.translate("SettingsView", u"\u9ed1\u4f53\uff08\u4e00\u7ea7\u6807\u9898\uff09", None))
        self.fontHeiti.setPlaceholderText(QCoreApplication.translate("SettingsView", u"\u5982 C:\\Windows\\Fonts\\simhei.ttf", None))
        self.browseHeiti.setText(QCoreApplication.translate("SettingsView", u"\u6d4f\u89c8\u2026", None))
#if QT_CONFIG(tooltip)
        self.browseHeiti.setToolTip(QCoreApplication.translate("SettingsView", u"\u9009\u62e9\u5b57\u4f53\u6587\u4ef6\uff08.ttf / .ttc\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.kaitiLabel.setText(QCoreApplication.translate("SettingsView", u"\u6977\u4f53\uff08\u4e8c\u7ea7\u6807\u9898\uff09", None))
        self.fontKaiti.setPlaceholderText(QCoreApplication.translate("SettingsView", u"\u5982 C:\\Windows\\Fonts\\simkai.ttf", None))
        self.browseKaiti.setText(QCoreApplication.translate("SettingsView", u"\u6d4f\u89c8\u2026", None))
#if QT_CONFIG(tooltip)
        self.browseKaiti.setToolTip(QCoreApplication.translate("SettingsView", u"\u9009\u62e9\u5b57\u4f53\u6587\u4ef6\uff08.ttf / .ttc\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.songtiLabel.setText(QCoreApplication.translate("SettingsView", u"\u5b8b\u4f53\uff08\u9875\u7801\uff09", None))
        self.fontSongti.setPlaceholderText(QCoreApplication.translate("SettingsView", u"\u5982 C:\\Windows\\Fonts\\simsun.ttc", None))
        self.browseSongti.setText(QCoreApplication.translate("SettingsView", u"\u6d4f\u89c8\u2026", None))
#if QT_CONFIG(tooltip)
        self.browseSongti.setToolTip(QCoreApplication.translate("SettingsView", u"\u9009\u62e9\u5b57\u4f53\u6587\u4ef6\uff08.ttf / .ttc\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.xiaobiaosongLabel.setText(QCoreApplication.translate("SettingsView", u"\u5c0f\u6807\u5b8b\uff08\u6807\u9898\uff09", None))
        self.fontXiaobiaosong.setPlaceholderText(QCoreApplication.translate("SettingsView", u"\u65b9\u6b63\u5c0f\u6807\u5b8b\u5b57\u4f53\u6587\u4ef6", None))
        self.browseXiaobiaosong.setText(QCoreApplication.translate("SettingsView", u"\u6d4f\u89c8\u2026", None))
#if QT_CONFIG(tooltip)
        self.browseXiaobiaosong.setToolTip(QCoreApplication.translate("SettingsView", u"\u9009\u62e9\u5b57\u4f53\u6587\u4ef6\uff08.ttf / .ttc\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.dataBox.setTitle(QCoreApplication.translate("SettingsView", u"\u6570\u636e\u5907\u4efd", None))
        self.dataHint.setText(QCoreApplication.translate("SettingsView", u"\u7a0b\u5e8f\u6bcf\u6b21\u542f\u52a8\u81ea\u52a8\u5907\u4efd\uff1b\u6362\u7535\u8111\u6216\u51fa\u9519\u65f6\u53ef\u4ece\u5907\u4efd\u6062\u590d\uff08\u5f53\u524d\u6570\u636e\u5e93\u4f1a\u5148\u5907\u4efd\uff09\u3002", None))
        self.backupButton.setText(QCoreApplication.translate("SettingsView", u"\u5907\u4efd\u2026", None))
        self.restoreButton.setText(QCoreApplication.translate("SettingsView", u"\u4ece\u5907\u4efd\u6062\u590d\u2026", None))
        pass
    # retranslateUi

