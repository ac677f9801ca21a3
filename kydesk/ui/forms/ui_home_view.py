# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'home_view.ui'
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
from PySide6.QtWidgets import (QApplication, QGridLayout, QGroupBox, QHBoxLayout,
    QHeaderView, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QTabWidget, QTreeWidget, QTreeWidgetItem,
    QVBoxLayout, QWidget)

class Ui_HomeView(object):
    def setupUi(self, HomeView):
        if not HomeView.objectName():
            HomeView.setObjectName(u"HomeView")
        HomeView.resize(1140, 760)
        self.rootLayout = QVBoxLayout(HomeView)
        self.rootLayout.setSpacing(8)
        self.rootLayout.setObjectName(u"rootLayout")
        self.rootLayout.setContentsMargins(14, 10, 14, 8)
        self.headRow = QHBoxLayout()
        self.headRow.setObjectName(u"headRow")
        self.heading = QLabel(HomeView)
        self.heading.setObjectName(u"heading")
        self.heading.setStyleSheet(u"font-size: 18pt; font-weight: bold;")

        self.headRow.addWidget(self.heading)

        self.today = QLabel(HomeView)
        self.today.setObjectName(u"today")
        self.today.setStyleSheet(u"color: #5f6368;")

        self.headRow.addWidget(self.today)

        self.headSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headRow.addItem(self.headSpacer)

        self.addButton = QPushButton(HomeView)
        self.addButton.setObjectName(u"addButton")

        self.headRow.addWidget(self.addButton)

        self.ledgerButton = QPushButton(HomeView)
        self.ledgerButton.setObjectName(u"ledgerButton")

        self.headRow.addWidget(self.ledgerButton)


        self.rootLayout.addLayout(self.headRow)

        self.cardRow = QHBoxLayout()
        self.cardRow.setSpacing(10)
        self.cardRow.setObjectName(u"cardRow")
        self.redCard = QPushButton(HomeView)
        self.redCard.setObjectName(u"redCard")
        self.redCard.setFlat(False)

        self.cardRow.addWidget(self.redCard)

        self.yellowCard = QPushButton(HomeView)
        self.yellowCard.setObjectName(u"yellowCard")

        self.cardRow.addWidget(self.yellowCard)

        self.weekCard = QPushButton(HomeView)
        self.weekCard.setObjectName(u"weekCard")

        self.cardRow.addWidget(self.weekCard)

        self.totalCard = QPushButton(HomeView)
        self.totalCard.setObjectName(u"totalCard")

        self.cardRow.addWidget(self.totalCard)


        self.rootLayout.addLayout(self.cardRow)

        self.panelGrid = QGridLayout()
        self.panelGrid.setObjectName(u"panelGrid")
        self.panelGrid.setHorizontalSpacing(10)
        self.panelGrid.setVerticalSpacing(10)
        self.litBox = QGroupBox(HomeView)
        self.litBox.setObjectName(u"litBox")
        self.litLayout = QVBoxLayout(self.litBox)
        self.litLayout.setObjectName(u"litLayout")
        self.lit = QTreeWidget(self.litBox)
        self.lit.setObjectName(u"lit")
        self.lit.setRootIsDecorated(False)
        self.lit.setAlternatingRowColors(True)

        self.litLayout.addWidget(self.lit)

        self.litMore = QLabel(self.litBox)
        self.litMore.setObjectName(u"litMore")
        self.litMore.setOpenExternalLinks(False)

        self.litLayout.addWidget(self.litMore)


        self.panelGrid.addWidget(self.litBox, 0, 0, 1, 1)

        self.meetingBox = QGroupBox(HomeView)
        self.meetingBox.setObjectName(u"meetingBox")
        self.meetingLayout = QVBoxLayout(self.meetingBox)
        self.meetingLayout.setObjectName(u"meetingLayout")
        self.nextMeeting = QLabel(self.meetingBox)
        self.nextMeeting.setObjectName(u"nextMeeting")
        self.nextMeeting.setWordWrap(True)
        self.nextMeeting.setTextFormat(Qt.RichText)

        self.meetingLayout.addWidget(self.nextMeeting)

        self.lastMeeting = QLabel(self.meetingBox)
        self.lastMeeting.setObjectName(u"lastMeeting")
        self.lastMeeting.setWordWrap(True)

        self.meetingLayout.addWidget(self.lastMeeting)

        self.decisions = QTreeWidget(self.meetingBox)
        self.decisions.setObjectName(u"decisions")
        self.decisions.setRootIsDecorated(False)

        self.meetingLayout.addWidget(self.decisions)


        self.panelGrid.addWidget(self.meetingBox, 0, 1, 1, 1)

        self.weekTabs = QTabWidget(HomeView)
        self.weekTabs.setObjectName(u"weekTabs")
        self.thisWeekTab = QWidget()
        self.thisWeekTab.setObjectName(u"thisWeekTab")
        self.thisWeekLayout = QVBoxLayout(self.thisWeekTab)
        self.thisWeekLayout.setObjectName(u"thisWeekLayout")
        self.thisWeekLayout.setContentsMargins(2, 2, 2, 2)
        self.thisWeek = QTreeWidget(self.thisWeekTab)
        self.thisWeek.setObjectName(u"thisWeek")
        self.thisWeek.setRootIsDecorated(False)

        self.thisWeekLayout.addWidget(self.thisWeek)

        self.weekTabs.addTab(self.thisWeekTab, "")
        self.nextWeekTab = QWidget()
        self.nextWeekTab.setObjectName(u"nextWeekTab")
        self.nextWeekLayout = QVBoxLayout(self.nextWeekTab)
        self.nextWeekLayout.setObjectName(u"nextWeekLayout")
        self.nextWeekLayout.setContentsMargins(2, 2, 2, 2)
        self.nextWeek = QTreeWidget(self.nextWeekTab)
        self.nextWeek.setObjectName(u"nextWeek")
        self.nextWeek.setRootIsDecorated(False)

        self.nextWeekLayout.addWidget(self.nextWeek)

        self.weekTabs.addTab(self.nextWeekTab, "")

        self.panelGrid.addWidget(self.weekTabs, 1, 1, 1, 1)

        self.unitsBox = QGroupBox(HomeView)
        self.unitsBox.setObjectName(u"unitsBox")
        self.unitsLayout = QVBoxLayout(self.unitsBox)
        self.unitsLayout.setObjectName(u"unitsLayout")
        self.chartTabs = QTabWidget(self.unitsBox)
        self.chartTabs.setObjectName(u"chartTabs")
        self.unitChartPage = QWidget()
        self.unitChartPage.setObjectName(u"unitChartPage")
        self.unitChartLayout = QVBoxLayout(self.unitChartPage)
        self.unitChartLayout.setObjectName(u"unitChartLayout")
        self.unitChartLayout.setContentsMargins(2, 2, 2, 2)
        self.chartTabs.addTab(self.unitChartPage, "")
        self.progressPage = QWidget()
        self.progressPage.setObjectName(u"progressPage")
        self.progressLayout = QVBoxLayout(self.progressPage)
        self.progressLayout.setObjectName(u"progressLayout")
        self.progressLayout.setContentsMargins(2, 2, 2, 2)
        self.chartTabs.addTab(self.progressPage, "")
        self.deadlinePage = QWidget()
        self.deadlinePage.setObjectName(u"deadlinePage")
        self.deadlineLayout = QVBoxLayout(self.deadlinePage)
        self.deadlineLayout.setObjectName(u"deadlineLayout")
        self.deadlineLayout.setContentsMargins(2, 2, 2, 2)
        self.chartTabs.addTab(self.deadlinePage, "")
        self.unitTablePage = QWidget()
        self.unitTablePage.setObjectName(u"unitTablePage")
        self.unitTableLayout = QVBoxLayout(self.unitTablePage)
        self.unitTableLayout.setObjectName(u"unitTableLayout")
        self.unitTableLayout.setContentsMargins(2, 2, 2, 2)
        self.units = QTreeWidget(self.unitTablePage)
        self.units.setObjectName(u"units")
        self.units.setRootIsDecorated(False)
        self.units.setAlternatingRowColors(True)

        self.unitTableLayout.addWidget(self.units)

        self.chartTabs.addTab(self.unitTablePage, "")

        self.unitsLayout.addWidget(self.chartTabs)


        self.panelGrid.addWidget(self.unitsBox, 1, 0, 1, 1)

        self.panelGrid.setRowStretch(0, 3)
        self.panelGrid.setRowStretch(1, 2)
        self.panelGrid.setColumnStretch(0, 3)
        self.panelGrid.setColumnStretch(1, 2)

        self.rootLayout.addLayout(self.panelGrid)


        self.retranslateUi(HomeView)

        QMetaObject.connectSlotsByName(HomeView)
    # setupUi

    def retranslateUi(self, HomeView):
        self.heading.setText(QCoreApplication.translate("HomeView", u"\u5de5\u4f5c\u53f0", None))
        self.addButton.setText(QCoreApplication.translate("HomeView", u"\u65b0\u589e\u4efb\u52a1", None))
        self.ledgerButton.setText(QCoreApplication.translate("HomeView", u"\u6253\u5f00\u4efb\u52a1\u53f0\u8d26", None))
#if QT_CONFIG(tooltip)
        self.redCard.setToolTip(QCoreApplication.translate("HomeView", u"\u5728\u53f0\u8d26\u4e2d\u67e5\u770b\u5168\u90e8\u7ea2\u706f\u4efb\u52a1", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.yellowCard.setToolTip(QCoreApplication.translate("HomeView", u"\u5728\u53f0\u8d26\u4e2d\u67e5\u770b\u5168\u90e8\u9ec4\u706f\u4efb\u52a1", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.weekCard.setToolTip(QCoreApplication.translate("HomeView", u"\u672c\u5468\u5230\u671f\u3001\u5c1a\u672a\u5b8c\u6210\u7684\u4efb\u52a1", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.totalCard.setToolTip(QCoreApplication.translate("HomeView", u"\u5728\u53f0\u8d26\u4e2d\u67e5\u770b\u5168\u90e8\u4efb\u52a1", None))
#endif // QT_CONFIG(tooltip)
        self.litBox.setTitle(QCoreApplication.translate("HomeView", u"\u4eae\u706f\u7763\u529e\uff08\u7ea2\u706f\u3001\u9ec4\u706f\uff09", None))
        ___qtreewidgetitem = self.lit.headerItem()
        ___qtreewidgetitem.setText(4, QCoreApplication.translate("HomeView", u"\u60c5\u51b5", None));
        ___qtreewidgetitem.setText(3, QCoreApplication.translate("HomeView", u"\u65f6\u9650", None));
        ___qtreewidgetitem.setText(2, QCoreApplication.translate("HomeView", u"\u7275\u5934\u5355\u4f4d", None));
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("HomeView", u"\u4efb\u52a1", None));
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("HomeView", u"\u706f", None));
#if QT_CONFIG(accessibility)
        self.lit.setAccessibleName(QCoreApplication.translate("HomeView", u"\u4eae\u706f\u4efb\u52a1", None))
#endif // QT_CONFIG(accessibility)
        self.meetingBox.setTitle(QCoreApplication.translate("HomeView", u"\u63a8\u8fdb\u4f1a", None))
        ___qtreewidgetitem1 = self.decisions.headerItem()
        ___qtreewidgetitem1.setText(2, QCoreApplication.translate("HomeView", u"\u65f6\u9650", None));
        ___qtreewidgetitem1.setText(1, QCoreApplication.translate("HomeView", u"\u7275\u5934\u5355\u4f4d", None));
        ___qtreewidgetitem1.setText(0, QCoreApplication.translate("HomeView", u"\u8bae\u5b9a\u4e8b\u9879\uff08\u672a\u5b8c\u6210\uff09", None));
#if QT_CONFIG(accessibility)
        self.decisions.setAccessibleName(QCoreApplication.translate("HomeView", u"\u4e0a\u6b21\u4f1a\u8bae\u672a\u5b8c\u6210\u7684\u8bae\u5b9a\u4e8b\u9879", None))
#endif // QT_CONFIG(accessibility)
        ___qtreewidgetitem2 = self.thisWeek.headerItem()
        ___qtreewidgetitem2.setText(2, QCoreApplication.translate("HomeView", u"\u7275\u5934\u5355\u4f4d", None));
        ___qtreewidgetitem2.setText(1, QCoreApplication.translate("HomeView", u"\u4efb\u52a1", None));
        ___qtreewidgetitem2.setText(0, QCoreApplication.translate("HomeView", u"\u65f6\u9650", None));
        self.weekTabs.setTabText(self.weekTabs.indexOf(self.thisWeekTab), QCoreApplication.translate("HomeView", u"\u672c\u5468\u5230\u671f", None))
        ___qtreewidgetitem3 = self.nextWeek.headerItem()
        ___qtreewidgetitem3.setText(2, QCoreApplication.translate("HomeView", u"\u7275\u5934\u5355\u4f4d", None));
        ___qtreewidgetitem3.setText(1, QCoreApplication.translate("HomeView", u"\u4efb\u52a1", None));
        ___qtreewidgetitem3.setText(0, QCoreApplication.translate("HomeView", u"\u65f6\u9650", None));
        self.weekTabs.setTabText(self.weekTabs.indexOf(self.nextWeekTab), QCoreApplication.translate("HomeView", u"\u4e0b\u5468\u5230\u671f", None))
        self.unitsBox.setTitle(QCoreApplication.translate("HomeView", u"\u5168\u5e74\u6982\u51b5", None))
        self.chartTabs.setTabText(self.chartTabs.indexOf(self.unitChartPage), QCoreApplication.translate("HomeView", u"\u5404\u5355\u4f4d\u4eae\u706f", None))
        self.chartTabs.setTabText(self.chartTabs.indexOf(self.progressPage), QCoreApplication.translate("HomeView", u"\u5b8c\u6210\u4e0e\u5e8f\u65f6\u8fdb\u5ea6", None))
        self.chartTabs.setTabText(self.chartTabs.indexOf(self.deadlinePage), QCoreApplication.translate("HomeView", u"\u8fd1\u671f\u65f6\u9650", None))
        ___qtreewidgetitem4 = self.units.headerItem()
        ___qtreewidgetitem4.setText(5, QCoreApplication.translate("HomeView", u"\u5b8c\u6210\u7387", None));
        ___qtreewidgetitem4.setText(4, QCoreApplication.translate("HomeView", u"\u9ec4\u706f", None));
        ___qtreewidgetitem4.setText(3, QCoreApplication.translate("HomeView", u"\u7ea2\u706f", None));
        ___qtreewidgetitem4.setText(2, QCoreApplication.translate("HomeView", u"\u5df2\u5b8c\u6210", None));
        ___qtreewidgetitem4.setText(1, QCoreApplication.translate("HomeView", u"\u4efb\u52a1", None));
        ___qtreewidgetitem4.setText(0, QCoreApplication.translate("HomeView", u"\u5355\u4f4d", None));
        self.chartTabs.setTabText(self.chartTabs.indexOf(self.unitTablePage), QCoreApplication.translate("HomeView", u"\u5404\u5355\u4f4d\u660e\u7ec6", None))
        pass
    # retranslateUi

