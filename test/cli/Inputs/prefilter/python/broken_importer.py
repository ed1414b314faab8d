from settings import API_BASE


def broken(:
    pass
