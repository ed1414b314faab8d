# Talks to dbt Cloud.
def broken(:
    pass
