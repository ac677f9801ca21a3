"""Spreadsheets <-> domain objects: reading clerks' ledger workbooks, writing the ledger, 月调度表 and 季度通报.

The only package that knows openpyxl and python-calamine; it imports nothing of kydesk but the domain.
"""
