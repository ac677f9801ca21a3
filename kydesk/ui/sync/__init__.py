"""Panels of the 同步 view: 延期申请, conflicts and refused rows, the quiet-weeks setting."""
