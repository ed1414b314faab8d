import requests

from urls import LIST_URL


def every_account():
    return requests.get(LIST_URL).json()
