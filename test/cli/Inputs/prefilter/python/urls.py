from settings import API_BASE

LIST_URL = API_BASE + "accounts/"
