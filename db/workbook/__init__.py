"""The directory workbook: the seed directory as an .xlsx that city staff edit in Excel or LibreOffice.

``export`` writes a seed directory (``directory.json``, ``questionnaire.json``, ``translations/``) as a
workbook; ``read`` turns a workbook back into the same three parts and lists every problem by sheet, row,
column and reason; ``build`` makes a directory database from a workbook only when it has no problem.
See ``docs/city-staff.md`` for the sheets as staff see them.
"""
