"""Base class of the class-hierarchy.py test: the client is made in another module."""
import httpx

from .settings import API


class BaseClient:
    base = API

    def __init__(self):
        self._http = httpx.AsyncClient(base_url=self.base)
