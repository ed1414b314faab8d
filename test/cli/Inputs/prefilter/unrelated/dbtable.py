# Reads the DBTABLE of a legacy database, and its DBTYPE column.
def broken(:
    pass
