"""The 三单制 and 指标 view's parts: 问题清单, 项目清单, 责任清单 and 指标 tabs, their table model and dialogs."""
