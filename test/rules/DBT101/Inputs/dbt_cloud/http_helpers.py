"""Wrappers of the nested-wrappers.py test, in another module."""
import requests

from .settings import API

SESSION = requests.Session()


def api_get(url, **params):
    return SESSION.get(url, params=params, timeout=30)


def dbt_get(path, **params):
    return api_get(API + path, **params)
